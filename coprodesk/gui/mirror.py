"""Painted widgets right to left: the drawing mirrors, the words stay readable.

A widget paints in left-to-right coordinates as it always has. ``mirror`` flips its
painter when the widget's layout direction is right to left (``-reverse``, or an Arabic or
Hebrew translation), so bars fill from the right and whatever stood on the left moves to
the right; ``draw_text`` then writes each text at its mirrored place the right way round,
aligned to its start (the right edge, right to left), in the text's own direction.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget


def mirror(p: QPainter, widget: QWidget) -> bool:
    """Flip ``p`` for ``widget`` if it lays out right to left; True when it did."""
    if widget.layoutDirection() != Qt.LayoutDirection.RightToLeft:
        return False
    p.translate(widget.width(), 0)
    p.scale(-1, 1)
    return True


def draw_text(p: QPainter, rect: QRect | QRectF, flags, text: str) -> None:
    """``p.drawText(rect, flags, text)``, unflipped on a mirrored painter: left and right
    alignment swap (a text keeps to its start) and the words run in their own direction
    (English left to right under ``-reverse``, Arabic right to left)."""
    transform = p.transform()
    if transform.m11() >= 0:
        p.drawText(rect, flags, text)
        return
    align = Qt.AlignmentFlag(flags)
    horizontal = align & Qt.AlignmentFlag.AlignHorizontal_Mask
    if horizontal in (Qt.AlignmentFlag(0), Qt.AlignmentFlag.AlignLeft):
        swapped = Qt.AlignmentFlag.AlignRight
    elif horizontal == Qt.AlignmentFlag.AlignRight:
        swapped = Qt.AlignmentFlag.AlignLeft
    else:
        swapped = horizontal
    align = (align & ~Qt.AlignmentFlag.AlignHorizontal_Mask) | swapped | Qt.AlignmentFlag.AlignAbsolute
    place = transform.mapRect(QRectF(rect))
    p.save()
    p.resetTransform()
    p.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)
    p.drawText(place, align, text)
    p.restore()
