"""Three laptops' databases (as three people's) and one archive folder they share.

Built once per module from real meetings: the demo's closed meeting on laptop A, the same
meeting imported unchanged on laptop B with a meeting of B's own, and on laptop C a third.
Each test gets its own copy (file times kept), so tests can change what they like."""

from __future__ import annotations

import copy
import hashlib
import json
import shutil
from pathlib import Path

import pytest

from coprodesk.store.connection import open_store

from ..cli_run import run


def variant(doc: dict, uid: str, title: str, date: str, keep_turns: int) -> dict:
    """Another meeting made from ``doc``: new uid, title and date, the first turns only."""
    new = copy.deepcopy(doc)
    new["meeting"].update(uid=uid, title=title, date=date)
    new["turns"] = new["turns"][:keep_turns]
    return new


def write_json(path: Path, doc: dict) -> Path:
    path.write_text(json.dumps(doc, indent=2, ensure_ascii=False), encoding="utf-8")
    return path


def snapshot(root: Path) -> dict[str, tuple[int, str]]:
    """Every file under ``root``: its modification time (ns) and SHA-256."""
    return {p.relative_to(root).as_posix(): (p.stat().st_mtime_ns,
                                             hashlib.sha256(p.read_bytes()).hexdigest())
            for p in sorted(root.rglob("*")) if p.is_file()}


def database_id(db: Path) -> str:
    from coprodesk.store.identity import database_id as of

    store = open_store(db)
    try:
        return of(store)
    finally:
        store.close()


@pytest.fixture(scope="module")
def _laptops_once(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("laptops")
    capsys = _Capture()
    a, b, c = (base / f"{n}.db" for n in "abc")
    assert run(capsys, "--db", a, "demo")[0] == 0
    spring = base / "spring.json"
    assert run(capsys, "--db", a, "export", "Spring workshop", "--format", "json",
               "-o", spring)[0] == 0
    doc = json.loads(spring.read_text(encoding="utf-8"))
    summer = write_json(base / "summer.json", variant(doc, "b" * 32, "Summer workshop",
                                                      "2026-06-10", 30))
    autumn = write_json(base / "autumn.json", variant(doc, "c" * 32, "Autumn review",
                                                      "2026-10-01", 45))
    for db, files in ((b, (spring, summer)), (c, (autumn,))):
        for f in files:
            code, _out, err = run(capsys, "--db", db, "import", f)
            assert code == 0, err
    archive = base / "archive"
    for db in (a, b, c):
        code, _out, err = run(capsys, "--db", db, "archive", archive)
        assert code == 0, err
    return base


class _Capture:
    """capsys for a module-scoped fixture: output goes to a buffer that is thrown away."""

    def readouterr(self):
        return "", ""


@pytest.fixture
def laptops(_laptops_once, tmp_path) -> Path:
    """A copy of the three databases, their meeting files and the archive they filled."""
    target = tmp_path / "laptops"
    shutil.copytree(_laptops_once, target, copy_function=shutil.copy2)
    return target
