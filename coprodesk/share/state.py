"""What a device is told: the JSON of ``{link}/state.json`` and of each live event.

Pure Python over domain values. The room sees what the participant screen shows; a person's
own link adds their own figures, their hand and their own stance. Names are shown only as
each person agreed (``Participant.public_name``); a groups-only meeting names nobody: the
floor and the queue say a group, and there is no list of people. Access needs, notes and
the stances of others are never sent.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from coprodesk.domain import decisions as rules
from coprodesk.domain.balance import (
    Balance,
    compute_balance,
    is_present_at,
    meeting_queue,
    verdict_in_words,
)
from coprodesk.domain.model import Decision, Meeting, MeetingStatus, Participant, Round, Stance

REASON_MAX = 2000  # characters of a reason typed on a phone


@dataclass(frozen=True)
class Snapshot:
    """What the server read from the database at its last change: the meeting, the stances
    given from devices in the open round (by participant id), the meeting's own wording of
    the stance options, and a number that grows with every change."""

    meeting: Meeting
    answers: dict[int, Stance] = field(default_factory=dict)
    meanings: dict[str, str] = field(default_factory=dict)
    version: int = 0


def open_round(meeting: Meeting) -> tuple[Decision, Round] | None:
    """The round devices may answer: the current round of the last decision of the
    current agenda item, while the meeting runs and the decision is neither deferred nor
    overridden."""
    item = meeting.current_item
    if meeting.status is not MeetingStatus.RUNNING or item is None:
        return None
    here = [d for d in meeting.decisions if d.item_id == item.id]
    if not here:
        return None
    decision = here[-1]
    rnd = decision.current_round
    if rnd is None or rnd.id is None or decision.deferred or rules.is_overridden(decision):
        return None
    return decision, rnd


def _who(meeting: Meeting, p: Participant | None) -> str:
    """How a person is shown: their agreed name, or their group in a groups-only meeting."""
    if p is None:
        return ""
    if meeting.groups_only:
        g = meeting.group(p.group_id)
        return g.name if g else ""
    return p.public_name


def _ratio(x: float) -> float:
    return round(x, 4)


def _floor(meeting: Meeting, now_ms: int) -> dict[str, Any] | None:
    turn = meeting.open_turn
    if turn is None:
        return None
    p = meeting.participant(turn.participant_id)
    g = meeting.group(p.group_id) if p else None
    return {"who": _who(meeting, p), "group": g.name if g else "",
            "since_s": round(turn.duration_ms(now_ms) / 1000)}


def _item(meeting: Meeting, now_ms: int) -> dict[str, Any] | None:
    item = meeting.current_item
    if item is None:
        return None
    return {"title": item.title, "kind": str(item.kind), "planned_s": item.planned_s,
            "elapsed_s": round((now_ms - item.started_ms) / 1000) if item.started_ms else 0,
            "position": meeting.items.index(item) + 1, "of": len(meeting.items)}


def _groups(meeting: Meeting, bal: Balance) -> list[dict[str, Any]]:
    out = []
    for g in sorted(meeting.groups, key=lambda g: g.position):
        gb = bal.group(g.id)
        if gb is None or gb.members <= 0:
            continue
        out.append({"name": g.name, "label": g.label, "colour": g.colour,
                    "share": _ratio(gb.share), "fair_share": _ratio(gb.fair_share)})
    return out


def _people(meeting: Meeting, bal: Balance, now_ms: int) -> list[dict[str, Any]]:
    """Counted people in the room or who have spoken, as on the participant screen; none
    in a groups-only meeting."""
    if meeting.groups_only:
        return []
    order = {g.id: g.position for g in meeting.groups}
    turn = meeting.open_turn
    out = []
    for p in sorted(meeting.participants,
                    key=lambda p: (order.get(p.group_id, 1 << 30), p.position, p.id)):
        pb = bal.person(p.id)
        if pb is None or not p.counted or p.apologies or not (
                is_present_at(p, now_ms) or pb.floor_ms > 0):
            continue
        g = meeting.group(p.group_id)
        out.append({"name": p.public_name, "group": g.name if g else "",
                    "share": _ratio(pb.share), "fair_share": _ratio(pb.fair_share),
                    "speaking": turn is not None and turn.participant_id == p.id})
    return out


def _round(snap: Snapshot, now_ms: int) -> dict[str, Any] | None:
    meeting, answers = snap.meeting, snap.answers
    found = open_round(meeting)
    if found is None:
        return None
    decision, rnd = found
    eligible = rules.eligible_ids(meeting, decision, now_ms)
    return {
        "id": rnd.id, "number": rnd.number, "proposal": rnd.proposal,
        "method": decision.method, "method_label": rules.method_label(decision.method),
        "options": [{"key": o.key, "label": o.label, "meaning": o.meaning,
                     "weight": str(o.weight), "reason_required": o.reason_required}
                    for o in rules.options(decision.method, snap.meanings)],
        # who may answer and how many have: never what anyone answered
        "answered": len([pid for pid in answers if pid in eligible]),
        "of": len(eligible),
    }


def room_state(snap: Snapshot, now_ms: int) -> dict[str, Any]:
    """What the room link shows (and every personal link shows too)."""
    meeting = snap.meeting
    bal = compute_balance(meeting, now_ms)
    return {
        "version": snap.version,
        "at_ms": now_ms,
        "meeting": {"title": meeting.title, "status": str(meeting.status),
                    "groups_only": meeting.groups_only},
        "item": _item(meeting, now_ms),
        "floor": _floor(meeting, now_ms),
        "queue": [{"who": _who(meeting, meeting.participant(h.participant_id)),
                   "kind": str(h.kind)} for h in meeting_queue(meeting, now_ms)],
        "balance": {"index": _ratio(bal.index), "in_words": verdict_in_words(bal),
                    "spoken": bal.total_floor_ms > 0},
        "groups": _groups(meeting, bal),
        "people": _people(meeting, bal, now_ms),
        "round": _round(snap, now_ms),
    }


def personal_state(snap: Snapshot, participant_id: int, now_ms: int) -> dict[str, Any]:
    """The room's state and, under ``me``, what only this person sees: their own time
    and share, their hand and its place in the queue, and their own stance."""
    meeting = snap.meeting
    state = room_state(snap, now_ms)
    p = meeting.participant(participant_id)
    bal = compute_balance(meeting, now_ms)
    pb = bal.person(participant_id)
    g = meeting.group(p.group_id) if p else None
    queue = meeting_queue(meeting, now_ms)
    place = next((n for n, h in enumerate(queue, 1) if h.participant_id == participant_id), None)
    hand = next((h for h in queue if h.participant_id == participant_id), None)
    mine = snap.answers.get(participant_id) if state["round"] is not None else None
    eligible = False
    found = open_round(meeting)
    if found is not None:
        eligible = participant_id in rules.eligible_ids(meeting, found[0], now_ms)
    state["me"] = {
        # in a groups-only meeting not even one's own name is sent: a phone is seen by others
        "name": "" if meeting.groups_only else (p.public_name if p else ""),
        "group": g.name if g else "",
        "counted": bool(p and p.counted),
        "floor_s": round(pb.floor_ms / 1000) if pb else 0,
        "share": _ratio(pb.share) if pb else 0.0,
        "fair_share": _ratio(pb.fair_share) if pb else 0.0,
        "speaking": state["floor"] is not None and meeting.open_turn is not None
        and meeting.open_turn.participant_id == participant_id,
        "hand": {"up": hand is not None, "kind": str(hand.kind) if hand else None,
                 "place": place},
        "may_answer": eligible,
        "stance": {"option": mine.option, "reason": mine.reason} if mine else None,
    }
    return state
