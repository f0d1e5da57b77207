"""Speaking-time charts for the minutes, drawn with reportlab.graphics.

Each bar carries its group label and figures in words, so colour (Okabe-Ito,
colour-blind safe) is never the only cue; the fair share is a black tick. The
figures sit under the name, in the same column: text extracted from the PDF
(a screen reader, a copy) then reads each name with its percentages, not nine
names followed by nine percentages. No text is smaller than 9 pt.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from coprodesk.minutes import words as W
from coprodesk.minutes.text import line

SMALLEST = 9  # points: the smallest text in the minutes


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    share: float
    fair_share: float
    colour: str
    caption: str = ""

    @property
    def figures(self) -> str:
        return W.SHARE_FIGURES.format(share=f"{self.share * 100:.1f}",
                                      fair=f"{self.fair_share * 100:.1f}")


def share_bars(bars: list[Bar], width: float, font: str, bold: str, row: float = 34,
               label_width: float = 150) -> Drawing:
    """One row per bar: name, then its figures and caption beneath; the share bar on a
    0–100 % track to the right, with the fair-share tick."""
    captions = [line(f"{b.figures} · {b.caption}" if b.caption else b.figures, 60) for b in bars]
    needed = max([stringWidth(c, font, SMALLEST) for c in captions]
                 + [stringWidth(line(b.label, 28), bold, 10) for b in bars] + [label_width])
    label_width = min(needed, width * 0.55)
    track = max(60.0, width - label_width - 12)
    height = row * len(bars) + 18
    d = Drawing(width, height)
    scale = max([1.0] + [b.share for b in bars] + [b.fair_share for b in bars])
    x0 = label_width + 10
    for i, (bar, caption) in enumerate(zip(bars, captions, strict=True)):
        y = height - 18 - (i + 1) * row + 12
        d.add(String(0, y + 4, line(bar.label, 28), fontName=bold, fontSize=10))
        d.add(String(0, y - 8, caption, fontName=font, fontSize=SMALLEST,
                     fillColor=colors.HexColor("#333333")))
        d.add(Rect(x0, y - 2, track, 12, fillColor=colors.HexColor("#EEEEEE"), strokeColor=None))
        d.add(Rect(x0, y - 2, track * bar.share / scale, 12,
                   fillColor=colors.HexColor(bar.colour),
                   strokeColor=colors.HexColor("#333333"), strokeWidth=0.4))
        fx = x0 + track * bar.fair_share / scale
        d.add(Line(fx, y - 5, fx, y + 13, strokeColor=colors.black, strokeWidth=1.6))
    d.add(Line(0, height - 6, 14, height - 6, strokeColor=colors.HexColor("#777777"),
               strokeWidth=6))
    d.add(String(18, height - 9, W.CHART_KEY_SHARE, fontName=font, fontSize=SMALLEST))
    key_x = 24 + stringWidth(W.CHART_KEY_SHARE, font, SMALLEST) + 12
    d.add(Line(key_x, height - 12, key_x, height, strokeColor=colors.black, strokeWidth=1.6))
    d.add(String(key_x + 6, height - 9, W.CHART_KEY_FAIR, fontName=font, fontSize=SMALLEST))
    return d
