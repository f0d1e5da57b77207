"""What `coprodesk` has imported by the time its window is shown: the library, and nothing
built on first use (editor, run view, decision panel, participant screen) or heavy."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from coprodesk.demo import create_demo
from coprodesk.store.connection import open_store

# Started the way `coprodesk` starts; prints its modules once the window has been shown.
PROBE = """
import atexit, json, sys
atexit.register(lambda: print("modules:" + json.dumps(sorted(sys.modules)), flush=True))
sys.argv = ["coprodesk", "--db", sys.argv[1]]
import runpy
runpy.run_module("coprodesk", run_name="__main__")
"""
# Every module of ours the shown window needs. A new one here is a conscious choice: if
# it is only needed later, import it inside the function that needs it (ARCHITECTURE.md).
AT_START = {
    "coprodesk", "coprodesk.cli", "coprodesk.cli.common", "coprodesk.domain",
    "coprodesk.domain.vocabulary",  # the statuses the list shows; not the meeting values
    "coprodesk.fileio", "coprodesk.gui", "coprodesk.gui.app",
    "coprodesk.gui.colours",  # the scheme is applied before the window shows
    "coprodesk.gui.editing",  # the undo histories (Undo/Redo in the menus); no command yet
    "coprodesk.gui.errors",
    "coprodesk.gui.forms", "coprodesk.gui.forms.ui_library", "coprodesk.gui.forms.ui_main_window",
    "coprodesk.gui.inner_names", "coprodesk.gui.labels",
    "coprodesk.gui.library", "coprodesk.gui.main_window", "coprodesk.gui.rows_model",
    "coprodesk.gui.settings_keys", "coprodesk.gui.single_instance", "coprodesk.gui.translations",
    "coprodesk.library_warnings",  # library warnings go to the log from the first line
    "coprodesk.paths", "coprodesk.privacy", "coprodesk.resources", "coprodesk.store",
    "coprodesk.store.backup", "coprodesk.store.connection", "coprodesk.store.errors",
    "coprodesk.store.library",  # one query for the list, not the meeting repository
    "coprodesk.store.readonly", "coprodesk.store.schema",
}
ON_FIRST_USE = ("coprodesk.gui.editor.page", "coprodesk.gui.run.view",
                "coprodesk.gui.decisions.panel", "coprodesk.gui.participant.view",
                "coprodesk.minutes", "coprodesk.portable", "coprodesk.session",
                "coprodesk.domain.model", "coprodesk.store.meetings", "coprodesk.gui.undo")
STEPS = ["command line read", "modules imported", "QApplication", "translations, log, style",
         "single-instance claim", "database opened", "window built", "window.show()",
         "first turn of the event loop"]
HEAVY = ("reportlab", "pyhanko", "jsonschema", "fastjsonschema", "sqlite_utils", "bidi",
         "arabic_reshaper", "cryptography",
         "multiprocessing", "hashlib")  # (the one-app claim listens once the window shows)


def test_the_shown_window_has_imported_only_what_it_needs(tmp_path: Path):
    db = tmp_path / "m.db"
    store = open_store(db)
    create_demo(store)  # the demo is there: no first-start question holds the window
    store.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "COPRODESK_EXIT_WHEN_SHOWN": "1",
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    done = subprocess.run([sys.executable, "-c", PROBE, str(db)], env=env, capture_output=True,
                          text=True, timeout=120, check=True)
    assert "shown: CoProDesk" in done.stdout
    modules = set(json.loads(done.stdout.rsplit("modules:", 1)[1]))
    ours = {m for m in modules if m == "coprodesk" or m.startswith("coprodesk.")}
    print(f"{len(ours)} of our modules and {len(modules)} in all when the window is shown")
    assert ours == AT_START
    assert not [m for m in ON_FIRST_USE if m in modules]
    assert not [m for m in modules if m.split(".")[0] in HEAVY]
    # the steps the benchmark times, each ended after the one before
    marks = json.loads(done.stdout.split("marks:", 1)[1].splitlines()[0])
    assert [step for step, _at in marks] == STEPS
    assert [at for _step, at in marks] == sorted(at for _step, at in marks)
