"""Importing a portable meeting file: validate everything, then write it in one transaction.

Every problem is reported with its JSON path ("agenda[3].planned_s: must be ≥ 0");
a file with any problem imports nothing. Derived figures in the file are ignored:
outcomes and the joint verdict are recomputed from the stances.
"""

from __future__ import annotations

import json
import math
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from coprodesk.domain.clock import parse_iso_utc
from coprodesk.portable import FORMAT_NAME, FORMAT_VERSION, InvalidMeetingFile, PortableError
from coprodesk.portable.meaning import meaning_problems
from coprodesk.store.connection import Store

CONFLICT_CHOICES = ("replace", "copy", "fail")


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
                   source: str = "file", *, checked: bool = False) -> ImportResult:
    """Write a document into the store, all or nothing; ``checked`` when it came from
    ``read_meeting_file`` (which has already checked it)."""
    if on_conflict not in CONFLICT_CHOICES:
        raise ValueError(on_conflict)
    found = [] if checked else problems_in(doc)
    if found:
        raise InvalidMeetingFile(source, found)
    m = doc["meeting"]
    uid = m["uid"]
    replaced = copied = False
    signed: dict[str, Any] | None = None
    with store.write() as conn:
        row = conn.execute("SELECT id, title FROM meetings WHERE uid = ?", [uid]).fetchone()
        if row is not None:
            if on_conflict == "fail":
                raise MeetingExists(row[1], row[0])
            if on_conflict == "replace":
                signed = _signed_here(store, conn, row[0])
                if signed is not None and not _explained(signed, doc):
                    raise SignedMeetingReplace(row[1], row[0])
                conn.execute("UPDATE meetings SET status = 'closed' WHERE id = ? AND "
                             "status = 'signed'", [row[0]])
                conn.execute("DELETE FROM meetings WHERE id = ?", [row[0]])
                replaced = True
            else:
                uid = uuid.uuid4().hex
                copied = True
        meeting_id, skipped = _insert(conn, doc, uid)
        if replaced and signed is not None and not _new_amendments(signed, doc):
            from coprodesk.portable.export import meeting_to_dict

            if _content(meeting_to_dict(store, meeting_id)) != _content(signed):
                raise SignedMeetingReplace(row[1], row[0])  # rolls the whole import back
    return ImportResult(meeting_id, m["title"], replaced, copied, skipped,
                        unsigned=m["status"] == "signed" and not doc.get("signatures"))


def _signed_here(store: Store, conn, meeting_id: int) -> dict[str, Any] | None:
    """The stored meeting as a portable document when its minutes are signed here, else None."""
    status = conn.execute("SELECT status FROM meetings WHERE id = ?", [meeting_id]).fetchone()
    if status is None or status[0] != "signed":
        return None
    from coprodesk.portable.export import meeting_to_dict

    return meeting_to_dict(store, meeting_id)


def _signature_keys(doc: dict[str, Any]) -> set[tuple]:
    return {(s["field"], s["signer"], parse_iso_utc(s["signed"]), s.get("sha256", ""))
            for s in doc.get("signatures", [])}


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


def _content(doc: dict[str, Any]) -> str:
    """What the signatures vouch for: everything but the signatures themselves."""
    return json.dumps({k: v for k, v in doc.items() if k != "signatures"}, sort_keys=True)


def _insert(conn, doc: dict[str, Any], uid: str) -> tuple[int, int]:
    m = doc["meeting"]
    status = m["status"]
    meeting_id = conn.execute(
        "INSERT INTO meetings (uid, title, purpose, date, start_time, end_time, place,"
        " ground_rules, status, series, turn_soft_limit_s, groups_only, queue_policy,"
        " stance_meanings, started_ms, ended_ms, created_ms)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [uid, m["title"], m.get("purpose", ""), m.get("date", ""), m.get("start_time", ""),
         m.get("end_time", ""), m.get("place", ""), m.get("ground_rules", ""),
         "closed" if status == "signed" else status,  # the lock goes on last
         m.get("series", ""), m.get("turn_soft_limit_s", 120), int(m.get("groups_only", False)),
         m.get("queue_policy", "first-come"), json.dumps(m.get("stance_meanings", {})),
         _ms(m.get("started")), _ms(m.get("ended")), _ms(m.get("created")) or 0]).lastrowid
    gid: dict[str, int] = {}
    for pos, g in enumerate(doc["groups"]):
        gid[g["key"]] = conn.execute(
            "INSERT INTO groups (meeting_id, name, label, colour, position) VALUES (?,?,?,?,?)",
            [meeting_id, g["name"], g.get("label", ""), g.get("colour", "#0072B2"),
             pos]).lastrowid
    pid: dict[str, int] = {}
    for pos, p in enumerate(doc["people"]):
        pid[p["key"]] = conn.execute(
            "INSERT INTO participants (meeting_id, group_id, name, role, named, pseudonym,"
            " access_needs, apologies, position, person_uid) VALUES (?,?,?,?,?,?,?,?,?,?)",
            [meeting_id, gid[p["group"]], p["name"], p.get("role", "participant"),
             int(p.get("named_in_minutes", True)), p.get("pseudonym", ""),
             p.get("access_needs", ""), int(p.get("apologies", False)), pos,
             p.get("person_uid") or uuid.uuid4().hex]).lastrowid
        for pr in p.get("presence", []):
            conn.execute("INSERT INTO presence (participant_id, start_ms, end_ms) VALUES (?,?,?)",
                         [pid[p["key"]], _ms(pr["start"]), _ms(pr.get("end"))])
    iid: dict[str, int] = {}
    for pos, it in enumerate(doc["agenda"]):
        iid[it["key"]] = conn.execute(
            "INSERT INTO items (meeting_id, position, title, kind, planned_s, lead_ids,"
            " started_ms, ended_ms, notes) VALUES (?,?,?,?,?,?,?,?,?)",
            [meeting_id, pos, it["title"], it.get("kind", "discussion"), it.get("planned_s", 0),
             json.dumps([pid[k] for k in it.get("leads", [])]), _ms(it.get("started")),
             _ms(it.get("ended")), it.get("notes", "")]).lastrowid
    conn.executemany(
        "INSERT INTO turns (meeting_id, participant_id, item_id, start_ms, end_ms, heartbeat_ms)"
        " VALUES (?,?,?,?,?,?)",
        [(meeting_id, pid[t["person"]], iid.get(t.get("item")), _ms(t["start"]),
          _ms(t.get("end")), _ms(t.get("end")) or _ms(t["start"])) for t in doc["turns"]])
    for h in doc.get("hands", []):
        conn.execute("INSERT INTO hands (meeting_id, participant_id, raised_ms, kind)"
                     " VALUES (?,?,?,?)", [meeting_id, pid[h["person"]], _ms(h["raised"]),
                                           h.get("kind", "speak")])
    did: dict[str, int] = {}
    for pos, d in enumerate(doc["decisions"]):
        override = d.get("override") or {}
        did[d["key"]] = conn.execute(
            "INSERT INTO decisions (meeting_id, item_id, position, method, threshold, deferred,"
            " override_outcome, override_reason, statement, dissent) VALUES (?,?,?,?,?,?,?,?,?,?)",
            [meeting_id, iid.get(d.get("item")), pos, d["method"], d.get("threshold", "simple"),
             int(d.get("deferred", False)), override.get("outcome"), override.get("reason", ""),
             d.get("statement", ""), d.get("dissent", "")]).lastrowid
        for rnd in d["rounds"]:
            rid = conn.execute("INSERT INTO rounds (decision_id, number, proposal) VALUES (?,?,?)",
                               [did[d["key"]], rnd["number"], rnd["proposal"]]).lastrowid
            conn.executemany(
                "INSERT INTO stances (round_id, participant_id, option, reason) VALUES (?,?,?,?)",
                [(rid, pid[s["person"]], s["option"], s.get("reason", ""))
                 for s in rnd["stances"]])
    for pos, a in enumerate(doc["actions"]):
        aid = conn.execute(
            "INSERT INTO actions (meeting_id, decision_id, item_id, position, what, due, done,"
            " raised_by) VALUES (?,?,?,?,?,?,?,?)",
            [meeting_id, did.get(a.get("decision")), iid.get(a.get("item")), pos, a["what"],
             a.get("due", ""), int(a.get("done", False)), pid.get(a.get("raised_by"))]).lastrowid
        conn.executemany("INSERT INTO action_owners (action_id, participant_id) VALUES (?, ?)",
                         [(aid, pid[o]) for o in a.get("owners", [])])
    skipped = 0
    for u in doc.get("action_updates", []):
        row = conn.execute(
            "SELECT a.id FROM actions a JOIN meetings m ON m.id = a.meeting_id WHERE m.uid = ?"
            " ORDER BY a.position, a.id LIMIT 1 OFFSET ?",
            [u["meeting_uid"], int(u["action"][1:]) - 1]).fetchone()
        if row is None:
            skipped += 1  # that earlier meeting is not in this database
            continue
        conn.execute("INSERT INTO action_updates (action_id, meeting_id, status, note,"
                     " recorded_ms) VALUES (?,?,?,?,?)",
                     [row[0], meeting_id, u["status"], u.get("note", ""),
                      _ms(u.get("recorded")) or 0])
    for s in doc.get("signatures", []):
        conn.execute("INSERT INTO signatures (meeting_id, field, signer, signed_ms, sha256)"
                     " VALUES (?,?,?,?,?)", [meeting_id, s["field"], s["signer"],
                                             _ms(s["signed"]), s.get("sha256", "")])
    for a in doc.get("amendments", []):
        conn.execute("INSERT INTO amendments (meeting_id, recorded_ms, reason) VALUES (?,?,?)",
                     [meeting_id, _ms(a["recorded"]), a["reason"]])
    if status == "signed" and doc.get("signatures"):  # "signed" without a signature: closed
        conn.execute("UPDATE meetings SET status = 'signed' WHERE id = ?", [meeting_id])
    return meeting_id, skipped
