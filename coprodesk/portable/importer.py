"""Importing a portable meeting file: validate everything, then write it in one transaction.

Every problem is reported with its JSON path ("agenda[3].planned_s: must be ≥ 0");
a file with any problem imports nothing. Derived figures in the file are ignored:
outcomes and the joint verdict are recomputed from the stances.

Signatures are never taken on the file's word: a signature record arrives only when it
is backed, by signed minutes the caller verified (``verified``: the SHA-256 of their
certified revision, which the record must name) or by the same record already held here
for the meeting the file replaces. The others become one recorded note, "Signed
elsewhere, not checked here", and a meeting left without a backed signature arrives
``closed``, not locked.
"""

from __future__ import annotations

import json
import math
import time
import uuid
from collections.abc import Collection, Iterable
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from coprodesk.domain import model as dm
from coprodesk.domain.clock import iso_utc, parse_iso_utc
from coprodesk.portable import FORMAT_NAME, FORMAT_VERSION, InvalidMeetingFile, PortableError
from coprodesk.portable.export import meeting_to_dict
from coprodesk.portable.meaning import meaning_problems
from coprodesk.store.connection import Store
from coprodesk.store.meetings import delete_meeting
from coprodesk.store.whole import UpdateByKey, WholeMeeting, insert_whole_meeting, meeting_by_uid

CONFLICT_CHOICES = ("replace", "copy", "fail")
NOT_CHECKED = "Signed elsewhere, not checked here"


class MeetingExists(PortableError):
    """The file's meeting is already in the database (same uid)."""

    def __init__(self, title: str, meeting_id: int) -> None:
        self.meeting_id = meeting_id
        super().__init__(f"the meeting {title!r} is already in this database (id {meeting_id}); "
                         "choose replace or copy (--on-conflict replace|copy)")


class SignedMeetingReplace(PortableError):
    """``replace`` would overwrite a meeting whose minutes are signed here."""

    def __init__(self, title: str, meeting_id: int) -> None:
        self.meeting_id = meeting_id
        super().__init__(
            f"the meeting {title!r} is signed in this database (id {meeting_id}) and the file "
            "differs from what was signed without an amendment explaining why; nothing was "
            "imported (reopen it for a correction first, or keep both: --on-conflict copy)")


@dataclass(frozen=True, slots=True)
class ImportResult:
    meeting_id: int
    title: str
    replaced: bool
    copied: bool
    skipped_updates: int  # updates about actions of meetings not in this database
    unsigned: bool = False  # the file said "signed" but carried no signature: imported closed
    signed: bool = False  # arrived signed (and locked): a backed signature
    not_checked: tuple[str, ...] = ()  # the signers of records not backed (noted, not kept)


@cache
def schema() -> dict[str, Any]:
    """The shipped schema, as documented (with ``$defs`` and references)."""
    text = resources.files("coprodesk.portable").joinpath("meeting.schema.json").read_text(
        encoding="utf-8")
    return json.loads(text)


@cache
def _flat_schema() -> dict[str, Any]:
    """The same rules with references inlined and "time or null" as one type: validating
    5,000 turns through references took seconds, inlined it takes milliseconds."""
    defs = schema()["$defs"]

    def inline(node: Any) -> Any:
        if isinstance(node, dict):
            if set(node) == {"$ref"}:
                return inline(defs[node["$ref"].rsplit("/", 1)[-1]])
            if "oneOf" in node and {"type": "null"} in node["oneOf"] and len(node["oneOf"]) == 2:
                other = inline(next(x for x in node["oneOf"] if x != {"type": "null"}))
                if other.get("type") == "string" and set(other) <= {"type", "pattern"}:
                    return {**other, "type": ["string", "null"]}
            return {k: inline(v) for k, v in node.items() if k not in ("$defs", "$schema")}
        if isinstance(node, list):
            return [inline(x) for x in node]
        return node

    return inline(schema())


@cache
def _fast_check():
    import fastjsonschema

    return fastjsonschema.compile(_flat_schema())


def _path(parts: Iterable[Any]) -> str:
    out = ""
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out or "(top level)"


def _message(error) -> str:
    v, value = error.validator, error.validator_value
    if v == "minimum":
        return f"must be ≥ {value}"
    if v == "maximum":
        return f"must be ≤ {value}"
    if v == "type":
        kinds = value if isinstance(value, list) else [value]
        return "must be " + " or ".join(
            {"string": "text", "integer": "a whole number", "number": "a number",
             "boolean": "true or false", "array": "a list", "object": "an object",
             "null": "null"}.get(k, k) for k in kinds)
    if v == "required":
        missing = error.message.split("'")[1] if "'" in error.message else "a field"
        return f"{missing} is required"
    if v == "additionalProperties":
        return "unknown field(s): " + error.message.split("(")[-1].rstrip(")")
    if v in ("enum", "const"):
        allowed = value if isinstance(value, list) else [value]
        return "must be one of " + ", ".join(json.dumps(a) for a in allowed)
    if v == "pattern":
        return "is not in the expected form"
    if v == "oneOf":
        return "has the wrong type or form"
    if v == "minItems":
        return f"needs at least {value} entr{'y' if value == 1 else 'ies'}"
    if v in ("minLength", "maxLength"):
        return "is empty" if v == "minLength" and value == 1 else f"length must be within {value}"
    return error.message


def problems_in(doc: Any) -> list[str]:
    """Every problem in a parsed file: the schema first, then meaning (references, times)."""
    if _depth(doc) > MAX_DEPTH:  # validators and their messages recurse: refuse before them
        return [TOO_DEEP]
    from jsonschema import Draft202012Validator

    if isinstance(doc, dict) and isinstance(doc.get("format_version"), int) \
            and doc["format_version"] > FORMAT_VERSION:
        version = doc["format_version"]
        return [f"format_version: the file was written by a newer CoProDesk (format "
                f"{version if version < 10**6 else 'far ahead'}); this version reads format "
                f"{FORMAT_VERSION} — update the app"]
    import fastjsonschema

    try:
        _fast_check()(doc)  # compiled: fast on the valid files that are the common case
    except fastjsonschema.JsonSchemaException:
        # a bad file: the full validator lists every problem, not just the first
        validator = Draft202012Validator(_flat_schema())
        errors = sorted(validator.iter_errors(doc), key=lambda e: list(map(str, e.absolute_path)))
        found = [f"{_path(e.absolute_path)}: {_message(e)}" for e in errors]
        if found:
            return found
    return meaning_problems(doc)


MAX_DEPTH = 32
"""A meeting file nests about 7 levels (decisions, rounds, stances); far more is hostile."""
TOO_DEEP = f"(file): nested too deeply to be a meeting file (more than {MAX_DEPTH} levels)"


def _depth(doc: Any) -> int:
    """How deeply lists and objects nest in ``doc``, found without recursion."""
    deepest = 0
    stack = [(doc, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict):
            node = node.values()
        elif not isinstance(node, list):
            continue
        deepest = max(deepest, depth)
        if depth > MAX_DEPTH:
            break
        stack.extend((child, depth + 1) for child in node)
    return deepest


def _number(text: str) -> float:
    value = float(text)
    if value in (math.inf, -math.inf):
        raise _NotANumber(f"the number {text[:20]} is too large")
    return value


def _whole(text: str) -> int:
    if len(text.lstrip("-")) > 30:
        raise _NotANumber(f"a whole number of {len(text.lstrip('-')):,} digits is too large")
    return int(text)


def _constant(text: str) -> Any:
    raise _NotANumber(f"{text} is not a number JSON allows")


class _NotANumber(ValueError):
    """A number in the file Python would read but no meeting can hold."""


def read_meeting_file(path: Path) -> dict[str, Any]:
    """Parse and check a file; raises InvalidMeetingFile listing every problem."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise PortableError(f"cannot read {path}: {exc.strerror or exc}") from exc
    try:
        doc = json.loads(raw.decode("utf-8-sig"), parse_float=_number, parse_int=_whole,
                         parse_constant=_constant)
    except UnicodeDecodeError as exc:
        raise InvalidMeetingFile(str(path), [f"(file): not UTF-8 text ({exc.reason})"]) from exc
    except json.JSONDecodeError as exc:
        raise InvalidMeetingFile(str(path), [
            f"(file): not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
            " (is the file truncated?)"]) from exc
    except _NotANumber as exc:
        raise InvalidMeetingFile(str(path), [f"(file): {exc}"]) from exc
    except RecursionError as exc:
        raise InvalidMeetingFile(str(path), [TOO_DEEP]) from exc
    if not isinstance(doc, dict) or (doc.get("format") != FORMAT_NAME and "meeting" not in doc):
        raise InvalidMeetingFile(str(path), ["(top level): not a CoProDesk meeting file"])
    found = problems_in(doc)
    if found:
        raise InvalidMeetingFile(str(path), found)
    return doc


def _ms(text: str | None) -> int | None:
    return None if text is None else parse_iso_utc(text)


def import_meeting(store: Store, doc: dict[str, Any], on_conflict: str = "fail",
                   source: str = "file", *, checked: bool = False,
                   verified: Collection[str] = (), now_ms: int | None = None) -> ImportResult:
    """Write a document into the store, all or nothing; ``checked`` when it came from
    ``read_meeting_file`` (which has already checked it). ``verified``: the SHA-256 of the
    certified revision of signed minutes the caller has verified; only signature records
    naming one of them (or held here already) are kept (see the module's note)."""
    if on_conflict not in CONFLICT_CHOICES:
        raise ValueError(on_conflict)
    found = [] if checked else problems_in(doc)
    if found:
        raise InvalidMeetingFile(source, found)
    m = doc["meeting"]
    whole = whole_meeting(doc)
    replaced = copied = False
    signed: dict[str, Any] | None = None
    held: set[tuple] = set()
    with store.write():
        here = meeting_by_uid(store, whole.meeting.uid)
        if here is not None:
            here_id, here_title, here_status = here
            if on_conflict == "fail":
                raise MeetingExists(here_title, here_id)
            if on_conflict == "replace":
                mine = meeting_to_dict(store, here_id)
                held = _signature_keys(mine)
                signed = mine if here_status is dm.MeetingStatus.SIGNED else None
                if signed is not None and not _explained(signed, doc):
                    raise SignedMeetingReplace(here_title, here_id)
                delete_meeting(store, here_id, even_signed=True)
                replaced = True
            else:
                whole = replace(whole, meeting=replace(whole.meeting, uid=uuid.uuid4().hex))
                copied = True
        whole, note = _backed_only(whole, held, {v.lower() for v in verified},
                                   int(time.time() * 1000) if now_ms is None else now_ms)
        meeting_id, skipped = insert_whole_meeting(store, whole)
        if signed is not None and not _new_amendments(signed, doc) \
                and _content(meeting_to_dict(store, meeting_id), note) != _content(signed):
            raise SignedMeetingReplace(here_title, here_id)  # rolls the whole import back
    kept = {_record_key(r) for r in whole.signatures}
    dropped = tuple(s["signer"] for s in doc.get("signatures", [])
                    if _signature_key(s) not in kept)
    return ImportResult(meeting_id, m["title"], replaced, copied, skipped,
                        unsigned=m["status"] == "signed" and not doc.get("signatures"),
                        signed=whole.meeting.status is dm.MeetingStatus.SIGNED,
                        not_checked=dropped)


def _record_key(r: dm.SignatureRecord) -> tuple:
    return (r.field, r.signer, r.signed_ms, r.sha256)


def _backed_only(whole: WholeMeeting, held: set[tuple], verified: set[str], now_ms: int
                 ) -> tuple[WholeMeeting, tuple[int, str] | None]:
    """``whole`` with only the signature records that are backed (by a verified PDF's
    certified revision, or held here already), and, when the file claimed more, the note
    that says so (also returned). A meeting that claimed ``signed`` without a backed
    signature is ``closed``."""
    m = whole.meeting
    kept = tuple(r for r in whole.signatures
                 if _record_key(r) in held or r.sha256.lower() in verified)
    claimed = m.status is dm.MeetingStatus.SIGNED or bool(whole.signatures)
    if not claimed or (kept and len(kept) == len(whole.signatures)):
        return whole, None
    others = [r for r in whole.signatures if r not in kept]
    names = ", ".join(f"{r.signer} ({iso_utc(r.signed_ms)})" for r in others)
    note = (now_ms, f"{NOT_CHECKED}: {names}" if names else NOT_CHECKED)
    status = m.status
    if status is dm.MeetingStatus.SIGNED and not kept:
        status = dm.MeetingStatus.CLOSED
    return replace(whole, meeting=replace(m, status=status), signatures=kept,
                   amendments=(*whole.amendments, note)), note


def _signature_key(s: dict[str, Any]) -> tuple:
    return (s["field"], s["signer"], parse_iso_utc(s["signed"]), s.get("sha256", ""))


def _signature_keys(doc: dict[str, Any]) -> set[tuple]:
    return {_signature_key(s) for s in doc.get("signatures", [])}


def _new_amendments(signed: dict[str, Any], doc: dict[str, Any]) -> bool:
    """The file records a correction made after the last signature held here."""
    last = max((parse_iso_utc(s["signed"]) for s in signed.get("signatures", [])), default=0)
    known = {(parse_iso_utc(a["recorded"]), a["reason"]) for a in signed.get("amendments", [])}
    return any((t := parse_iso_utc(a["recorded"])) >= last and (t, a["reason"]) not in known
               for a in doc.get("amendments", []))


def _explained(signed: dict[str, Any], doc: dict[str, Any]) -> bool:
    """May the file replace the signed meeting? When it keeps every signature held here
    (its content is then compared after it is written) or an amendment explains the change."""
    return _new_amendments(signed, doc) or _signature_keys(signed) <= _signature_keys(doc)


def _content(doc: dict[str, Any], note: tuple[int, str] | None = None) -> str:
    """What the signatures vouch for: everything but the signatures themselves (and the
    import's own ``note`` on signatures it did not keep)."""
    doc = {k: v for k, v in doc.items() if k != "signatures"}
    if note is not None:
        doc["amendments"] = [a for a in doc.get("amendments", [])
                             if (parse_iso_utc(a["recorded"]), a["reason"]) != note]
    return json.dumps(doc, sort_keys=True)


# --- a checked document as domain values ------------------------------------------------
# Only the fields a file gives are passed on: what it leaves out takes the domain's default.

def _given(src: dict[str, Any], *names: str, **renamed: str) -> dict[str, Any]:
    """``src``'s fields that are present, by the domain's name (``renamed``: domain name =
    the file's name)."""
    out = {n: src[n] for n in names if n in src}
    out.update({field: src[key] for field, key in renamed.items() if key in src})
    return out


def _keys(entries: list[dict[str, Any]]) -> dict[str, int]:
    """The file's keys (``P3``) as provisional ids: they only tie the document together."""
    return {e["key"]: n for n, e in enumerate(entries, 1)}


def whole_meeting(doc: dict[str, Any]) -> WholeMeeting:
    """A checked document as the domain values the store writes."""
    gid, pid, iid, did = (_keys(doc[k]) for k in ("groups", "people", "agenda", "decisions"))
    m = doc["meeting"]
    meeting = dm.Meeting(
        id=0, **_given(m, "uid", "title", "purpose", "date", "start_time", "end_time", "place",
                       "ground_rules", "series", "turn_soft_limit_s", "groups_only"),
        **({"status": dm.MeetingStatus(m["status"])} if "status" in m else {}),
        **({"queue_policy": dm.QueuePolicy(m["queue_policy"])} if "queue_policy" in m else {}),
        started_ms=_ms(m.get("started")), ended_ms=_ms(m.get("ended")),
        groups=tuple(dm.StakeholderGroup(gid[g["key"]], g["name"], position=pos,
                                      **_given(g, "label", "colour"))
                     for pos, g in enumerate(doc["groups"])),
        participants=tuple(_participant(p, pos, gid[p["group"]], pid[p["key"]])
                           for pos, p in enumerate(doc["people"])),
        items=tuple(dm.AgendaItem(
            iid[it["key"]], it["title"], position=pos,
            lead_ids=tuple(pid[k] for k in it.get("leads", [])), started_ms=_ms(it.get("started")),
            ended_ms=_ms(it.get("ended")), **_given(it, "planned_s", "notes"),
            **({"kind": dm.ItemKind(it["kind"])} if "kind" in it else {}))
            for pos, it in enumerate(doc["agenda"])),
        turns=tuple(dm.Turn(pid[t["person"]], _ms(t["start"]), _ms(t.get("end")),
                         iid.get(t.get("item"))) for t in doc["turns"]),
        hands=tuple(dm.Hand(pid[h["person"]], _ms(h["raised"]),
                         **({"kind": dm.HandKind(h["kind"])} if "kind" in h else {}))
                    for h in doc.get("hands", [])),
        decisions=tuple(_decision(d, pos, did[d["key"]], iid, pid)
                        for pos, d in enumerate(doc["decisions"])),
        actions=tuple(dm.Action(
            n, a["what"], owner_ids=tuple(pid[o] for o in a.get("owners", [])),
            decision_id=did.get(a.get("decision")), item_id=iid.get(a.get("item")),
            position=n - 1, raised_by_id=pid.get(a.get("raised_by")),
            **_given(a, "due", "done", "plain_words"))
            for n, a in enumerate(doc["actions"], 1)))
    return WholeMeeting(
        meeting, created_ms=_ms(m.get("created")) or 0, meanings=m.get("stance_meanings", {}),
        updates=tuple(UpdateByKey(u["meeting_uid"], int(u["action"][1:]), u["status"],
                                  **_given(u, "note"), recorded_ms=_ms(u.get("recorded")) or 0)
                      for u in doc.get("action_updates", [])),
        signatures=tuple(dm.SignatureRecord(s["field"], s["signer"], _ms(s["signed"]),
                                         s.get("sha256", ""))
                         for s in doc.get("signatures", [])),
        amendments=tuple((_ms(a["recorded"]), a["reason"]) for a in doc.get("amendments", [])))


def _participant(p: dict[str, Any], position: int, group_id: int, key: int) -> dm.Participant:
    return dm.Participant(
        key, p["name"], group_id, position=position,
        presence=tuple(dm.Presence(_ms(pr["start"]), _ms(pr.get("end")),
                                   dm.AttendanceMode(pr.get("mode", "room")))
                       for pr in p.get("presence", [])),
        attendance=dm.AttendanceMode(p.get("attendance", "room")),
        **_given(p, "named_in_minutes", "pseudonym", "access_needs", "apologies", "person_uid"),
        **({"role": dm.Role(p["role"])} if "role" in p else {}))


def _decision(d: dict[str, Any], position: int, key: int, iid: dict[str, int],
              pid: dict[str, int]) -> dm.Decision:
    override = d.get("override") or {}
    return dm.Decision(
        key, d["method"], item_id=iid.get(d.get("item")), position=position,
        rounds=tuple(dm.Round(r["number"], r["proposal"], tuple(
            dm.Stance(pid[s["person"]], s["option"], **_given(s, "reason", "from_device"))
            for s in r["stances"]))
            for r in d["rounds"]),
        **_given(d, "threshold", "deferred", "statement", "dissent", "plain_words"),
        **_given(override, override_outcome="outcome", override_reason="reason"))
