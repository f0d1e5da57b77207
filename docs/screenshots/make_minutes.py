"""Render the demo meeting's minutes to PNGs with pdftoppm (poppler-utils).

    .venv/bin/python docs/screenshots/make_minutes.py
"""

from __future__ import annotations

import subprocess
import tempfile
import time
from pathlib import Path

from coprodesk.demo import create_demo
from coprodesk.minutes.export import export_minutes
from coprodesk.store.connection import open_store

HERE = Path(__file__).parent


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "demo.db")
        closed, _planned = create_demo(store)
        pdf = HERE / "minutes_demo.pdf"
        export_minutes(store, closed, pdf, int(time.time() * 1000))
        store.close()
    for old in HERE.glob("minutes_page-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-r", "80", "-png", str(pdf), str(HERE / "minutes_page")],
                   check=True)
    pdf.unlink()


if __name__ == "__main__":
    main()
