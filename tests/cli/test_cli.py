"""The command line, as a user's script would call it."""

from __future__ import annotations

import csv
import hashlib
import itertools
import json
import subprocess
import sys
from pathlib import Path

import pytest

from coprodesk.cli import build_parser, main

from ..cli_run import run

AMI = Path(__file__).parents[1] / "data" / "ami"


def independent_figures(csv_path: Path) -> dict:
    """Floor time, turns, shares and balance index computed straight from the rows."""
    with csv_path.open(newline="") as f:
        rows = [(float(r["start_s"]), float(r["end_s"]), r["speaker"]) for r in csv.DictReader(f)]
    rows.sort()
    floor: dict[str, float] = {}
    turns: dict[str, int] = {}
    prev = None
    for s, e, who in rows:
        floor[who] = floor.get(who, 0.0) + (e - s)
        if not (prev and prev[2] == who and abs(prev[1] - s) < 1e-6):
            turns[who] = turns.get(who, 0) + 1
        prev = (s, e, who)
    total = sum(floor.values())
    xs = list(floor.values())
    n = len(xs)
    gini = sum(abs(a - b) for a, b in itertools.product(xs, xs)) / (2 * n * n * (total / n))
    return {"floor": floor, "turns": turns, "share": {k: v / total for k, v in floor.items()},
            "index": 1 - gini * n / (n - 1), "total": total}


def test_every_command_has_help(capsys):
    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices
    for name in commands:
        with pytest.raises(SystemExit) as exit_:
            main([name, "--help"])
        assert exit_.value.code == 0
        assert "usage: coprodesk" in capsys.readouterr().out


def test_demo_creates_a_closed_meeting_and_its_planned_follow_up(tmp_path, capsys):
    db = str(tmp_path / "m.db")
    assert run(capsys, "--db", db, "demo")[0] == 0
    code, out, _ = run(capsys, "--db", db, "list", "--json")
    meetings = json.loads(out)
    assert [m["status"] for m in meetings] == ["closed", "planned"]
    assert {"id", "date", "title", "status"} <= set(meetings[0])
    assert meetings[0]["series"] == meetings[1]["series"] != ""

    code, out, _ = run(capsys, "--db", db, "report", str(meetings[0]["id"]), "--json")
    report = json.loads(out)
    assert code == 0
    roles = [p["role"] for p in report["participants"]]
    assert len(roles) == 10 and {"facilitator", "co-chair", "observer"} <= set(roles)
    assert len(report["items"]) == 6 and len(report["actions"]) == 3
    assert len(report["groups"]) == 4
    d_agreed_not_joint = [d for d in report["decisions"] if d["outcome"] == "agreed" and not d["joint"]]
    assert len(report["decisions"]) == 2 and len(d_agreed_not_joint) == 1
    assert d_agreed_not_joint[0]["not_endorsed_by"] == ["Lived experience"]
    assert 0 <= report["balance_index"] <= 1
    assert abs(sum(p["share"] for p in report["participants"]) - 1) < 1e-5
    observer = next(p for p in report["participants"] if p["role"] == "observer")
    assert observer["share"] == 0 and observer["fair_share"] == 0

    code, out, _ = run(capsys, "--db", db, "report", str(meetings[0]["id"]))
    assert "Balance index" in out or "balance index" in out
    code, out, _ = run(capsys, "--db", db, "report", str(meetings[0]["id"]), "--json", "--item", "2")
    item_report = json.loads(out)
    assert item_report["item"] == report["items"][1]["title"]
    assert item_report["total_floor_s"] == pytest.approx(report["items"][1]["floor_s"], abs=1e-3)


@pytest.mark.parametrize("name", ["ES2011b", "IS1008c", "TS3004a"])
@pytest.mark.parametrize("ext", ["csv", "rttm"])
def test_imported_turns_report_the_same_figures_as_an_independent_computation(
        tmp_path, capsys, name, ext):
    db = str(tmp_path / "m.db")
    code, out, err = run(capsys, "--db", db, "import-turns", str(AMI / f"{name}.{ext}"),
                         "--title", name)
    assert code == 0, err
    code, out, _ = run(capsys, "--db", db, "report", name, "--json")
    report = json.loads(out)
    # The CSVs are the single-floor form of the RTTMs, so both must agree with the CSV rows.
    expected = independent_figures(AMI / f"{name}.csv")
    assert report["total_floor_s"] == pytest.approx(expected["total"], abs=0.01)
    assert report["balance_index"] == pytest.approx(expected["index"], abs=0.001)
    by_name = {p["name"]: p for p in report["participants"]}
    assert set(by_name) == set(expected["floor"])
    for who, seconds in expected["floor"].items():
        assert by_name[who]["floor_s"] == pytest.approx(seconds, abs=0.01)
        assert by_name[who]["turns"] == expected["turns"][who]
        assert by_name[who]["share"] == pytest.approx(expected["share"][who], abs=0.001)
        assert by_name[who]["fair_share"] == pytest.approx(1 / len(expected["floor"]), abs=0.001)
        assert by_name[who]["group"] == "Unassigned"


def test_a_group_map_assigns_new_speakers(tmp_path, capsys):
    db = str(tmp_path / "m.db")
    groups = tmp_path / "map.csv"
    groups.write_text("speaker,group\nFEE041,Lived experience\nFEE044,Practitioner\n")
    code, _, err = run(capsys, "--db", db, "import-turns", str(AMI / "ES2011b.csv"),
                       "--title", "ES", "--groups", str(groups))
    assert code == 0, err
    report = json.loads(run(capsys, "--db", db, "report", "ES", "--json")[1])
    by_name = {p["name"]: p["group"] for p in report["participants"]}
    assert by_name["FEE041"] == "Lived experience" and by_name["FEE044"] == "Practitioner"


def test_a_malformed_line_is_named_and_nothing_is_imported(tmp_path, capsys):
    db = tmp_path / "m.db"
    bad = tmp_path / "bad.csv"
    bad.write_text("start_s,end_s,speaker\n1.0,2.0,A\n3.0,oops,B\n")
    code, _, err = run(capsys, "--db", str(db), "import-turns", str(bad), "--title", "Bad")
    assert code == 2
    assert "line 3" in err and "bad.csv" in err
    assert json.loads(run(capsys, "--db", str(db), "list", "--json")[1]) == []


def test_a_bad_database_is_named_with_exit_code_2_and_left_untouched(tmp_path, capsys):
    db = tmp_path / "notes.txt"
    db.write_text("not a database at all\n")
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    code, _, err = run(capsys, "--db", str(db), "list")
    assert code == 2
    assert str(db) in err and "not a CoProDesk database" in err
    assert len(err.strip().splitlines()) == 1
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_the_database_path_comes_from_the_environment(tmp_path, capsys, monkeypatch):
    db = tmp_path / "env.db"
    monkeypatch.setenv("COPRODESK_DB", str(db))
    assert run(capsys, "demo")[0] == 0
    assert db.exists()


def test_python_dash_m_runs_the_command_line(tmp_path):
    out = subprocess.run([sys.executable, "-m", "coprodesk", "--db", str(tmp_path / "x.db"), "list"],
                         capture_output=True, text=True, check=True)
    assert "No meetings yet" in out.stdout


def test_open_names_an_unknown_meeting_without_starting_the_app(tmp_path, capsys):
    db = str(tmp_path / "m.db")
    run(capsys, "--db", db, "demo")
    code, _, err = run(capsys, "--db", db, "open", "No such workshop")
    assert code == 2
    assert "No such workshop" in err


def test_the_window_start_is_read_without_the_full_parser_and_nothing_else_is():
    from pathlib import Path

    from coprodesk.cli import _window_only

    assert _window_only([]).db is None
    assert _window_only(["--db", "m.db"]).db == Path("m.db")
    assert _window_only(["--db=m.db"]).db == Path("m.db")
    for argv in (["list"], ["--db", "m.db", "report", "1"], ["--db"], ["-h"], ["--version"],
                 ["--bogus"]):
        assert _window_only(argv) is None, argv  # the full parser handles (or refuses) these


def test_other_spellings_of_the_window_start_still_open_the_window(monkeypatch):
    """Only the plain spellings skip the full parser; the others reach the same window
    through it (an abbreviation, a repeated --db, a value that starts with a dash)."""
    from pathlib import Path

    from coprodesk import cli

    opened = []
    monkeypatch.setattr(cli, "cmd_default", lambda args: opened.append(args.db) or 0)
    for argv, db in ((["--d", "m.db"], "m.db"), (["--db", "a.db", "--db", "b.db"], "b.db"),
                     (["--db", "-"], "-"), (["--db", "m.db"], "m.db"), ([], None)):
        assert cli.main(argv) == 0
        assert opened.pop() == (Path(db) if db else None), argv


def test_a_missing_db_value_is_still_refused_by_the_full_parser(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--db"])
    assert exit_.value.code == 2 and "expected one argument" in capsys.readouterr().err


def test_backup_writes_a_whole_copy_beside_or_where_told(tmp_path, capsys):
    db = tmp_path / "m.db"
    assert run(capsys, "--db", str(db), "demo")[0] == 0
    code, out, _ = run(capsys, "--db", str(db), "backup")
    assert code == 0 and "Backed up" in out
    [beside] = (tmp_path / "backups").glob("m-*.db")
    told = tmp_path / "archive" / "copy.db"
    assert run(capsys, "--db", str(db), "backup", "-o", str(told))[0] == 0
    for copy in (beside, told):
        listed = json.loads(run(capsys, "--db", str(copy), "list", "--json")[1])
        assert [m["title"] for m in listed] == ["Spring workshop", "Spring workshop: follow-up"]


def test_backup_of_something_that_is_not_a_database_is_refused(tmp_path, capsys):
    notes = tmp_path / "notes.txt"
    notes.write_text("hello\n")
    code, _, err = run(capsys, "--db", str(notes), "backup")
    assert code == 2 and "notes.txt" in err
    assert not (tmp_path / "backups").exists()
