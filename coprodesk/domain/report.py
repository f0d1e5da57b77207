"""The meeting report: one structure for `report --json`, the text table, the
screen and the minutes, computed by the domain from one meeting's values."""

from __future__ import annotations

from typing import Any

from coprodesk.domain import decisions as rules
from coprodesk.domain.attendance import attendance_mode_of
from coprodesk.domain.balance import compute_balance, meeting_queue, verdict_in_words
from coprodesk.domain.clock import iso_utc
from coprodesk.domain.model import Decision, Meeting


def decision_report(meeting: Meeting, decision: Decision, now_ms: int) -> dict[str, Any]:
    names = {p.id: p.name for p in meeting.participants}
    group_name = {g.id: g.name for g in meeting.groups}
    group_of = {p.id: p.group_id for p in meeting.participants}
    eligible = rules.eligible_ids(meeting, decision, now_ms)
    verdict = rules.joint_verdict(decision, meeting.participants, meeting.groups, eligible)
    endorsements = rules.group_endorsements(decision, meeting.participants, meeting.groups,
                                            eligible)
    item = meeting.item(decision.item_id)
    rounds = []
    for rnd in decision.rounds:
        rounds.append({
            "number": rnd.number,
            "proposal": rnd.proposal,
            "stances": [
                {"name": names.get(s.participant_id, "?"),
                 "group": group_name.get(group_of.get(s.participant_id, -1), ""),
                 "option": s.option if s.option is not None else "not given",
                 "reason": s.reason,
                 "counted": s.participant_id in eligible,
                 "from_device": s.from_device}
                for s in rnd.stances],
        })
    return {
        "id": decision.id,
        "item": item.title if item else None,
        "proposal": decision.proposal,
        "method": decision.method,
        "threshold": decision.threshold if decision.method == "majority" else None,
        "outcome": str(verdict.outcome),
        "computed_outcome": str(verdict.computed),
        "override": ({"outcome": decision.override_outcome, "reason": decision.override_reason}
                     if decision.override_outcome else None),
        "joint": verdict.joint,
        "not_endorsed_by": [name for name, _reason in verdict.not_endorsed],
        "not_endorsed_reasons": [{"group": name, "reason": str(reason)}
                                 for name, reason in verdict.not_endorsed],
        "groups": [
            {"name": e.group_name, "endorses": e.endorses,
             "reason": str(e.reason) if e.reason else None,
             "supports": e.supports, "neutral": e.neutral, "opposes": e.opposes,
             "blocks": e.blocks, "not_given": e.not_given}
            for e in endorsements],
        "in_words": rules.plain_verdict(verdict),
        "statement": decision.statement,
        "dissent": decision.dissent,
        "rounds": rounds,
    }


def build_report(meeting: Meeting, now_ms: int, item_position: int | None = None
                 ) -> dict[str, Any]:
    """Everything `report --json` prints; ``item_position`` (1-based) narrows to one item."""
    item_id = None
    if item_position is not None:
        if not 1 <= item_position <= len(meeting.items):
            raise ValueError(
                f"item {item_position} does not exist; the meeting has {len(meeting.items)} items")
        item_id = meeting.items[item_position - 1].id
    bal = compute_balance(meeting, now_ms, item_id)
    names = {p.id: p.name for p in meeting.participants}
    group_name = {g.id: g.name for g in meeting.groups}
    people = []
    for p in meeting.participants:
        pb = bal.person(p.id)
        people.append({
            "id": p.id, "name": p.name, "group": group_name.get(p.group_id, ""),
            "role": str(p.role), "counted": p.counted,
            "floor_s": round(pb.floor_ms / 1000, 3), "turns": pb.turns,
            "share": round(pb.share, 6), "fair_share": round(pb.fair_share, 6),
            "present_s": round(pb.present_ms / 1000, 3),
            "attendance_mode": attendance_mode_of(p, bal.window),
            # the same person across meetings (an explicit link, never the name)
            "person_uid": p.person_uid, "apologies": p.apologies,
        })
    groups = [{
        "name": group_name[g.group_id],
        "label": next(x.label for x in meeting.groups if x.id == g.group_id),
        "members": g.members, "floor_s": round(g.floor_ms / 1000, 3),
        "share": round(g.share, 6), "fair_share": round(g.fair_share, 6),
    } for g in bal.groups]
    modes = [{
        "mode": str(m.mode), "members": m.members, "present_s": round(m.present_ms / 1000, 3),
        "floor_s": round(m.floor_ms / 1000, 3), "share": round(m.share, 6),
        "fair_share": round(m.fair_share, 6),
    } for m in bal.modes]
    items_scope = meeting.items if item_id is None else [meeting.item(item_id)]
    item_floor: dict[int | None, int] = {}
    counted = {p.id for p in meeting.participants if p.counted}
    for t in meeting.turns:
        if t.participant_id in counted:
            item_floor[t.item_id] = item_floor.get(t.item_id, 0) + t.duration_ms(now_ms)
    items = [{
        "position": meeting.items.index(i) + 1, "title": i.title, "kind": str(i.kind),
        "planned_s": i.planned_s, "actual_s": i.actual_s,
        "floor_s": round(item_floor.get(i.id, 0) / 1000, 3),
        "started": iso_utc(i.started_ms), "ended": iso_utc(i.ended_ms),
    } for i in items_scope]
    decisions = [decision_report(meeting, d, now_ms) for d in meeting.decisions
                 if item_id is None or d.item_id == item_id]
    actions = [{
        "what": a.what, "who": [names.get(o, "?") for o in a.owner_ids], "due": a.due,
        "done": a.done,
        "decision": next((d.proposal for d in meeting.decisions if d.id == a.decision_id), None),
    } for a in meeting.actions]
    return {
        "meeting": {"id": meeting.id, "uid": meeting.uid, "title": meeting.title,
                    "date": meeting.date, "status": str(meeting.status),
                    "series": meeting.series, "started": iso_utc(meeting.started_ms),
                    "ended": iso_utc(meeting.ended_ms)},
        "item": items[0]["title"] if item_id is not None else None,
        "total_floor_s": round(bal.total_floor_ms / 1000, 3),
        "balance_index": round(bal.index, 6),
        # the words the run view and participant screen say: "too early to tell" until
        # there is enough speech to judge (domain.balance.enough_to_judge)
        "balance_in_words": verdict_in_words(bal),
        "participants": people,
        "groups": groups,
        # in the room and online, weighed like groups (a hybrid meeting: someone online)
        "modes": modes,
        "hybrid": bal.hybrid,
        "quiet_voices": [names[i] for i in bal.quiet_ids],
        "dominant_voices": [names[i] for i in bal.dominant_ids],
        # the same people by id: two people may share a name, and only one may be printed
        "quiet_voice_ids": list(bal.quiet_ids),
        "dominant_voice_ids": list(bal.dominant_ids),
        "items": items,
        # raised hands in the order they get the floor (the meeting's policy, jumps included)
        "queue": [{"id": h.participant_id, "name": names.get(h.participant_id, "?"),
                   "kind": str(h.kind), "raised": iso_utc(h.raised_ms)}
                  for h in meeting_queue(meeting, now_ms)],
        "decisions": decisions,
        "actions": actions,
    }


def format_duration(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    seconds = round(seconds)
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def online_line(report: dict[str, Any]) -> str | None:
    """"online: 18 % of the floor, fair share 33 % (3 people)" in a hybrid meeting, else None."""
    if not report.get("hybrid"):
        return None
    online = next(m for m in report["modes"] if m["mode"] == "online")
    people = "1 person" if online["members"] == 1 else f"{online['members']} people"
    return (f"online: {online['share'] * 100:.0f} % of the floor, fair share "
            f"{online['fair_share'] * 100:.0f} % ({people})")


def format_report(report: dict[str, Any]) -> str:
    """A readable plain-text table of the report."""
    m = report["meeting"]
    lines = [f"{m['title']}  ({m['date'] or 'no date'}, {m['status']})"]
    if report["item"]:
        lines.append(f"Item: {report['item']}")
    lines.append(
        f"Floor time {format_duration(report['total_floor_s'])}; balance index "
        f"{report['balance_index']:.3f} ({report['balance_in_words']})")
    lines.append("")
    width = max([len(p["name"]) for p in report["participants"]] + [11])
    gwidth = max([len(p["group"]) for p in report["participants"]] + [5])
    lines.append(f"{'Participant':<{width}}  {'Group':<{gwidth}}  {'Role':<11}  {'Floor':>8}"
                 f"  {'Turns':>5}  {'Share':>6}  {'Fair':>6}")
    for p in report["participants"]:
        share = f"{p['share']:.1%}" if p["counted"] else "–"
        fair = f"{p['fair_share']:.1%}" if p["counted"] else "–"
        lines.append(f"{p['name']:<{width}}  {p['group']:<{gwidth}}  {p['role']:<11}  "
                     f"{format_duration(p['floor_s']):>8}  {p['turns']:>5}  {share:>6}  {fair:>6}")
    lines.append("")
    lines.append(f"{'Group':<{gwidth}}  {'Members':>7}  {'Floor':>8}  {'Share':>6}  {'Fair':>6}")
    for g in report["groups"]:
        lines.append(f"{g['name']:<{gwidth}}  {g['members']:>7}  "
                     f"{format_duration(g['floor_s']):>8}  {g['share']:>6.1%}  "
                     f"{g['fair_share']:>6.1%}")
    online = online_line(report)
    if online:
        lines.append(f"\n{online[0].upper()}{online[1:]}")
    if report["quiet_voices"]:
        lines.append(f"\nQuiet voices: {', '.join(report['quiet_voices'])}")
    if report["dominant_voices"]:
        lines.append(f"Dominant voices: {', '.join(report['dominant_voices'])}")
    if report["items"]:
        lines.append("")
        lines.append(f"{'#':>2}  {'Agenda item':<44}  {'Planned':>8}  {'Actual':>8}  {'Floor':>8}")
        for i in report["items"]:
            lines.append(f"{i['position']:>2}  {i['title'][:44]:<44}  "
                         f"{format_duration(i['planned_s']):>8}  "
                         f"{format_duration(i['actual_s']):>8}  {format_duration(i['floor_s']):>8}")
    for n, d in enumerate(report["decisions"], 1):
        lines.append("")
        lines.append(f"Decision {n}: {d['proposal']}")
        lines.append(f"  {d['method']}: {d['in_words']}")
    if report["actions"]:
        lines.append("")
        lines.append("Actions:")
        for a in report["actions"]:
            mark = "done" if a["done"] else "open"
            lines.append(f"  [{mark}] {a['what']} — {', '.join(a['who']) or 'nobody yet'}"
                         f"{', by ' + a['due'] if a['due'] else ''}")
    return "\n".join(lines)
