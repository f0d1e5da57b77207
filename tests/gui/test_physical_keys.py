"""The digit keys read from the physical key (gui/run/physical_keys): each system's table
with the codes that system really sends, and the portable fallback."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from coprodesk.gui.run.physical_keys import (
    DigitKey,
    digit_key,
    fallback_digit,
    layout_for,
    native_digit,
    system_of,
)

from .keyboards import LAYOUTS, SYSTEMS, digit_event

K = Qt.Key
M = Qt.KeyboardModifier
NONE, SHIFT, KEYPAD = M.NoModifier, M.ShiftModifier, M.KeypadModifier


def test_each_qt_platform_names_its_keyboard_system():
    assert [system_of(p) for p in ("xcb", "wayland", "windows", "cocoa", "offscreen", "eglfs")] == \
        ["xkb", "xkb", "windows", "macos", "other", "other"]


def test_xkb_reads_the_digit_row_from_evdev_key_codes_plus_8():
    # linux/input-event-codes.h: KEY_1 = 2 … KEY_9 = 10, KEY_0 = 11; X11 and Wayland add 8
    evdev = {"1": 2, "2": 3, "3": 4, "4": 5, "5": 6, "6": 7, "7": 8, "8": 9, "9": 10, "0": 11}
    assert {d: native_digit("xkb", code + 8, 0) for d, code in evdev.items()} == \
        {d: int(d) for d in evdev}
    # KEY_KP1 (79 + 8), KEY_Q (16 + 8), KEY_GRAVE (41 + 8): not the digit row
    assert [native_digit("xkb", code, 0) for code in (87, 24, 49)] == [None, None, None]


def test_windows_reads_the_digit_row_from_set_1_scan_codes():
    scan = {"1": 0x02, "2": 0x03, "3": 0x04, "4": 0x05, "5": 0x06, "6": 0x07, "7": 0x08,
            "8": 0x09, "9": 0x0A, "0": 0x0B}
    assert {d: native_digit("windows", code, 0x30) for d, code in scan.items()} == \
        {d: int(d) for d in scan}
    # Esc 0x01, Q 0x10, numpad 1 0x4F; an X11 key code (10 = Windows' "9") is read as Windows'
    assert [native_digit("windows", code, 0) for code in (0x01, 0x10, 0x4F)] == [None, None, None]
    assert native_digit("windows", 10, 0) == 9


def test_macos_reads_the_digit_row_from_its_virtual_key_codes():
    # Carbon HIToolbox/Events.h: kVK_ANSI_1 = 0x12 … (not in the order of the digits)
    kvk = {"1": 0x12, "2": 0x13, "3": 0x14, "4": 0x15, "5": 0x17, "6": 0x16, "7": 0x1A,
           "8": 0x1C, "9": 0x19, "0": 0x1D}
    assert {d: native_digit("macos", 0, code) for d, code in kvk.items()} == \
        {d: int(d) for d in kvk}
    # kVK_ANSI_Keypad1 0x53, kVK_ANSI_Q 0x0C, kVK_ANSI_Equal 0x18: not the digit row
    assert [native_digit("macos", 0, code) for code in (0x53, 0x0C, 0x18)] == [None, None, None]


def test_the_fallback_reads_qt_digits_then_the_layouts_symbols():
    assert fallback_digit(K.Key_7, "7", shift=False) == 7
    assert fallback_digit(K.Key_7, "7", shift=True, layout="fr") == 7  # French types digits shifted
    # a German Shift+6 types "&": a US keyboard types that with Shift+7
    assert fallback_digit(K.Key_Ampersand, "&", shift=True, layout="de") == 6
    assert fallback_digit(K.Key_Ampersand, "&", shift=True, layout="us") == 7
    assert fallback_digit(K.Key_Eacute, "é", shift=False, layout="fr") == 2
    assert fallback_digit(K.Key_Q, "q", shift=False, layout="de") is None
    assert [layout_for("de", "DE"), layout_for("de", "CH"), layout_for("fr", "BE"),
            layout_for("en", "GB"), layout_for("xx")] == ["de", "ch", "be", "gb", "us"]


def test_keypad_digits_are_digits_on_every_layout_and_other_modifiers_are_not_digit_keys():
    assert digit_key(K.Key_3, KEYPAD, "3", 89, 0xffb3, "xkb") == DigitKey(3, False, keypad=True)
    assert digit_key(K.Key_3, KEYPAD, "3", 0x51, 0x63, "windows") == DigitKey(3, False, keypad=True)
    assert digit_key(K.Key_End, KEYPAD, "", 87, 0, "xkb") is None  # Num Lock off: a move key
    assert digit_key(K.Key_3, M.ControlModifier, "", 12, 0x33, "xkb") is None
    assert digit_key(K.Key_3, M.AltModifier, "", 0x04, 0x33, "windows") is None


@pytest.mark.parametrize("system", SYSTEMS)
@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_digit_key_of_a_german_or_french_keyboard_names_its_own_digit(layout, system):
    for position, printed in enumerate("1234567890"):
        for shift in (False, True):
            e = digit_event(layout, system, position, shift)
            got = digit_key(e.key(), e.modifiers(), e.text(), e.nativeScanCode(),
                            e.nativeVirtualKey(), system, layout="us")  # the codes decide
            assert got == DigitKey(int(printed), shift), (e.text(), shift)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_without_codes_the_layouts_table_names_the_digit(layout):
    for position, printed in enumerate("1234567890"):
        for shift in (False, True):
            e = digit_event(layout, "xkb", position, shift)
            got = digit_key(e.key(), e.modifiers(), e.text(), 0, 0, "other", layout=layout)
            assert got == DigitKey(int(printed), shift), (e.text(), shift)
