"""`coprodesk import-turns FILE.vtt|.srt`: the balance of the RTTM, the cues credited to
nobody said, and a bad transcript refused in one line with nothing written."""

from __future__ import annotations

import json

import pytest

from tests.cli_run import run
from tests.importers.transcript_files import (
    AMI,
    cues_of,
    names_of,
    srt,
    teams_vtt,
    write,
    zoom_vtt,
)


def floors(capsys, db: str, meeting: str) -> dict[str, float]:
    code, out, err = run(capsys, "--db", db, "report", meeting, "--json")
    assert code == 0, err
    return {p["name"]: p["floor_s"] for p in json.loads(out)["participants"]}


@pytest.mark.parametrize("style, ext", [(teams_vtt, "vtt"), (zoom_vtt, "vtt"), (srt, "srt")])
def test_a_transcript_imports_with_the_rttm_balance_and_says_what_it_left_out(
        tmp_path, capsys, style, ext):
    db = str(tmp_path / "m.db")
    meeting = "TS3004a"
    cues = cues_of(meeting)
    path = write(tmp_path / f"online.{ext}", style(cues))
    code, out, err = run(capsys, "--db", db, "import-turns", path, "--title", "Online")
    assert code == 0, err
    apart = [c for c in cues if c[2] is None]
    inaudible = [c for c in cues if c[3] == "[inaudible]"]
    assert out.splitlines()[1] == (
        f"Not credited to anyone: {len(apart)} cues without a speaker "
        f"({sum(e - s for s, e, _, _ in apart) / 1000:,.1f} s) and {len(inaudible)} cues with "
        f"only a note such as [inaudible] ({sum(e - s for s, e, _, _ in inaudible) / 1000:,.1f} s)"
        f", of {len(cues)} cues.")
    assert run(capsys, "--db", db, "import-turns", AMI / f"{meeting}.rttm", "--title", "Room")[0] == 0
    online, room = floors(capsys, db, "Online"), floors(capsys, db, "Room")
    names = names_of(meeting)
    total = sum(room.values())
    assert set(online) == {names[label] for label in room}
    for label, seconds in room.items():
        assert online[names[label]] == pytest.approx(seconds, abs=0.01 * total)


def test_the_format_can_be_given_for_another_extension(tmp_path, capsys):
    db = str(tmp_path / "m.db")
    path = write(tmp_path / "captions.txt", zoom_vtt([(0, 2000, "Jo", "hi")]))
    code, out, err = run(capsys, "--db", db, "import-turns", path, "--format", "vtt",
                         "--title", "T")
    assert code == 0, err
    assert out.splitlines() == ["Imported 1 turns into meeting 1 (1 new participants).",
                                "All 1 cues name a speaker."]


@pytest.mark.parametrize("text", [
    "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nNobody said who.\n",
    "WEBVTT\n\n00:00:03.000 --> 00:00:02.000\n<v Jo>back in time</v>\n",
    "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Jo\u202eSmith>hi</v>\n",
    "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Jo>hi</v>\n\n00:00:0x.000 --> 00:00:04.000\n<v Jo>b</v>\n",
])
def test_a_bad_transcript_is_one_line_exit_2_and_nothing_written(tmp_path, capsys, text):
    db = tmp_path / "m.db"
    path = write(tmp_path / "bad.vtt", text)
    code, out, err = run(capsys, "--db", db, "import-turns", path, "--title", "Bad")
    assert code == 2 and out == ""
    assert len(err.splitlines()) == 1 and err.startswith("coprodesk: error: bad.vtt")
    assert not db.exists()
