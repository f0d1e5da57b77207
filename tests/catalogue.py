"""A translator's catalogue made at test time: ``coprodesk_de.qm`` from a few messages,
compiled by the same ``pyside6-lrelease`` that ``make translations`` uses."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")
needs_lrelease = pytest.mark.skipif(not LRELEASE.exists(), reason="pyside6-lrelease is not installed")


def german_qm(folder: Path, context: str, messages: str) -> None:
    """A translator's ``coprodesk_de.qm`` in ``folder``: ``messages`` are <message> elements
    of ``context``."""
    ts = folder / "coprodesk_de.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" '
                  f'language="de"><context><name>{context}</name>{messages}</context></TS>',
                  encoding="utf-8")
    subprocess.run([str(LRELEASE), str(ts), "-qm", str(folder / "coprodesk_de.qm")],
                   check=True, capture_output=True)
