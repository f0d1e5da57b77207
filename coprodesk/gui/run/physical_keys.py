"""Which digit key was pressed: read from the physical key, whatever the layout or system.

The run view gives the floor with 1 … 9, 0 and raises a hand with Shift and the same key;
the stance grid takes 0 … 9. What a key *types* depends on the layout (a German Shift+6
types "&", which a US keyboard types with Shift+7; a French keyboard types "&" on 1 without
Shift and the digits only with Shift), so the digit is read from where the key sits on the
keyboard. That position arrives in a different field on each system — the only part of the
keyboard that differs between Linux, Windows and macOS lives here:

| system | field | digit row 1 … 9, 0 |
|---|---|---|
| X11 and Wayland (xkb) | ``nativeScanCode()``: evdev key code + 8 | 10 … 19 |
| Windows | ``nativeScanCode()``: set-1 scan code | 0x02 … 0x0B |
| macOS | ``nativeVirtualKey()``: ``kVK_ANSI_1`` … | 0x12 0x13 0x14 0x15 0x17 0x16 0x1A 0x1C 0x19 0x1D |

Elsewhere (or when an event carries no code, as a synthetic one does) the portable fallback
reads the key Qt reports when it is a digit, and as the last resort the typed symbol in the
table of the keyboard layout the system names (``LAYOUT_ROWS``). The keypad's digits are
the same on every layout: Qt reports them as digits with the keypad modifier.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

K = Qt.Key
M = Qt.KeyboardModifier
DIGITS = "1234567890"  # the digit row, left to right: tile 1 … 9, then 10 on 0
QT_DIGITS = {int(K.Key_0) + n: n for n in range(10)}

# evdev KEY_1 … KEY_0 are 2 … 11; X11 and Wayland key codes are evdev + 8.
XKB_DIGIT_ROW = {10 + n: int(d) for n, d in enumerate(DIGITS)}
# PC set-1 scan codes of the digit row, as Windows reports them (the same on every layout).
WINDOWS_DIGIT_ROW = {0x02 + n: int(d) for n, d in enumerate(DIGITS)}
# macOS virtual key codes (Carbon Events.h kVK_ANSI_1 … kVK_ANSI_0): positions, not symbols.
MACOS_DIGIT_ROW = {0x12: 1, 0x13: 2, 0x14: 3, 0x15: 4, 0x17: 5, 0x16: 6, 0x1A: 7, 0x1C: 8,
                   0x19: 9, 0x1D: 0}

NATIVE = {"xkb": XKB_DIGIT_ROW, "windows": WINDOWS_DIGIT_ROW, "macos": MACOS_DIGIT_ROW}
PLATFORMS = {"xcb": "xkb", "wayland": "xkb", "wayland-egl": "xkb", "windows": "windows",
             "cocoa": "macos"}

# The last resort, for an event without a code: what the digit row types on a layout
# (unshifted, shifted), 1 … 9, 0. A layout not listed reads as US.
LAYOUT_ROWS: dict[str, tuple[str, str]] = {
    "us": ("1234567890", "!@#$%^&*()"),
    "gb": ("1234567890", "!\"£$%^&*()"),
    "de": ("1234567890", "!\"§$%&/()="),
    "ch": ("1234567890", "+\"*ç%&/()="),
    "fr": ("&é\"'(-è_çà", "1234567890"),
    "be": ("&é\"'(§è!çà", "1234567890"),
    "es": ("1234567890", "!\"·$%&/()="),
    "it": ("1234567890", "!\"£$%&/()="),
    "nl": ("1234567890", "!\"#$%&_()'"),
    "se": ("1234567890", "!\"#¤%&/()="),
    "no": ("1234567890", "!\"#¤%&/()="),
    "dk": ("1234567890", "!\"#¤%&/()="),
    "fi": ("1234567890", "!\"#¤%&/()="),
}
# A keyboard layout by the language the system names for it (QInputMethod.locale()).
LANGUAGE_LAYOUTS = {"en": "us", "de": "de", "fr": "fr", "es": "es", "it": "it", "nl": "nl",
                    "sv": "se", "nb": "no", "nn": "no", "da": "dk", "fi": "fi"}
COUNTRY_LAYOUTS = {("en", "GB"): "gb", ("de", "CH"): "ch", ("fr", "CH"): "ch",
                   ("fr", "BE"): "be", ("nl", "BE"): "be"}


@dataclass(frozen=True)
class DigitKey:
    """A digit key pressed: ``digit`` 0 … 9 as printed on the key, ``shift`` held,
    ``keypad`` from the number pad."""

    digit: int
    shift: bool
    keypad: bool = False


def system_of(platform_name: str) -> str:
    """"xkb", "windows", "macos" or "other" for a Qt platform plugin's name."""
    return PLATFORMS.get(platform_name, "other")


def native_digit(system: str, scan_code: int, virtual_key: int) -> int | None:
    """The digit printed on the key at this position of the digit row (None: not there)."""
    table = NATIVE.get(system)
    if table is None:
        return None
    return table.get(virtual_key if system == "macos" else scan_code)


def has_native_code(system: str, scan_code: int, virtual_key: int) -> bool:
    """Whether the event says where its key sits (synthetic events carry 0)."""
    if system not in NATIVE:
        return False
    return bool(virtual_key if system == "macos" else scan_code)


def layout_for(language: str, country: str = "") -> str:
    """The layout table for a keyboard named by its language (and country)."""
    return COUNTRY_LAYOUTS.get((language, country)) or LANGUAGE_LAYOUTS.get(language, "us")


def fallback_digit(qt_key: int, text: str, shift: bool, layout: str = "us") -> int | None:
    """Without a position: the digit Qt reports, else the typed symbol on ``layout``."""
    if qt_key in QT_DIGITS:
        return QT_DIGITS[qt_key]
    row = LAYOUT_ROWS.get(layout, LAYOUT_ROWS["us"])[1 if shift else 0]
    if len(text) == 1 and text in row:
        return int(DIGITS[row.index(text)])
    return None


def digit_key(qt_key: int, modifiers: M, text: str, scan_code: int, virtual_key: int,
              system: str, layout: str = "us") -> DigitKey | None:
    """A digit key with nothing but Shift held (or the keypad); None for any other key."""
    mods = M(modifiers)
    keypad = bool(mods & M.KeypadModifier)
    rest = mods & ~(M.KeypadModifier | M.ShiftModifier)
    if rest != M.NoModifier:
        return None
    shift = bool(mods & M.ShiftModifier)
    if keypad:  # the number pad is the same on every layout
        return DigitKey(QT_DIGITS[qt_key], shift, keypad=True) if qt_key in QT_DIGITS else None
    if has_native_code(system, scan_code, virtual_key):
        digit = native_digit(system, scan_code, virtual_key)
    else:
        digit = fallback_digit(qt_key, text, shift, layout)
    return None if digit is None else DigitKey(digit, shift)


# --- this machine -------------------------------------------------------------------

_system: str | None = None  # read once from the platform plugin
_layout: str | None = None  # read once from the input method's locale


def current_system() -> str:
    global _system
    if _system is None:
        _system = system_of(QGuiApplication.platformName())
    return _system


def current_layout() -> str:
    global _layout
    if _layout is None:
        name = QGuiApplication.inputMethod().locale().name()  # "de_DE"
        language, _, country = name.partition("_")
        _layout = layout_for(language, country)
    return _layout


def digit_of(event) -> DigitKey | None:
    """The digit key of a QKeyEvent on this machine (None: another key)."""
    return digit_key(event.key(), event.modifiers(), event.text(), event.nativeScanCode(),
                     event.nativeVirtualKey(), current_system(), current_layout())
