"""The layers hold by themselves: every import in the package is read with ``ast`` and
checked against ARCHITECTURE.md's rules, so an upward or sideways import fails here."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "coprodesk"
BASE = {"__init__", "fileio", "paths", "resources", "privacy", "library_warnings"}  # the package root
TOP = {p.stem for p in PACKAGE.iterdir() if p.suffix == ".py" or (p / "__init__.py").exists()}

# What each layer may import of ours (itself always). Lower layers never see higher ones.
MAY_IMPORT: dict[str, set[str]] = {
    "domain": set(),
    "base": set(),
    "importers": {"domain", "base"},
    "store": {"domain", "base"},
    "session": {"domain", "store", "base"},
    "demo": {"domain", "store", "base"},
    "portable": {"domain", "store", "base"},
    "minutes": {"domain", "store", "base"},
    "share": {"domain", "store", "base"},
    "archive": {"domain", "store", "portable", "minutes", "base"},
    "gui": {"domain", "base", "importers", "store", "session", "demo", "portable", "minutes",
            "share", "archive"},
    "cli": {"domain", "base", "importers", "store", "session", "demo", "portable", "minutes",
            "gui", "share", "archive"},
}
# Known exceptions, each with the reason it stays for now (the list only ever shrinks).
EXCEPTIONS: dict[tuple[str, str], str] = {}
HEAVY = ("reportlab", "pyhanko", "pikepdf", "aiohttp", "segno")
START_UP = ("coprodesk.__main__", "coprodesk.cli", "coprodesk.gui.app", "coprodesk.gui.main_window")


def layer_of(module: str) -> str:
    """``coprodesk.gui.run.view`` -> ``gui``; root modules (and names defined in the root
    ``__init__``) are the base layer; ``python -m coprodesk`` is the command line."""
    parts = module.split(".")
    if len(parts) == 1 or parts[1] in BASE or parts[1] not in TOP:
        return "base"
    return "cli" if parts[1] == "__main__" else parts[1]


def module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
    return ".".join(parts)


def imports(path: Path, top_level_only: bool = False) -> list[str]:
    """Modules ``path`` imports (``if TYPE_CHECKING`` blocks left out); with
    ``top_level_only`` only those run when it is imported, not inside functions."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[str] = []

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                continue
            if top_level_only and isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            if isinstance(child, ast.Import):
                found.extend(a.name for a in child.names)
            elif isinstance(child, ast.ImportFrom) and child.module and child.level == 0:
                found.extend([child.module] + [f"{child.module}.{a.name}" for a in child.names])
            visit(child)

    visit(tree)
    return found


def excepted(rel: str, name: str) -> bool:
    return any(rel == path and (name == module or name.startswith(module + "."))
               for path, module in EXCEPTIONS)


SOURCES = sorted(p for p in PACKAGE.rglob("*.py") if "forms" not in p.parts)


def test_the_package_has_the_layers_the_rules_name():
    layers = {layer_of(module_name(p)) for p in SOURCES}
    assert layers == set(MAY_IMPORT)


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_upward_or_sideways_import(path):
    here = layer_of(module_name(path))
    rel = str(path.relative_to(PACKAGE))
    wrong = []
    for name in imports(path):
        if not name.startswith("coprodesk"):
            continue
        there = layer_of(name)
        if there != here and there not in MAY_IMPORT[here] and not excepted(rel, name):
            wrong.append(f"{name} ({there})")
    assert not wrong, f"{rel} is in {here}, which may not import {sorted(set(wrong))}"


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_only_the_store_speaks_sql(path):
    sql = [n for n in imports(path) if n.split(".")[0] in ("sqlite3", "sqlite_utils")]
    if layer_of(module_name(path)) != "store":
        assert sql == []


SQL_CALLS = ("execute", "executemany", "executescript")


def sql_use(path: Path) -> list[str]:
    """Where ``path`` speaks SQL itself, as far as ``ast`` sees: a call of ``.execute``
    (and its kin), a sqlite-utils table (``db[...]``, ``store.db``), or a connection taken
    in hand (``with store.write() as conn``; a bare ``with store.write():`` only groups
    store calls in one transaction)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Attribute) and node.attr in (*SQL_CALLS, "db") \
                and not (node.attr == "db" and ast.unparse(node.value) == "args"):
            found.append(f"{node.lineno}: .{node.attr}")
        elif isinstance(node, ast.Subscript) and ast.unparse(node.value).split(".")[-1] == "db":
            found.append(f"{node.lineno}: {ast.unparse(node)}")
        elif isinstance(node, ast.withitem) and node.optional_vars is not None \
                and ast.unparse(node.context_expr).endswith((".write()", ".reading()")):
            found.append(f"{node.context_expr.lineno}: {ast.unparse(node.context_expr)} as ...")
    return sorted(found, key=lambda f: int(f.split(":")[0]))


# SQL that is not the app's database, each with where it runs (the list stays this narrow):
# org-report adds up the archive's files with DuckDB, in memory, never touching a database.
OTHER_SQL: dict[str, str] = {"archive/org_report.py": "duckdb"}


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_only_the_store_executes_sql(path):
    if layer_of(module_name(path)) != "store" and str(path.relative_to(PACKAGE)) not in OTHER_SQL:
        assert sql_use(path) == []


@pytest.mark.parametrize("rel", sorted(OTHER_SQL))
def test_sql_outside_the_store_speaks_only_to_its_own_engine(rel):
    """The DuckDB of org-report reads files: no sqlite, no store connection, no store.db."""
    names = imports(PACKAGE / rel)
    assert OTHER_SQL[rel] in names
    assert not [n for n in names if n.split(".")[0] in ("sqlite3", "sqlite_utils")
                or n.startswith(("coprodesk.store", "coprodesk.session"))]
    assert not [f for f in sql_use(PACKAGE / rel) if not f.endswith(".execute")]


def test_the_sql_reader_sees_sql(tmp_path):
    source = tmp_path / "x.py"
    source.write_text("with store.write() as conn:\n    conn.execute('DELETE FROM t')\n"
                      "with store.write():\n    pass\nstore.db['t'].insert({})\n"
                      "path = args.db\n")
    assert sql_use(source) == ["1: store.write() as ...", "2: .execute", "5: store.db['t']",
                               "5: .db"]


def test_minutes_and_portable_do_not_know_each_other():
    """The PDF minutes and the meeting file are siblings: what writes both (the batch export,
    the archive) sits above them, in ``archive/`` (the import test holds each file to it)."""
    assert "portable" not in MAY_IMPORT["minutes"] and "minutes" not in MAY_IMPORT["portable"]
    assert {"minutes", "portable"} <= MAY_IMPORT["archive"]


def test_the_domain_imports_nothing_of_ours_and_nothing_of_qt():
    for path in PACKAGE.joinpath("domain").rglob("*.py"):
        names = imports(path)
        assert not [n for n in names if n.startswith("coprodesk") and layer_of(n) != "domain"]
        assert not [n for n in names if n.startswith(("PySide6", "sqlite", "reportlab", "pyhanko"))]


def test_reportlab_and_pyhanko_are_never_imported_at_start_up():
    """The closure of what start-up imports at module level, read statically (the window
    test also looks at sys.modules once the window is shown)."""
    by_name = {module_name(p): p for p in SOURCES}
    seen: set[str] = set()
    todo = list(START_UP)
    heavy = []
    while todo:
        name = todo.pop()
        if name in seen or name not in by_name:
            continue
        seen.add(name)
        for imported in imports(by_name[name], top_level_only=True):
            if imported.split(".")[0] in HEAVY:
                heavy.append(f"{name} imports {imported}")
            todo.append(imported)
            todo.extend(parent for parent in _parents(imported))
    assert "coprodesk.gui.main_window" in seen
    assert heavy == []


def _parents(name: str) -> list[str]:
    parts = name.split(".")
    return [".".join(parts[:n]) for n in range(2, len(parts))]


def test_the_rules_see_a_wrong_import(tmp_path):
    """The reader finds imports wherever they are, so the checks above can fail."""
    source = tmp_path / "x.py"
    source.write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import a\n"
                      "def f():\n    from coprodesk.gui.app import run_app\nimport sqlite3\n")
    assert imports(source) == ["typing", "typing.TYPE_CHECKING", "coprodesk.gui.app",
                               "coprodesk.gui.app.run_app", "sqlite3"]
    assert imports(source, top_level_only=True) == ["typing", "typing.TYPE_CHECKING", "sqlite3"]


def test_every_known_exception_is_still_needed():
    """An exception that no import needs any more comes off the list."""
    for rel, module in EXCEPTIONS:
        assert any(n == module or n.startswith(module + ".") for n in imports(PACKAGE / rel)), rel
