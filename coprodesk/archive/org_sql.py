"""The organisation's questions, in SQL that DuckDB, Spark SQL and Trino all read the same.

They ask the archive's flat tables (docs/archive.md says how each engine loads them):

``meetings(uid, title, date, quarter, series, total_floor_s, hours)``
    one row per meeting (one version of each, the one ``org-report`` counts);
``group_floor(uid, name, label_key, label, floor_s, fair_share)``
    one row per meeting and stakeholder group, from the meeting's own report
    (``label_key``: the label in lower case, by which groups are matched across meetings);
``decisions(uid, joint)``, ``not_endorsed(uid, label_key, label)``, ``actions(uid, done)``,
``attendance(uid, person_uid)``: from each meeting's report and open file;
``report_scope(since, until, series)``: one row, the report's window ('' for no series).

Nothing here computes a meeting's figures: the domain did, once, when it archived each
meeting (``report.json``). These only add them up. Only plain SQL (CTEs, joins,
``SUM``/``COUNT``/``MIN``, ``CASE``, ``NULLIF``): the text below is the text in the docs.
"""

from __future__ import annotations

IN_SCOPE = """\
in_scope AS (
  SELECT m.*
  FROM meetings m
  JOIN report_scope s
    ON m.date >= s.since AND m.date <= s.until
   AND (s.series = '' OR m.series = s.series)
)"""

TOTALS = f"""\
WITH {IN_SCOPE}
SELECT COUNT(*) AS meetings,
       COALESCE(SUM(hours), 0) AS hours,
       COALESCE(SUM(total_floor_s), 0) AS total_floor_s
FROM in_scope"""

PEOPLE = f"""\
WITH {IN_SCOPE},
firsts AS (
  SELECT a.person_uid, MIN(m.date) AS first_date
  FROM attendance a
  JOIN meetings m ON m.uid = a.uid
  GROUP BY a.person_uid
)
SELECT COUNT(DISTINCT a.person_uid) AS people,
       COUNT(DISTINCT CASE WHEN f.first_date = m.date THEN a.person_uid END) AS first_timers
FROM attendance a
JOIN in_scope m ON m.uid = a.uid
JOIN firsts f ON f.person_uid = a.person_uid"""

GROUPS = f"""\
WITH {IN_SCOPE},
total AS (SELECT SUM(total_floor_s) AS floor_s FROM in_scope)
SELECT g.label_key,
       MIN(g.label) AS label,
       SUM(g.floor_s) AS floor_s,
       SUM(g.floor_s) / NULLIF(t.floor_s, 0) AS share,
       SUM(g.fair_share * m.total_floor_s) / NULLIF(t.floor_s, 0) AS fair_share,
       COUNT(DISTINCT g.uid) AS meetings
FROM group_floor g
JOIN in_scope m ON m.uid = g.uid
CROSS JOIN total t
GROUP BY g.label_key, t.floor_s
ORDER BY g.label_key"""

GROUPS_BY_QUARTER = f"""\
WITH {IN_SCOPE},
total AS (
  SELECT quarter, SUM(total_floor_s) AS floor_s, COUNT(*) AS meetings
  FROM in_scope
  GROUP BY quarter
)
SELECT m.quarter,
       t.meetings,
       t.floor_s AS total_floor_s,
       g.label_key,
       MIN(g.label) AS label,
       SUM(g.floor_s) AS floor_s,
       SUM(g.floor_s) / NULLIF(t.floor_s, 0) AS share,
       SUM(g.fair_share * m.total_floor_s) / NULLIF(t.floor_s, 0) AS fair_share
FROM group_floor g
JOIN in_scope m ON m.uid = g.uid
JOIN total t ON t.quarter = m.quarter
GROUP BY m.quarter, t.meetings, t.floor_s, g.label_key
ORDER BY m.quarter, g.label_key"""

DECISIONS = f"""\
WITH {IN_SCOPE}
SELECT COUNT(*) AS total,
       COALESCE(SUM(CASE WHEN d.joint THEN 1 ELSE 0 END), 0) AS joint
FROM decisions d
JOIN in_scope m ON m.uid = d.uid"""

NOT_ENDORSED = f"""\
WITH {IN_SCOPE}
SELECT n.label_key,
       MIN(n.label) AS label,
       COUNT(*) AS decisions
FROM not_endorsed n
JOIN in_scope m ON m.uid = n.uid
GROUP BY n.label_key
ORDER BY decisions DESC, n.label_key"""

ACTIONS = f"""\
WITH {IN_SCOPE}
SELECT COUNT(*) AS total,
       COALESCE(SUM(CASE WHEN a.done THEN 1 ELSE 0 END), 0) AS done
FROM actions a
JOIN in_scope m ON m.uid = a.uid"""

QUESTIONS = {"totals": TOTALS, "people": PEOPLE, "groups": GROUPS,
             "groups_by_quarter": GROUPS_BY_QUARTER, "decisions": DECISIONS,
             "not_endorsed": NOT_ENDORSED, "actions": ACTIONS}
