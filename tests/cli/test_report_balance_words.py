"""`coprodesk report` says "too early to tell" under the same rule as the run view and the
participant screen (domain.balance.enough_to_judge): a few seconds of speech are no verdict
on balance, however uneven they were."""

from __future__ import annotations

import json

from coprodesk.domain.balance import VERDICT_MIN_FLOOR_MS, VERDICT_MIN_TURNS

from ..cli_run import run


def turns_file(tmp_path, rows: list[tuple[float, float, str]]):
    path = tmp_path / "turns.csv"
    path.write_text("start_s,end_s,speaker\n"
                    + "".join(f"{a},{b},{who}\n" for a, b, who in rows))
    return str(path)


def report_of(tmp_path, capsys, rows, title: str) -> dict:
    db = str(tmp_path / "m.db")
    code, _out, err = run(capsys, "--db", db, "import-turns", turns_file(tmp_path, rows),
                          "--title", title)
    assert code == 0, err
    code, out, err = run(capsys, "--db", db, "report", title, "--json")
    assert code == 0, err
    return json.loads(out)


def test_a_short_uneven_start_is_too_early_to_tell_in_the_report(tmp_path, capsys):
    # one voice for 90 s, another for 5 s: index near 0, but far too little to judge
    report = report_of(tmp_path, capsys, [(0, 90, "A"), (90, 95, "B")], "Short")
    assert report["balance_index"] < 0.45
    assert report["balance_in_words"] == "too early to tell"
    code, out, _ = run(capsys, "--db", str(tmp_path / "m.db"), "report", "Short")
    assert code == 0 and "(too early to tell)" in out


def test_enough_speech_gives_the_verdict_in_words(tmp_path, capsys):
    # the same imbalance over six turns and more than five minutes: now a verdict
    step = 2 * VERDICT_MIN_FLOOR_MS / 1000 / VERDICT_MIN_TURNS
    rows = [(i * step, i * step + (step - 2 if i % 3 else 4), "A" if i % 3 else "B")
            for i in range(VERDICT_MIN_TURNS)]
    report = report_of(tmp_path, capsys, rows, "Long")
    assert report["total_floor_s"] * 1000 >= VERDICT_MIN_FLOOR_MS
    assert report["balance_in_words"] == "one or two voices dominate"
    assert set(report) >= {"balance_index", "balance_in_words", "groups"}  # keys kept


def test_the_minutes_say_the_same_words_as_the_report(tmp_path, capsys):
    import subprocess

    report_of(tmp_path, capsys, [(0, 90, "A"), (90, 95, "B")], "Short")
    texts = []
    for more in ((), ("--easy-read",)):
        out = tmp_path / f"minutes{len(more)}.pdf"
        code, _out, err = run(capsys, "--db", str(tmp_path / "m.db"), "export", "Short",
                              "-o", str(out), *more)
        assert code == 0, err
        texts.append(" ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True,
                                             text=True, check=True).stdout.split()))
    full, easy = texts
    assert ("How evenly it was shared: too early to tell. Too little was said to judge how "
            "evenly the floor was shared.") in full
    assert "Too little was said to tell who spoke more." in easy
    assert "spoke less" not in easy and "spoke more than" not in easy
