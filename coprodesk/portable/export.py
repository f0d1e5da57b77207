"""A meeting as a portable JSON document.

Rows are referred to by keys made from their order in the file (``G1``, ``P3``,
``I2``, ``D1``, ``A4``), not by database ids, so that export → import → export
gives the same bytes. Derived figures (outcome, joint) are included for
readers under ``derived`` and are never trusted on import.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from coprodesk.domain import decisions as rules
from coprodesk.domain.clock import iso_utc
from coprodesk.fileio import atomic_write_text
from coprodesk.portable import FORMAT_NAME, FORMAT_VERSION, PortableError
from coprodesk.store.connection import Store
from coprodesk.store.whole import WholeMeeting, read_whole_meeting


def _seconds(ms: int | None) -> float | None:
    return None if ms is None else ms / 1000


def meeting_to_dict(store: Store, meeting_id: int) -> dict[str, Any]:
    """Everything the database holds about one meeting, in the portable format."""
    return _document(read_whole_meeting(store, meeting_id))


def _document(whole: WholeMeeting) -> dict[str, Any]:
    m = whole.meeting
    gkey = {g.id: f"G{n}" for n, g in enumerate(m.groups, 1)}
    pkey = {p.id: f"P{n}" for n, p in enumerate(m.participants, 1)}
    ikey = {i.id: f"I{n}" for n, i in enumerate(m.items, 1)}
    dkey = {d.id: f"D{n}" for n, d in enumerate(m.decisions, 1)}
    decisions = []
    now_ms = m.ended_ms or m.started_ms or 0  # derived figures must not depend on the clock
    for d in m.decisions:
        verdict = rules.joint_verdict(d, m.participants, m.groups, rules.eligible_ids(m, d, now_ms))
        decisions.append({
            "key": dkey[d.id], "item": ikey.get(d.item_id), "method": d.method,
            "threshold": d.threshold, "deferred": d.deferred,
            "override": ({"outcome": d.override_outcome, "reason": d.override_reason}
                         if d.override_outcome else None),
            "statement": d.statement, "dissent": d.dissent, "plain_words": d.plain_words,
            "rounds": [{"number": r.number, "proposal": r.proposal,
                        "stances": [{"person": pkey[s.participant_id], "option": s.option,
                                     "reason": s.reason, "from_device": s.from_device}
                                    for s in r.stances if s.participant_id in pkey]}
                       for r in d.rounds],
            "derived": {"outcome": str(verdict.outcome), "joint": verdict.joint,
                        "not_endorsed_by": [name for name, _why in verdict.not_endorsed]},
        })
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "meeting": {
            "uid": m.uid, "title": m.title, "purpose": m.purpose, "date": m.date,
            "start_time": m.start_time, "end_time": m.end_time, "place": m.place,
            "ground_rules": m.ground_rules, "status": str(m.status), "series": m.series,
            "turn_soft_limit_s": m.turn_soft_limit_s, "groups_only": m.groups_only,
            "queue_policy": str(m.queue_policy), "stance_meanings": dict(whole.meanings),
            "created": iso_utc(whole.created_ms), "started": iso_utc(m.started_ms),
            "ended": iso_utc(m.ended_ms),
        },
        "groups": [{"key": gkey[g.id], "name": g.name, "label": g.label, "colour": g.colour}
                   for g in m.groups],
        "people": [{
            "key": pkey[p.id], "name": p.name, "group": gkey[p.group_id], "role": str(p.role),
            "named_in_minutes": p.named_in_minutes, "pseudonym": p.pseudonym,
            "access_needs": p.access_needs, "apologies": p.apologies,
            "person_uid": p.person_uid, "attendance": str(p.attendance),
            "presence": [{"start": iso_utc(pr.start_ms), "end": iso_utc(pr.end_ms),
                          "mode": str(pr.mode)} for pr in p.presence],
        } for p in m.participants],
        "agenda": [{
            "key": ikey[i.id], "title": i.title, "kind": str(i.kind), "planned_s": i.planned_s,
            "leads": [pkey[x] for x in i.lead_ids if x in pkey],
            "started": iso_utc(i.started_ms), "ended": iso_utc(i.ended_ms),
            "actual_s": i.actual_s, "notes": i.notes,
        } for i in m.items],
        "turns": [{"person": pkey[t.participant_id], "item": ikey.get(t.item_id),
                   "start": iso_utc(t.start_ms), "end": iso_utc(t.end_ms),
                   "duration_s": _seconds(t.end_ms - t.start_ms) if t.end_ms is not None
                   else None}
                  for t in sorted(m.turns, key=lambda t: (t.start_ms, t.end_ms or 0))],
        "hands": [{"person": pkey[h.participant_id], "raised": iso_utc(h.raised_ms),
                   "kind": str(h.kind)} for h in m.hands],
        "decisions": decisions,
        "actions": [{
            "key": f"A{n}",
            "what": a.what, "owners": [pkey[o] for o in a.owner_ids if o in pkey],
            "due": a.due, "decision": dkey.get(a.decision_id), "item": ikey.get(a.item_id),
            "done": a.done, "raised_by": pkey.get(a.raised_by_id), "plain_words": a.plain_words,
        } for n, a in enumerate(m.actions, 1)],
        "action_updates": [{"meeting_uid": u.meeting_uid, "action": f"A{u.action_number}",
                            "status": u.status, "note": u.note, "recorded": iso_utc(u.recorded_ms)}
                           for u in whole.updates],
        "signatures": [{"field": s.field, "signer": s.signer, "signed": iso_utc(s.signed_ms),
                        "sha256": s.sha256} for s in whole.signatures],
        "amendments": [{"recorded": iso_utc(t), "reason": reason}
                       for t, reason in whole.amendments],
    }


def write_meeting_json(store: Store, meeting_id: int, path: Path) -> None:
    """Write the meeting to ``path`` atomically (UTF-8, sorted for stable diffs)."""
    text = json.dumps(meeting_to_dict(store, meeting_id), indent=2, ensure_ascii=False)
    try:
        atomic_write_text(Path(path), text + "\n")
    except OSError as exc:
        raise PortableError(f"cannot write {path}: {exc.strerror or exc}") from exc
