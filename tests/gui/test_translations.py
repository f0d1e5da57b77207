"""A translator's file changes what the window says; without one, English stays."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from coprodesk.gui.translations import install_translators, translations_folder
from coprodesk.store.connection import open_store

from ..catalogue import LRELEASE, german_qm
from .conftest import make_window


def test_the_template_holds_every_menu_string_of_the_main_window():
    template = translations_folder() / "coprodesk.ts"
    root = ET.parse(template).getroot()
    main = next(c for c in root.iter("context") if c.findtext("name") == "MainWindow")
    sources = {m.findtext("source") for m in main.iter("message")}
    assert {"&File", "&Edit", "&Meeting", "&Export minutes…"} <= sources


@pytest.mark.skipif(not LRELEASE.exists(), reason="pyside6-lrelease is not installed")
def test_a_german_file_translates_the_menus_and_english_is_untouched(qtbot, tmp_path):
    german_qm(tmp_path, "MainWindow",
              "<message><source>&amp;File</source><translation>&amp;Datei</translation></message>"
              "<message><source>&amp;Export minutes…</source>"
              "<translation>&amp;Protokoll exportieren…</translation></message>")
    app = QApplication.instance()
    english = install_translators(app, QLocale("en_GB"), tmp_path)
    assert not any("coprodesk" in t.filePath() for t in english)  # the source is English
    installed = english + install_translators(app, QLocale("de_DE"), tmp_path)
    try:
        assert any(t.filePath().endswith("coprodesk_de.qm") for t in installed)
        store = open_store(tmp_path / "m.db")
        window = make_window(qtbot, store, tmp_path)
        assert window.ui.menuFile.title() == "&Datei"
        assert window.ui.actionExportMinutes.text() == "&Protokoll exportieren…"
        assert window.ui.menuEdit.title() == "&Edit"  # not translated: the English source
        window.close()
        store.close()
    finally:
        for translator in installed:
            app.removeTranslator(translator)


def _template_sources() -> dict[str, set[str]]:
    root = ET.parse(translations_folder() / "coprodesk.ts").getroot()
    return {c.findtext("name"): {m.findtext("source") for m in c.iter("message")}
            for c in root.iter("context")}


def test_every_column_header_is_in_the_template_under_its_models_name():
    """Headers live in tuples, so they are marked for lupdate; a stale template fails here."""
    from coprodesk.gui.decisions.models import ActionsModel, StanceModel
    from coprodesk.gui.editor.agenda import AgendaModel
    from coprodesk.gui.editor.groups import GroupsModel
    from coprodesk.gui.editor.people import PeopleModel
    from coprodesk.gui.library import MeetingsModel
    from coprodesk.gui.minutes_dialogs import SignaturesModel
    from coprodesk.gui.series.models import CarriedModel, SeriesMeetingsModel, SeriesPeopleModel
    from coprodesk.gui.signing.sign import BoxesModel
    from coprodesk.gui.signing.trust import TrustedPeopleModel

    sources = _template_sources()
    for model in (ActionsModel, StanceModel, AgendaModel, GroupsModel, PeopleModel, MeetingsModel,
                  SignaturesModel, CarriedModel, SeriesPeopleModel, BoxesModel,
                  TrustedPeopleModel):
        assert set(model.HEADERS) <= sources.get(model.__name__, set()), model.__name__
    assert set(SeriesMeetingsModel.FIXED) <= sources["series"]


@pytest.mark.skipif(not LRELEASE.exists(), reason="pyside6-lrelease is not installed")
def test_a_translated_header_reaches_the_table(qtbot, tmp_path):
    from coprodesk.gui.minutes_dialogs import SignaturesModel

    german_qm(tmp_path, "SignaturesModel",
              "<message><source>Signer</source><translation>Unterzeichner</translation></message>")
    app = QApplication.instance()
    installed = install_translators(app, QLocale("de_DE"), tmp_path)
    try:
        model = SignaturesModel()
        assert model.headerData(1, Qt.Orientation.Horizontal) == "Unterzeichner"
        assert model.headerData(0, Qt.Orientation.Horizontal) == "Box"  # untranslated: English
    finally:
        for translator in installed:
            app.removeTranslator(translator)
