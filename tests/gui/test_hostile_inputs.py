"""Hostile files through the app's import dialogs, and over-long text in the editor.

One table per entry point; a new case is one line. A refused file shows one line naming
the problem, nothing is written (the database file is byte-identical), and no traceback or
crash dialog appears. The editor takes no more than the meeting format allows, so whatever
it accepts exports and imports again.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from coprodesk.demo import create_demo
from coprodesk.domain.limits import LABEL_MAX, NAME_MAX, TEXT_MAX, TITLE_MAX
from coprodesk.gui.editor.agenda import AgendaModel
from coprodesk.gui.editor.groups import GroupsModel
from coprodesk.gui.editor.people import PeopleModel
from coprodesk.portable.export import meeting_to_dict
from coprodesk.portable.importer import problems_in
from coprodesk.store import meetings as repo


def meeting_file(edit: Callable[[dict], None] | None = None, raw: tuple[str, str] | None = None,
                 prefix: str = "") -> Callable[[dict], str]:
    def make(doc: dict) -> str:
        doc = copy.deepcopy(doc)
        if edit:
            edit(doc)
        text = json.dumps(doc)
        if raw:
            text = text.replace(*raw, 1)
        return prefix + text
    return make


def people_file(text: str) -> Callable[[dict], str]:
    return lambda doc: text


YEAR0 = "0000-01-01T00:00:00.000Z"

# (entry point, the file from the demo meeting's dict, words of the one line; "" = accepted)
FILES: list[tuple[str, Callable[[dict], str], str]] = [
    ("meeting", meeting_file(raw=('"planned_s": 600', '"planned_s": 1' + "0" * 25)),
     "agenda[0].planned_s: must be ≤ 604800"),
    ("meeting", meeting_file(raw=('"planned_s": 600', '"planned_s": ' + "9" * 5000)),
     "digits is too large"),
    ("meeting", meeting_file(raw=('"derived": {', '"derived": {"x": ' + "[" * 5000 + "]" * 5000
                                  + ", ")), "nested too deeply"),
    ("meeting", meeting_file(lambda d: d["hands"].append({"person": "P1", "raised": YEAR0})),
     "hands[0].raised: not a valid time (year 0 is out of range)"),
    ("meeting", meeting_file(lambda d: d["signatures"].append(
        {"field": "f", "signer": "s", "signed": "2026-02-30T10:00:00Z"})),
     "signatures[0].signed: not a valid time"),
    ("meeting", meeting_file(lambda d: d["people"][0].update(name="x" * 201)),
     "people[0].name: length must be within 200"),
    ("meeting", meeting_file(prefix="\ufeff"), ""),
    ("people", people_file("Ann,Practitioner\nB\u2028o,Practitioner\n"),
     "line 2: the name holds a line break or control character (U+2028)"),
    ("people", people_file("Ann,Practitioner\n\nBo\u0085b,Practitioner\n"), "line 3: the name"),
    ("people", people_file("Ann,Practitioner\n" + "x" * 201 + ",Practitioner\n"),
     "line 2: the name is 201 characters long"),
]


@pytest.mark.parametrize(("entry", "make", "words"), FILES,
                         ids=[f"{c[0]}-{c[2][:30]}" for c in FILES])
def test_the_import_dialogs_refuse_a_hostile_file_in_one_line(gui, store, tmp_path, entry,
                                                               make, words):
    closed, planned = create_demo(store)
    doc = meeting_to_dict(store, closed)
    doc["meeting"]["uid"] = "another-meeting"
    path = tmp_path / ("m.json" if entry == "meeting" else "people.csv")
    path.write_text(make(doc), encoding="utf-8")
    window = gui.window(store)
    meetings = len(repo.list_meetings(store))
    before = store.path.read_bytes()
    if entry == "meeting":
        window.import_meeting(str(path))
    else:
        window.open_meeting(planned)
        assert window.editor.people.import_csv(path) is (not words)
    if not words:
        assert len(repo.list_meetings(store)) == meetings + (entry == "meeting")
        assert window.message_box is None
        return
    text = gui.problem_shown(window)
    assert words in text and "\n" not in text and "Traceback" not in text, text
    assert store.path.read_bytes() == before
    assert len(repo.list_meetings(store)) == meetings


# --------------------------------------------------------------------------- editor


def type_long(gui, widget: QLineEdit, limit: int, enter: bool) -> None:
    gui.type_into(widget, "w" * (limit + 15), enter=enter)


def form(tab: str, edit: str, enter: bool) -> Callable:
    def fill(gui, window, limit: int) -> None:
        page = getattr(window.editor, tab)
        window.editor.ui.tabs.setCurrentWidget(page)
        type_long(gui, getattr(page.ui, edit), limit, enter)
    return fill


def cell(tab: str, view: str, column: int) -> Callable:
    def fill(gui, window, limit: int) -> None:
        page = getattr(window.editor, tab)
        window.editor.ui.tabs.setCurrentWidget(page)
        table = getattr(page.ui, view)
        table.setCurrentIndex(table.model().index(0, column))
        table.edit(table.currentIndex())
        editor = table.viewport().findChild(QLineEdit)
        assert editor is not None and editor.maxLength() == limit
        type_long(gui, editor, limit, True)
    return fill


def pasted(edit: str) -> Callable:
    """A plain-text box has no maximum length: paste more than the format allows."""
    def fill(gui, window, limit: int) -> None:
        window.editor.ui.tabs.setCurrentWidget(window.editor.details)
        line = "w" * 79 + "\n"
        box = getattr(window.editor.details.ui, edit)
        box.setPlainText(line * (limit // 80 + 2))
        assert "At most 1,000,000 characters are kept" in gui.problem_shown(window)
        assert len(box.toPlainText()) == limit
    return fill


# (case, how the text is typed, the limit, where it lands in the meeting)
FIELDS: list[tuple[str, Callable, int, Callable]] = [
    ("meeting title", form("details", "titleEdit", False), TITLE_MAX, lambda m: m.title),
    ("purpose", pasted("purposeEdit"), TEXT_MAX, lambda m: m.purpose),
    ("place", form("details", "placeEdit", False), TITLE_MAX, lambda m: m.place),
    ("new item", form("agenda", "titleEdit", True), TITLE_MAX, lambda m: m.items[-1].title),
    ("new group", form("groups", "nameEdit", True), NAME_MAX, lambda m: m.groups[-1].name),
    ("new person", form("people", "nameEdit", True), NAME_MAX,
     lambda m: m.participants[-1].name),
    ("item title cell", cell("agenda", "agendaView", AgendaModel.TITLE), TITLE_MAX,
     lambda m: m.items[0].title),
    ("group name cell", cell("groups", "groupsView", GroupsModel.NAME), NAME_MAX,
     lambda m: m.groups[0].name),
    ("group label cell", cell("groups", "groupsView", GroupsModel.LABEL), LABEL_MAX,
     lambda m: m.groups[0].label),
    ("name cell", cell("people", "peopleView", PeopleModel.NAME), NAME_MAX,
     lambda m: m.participants[0].name),
    ("pseudonym cell", cell("people", "peopleView", PeopleModel.PSEUDONYM), NAME_MAX,
     lambda m: m.participants[0].pseudonym),
]


@pytest.mark.parametrize(("case", "fill", "limit", "stored"), FIELDS, ids=[c[0] for c in FIELDS])
def test_the_editor_takes_no_more_than_the_format_allows(qtbot, gui, store, case, fill, limit,
                                                         stored):
    _, planned = create_demo(store)
    window = gui.window(store)
    window.open_meeting(planned)
    fill(gui, window, limit)
    qtbot.waitUntil(lambda: len(stored(repo.load_meeting(store, planned))) == limit)
    assert problems_in(meeting_to_dict(store, planned)) == []
    qtbot.keyClick(window.editor, Qt.Key.Key_Escape)
