"""pytest plugin for ``make test-newest``: for each failing test, the package whose file raised."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from newest import blame


class BlamePlugin:
    def __init__(self, out: Path) -> None:
        self.out = out
        self.blamed: dict[str, str] = {}

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_makereport(self, item, call):
        report = (yield).get_result()
        if report.failed and call.excinfo is not None:
            self.blamed.setdefault(item.nodeid, blame(call.excinfo.value))

    def pytest_sessionfinish(self, session, exitstatus):
        self.out.write_text(json.dumps(self.blamed, indent=1))
