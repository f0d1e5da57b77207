"""The run view's keys, declared once.

``RUN_KEYS`` is the one table: it builds the run view's QActions (each chord a shortcut on
the view, ``WidgetWithChildrenShortcut``, so Qt's shortcut map runs it whatever child has
the focus), the digit keys (read from the physical key by ``physical_keys``, so a German or
French keyboard names the same tile as a US one) and both help views (the F1 overlay and
Help → Keyboard shortcuts), so a key cannot be added to one and forgotten in another.

Each key has a context. A widget keeps a key it needs for itself: text fields and spin
boxes type (Qt asks them first), check boxes, radio buttons, combo boxes and spin boxes
keep Space, and a widget may name its own keys in ``OWN_KEYS`` for itself and what it
holds (the stance grid keeps Space and Esc, its digits are stances; the find box keeps
Esc). Everywhere else in the view — a tile, a push button, the
queue, a read-only list — the key is the view's. Enter presses a focused push button
(``enter_presses_buttons``). No widget's events are filtered.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QKeyCombination, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QPushButton,
    QRadioButton,
    QWidget,
)

from coprodesk.gui.run import physical_keys

if TYPE_CHECKING:
    from coprodesk.gui.run.view import RunView

M = Qt.KeyboardModifier
K = Qt.Key
NONE, SHIFT, CTRL = M.NoModifier, M.ShiftModifier, M.ControlModifier
CHOOSERS = (QCheckBox, QRadioButton, QComboBox, QAbstractSpinBox)  # Space ticks or opens them


@dataclass(frozen=True)
class RunKey:
    """One row of the help. ``chords`` (modifiers, key): the shortcuts of its QAction on the
    view, which runs ``do``; ``digit`` ("floor" or "hand"): the row of the digit keys, which
    run ``on_digit`` with the tile's index. ``reading``: it changes nothing on the floor, so it
    works in a closed meeting too. ``action``: its QAction's text (else ``what``).
    ``kept_in``: widgets that keep the key for themselves when they have the focus;
    ``when``: the key is the view's only while this holds (else it goes to the widget)."""

    label: str
    what: str
    do: Callable[[RunView], None] | None = None
    chords: tuple[tuple[M, K], ...] = ()
    reading: bool = False
    action: str = ""
    when: Callable[[RunView], bool] | None = None
    kept_in: tuple[type[QWidget], ...] = ()
    digit: str = ""
    on_digit: Callable[[RunView, int], None] | None = None


def _escape(v: RunView) -> None:
    if v.help.isVisible():
        v.help.hide()
    elif v.ui.notesEdit.hasFocus():
        v.setFocus()  # leave the notes box for the keys of the floor
    else:
        v.dismiss_banner()


RUN_KEYS: tuple[RunKey, ...] = (
    RunKey(QT_TRANSLATE_NOOP("HelpOverlay", "1 … 9, 0"),
           QT_TRANSLATE_NOOP("HelpOverlay", "give the floor to tiles 1 to 10 (or click a tile)"),
           digit="floor", on_digit=lambda v, i: v.give_floor_to_tile(i)),
    RunKey(QT_TRANSLATE_NOOP("HelpOverlay", "Space"),
           QT_TRANSLATE_NOOP("HelpOverlay", "pause; again to give the floor back to the last speaker"),
           lambda v: v.toggle_pause(), ((NONE, K.Key_Space),),
           action=QT_TRANSLATE_NOOP("RunView", "Pause or resume the floor"), kept_in=CHOOSERS),
    RunKey(QT_TRANSLATE_NOOP("HelpOverlay", "N"),
           QT_TRANSLATE_NOOP("HelpOverlay", "next speaker: the head of the queue"),
           lambda v: v.next_speaker(), ((NONE, K.Key_N),),
           action=QT_TRANSLATE_NOOP("RunView", "Next speaker")),
    RunKey(QT_TRANSLATE_NOOP("HelpOverlay", "Shift+1 … 0"),
           QT_TRANSLATE_NOOP("HelpOverlay", "raise or lower that tile's hand (or Shift+click)"),
           digit="hand", on_digit=lambda v, i: v.toggle_hand_of_tile(i)),
    RunKey(QT_TRANSLATE_NOOP("HelpOverlay", "Ctrl+Right"),
           QT_TRANSLATE_NOOP("HelpOverlay", "next agenda item"),
           lambda v: v.step_item(+1), ((CTRL, K.Key_Right),),
           action=QT_TRANSLATE_NOOP("RunView", "Next agenda item")),
    RunKey(QT_TRANSLATE_NOOP("HelpOverlay", "Ctrl+Left"),
           QT_TRANSLATE_NOOP("HelpOverlay", "previous agenda item"),
           lambda v: v.step_item(-1), ((CTRL, K.Key_Left),),
           action=QT_TRANSLATE_NOOP("RunView", "Previous agenda item")),
    RunKey(QT_TRANSLATE_NOOP("HelpOverlay", "Ctrl+D"),
           QT_TRANSLATE_NOOP("HelpOverlay", "decisions and actions, or back to the tiles"),
           lambda v: v.toggle_panel("decisions"), ((CTRL, K.Key_D),), reading=True),
    RunKey(QT_TRANSLATE_NOOP("HelpOverlay", "Ctrl+Shift+Y"),
           QT_TRANSLATE_NOOP("HelpOverlay", "You said, we did: actions carried from earlier meetings"),
           lambda v: v.toggle_panel("you_said"), ((CTRL | SHIFT, K.Key_Y),), reading=True,
           when=lambda v: "you_said" in v.panels),
    RunKey(QT_TRANSLATE_NOOP("HelpOverlay", "Ctrl+Z"),
           QT_TRANSLATE_NOOP("HelpOverlay", "undo the last change (a mistaken turn is removed)"),
           lambda v: v.stack.undo(), ((CTRL, K.Key_Z),), reading=True),
    RunKey(QT_TRANSLATE_NOOP("HelpOverlay", "Ctrl+Shift+Z"),
           QT_TRANSLATE_NOOP("HelpOverlay", "redo"),
           lambda v: v.stack.redo(), ((CTRL | SHIFT, K.Key_Z), (CTRL, K.Key_Y)), reading=True),
    RunKey(QT_TRANSLATE_NOOP("HelpOverlay", "Right-click a tile"),
           QT_TRANSLATE_NOOP("HelpOverlay", "clarification, point of order, arrived / gone")),
    RunKey(QT_TRANSLATE_NOOP("HelpOverlay", "Tab, arrows, Home, End"),
           QT_TRANSLATE_NOOP("HelpOverlay", "reach the tiles, then move between them")),
    RunKey(QT_TRANSLATE_NOOP("HelpOverlay", "Enter, Shift+Enter"),
           QT_TRANSLATE_NOOP("HelpOverlay", "on a tile, in the queue or the find box: give the floor; "
                             "raise or lower the hand; on a button: press it")),
    RunKey(QT_TRANSLATE_NOOP("HelpOverlay", "Menu, Shift+F10"),
           QT_TRANSLATE_NOOP("HelpOverlay", "on a tile, in the queue or the find box: the person's menu")),
    RunKey(QT_TRANSLATE_NOOP("HelpOverlay", "Ctrl+F"),
           QT_TRANSLATE_NOOP("HelpOverlay", "find anyone by name (also beyond tile 10)"),
           lambda v: v.find_person(), ((CTRL, K.Key_F),),
           action=QT_TRANSLATE_NOOP("RunView", "Find a person…")),
    RunKey(QT_TRANSLATE_NOOP("HelpOverlay", "Ctrl+T"),
           QT_TRANSLATE_NOOP("HelpOverlay", "5 more minutes for this item"),
           lambda v: v.clock.open_extend_menu(), ((CTRL, K.Key_T),),
           action=QT_TRANSLATE_NOOP("RunView", "5 more minutes…")),
    RunKey(QT_TRANSLATE_NOOP("HelpOverlay", "Esc"),
           QT_TRANSLATE_NOOP("HelpOverlay", "leave the notes box; close this help; dismiss a banner"),
           _escape, ((NONE, K.Key_Escape),), reading=True,
           when=lambda v: v.help.isVisible() or v.ui.notesEdit.hasFocus()
           or v.banner_to_dismiss() is not None),
    RunKey(QT_TRANSLATE_NOOP("HelpOverlay", "F11"),
           QT_TRANSLATE_NOOP("HelpOverlay", "participant screen"),
           lambda v: v.participant_screen_requested.emit(), ((NONE, K.Key_F11),), reading=True,
           action=QT_TRANSLATE_NOOP("RunView", "Participant screen")),
    RunKey(QT_TRANSLATE_NOOP("HelpOverlay", "Shift+F5"),
           QT_TRANSLATE_NOOP("HelpOverlay", "end the meeting: pause the floor, end open items, close it"),
           lambda v: v.end_meeting(), ((SHIFT, K.Key_F5),), reading=True,
           action=QT_TRANSLATE_NOOP("RunView", "End meeting…")),
    RunKey(QT_TRANSLATE_NOOP("HelpOverlay", "F1"),
           QT_TRANSLATE_NOOP("HelpOverlay", "show or hide these keys"),
           lambda v: v.help.toggle(), ((NONE, K.Key_F1),), reading=True,
           action=QT_TRANSLATE_NOOP("RunView", "Keyboard help")),
)


# The queue's own keys (its context: the queue has the focus), named in the help rows
# "Enter, Shift+Enter" and "Menu, Shift+F10" above: what they do to the selected person.
QUEUE_KEYS: tuple[tuple[str, tuple[tuple[M, K], ...]], ...] = (
    ("floor", ((NONE, K.Key_Return), (NONE, K.Key_Enter))),
    ("lower", ((SHIFT, K.Key_Return), (SHIFT, K.Key_Enter), (NONE, K.Key_Delete))),
    ("menu", ((NONE, K.Key_Menu), (SHIFT, K.Key_F10))),
)


def run_view_keys() -> list[tuple[str, str]]:
    """Every key of the run view, as the F1 overlay and Help → Keyboard shortcuts list them."""
    def t(text: str) -> str:
        return QCoreApplication.translate("HelpOverlay", text)

    return [(t(k.label), t(k.what)) for k in RUN_KEYS]


def keys_table(rows: list[tuple[str, str]], pad: int = 2, gap: int = 16) -> str:
    """(keys, what) rows as a rich-text table: keys in bold, then what they do."""
    cells = "".join(f"<tr><td style='padding:{pad}px {gap}px {pad}px 0'><b>{html.escape(k)}</b></td>"
                    f"<td style='padding:{pad}px 0'>{html.escape(v)}</td></tr>" for k, v in rows)
    return f"<table>{cells}</table>"


def make_actions(view: RunView) -> dict[str, QAction]:
    """The QActions of the chord keys, on ``view``, by their untranslated text: the only
    thing that runs them (Qt's shortcut map, or a menu)."""
    actions = {}
    for k in RUN_KEYS:
        if not k.chords:
            continue
        text = k.action or k.what
        a = QAction(QCoreApplication.translate("RunView" if k.action else "HelpOverlay", text), view)
        a.setShortcuts([QKeySequence(QKeyCombination(m, key)) for m, key in k.chords])
        a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        a.triggered.connect(lambda _checked=False, k=k: run(view, k, lambda: k.do(view)))
        view.addAction(a)
        actions[text] = a
    queue = view.ui.queueView
    for what, chords in QUEUE_KEYS:
        a = QAction(queue)
        a.setShortcuts([QKeySequence(QKeyCombination(m, key)) for m, key in chords])
        a.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        a.triggered.connect(lambda _checked=False, what=what: view.queue_key(what))
        queue.addAction(a)
    return actions


def run(view: RunView, k: RunKey, do: Callable[[], None]) -> None:
    """A key's command; one that would change the floor of a closed meeting is said, not done."""
    if view.session.locked and not k.reading:
        view.say_locked()
    else:
        do()


def _chord(event) -> tuple[M, K]:
    return M(event.modifiers() & ~M.KeypadModifier), K(event.key())


def _owns(widget: QWidget, view: RunView, chord: tuple[M, K]) -> bool:
    """Whether ``widget`` or a parent below the view names ``chord`` in its ``OWN_KEYS``."""
    while widget is not None and widget is not view:
        if chord in getattr(widget, "OWN_KEYS", ()):
            return True
        widget = widget.parentWidget()
    return False


def kept_by_focus(view: RunView, event) -> bool:
    """Whether the focused widget keeps this key (or the key is not the view's just now):
    asked when Qt offers the key to the focus before its shortcuts (ShortcutOverride)."""
    focus = view.focusWidget()
    chord = _chord(event)
    for k in RUN_KEYS:
        if chord not in k.chords:
            continue
        if k.when is not None and not k.when(view):
            return True
        return focus is not None and focus is not view and (
            isinstance(focus, k.kept_in) or _owns(focus, view, chord))
    return False


def digit_command(view: RunView, event) -> Callable[[], None] | None:
    """What a digit key does in the view (None: not a digit key): the digit row's physical
    key 1 … 9, 0 (or the number pad) gives tile 1 … 10 the floor, with Shift its hand."""
    pressed = physical_keys.digit_of(event)
    if pressed is None:
        return None
    index = (pressed.digit - 1) % 10
    row = next(k for k in RUN_KEYS if k.digit == ("hand" if pressed.shift else "floor"))
    return lambda: run(view, row, lambda: row.on_digit(view, index))


def enter_presses_buttons(widget: QWidget) -> None:
    """Enter (and Return) press a focused push button here, as Space does in a dialog."""
    for b in widget.findChildren(QPushButton):
        b.setAutoDefault(True)
