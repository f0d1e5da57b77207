"""People are matched by id, never by name: when two people share a name and one of them
asked not to be named, that person's real name is printed nowhere.

The check is an invariance: the minutes, the series report and its PDF come out exactly
the same whether the person who is not named is really called "Sam Jones" (like the
named co-chair) or something else entirely; and their pseudonym is where they are.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

from pypdf import PdfReader

from coprodesk.domain.model import MeetingStatus, Role, Turn
from coprodesk.domain.series_report import build_series_report
from coprodesk.minutes.document import build_minutes
from coprodesk.minutes.export import minutes_input
from coprodesk.minutes.series_pdf import involvement_pdf, series_groups
from coprodesk.store import floor as floor_store
from coprodesk.store import meetings as repo
from coprodesk.store.connection import open_store
from coprodesk.store.series import action_updates, series_meetings

SERIES = "Same names"
START = 1_780_000_000_000
NOW = START + 40 * 86_400_000
PSEUDONYM = "Robin"


def text_of(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


def meeting(store, title: str, date: str, start: int, hidden_name: str,
            uids: dict[str, str] | None = None) -> tuple[int, dict[str, int]]:
    """A closed meeting where the person who is not named is added first (so a lookup by
    name would find them when it meant the named co-chair, and print them as "Sam Jones")."""
    mid = repo.create_meeting(store, title, date=date, series=SERIES)
    g = [x.id for x in repo.load_meeting(store, mid).groups]
    uids = uids or {}
    people = (("hidden", hidden_name, g[0], Role.PARTICIPANT, False),
              ("named", "Sam Jones", g[1], Role.CO_CHAIR, True),
              ("dom", "Dominic Hart", g[2], Role.FACILITATOR, True),
              ("carla", "Carla Diaz", g[3], Role.PARTICIPANT, True))
    ids = {key: repo.add_participant(store, mid, name, group, role, named_in_minutes=named,
                                     pseudonym="" if named else PSEUDONYM,
                                     person_uid=uids.get(key, ""))
           for key, name, group, role, named in people}
    item = repo.add_item(store, mid, "Discussion", 3600)
    t, turns = start, []
    for key, seconds in (("dom", 900), ("hidden", 20), ("carla", 600), ("named", 30),
                         ("dom", 300), ("hidden", 15)):
        turns.append(Turn(ids[key], t, t + seconds * 1000, item))
        t += seconds * 1000 + 1000
    floor_store.insert_turns(store, mid, turns)
    repo.update_item(store, item, started_ms=start, ended_ms=t)
    d = repo.add_decision(
        store, mid, "consensus", "Open the crisis cafe on Sundays", item_id=item,
        stances={ids["hidden"]: ("block", "Sundays are when I visit my son."),
                 ids["named"]: ("support", "Weekends are the hardest."),
                 ids["dom"]: ("support", ""), ids["carla"]: ("stand-aside", "")})
    repo.add_action(store, mid, "Ask the volunteers about Sundays", [ids["hidden"], ids["named"]],
                    decision_id=d, raised_by_id=ids["hidden"])
    repo.update_meeting(store, mid, status=MeetingStatus.CLOSED, started_ms=start, ended_ms=t)
    return mid, ids


def series_in(db: Path, hidden_name: str) -> tuple:
    """Two meetings of one series, the same four people linked by their person uid."""
    store = open_store(db)
    first, ids = meeting(store, "Sunday opening", "2026-06-01", START, hidden_name)
    uids = {key: p.person_uid for key, pid in ids.items()
            for p in repo.load_meeting(store, first).participants if p.id == pid}
    second, _ = meeting(store, "Sunday opening: follow-up", "2026-07-01", START + 30 * 86_400_000,
                        hidden_name, uids)
    return store, first, second


def printed(db: Path, hidden_name: str) -> dict[str, str]:
    """Everything printed about the series: both minutes, the series report and its PDF."""
    store, first, second = series_in(db, hidden_name)
    try:
        out = {f"minutes {mid}": text_of(build_minutes(minutes_input(store, mid, NOW)).pdf)
               for mid in (first, second)}
        meetings = series_meetings(store, SERIES)
        report = build_series_report(SERIES, meetings,
                                     action_updates(store, [m.id for m in meetings]), NOW)
        out["series report"] = json.dumps(report, sort_keys=True)
        out["series pdf"] = text_of(involvement_pdf(report, series_groups(meetings)))
        return out
    finally:
        store.close()


def test_a_person_who_shares_a_name_is_printed_by_their_pseudonym_everywhere(tmp_path):
    same = printed(tmp_path / "same.db", "Sam Jones")
    other = printed(tmp_path / "other.db", "Xavier Quill")
    assert "Xavier" not in " ".join(other.values())  # the real name of who is not named
    for what, text in same.items():
        assert text == other[what], f"{what} depends on the real name of who is not named"


def who_said(text: str, reason: str) -> str:
    """Whose name stands nearest before a stance's reason."""
    before = text[:text.index(reason)]
    return max((PSEUDONYM, "Sam Jones"), key=before.rfind)


def test_the_minutes_show_each_of_the_two_where_they_are(tmp_path):
    store, first, _second = series_in(tmp_path / "m.db", "Sam Jones")
    try:
        built = build_minutes(minutes_input(store, first, NOW))
    finally:
        store.close()
    text = text_of(built.pdf)
    by_person = text[text.index("By person"):text.index("Sign-off")]
    assert by_person.count(PSEUDONYM) >= 2  # a bar, and the quiet voices
    assert by_person.count("Sam Jones") >= 2
    quiet = text[text.index("Quiet voices"):]
    assert PSEUDONYM in quiet[:120] and "Sam Jones" in quiet[:120]
    assert who_said(text, "Sundays are when I visit my son.") == PSEUDONYM
    assert who_said(text, "Weekends are the hardest.") == "Sam Jones"
    assert f"{PSEUDONYM}, Sam Jones" in text  # the action's owners


def test_the_series_report_lists_only_the_named_one(tmp_path):
    store, *_ = series_in(tmp_path / "m.db", "Sam Jones")
    try:
        meetings = series_meetings(store, SERIES)
        report = build_series_report(SERIES, meetings, [], NOW)
    finally:
        store.close()
    assert [p["name"] for p in report["people"]] == ["Carla Diaz", "Dominic Hart", "Sam Jones"]
    assert [p["group"] for p in report["people"] if p["name"] == "Sam Jones"] == \
        ["Carer / family"]  # the co-chair's own group, not the other Sam's
