"""File → Export meeting… / Import meeting…, with the conflict question and refusals."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt, QTimer

from coprodesk.demo import create_demo
from coprodesk.store import meetings as repo
from coprodesk.store.connection import open_store

LEFT = Qt.MouseButton.LeftButton


def test_export_then_import_with_keep_both_and_cancel(qtbot, gui, store, tmp_path):
    closed, _ = create_demo(store)
    window = gui.window(store)
    window.open_meeting(closed)
    path = tmp_path / "spring.json"
    window.export_meeting(path)
    assert json.loads(path.read_text())["meeting"]["title"] == "Spring workshop"

    other = open_store(tmp_path / "laptop.db")
    laptop = gui.window(other)
    laptop.import_meeting(str(path))
    assert [m.title for m in repo.list_meetings(other)] == ["Spring workshop"]
    assert "Spring workshop" in [laptop.library.proxy.index(r, 1).data()
                                 for r in range(laptop.library.proxy.rowCount())]

    def answer(which: str) -> None:
        box = laptop.conflict_box
        qtbot.mouseClick(getattr(box, which), LEFT)

    QTimer.singleShot(0, lambda: answer("cancel"))
    laptop.import_meeting(str(path))
    assert len(repo.list_meetings(other)) == 1
    QTimer.singleShot(0, lambda: answer("copy"))
    laptop.import_meeting(str(path))
    assert [m.title for m in repo.list_meetings(other)] == ["Spring workshop"] * 2
    QTimer.singleShot(0, lambda: answer("replace"))
    laptop.import_meeting(str(path))
    assert len(repo.list_meetings(other)) == 2
    other.close()


def test_a_damaged_file_is_refused_with_its_paths_and_nothing_imported(qtbot, gui, store,
                                                                       tmp_path):
    closed, _ = create_demo(store)
    window = gui.window(store)
    window.open_meeting(closed)
    path = tmp_path / "spring.json"
    window.export_meeting(path)
    doc = json.loads(path.read_text())
    doc["agenda"][2]["planned_s"] = -60
    doc["meeting"]["uid"] = "another"
    path.write_text(json.dumps(doc))
    before = len(repo.list_meetings(store))
    window.import_meeting(str(path))
    text = gui.problem_shown(window)
    assert "agenda[2].planned_s: must be ≥ 0" in text and "nothing was imported" in text
    assert len(repo.list_meetings(store)) == before


def test_replacing_signed_minutes_with_a_different_file_is_refused_in_the_window(
        qtbot, gui, store, tmp_path):
    from coprodesk.portable.export import meeting_to_dict
    from coprodesk.store.signing import record_signature

    closed, _ = create_demo(store)
    record_signature(store, closed, "Jo Fischer", "Jo Fischer", 1_780_000_000_000, "ab" * 32)
    doc = meeting_to_dict(store, closed)
    doc["decisions"][0]["statement"] = "Not what was signed."
    path = tmp_path / "changed.json"
    path.write_text(json.dumps(doc))
    before = meeting_to_dict(store, closed)
    window = gui.window(store)
    QTimer.singleShot(0, lambda: qtbot.mouseClick(window.conflict_box.replace, LEFT))
    window.import_meeting(str(path))
    text = gui.problem_shown(window)
    assert "is signed in this database" in text and "nothing was imported" in text
    assert meeting_to_dict(store, closed) == before
