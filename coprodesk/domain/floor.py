"""The floor: who speaks now, turns, pauses, and the speaker queue.

Each operation returns a ``FloorChange`` naming the turn it closes and the one
it opens, so that the store can write exactly that change in one transaction
and the undo stack can revert exactly it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from coprodesk.domain.model import Hand, HandKind, QueuePolicy, Turn


@dataclass(frozen=True, slots=True)
class FloorChange:
    """One change of the floor: ``closed`` is the ended turn, ``opened`` the new one."""

    closed: Turn | None = None
    opened: Turn | None = None

    @property
    def is_noop(self) -> bool:
        return self.closed is None and self.opened is None


def open_turn(turns: Iterable[Turn]) -> Turn | None:
    return next((t for t in turns if t.is_open), None)


def last_speaker(turns: Sequence[Turn]) -> int | None:
    """Who held the floor most recently (open turn first)."""
    if not turns:
        return None
    current = open_turn(turns)
    if current is not None:
        return current.participant_id
    return max(turns, key=lambda t: (t.end_ms or 0, t.start_ms)).participant_id


def give_floor(current: Turn | None, participant_id: int, item_id: int | None,
               now_ms: int) -> FloorChange:
    """Give the floor to ``participant_id``; the previous holder's turn ends now.

    Giving it to the person who already holds it on the same item changes nothing.
    """
    if current is not None and current.participant_id == participant_id \
            and current.item_id == item_id:
        return FloorChange()
    closed = _close(current, now_ms)
    start = now_ms if closed is None else closed.end_ms
    return FloorChange(closed, Turn(participant_id, start, None, item_id))


def pause(current: Turn | None, now_ms: int) -> FloorChange:
    """Nobody holds the floor; a pause is simply no open turn."""
    return FloorChange(_close(current, now_ms), None)


def toggle_pause(turns: Sequence[Turn], item_id: int | None, now_ms: int) -> FloorChange:
    """Space bar: pause if someone speaks, else give the floor back to the last speaker."""
    current = open_turn(turns)
    if current is not None:
        return pause(current, now_ms)
    speaker = last_speaker(turns)
    if speaker is None:
        return FloorChange()
    return give_floor(None, speaker, item_id, now_ms)


def _close(current: Turn | None, now_ms: int) -> Turn | None:
    if current is None:
        return None
    # A clock never goes back, but guard so that no turn gets a negative length.
    return replace(current, end_ms=max(now_ms, current.start_ms))


def apply(turns: Sequence[Turn], change: FloorChange) -> tuple[Turn, ...]:
    """The turn list after ``change``; turns are matched by identity of their start."""
    out = list(turns)
    if change.closed is not None:
        for i, t in enumerate(out):
            if t.is_open and t.participant_id == change.closed.participant_id \
                    and t.start_ms == change.closed.start_ms:
                out[i] = change.closed
                break
    if change.opened is not None:
        out.append(change.opened)
    return tuple(out)


def revert(turns: Sequence[Turn], change: FloorChange) -> tuple[Turn, ...]:
    """Undo ``change``: remove the turn it opened and reopen the one it closed."""
    out = list(turns)
    if change.opened is not None:
        for i in range(len(out) - 1, -1, -1):
            t = out[i]
            if t.participant_id == change.opened.participant_id \
                    and t.start_ms == change.opened.start_ms:
                del out[i]
                break
    if change.closed is not None:
        for i, t in enumerate(out):
            if t.participant_id == change.closed.participant_id \
                    and t.start_ms == change.closed.start_ms:
                out[i] = replace(t, end_ms=None)
                break
    return tuple(out)


# --- speaker queue ---------------------------------------------------------------

_JUMP_RANK = {HandKind.POINT_OF_ORDER: 0, HandKind.CLARIFICATION: 1, HandKind.SPEAK: 2}


def raise_hand(hands: Sequence[Hand], participant_id: int, now_ms: int,
               kind: HandKind = HandKind.SPEAK) -> tuple[Hand, ...]:
    """Raise a hand (or change its kind, keeping its place in time)."""
    existing = next((h for h in hands if h.participant_id == participant_id), None)
    if existing is None:
        return (*hands, Hand(participant_id, now_ms, kind))
    return tuple(replace(h, kind=kind) if h is existing else h for h in hands)


def lower_hand(hands: Sequence[Hand], participant_id: int) -> tuple[Hand, ...]:
    return tuple(h for h in hands if h.participant_id != participant_id)


def order_queue(
    hands: Sequence[Hand],
    policy: QueuePolicy,
    *,
    meeting_floor_ms: Mapping[int, int] | None = None,
    item_floor_ms: Mapping[int, int] | None = None,
    group_of: Mapping[int, int] | None = None,
    group_ratio: Mapping[int, float] | None = None,
) -> list[Hand]:
    """Hands in the order they get the floor under ``policy``.

    Points of order, then clarifications, jump ahead of everyone in the order
    they were raised. ``group_ratio`` is each group's share ÷ its fair share:
    the lower, the more under-represented.
    """
    meeting_floor_ms = meeting_floor_ms or {}
    item_floor_ms = item_floor_ms or {}
    group_of = group_of or {}
    group_ratio = group_ratio or {}

    def policy_key(h: Hand) -> tuple:
        pid = h.participant_id
        if policy is QueuePolicy.NOT_YET_SPOKEN:
            return (1 if item_floor_ms.get(pid, 0) > 0 else 0,)
        if policy is QueuePolicy.LEAST_FLOOR_TIME:
            return (meeting_floor_ms.get(pid, 0),)
        if policy is QueuePolicy.UNDER_REPRESENTED_GROUP:
            return (group_ratio.get(group_of.get(pid, -1), float("inf")),)
        return ()

    def key(h: Hand) -> tuple:
        rank = _JUMP_RANK[h.kind]
        if rank < 2:
            return (rank, h.raised_ms, h.participant_id)
        return (rank, *policy_key(h), h.raised_ms, h.participant_id)

    return sorted(hands, key=key)
