"""Speaking-time metrics: floor time, shares, presence-weighted fair shares,
group shares, the balance index, quiet and dominant voices.

Everything the screen, the report and the minutes say about balance comes from
``compute_balance`` so that the three can never disagree.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from coprodesk.domain.attendance import floor_by_mode, present_by_mode
from coprodesk.domain.floor import order_queue
from coprodesk.domain.model import AttendanceMode, Hand, Meeting, Participant, Turn


@dataclass(frozen=True, slots=True)
class PersonBalance:
    participant_id: int
    counted: bool
    floor_ms: int
    turns: int
    present_ms: int
    share: float
    fair_share: float


@dataclass(frozen=True, slots=True)
class GroupBalance:
    group_id: int
    members: int
    floor_ms: int
    share: float
    fair_share: float


@dataclass(frozen=True, slots=True)
class ModeBalance:
    """The voices in the room, or online, weighed like a group: their floor against the
    share of presence they had there."""

    mode: AttendanceMode
    members: int
    """Counted people present in this mode for some of the time (or who spoke in it)."""
    present_ms: int
    floor_ms: int
    share: float
    fair_share: float


@dataclass(frozen=True, slots=True)
class Balance:
    total_floor_ms: int
    index: float
    people: tuple[PersonBalance, ...]
    groups: tuple[GroupBalance, ...]
    quiet_ids: tuple[int, ...]
    dominant_ids: tuple[int, ...]
    window: tuple[int, int] | None
    modes: tuple[ModeBalance, ...] = ()
    """Room, then online."""

    def mode(self, mode: AttendanceMode) -> ModeBalance | None:
        return next((m for m in self.modes if m.mode == mode), None)

    @property
    def hybrid(self) -> bool:
        """Someone takes part online (so room and online are worth comparing)."""
        online = self.mode(AttendanceMode.ONLINE)
        return online is not None and online.members > 0

    def person(self, participant_id: int) -> PersonBalance | None:
        return next((p for p in self.people if p.participant_id == participant_id), None)

    def group(self, group_id: int) -> GroupBalance | None:
        return next((g for g in self.groups if g.group_id == group_id), None)


def floor_times(turns: Iterable[Turn], now_ms: int, item_id: int | None = None) -> dict[int, int]:
    """Milliseconds of floor per participant; an open turn counts up to ``now_ms``."""
    totals: dict[int, int] = {}
    for t in turns:
        if item_id is not None and t.item_id != item_id:
            continue
        totals[t.participant_id] = totals.get(t.participant_id, 0) + t.duration_ms(now_ms)
    return totals


def turn_counts(turns: Iterable[Turn], item_id: int | None = None) -> dict[int, int]:
    """Unbroken holdings of the floor: a turn that starts exactly where the same
    person's previous turn ended continues it."""
    counts: dict[int, int] = {}
    prev: Turn | None = None
    for t in sorted(turns, key=lambda t: (t.start_ms, t.end_ms or 0)):
        if item_id is not None and t.item_id != item_id:
            continue
        continues = (prev is not None and prev.participant_id == t.participant_id
                     and prev.end_ms == t.start_ms)
        if not continues:
            counts[t.participant_id] = counts.get(t.participant_id, 0) + 1
        prev = t
    return counts


def present_ms(participant: Participant, window: tuple[int, int] | None) -> int:
    """Time the participant was in the room during ``window``.

    Nobody recorded as arriving or leaving is taken as present throughout,
    unless they sent apologies.
    """
    if participant.apologies:
        return 0
    if window is None:
        return 0
    start, end = window
    if not participant.presence:
        return max(0, end - start)
    total = 0
    for p in participant.presence:
        p_end = end if p.end_ms is None else p.end_ms
        total += max(0, min(end, p_end) - max(start, p.start_ms))
    return total


def balance_index(values: Sequence[float]) -> float:
    """1 − G·n/(n−1), G the Gini coefficient with zeros included.

    1 is perfectly equal, 0 is a single voice; 1 while fewer than two count or
    nobody has spoken. Uses the sorted form of Gini: O(n log n).
    """
    n = len(values)
    total = float(sum(values))
    if n < 2 or total <= 0:
        return 1.0
    xs = sorted(values)
    weighted = sum((2 * i - n + 1) * x for i, x in enumerate(xs))  # i from 0
    index = 1.0 - weighted / ((n - 1) * total)
    return min(1.0, max(0.0, index))


# A verdict on balance needs evidence: three seconds into a meeting one voice always
# "dominates". Until the meeting (or item) holds at least five minutes of floor time
# in at least six turns by at least two people, the words say "too early to tell".
# Five minutes is about the length of one round where each of a handful of people
# speaks once; six turns is more than the two or three a welcome takes.
VERDICT_MIN_FLOOR_MS = 5 * 60_000
VERDICT_MIN_TURNS = 6
VERDICT_MIN_SPEAKERS = 2
TOO_EARLY = "too early to tell"


def enough_to_judge(bal: Balance) -> bool:
    """Whether ``bal`` holds enough speech for a verdict on balance (see the thresholds)."""
    counted = [p for p in bal.people if p.counted]
    return (bal.total_floor_ms >= VERDICT_MIN_FLOOR_MS
            and sum(p.turns for p in counted) >= VERDICT_MIN_TURNS
            and sum(1 for p in counted if p.floor_ms > 0) >= VERDICT_MIN_SPEAKERS)


def verdict_in_words(bal: Balance) -> str:
    """Plain words for ``bal``: "too early to tell" until there is enough evidence."""
    return index_in_words(bal.index) if enough_to_judge(bal) else TOO_EARLY


def index_in_words(index: float) -> str:
    """Plain words for the balance index, for people who do not read Gini."""
    if index >= 0.85:
        return "balanced"
    if index >= 0.65:
        return "fairly balanced"
    if index >= 0.45:
        return "a few voices dominate"
    return "one or two voices dominate"


def scope_window(
    meeting: Meeting, now_ms: int, item_id: int | None = None
) -> tuple[int, int] | None:
    """The time span shares are weighed over: the item's or the meeting's.

    Falls back to the span of the turns when the meeting (or item) has no
    recorded start, as for imported turns.
    """
    if item_id is not None:
        item = meeting.item(item_id)
        turns = [t for t in meeting.turns if t.item_id == item_id]
        start, end = (item.started_ms, item.ended_ms) if item else (None, None)
    else:
        turns = list(meeting.turns)
        start, end = meeting.started_ms, meeting.ended_ms
    started = start is not None
    if start is None:
        if not turns:
            return None
        start = min(t.start_ms for t in turns)
    if end is None:
        if started or not turns:
            end = now_ms
        else:
            end = max(t.end_ms if t.end_ms is not None else now_ms for t in turns)
    return (start, max(start, end))


def compute_balance(meeting: Meeting, now_ms: int, item_id: int | None = None) -> Balance:
    """All balance figures for the meeting, or for one agenda item."""
    window = scope_window(meeting, now_ms, item_id)
    people = _people(meeting, window, floor_times(meeting.turns, now_ms, item_id),
                     turn_counts(meeting.turns, item_id))
    total_floor = sum(pb.floor_ms for pb in people if pb.counted)
    in_room = _in_room(meeting, people)
    quiet, dominant = _quiet_and_dominant(in_room, total_floor)
    return Balance(total_floor, balance_index([pb.floor_ms for pb in in_room]), people,
                   _groups(meeting, people, total_floor), quiet, dominant, window,
                   _modes(meeting, people, window, now_ms, item_id, total_floor))


def _people(meeting: Meeting, window: tuple[int, int] | None, floors: dict[int, int],
            counts: dict[int, int]) -> tuple[PersonBalance, ...]:
    """Each participant's floor, turns, presence, share and presence-weighted fair share."""
    counted = [p for p in meeting.participants if p.counted]
    presence = {p.id: present_ms(p, window) for p in counted}
    total_present = sum(presence.values())
    eligible = {p.id for p in counted if not p.apologies}
    total_floor = sum(floors.get(p.id, 0) for p in counted)

    def fair(pid: int) -> float:
        if total_present > 0:
            return presence[pid] / total_present
        # Nothing to weigh by yet (meeting not started): everyone equal.
        return 1 / len(eligible) if pid in eligible else 0.0

    people: list[PersonBalance] = []
    for p in meeting.participants:
        f = floors.get(p.id, 0)
        if p.counted:
            share = f / total_floor if total_floor else 0.0
            people.append(PersonBalance(p.id, True, f, counts.get(p.id, 0), presence[p.id],
                                        share, fair(p.id)))
        else:
            people.append(PersonBalance(p.id, False, f, counts.get(p.id, 0), 0, 0.0, 0.0))
    return tuple(people)


def _in_room(meeting: Meeting, people: Sequence[PersonBalance]) -> list[PersonBalance]:
    """People in the index: counted, not away, and in the room at some point (or who spoke)."""
    away = {p.id for p in meeting.participants if p.counted and p.apologies}
    nobody_present = sum(pb.present_ms for pb in people if pb.counted) == 0
    return [pb for pb in people if pb.counted and pb.participant_id not in away
            and (pb.present_ms > 0 or pb.floor_ms > 0 or nobody_present)]


def _groups(meeting: Meeting, people: Sequence[PersonBalance], total_floor: int
            ) -> tuple[GroupBalance, ...]:
    """Each group's members, floor, share and fair share (the sum of its members')."""
    group_of = {p.id: p.group_id for p in meeting.participants}
    groups: list[GroupBalance] = []
    for g in meeting.groups:
        members = [pb for pb in people if pb.counted and group_of[pb.participant_id] == g.id]
        gf = sum(pb.floor_ms for pb in members)
        groups.append(GroupBalance(
            g.id, len(members), gf,
            gf / total_floor if total_floor else 0.0,
            sum(pb.fair_share for pb in members),
        ))
    return tuple(groups)


def _modes(meeting: Meeting, people: Sequence[PersonBalance], window: tuple[int, int] | None,
           now_ms: int, item_id: int | None, total_floor: int) -> tuple[ModeBalance, ...]:
    """Room and online: members, presence, floor, share and fair share (each counted
    person's fair share split by where they were present)."""
    turns = [t for t in meeting.turns if item_id is None or t.item_id == item_id]
    by_id = {p.id: p for p in meeting.participants}
    present = dict.fromkeys(AttendanceMode, 0)
    floor = dict.fromkeys(AttendanceMode, 0)
    fair = dict.fromkeys(AttendanceMode, 0.0)
    members = dict.fromkeys(AttendanceMode, 0)
    for pb in people:
        if not pb.counted:
            continue
        p = by_id[pb.participant_id]
        here = present_by_mode(p, window)
        spoke = floor_by_mode(p, turns, now_ms)
        for mode in AttendanceMode:
            present[mode] += here[mode]
            floor[mode] += spoke[mode]
            if pb.present_ms:
                fair[mode] += pb.fair_share * here[mode] / pb.present_ms
            elif mode == p.attendance:
                fair[mode] += pb.fair_share  # not started yet: where they will take part
            if here[mode] or spoke[mode] or (not pb.present_ms and mode == p.attendance
                                              and not p.apologies):
                members[mode] += 1
    return tuple(ModeBalance(mode, members[mode], present[mode], floor[mode],
                             floor[mode] / total_floor if total_floor else 0.0, fair[mode])
                 for mode in AttendanceMode)


def _quiet_and_dominant(in_room: Sequence[PersonBalance], total_floor: int
                        ) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Below half their fair share, and above twice it (nobody, before anyone has spoken)."""
    quiet: list[int] = []
    dominant: list[int] = []
    if total_floor > 0:
        for pb in in_room:
            if pb.share < pb.fair_share / 2:
                quiet.append(pb.participant_id)
            elif pb.share > 2 * pb.fair_share:
                dominant.append(pb.participant_id)
    return tuple(quiet), tuple(dominant)


def not_yet_heard(meeting: Meeting, now_ms: int, item_id: int | None) -> tuple[int, ...]:
    """Counted participants in the room who have not held the floor on this item."""
    if item_id is None:
        return ()
    floors = floor_times(meeting.turns, now_ms, item_id)
    window = scope_window(meeting, now_ms, item_id) or (now_ms, now_ms)
    return tuple(
        p.id for p in meeting.participants
        if p.counted and not p.apologies and floors.get(p.id, 0) == 0
        and (present_ms(p, window) > 0 or is_present_at(p, now_ms))
    )


def is_present_at(participant: Participant, at_ms: int) -> bool:
    if participant.apologies:
        return False
    if not participant.presence:
        return True
    return any(p.start_ms <= at_ms and (p.end_ms is None or at_ms < p.end_ms)
               for p in participant.presence)


def meeting_queue(meeting: Meeting, now_ms: int) -> list[Hand]:
    """Raised hands in the order they get the floor under the meeting's queue policy (the
    run view, the participant screen, the devices and ``report`` all read this one order)."""
    item = meeting.current_item
    bal = compute_balance(meeting, now_ms)
    ratios = {g.group_id: (g.share / g.fair_share if g.fair_share else float("inf"))
              for g in bal.groups}
    return order_queue(
        meeting.hands, meeting.queue_policy,
        meeting_floor_ms=floor_times(meeting.turns, now_ms),
        item_floor_ms=floor_times(meeting.turns, now_ms, item.id) if item else {},
        group_of={p.id: p.group_id for p in meeting.participants},
        group_ratio=ratios)
