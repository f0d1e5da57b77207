"""The run view's keys, declared once.

``RUN_KEYS`` builds the run view's QActions (each with its shortcut, on the view), its key handler and both
help views (the F1 overlay and Help → Keyboard shortcuts), so a key cannot be added
to one and forgotten in another.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from coprodesk.gui.run.view import RunView

M = Qt.KeyboardModifier
K = Qt.Key
NONE, SHIFT, CTRL = M.NoModifier, M.ShiftModifier, M.ControlModifier
DIGIT_KEYS = (K.Key_1, K.Key_2, K.Key_3, K.Key_4, K.Key_5, K.Key_6, K.Key_7, K.Key_8, K.Key_9,
              K.Key_0)
# What Shift+digit produces on a US layout; X11 scan codes 10..19 are the digit row anywhere.
SHIFTED_DIGITS = (K.Key_Exclam, K.Key_At, K.Key_NumberSign, K.Key_Dollar, K.Key_Percent,
                  K.Key_AsciiCircum, K.Key_Ampersand, K.Key_Asterisk, K.Key_ParenLeft,
                  K.Key_ParenRight)


@dataclass(frozen=True)
class RunKey:
    """One row of the help; ``chords`` (modifiers, key) run ``do`` on the view. ``reading``:
    it changes nothing on the floor, so it works in a closed meeting too. ``action``: the
    text of its QAction on the view (``shortcut`` its key), when there is one."""

    label: str
    what: str
    do: Callable[[RunView], None] | None = None
    chords: tuple[tuple[M, K], ...] = ()
    reading: bool = False
    action: str = ""
    shortcut: str = ""
    when: Callable[[RunView], bool] | None = None  # the key exists only while this holds


# The digit rows are not chords: digits give the floor, Shift+digit raises a hand (see
# command_for); they stand here for the help only.
RUN_KEYS: tuple[RunKey, ...] = (
    RunKey(QT_TRANSLATE_NOOP("HelpOverlay", "1 … 9, 0"),
           QT_TRANSLATE_NOOP("HelpOverlay", "give the floor to tiles 1 to 10 (or click a tile)")),
    RunKey(QT_TRANSLATE_NOOP("HelpOverlay", "Space"),
           QT_TRANSLATE_NOOP("HelpOverlay", "pause; again to give the floor back to the last speaker"),
           lambda v: v.toggle_pause(), ((NONE, K.Key_Space),),
           action=QT_TRANSLATE_NOOP("RunView", "Pause or resume the floor"), shortcut="Space"),
    RunKey(QT_TRANSLATE_NOOP("HelpOverlay", "N"),
           QT_TRANSLATE_NOOP("HelpOverlay", "next speaker: the head of the queue"),
           lambda v: v.next_speaker(), ((NONE, K.Key_N),),
           action=QT_TRANSLATE_NOOP("RunView", "Next speaker"), shortcut="N"),
    RunKey(QT_TRANSLATE_NOOP("HelpOverlay", "Shift+1 … 0"),
           QT_TRANSLATE_NOOP("HelpOverlay", "raise or lower that tile's hand (or Shift+click)")),
    RunKey(QT_TRANSLATE_NOOP("HelpOverlay", "Ctrl+Right"),
           QT_TRANSLATE_NOOP("HelpOverlay", "next agenda item"),
           lambda v: v.step_item(+1), ((CTRL, K.Key_Right),),
           action=QT_TRANSLATE_NOOP("RunView", "Next agenda item"), shortcut="Ctrl+Right"),
    RunKey(QT_TRANSLATE_NOOP("HelpOverlay", "Ctrl+Left"),
           QT_TRANSLATE_NOOP("HelpOverlay", "previous agenda item"),
           lambda v: v.step_item(-1), ((CTRL, K.Key_Left),),
           action=QT_TRANSLATE_NOOP("RunView", "Previous agenda item"), shortcut="Ctrl+Left"),
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
                             "raise or lower the hand")),
    RunKey(QT_TRANSLATE_NOOP("HelpOverlay", "Menu, Shift+F10"),
           QT_TRANSLATE_NOOP("HelpOverlay", "on a tile, in the queue or the find box: the person's menu")),
    RunKey(QT_TRANSLATE_NOOP("HelpOverlay", "Ctrl+F"),
           QT_TRANSLATE_NOOP("HelpOverlay", "find anyone by name (also beyond tile 10)"),
           lambda v: v.find_person(), ((CTRL, K.Key_F),),
           action=QT_TRANSLATE_NOOP("RunView", "Find a person…"), shortcut="Ctrl+F"),
    RunKey(QT_TRANSLATE_NOOP("HelpOverlay", "Ctrl+T"),
           QT_TRANSLATE_NOOP("HelpOverlay", "5 more minutes for this item"),
           lambda v: v.clock.open_extend_menu(), ((CTRL, K.Key_T),),
           action=QT_TRANSLATE_NOOP("RunView", "5 more minutes…"), shortcut="Ctrl+T"),
    RunKey(QT_TRANSLATE_NOOP("HelpOverlay", "Esc"),
           QT_TRANSLATE_NOOP("HelpOverlay", "leave the notes box; close this help; dismiss a banner"),
           lambda v: v.help.hide() if v.help.isVisible() else v.dismiss_banner(),
           ((NONE, K.Key_Escape),), reading=True,
           when=lambda v: v.help.isVisible() or v.banner_to_dismiss() is not None),
    RunKey(QT_TRANSLATE_NOOP("HelpOverlay", "F11"),
           QT_TRANSLATE_NOOP("HelpOverlay", "participant screen"),
           lambda v: v.participant_screen_requested.emit(), ((NONE, K.Key_F11),), reading=True,
           action=QT_TRANSLATE_NOOP("RunView", "Participant screen"), shortcut="F11"),
    RunKey(QT_TRANSLATE_NOOP("HelpOverlay", "Shift+F5"),
           QT_TRANSLATE_NOOP("HelpOverlay", "end the meeting: pause the floor, end open items, close it"),
           lambda v: v.end_meeting(), ((SHIFT, K.Key_F5),), reading=True,
           action=QT_TRANSLATE_NOOP("RunView", "End meeting…"), shortcut="Shift+F5"),
    RunKey(QT_TRANSLATE_NOOP("HelpOverlay", "F1"),
           QT_TRANSLATE_NOOP("HelpOverlay", "show or hide these keys"),
           lambda v: v.help.toggle(), ((NONE, K.Key_F1),), reading=True,
           action=QT_TRANSLATE_NOOP("RunView", "Keyboard help"), shortcut="F1"),
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
    """The QActions of the keys that have one, on ``view``, by their untranslated text."""
    actions = {}
    for k in RUN_KEYS:
        if not k.action:
            continue
        a = QAction(QCoreApplication.translate("RunView", k.action), view)
        a.setShortcut(QKeySequence(k.shortcut))
        a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        a.triggered.connect(lambda _checked=False, k=k: k.do(view))
        view.addAction(a)
        actions[k.action] = a
    return actions


def _tile_index(event, mods: M) -> int | None:
    """The tile a digit names: 0..9 for 1..9, 0; with Shift, by key or by the digit row."""
    key = event.key()
    if key in DIGIT_KEYS:
        return DIGIT_KEYS.index(key)
    if mods == SHIFT:
        if key in SHIFTED_DIGITS:
            return SHIFTED_DIGITS.index(key)
        if 10 <= event.nativeScanCode() <= 19:
            return event.nativeScanCode() - 10
    return None


def command_for(view: RunView, event) -> Callable[[], None] | None:
    """What a key press does in the run view (None: not one of its keys). A command marked
    ``changes_floor = False`` is allowed in a closed meeting."""
    key = Qt.Key(event.key())
    mods = event.modifiers() & ~M.KeypadModifier
    if mods in (NONE, SHIFT):
        i = _tile_index(event, mods)
        if i is not None:
            if mods == NONE:
                return lambda: view.give_floor_to_tile(i)
            return lambda: view.toggle_hand_of_tile(i)
    for k in RUN_KEYS:
        if (mods, key) in k.chords and (k.when is None or k.when(view)):
            def run(k: RunKey = k) -> None:
                k.do(view)
            run.changes_floor = not k.reading
            return run
    return None
