"""One source of limits: the schema, the importers and the editor agree with domain/limits.py."""

from __future__ import annotations

import pytest

from coprodesk.cli import main
from coprodesk.domain import limits
from coprodesk.portable.importer import schema

P = "properties"


def field(*path: str) -> dict:
    node = schema()
    for part in path:
        node = node["items"] if part == "[]" else node[P][part]
        if "$ref" in node:
            node = schema()["$defs"][node["$ref"].rsplit("/", 1)[-1]]
    return node


@pytest.mark.parametrize(("path", "limit"), [
    (("meeting", "title"), limits.TITLE_MAX),
    (("meeting", "place"), limits.TITLE_MAX),
    (("meeting", "series"), limits.TITLE_MAX),
    (("meeting", "purpose"), limits.TEXT_MAX),
    (("meeting", "ground_rules"), limits.TEXT_MAX),
    (("meeting", "uid"), limits.UID_MAX),
    (("agenda", "[]", "title"), limits.TITLE_MAX),
    (("agenda", "[]", "notes"), limits.TEXT_MAX),
    (("groups", "[]", "name"), limits.NAME_MAX),
    (("groups", "[]", "label"), limits.LABEL_MAX),
    (("people", "[]", "name"), limits.NAME_MAX),
    (("people", "[]", "pseudonym"), limits.NAME_MAX),
    (("people", "[]", "person_uid"), limits.UID_MAX),
    (("people", "[]", "key"), limits.KEY_MAX),
    (("signatures", "[]", "signer"), limits.NAME_MAX),
    (("amendments", "[]", "reason"), limits.TEXT_MAX),
    (("actions", "[]", "what"), limits.TEXT_MAX),
])
def test_the_schema_has_the_domains_length_limits(path, limit):
    assert field(*path)["maxLength"] == limit


@pytest.mark.parametrize("path", [("meeting", "turn_soft_limit_s"), ("agenda", "[]", "planned_s")])
def test_the_schema_has_the_domains_longest_span(path):
    assert field(*path)["maximum"] == limits.SPAN_MAX_S


def test_the_longest_name_import_turns_accepts_exports_and_imports_again(tmp_path, capsys):
    name = "N" * limits.NAME_MAX
    turns = tmp_path / "t.csv"
    turns.write_text(f"start_s,end_s,speaker\n0,5,{name}\n5,9,Bo\n")
    db, other = str(tmp_path / "a.db"), str(tmp_path / "b.db")
    title = "T" * limits.TITLE_MAX
    assert main(["--db", db, "import-turns", str(turns), "--title", title]) == 0
    out = tmp_path / "m.json"
    assert main(["--db", db, "export", "1", "--format", "json", "-o", str(out)]) == 0
    assert main(["--db", other, "import", str(out)]) == 0
    assert main(["--db", other, "report", "1", "--json"]) == 0
    assert name in capsys.readouterr().out
