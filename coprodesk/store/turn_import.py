"""Writing imported speaker turns into a meeting, all or nothing."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime

from coprodesk.domain.limits import TIME_MAX_MS
from coprodesk.domain.model import ImportedTurn, MeetingStatus, Role, Turn
from coprodesk.domain.vocabulary import UNASSIGNED_GROUP
from coprodesk.store import meetings as repo
from coprodesk.store.connection import Store
from coprodesk.store.errors import StoreError
from coprodesk.store.floor import insert_turns


def import_into_meeting(store: Store, turns: Sequence[ImportedTurn], *,
                        meeting_ref: str | None = None, title: str | None = None,
                        group_map: Mapping[str, str] | None = None,
                        now_ms: int) -> tuple[int, int, int]:
    """Import ``turns`` (ms from the meeting's start) in one transaction.

    Speakers are matched to participants by exact name; unknown ones become
    participants in the group ``group_map`` names, else "Unassigned". ``turns`` is sorted
    and disjoint (a floor); it is read once, in a stream, so a million turns stay cheap.
    Returns (meeting id, turns imported, participants created).
    """
    group_map = group_map or {}
    with store.write():
        if meeting_ref is not None:
            meeting_id = repo.find_meeting(store, meeting_ref)
        else:
            date = datetime.fromtimestamp(now_ms / 1000, tz=UTC).date().isoformat()
            meeting_id = repo.create_meeting(store, title or "Imported meeting", now_ms=now_ms,
                                             date=date)
        meeting = repo.load_meeting(store, meeting_id)
        base = meeting.started_ms if meeting.started_ms is not None else (now_ms // 1000) * 1000
        last_end = turns[-1].end_ms if turns else 0
        if base + last_end >= TIME_MAX_MS:
            raise StoreError(store.path, "the turns would end after the year 9998")
        if turns and meeting.turns:
            first, last = base + turns[0].start_ms, base + last_end
            clash = [t for t in meeting.turns
                     if t.start_ms < last and (t.end_ms or t.start_ms) > first]
            if clash:
                raise StoreError(store.path, "the meeting already has turns at these times; "
                                             "import into a new meeting with --title")
        by_name = {p.name: p.id for p in meeting.participants}
        names = [p.name for p in meeting.participants]
        twice = {n for n in names if names.count(n) > 1}  # by name, one of them would be wrong
        groups = {g.name.lower(): g.id for g in meeting.groups}
        created = 0
        speakers = getattr(turns, "speakers", None)
        for speaker in speakers() if speakers else dict.fromkeys(t.speaker for t in turns):
            if speaker in twice:
                raise StoreError(store.path, f"two people in the meeting are called {speaker!r}; "
                                             "rename one (in the meeting and in the file) so "
                                             "that their turns go to the right person")
            if speaker in by_name:
                continue
            group_name = group_map.get(speaker, UNASSIGNED_GROUP[0])
            gid = groups.get(group_name.lower())
            if gid is None:
                label = UNASSIGNED_GROUP[1] if group_name == UNASSIGNED_GROUP[0] else ""
                gid = repo.add_group(store, meeting_id, group_name, label)
                groups[group_name.lower()] = gid
            by_name[speaker] = repo.add_participant(store, meeting_id, speaker, gid,
                                                    Role.PARTICIPANT)
            created += 1
        count = insert_turns(store, meeting_id, (
            Turn(by_name[t.speaker], base + t.start_ms, base + t.end_ms, None) for t in turns))
        if meeting.started_ms is None:
            end = base + last_end
            repo.update_meeting(store, meeting_id, started_ms=base, ended_ms=end,
                                status=MeetingStatus.CLOSED)
    return meeting_id, count, created
