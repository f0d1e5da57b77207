"""Involvement over time: a series' figures, built from each meeting's own report
so that the series view and the single-meeting reports can never disagree."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from coprodesk.domain.balance import compute_balance
from coprodesk.domain.model import ActionUpdate, Meeting
from coprodesk.domain.report import build_report
from coprodesk.domain.series import carried_actions, first_time_people


def build_series_report(name: str, meetings: Sequence[Meeting], updates: Sequence[ActionUpdate],
                        now_ms: int) -> dict[str, Any]:
    per_meeting: list[dict[str, Any]] = []
    people: dict[str, dict[str, Any]] = {}
    for n, m in enumerate(meetings):
        report = build_report(m, now_ms)
        bal = compute_balance(m, now_ms)
        group_name = {g.id: g.name for g in m.groups}
        present = [p for p in m.participants
                   if p.counted and not p.apologies and bal.person(p.id).present_ms > 0]
        attendance = {g.name: 0 for g in m.groups}
        for p in present:
            attendance[group_name[p.group_id]] += 1
        first = first_time_people(meetings, m.id) if n > 0 else ()
        carried = carried_actions(meetings, updates, m.id)
        per_meeting.append({
            "id": m.id, "title": m.title, "date": m.date, "status": str(m.status),
            "attendance": attendance,
            "attendance_total": len(present),
            "first_time": [m.participant(pid).public_name for pid in first],
            "groups": [{"name": g["name"], "share": g["share"], "fair_share": g["fair_share"]}
                       for g in report["groups"]],
            "balance_index": report["balance_index"],
            "total_floor_s": report["total_floor_s"],
            "decisions": len(report["decisions"]),
            "joint_decisions": sum(1 for d in report["decisions"] if d["joint"]),
            "carried_actions": len(carried),
            "carried_actions_closed": sum(1 for c in carried if c.closed_here),
        })
        shares = {p["id"]: p for p in report["participants"]}
        for p in m.participants:
            if not p.named_in_minutes or not p.counted:
                continue
            entry = people.setdefault(p.person_uid, {
                "name": p.name, "group": group_name[p.group_id], "meetings_attended": 0,
                "first": None, "latest": None, "shares": [None] * len(meetings),
                "fair_shares": [None] * len(meetings)})
            if p in present:
                entry["meetings_attended"] += 1
                entry["first"] = entry["first"] or m.date
                entry["latest"] = m.date
                entry["shares"][n] = shares[p.id]["share"]
                entry["fair_shares"][n] = shares[p.id]["fair_share"]
    return {
        "series": name,
        "meetings": per_meeting,
        "people": sorted(people.values(), key=lambda e: e["name"].lower()),
    }


def format_series_report(report: dict[str, Any]) -> str:
    lines = [f"Series: {report['series']}", ""]
    lines.append(f"{'Date':<10}  {'Meeting':<36}  {'Present':>7}  {'New':>3}  {'Balance':>7}"
                 f"  {'Joint':>7}  {'Actions closed':>14}")
    for m in report["meetings"]:
        lines.append(
            f"{m['date']:<10}  {m['title'][:36]:<36}  {m['attendance_total']:>7}  "
            f"{len(m['first_time']):>3}  {m['balance_index']:>7.3f}  "
            f"{m['joint_decisions']:>3}/{m['decisions']:<3}  "
            f"{m['carried_actions_closed']:>6}/{m['carried_actions']:<7}")
    lines.append("")
    lines.append(f"{'Person':<24}  {'Meetings':>8}  {'First':<10}  {'Latest':<10}  Share trend")
    for p in report["people"]:
        trend = " ".join("–" if s is None else f"{s:.0%}" for s in p["shares"])
        lines.append(f"{p['name'][:24]:<24}  {p['meetings_attended']:>8}  {p['first'] or '–':<10}  "
                     f"{p['latest'] or '–':<10}  {trend}")
    return "\n".join(lines)
