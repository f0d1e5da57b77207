"""SIGKILL at random points: `demo`, `import-turns` and `export`, each killed at least 20
times as real processes, leave a database that passes PRAGMA integrity_check and holds
all or nothing of the killed command's writes, an export target that is absent, the old
file or a whole new one, and no `.part` file after the next export into that folder.

The harness is benchmarks/kill_consistency.py; run it there for hundreds of kills.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

HARNESS = Path(__file__).parents[1] / "benchmarks" / "kill_consistency.py"
KILLS = 20

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def harness():
    spec = importlib.util.spec_from_file_location("kill_consistency", HARNESS)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_killed_commands_leave_all_or_nothing_and_no_half_file(tmp_path, capsys):
    tallies = harness().kill_many(tmp_path, KILLS, pdf_every=10)
    capsys.readouterr()  # the next exports print their "Wrote" lines
    for name, tally in tallies.items():
        assert tally.problems == [], name
        assert tally.kills >= KILLS, name
        assert set(tally.outcomes) <= {"nothing", "whole", "old file"}, name
        assert sum(tally.outcomes.values()) == tally.kills + tally.finished, name
    export = tallies["export"]
    assert export.leftovers == export.leftovers_removed
