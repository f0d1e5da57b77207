"""What each tile and group header shows, computed from the meeting and its balance.

Pure (no widgets): the run view hands the result to the tiles, and tests read it
directly. A tile paints a ``TileState``; a group header a ``GroupState``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from coprodesk.domain import agenda
from coprodesk.domain.attendance import mode_at
from coprodesk.domain.balance import Balance, is_present_at
from coprodesk.domain.model import AttendanceMode, Hand, HandKind, Meeting, MeetingStatus
from coprodesk.gui.run.format import nice_scale

KEY_LABELS = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "0")


@dataclass(frozen=True, slots=True)
class TileState:
    participant_id: int
    name: str
    group_label: str
    colour: str
    key: str = ""  # "1".."9", "0" for the first ten tiles
    item_ms: int = 0
    meeting_ms: int = 0
    turns: int = 0
    share: float = 0.0
    fair_share: float = 0.0
    scale: float = 1.0  # the share that fills the whole bar (same for every tile)
    hand: HandKind | None = None
    queue_pos: int | None = None
    speaking: bool = False
    turn_ms: int = 0
    long_turn: bool = False
    gone: bool = False
    group_name: str = ""  # spelled out, for what a screen reader says (the label is drawn)
    item_id: int | None = None  # the agenda item the item times are of (another: said at once)
    online: bool = False  # takes part online now (a hybrid meeting): marked, and said


@dataclass(frozen=True, slots=True)
class GroupState:
    group_id: int
    name: str
    label: str
    colour: str
    members: int
    share: float = 0.0
    fair_share: float = 0.0


def tile_states(meeting: Meeting, order: Sequence[int], bal: Balance, ibal: Balance | None,
                queue: Sequence[Hand], now: int) -> list[TileState]:
    """One state per tile in ``order``: floor on this item and in the meeting, share against
    the fair share on one scale for all, hand and place in the queue, the running turn."""
    people = {pb.participant_id: pb for pb in bal.people}
    item_people = {pb.participant_id: pb for pb in ibal.people} if ibal else {}
    counted = [pb for pb in bal.people if pb.counted]
    scale = nice_scale([pb.share for pb in counted] + [2 * pb.fair_share for pb in counted])
    qpos = {h.participant_id: (n + 1, h.kind) for n, h in enumerate(queue)}
    open_turn = meeting.open_turn
    long_turn = agenda.over_soft_limit(meeting, now)
    started = meeting.status is not MeetingStatus.PLANNED
    item_id = meeting.current_item.id if meeting.current_item else None
    states = []
    for n, pid in enumerate(order):
        p = meeting.participant(pid)
        pb = people.get(pid)
        group = meeting.group(p.group_id)
        ipb = item_people.get(pid)
        speaking = open_turn is not None and open_turn.participant_id == pid
        hand = qpos.get(pid)
        states.append(TileState(
            participant_id=pid, name=p.name, group_label=group.label if group else "",
            colour=group.colour if group else "#888888", key=KEY_LABELS[n] if n < 10 else "",
            item_ms=ipb.floor_ms if ipb else 0, meeting_ms=pb.floor_ms if pb else 0,
            turns=pb.turns if pb else 0, share=pb.share if pb else 0.0,
            fair_share=pb.fair_share if pb else 0.0, scale=scale,
            hand=hand[1] if hand else None, queue_pos=hand[0] if hand else None,
            speaking=speaking, turn_ms=open_turn.duration_ms(now) if speaking else 0,
            long_turn=speaking and long_turn, gone=started and not is_present_at(p, now),
            group_name=group.name if group else "", item_id=item_id,
            online=mode_at(p, now) is AttendanceMode.ONLINE))
    return states


def group_states(meeting: Meeting, bal: Balance) -> tuple[dict[int, GroupState], float]:
    """Each group's header state by group id, and the one scale their bars share."""
    scale = nice_scale([g.share for g in bal.groups] + [2 * g.fair_share for g in bal.groups])
    states = {}
    for g in meeting.groups:
        gb = bal.group(g.id)
        states[g.id] = GroupState(g.id, g.name, g.label, g.colour, gb.members if gb else 0,
                                  gb.share if gb else 0.0, gb.fair_share if gb else 0.0)
    return states, scale
