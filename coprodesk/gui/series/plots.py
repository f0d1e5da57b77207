"""Plots of a series, drawn with QPainter in the app's palette (the groups' own colours,
from the colour-blind-safe PALETTE). Every bar carries its group's label and every point
its value, so colour is never the only cue. They draw the series report's figures only."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from coprodesk.domain.model import PALETTE
from coprodesk.gui import colours
from coprodesk.gui.mirror import draw_text, mirror


def ink() -> QColor:
    return QColor(colours.current().ink)


def muted() -> QColor:
    return QColor(colours.current().muted)


def grid() -> QColor:
    return QColor(colours.current().line)


def surface() -> QColor:
    return QColor(colours.current().panel)


@dataclass(frozen=True, slots=True)
class GroupKey:
    name: str
    label: str
    colour: str


def text_on(colour: QColor) -> QColor:
    """Black or white, whichever reads better on ``colour``."""
    return QColor(colours.ink_on(colour.name()))


def short_date(iso: str) -> str:
    return iso[2:] if len(iso) == 10 else iso  # 26-03-12: short enough under a cluster


class SeriesChart(QWidget):
    """A titled plot over the series report; subclasses draw the body."""

    TITLE = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: dict[str, Any] = {"meetings": []}
        self.groups: list[GroupKey] = []
        self.setMinimumSize(360, 320)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(QCoreApplication.translate("SeriesPlot", self.TITLE))

    def sizeHint(self) -> QSize:
        return QSize(420, 360)

    def set_data(self, report: dict[str, Any], groups: list[GroupKey]) -> None:
        self.report, self.groups = report, groups
        self.setAccessibleDescription(self.describe())
        self.update()

    def describe(self) -> str:
        return ""

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        mirror(p, self)  # right to left, time runs from the right; words stay readable
        p.fillRect(self.rect(), surface())
        p.setPen(QPen(grid(), 1))
        p.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        title = QFont(self.font())
        title.setBold(True)
        p.setFont(title)
        p.setPen(ink())
        fm = QFontMetricsF(title)
        draw_text(p, QRectF(12, 8, self.width() - 24, fm.height() + 2),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   QCoreApplication.translate("SeriesPlot", self.TITLE))
        p.setFont(self.font())
        body = QRectF(12, 14 + fm.height(), self.width() - 24, self.height() - 22 - fm.height())
        if not self.report["meetings"]:
            p.setPen(muted())
            draw_text(p, body, Qt.AlignmentFlag.AlignCenter, self.tr("No meetings in this series yet"))
        else:
            self.draw(p, body)
        p.end()

    def draw(self, p: QPainter, body: QRectF) -> None:
        raise NotImplementedError

    # --- shared pieces ---------------------------------------------------------------------
    def small_font(self) -> QFont:
        f = QFont(self.font())
        f.setPointSizeF(max(7.5, f.pointSizeF() * 0.85))
        return f

    def legend(self, p: QPainter, rect: QRectF, with_fair: bool = False) -> float:
        """Swatch + label + name per group, wrapping; returns the height used."""
        f = self.small_font()
        p.setFont(f)
        fm = QFontMetricsF(f)
        x, y, h = rect.left(), rect.top(), fm.height() + 4
        items = [(g.colour, f"{g.label} {g.name}") for g in self.groups]
        if with_fair:
            items.append(("fair", self.tr("fair share")))
        for colour, text in items:
            w = 16 + fm.horizontalAdvance(text) + 14
            if x + w > rect.right() and x > rect.left():
                x, y = rect.left(), y + h
            if colour == "fair":
                p.setPen(QPen(ink(), 2, Qt.PenStyle.DashLine))
                p.drawLine(QPointF(x, y + h / 2), QPointF(x + 12, y + h / 2))
            else:
                p.fillRect(QRectF(x, y + 3, 12, h - 6), QColor(colour))
            p.setPen(ink())
            draw_text(p, QRectF(x + 16, y, w, h), Qt.AlignmentFlag.AlignVCenter, text)
            x += w
        p.setFont(self.font())
        return y + h - rect.top() + 4

    def label_step(self, slot: float, sample: str) -> int:
        """Label every n-th meeting so that labels never overlap (the last is always labelled)."""
        fm = QFontMetricsF(self.small_font())
        return max(1, math.ceil((fm.horizontalAdvance(sample) + 10) / max(1.0, slot)))

    def x_labels(self, p: QPainter, centres: list[float], y: float,
                 meetings: list[dict[str, Any]] | None = None) -> None:
        meetings = self.report["meetings"] if meetings is None else meetings
        f = self.small_font()
        p.setFont(f)
        p.setPen(muted())
        fm = QFontMetricsF(f)
        slot = (centres[1] - centres[0]) if len(centres) > 1 else 1e9
        short = fm.horizontalAdvance("2026-12-31") + 8 > slot
        step = self.label_step(slot, "26-12-31" if short else "2026-12-31")
        last = len(centres) - 1
        for n, (cx, m) in enumerate(zip(centres, meetings, strict=False)):
            if (last - n) % step:
                continue
            text = m["date"] or m["title"][:10]
            if short:
                text = short_date(text)
            w = fm.horizontalAdvance(text) + 4
            draw_text(p, QRectF(cx - w / 2, y, w, fm.height()), Qt.AlignmentFlag.AlignCenter, text)
        p.setFont(self.font())

    def y_axis(self, p: QPainter, plot: QRectF, top: float, ticks: list[float], fmt) -> None:
        f = self.small_font()
        p.setFont(f)
        fm = QFontMetricsF(f)
        for t in ticks:
            y = plot.bottom() - plot.height() * (t / top if top else 0)
            p.setPen(QPen(grid(), 1))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(muted())
            draw_text(p, QRectF(plot.left() - 40, y - fm.height() / 2, 36, fm.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, fmt(t))
        p.setFont(self.font())


class GroupShareChart(SeriesChart):
    """Per meeting, one bar per group: its share of speaking, the fair share as a dashed line."""

    TITLE = QT_TRANSLATE_NOOP("SeriesPlot", "Share of speaking by group, against fair share")

    def describe(self) -> str:
        parts = []
        for m in self.report["meetings"]:
            parts.append(m["date"] + ": " + ", ".join(
                f"{g['name']} {g['share']:.0%} (fair {g['fair_share']:.0%})" for g in m["groups"]))
        return "; ".join(parts)

    def draw(self, p: QPainter, body: QRectF) -> None:
        used = self.legend(p, body, with_fair=True)
        f = self.small_font()
        fm = QFontMetricsF(f)
        plot = QRectF(body.left() + 44, body.top() + used + fm.height() + 4, body.width() - 50,
                      body.height() - used - 3 * fm.height() - 14)
        meetings = self.report["meetings"]
        k = max([len(m["groups"]) for m in meetings] + [1])
        widest = max([fm.horizontalAdvance(g.label) for g in self.groups] + [fm.horizontalAdvance("100")])
        fit = max(1, int(plot.width() // (k * (widest + 4) / 0.84)))
        if len(meetings) > fit:  # every bar keeps its label: show the latest meetings that fit
            meetings = meetings[-fit:]
            p.setFont(f)
            p.setPen(muted())
            draw_text(p, QRectF(plot.left(), plot.top() - fm.height() - 2, plot.width(), fm.height()),
                       Qt.AlignmentFlag.AlignRight, self.tr("latest {n} of {all} meetings").format(
                           n=fit, all=len(self.report["meetings"])))
            p.setFont(self.font())
        top = max([g["share"] for m in meetings for g in m["groups"]]
                  + [g["fair_share"] for m in meetings for g in m["groups"]] + [0.1])
        top = min(1.0, (int(top * 10) + 1) / 10)
        ticks = [t / 10 for t in range(0, round(top * 10) + 1, 1 if top <= 0.5 else 2)]
        self.y_axis(p, plot, top, ticks, lambda t: f"{t:.0%}")
        slot = plot.width() / len(meetings)
        labels = {g.name: g for g in self.groups}
        centres = []
        for n, m in enumerate(meetings):
            groups = m["groups"]
            k = max(1, len(groups))
            inner = slot * 0.84
            bw = inner / k
            x0 = plot.left() + n * slot + (slot - inner) / 2
            centres.append(plot.left() + n * slot + slot / 2)
            for j, g in enumerate(groups):
                key = labels.get(g["name"], GroupKey(g["name"], g["name"][:2], PALETTE[j % len(PALETTE)]))
                x = x0 + j * bw + 1
                h = plot.height() * g["share"] / top
                colour = QColor(key.colour)
                p.fillRect(QRectF(x, plot.bottom() - h, bw - 2, h), colour)
                fy = plot.bottom() - plot.height() * g["fair_share"] / top
                p.setPen(QPen(ink(), 2, Qt.PenStyle.DashLine))
                p.drawLine(QPointF(x - 1, fy), QPointF(x + bw - 1, fy))
                p.setFont(f)
                p.setPen(ink())
                value = f"{g['share'] * 100:.0f}"
                vy = min(plot.bottom() - h, fy) - fm.height() - 1
                if bw >= fm.horizontalAdvance(value) + 2:
                    draw_text(p, QRectF(x - 2, vy, bw + 2, fm.height()), Qt.AlignmentFlag.AlignCenter, value)
                if bw >= fm.horizontalAdvance(key.label) + 2:
                    draw_text(p, QRectF(x - 2, plot.bottom() + 2, bw + 2, fm.height()),
                               Qt.AlignmentFlag.AlignCenter, key.label)
        p.setPen(QPen(ink(), 1))
        p.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        self.x_labels(p, centres, plot.bottom() + fm.height() + 6, meetings)


class BalanceChart(SeriesChart):
    """The balance index of each meeting: 1 everyone equal, 0 one voice only."""

    TITLE = QT_TRANSLATE_NOOP("SeriesPlot", "Balance index (1 = everyone equal)")

    def describe(self) -> str:
        return "; ".join(f"{m['date']}: {m['balance_index']:.2f}" for m in self.report["meetings"])

    def draw(self, p: QPainter, body: QRectF) -> None:
        f = self.small_font()
        fm = QFontMetricsF(f)
        plot = QRectF(body.left() + 44, body.top() + fm.height() + 8, body.width() - 56,
                      body.height() - 3 * fm.height() - 14)
        self.y_axis(p, plot, 1.0, [0.0, 0.25, 0.5, 0.75, 1.0], lambda t: f"{t:.2f}")
        meetings = self.report["meetings"]
        slot = plot.width() / len(meetings)
        pts = [QPointF(plot.left() + slot * (n + 0.5), plot.bottom() - plot.height() * m["balance_index"])
               for n, m in enumerate(meetings)]
        colour = QColor(PALETTE[0])
        if len(pts) > 1:
            path = QPainterPath(pts[0])
            for pt in pts[1:]:
                path.lineTo(pt)
            p.setPen(QPen(colour, 2.5))
            p.drawPath(path)
        p.setFont(f)
        step = self.label_step(slot, "0.00")
        for n, (pt, m) in enumerate(zip(pts, meetings, strict=True)):
            p.setPen(QPen(surface(), 2))
            p.setBrush(colour)
            p.drawEllipse(pt, 5.5, 5.5)
            if (len(pts) - 1 - n) % step:
                continue
            p.setPen(ink())
            text = f"{m['balance_index']:.2f}"
            w = fm.horizontalAdvance(text) + 6
            above = pt.y() - fm.height() - 8
            y = above if above > plot.top() - fm.height() else pt.y() + 8
            draw_text(p, QRectF(pt.x() - w / 2, y, w, fm.height()), Qt.AlignmentFlag.AlignCenter, text)
        p.setBrush(Qt.BrushStyle.NoBrush)
        self.x_labels(p, [pt.x() for pt in pts], plot.bottom() + 6)


class AttendanceChart(SeriesChart):
    """Who came: one stacked bar per meeting, a segment per group with its label and count;
    the number of first-time participants under the total."""

    TITLE = QT_TRANSLATE_NOOP("SeriesPlot", "Attendance by group (new people marked)")

    def describe(self) -> str:
        return "; ".join(f"{m['date']}: {m['attendance_total']} present, {len(m['first_time'])} new"
                         for m in self.report["meetings"])

    def draw(self, p: QPainter, body: QRectF) -> None:
        used = self.legend(p, body)
        f = self.small_font()
        fm = QFontMetricsF(f)
        plot = QRectF(body.left() + 44, body.top() + used + 2 * fm.height() + 6, body.width() - 56,
                      body.height() - used - 4 * fm.height() - 16)
        meetings = self.report["meetings"]
        top = max([m["attendance_total"] for m in meetings] + [1])
        step = max(1, round(top / 4))
        self.y_axis(p, plot, top, [float(t) for t in range(0, top + 1, step)], lambda t: f"{t:.0f}")
        slot = plot.width() / len(meetings)
        labels = {g.name: g for g in self.groups}
        centres = []
        p.setFont(f)
        for n, m in enumerate(meetings):
            bw = min(slot * 0.6, 90)
            cx = plot.left() + slot * (n + 0.5)
            centres.append(cx)
            y = plot.bottom()
            for j, (name, count) in enumerate(m["attendance"].items()):
                if not count:
                    continue
                key = labels.get(name, GroupKey(name, name[:2], PALETTE[j % len(PALETTE)]))
                h = plot.height() * count / top
                colour = QColor(key.colour)
                rect = QRectF(cx - bw / 2, y - h, bw, h)
                p.fillRect(rect, colour)
                p.setPen(QPen(surface(), 1))
                p.drawLine(rect.topLeft(), rect.topRight())
                text = f"{key.label} {count}"
                if h >= fm.height() and bw >= fm.horizontalAdvance(text) + 4:
                    p.setPen(text_on(colour))
                    draw_text(p, rect, Qt.AlignmentFlag.AlignCenter, text)
                y -= h
            p.setPen(ink())
            new = len(m["first_time"])
            total = str(m["attendance_total"]) + (self.tr(" (+{n} new)").format(n=new) if new else "")
            lines = [total]
            if fm.horizontalAdvance(total) + 4 > slot:
                lines = ([self.tr("+{n}").format(n=new)] if new else []) + [str(m["attendance_total"])]
            for i, text in enumerate(reversed(lines)):
                w = max(slot, fm.horizontalAdvance(text) + 6)
                draw_text(p, QRectF(cx - w / 2, y - (i + 1) * fm.height() - 2, w, fm.height()),
                           Qt.AlignmentFlag.AlignCenter, text)
        p.setFont(self.font())
        p.setPen(QPen(ink(), 1))
        p.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        self.x_labels(p, centres, plot.bottom() + 6)
