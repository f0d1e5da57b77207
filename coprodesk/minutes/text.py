"""User text made safe for reportlab paragraphs.

reportlab parses paragraph text as markup and draws missing glyphs as empty
boxes without a word, and lays Arabic and Hebrew out unjoined and left to
right. Every piece of user text passes through here: markup is escaped so that
``<b>`` or ``&`` print literally, characters the font cannot draw are named in
brackets instead, and right-to-left text is shaped and wrapped line by line
before each line is put in visual order. Characters beyond the Basic
Multilingual Plane (most emoji) are always named: even where DejaVu has a
glyph, reportlab's text map for them is broken, so copied text came out wrong.
"""

from __future__ import annotations

import unicodedata
from xml.sax.saxutils import escape

from coprodesk.minutes.fonts import covered_codepoints

# Invisible joiners and selectors that only matter to emoji fonts.
_DROP = {0x200D, 0xFE0E, 0xFE0F, 0x20E3} | set(range(0x1F3FB, 0x1F400))
_RTL_CLASSES = {"R", "AL"}
# ASCII needs no font lookup (DejaVu draws all of it): only controls go, a tab is a space.
_ASCII_CONTROLS = {cp: None for cp in (*range(32), 127) if cp not in (9, 10)} | {9: " "}


def plain(text: str) -> str:
    """Drawable text: controls and surrogates removed, unknown glyphs named."""
    text = str(text)
    if text.isascii():  # most text: skip the per-character walk
        return text.translate(_ASCII_CONTROLS)
    covered = covered_codepoints()
    out: list[str] = []
    for ch in unicodedata.normalize("NFC", text):
        cp = ord(ch)
        if ch in "\n\t":
            out.append(" " if ch == "\t" else "\n")
            continue
        category = unicodedata.category(ch)
        if cp in _DROP or (category in ("Cc", "Cs", "Cf") and cp not in (0x200E, 0x200F)):
            continue
        if (cp in covered and cp <= 0xFFFF) or ch == " ":
            out.append(ch)
        elif category.startswith("S"):
            out.append(f"[{unicodedata.name(ch, f'U+{cp:04X}').lower()}]")
        elif category.startswith("Z"):
            out.append(" ")
        else:
            out.append(f"[U+{cp:04X}]")
    return "".join(out)


def has_rtl(text: str) -> bool:
    return not text.isascii() and any(unicodedata.bidirectional(ch) in _RTL_CLASSES for ch in text)


def _visual_lines(text: str, width: float, font: str, size: float) -> list[str]:
    """Shape Arabic, wrap to ``width`` in logical order, then reorder each line."""
    import arabic_reshaper
    from bidi.algorithm import get_display
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines: list[str] = []
    for para in text.split("\n"):
        shaped = arabic_reshaper.reshape(para)
        line = ""
        for word in shaped.split(" "):
            candidate = f"{line} {word}" if line else word
            if line and stringWidth(candidate, font, size) > width:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return [get_display(line) for line in lines]


def markup(text: str, width: float | None = None, font: str = "", size: float = 11) -> str:
    """Paragraph markup for user ``text``: escaped, drawable, newlines kept.

    With ``width`` (the column it will be set in), right-to-left text is wrapped
    here and each line reordered, since a paragraph wraps in visual order."""
    clean = plain(text)
    if width and font and has_rtl(clean):
        return "<br/>".join(escape(line) for line in _visual_lines(clean, width, font, size))
    return escape(clean).replace("\n", "<br/>")


def clip(text: str, limit: int = 160) -> str:
    """Text for a table cell, which cannot split across pages: at most ``limit`` characters."""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def line(text: str, limit: int = 160) -> str:
    """One line of user text for a table cell, a chart label or the page: drawable, at most
    ``limit`` characters, and right-to-left runs shaped and in visual order."""
    clean = clip(plain(text), limit)
    if not has_rtl(clean):
        return clean
    import arabic_reshaper
    from bidi.algorithm import get_display

    return get_display(arabic_reshaper.reshape(clean))


PIECE = 2000
"""Characters in one piece of a long text: small enough that reportlab, which lays a
paragraph out again from its start each time it splits it across a page, stays linear."""


def pieces(text: str, size: int = PIECE) -> list[str]:
    """``text`` cut into pieces of at most about ``size`` characters, each a paragraph of
    its own: at line breaks first, else after a sentence, else at a space. Short text is
    one piece; nothing is dropped but the line breaks the cuts fall on."""
    if len(text) <= size:
        return [text]
    out: list[str] = []
    current: list[str] = []
    length = 0
    for line in text.split("\n"):
        if current and length + len(line) > size:
            out.append("\n".join(current))
            current, length = [], 0
        while len(line) > size:
            cut = _cut(line, size)
            out.append(line[:cut].rstrip(" "))
            line = line[cut:].lstrip(" ")
        current.append(line)
        length += len(line) + 1
    out.append("\n".join(current))
    return out


def _cut(line: str, size: int) -> int:
    """Where to cut a line longer than ``size``: after the last sentence in its second half,
    else at its last space, else (one very long word) at ``size``."""
    for mark in (". ", "? ", "! ", "; ", " "):
        at = line.rfind(mark, size // 2, size)
        if at >= 0:
            return at + len(mark)
    return size
