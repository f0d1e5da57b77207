"""Meetings in a series: "you said, we did" and who is being heard over time.

An action raised at one meeting is carried into every later meeting of the
series until a meeting records it as done or dropped: nothing disappears
silently. People are matched across meetings only by an explicit link
(``Participant.person_uid``), never by guessing from names.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from coprodesk.domain.model import Action, ActionStatus, ActionUpdate, Meeting

SINCE_LAST_TIME = "Since last time: you said, we did"


@dataclass(frozen=True, slots=True)
class CarriedAction:
    action: Action
    from_meeting: Meeting
    decision: str | None
    raised_by_id: int | None
    status: ActionStatus | None  # recorded at the meeting it is carried into; None = not yet asked
    note: str = ""
    history: tuple[ActionUpdate, ...] = ()

    @property
    def closed_here(self) -> bool:
        return self.status is not None and self.status.closes


def carried_actions(meetings: Sequence[Meeting], updates: Sequence[ActionUpdate],
                    target_id: int) -> list[CarriedAction]:
    """Actions from earlier meetings still open when ``target_id`` starts.

    ``meetings`` are the series in order (date, then id).
    """
    order = {m.id: n for n, m in enumerate(meetings)}
    if target_id not in order:
        return []
    here = order[target_id]
    by_action: dict[int, list[ActionUpdate]] = {}
    for u in updates:
        by_action.setdefault(u.action_id, []).append(u)
    out: list[CarriedAction] = []
    for m in meetings[:here]:
        for a in m.actions:
            if a.done:
                continue  # finished within its own meeting
            history = sorted((u for u in by_action.get(a.id, ()) if u.meeting_id in order),
                             key=lambda u: order[u.meeting_id])
            before = [u for u in history if order[u.meeting_id] < here]
            if any(u.status.closes for u in before):
                continue
            now = next((u for u in history if u.meeting_id == target_id), None)
            decision = next((d.proposal for d in m.decisions if d.id == a.decision_id), None)
            out.append(CarriedAction(a, m, decision, a.raised_by_id,
                                     now.status if now else None, now.note if now else "",
                                     tuple(before)))
    return out


def validate_update(status: ActionStatus, note: str) -> str | None:
    """A sentence saying what is missing, or None: done needs a result, dropped a reason."""
    if status is ActionStatus.DONE and not note.strip():
        return "Say in a sentence what was done."
    if status is ActionStatus.DROPPED and not note.strip():
        return "Give the reason the action was dropped."
    return None


def first_time_people(meetings: Sequence[Meeting], target_id: int) -> tuple[int, ...]:
    """Participants of ``target_id`` whose person link appears in no earlier meeting."""
    seen: set[str] = set()
    for m in meetings:
        if m.id == target_id:
            return tuple(p.id for p in m.participants
                         if p.counted and not p.apologies and p.person_uid not in seen)
        seen.update(p.person_uid for p in m.participants if not p.apologies)
    return ()
