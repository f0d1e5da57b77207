"""Render the demo meeting's minutes, and its easy-read minutes, to PNGs with pdftoppm;
then the decision pages of the German minutes (minutes_de_page-*.png).

    .venv/bin/python docs/screenshots/make_minutes.py
"""

from __future__ import annotations

import subprocess
import tempfile
import time
from pathlib import Path

from coprodesk.demo import create_demo
from coprodesk.minutes.export import export_easy_read, export_minutes
from coprodesk.minutes.language import use_language
from coprodesk.store.connection import open_store

HERE = Path(__file__).parent


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "demo.db")
        closed, _planned = create_demo(store)
        pdf = HERE / "minutes_demo.pdf"
        easy = HERE / "easy_read_demo.pdf"
        export_minutes(store, closed, pdf, int(time.time() * 1000))
        export_easy_read(store, closed, easy, int(time.time() * 1000))
        use_language("de_DE")
        german = HERE / "minutes_de_demo.pdf"
        export_minutes(store, closed, german, int(time.time() * 1000))
        use_language("en")
        store.close()
    for old in [*HERE.glob("minutes_page-*.png"), *HERE.glob("easy_read_page-*.png"),
                *HERE.glob("minutes_de_page-*.png")]:
        old.unlink()
    subprocess.run(["pdftoppm", "-r", "80", "-png", "-f", "3", "-l", "4", str(german),
                    str(HERE / "minutes_de_page")], check=True)
    german.unlink()
    subprocess.run(["pdftoppm", "-r", "80", "-png", str(pdf), str(HERE / "minutes_page")],
                   check=True)
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(easy), str(HERE / "easy_read_page")],
                   check=True)
    pdf.unlink()
    easy.unlink()


if __name__ == "__main__":
    main()
