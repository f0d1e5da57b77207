"""Every window, panel and dialog at 1280 × 720, in English and in German.

A facilitator's laptop on a projector often runs at 1280 × 720. Each screen
``walk_everything`` opens is checked as it is shown: the main window does not widen (or
grow taller) beyond 1280 × 720, a dialog or other window is not larger than the screen,
no widget lies outside its window (outside a scroll area), and no text is clipped. Clipped
means the text's width in the widget's effective font (semi-bold for a default button and
a selected tab, as the stylesheet draws them) exceeds the room the style leaves it (its
padding, border, indicator and icon taken off): labels, buttons, check boxes and radio
buttons, combo box items, tab titles, group box titles and table headers. The decision
panel shows at least eight people of the stance grid.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, QRect, Qt, QTranslator
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionGroupBox,
    QTabBar,
    QWidget,
)

from coprodesk.gui import colours
from coprodesk.gui.app import apply_style
from coprodesk.gui.translations import translations_folder
from coprodesk.resources import resource_path

from .test_languages import Reader, plain, walk_everything, window_says_german

SCREEN = QRect(0, 0, 1280, 720)
SE, CC, SC = QStyle.SubElement, QStyle.ComplexControl, QStyle.SubControl


def _words(text: str) -> str:
    return re.sub(r"&(.)", r"\1", text)


def _semi_bold(rule: str) -> bool:
    """Whether app.qss draws ``rule`` (``QPushButton:default``…) in a heavier weight."""
    sheet = resource_path("app.qss").read_text(encoding="utf-8")
    return bool(re.search(re.escape(rule) + r"\s*\{[^}]*font-weight", sheet))


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setWeight(max(font.weight(), QFont.Weight.DemiBold))
    return bold


def _wide(font: QFont, text: str) -> int:
    fm = QFontMetrics(font)
    return max((fm.horizontalAdvance(line) for line in text.splitlines()), default=0)


def _button(w: QAbstractButton) -> str | None:
    if not isinstance(w, (QPushButton, QCheckBox, QRadioButton)):  # a tool button
        hint = w.sizeHint().width()
        return f"{w.width()} px wide, needs {hint} px" if w.width() < hint else None
    opt = QStyleOptionButton()
    w.initStyleOption(opt)
    font = w.font()
    if isinstance(w, QPushButton):
        # a default button, or one that becomes it when focused in a dialog, is drawn as
        # app.qss says: in a heavier weight, its words must fit in that weight
        if (w.isDefault() or (w.autoDefault() and isinstance(w.window(), QDialog))) \
                and _semi_bold("QPushButton:default"):
            font = _bold(font)
        room = w.style().subElementRect(SE.SE_PushButtonContents, opt, w).width()
        if not w.icon().isNull():
            room -= w.iconSize().width() + 4
        if w.menu() is not None:
            room -= w.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, opt, w)
    else:
        element = SE.SE_CheckBoxContents if isinstance(w, QCheckBox) else SE.SE_RadioButtonContents
        room = w.style().subElementRect(element, opt, w).width()
    need = _wide(font, _words(w.text()))
    return f"{need} px of text in {room} px" if need > room else None


def _label(w: QLabel) -> str | None:
    if not w.pixmap().isNull() or not w.text().strip():
        return None
    text = plain(w.text())
    if w.textFormat() != Qt.TextFormat.RichText and w.buddy() is not None:
        text = _words(text)
    room = w.contentsRect().adjusted(w.margin(), w.margin(), -w.margin(), -w.margin())
    if w.wordWrap():
        need = w.heightForWidth(w.width())
        if need > w.height() + 1:
            return f"{need} px of wrapped text in {w.height()} px height"
        # a word too long to wrap (where Qt would break the line) runs past the edge
        wide = QFontMetrics(w.font()).boundingRect(QRect(0, 0, room.width(), 100_000),
                                                   Qt.TextFlag.TextWordWrap, text).width()
        return f"{wide} px of wrapped text in {room.width()} px" if wide > room.width() + 1 \
            else None
    need = _wide(w.font(), text)
    if need > room.width() + 1:
        return f"{need} px of text in {room.width()} px"
    tall = w.sizeHint().height()
    return f"{tall} px of lines in {w.height()} px height" if tall > w.height() + 1 else None


def _combo(w: QComboBox, data: list[str]) -> str | None:
    opt = QStyleOptionComboBox()
    w.initStyleOption(opt)
    room = w.style().subControlRect(CC.CC_ComboBox, opt, SC.SC_ComboBoxEditField, w).width()
    for i in range(w.count()):
        text = w.itemText(i)
        if any(len(d) > 3 and d in text for d in data):
            continue  # the meeting's own words (a proposal, a series' name) may be elided
        need = QFontMetrics(w.font()).horizontalAdvance(text)
        if not w.itemIcon(i).isNull():
            need += w.iconSize().width() + 4
        if need > room:
            return f"item {text!r}: {need} px of text in {room} px"
    return None


def _tabs(w: QTabBar) -> str | None:
    for i in range(w.count()):
        room = w.tabRect(i).width() - 2 * (13 + 1)  # app.qss: padding 13 px, a 1 px border
        font = _bold(w.font()) if i == w.currentIndex() and _semi_bold("QTabBar::tab:selected") \
            else w.font()
        need = _wide(font, _words(w.tabText(i)))
        if need > room:
            return f"tab {w.tabText(i)!r}: {need} px of text in {room} px"
    return None


def _group(w: QGroupBox) -> str | None:
    if not w.title():
        return None
    opt = QStyleOptionGroupBox()
    opt.initFrom(w)
    opt.text, opt.subControls = w.title(), SC.SC_GroupBoxLabel
    if w.isCheckable():
        opt.subControls |= SC.SC_GroupBoxCheckBox
    room = w.style().subControlRect(CC.CC_GroupBox, opt, SC.SC_GroupBoxLabel, w).width()
    need = _wide(w.font(), _words(w.title()))
    return f"{need} px of title in {room} px" if need > room + 1 else None


def _header(w: QHeaderView) -> str | None:
    model = w.model()
    if model is None or w.orientation() != Qt.Orientation.Horizontal:
        return None
    font = _bold(w.font()) if _semi_bold("QHeaderView::section") else w.font()
    for section in range(w.count()):
        if w.isSectionHidden(section) or w.sectionSize(section) <= 0:
            continue
        text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        need = _wide(font, text) + 2 * 6 + 1  # app.qss: padding 6 px, a 1 px line
        if w.isSortIndicatorShown() and w.sortIndicatorSection() == section:
            need += w.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, w)
        if need > w.sectionSize(section):
            return f"heading {text!r}: {need} px in {w.sectionSize(section)} px"
    return None


def cut(w: QWidget, data: list[str]) -> str | None:
    if isinstance(w, QLabel):
        return _label(w)
    if isinstance(w, QAbstractButton) and w.text():
        return _button(w)
    if isinstance(w, QComboBox):
        return _combo(w, data)
    if isinstance(w, QTabBar):
        return _tabs(w)
    if isinstance(w, QGroupBox):
        return _group(w)
    if isinstance(w, QHeaderView):
        return _header(w)
    return None


def scrolled(w: QWidget, top: QWidget) -> bool:
    """Inside a scroll area's viewport: reachable by scrolling wherever it lies."""
    p = w.parentWidget()
    while p is not None and p is not top:
        if isinstance(p.parentWidget(), QAbstractScrollArea) and \
                p is p.parentWidget().viewport():
            return True
        p = p.parentWidget()
    return False


class Fit(Reader):
    def __init__(self) -> None:
        super().__init__([])
        self.too_big: dict[str, str] = {}
        self.outside: dict[str, str] = {}
        self.cut: dict[str, str] = {}
        self.few_rows: dict[str, str] = {}

    def read(self, root: QWidget, where: str) -> None:
        top = root.window()
        if not isinstance(top, QDialog) and top.objectName() != "MainWindow" and \
                top.size() != SCREEN.size():
            top.resize(SCREEN.size())  # another window, as large as the screen allows
        QApplication.processEvents()
        if top.width() > SCREEN.width() or top.height() > SCREEN.height():
            self.too_big.setdefault(where, f"{type(top).__name__} is {top.width()} × "
                                           f"{top.height()} px")
        inside = QRect(0, 0, min(top.width(), SCREEN.width()), min(top.height(), SCREEN.height()))
        for w in (root, *root.findChildren(QWidget)):
            if not w.isVisible() or w.width() <= 0 or w.height() <= 0 or w.window() is not top:
                continue
            label = f"{where}: {type(w).__name__} {w.objectName()!r}"
            if w is not top and not scrolled(w, top):
                r = QRect(w.mapTo(top, QPoint(0, 0)), w.size())
                if not inside.contains(r):
                    self.outside.setdefault(label, f"at {r.x()},{r.y()} {r.width()} × {r.height()}")
            problem = cut(w, self.data)
            if problem:
                text = getattr(w, "text", None)
                self.cut.setdefault(f"{label} {plain(text()) if callable(text) else ''!r}",
                                    problem)
            if w.objectName() == "stanceView":
                model, rows = w.model(), w.verticalHeader().defaultSectionSize()
                shown = w.viewport().height() // max(1, rows)
                if model is not None and shown < min(8, model.rowCount()):
                    self.few_rows.setdefault(where, f"{shown} of {model.rowCount()} people")

    def report(self) -> str:
        lines = []
        for title, found in (("too big", self.too_big), ("outside their window", self.outside),
                             ("clipped", self.cut), ("stance grid", self.few_rows)):
            lines.append(f"{title} ({len(found)}):")
            lines += [f"  {k}: {v}" for k, v in found.items()]
        return "\n".join(lines)


@pytest.mark.parametrize("language", ["en", "de"])
def test_every_screen_fits_1280_by_720(qtbot, store, tmp_path, language):
    app = QApplication.instance()
    sheet = app.styleSheet()
    apply_style(app)  # as the app starts: its stylesheet sets paddings and semi-bold texts
    translator = QTranslator(app)
    if language == "de":
        assert translator.load(str(translations_folder() / "coprodesk_de.qm"))
        app.installTranslator(translator)
    fit = Fit()
    try:
        walk_everything(qtbot, store, tmp_path, fit)
        assert window_says_german(app) == (language == "de")
    finally:
        app.removeTranslator(translator)
        colours.forget_scheme()
        app.setStyleSheet(sheet)
    print(fit.report())
    assert not (fit.too_big or fit.outside or fit.cut or fit.few_rows), fit.report()
