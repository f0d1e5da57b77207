"""Colours of the participant screen (its own light and dark, for a projector or a TV).

Colours are "#rrggbb" strings so the tests can check every text/background pair
against WCAG AA (4.5:1) without a window; the arithmetic lives in ``gui.colours``.
"""

from __future__ import annotations

from dataclasses import dataclass

from coprodesk.gui.colours import AA_LARGE, AA_TEXT, contrast_ratio, ink_on, relative_luminance

__all__ = ["AA_GRAPHICS", "AA_TEXT", "DARK", "LIGHT", "THEMES", "Theme", "contrast_ratio", "ink_on",
           "relative_luminance"]
AA_GRAPHICS = AA_LARGE  # WCAG 1.4.11 for the parts of a chart people must see


@dataclass(frozen=True, slots=True)
class Theme:
    name: str
    background: str  # the window
    panel: str  # the cards things sit on
    ink: str  # main text
    muted: str  # captions
    track: str  # empty part of a bar
    edge: str  # bar outlines and the fair-share mark
    accent: str  # the speaker's name and clock
    over: str  # time past the plan
    gentle_bg: str  # the "not heard yet" line
    gentle_ink: str

    def text_pairs(self) -> dict[str, tuple[str, str]]:
        """Every (text, background) pair the screen draws text with."""
        return {
            "ink on panel": (self.ink, self.panel),
            "ink on background": (self.ink, self.background),
            "muted on panel": (self.muted, self.panel),
            "muted on background": (self.muted, self.background),
            "accent on panel": (self.accent, self.panel),
            "over on panel": (self.over, self.panel),
            "gentle line": (self.gentle_ink, self.gentle_bg),
        }

    def graphic_pairs(self) -> dict[str, tuple[str, str]]:
        """Non-text marks that must stand out (WCAG 1.4.11, 3:1)."""
        return {
            "bar edge on panel": (self.edge, self.panel),
            "bar edge on track": (self.edge, self.track),
        }


LIGHT = Theme(
    name="light",
    background="#e9ebee",
    panel="#ffffff",
    ink="#101418",
    muted="#3c434c",
    track="#dde0e5",
    edge="#101418",
    accent="#0a4a85",
    over="#a1000f",
    gentle_bg="#e3f1e7",
    gentle_ink="#143d24",
)

DARK = Theme(
    name="dark",
    background="#0b0d10",
    panel="#181c22",
    ink="#f3f5f8",
    muted="#c3c9d1",
    track="#353c46",
    edge="#f3f5f8",
    accent="#9fd0ff",
    over="#ffa3a3",
    gentle_bg="#14301f",
    gentle_ink="#d9f7e3",
)

THEMES: dict[str, Theme] = {t.name: t for t in (LIGHT, DARK)}
