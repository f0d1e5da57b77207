"""`import-turns FILE.vtt` matches the transcript's names to the meeting's people before it
writes anything: exact, loose, stripped, `--map`; two devices of one person merge; names
matching nobody refuse the import (exit 2, listed) unless `--add-unmatched[=GROUP]`."""

from __future__ import annotations

import json

from coprodesk.domain.model import Role
from coprodesk.store import meetings as repo
from coprodesk.store.connection import open_store
from tests.cli_run import run
from tests.importers.transcript_files import write, zoom_vtt

CUES = [(0, 4000, "maria.ortega", "Hello."),
        (3000, 9000, "Maria Ortega (iPhone)", "Can you hear me now?"),  # same person, phone
        (9200, 12000, "JO SMITH", "Yes."),
        (12000, 15000, "Kwame Mensah | Carers Trust", "Hi all."),
        (15000, 16000, "Mum's iPad", "Me too.")]


def planned_meeting(tmp_path) -> str:
    db = tmp_path / "m.db"
    store = open_store(db)
    mid = repo.create_meeting(store, "Carers forum", now_ms=1_780_000_000_000)
    groups = {g.name: g.id for g in repo.load_meeting(store, mid).groups}
    for name, group in (("María Ortega", "Carer / family"), ("Jo Smith", "Practitioner"),
                        ("Amir Haddad", "Lived experience")):
        repo.add_participant(store, mid, name, groups[group], Role.PARTICIPANT)
    store.close()
    return str(db)


def report(capsys, db: str) -> dict:
    code, out, err = run(capsys, "--db", db, "report", "Carers forum", "--json")
    assert code == 0, err
    return json.loads(out)


def test_unmatched_names_refuse_the_import_and_are_listed(tmp_path, capsys):
    db = planned_meeting(tmp_path)
    path = write(tmp_path / "forum.vtt", zoom_vtt(CUES))
    code, out, err = run(capsys, "--db", db, "import-turns", path, "--meeting", "Carers forum")
    assert code == 2 and out == ""
    assert err == ("coprodesk: error: 2 names in the transcript match nobody in meeting 1 "
                   "(Carers forum): 'Kwame Mensah | Carers Trust'; \"Mum's iPad\"; give each a "
                   "person with --map \"Transcript name=Person\", or add them with "
                   "--add-unmatched[=GROUP]; nothing was imported\n")
    meeting = report(capsys, db)
    assert meeting["total_floor_s"] == 0 and len(meeting["participants"]) == 3


def test_mapped_and_matched_names_import_with_two_devices_merged(tmp_path, capsys):
    db = planned_meeting(tmp_path)
    path = write(tmp_path / "forum.vtt", zoom_vtt(CUES))
    code, out, err = run(capsys, "--db", db, "import-turns", path, "--meeting", "1",
                         "--map", "Mum's iPad=María Ortega", "--add-unmatched=Carer / family")
    assert code == 0, err
    assert out.splitlines()[:6] == [
        "Imported 4 turns into meeting 1 (1 new participants).",
        "Matched by more than the exact name:",
        "  'maria.ortega' is María Ortega (pronouns or suffix left out; one of 3 devices, merged)",
        "  'Maria Ortega (iPhone)' is María Ortega (pronouns or suffix left out; one of 3 "
        "devices, merged)",
        "  'JO SMITH' is Jo Smith (case or accents differ)",
        "  \"Mum's iPad\" is María Ortega (--map; one of 3 devices, merged)"]
    people = {p["name"]: p for p in report(capsys, db)["participants"]}
    # the laptop's 0-4 s and the phone's 3-9 s are one person's speech: 9.2 s with the
    # short silence, one turn; the iPad's second once Kwame stops
    assert people["María Ortega"]["floor_s"] == 10.2
    assert people["María Ortega"]["turns"] == 2
    assert people["Jo Smith"]["floor_s"] == 2.8
    assert people["Kwame Mensah | Carers Trust"]["group"] == "Carer / family"
    assert people["Amir Haddad"]["floor_s"] == 0


def test_a_map_naming_someone_not_speaking_or_not_in_the_meeting_is_refused(tmp_path, capsys):
    db = planned_meeting(tmp_path)
    path = write(tmp_path / "forum.vtt", zoom_vtt(CUES))
    code, _, err = run(capsys, "--db", db, "import-turns", path, "--meeting", "1",
                       "--map", "Nobody=Jo Smith")
    assert code == 2 and "--map names 'Nobody', who does not speak in forum.vtt" in err
    code, _, err = run(capsys, "--db", db, "import-turns", path, "--meeting", "1",
                       "--map", "Mum's iPad=Grandma")
    assert code == 2 and "--map gives speech to 'Grandma', not in meeting 1" in err
    assert report(capsys, db)["total_floor_s"] == 0


def test_a_new_meeting_makes_every_speaker_a_person_and_two_devices_one(tmp_path, capsys):
    db = str(tmp_path / "m.db")
    path = write(tmp_path / "forum.vtt", zoom_vtt(CUES))
    code, out, err = run(capsys, "--db", db, "import-turns", path, "--title", "Online forum")
    assert code == 0, err
    assert out.startswith("Imported 4 turns into meeting 1 (4 new participants).\n")
    code, out, _ = run(capsys, "--db", db, "report", "Online forum", "--json")
    people = {p["name"]: p["floor_s"] for p in json.loads(out)["participants"]}
    assert people == {"maria.ortega": 9.2, "JO SMITH": 2.8, "Kwame Mensah | Carers Trust": 3.0,
                      "Mum's iPad": 1.0}


def test_map_options_are_for_transcripts_only(tmp_path, capsys):
    csv = tmp_path / "t.csv"
    csv.write_text("start_s,end_s,speaker\n0,1,A\n")
    code, _, err = run(capsys, "--db", tmp_path / "m.db", "import-turns", csv, "--title", "T",
                       "--map", "A=B")
    assert code == 2 and "are for transcripts" in err
