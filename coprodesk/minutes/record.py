"""What the minutes put on record, computed once from the domain values.

The PDF (``document.py``) and its accessible HTML twin (``html_twin.py``) lay
out the same values from here, so the two cannot disagree. Nothing here knows
about reportlab or HTML: these are plain values and plain sentences.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime

from coprodesk.domain import decisions as rules
from coprodesk.domain.decisions import eligible_ids
from coprodesk.domain.model import Decision, Meeting, MeetingStatus, Participant, Role
from coprodesk.minutes import words as W


def clock(ms: int | None) -> str:
    """A local wall-clock time, as people in the room read it."""
    if ms is None:
        return ""
    return datetime.fromtimestamp(ms / 1000, UTC).astimezone().strftime("%H:%M")


def facilitated_by(meeting: Meeting, certifier: str = "") -> str:
    """The facilitator role's people; without one, whoever certifies the minutes."""
    names = [p.public_name for p in meeting.participants if p.role is Role.FACILITATOR]
    return ", ".join(names) or certifier.strip() or W.NOT_RECORDED


def time_line(meeting: Meeting) -> str:
    """Planned and actual times in words, e.g. "planned 10:00–12:00; held 10:02–12:09"."""
    parts = []
    if meeting.start_time or meeting.end_time:
        span = "–".join(t for t in (meeting.start_time, meeting.end_time) if t)
        parts.append(W.PLANNED_TIME.format(span=span))
    if meeting.started_ms is None:
        parts.append(W.NOT_HELD)
    elif meeting.ended_ms is None:
        parts.append(W.HELD_FROM.format(start=clock(meeting.started_ms)))
    else:
        parts.append(W.HELD_TIME.format(
            span=f"{clock(meeting.started_ms)}–{clock(meeting.ended_ms)}"))
    return "; ".join(parts)


def status_words(meeting: Meeting, now_ms: int) -> str:
    """The meeting's real status as a sentence; a running meeting says the minutes are a draft."""
    key = str(meeting.status)
    if meeting.status is not MeetingStatus.RUNNING and meeting.started_ms is not None \
            and meeting.ended_ms is None:
        key = "running"  # started and never ended: whatever the stored status, it is not over
    return W.STATUS_WORDS.get(key, key).format(now=clock(now_ms))


def facts(meeting: Meeting, certifier: str, now_ms: int) -> list[tuple[str, str]]:
    """The labelled facts under the title, (label, value), as the PDF and its HTML twin
    both print them: purpose, who facilitated and co-chaired, series, time, status."""
    m = meeting
    found = [(W.PURPOSE, m.purpose)] if m.purpose.strip() else []
    found.append((W.FACILITATED_BY, facilitated_by(m, certifier)))
    chairs = [p.public_name for p in m.participants if p.role is Role.CO_CHAIR]
    if chairs:
        found.append((W.CO_CHAIRED_BY, ", ".join(chairs)))
    if m.series:
        found.append((W.SERIES, m.series))
    found.append((W.TIME, time_line(m)))
    found.append((W.STATUS, status_words(m, now_ms)))
    return found


def is_draft(meeting: Meeting) -> bool:
    return meeting.started_ms is not None and meeting.ended_ms is None


def attendance(p: Participant, m: Meeting) -> str:
    if not p.counted:
        return W.OBSERVER_ATTENDANCE
    if not p.presence:
        return W.WHOLE_MEETING if m.started_ms else W.EXPECTED
    if len(p.presence) == 1 and m.started_ms is not None \
            and p.presence[0].start_ms <= m.started_ms and p.presence[0].end_ms is None:
        return W.WHOLE_MEETING
    parts = []
    for pr in p.presence:
        start = clock(pr.start_ms)
        end = clock(pr.end_ms) if pr.end_ms is not None else ""
        parts.append(f"{start}–{end}" if end else W.FROM_TIME.format(start=start))
    return ", ".join(parts)


# --------------------------------------------------------------------------- decisions

@dataclass(frozen=True, slots=True)
class GroupTally:
    """One group's stances in one round, counted per option of the method."""

    name: str
    counts: tuple[int, ...]  # per option, in the method's order
    not_given: int  # eligible members with no stance, explicit or unrecorded
    endorses: bool
    reason: str  # why not, in words ("" when it endorses)


@dataclass(frozen=True, slots=True)
class StanceLine:
    who: str  # the public name
    group: str
    option: str  # the method's own word, or "Not given"
    reason: str
    note: str = ""  # why it was not counted, if it was not
    via: str = ""  # "given privately from their own device", when it was

    @property
    def counted(self) -> bool:
        return not self.note

    def sentence(self) -> str:
        option = ", ".join(x for x in (self.option, self.note, self.via) if x)
        if self.reason.strip():
            return W.STANCE_REASON.format(who=self.who, group=self.group, option=option,
                                          reason=self.reason)
        return W.STANCE_LINE.format(who=self.who, group=self.group, option=option)


@dataclass(frozen=True, slots=True)
class RoundRecord:
    number: int
    total: int
    proposal: str
    options: tuple[str, ...]  # the method's own words, in order
    keys: tuple[str, ...]  # the options' keys (fist-to-five and gradients are numbered)
    groups: tuple[GroupTally, ...]
    stances: tuple[StanceLine, ...]
    verdict: str  # this round's result in words (stances alone for earlier rounds)

    @property
    def numbered(self) -> bool:
        """Long scales print their numbers as column heads, with a key below."""
        return len(self.options) > 4

    def legend(self) -> str:
        return ", ".join(f"{k} {o}" for k, o in zip(self.keys, self.options, strict=True))


def decision_rounds(meeting: Meeting, decision: Decision, now_ms: int) -> tuple[RoundRecord, ...]:
    """Every round of ``decision``: the tally per group and option, each stance with its reason.

    Earlier rounds are judged on their own stances (no override or deferral: those
    apply to the decision as finally taken); the last round gets the full verdict."""
    method = rules.get_method(decision.method)
    eligible = eligible_ids(meeting, decision, now_ms)
    people = {p.id: p for p in meeting.participants}
    group_name = {g.id: g.name for g in meeting.groups}
    out = []
    for k, rnd in enumerate(decision.rounds, 1):
        last = k == len(decision.rounds)
        upto = decision if last else replace(decision, rounds=decision.rounds[:k], deferred=False,
                                             override_outcome=None, override_reason="")
        verdict = rules.joint_verdict(upto, meeting.participants, meeting.groups, eligible)
        groups = []
        for e in verdict.endorsements:
            ids = [p.id for p in meeting.participants if p.group_id == e.group_id and p.id in eligible
                   and p.counted]
            t = rules.tally(rnd, decision.method, ids)
            groups.append(GroupTally(e.group_name, tuple(t.by_option.values()),
                                     t.not_given + len(t.missing), e.endorses,
                                     W.domain(str(e.reason)) if e.reason else ""))
        stances = []
        for st in rnd.stances:
            p = people.get(st.participant_id)
            if p is None:
                continue
            label = W.domain(method.option(st.option).label) if st.option else W.NOT_GIVEN
            note = (W.OBSERVER_NOT_COUNTED if not p.counted
                    else "" if p.id in eligible else W.ABSENT_NOT_COUNTED)
            stances.append(StanceLine(p.public_name, group_name.get(p.group_id, ""), label,
                                      st.reason, note, W.FROM_DEVICE if st.from_device else ""))
        out.append(RoundRecord(rnd.number, len(decision.rounds), rnd.proposal,
                               tuple(W.domain(o.label) for o in method.options), method.keys,
                               tuple(groups), tuple(stances),
                               rules.plain_verdict(verdict, W.domain)))
    return tuple(out)


def method_line(decision: Decision) -> str:
    method = rules.get_method(decision.method)
    how = W.domain(method.label)
    if decision.method == "majority":
        how += f" ({W.lower_domain(rules.Threshold(decision.threshold).label)})"
    return W.METHOD.format(method=how, rule=W.domain(method.rule))


def in_words(meeting: Meeting, decision: Decision, now_ms: int) -> str:
    """The decision's outcome as one sentence in the minutes' language, naming each group
    that did not endorse it (the report's ``in_words`` keeps the English)."""
    eligible = eligible_ids(meeting, decision, now_ms)
    verdict = rules.joint_verdict(decision, meeting.participants, meeting.groups, eligible)
    return rules.plain_verdict(verdict, W.domain)
