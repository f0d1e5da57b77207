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

    def without_minutes() -> None:  # the file claims signatures: first asked for the PDF
        QTimer.singleShot(0, lambda: qtbot.mouseClick(window.conflict_box.replace, LEFT))
        qtbot.mouseClick(window.minutes_box.without, LEFT)

    QTimer.singleShot(0, without_minutes)
    window.import_meeting(str(path))
    text = gui.problem_shown(window)
    assert "is signed in this database" in text and "nothing was imported" in text
    assert meeting_to_dict(store, closed) == before


def signed_meeting_file(store, tmp_path):
    """The demo's minutes certified by Jo (trusted here), and the meeting file that
    records it: (meeting file, signed PDF)."""
    from coprodesk.minutes.export import export_minutes
    from coprodesk.minutes.signing import certificate_pem, new_identity
    from coprodesk.minutes.trust import add_trusted
    from coprodesk.portable.export import write_meeting_json

    closed, _ = create_demo(store)
    jo = tmp_path / "jo.p12"
    new_identity("Jo Fischer", "jo@example.org", jo, b"jo-passphrase")
    pem = tmp_path / "jo.pem"
    pem.write_bytes(certificate_pem(jo, b"jo-passphrase"))
    add_trusted(pem)
    pdf = tmp_path / "minutes.pdf"
    export_minutes(store, closed, pdf, 1_780_000_000_000, identity=jo,
                   passphrase=b"jo-passphrase")
    path = tmp_path / "signed.json"
    write_meeting_json(store, closed, path)
    return path, pdf


def test_importing_a_signed_meeting_asks_for_its_minutes_and_checks_them(
        qtbot, gui, store, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from coprodesk.store.signing import amendments, signatures

    path, pdf = signed_meeting_file(store, tmp_path)
    other = open_store(tmp_path / "laptop.db")
    try:
        laptop = gui.window(other)
        asked = []
        monkeypatch.setattr(QFileDialog, "getOpenFileName",
                            lambda *a, **k: (asked.append(a[1]) or str(pdf), ""))

        def choose() -> None:
            box = laptop.minutes_box
            assert box.text() == "“Spring workshop” says its minutes are signed."
            assert box.defaultButton() is box.choose
            gui.assert_accessible(box, "the question for the signed minutes")
            qtbot.mouseClick(box.choose, LEFT)

        QTimer.singleShot(0, choose)
        laptop.import_meeting(str(path))
        assert asked == ["Signed minutes"]
        (m,) = repo.list_meetings(other)
        assert str(m.status) == "signed"
        assert [s.signer for s in signatures(other, m.id)] == ["Jo Fischer"]
        assert laptop.message_box is None  # nothing to warn about

        doc = json.loads(path.read_text())
        doc["meeting"]["uid"] = "a-copy-from-elsewhere"
        path.write_text(json.dumps(doc))
        QTimer.singleShot(0, lambda: qtbot.mouseClick(laptop.minutes_box.without, LEFT))
        laptop.import_meeting(str(path))
        text = gui.problem_shown(laptop)
        assert "“Spring workshop” arrived closed, not signed" in text
        copy = next(m for m in repo.list_meetings(other) if m.id != m_id(other, "signed"))
        assert str(copy.status) == "closed" and signatures(other, copy.id) == []
        assert amendments(other, copy.id)[0][1].startswith("Signed elsewhere, not checked here")
    finally:
        other.close()


def m_id(store, status: str) -> int:
    return next(m.id for m in repo.list_meetings(store) if str(m.status) == status)
