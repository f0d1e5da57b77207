"""Key events as a German or a French keyboard delivers the digit row on Linux (X11 or
Wayland), Windows and macOS: the layout's Qt key and text with each system's own
position code. Used by the tests of gui/run/physical_keys and of the run view's keys."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent

from coprodesk.gui.run.physical_keys import DIGITS, LAYOUT_ROWS, MACOS_DIGIT_ROW

SYSTEMS = ("xkb", "windows", "macos")
LAYOUTS = ("de", "fr")
MAC_CODE = {digit: code for code, digit in MACOS_DIGIT_ROW.items()}


def typed(layout: str, position: int, shift: bool) -> str:
    """What the key at ``position`` (0 for the key printed 1, …, 9 for 0) types."""
    return LAYOUT_ROWS[layout][1 if shift else 0][position]


def qt_key(text: str) -> int:
    """The Qt key a platform reports for a typed character (Qt names Latin-1 keys by
    their capital letter: é is Key_Eacute)."""
    return ord(text.upper()) if text.isalpha() else ord(text)


def native_codes(system: str, position: int, text: str) -> tuple[int, int]:
    """(native scan code, native virtual key) of the digit-row key at ``position``."""
    digit = int(DIGITS[position])
    if system == "xkb":  # key code = evdev + 8; the virtual key is the keysym typed
        return 10 + position, ord(text)
    if system == "windows":  # set-1 scan code; VK_1 … VK_0 stay digits on these layouts
        return 0x02 + position, ord(DIGITS[position])
    return 0, MAC_CODE[digit]  # macOS: no scan code, the kVK_ANSI_ position code


def digit_event(layout: str, system: str, position: int, shift: bool,
                kind: QEvent.Type = QEvent.Type.KeyPress) -> QKeyEvent:
    """The key event of the digit-row key at ``position`` (0 = "1" … 9 = "0")."""
    text = typed(layout, position, shift)
    scan, virtual = native_codes(system, position, text)
    mods = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    return QKeyEvent(kind, qt_key(text), mods, scan, virtual, 0, text)
