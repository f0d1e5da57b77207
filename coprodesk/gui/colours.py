"""The app's colours, for the light and the dark scheme, in one place; and WCAG contrast.

Why one place: stylesheets, palettes and painted widgets (tiles, the agenda bar, the
series plots) used to fix their own light colours, so a dark desktop put pale text on
pale cards (1.1:1). Now the app follows the system's scheme (``QStyleHints.colorScheme``,
else the palette's lightness): ``apply_scheme`` sets the palette and the stylesheets,
and painting code asks ``current()`` for its colours when it paints.

Stylesheet templates name colours as ``@ink``, ``@panel``…: ``style(template)`` fills them.
The arithmetic is pure Python ("#rrggbb" strings), so tests check every pair without Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields

AA_TEXT = 4.5  # WCAG 2.x AA, normal text
AA_LARGE = 3.0  # large text (24 px, or 18.66 px bold) and graphics (WCAG 1.4.11)


def _channel(c: int) -> float:
    s = c / 255
    return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """WCAG relative luminance of "#rrggbb" (0 black .. 1 white)."""
    h = colour.lstrip("#")
    if len(h) != 6:
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    r, g, b = (int(h[i:i + 2], 16) for i in (0, 2, 4))
    return luminance_rgb(r, g, b)


def luminance_rgb(r: int, g: int, b: int) -> float:
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def ratio_of_luminances(la: float, lb: float) -> float:
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


def contrast_ratio(a: str, b: str) -> float:
    """WCAG contrast ratio between two colours, 1 (none) to 21 (black on white)."""
    return ratio_of_luminances(relative_luminance(a), relative_luminance(b))


def ink_on(colour: str) -> str:
    """Black or white, whichever reads better on ``colour`` (at least 4.58:1 for any colour)."""
    return "#000000" if contrast_ratio("#000000", colour) >= contrast_ratio("#ffffff", colour) else "#ffffff"


def bar_fill(colour: str, track: str, least: float = AA_LARGE) -> str:
    """``colour`` as the filled part of a bar on ``track``: itself when it stands out at
    least 3:1 (WCAG 1.4.11), else shaded toward black on a light track or toward white on a
    dark one until it does. A group keeps its hue (and its hatch) while its bar stays
    readable: Okabe–Ito blue on a dark track is 2.2:1, yellow on a light one 1.0:1."""
    if contrast_ratio(colour, track) >= least:
        return colour
    h = colour.lstrip("#")
    rgb = [int(h[i:i + 2], 16) for i in (0, 2, 4)]
    end = 0 if relative_luminance(track) > 0.18 else 255
    for step in range(1, 21):
        t = step / 20
        mixed = "#" + "".join(f"{round(c + (end - c) * t):02x}" for c in rgb)
        if contrast_ratio(mixed, track) >= least:
            return mixed
    return "#000000" if end == 0 else "#ffffff"


@dataclass(frozen=True, slots=True)
class Scheme:
    """Every colour the desktop screens use; the participant screen has its own (theme.py)."""

    name: str
    window: str  # behind everything
    panel: str  # cards, tiles, tab pages
    base: str  # text boxes, tables, lists
    alt_base: str  # every other table row
    raised: str  # buttons, tabs not selected, table headers
    hover: str
    ink: str  # text
    muted: str  # captions (still 4.5:1 on window, panel and base)
    disabled: str
    line: str  # decorative borders between areas
    edge: str  # borders of controls (3:1 on window and panel)
    focus: str  # the focus outline (3:1 on window, panel, base and raised)
    focus_bg: str  # a focused button's tint
    accent: str  # the default button, selected things
    selection_bg: str
    selection_ink: str
    bad: str  # error text
    good: str  # success text
    warn_bg: str  # banners that need attention
    warn_edge: str
    notice_bg: str
    notice_edge: str
    gentle_bg: str  # "not heard yet"
    gentle_ink: str
    track: str  # empty part of a bar
    speaker_bg: str  # the tile and strip of whoever holds the floor
    speaker_edge: str
    long_bg: str  # a turn past its soft limit
    long_ink: str  # its clock, line and edge
    hand_bg: str
    hand_edge: str
    badge_bg: str
    calm: str  # the agenda bar: under 80 %, to 100 %, past the plan
    amber: str
    red: str


LIGHT = Scheme(
    name="light", window="#f4f5f7", panel="#ffffff", base="#ffffff", alt_base="#f3f6fa",
    raised="#eceff3", hover="#e3ecf7", ink="#1d1d1f", muted="#4f535a", disabled="#6b717a",
    line="#c9ced6", edge="#767c86", focus="#005fcc", focus_bg="#e3eefc", accent="#0a5a8f",
    selection_bg="#cfe3f5", selection_ink="#10202e", bad="#a3001b", good="#005a32",
    warn_bg="#fff4d6", warn_edge="#a05a00", notice_bg="#e8eefb", notice_edge="#5a74b0",
    gentle_bg="#eef5ef", gentle_ink="#1f4d27", track="#e1e3e7", speaker_bg="#e9f1fb",
    speaker_edge="#1f5f99", long_bg="#fff3df", long_ink="#8a4b00", hand_bg="#fde9b0",
    hand_edge="#9a6b00", badge_bg="#f3f4f6", calm="#1f6fa8", amber="#a87000", red="#b8321c",
)

DARK = Scheme(
    name="dark", window="#17191d", panel="#22252b", base="#1c1f24", alt_base="#262a31",
    raised="#2d3138", hover="#363b44", ink="#eef1f5", muted="#b9c0c9", disabled="#9aa1ab",
    line="#454b55", edge="#8b939e", focus="#6cb6ff", focus_bg="#1d3350", accent="#7cc0ff",
    selection_bg="#2c4a6b", selection_ink="#f3f7fb", bad="#ff9a9a", good="#8fe0a8",
    warn_bg="#3d3016", warn_edge="#e0a100", notice_bg="#1f2c45", notice_edge="#7f9ad8",
    gentle_bg="#17331f", gentle_ink="#d3f2dc", track="#3a3f48", speaker_bg="#1b3350",
    speaker_edge="#6cb6ff", long_bg="#3d2a10", long_ink="#ffc266", hand_bg="#4a3a10",
    hand_edge="#e0b040", badge_bg="#2d3138", calm="#4fa3e0", amber="#e0a100", red="#ff7a66",
)

SCHEMES: dict[str, Scheme] = {s.name: s for s in (LIGHT, DARK)}
_active: Scheme | None = None


def text_pairs(s: Scheme) -> dict[str, tuple[str, str]]:
    """Every (text, background) pair the desktop screens draw, by what it is."""
    pairs = {}
    for bg in ("window", "panel", "base", "raised"):
        pairs[f"ink on {bg}"] = (s.ink, getattr(s, bg))
        pairs[f"muted on {bg}"] = (s.muted, getattr(s, bg))
    pairs |= {
        "ink on alternate rows": (s.ink, s.alt_base), "ink on hover": (s.ink, s.hover),
        "ink on focused button": (s.ink, s.focus_bg), "selection": (s.selection_ink, s.selection_bg),
        "error on window": (s.bad, s.window), "error on panel": (s.bad, s.panel),
        "success on window": (s.good, s.window), "success on panel": (s.good, s.panel),
        "ink on warning": (s.ink, s.warn_bg), "ink on notice": (s.ink, s.notice_bg),
        "not heard yet": (s.gentle_ink, s.gentle_bg), "ink on speaker": (s.ink, s.speaker_bg),
        "muted on speaker": (s.muted, s.speaker_bg), "turn clock": (s.speaker_edge, s.speaker_bg),
        "ink on long turn": (s.ink, s.long_bg), "long-turn line": (s.long_ink, s.long_bg),
        "long turn on panel": (s.long_ink, s.panel), "hand": (s.ink, s.hand_bg),
        "key badge": (s.ink, s.badge_bg), "default button": (s.accent, s.raised),
    }
    return pairs


def graphic_pairs(s: Scheme) -> dict[str, tuple[str, str]]:
    """Marks people must see (3:1): the focus outline, control edges, bars against track."""
    pairs = {f"focus on {bg}": (s.focus, getattr(s, bg))
             for bg in ("window", "panel", "base", "raised", "speaker_bg", "long_bg")}
    pairs |= {"control edge on window": (s.edge, s.window), "control edge on panel": (s.edge, s.panel),
              "speaker edge on panel": (s.speaker_edge, s.panel),
              "long edge on panel": (s.long_ink, s.panel)}
    for level in ("calm", "amber", "red"):
        pairs[f"{level} bar on track"] = (getattr(s, level), s.track)
    return pairs


def detect() -> Scheme:
    """The system's scheme: what ``QStyleHints`` says, else the palette's lightness."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QPalette

    app = QGuiApplication.instance()
    if app is None:
        return LIGHT
    said = QGuiApplication.styleHints().colorScheme()
    if said == Qt.ColorScheme.Dark:
        return DARK
    if said == Qt.ColorScheme.Light:
        return LIGHT
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return DARK if window.lightness() < 128 else LIGHT


def current() -> Scheme:
    """The scheme in use: the one applied last, else the system's."""
    return _active if _active is not None else detect()


_TOKEN = re.compile(r"@([a-z_]+)")
_NAMES = {f.name for f in fields(Scheme)}


def style(template: str, scheme: Scheme | None = None) -> str:
    """A stylesheet template with its ``@name`` colours filled in from ``scheme``."""
    s = scheme or current()

    def fill(m: re.Match) -> str:
        if m.group(1) not in _NAMES:
            raise KeyError(f"no colour called @{m.group(1)}")
        return getattr(s, m.group(1))
    return _TOKEN.sub(fill, template)


THEMED = "coprodeskStyle"  # the widget property holding its stylesheet template


def themed(widget, template: str) -> None:
    """Give ``widget`` a stylesheet that follows the scheme (re-filled by ``apply_scheme``)."""
    widget.setProperty(THEMED, template)
    widget.setStyleSheet(style(template))


def palette_for(s: Scheme):
    """A QPalette in the scheme's colours, so unstyled text sits on matching backgrounds."""
    from PySide6.QtGui import QColor, QPalette

    pal = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    for r, c in ((role.Window, s.window), (role.WindowText, s.ink), (role.Base, s.base),
                 (role.AlternateBase, s.alt_base), (role.Text, s.ink), (role.Button, s.raised),
                 (role.ButtonText, s.ink), (role.Highlight, s.selection_bg),
                 (role.HighlightedText, s.selection_ink), (role.ToolTipBase, s.panel),
                 (role.ToolTipText, s.ink), (role.PlaceholderText, s.muted), (role.Link, s.accent),
                 (role.BrightText, s.bad), (role.Light, s.panel), (role.Midlight, s.raised),
                 (role.Mid, s.line), (role.Dark, s.edge), (role.Shadow, "#000000")):
        pal.setColor(r, QColor(c))
    for r in (role.WindowText, role.Text, role.ButtonText):
        pal.setColor(group.Disabled, r, QColor(s.disabled))
    return pal


def apply_scheme(app, scheme: Scheme | None, app_template: str | None = None) -> Scheme:
    """Use ``scheme`` (None: the system's) everywhere: palette, the app's stylesheet, every
    themed widget's stylesheet, and a repaint of painted widgets."""
    global _active
    _active = None
    s = scheme or detect()
    _active = s
    app.setPalette(palette_for(s))
    if app_template is not None:
        app.setStyleSheet(style(app_template, s))
    for w in app.allWidgets():
        template = w.property(THEMED)
        if template:
            w.setStyleSheet(style(template, s))
        w.update()
    return s


def forget_scheme() -> None:
    """Back to following the system without a scheme applied (tests)."""
    global _active
    _active = None


def mark(widget, name: str, value) -> None:
    """Set a property the stylesheets select on (``[problem="true"]``) and restyle the widget."""
    if widget.property(name) != value:
        widget.setProperty(name, value)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
