"""`report --series` and `series-pdf`, as a user's script would call them."""

from __future__ import annotations

import json
import shutil
import subprocess

from ..cli_run import run

SERIES = "Community mental health redesign"


def test_report_series_json_carries_per_meeting_and_per_person_figures(capsys, db_path):
    assert run(capsys, "--db", str(db_path), "demo")[0] == 0
    code, out, _err = run(capsys, "--db", str(db_path), "report", "--series", SERIES, "--json")
    assert code == 0
    report = json.loads(out)
    meeting = report["meetings"][0]
    for key in ("attendance", "first_time", "groups", "balance_index", "decisions", "joint_decisions",
                "carried_actions", "carried_actions_closed"):
        assert key in meeting
    assert {"name", "share", "fair_share"} <= set(meeting["groups"][0])
    assert report["meetings"][1]["carried_actions"] == 3
    person = report["people"][0]
    for key in ("meetings_attended", "first", "latest", "shares", "fair_shares"):
        assert key in person
    names = {p["name"] for p in report["people"]}
    assert "Sione Tupou" not in names  # did not agree to be named


def test_series_pdf_writes_the_involvement_report(capsys, db_path, tmp_path):
    run(capsys, "--db", str(db_path), "demo")
    target = tmp_path / "involvement.pdf"
    code, out, _err = run(capsys, "--db", str(db_path), "series-pdf", SERIES, "-o", str(target))
    assert code == 0 and "2 meetings" in out
    assert target.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                              check=True).stdout
        assert "Involvement report" in text and "People over time" in text


def test_series_pdf_of_an_unknown_series_is_one_line_and_exit_2(capsys, db_path, tmp_path):
    run(capsys, "--db", str(db_path), "demo")
    code, _out, err = run(capsys, "--db", str(db_path), "series-pdf", "Nothing", "-o",
                          str(tmp_path / "x.pdf"))
    assert code == 2 and "no series called 'Nothing'" in err
    assert not (tmp_path / "x.pdf").exists()
