"""The organisation's figures equal the sum of its meetings' own reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ..cli_run import run

pytestmark = pytest.mark.slow


def reports(capsys, laptops: Path) -> list[dict]:
    """Each meeting's own `report --json`, once (Spring workshop is on laptops A and B)."""
    out = []
    for db, title in (("a", "Spring workshop"), ("b", "Summer workshop"), ("c", "Autumn review")):
        code, text, err = run(capsys, "--db", laptops / f"{db}.db", "report", title, "--json")
        assert code == 0, err
        out.append(json.loads(text))
    return out


def test_org_report_equals_the_sum_of_the_meetings_reports_on_three_laptops(laptops, capsys):
    code, out, err = run(capsys, "org-report", laptops / "archive", "--json")
    assert code == 0, err
    org = json.loads(out)
    mine = reports(capsys, laptops)
    total = sum(r["total_floor_s"] for r in mine)
    assert org["meetings"] == 3
    assert org["total_floor_s"] == pytest.approx(total, abs=1e-3)
    floor: dict[str, float] = {}
    fair: dict[str, float] = {}
    for r in mine:
        for g in r["groups"]:
            key = g["label"].casefold()
            floor[key] = floor.get(key, 0.0) + g["floor_s"]
            fair[key] = fair.get(key, 0.0) + g["fair_share"] * r["total_floor_s"]
    assert {g["label"].casefold(): g["floor_s"] for g in org["groups"]} == pytest.approx(
        floor, abs=1e-3)
    for g in org["groups"]:
        key = g["label"].casefold()
        assert g["share"] == pytest.approx(floor[key] / total, abs=1e-6)
        assert g["fair_share"] == pytest.approx(fair[key] / total, abs=1e-6)
    decisions = [d for r in mine for d in r["decisions"]]
    assert org["decisions"]["total"] == len(decisions) > 0
    assert org["decisions"]["joint"] == sum(d["joint"] for d in decisions)
    not_endorsed: dict[str, int] = {}
    for r in mine:
        label = {g["name"]: g["label"] for g in r["groups"]}
        for d in r["decisions"]:
            for name in d["not_endorsed_by"]:
                key = label.get(name, name)
                not_endorsed[key] = not_endorsed.get(key, 0) + 1
    assert {n["label"]: n["decisions"] for n in org["decisions"]["not_endorsed_by"]} == \
        not_endorsed
    actions = [a for r in mine for a in r["actions"]]
    assert org["actions"] == {"total": len(actions), "done": sum(a["done"] for a in actions),
                              "carried": sum(not a["done"] for a in actions)}
    assert [q["quarter"] for q in org["quarters"]] == ["2026-Q1", "2026-Q2", "2026-Q4"]
    assert org["people"] > 0 and org["first_timers"] == org["people"]  # all came first here
    assert org["hours"] > 0 and org["different_versions"] == []


def test_the_window_and_the_series_narrow_the_meetings(laptops, capsys):
    archive = laptops / "archive"
    code, out, _err = run(capsys, "org-report", archive, "--json", "--since", "2026-04-01",
                          "--until", "2026-09-30")
    assert code == 0
    org = json.loads(out)
    assert org["meetings"] == 1 and [q["quarter"] for q in org["quarters"]] == ["2026-Q2"]
    assert org["first_timers"] == 0  # everyone at the summer workshop came in spring
    code, out, _err = run(capsys, "org-report", archive, "--json", "--series", "no such series")
    assert code == 0 and json.loads(out)["meetings"] == 0
    code, out, _err = run(capsys, "org-report", archive)
    assert code == 0 and "3 meetings" in out and "Decisions:" in out
    code, _out, err = run(capsys, "org-report", archive, "--since", "spring")
    assert code == 2 and "not a date" in err


def test_the_pdf_carries_the_figures_and_an_accessible_twin(laptops, capsys):
    import io

    from pypdf import PdfReader

    pdf = laptops / "org.pdf"
    code, out, err = run(capsys, "org-report", laptops / "archive", "--pdf", pdf)
    assert code == 0, err
    assert "3 meetings" in out
    reader = PdfReader(io.BytesIO(pdf.read_bytes()))
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Organisation report" in text and "2026-Q2" in text
    [(name, [html])] = list(reader.attachments.items())
    assert name == "org-report.html"
    html = html.decode("utf-8")
    assert '<html lang="en">' in html and "<caption>All meetings</caption>" in html
    code, out, _err = run(capsys, "org-report", laptops / "archive", "--json")
    for g in json.loads(out)["groups"]:
        assert f"<th scope=row>{g['label']}</th>" in html


def test_the_docs_hold_the_same_sql_text_org_report_runs():
    """docs/archive.md shows the loading step and the questions exactly as run here."""
    from coprodesk.archive.org_report import LOAD
    from coprodesk.archive.org_sql import QUESTIONS

    doc = (Path(__file__).parents[2] / "docs" / "archive.md").read_text(encoding="utf-8")
    assert "```sql\n" + ";\n".join(LOAD) + ";\n```" in doc
    for name, sql in QUESTIONS.items():
        assert f"<!-- question: {name} -->\n```sql\n{sql};\n```" in doc
    assert "Only DuckDB is tested here." in doc


def test_without_duckdb_org_report_says_what_to_install(laptops):
    """Run in a process of its own in which ``import duckdb`` fails, as where the archive
    extra is not installed (a None entry in sys.modules is Python's way to block an import)."""
    import subprocess
    import sys

    code = ("import sys; sys.modules['duckdb'] = None; from coprodesk.cli import main; "
            f"sys.exit(main(['org-report', {str(laptops / 'archive')!r}]))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 2 and done.stdout == ""
    assert "pip install 'coprodesk[archive]'" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
