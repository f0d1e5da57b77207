"""The list of meetings, as the library shows it: one line per meeting, without loading it.

Apart from ``meetings`` (which re-exports it) because it is the window's first screen: it
needs the statuses and one query, not the meeting values or the row mappings.
"""

from __future__ import annotations

from dataclasses import dataclass

from coprodesk.domain.vocabulary import MeetingStatus
from coprodesk.store.connection import Store


@dataclass(frozen=True, slots=True)
class MeetingSummary:
    """One line of the library: enough to list a meeting without loading it."""

    id: int
    uid: str
    date: str
    title: str
    status: MeetingStatus
    people: int
    decisions: int
    series: str = ""


def list_meetings(store: Store) -> list[MeetingSummary]:
    sql = """
        SELECT m.id, m.uid, m.date, m.title, m.status, m.series,
          (SELECT COUNT(*) FROM participants p WHERE p.meeting_id = m.id) AS people,
          (SELECT COUNT(*) FROM decisions d WHERE d.meeting_id = m.id) AS decisions
        FROM meetings m ORDER BY m.date, m.id"""
    with store.reading() as conn:
        rows = conn.execute(sql).fetchall()
    return [MeetingSummary(r[0], r[1], r[2], r[3], MeetingStatus(r[4]), r[6], r[7], r[5])
            for r in rows]
