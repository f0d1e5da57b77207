"""A portable meeting file checked by meaning, once its form has passed the schema:
keys used once, references to things the file holds, times that are real and in order,
one floor, stances from the method's scale. Each problem names its JSON path."""

from __future__ import annotations

import itertools
from typing import Any

from coprodesk.domain import decisions as rules
from coprodesk.domain.clock import parse_iso_utc
from coprodesk.domain.limits import check_date, check_time_ms


def meaning_problems(doc: dict[str, Any]) -> list[str]:
    """Every problem of meaning in a document the schema has passed, in the file's order."""
    return _Check(doc).run()


def _time(text: str | None) -> int | None:
    """A time of the file in ms, checked: a real date, in years a clock can show."""
    if not text:
        return None
    try:
        return check_time_ms(parse_iso_utc(text))
    except OverflowError as exc:  # 0001-01-01T00:00:00+01:00 is before year 1 in UTC
        raise ValueError("is outside the years 1900 to 9998") from exc
    except ValueError as exc:
        raise ValueError(str(exc).split(":")[0]) from exc


class _Check:
    """One pass over a document; each section of the file has its method."""

    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc
        self.out: list[str] = []

    def run(self) -> list[str]:
        self.groups, self.people = self.keys("groups"), self.keys("people")
        self.items, self.decisions = self.keys("agenda"), self.keys("decisions")
        self.keys("actions")
        self.group_names()
        self.meeting()
        absent = self.people_section()
        self.agenda()
        self.turns()
        self.hands()
        self.decision_rounds(absent)
        self.actions()
        self.records()
        return self.out

    # --- the checks every section uses --------------------------------------------

    def keys(self, section: str) -> set[str]:
        seen: set[str] = set()
        for n, row in enumerate(self.doc.get(section, [])):
            if row["key"] in seen:
                self.out.append(f"{section}[{n}].key: {row['key']!r} is used twice")
            seen.add(row["key"])
        return seen

    def ref(self, where: str, value: Any, known: set[str], what: str) -> None:
        if value is not None and value not in known:
            self.out.append(f"{where}: unknown {what} {value!r}")

    def interval(self, where: str, start: str | None, end: str | None
                 ) -> tuple[int | None, int | None]:
        try:
            a = _time(start)
            b = _time(end)
        except ValueError as exc:
            self.out.append(f"{where}: not a valid time ({exc})")
            return None, None
        if a is not None and b is not None and b < a:
            self.out.append(f"{where}: ends before it starts")
        return a, b

    def moment(self, where: str, text: str | None) -> None:
        try:
            _time(text)
        except ValueError as exc:
            self.out.append(f"{where}: not a valid time ({exc})")

    def day(self, where: str, text: str) -> None:
        try:
            check_date(text)
        except ValueError as exc:
            self.out.append(f"{where}: not a valid date ({exc})")

    # --- the sections, in the file's order ----------------------------------------

    def group_names(self) -> None:
        names = [g["name"] for g in self.doc["groups"]]
        for n, g in enumerate(self.doc["groups"]):
            if names.count(g["name"]) > 1:
                self.out.append(f"groups[{n}].name: {g['name']!r} is used twice")

    def meeting(self) -> None:
        m = self.doc["meeting"]
        self.interval("meeting", m.get("started"), m.get("ended"))
        self.moment("meeting.created", m.get("created"))
        self.day("meeting.date", m.get("date", ""))

    def people_section(self) -> set[str]:
        """Checks the people; returns the keys of those who sent apologies."""
        absent = set()
        for n, p in enumerate(self.doc["people"]):
            self.ref(f"people[{n}].group", p["group"], self.groups, "group")
            if p.get("apologies"):
                absent.add(p["key"])
            for k, pr in enumerate(p.get("presence", [])):
                self.interval(f"people[{n}].presence[{k}]", pr["start"], pr.get("end"))
        return absent

    def agenda(self) -> None:
        for n, it in enumerate(self.doc["agenda"]):
            for k, lead in enumerate(it.get("leads", [])):
                self.ref(f"agenda[{n}].leads[{k}]", lead, self.people, "person")
            self.interval(f"agenda[{n}]", it.get("started"), it.get("ended"))

    def turns(self) -> None:
        spans = []
        open_turns = 0
        for n, t in enumerate(self.doc["turns"]):
            self.ref(f"turns[{n}].person", t["person"], self.people, "person")
            self.ref(f"turns[{n}].item", t.get("item"), self.items, "agenda item")
            a, b = self.interval(f"turns[{n}]", t["start"], t.get("end"))
            if t.get("end") is None:
                open_turns += 1
            if a is not None:
                spans.append((a, b, n))
        if open_turns > 1:
            self.out.append(f"turns: {open_turns} turns are open; at most one person holds the "
                            "floor")
        spans.sort()
        for (_a1, b1, n1), (a2, _b2, n2) in itertools.pairwise(spans):
            if b1 is None or a2 < b1:
                self.out.append(f"turns[{n2}]: overlaps turns[{n1}]; one person holds the floor "
                                "at a time")
        self.within_the_meeting(spans)

    def within_the_meeting(self, spans: list[tuple[int, int | None, int]]) -> None:
        """Every turn is held while the meeting runs: not before it started, not after it
        ended (an open turn runs on, past any end). One line for all that are not."""
        m = self.doc["meeting"]
        try:
            started, ended = _time(m.get("started")), _time(m.get("ended"))
        except ValueError:
            return  # said by the meeting's own check
        outside = sorted(n for a, b, n in spans
                         if (started is None or a < started)
                         or (ended is not None and (b is None or b > ended)))
        if not outside:
            return
        when = (f"it ran from {m.get('started')} to {m.get('ended') or 'now'}"
                if started is not None else "it never started")
        self.out.append(f"turns: {len(outside)} turn{'s' if len(outside) > 1 else ''} outside "
                        f"the meeting's time ({when}), first turns[{outside[0]}]; a turn is "
                        "held during the meeting")

    def hands(self) -> None:
        for n, h in enumerate(self.doc.get("hands", [])):
            self.ref(f"hands[{n}].person", h["person"], self.people, "person")
            self.moment(f"hands[{n}].raised", h["raised"])

    def decision_rounds(self, absent: set[str]) -> None:
        for n, d in enumerate(self.doc["decisions"]):
            self.ref(f"decisions[{n}].item", d.get("item"), self.items, "agenda item")
            numbers = [r["number"] for r in d["rounds"]]
            if numbers != list(range(1, len(numbers) + 1)):
                self.out.append(f"decisions[{n}].rounds: rounds must be numbered 1, 2, 3… in order")
            options = {o.key for o in rules.options(d["method"])}
            for r, rnd in enumerate(d["rounds"]):
                self.stances(f"decisions[{n}].rounds[{r}]", rnd["stances"], d["method"], options,
                             absent)

    def stances(self, where_round: str, stances: list[dict[str, Any]], method: str,
                options: set[str], absent: set[str]) -> None:
        seen: set[str] = set()
        for k, s in enumerate(stances):
            where = f"{where_round}.stances[{k}]"
            self.ref(f"{where}.person", s["person"], self.people, "person")
            if s["person"] in absent:
                self.out.append(f"{where}.person: {s['person']} sent apologies and was absent")
            if s["person"] in seen:
                self.out.append(f"{where}.person: {s['person']} has two stances in this round")
            seen.add(s["person"])
            if s["option"] is not None and s["option"] not in options:
                self.out.append(f"{where}.option: {s['option']!r} is not an option of "
                                f"{method} (one of {', '.join(sorted(options))})")

    def actions(self) -> None:
        for n, a in enumerate(self.doc["actions"]):
            for k, owner in enumerate(a.get("owners", [])):
                self.ref(f"actions[{n}].owners[{k}]", owner, self.people, "person")
            self.ref(f"actions[{n}].decision", a.get("decision"), self.decisions, "decision")
            self.ref(f"actions[{n}].item", a.get("item"), self.items, "agenda item")
            self.ref(f"actions[{n}].raised_by", a.get("raised_by"), self.people, "person")
            self.day(f"actions[{n}].due", a.get("due", ""))

    def records(self) -> None:
        """Updates of earlier actions, signatures and amendments."""
        uid = self.doc["meeting"]["uid"]
        for n, u in enumerate(self.doc.get("action_updates", [])):
            if u["meeting_uid"] == uid:
                self.out.append(f"action_updates[{n}]: an update belongs to a later meeting, not "
                                "the action's own")
            if u["status"] in ("done", "dropped") and not u.get("note", "").strip():
                self.out.append(f"action_updates[{n}].note: {u['status']} needs a sentence")
            self.moment(f"action_updates[{n}].recorded", u.get("recorded"))
        for n, s in enumerate(self.doc.get("signatures", [])):
            self.moment(f"signatures[{n}].signed", s["signed"])
        for n, a in enumerate(self.doc.get("amendments", [])):
            self.moment(f"amendments[{n}].recorded", a["recorded"])
