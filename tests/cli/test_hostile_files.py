"""Hostile files through the command line: one clear line, exit code 2, the database untouched.

One table per entry point; a new case is one line. Each case asserts the exit code, a
single line on stderr naming the problem, no traceback, and a byte-identical database.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from coprodesk.cli import main
from coprodesk.demo import create_demo
from coprodesk.portable.export import meeting_to_dict
from coprodesk.store.connection import open_store

HEADER = "start_s,end_s,speaker\n"
LONG = "x" * 201


def rttm_line(start: str, dur: str, speaker: str = "A") -> str:
    return f"SPEAKER m 1 {start} {dur} <NA> <NA> {speaker} <NA> <NA>\n"


def assert_one_clear_line(err: str, words: str) -> None:
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("coprodesk: error: "), err
    assert words in lines[0], err


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> tuple[bytes, dict]:
    """The demo database's bytes and its closed meeting as a file's dict, made once."""
    path = tmp_path_factory.mktemp("demo") / "m.db"
    store = open_store(path)
    closed, _ = create_demo(store)
    doc = meeting_to_dict(store, closed)
    store.close()
    return path.read_bytes(), doc


@pytest.fixture
def db(tmp_path: Path, demo) -> Path:
    path = tmp_path / "m.db"
    path.write_bytes(demo[0])
    return path


# (file name, file content, extra arguments, words the one line must hold)
TURN_FILES: list[tuple[str, str | bytes, list[str], str]] = [
    ("huge.csv", HEADER + "0,1e17,Ann\n", [], "line 2: end_s must be at most 604,800 seconds"),
    ("late.csv", HEADER + "0,1,A\n604800.5,604801,Ann\n", [], "line 3: start_s must be at most"),
    ("inf.csv", HEADER + "0,inf,Ann\n", [], "line 2: end_s must be at most"),
    ("overflow.csv", HEADER + "0,1e400,Ann\n", [], "line 2: end_s must be at most"),
    ("nan.csv", HEADER + "nan,1,Ann\n", [], "line 2: start_s must be a number"),
    ("digits.csv", HEADER + "0," + "9" * 5000 + ",Ann\n", [], "line 2: end_s must be at most"),
    ("huge.rttm", rttm_line("0", "1e17"), [], "line 1: duration must be at most"),
    ("sum.rttm", rttm_line("0", "1") + rttm_line("604000", "1000"), [], "line 2: ends more than"),
    ("nan.rttm", rttm_line("nan", "1"), [], "line 1: start must be a number"),
    ("long.csv", HEADER + f"0,1,{LONG}\n", [], "line 2: speaker is 201 characters long"),
    ("long.rttm", rttm_line("0", "1", LONG), [], "line 1: speaker name is 201 characters"),
    ("u2028.csv", HEADER + "0,1,A\n1,2,Ann\u2028Bob\n", [], "line 3: speaker contains a line "
                                                              "break or control character (U+2028)"),
    ("u0085.csv", HEADER + "0,1,A\n\n1,2,Ann\u0085Bob\n", [], "line 4: speaker contains"),
    ("u2029.rttm", rttm_line("0", "1") + rttm_line("1", "1", "Ann\u2029Bob"), [], "line 2:"),
    ("break.csv", HEADER + "0\u2028,1,A\n1\u0085,x,B\n", [], "line 3: end_s must be a number"),
    ("quoted.csv", HEADER + '0,1,"Ann\nBob"\n', [], "line 2: speaker contains a line break"),
    ("latin1.csv", HEADER.encode() + b"0,1,A\n1,2,J\xf6rg\n", [], "line 3: not UTF-8"),
    ("ok.csv", HEADER + "0,1,A\n", ["--groups", "GROUPS"], "line 2: group is 201 characters"),
    ("ok.csv", HEADER + "0,1,A\n", ["--title", LONG], "--title is 201 characters long"),
]


@pytest.mark.parametrize(("name", "content", "extra", "words"), TURN_FILES,
                         ids=[f"{c[0]}-{c[3][:24]}" for c in TURN_FILES])
def test_import_turns_refuses_a_hostile_file_in_one_line(tmp_path, db, capsys, name, content,
                                                         extra, words):
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    groups = tmp_path / "groups.csv"
    groups.write_text(f"speaker,group\nA,{LONG}\n")
    extra = [str(groups) if x == "GROUPS" else x for x in extra]
    before = db.read_bytes()
    target = [] if "--title" in extra else ["--title", "Imported"]
    code = main(["--db", str(db), "import-turns", str(path), *target, *extra])
    assert code == 2
    assert_one_clear_line(capsys.readouterr().err, words)
    assert db.read_bytes() == before


# --------------------------------------------------------------------------- meeting files

Change = Callable[[dict], str]  # the demo meeting's dict -> the text of the file


def dumped(edit: Callable[[dict], None]) -> Change:
    def change(doc: dict) -> str:
        doc = copy.deepcopy(doc)
        edit(doc)
        return json.dumps(doc)
    return change


def at(path: str, value) -> Change:
    """Set the field at ``path`` ("meeting.created", "agenda.0.planned_s") to ``value``."""
    def edit(doc: dict) -> None:
        *parents, last = [int(p) if p.isdigit() else p for p in path.split(".")]
        target = doc
        for p in parents:
            target = target[p]
        target[last] = value
    return dumped(edit)


def added(section: str, row: dict) -> Change:
    return dumped(lambda doc: doc.setdefault(section, []).append(row))


def raw(old: str, new: str) -> Change:
    """Replace text in the file as written: numbers JSON has but Python cannot hold."""
    def change(doc: dict) -> str:
        text = json.dumps(doc)
        assert old in text
        return text.replace(old, new, 1)
    return change


def nested(depth: int) -> Change:
    return raw('"derived": {', '"derived": {"x": ' + "[" * depth + "]" * depth + ", ")


def bom(doc: dict) -> str:
    return "\ufeff" + json.dumps(doc)


BAD = "2026-02-30T10:00:00.000Z"
YEAR0 = "0000-01-01T00:00:00.000Z"

# (case, the file, expected exit code, words the one line must hold)
MEETING_FILES: list[tuple[str, Change, int, str]] = [
    ("huge integer", raw('"planned_s": 600', '"planned_s": 99999999999999999999999'), 2,
     "agenda[0].planned_s: must be ≤ 604800"),
    ("5000 digits", raw('"planned_s": 600', '"planned_s": ' + "9" * 5000), 2,
     "a whole number of 5,000 digits is too large"),
    ("soft limit", at("meeting.turn_soft_limit_s", 2**64), 2, "turn_soft_limit_s: must be ≤"),
    ("1e999", raw('"planned_s": 600', '"planned_s": 1e999'), 2, "the number 1e999 is too large"),
    ("NaN", raw('"planned_s": 600', '"planned_s": NaN'), 2, "NaN is not a number JSON allows"),
    ("deep nesting", nested(5000), 2, "nested too deeply"),
    ("deeper nesting", nested(100_000), 2, "nested too deeply"),
    ("nesting Python can read", raw('"stance_meanings": {}', '"stance_meanings": {"a": '
                                    + "[" * 990 + "]" * 990 + "}"), 2, "more than 32 levels"),
    ("hand date", added("hands", {"person": "P1", "raised": BAD}), 2,
     "hands[0].raised: not a valid time (day is out of range for month)"),
    ("hand year 0", added("hands", {"person": "P1", "raised": YEAR0}), 2,
     "hands[0].raised: not a valid time (year 0 is out of range)"),
    ("amendment", added("amendments", {"recorded": YEAR0, "reason": "typo"}), 2,
     "amendments[0].recorded: not a valid time"),
    ("signature", added("signatures", {"field": "f", "signer": "s", "signed": BAD}), 2,
     "signatures[0].signed: not a valid time"),
    ("created", at("meeting.created", YEAR0), 2, "meeting.created: not a valid time"),
    ("created UTC", at("meeting.created", "0001-01-01T00:00:00+01:00"), 2,
     "meeting.created: not a valid time (is outside the years 1900 to 9998)"),
    ("update", added("action_updates", {"meeting_uid": "x", "action": "A1",
                                        "status": "not-yet", "recorded": BAD}), 2,
     "action_updates[0].recorded: not a valid time"),
    ("turn year 0", at("turns.0.start", YEAR0), 2, "turns[0]: not a valid time"),
    ("presence", at("people.0.presence", [{"start": BAD}]), 2, "people[0].presence[0]"),
    ("meeting date", at("meeting.date", "2026-02-30"), 2, "meeting.date: not a valid date"),
    ("due year 0", at("actions.0.due", "0000-03-01"), 2, "actions[0].due: not a valid date"),
    ("far future", at("meeting.ended", "9999-12-31T23:59:59-01:00"), 2, "meeting: not a valid"),
    ("long name", at("people.0.name", "x" * 201), 2, "people[0].name: length must be within 200"),
    ("long title", at("meeting.title", "x" * 201), 2, "meeting.title: length must be within"),
    ("long item", at("agenda.0.title", "x" * 201), 2, "agenda[0].title: length must be within"),
    ("long label", at("groups.0.label", "x" * 21), 2, "groups[0].label: length must be within"),
    ("long key", at("turns.0.person", "P" + "1" * 30), 2, "turns[0].person: length must be"),
    ("long option", at("decisions.0.rounds.0.stances.0.option", "x" * 10_000), 2,
     "option: length must be within 200"),
    ("long reason", added("amendments", {"recorded": "2026-03-12T10:00:00Z",
                                         "reason": "x" * 1_000_001}), 2,
     "amendments[0].reason: length must be within 1000000"),
    ("BOM", bom, 0, ""),
]


@pytest.mark.parametrize(("case", "change", "code", "words"), MEETING_FILES,
                         ids=[c[0] for c in MEETING_FILES])
def test_import_refuses_a_hostile_meeting_file_in_one_line(tmp_path, demo, db, capsys, case,
                                                           change, code, words):
    doc = copy.deepcopy(demo[1])
    doc["meeting"]["uid"] = "another-meeting"
    path = tmp_path / "meeting.json"
    path.write_text(change(doc), encoding="utf-8")
    before = db.read_bytes()
    assert main(["--db", str(db), "import", str(path)]) == code
    out = capsys.readouterr()
    if code == 0:
        assert "Imported 'Spring workshop'" in out.out and not out.err
        return
    assert_one_clear_line(out.err, words)
    assert db.read_bytes() == before
