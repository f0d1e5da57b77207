"""Painted parts of the participant screen: share bars for groups and people, the item's time bar.

Each widget paints a small frozen state and repaints only when that state (rounded
to what is visible: whole pixels, whole per cent) changes. The strings a widget
paints are also its accessible name and are listed by ``drawn_strings()``, so tests
and screen readers see exactly what the room sees.

Group colours are never alone: every swatch carries the group's label, and every
bar carries the group's hatch pattern and a dark outline.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from coprodesk.gui.colours import bar_fill
from coprodesk.gui.mirror import draw_text, mirror
from coprodesk.gui.participant.theme import LIGHT, Theme, ink_on
from coprodesk.gui.spoken import CalmText, minutes_words, share_words

# Hatches, one per group (by group order); 0 is plain so the first group reads as solid.
PATTERNS: tuple[str, ...] = ("solid", "diagonal", "horizontal", "dots", "backdiagonal", "cross",
                             "vertical", "rings")


def pattern_for(index: int) -> str:
    return PATTERNS[index % len(PATTERNS)]


def make_font(base: QFont, px: float, bold: bool = False) -> QFont:
    f = QFont(base)
    f.setPixelSize(max(1, round(px)))
    f.setBold(bold)
    return f


def _hatch(p: QPainter, rect: QRectF, pattern: str, ink: QColor, unit: float) -> None:
    if pattern == "solid" or rect.width() <= 0:
        return
    step = max(6.0, unit * 0.42)
    pen = QPen(ink)
    pen.setWidthF(max(1.5, unit / 14))
    p.save()
    p.setClipRect(rect)
    p.setPen(pen)
    x0, y0, x1, y1 = rect.left(), rect.top(), rect.right(), rect.bottom()
    h = rect.height()
    if pattern in ("diagonal", "cross"):
        x = x0 - h
        while x < x1:
            p.drawLine(QPointF(x, y1), QPointF(x + h, y0))
            x += step
    if pattern in ("backdiagonal", "cross"):
        x = x0 - h
        while x < x1:
            p.drawLine(QPointF(x, y0), QPointF(x + h, y1))
            x += step
    if pattern == "horizontal":
        y = y0 + step / 2
        while y < y1:
            p.drawLine(QPointF(x0, y), QPointF(x1, y))
            y += step * 0.8
    if pattern == "vertical":
        x = x0 + step / 2
        while x < x1:
            p.drawLine(QPointF(x, y0), QPointF(x, y1))
            x += step
    if pattern in ("dots", "rings"):
        r = max(1.5, unit / 10)
        p.setBrush(ink if pattern == "dots" else Qt.BrushStyle.NoBrush)
        y = y0 + step / 2
        row = 0
        while y < y1 + r:
            x = x0 + step / 2 + (step / 2 if row % 2 else 0)
            while x < x1 + r:
                p.drawEllipse(QPointF(x, y), r, r)
                x += step
            y += step * 0.8
            row += 1
    p.restore()


def draw_share_bar(p: QPainter, rect: QRectF, share: float, fair: float, scale: float, colour: str,
                   pattern: str, theme: Theme, unit: float) -> None:
    """Track, the share filled in the group's colour and hatch, and the fair-share mark."""
    radius = rect.height() / 4
    edge = QColor(theme.edge)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(theme.track))
    p.drawRoundedRect(rect, radius, radius)
    scale = max(scale, 1e-9)
    w = min(1.0, share / scale) * rect.width()
    if w > 0.5:
        colour = bar_fill(colour, theme.track)  # 3:1 against the track, in the group's hue
        fill = QRectF(rect.left(), rect.top(), max(w, 2.0), rect.height())
        path = QPainterPath()
        path.addRoundedRect(fill, radius, radius)
        p.setBrush(QColor(colour))
        p.drawPath(path)
        p.save()
        p.setClipPath(path)
        _hatch(p, fill, pattern, QColor(ink_on(colour)), unit)
        p.restore()
    outline = QPen(edge)
    outline.setWidthF(max(1.5, unit / 16))
    p.setPen(outline)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRoundedRect(rect, radius, radius)
    if fair > 0:
        x = rect.left() + min(1.0, fair / scale) * rect.width()
        mark = QPen(edge)
        mark.setWidthF(max(3.0, unit / 7))
        mark.setCapStyle(Qt.PenCapStyle.FlatCap)
        p.setPen(mark)
        over = rect.height() * 0.3
        p.drawLine(QPointF(x, rect.top() - over), QPointF(x, rect.bottom() + over))


def draw_swatch(w: Painted, p: QPainter, rect: QRectF, colour: str, label: str, font: QFont) -> None:
    """The group's colour with its label written on it, outlined so pale colours still show."""
    pen = QPen(QColor(w.theme.edge))
    pen.setWidthF(max(1.5, rect.height() / 22))
    p.setPen(pen)
    p.setBrush(QColor(colour))
    r = rect.height() / 5
    p.drawRoundedRect(rect, r, r)
    w.write(p, rect, Qt.AlignmentFlag.AlignCenter, label, font, ink_on(colour))


class Painted(QWidget):
    """A widget that paints a state value and says what it painted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme: Theme = LIGHT
        self.unit = 32.0
        self.state = None
        self.paints = 0  # counted for the CPU benchmark and tests
        self._strings: tuple[str, ...] = ()
        self.spoken = CalmText(self)
        self.drawn_px: list[int] = []  # the pixel size of every text the last paint drew
        self.drawn_text: list[str] = []  # and the text itself (elided names end in "…")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def drawn_strings(self) -> tuple[str, ...]:
        return self._strings

    def min_text_px(self) -> int:
        """The smallest text the last paint drew, in pixels (0 when it drew none): read from
        what ``write`` was asked to draw, so it cannot say more than the screen shows."""
        return min(self.drawn_px, default=0)

    def write(self, p: QPainter, rect: QRectF, flags, text: str, font: QFont, colour: str) -> None:
        """Every text of a painted widget goes through here, and its size is recorded."""
        if text:
            self.drawn_px.append(font.pixelSize())
            self.drawn_text.append(text)
        p.setPen(QColor(colour))
        p.setFont(font)
        draw_text(p, rect, flags, text)

    def set_look(self, theme: Theme, unit: float) -> None:
        if (theme, unit) != (self.theme, self.unit):
            self.theme, self.unit = theme, unit
            self.updateGeometry()
            self.update()

    def set_state(self, state, now_ms: int | None = None) -> None:
        """Take a new state; repaint only if what would be drawn differs. What a screen
        reader hears changes at once with ``cues``, its figures at most once a minute."""
        if state == self.state:
            return
        before = self.visible_key(self.state) if self.state is not None else None
        self.state = state
        self._strings = self.strings_for(state) if state is not None else ()
        self.spoken.update(self.cues(state), now_ms, lambda: self.words(state))
        if state is None or self.visible_key(state) != before:
            self.update()

    def strings_for(self, state) -> tuple[str, ...]:
        return ()

    def cues(self, state) -> tuple:
        """What, when it changes, a screen reader hears at once."""
        return self.strings_for(state) if state is not None else ()

    def words(self, state) -> tuple[str, str]:
        """Accessible name and description: by default, what is painted."""
        return " · ".join(s for s in self._strings if s), ""

    def visible_key(self, state) -> tuple:
        """What of ``state`` shows at the current size (bars in whole pixels)."""
        return (state,)

    def paintEvent(self, _event) -> None:
        if self.state is None:
            return
        self.paints += 1
        self.drawn_px, self.drawn_text = [], []
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        mirror(p, self)  # right to left, bars fill from the right; words stay readable
        self.paint(p)
        p.end()

    def paint(self, p: QPainter) -> None:
        raise NotImplementedError


@dataclass(frozen=True, slots=True)
class BarState:
    label: str  # the group's short label, on the swatch
    name: str  # the group's name, or a person's public name
    colour: str
    pattern: str
    share: float
    fair: float
    scale: float  # the share that fills the whole bar (same for every bar of a board)
    figures: str = ""  # "24 % · fair 33 %" (groups only)
    speaking: bool = False
    group_name: str = ""  # a person's group, spelled out (people only; said, not drawn)
    floor_ms: int = 0  # a person's floor time (said, not drawn)

    def pixels(self, bar_w: float) -> tuple[int, int]:
        if self.scale <= 0:
            return 0, 0
        return (round(min(1.0, self.share / self.scale) * bar_w),
                round(min(1.0, self.fair / self.scale) * bar_w))

    def key(self, bar_w: float) -> tuple:
        return (self.label, self.name, self.colour, self.pattern, self.figures, self.speaking,
                *self.pixels(bar_w))


class GroupBar(Painted):
    """A stakeholder group: swatch + name + share against fair share, figures on the right."""

    def __init__(self, group_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group_id = group_id
        self.compact = False

    def strings_for(self, s: BarState) -> tuple[str, ...]:
        return (s.label, s.name, s.figures)

    def cues(self, s: BarState | None) -> tuple:
        return (s.label, s.name) if s is not None else ()

    def words(self, s: BarState | None) -> tuple[str, str]:
        if s is None:
            return "", ""
        return (QCoreApplication.translate("ParticipantWindow", "{group} group").format(group=s.name),
                share_words(s.share, s.fair))

    def set_compact(self, compact: bool) -> None:
        if compact != self.compact:
            self.compact = compact
            self.updateGeometry()
            self.update()

    @staticmethod
    def height_for(unit: float, compact: bool) -> int:
        return round(unit * (1.6 if compact else 2.75))

    def sizeHint(self) -> QSize:
        return QSize(round(self.unit * 12), self.height_for(self.unit, self.compact))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def visible_key(self, s: BarState) -> tuple:
        return s.key(self.width())

    def paint(self, p: QPainter) -> None:
        s: BarState = self.state
        u = self.unit
        font = make_font(self.font(), u)
        bold = make_font(self.font(), u, bold=True)
        sw_w = QFontMetrics(bold).horizontalAdvance("WW") + u * 0.5
        line_h = u * 1.3
        top = u * 0.05
        swatch = QRectF(1, top, sw_w, line_h)
        draw_swatch(self, p, swatch, s.colour, s.label, bold)
        # The same width for every group's figures, so that all bars start and end together.
        widest = QCoreApplication.translate("ParticipantWindow", "{share} · fair {fair}").format(
            share="100 %", fair="100 %")
        fig_w = QFontMetrics(font).horizontalAdvance(widest) if s.figures else 0
        if self.compact:
            # one line: swatch, figures, bar
            x = swatch.right() + u * 0.4
            fig_rect = QRectF(self.width() - fig_w, top, fig_w, line_h)
            self.write(p, fig_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, s.figures,
                       font, self.theme.ink)
            bar = QRectF(x, top + line_h * 0.2, max(0.0, fig_rect.left() - u * 0.5 - x), line_h * 0.6)
        else:
            # line 1: swatch and the group's full name; line 2: the bar, figures at its end
            x = swatch.right() + u * 0.4
            name_w = self.width() - x
            name = QFontMetrics(bold).elidedText(s.name, Qt.TextElideMode.ElideRight, max(0, int(name_w)))
            self.write(p, QRectF(x, top, name_w, line_h), Qt.AlignmentFlag.AlignVCenter, name, bold,
                       self.theme.ink)
            y2 = top + line_h + u * 0.1
            self.write(p, QRectF(self.width() - fig_w, y2, fig_w, line_h),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, s.figures, font,
                       self.theme.ink)
            bar = QRectF(1, y2 + line_h * 0.18, max(0.0, self.width() - fig_w - u * 0.5), line_h * 0.64)
        draw_share_bar(p, bar, s.share, s.fair, s.scale, s.colour, s.pattern, self.theme, u)


class PersonBar(Painted):
    """A person, on one line: their group's swatch, the name they agreed to, their share bar."""

    def __init__(self, participant_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.participant_id = participant_id
        self.name_px = 0  # the widest name on the board (bold), so every bar starts at one x

    def strings_for(self, s: BarState) -> tuple[str, ...]:
        return (s.label, s.name)

    def cues(self, s: BarState | None) -> tuple:
        return (s.label, s.name, s.group_name, s.speaking) if s is not None else ()

    def words(self, s: BarState | None) -> tuple[str, str]:
        """"Amara Okafor, Lived experience, speaking" and their time and share."""
        if s is None:
            return "", ""
        name = ", ".join(x for x in (s.name, s.group_name or s.label) if x)
        if s.speaking:
            name = QCoreApplication.translate("ParticipantWindow", "{name}, speaking").format(name=name)
        if s.floor_ms <= 0 and not s.speaking:
            return name, QCoreApplication.translate("ParticipantWindow",
                                                    "has not spoken yet; {share}").format(
                share=share_words(s.share, s.fair))
        return name, QCoreApplication.translate("ParticipantWindow", "{time} on the floor; {share}").format(
            time=minutes_words(s.floor_ms), share=share_words(s.share, s.fair))

    def set_name_px(self, px: int) -> None:
        if px != self.name_px:
            self.name_px = px
            self.update()

    def _columns(self) -> tuple[QFont, QFont, float, float]:
        """Fonts, where names start, and how wide the bar is: as wide as the widest name allows,
        between a third and a half of the row."""
        u = self.unit
        label_f = make_font(self.font(), u, bold=True)  # as large as the name: read from the back
        sw_w = QFontMetrics(label_f).horizontalAdvance("WW") + u * 0.45
        x = u * 0.2 + sw_w + u * 0.35
        room = self.width() - x - u * 0.3
        bar_w = room - self.name_px - u * 0.6
        bar_w = max(u * 3, min(room * 0.5, max(room * 0.3, bar_w)))
        return label_f, QFont(), x, bar_w

    @staticmethod
    def height_for(unit: float, compact: bool = False) -> int:
        return round(unit * (1.3 if compact else 1.55))

    def set_compact(self, _compact: bool) -> None:
        """Rows get shorter (never smaller text) when many people share the board."""

    def sizeHint(self) -> QSize:
        return QSize(round(self.unit * 14), self.height_for(self.unit))

    def visible_key(self, s: BarState) -> tuple:
        return s.key(self._columns()[3])

    def paint(self, p: QPainter) -> None:
        s: BarState = self.state
        u = self.unit
        font = make_font(self.font(), u, bold=s.speaking)
        h = self.height()
        line_h = min(u * 1.3, h - 4.0)
        top = (h - line_h) / 2
        if s.speaking:
            frame = QPen(QColor(self.theme.accent))
            frame.setWidthF(max(2.0, u / 9))
            p.setPen(frame)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(QRectF(1, 1, self.width() - 2, h - 2), u / 4, u / 4)
        label_f, _f, x, bar_w = self._columns()
        sw_w = x - u * 0.55
        swatch = QRectF(u * 0.2, top, sw_w, line_h)
        draw_swatch(self, p, swatch, s.colour, s.label, label_f)
        name_w = self.width() - x - bar_w - u * 0.6
        name = QFontMetrics(font).elidedText(s.name, Qt.TextElideMode.ElideRight, max(0, int(name_w)))
        self.write(p, QRectF(x, top, name_w, line_h), Qt.AlignmentFlag.AlignVCenter, name, font,
                   self.theme.accent if s.speaking else self.theme.ink)
        bar = QRectF(self.width() - bar_w - u * 0.3, top + line_h * 0.25, bar_w, line_h * 0.5)
        draw_share_bar(p, bar, s.share, s.fair, s.scale, s.colour, s.pattern, self.theme, u)


@dataclass(frozen=True, slots=True)
class TimeState:
    fraction: float  # elapsed ÷ planned
    over: bool


class TimeBar(Painted):
    """How much of the item's planned time has gone; no text (the label beside it says it).
    Its accessible name is fixed; the view says the time left in its description."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(QCoreApplication.translate("ParticipantWindow", "Item time"))

    def cues(self, state) -> tuple:
        return ()

    def words(self, state) -> tuple[str, str]:
        return self.accessibleName(), self.accessibleDescription()

    def sizeHint(self) -> QSize:
        return QSize(round(self.unit * 8), round(self.unit * 0.9))

    def visible_key(self, s: TimeState) -> tuple:
        return (round(min(1.0, s.fraction) * self.width()), s.over)

    def paint(self, p: QPainter) -> None:
        s: TimeState = self.state
        u = self.unit
        rect = QRectF(1, 1, self.width() - 2, self.height() - 2)
        r = rect.height() / 3
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(self.theme.track))
        p.drawRoundedRect(rect, r, r)
        w = rect.width() * min(1.0, s.fraction)
        if w > 0.5:
            p.setBrush(QColor(self.theme.over if s.over else self.theme.accent))
            p.drawRoundedRect(QRectF(rect.left(), rect.top(), max(w, 2 * r), rect.height()), r, r)
        pen = QPen(QColor(self.theme.edge))
        pen.setWidthF(max(1.5, u / 16))
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(rect, r, r)
