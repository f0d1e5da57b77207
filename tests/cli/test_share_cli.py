"""``coprodesk share``: a real process that listens, prints its links once, serves them,
keeps them over a restart, and stops cleanly on SIGTERM."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import urllib.request

import pytest

from tests.cli_run import run

pytestmark = pytest.mark.slow  # starts the command in its own process


def _share(db, *extra: str) -> tuple[subprocess.Popen, str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "coprodesk", "--db", str(db), "share", "Spring workshop: follow-up",
         "--port", "0", *extra], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"})
    return process, process.stdout.readline()


def _stop(process: subprocess.Popen) -> tuple[int, str]:
    process.send_signal(signal.SIGTERM)
    _out, err = process.communicate(timeout=60)
    return process.returncode, err


def test_share_prints_its_links_as_json_and_serves_them(tmp_path, capsys):
    db = tmp_path / "m.db"
    assert run(capsys, "--db", db, "demo")[0] == 0
    process, line = _share(db, "--json")
    try:
        links = json.loads(line)
        assert set(links) == {"room", "people"}
        assert [p["name"] for p in links["people"]][:3] == ["Amara Okafor", "Tom Reilly",
                                                             "Sione Tupou"]
        assert all(set(p) == {"id", "name", "url"} for p in links["people"])
        assert links["room"].startswith("http://127.0.0.1:")
        with urllib.request.urlopen(links["room"] + "state.json", timeout=30) as reply:
            state = json.load(reply)
        assert state["meeting"]["title"] == "Spring workshop: follow-up"
    finally:
        code, err = _stop(process)
    assert code == 0 and "Traceback" not in err
    again, line = _share(db, "--json")  # a restart: the same links (printed cards still work)
    try:
        assert json.loads(line)["people"] == [
            {**p, "url": p["url"].replace(links["room"].split("/d/")[0],
                                          json.loads(line)["room"].split("/d/")[0])}
            for p in links["people"]]
    finally:
        assert _stop(again)[0] == 0


def test_share_in_words_and_renewed(tmp_path, capsys):
    db = tmp_path / "m.db"
    run(capsys, "--db", db, "demo")
    process, first = _share(db)
    try:
        lines = [first] + [process.stdout.readline() for _ in range(3)]
    finally:
        _stop(process)
    assert lines[0].startswith("Sharing 'Spring workshop: follow-up' on http://127.0.0.1:")
    assert "not encrypted" in lines[1] and lines[2].startswith("Room link")
    process, line = _share(db, "--json", "--renew")
    try:
        renewed = json.loads(line)
    finally:
        _stop(process)
    assert renewed["room"].split("/d/")[1] not in "".join(lines)


def test_share_refuses_an_ended_meeting_and_a_bad_port(tmp_path, capsys):
    db = tmp_path / "m.db"
    run(capsys, "--db", db, "demo")
    code, _out, err = run(capsys, "--db", db, "share", "Spring workshop", "--port", "0")
    assert code == 2 and "has ended" in err
    code, _out, err = run(capsys, "--db", db, "share", "2", "--port", "70000")
    assert code == 2 and "--port" in err
