"""The one accessibility walker every window's test runs.

It reads a window, panel or dialog the two ways a keyboard or screen-reader user meets it:
the ``QAccessible`` tree (what a screen reader is told, Qt's inner parts included: a line
edit's clear button, a date edit's field, a table's corner button) and the real focus chain
driven with Tab / Shift+Tab key presses. It reports three kinds of problem:

- **unnamed**: an interactive element (button, edit, combo box, check box, spin or date
  box, tab, slider, list, table) whose accessible name is empty;
- **unfocusable**: a control the mouse can use that no key can reach (``NoFocus``/
  ``ClickFocus``), except Qt's inner parts whose whole takes the keys (a clear button:
  select and delete; a corner button: Ctrl+A);
- **traps**: a widget that Tab and Shift+Tab do not leave (Ctrl+Tab is accepted for a
  text box, where Tab types a tab), or a focusable widget the Tab cycle never visits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QToolBar,
    QToolButton,
    QWidget,
)

R = QAccessible.Role
INTERACTIVE = {R.PushButton, R.CheckBox, R.RadioButton, R.ComboBox, R.EditableText,
               R.SpinBox, R.Slider, R.ButtonMenu, R.ButtonDropDown, R.PageTab, R.Table,
               R.List, R.Tree, R.Dial, R.HotkeyField}
# children a screen reader reads through their whole (cells of a table, items of a list)
WHOLES = {R.Table, R.List, R.Tree, R.TreeItem, R.PageTabList, R.MenuBar, R.PopupMenu}
# a spin box's or combo box's own parts, and Qt's painted helpers: keys reach their whole
INNER_PARTS = ("QLineEditIconButton", "QTableCornerButton", "QScrollBar", "QComboBoxListView",
               "QComboBoxPrivateContainer", "QCalendarWidget")
TEXT_BOXES = (QTextEdit, QPlainTextEdit)
CONTROLS = (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QAbstractItemView,
            QAbstractSlider, QTabBar, QTextEdit, QPlainTextEdit)


@dataclass
class Findings:
    """What the walker found under one root."""

    where: str
    unnamed: list[str] = field(default_factory=list)
    unfocusable: list[str] = field(default_factory=list)
    traps: list[str] = field(default_factory=list)

    @property
    def counts(self) -> tuple[int, int, int]:
        return len(self.unnamed), len(self.unfocusable), len(self.traps)

    def __str__(self) -> str:
        lines = [f"{self.where}: {len(self.unnamed)} unnamed, {len(self.unfocusable)} "
                 f"unfocusable, {len(self.traps)} traps"]
        lines += [f"  unnamed: {x}" for x in self.unnamed]
        lines += [f"  unfocusable: {x}" for x in self.unfocusable]
        lines += [f"  trap: {x}" for x in self.traps]
        return "\n".join(lines)

    def without(self, unnamed: tuple[str, ...] = (), unfocusable: tuple[str, ...] = (),
                traps: tuple[str, ...] = ()) -> Findings:
        """These findings less the ones naming any of the given (known, tracked gaps)."""
        def keep(xs: list[str], allowed: tuple[str, ...]) -> list[str]:
            return [x for x in xs if not any(a in x for a in allowed)]
        return Findings(self.where, keep(self.unnamed, unnamed),
                        keep(self.unfocusable, unfocusable), keep(self.traps, traps))


def describe(w: QWidget | None) -> str:
    if w is None:
        return "?"
    parent = w.parentWidget()
    up = f" in {type(parent).__name__} {parent.objectName()!r}" if parent is not None else ""
    return f"{type(w).__name__} {w.objectName()!r}{up}"


def _shown(w: QWidget, root: QWidget) -> bool:
    return w is root or (w.isVisibleTo(root) and w.window() is root.window())


# --- names: the QAccessible tree ----------------------------------------------------------

def _walk(iface, root: QWidget, out: list[str], depth: int = 0) -> None:
    if iface is None or not iface.isValid() or depth > 40:
        return
    state = iface.state()
    if state.invisible or state.offscreen:
        return
    role = iface.role()
    obj = iface.object()
    w = obj if isinstance(obj, QWidget) else None
    if w is not None and w is not root and not _shown(w, root):
        return
    if (role in INTERACTIVE and not state.disabled) or role in (R.Table, R.List, R.Tree):
        name = (iface.text(QAccessible.Text.Name) or "").strip()
        if not name:
            label = describe(w) if w is not None else f"{role.name} (part of {describe(_owner(iface))})"
            out.append(f"{role.name}: {label}")
    if role in WHOLES:
        # cells and items are read through their table or list; Qt's own widget parts
        # (corner button, scroll bars) are widgets: read them from the widget tree below
        return
    for i in range(iface.childCount()):
        _walk(iface.child(i), root, out, depth + 1)


def _owner(iface) -> QWidget | None:
    while iface is not None and iface.isValid():
        if isinstance(iface.object(), QWidget):
            return iface.object()
        iface = iface.parent()
    return None


def _inner_parts_unnamed(root: QWidget) -> list[str]:
    """Qt's own parts a screen reader may land on but the accessible tree of their whole
    does not name: a spin or date box's field, a line edit's clear button (shown once
    there is text), a table's corner button."""
    out = []
    for spin in root.findChildren(QAbstractSpinBox):
        edit = spin.findChild(QLineEdit)
        if _shown(spin, root) and edit is not None and not edit.accessibleName():
            out.append(f"EditableText: field of {describe(spin)}")
    for edit in root.findChildren(QLineEdit):
        if _shown(edit, root) and edit.isClearButtonEnabled():
            for clear in edit.findChildren(QToolButton):
                if not (clear.text() or clear.accessibleName()):
                    out.append(f"Button: clear button of {describe(edit)}")
    for view in root.findChildren(QAbstractItemView):
        if not _shown(view, root):
            continue
        for part in view.findChildren(QAbstractButton):
            if _shown(part, root) and not (part.text() or part.accessibleName()):
                out.append(f"PushButton: {describe(part)}")
    return out


def unnamed(root: QWidget) -> list[str]:
    """Interactive elements under ``root`` a screen reader would have to read as nothing."""
    out: list[str] = []
    _walk(QAccessible.queryAccessibleInterface(root), root, out)
    out += _inner_parts_unnamed(root)
    return sorted(set(out))


# --- reach: what no key can get to ---------------------------------------------------------

def _inner(w: QWidget, root: QWidget) -> bool:
    """A part Qt builds inside a whole that takes the keys for it."""
    if type(w).__name__ in INNER_PARTS or w.objectName() == "qt_tableview_cornerbutton" or (
            isinstance(w, QToolButton) and isinstance(w.parentWidget(), QLineEdit)):
        return True
    parent = w.parentWidget()
    while parent is not None and parent is not root.parentWidget():
        if isinstance(parent, (QAbstractSpinBox, QComboBox)) or (
                isinstance(parent, QAbstractItemView) and w.parentWidget() is not parent):
            return True
        parent = parent.parentWidget()
    return False


def _has_key_twin(w: QWidget) -> bool:
    """A tool bar button whose action is also in a menu or has a shortcut: Qt's tool bars
    are for the mouse, the menu bar carries the same command for the keyboard."""
    action = w.defaultAction() if isinstance(w, QToolButton) else None
    if action is None or not isinstance(w.parentWidget(), QToolBar):
        return False
    return bool(action.shortcuts()) or any(isinstance(o, QMenu) for o in action.associatedObjects())


def _clickable(w: QWidget) -> bool:
    """A painted widget of ours the mouse uses (it has a ``clicked`` signal), like a tile."""
    if not type(w).__module__.startswith("coprodesk."):
        return False
    meta = w.metaObject()
    return any(bytes(meta.method(i).methodSignature()).startswith(b"clicked")
               for i in range(meta.methodOffset(), meta.methodCount()))


def _interactive(w: QWidget) -> bool:
    if isinstance(w, CONTROLS) or _clickable(w):
        return True
    iface = QAccessible.queryAccessibleInterface(w)
    return iface is not None and iface.isValid() and iface.role() in INTERACTIVE


def unfocusable(root: QWidget) -> list[str]:
    """Controls a mouse can use that Tab can never reach."""
    return [describe(w) for w in _unfocusable(root)]


def _unfocusable(root: QWidget) -> list[QWidget]:
    out = []
    for w in root.findChildren(QWidget):
        if not _shown(w, root) or not w.isEnabled() or not _interactive(w):
            continue
        if _inner(w, root) or isinstance(w, QHeaderView) or _has_key_twin(w):
            continue
        if isinstance(w, QAbstractButton) and w.autoExclusive() and not w.isChecked():
            continue  # Qt's radio group: Tab reaches the checked one, arrows the others
        if isinstance(w, QTabBar) and w.parentWidget() is not None and \
                w.parentWidget().focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if not w.focusPolicy() & Qt.FocusPolicy.TabFocus:
            out.append(w)
    return out


ARROWS = (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Up)


def arrow_reached(root: QWidget, missing: list[QWidget]) -> set[QWidget]:
    """Of ``missing``, those the arrow keys reach from a sibling of the same kind that Tab
    reaches (one stop for a group, as tiles or radio buttons: a "roving" focus)."""
    reached: set[QWidget] = set()
    for w in missing:
        if w in reached or w.parentWidget() is None:
            continue
        group = [s for s in w.parentWidget().findChildren(type(w))
                 if s.parentWidget() is w.parentWidget() and _shown(s, root)]
        entry = next((s for s in group if s.focusPolicy() & Qt.FocusPolicy.TabFocus), None)
        if entry is None:
            continue
        todo, seen = [entry], {entry}
        while todo:  # every arrow from every widget reached so far
            here = todo.pop()
            for key in ARROWS:
                here.setFocus(Qt.FocusReason.OtherFocusReason)
                there = _press(key)
                if there in group and there not in seen:
                    seen.add(there)
                    todo.append(there)
        reached |= seen
    return reached & set(missing)


# --- traps: Tab through the real window ----------------------------------------------------

def _stop(w: QWidget | None) -> QWidget | None:
    """The focus stop a focused widget belongs to (a spin box, not its line edit)."""
    while w is not None and w.parentWidget() is not None and (
            isinstance(w.parentWidget(), (QAbstractSpinBox, QComboBox)) or w.focusProxy() is not None):
        w = w.parentWidget() if w.focusProxy() is None else w.focusProxy()
    return w


def focus_stops(root: QWidget) -> list[QWidget]:
    """Every widget under ``root`` the Tab key should reach (a scroll area only when it is
    itself a control: a list, a table, a text box)."""
    return [w for w in (root, *root.findChildren(QWidget))
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus and _shown(w, root) and w.isEnabled()
            and w.focusProxy() is None and not _inner(w, root)
            and (isinstance(w, CONTROLS) or not isinstance(w, QAbstractScrollArea))]


def _press(key: Qt.Key, mods=Qt.KeyboardModifier.NoModifier) -> QWidget | None:
    target = QApplication.focusWidget()
    if target is not None:
        QTest.keyClick(target, key, mods)
    return _stop(QApplication.focusWidget())


def _leaves(w: QWidget, key: Qt.Key, mods) -> bool:
    w.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    if _stop(QApplication.focusWidget()) is not w:
        return True  # it cannot hold the focus at all: reported as unreachable below
    if isinstance(w, QAbstractItemView) and w.model() is not None and w.model().rowCount():
        w.setCurrentIndex(w.model().index(0, 0))  # a grid with Tab navigation eats Tab here
    # a date box's Tab first moves through its own sections
    return any(_press(key, mods) is not w for _ in range(8))


def traps(root: QWidget) -> list[str]:
    """Widgets Tab or Shift+Tab cannot leave, and stops the Tab cycle never visits."""
    out = []
    stops = focus_stops(root)
    if len(stops) < 2 or not root.isVisible():
        return out  # one stop: Tab has nowhere else to go
    tab, back = Qt.Key.Key_Tab, Qt.Key.Key_Backtab
    none, shift, ctrl = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier,
                         Qt.KeyboardModifier.ControlModifier)
    for w in stops:
        text_box = isinstance(w, TEXT_BOXES) and not w.tabChangesFocus()
        for key, mods, what in ((tab, none, "Tab"), (back, shift, "Shift+Tab")):
            if not _leaves(w, key, mods) and not (text_box and _leaves(w, tab, ctrl)):
                out.append(f"{what} never leaves {describe(w)}")
    # one full cycle from the first stop: every stop is visited
    stops[0].setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    seen = {_stop(QApplication.focusWidget())}
    for _ in range(3 * len(stops) + 5):
        seen.add(_press(tab))
    for w in stops:
        if w not in seen and _stop(w) not in seen:
            out.append(f"Tab never reaches {describe(w)}")
    return out


def walk(root: QWidget, where: str = "", keys: bool = True) -> Findings:
    """Everything the walker finds under ``root`` (``keys``: also press Tab through it,
    which needs it shown and active)."""
    QApplication.processEvents()
    missing = _unfocusable(root)
    found = Findings(where or describe(root), unnamed(root), [])
    if keys:
        if root.window().isVisible():
            root.window().activateWindow()
        found.traps = traps(root)
        if missing and root.isVisible():
            by_arrows = arrow_reached(root, missing)
            missing = [w for w in missing if w not in by_arrows]
    found.unfocusable = [describe(w) for w in missing]
    return found


# --- heard: what a label shows is what a screen reader says --------------------------------

def _plain(text: str) -> str:
    if "<" in text and ">" in text:
        from PySide6.QtGui import QTextDocument

        doc = QTextDocument()
        doc.setHtml(text)
        text = doc.toPlainText()
    return " ".join(re.sub(r"&(.)", r"\1", text).split())


def said_words(text: str) -> str:
    """The words of ``text`` a person would say to name it (voice control, WCAG 2.5.3):
    without its mnemonic, a bracketed aside (a key, "(one or more)"), arrows and dots."""
    return " ".join(re.findall(r"\w+", re.sub(r"\([^()]*\)", " ", _plain(text)).lower()))


def _names(w: QWidget) -> tuple[str, str]:
    iface = QAccessible.queryAccessibleInterface(w)
    if iface is None or not iface.isValid():
        return "", ""
    return iface.text(QAccessible.Text.Name) or "", iface.text(QAccessible.Text.Value) or ""


def unheard(root: QWidget) -> list[str]:
    """What a screen reader or voice control would get wrong under ``root``, shown:

    - a label whose text is neither its accessible name nor its value (a result said as
      "Outcome", not the outcome), unless it is a figure that moves every second and says
      itself calmly (``gui/spoken.calm_figure``);
    - an empty label that still has a name or description (an empty "Problem" read out);
    - a button, check box or labelled field whose accessible name does not contain the words
      it shows or its label shows ("label in name": "Browse…" named "Choose the PDF file").
      A combo box's own name is its current text on Linux; its name elsewhere (the one set)
      is held to its label."""
    from PySide6.QtWidgets import QLabel

    out: list[str] = []
    for w in (root, *root.findChildren(QWidget)):
        if not _shown(w, root) or not w.isVisible():
            continue
        if isinstance(w, QLabel) and w.pixmap().isNull() and not w.property("calmFigure"):
            text = _plain(w.text())
            name, value = _names(w)
            if not text and (name.strip() or w.accessibleDescription()):
                out.append(f"empty label read out: {describe(w)} ({name or w.accessibleDescription()!r})")
            elif text and not any(said_words(text) in said_words(x) for x in (name, value)):
                out.append(f"label not heard: {describe(w)} shows {text[:60]!r}, named {name!r}")
            buddy = w.buddy()
            if text and buddy is not None and _shown(buddy, root) and buddy.isVisible():
                named = buddy.accessibleName() or _names(buddy)[0]
                if said_words(text) not in said_words(named):
                    out.append(f"label not in name: {describe(buddy)} labelled {text!r}, "
                               f"named {named!r}")
        elif isinstance(w, QAbstractButton) and w.text():
            name = _names(w)[0]
            if said_words(w.text()) not in said_words(name):
                out.append(f"label not in name: {describe(w)} shows {_plain(w.text())!r}, "
                           f"named {name!r}")
    return out
