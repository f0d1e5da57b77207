"""Speaking-time charts for the minutes, drawn with reportlab.graphics.

Each bar carries its group label and figures in words, so colour (Okabe-Ito,
colour-blind safe) is never the only cue; the fair share is a black tick.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors

from coprodesk.minutes.text import line


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    share: float
    fair_share: float
    colour: str
    caption: str = ""


def share_bars(bars: list[Bar], width: float, font: str, bold: str, row: float = 30,
               label_width: float = 150) -> Drawing:
    """One row per bar: label, a share bar on a 0–100 % track, the fair-share tick, figures."""
    figures_width = 120
    track = max(60.0, width - label_width - figures_width - 12)
    height = row * len(bars) + 18
    d = Drawing(width, height)
    scale = max([1.0] + [b.share for b in bars] + [b.fair_share for b in bars])
    x0 = label_width + 6
    for i, bar in enumerate(bars):
        y = height - 18 - (i + 1) * row + 8
        d.add(String(0, y + 5, line(bar.label, 28), fontName=bold, fontSize=10))
        if bar.caption:
            d.add(String(0, y - 6, line(bar.caption, 34), fontName=font, fontSize=8,
                         fillColor=colors.HexColor("#444444")))
        d.add(Rect(x0, y, track, 12, fillColor=colors.HexColor("#EEEEEE"), strokeColor=None))
        d.add(Rect(x0, y, track * bar.share / scale, 12, fillColor=colors.HexColor(bar.colour),
                   strokeColor=colors.HexColor("#333333"), strokeWidth=0.4))
        fx = x0 + track * bar.fair_share / scale
        d.add(Line(fx, y - 3, fx, y + 15, strokeColor=colors.black, strokeWidth=1.6))
        d.add(String(x0 + track + 8, y + 2,
                     f"{bar.share * 100:.1f} % (fair {bar.fair_share * 100:.1f} %)",
                     fontName=font, fontSize=9))
    d.add(Line(x0, height - 6, x0 + 14, height - 6, strokeColor=colors.HexColor("#777777"),
               strokeWidth=6))
    d.add(String(x0 + 18, height - 9, "share of speaking time", fontName=font, fontSize=8))
    d.add(Line(x0 + 140, height - 12, x0 + 140, height, strokeColor=colors.black,
               strokeWidth=1.6))
    d.add(String(x0 + 146, height - 9, "fair share, given who was present", fontName=font,
                 fontSize=8))
    return d
