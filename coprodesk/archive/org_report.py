"""``coprodesk org-report DIR``: the organisation's figures, added up by DuckDB from the
archive's per-meeting files.

Each meeting counts once: the version its databases archived (for a meeting whose
databases hold different versions, the one archived last, named in ``different_versions``).
Its figures are the ones the domain computed when it archived the meeting (``report.json``,
the only file read); DuckDB only loads them as flat tables (the one step
here that is DuckDB's own) and asks the questions in ``org_sql``, which are plain SQL.

This is the one place outside ``store/`` that runs SQL, and it is not the app's database:
DuckDB reads the archive's files in memory (see tests/test_layers.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coprodesk.archive.layout import REPORT_FILE
from coprodesk.archive.manifest import ArchiveError, merge, read_manifests
from coprodesk.archive.org_sql import QUESTIONS

MISSING_DUCKDB = ("org-report needs DuckDB, which is not installed: install CoProDesk with "
                  "its archive extra (pip install 'coprodesk[archive]') or pip install duckdb")

# The report's fields that the flat tables need, typed: every other field is left unread.
REPORT_COLUMNS = {
    "meeting": "STRUCT(uid VARCHAR, title VARCHAR, date VARCHAR, series VARCHAR, "
               "started VARCHAR, ended VARCHAR)",
    "total_floor_s": "DOUBLE",
    "participants": "STRUCT(person_uid VARCHAR, apologies BOOLEAN)[]",
    "groups": "STRUCT(name VARCHAR, label VARCHAR, floor_s DOUBLE, fair_share DOUBLE)[]",
    "decisions": "STRUCT(joint BOOLEAN, not_endorsed_by VARCHAR[])[]",
    "actions": "STRUCT(done BOOLEAN)[]",
}

# DuckDB's loading step: the files as the flat tables of org_sql (docs/archive.md has the
# same step for Spark SQL and Trino).
LOAD = (
    """\
CREATE TABLE reports AS SELECT * FROM read_json($reports, columns = $report_columns,
  format = 'auto')""",
    """\
CREATE TABLE meetings AS
  SELECT r.meeting.uid AS uid, r.meeting.title AS title, r.meeting.date AS date,
         CASE WHEN r.meeting.date SIMILAR TO '[0-9]{4}-[0-9]{2}-[0-9]{2}'
              THEN substr(r.meeting.date, 1, 4) || '-Q'
                   || CAST((CAST(substr(r.meeting.date, 6, 2) AS INTEGER) + 2) // 3 AS VARCHAR)
              ELSE 'undated' END AS quarter,
         coalesce(r.meeting.series, '') AS series,
         r.total_floor_s AS total_floor_s,
         coalesce(epoch(CAST(r.meeting.ended AS TIMESTAMPTZ))
                  - epoch(CAST(r.meeting.started AS TIMESTAMPTZ)), 0) / 3600.0 AS hours
  FROM reports r""",
    """\
CREATE TABLE group_floor AS
  SELECT r.meeting.uid AS uid, g.name AS name,
         lower(coalesce(nullif(g.label, ''), g.name)) AS label_key,
         coalesce(nullif(g.label, ''), g.name) AS label,
         g.floor_s AS floor_s, g.fair_share AS fair_share
  FROM (SELECT meeting, unnest(groups) AS g FROM reports) r""",
    """\
CREATE TABLE decisions AS
  SELECT r.meeting.uid AS uid, r.d.joint AS joint
  FROM (SELECT meeting, unnest(decisions) AS d FROM reports) r""",
    """\
CREATE TABLE not_endorsed AS
  SELECT n.uid, coalesce(g.label_key, lower(n.name)) AS label_key,
         coalesce(g.label, n.name) AS label
  FROM (SELECT uid, unnest(names) AS name
        FROM (SELECT r.meeting.uid AS uid, r.d.not_endorsed_by AS names
              FROM (SELECT meeting, unnest(decisions) AS d FROM reports) r)) n
  LEFT JOIN group_floor g ON g.uid = n.uid AND g.name = n.name""",
    """\
CREATE TABLE actions AS
  SELECT r.meeting.uid AS uid, r.a.done AS done
  FROM (SELECT meeting, unnest(actions) AS a FROM reports) r""",
    """\
CREATE TABLE attendance AS
  SELECT DISTINCT r.meeting.uid AS uid, r.p.person_uid AS person_uid
  FROM (SELECT meeting, unnest(participants) AS p FROM reports) r
  WHERE NOT coalesce(r.p.apologies, false)""",
    """\
CREATE TABLE report_scope AS
  SELECT CAST($since AS VARCHAR) AS since, CAST($until AS VARCHAR) AS until,
         CAST($series AS VARCHAR) AS series""",
)


@dataclass(frozen=True)
class Counted:
    """The meetings a report counts: their report files, and the meetings whose databases
    hold different versions (uid, title, the folder counted)."""

    reports: list[str]
    different_versions: list[dict[str, str]]


def counted_files(root: Path) -> Counted:
    """One version of each archived meeting (see the module's rules)."""
    merged = merge(read_manifests(root))
    if not merged.databases:
        raise ArchiveError(f"{root} holds no archive (no archive.d/): run "
                           f"`coprodesk archive {root}` first")
    reports, different = [], []
    for uid, versions in sorted(merged.by_uid().items()):
        def archived(item: tuple[str, dict[str, Any]]) -> tuple[str, str]:
            rec = merged.files.get(f"{item[1]['folder']}/{REPORT_FILE}", {})
            return rec.get("recorded", ""), item[1]["folder"]

        _version, chosen = max(versions, key=archived)
        folder = root / chosen["folder"]
        if not (folder / REPORT_FILE).is_file():
            raise ArchiveError(f"{folder / REPORT_FILE} is missing: `coprodesk archive --check "
                               f"{root}` says what else is")
        reports.append(str(folder / REPORT_FILE))
        if len(versions) > 1:
            different.append({"uid": uid, "title": chosen["title"], "counted": chosen["folder"]})
    return Counted(reports, different)


def org_report(root: Path, *, since: str = "", until: str = "", series: str = ""
               ) -> dict[str, Any]:
    """The organisation's figures (``org-report --json``; keys in docs/archive.md)."""
    try:
        import duckdb
    except ImportError:
        raise ArchiveError(MISSING_DUCKDB) from None
    counted = counted_files(root)
    answers: dict[str, list[dict[str, Any]]] = {}
    with duckdb.connect(":memory:") as con:
        # no progress bar: DuckDB draws one on standard output for long queries, into the JSON
        con.execute("SET enable_progress_bar = false")
        # every question orders its own rows: loading may keep them in any order, which
        # takes a sixth of the memory (600 MB -> 107 MB for 3,000 reports)
        con.execute("SET preserve_insertion_order = false")
        if counted.reports:
            params = {"reports": counted.reports, "report_columns": REPORT_COLUMNS,
                      "since": since, "until": until or "9999-12-31", "series": series}
            for statement in LOAD:
                used = {k: v for k, v in params.items() if f"${k}" in statement}
                con.execute(statement, used)
            for name, sql in QUESTIONS.items():
                cursor = con.execute(sql)
                columns = [c[0] for c in cursor.description]
                answers[name] = [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]
    return _document(answers, since, until, series, counted.different_versions)


def _groups(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"label": r["label"], "floor_s": round(r["floor_s"] or 0.0, 3),
             "share": round(r["share"] or 0.0, 6), "fair_share": round(r["fair_share"] or 0.0, 6)}
            | ({"meetings": r["meetings"]} if "meetings" in r else {}) for r in rows]


def _document(answers: dict[str, list[dict[str, Any]]], since: str, until: str, series: str,
              different: list[dict[str, str]]) -> dict[str, Any]:
    def one(name: str) -> dict[str, Any]:
        return answers[name][0] if answers.get(name) else {}

    totals, people, decisions, actions = (one(n) for n in ("totals", "people", "decisions",
                                                           "actions"))
    quarters: dict[str, dict[str, Any]] = {}
    for row in answers.get("groups_by_quarter", []):
        q = quarters.setdefault(row["quarter"], {
            "quarter": row["quarter"], "meetings": row["meetings"],
            "total_floor_s": round(row["total_floor_s"] or 0.0, 3), "groups": []})
        q["groups"] += _groups([row])
    return {
        "since": since or None, "until": until or None, "series": series or None,
        "meetings": totals.get("meetings", 0),
        "hours": round(totals.get("hours", 0.0) or 0.0, 2),
        "people": people.get("people", 0),
        "first_timers": people.get("first_timers", 0),
        "total_floor_s": round(totals.get("total_floor_s", 0.0) or 0.0, 3),
        "groups": _groups(answers.get("groups", [])),
        "quarters": list(quarters.values()),
        "decisions": {
            "total": decisions.get("total", 0), "joint": decisions.get("joint", 0),
            "not_endorsed_by": [{"label": r["label"], "decisions": r["decisions"]}
                                for r in answers.get("not_endorsed", [])]},
        "actions": {"total": actions.get("total", 0), "done": actions.get("done", 0),
                    "carried": actions.get("total", 0) - actions.get("done", 0)},
        "different_versions": different,
    }
