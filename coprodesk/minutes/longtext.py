"""Paragraphs of any length at a cost that grows linearly.

reportlab splits a paragraph across pages by laying the rest of it out again from its
start, so one paragraph of n characters costs about n²: 100 KB took 9 s and 1 MB more than
five minutes. A long text is set instead as pieces of about 2,000 characters
(:func:`coprodesk.minutes.text.pieces`), each its own paragraph with no space between them,
held by one flowable that hands them to the page one by one when it does not fit whole.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.doctemplate import NullActionFlowable

from coprodesk.minutes.text import markup, pieces


def paragraph(text: str, style: ParagraphStyle, width: float, lead: str = "") -> Flowable:
    """User ``text`` as a paragraph (with ``lead``, markup such as a bold label, before it);
    a text longer than one piece becomes a :class:`LongText`."""
    parts = pieces(text)
    if len(parts) == 1:
        return Paragraph(lead + markup(text, width, style.fontName, style.fontSize), style)
    first = ParagraphStyle(f"{style.name}-first", parent=style, spaceAfter=0)
    middle = ParagraphStyle(f"{style.name}-middle", parent=style, spaceBefore=0, spaceAfter=0)
    last = ParagraphStyle(f"{style.name}-last", parent=style, spaceBefore=0)
    out = []
    for n, part in enumerate(parts):
        st = first if n == 0 else last if n == len(parts) - 1 else middle
        out.append(Paragraph((lead if n == 0 else "")
                             + markup(part, width, style.fontName, style.fontSize), st))
    return LongText(out)


class LongText(Flowable):
    """Pieces of one text, stacked; split, it gives the frame its pieces to place in turn."""

    def __init__(self, paragraphs: list[Paragraph]) -> None:
        super().__init__()
        self.paragraphs = paragraphs
        self._heights: list[float] = []

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        self._heights = [p.wrap(avail_w, avail_h)[1] for p in self.paragraphs]
        self.width, self.height = avail_w, sum(self._heights)
        return self.width, self.height

    def getSpaceBefore(self) -> float:
        return self.paragraphs[0].getSpaceBefore()

    def getSpaceAfter(self) -> float:
        return self.paragraphs[-1].getSpaceAfter()

    def split(self, avail_w: float, avail_h: float) -> list[Flowable]:
        # an action first: the frame then takes each piece as it comes (splitting one
        # piece at the page's end) instead of needing the first to fit where it stands
        return [NullActionFlowable(), *self.paragraphs]

    def draw(self) -> None:
        y = self.height
        for p, h in zip(self.paragraphs, self._heights, strict=True):
            y -= h
            p.drawOn(self.canv, 0, y)
