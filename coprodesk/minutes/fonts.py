"""The Unicode fonts embedded in every PDF (DejaVu Sans, see resources/fonts/LICENSE-DejaVu.txt).

The 14 built-in PDF fonts cover Latin-1 only; DejaVu covers accents, Greek,
Cyrillic, Arabic and Hebrew. All four faces are registered as one family so
that bold and italic never fall back to a Latin-1 font.
"""

from __future__ import annotations

from functools import cache

REGULAR = "CoProSans"
BOLD = "CoProSans-Bold"
ITALIC = "CoProSans-Oblique"
BOLD_ITALIC = "CoProSans-BoldOblique"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf",
          ITALIC: "DejaVuSans-Oblique.ttf", BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf"}


@cache
def register_fonts() -> tuple[str, str]:
    """Register the family once per process; returns (regular, bold) font names."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from coprodesk.resources import resource_path

    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path(f"fonts/{filename}"))))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC,
                                  boldItalic=BOLD_ITALIC)
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD_ITALIC)
    return REGULAR, BOLD


@cache
def covered_codepoints() -> frozenset[int]:
    """Every character the regular face can draw (its cmap)."""
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    face = pdfmetrics.getFont(REGULAR).face
    return frozenset(face.charToGlyph.keys())
