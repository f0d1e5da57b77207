"""Equal-voice tiles: one per counted participant, in stakeholder-group columns.

A tile paints a ``TileState`` (a frozen value the run view builds from the
session's balance); it repaints only when what it would draw changes — the
clock in seconds, a bar by a pixel — so a running turn costs one small tile a
second, not sixty.

A tile is a button to the keyboard and to a screen reader: Tab reaches the tiles
(one stop for all of them), arrows, Home and End move between them, Enter gives
the floor, Shift+Enter raises or lowers the hand, the Menu key (or Shift+F10)
opens its menu; every other run-view key works as anywhere in the view. Its
accessible name and description say the person, their group, floor time, turns,
share against fair share and any cue, calmly (``gui/spoken.CalmText``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleActionInterface,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QAccessibleWidget, QScrollArea, QSizePolicy, QWidget

from coprodesk.domain.model import HandKind
from coprodesk.gui import colours
from coprodesk.gui.mirror import draw_text, mirror
from coprodesk.gui.run.format import clock_text
from coprodesk.gui.run.tile_state import GroupState, TileState
from coprodesk.gui.spoken import CalmText, minutes_words, share_words

MARGIN = 5.5  # the tile's body sits this far inside it; the focus ring is drawn in the margin

GAP = 6
COL_GAP = 8
CUE_GAP = 2  # a tall tile's cue line (turn clock, hand, gone) sits this far under the name
MIN_COLUMN_W = 168
MAX_COLUMN_W = 380


def _tr(text: str) -> str:
    return QCoreApplication.translate("RunView", text)


# lupdate reads translate("Context", "literal") calls; _tr is for texts held elsewhere
translate = QCoreApplication.translate


def hand_words(kind: HandKind) -> str:
    return {HandKind.SPEAK: translate("RunView",
                                      "hand"), HandKind.CLARIFICATION: translate("RunView", "clarify"),
            HandKind.POINT_OF_ORDER: translate("RunView", "order")}[kind]


K = Qt.Key
NAV_KEYS = (K.Key_Left, K.Key_Right, K.Key_Up, K.Key_Down, K.Key_Home, K.Key_End)
ENTER_KEYS = (K.Key_Return, K.Key_Enter)


def tile_key(event) -> str | None:
    """What a key does on a focused tile ("floor", "hand", "menu", "move"); None: not a tile
    key, so it is the run view's (digits, Space, N, Ctrl+arrows…)."""
    key = event.key()
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    plain, shift = Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier
    if key in ENTER_KEYS and mods in (plain, shift):
        return "floor" if mods == plain else "hand"
    if (key == K.Key_Menu and mods == plain) or (key == K.Key_F10 and mods == shift):
        return "menu"
    if key in NAV_KEYS and mods == plain:
        return "move"
    return None


def _fonts(base: QFont) -> tuple[QFont, QFont, QFont]:
    name = QFont(base)
    name.setPointSizeF(base.pointSizeF() * 1.15)
    name.setBold(True)
    small = QFont(base)
    small.setPointSizeF(base.pointSizeF() * 0.9)
    clock = QFont(base)
    clock.setPointSizeF(base.pointSizeF() * 1.3)
    clock.setBold(True)
    return name, small, clock


def _painter(widget: Tile | GroupHeader) -> QPainter | None:
    """A tile's or header's antialiased painter, its paint counted; None while it has no state."""
    if widget.state is None:
        return None
    widget.paints += 1
    p = QPainter(widget)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    return p


class Tile(QWidget):
    """One participant. Click or Enter: give the floor. Shift+click, Shift+Enter or the menu:
    raise or lower the hand."""

    clicked = Signal(int)
    hand_clicked = Signal(int)
    menu_requested = Signal(int, QPoint)
    navigate = Signal(int, int)  # participant id, the arrow / Home / End key pressed on it
    focused = Signal(int)

    def __init__(self, participant_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.participant_id = participant_id
        self.state: TileState | None = None
        self.compact = False
        self.tall = False  # the cues on a line of their own, so the name has the whole width
        self.paints = 0  # how many times this tile painted (benchmarks and tests read it)
        self.drawn_name = ""  # the name as last painted ("…" at its end when cut)
        self._drawn_key: tuple | None = None
        self._cache: tuple | None = None
        self._frame_cache: tuple | None = None
        self.spoken = CalmText(self)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # the board puts one tile in the Tab chain
        _install_accessible_tiles()
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    # --- sizes ------------------------------------------------------------------------

    @staticmethod
    def height_for(font: QFont, compact: bool, tall: bool = False) -> int:
        name_f, small_f, clock_f = _fonts(font)
        top = max(QFontMetrics(name_f).height(), QFontMetrics(clock_f).height())
        if compact:
            return 8 + top + 4 + max(10, QFontMetrics(small_f).height()) + 8
        cues = top + CUE_GAP if tall else 0
        return 10 + top + cues + 4 + QFontMetrics(small_f).height() + 6 + 12 + 10

    def sizeHint(self) -> QSize:
        return QSize(MIN_COLUMN_W, self.height_for(self.font(), self.compact, self.tall))

    def width_for_whole_name(self) -> int:
        """How wide the tile must be to show its name whole beside the widest cue it may
        carry (a turn clock or a hand's pill), with its key badge."""
        if self.state is None:
            return 0
        name_f, small_f, clock_f = _fonts(self.font())
        fm_small = QFontMetrics(small_f)
        badge = fm_small.horizontalAdvance("0") + 10 + 8
        pill = max(fm_small.horizontalAdvance(hand_words(k) + " 00") for k in HandKind) + 14
        cue = max(QFontMetrics(clock_f).horizontalAdvance("00:00"), pill) + 8
        return 16 + badge + QFontMetrics(name_f).horizontalAdvance(self.state.name) + cue + 12

    # --- state ------------------------------------------------------------------------

    def _metrics(self) -> tuple[tuple[QFont, QFont, QFont], QRect]:
        """Fonts and the share bar's place, cached until the size, font or density changes."""
        cache_key = (self.width(), self.compact, self.tall, self.font().key())
        if self._cache is not None and self._cache[0] == cache_key:
            return self._cache[1], self._cache[2]
        fonts = _fonts(self.font())
        name_f, small_f, clock_f = fonts
        top = max(QFontMetrics(name_f).height(), QFontMetrics(clock_f).height())
        x0 = 16
        if self.compact:
            y = 8 + top + 4 + max(10, QFontMetrics(small_f).height()) // 2 - 4
            right = self.width() - 12 - QFontMetrics(small_f).horizontalAdvance("00:00 · 00:00") - 8
        else:
            y = 10 + top + (top + CUE_GAP if self.tall else 0) + 4 + QFontMetrics(small_f).height() + 6 + 2
            right = self.width() - 12 - QFontMetrics(small_f).horizontalAdvance(translate("RunView",
                                                                                          "99 turns")) - 10
        bar = QRect(x0, y, max(20, right - x0), 8)
        self._cache = (cache_key, fonts, bar)
        return fonts, bar

    def _bar_rect(self) -> QRect:
        return self._metrics()[1]

    def _display_key(self, s: TileState) -> tuple:
        """What the tile would draw, quantised to what the eye can see."""
        w = self._bar_rect().width()
        fill = round(min(1.0, s.share / s.scale) * w) if s.scale > 0 else 0
        mark = round(min(1.0, s.fair_share / s.scale) * w) if s.scale > 0 else 0
        return (s.name, s.group_label, s.colour, s.key, s.item_ms // 1000, s.meeting_ms // 1000,
                s.turns, fill, mark, s.hand, s.queue_pos, s.speaking,
                s.turn_ms // 1000 if s.speaking else 0, s.long_turn, s.gone, s.online,
                self.compact, self.tall, self.width())

    def set_state(self, state: TileState, now_ms: int | None = None) -> bool:
        """Take a new state; repaint only if something visible changed. Returns True if so.
        What a screen reader hears changes at once with a cue, its times once a minute."""
        self.state = state
        self.spoken.update(self._cues(state), now_ms,
                           lambda: (self.accessible_text(), self.accessible_description()),
                           self._figures(state))
        key = self._display_key(state)
        if key == self._drawn_key:
            return False
        self._drawn_key = key
        self.update()
        return True

    @staticmethod
    def _figures(s: TileState) -> tuple:
        """What the words say of the times and shares: minutes and whole per cents."""
        return (s.turn_ms // 60_000, s.meeting_ms // 60_000, s.item_ms // 60_000,
                round(100 * s.share), round(100 * s.fair_share))

    @staticmethod
    def _cues(s: TileState) -> tuple:
        """What, when it changes, is said at once (times and shares wait for the minute): the
        floor taken or passed on, a cue, another agenda item (its times start again)."""
        return (s.name, s.group_name, s.group_label, s.key, s.speaking, s.long_turn, s.hand,
                s.queue_pos, s.gone, s.turns, s.item_id, s.online)

    def set_compact(self, compact: bool, tall: bool = False) -> None:
        """Compact: one line less (many people, little height); tall: one line more, the
        cues under the name (free height, names that would not fit beside them)."""
        tall = tall and not compact
        if (compact, tall) != (self.compact, self.tall):
            self.compact, self.tall = compact, tall
            self._drawn_key = None
            self.update()

    def accessible_text(self) -> str:
        """The name a screen reader says: person, group spelled out, cues, floor time."""
        s = self.state
        if s is None:
            return ""
        parts = [s.name, s.group_name or s.group_label]
        if s.speaking:
            parts.append(self.tr("has the floor for {t}").format(t=minutes_words(s.turn_ms)))
        if s.long_turn:
            parts.append(self.tr("over the soft limit"))
        if s.hand is not None:
            hand = {HandKind.SPEAK: self.tr("hand raised"),
                    HandKind.CLARIFICATION: self.tr("clarification"),
                    HandKind.POINT_OF_ORDER: self.tr("point of order")}[s.hand]
            if s.queue_pos:
                hand = self.tr("{hand}, number {n} in the queue").format(hand=hand, n=s.queue_pos)
            parts.append(hand)
        if s.gone:
            parts.append(self.tr("gone"))
        elif s.online:
            parts.append(self.tr("online"))
        if s.turns == 0 and not s.speaking:
            parts.append(self.tr("has not spoken yet"))
        elif not s.speaking:
            parts.append(self.tr("{t} on the floor").format(t=minutes_words(s.meeting_ms)))
        elif minutes_words(s.meeting_ms) != minutes_words(s.turn_ms):  # not this turn twice
            parts.append(self.tr("{t} in all").format(t=minutes_words(s.meeting_ms)))
        return ", ".join(parts)

    def accessible_description(self) -> str:
        """The figures behind the name: turns, time on this item, share against fair share,
        and the digit that gives the floor."""
        s = self.state
        if s is None:
            return ""
        turns = self.tr("1 turn") if s.turns == 1 else self.tr("{n} turns").format(n=s.turns)
        item = (self.tr("{t} on this item").format(t=minutes_words(s.item_ms))
                if s.item_ms > 0 or s.speaking else self.tr("not spoken on this item yet"))
        parts = [turns, item, share_words(s.share, s.fair_share)]
        if s.key:
            parts.append(self.tr("key {k}").format(k=s.key))
        return "; ".join(parts)

    # --- input ------------------------------------------------------------------------

    def mouseReleaseEvent(self, event) -> None:
        """Click gives the floor; Shift+click raises or lowers the hand (as Shift+digit)."""
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.hand_clicked.emit(self.participant_id)
            else:
                self.clicked.emit(self.participant_id)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def contextMenuEvent(self, event) -> None:
        self.menu_requested.emit(self.participant_id, event.globalPos())
        event.accept()

    def open_menu(self) -> None:
        """The tile's menu from the keyboard (or a screen reader): under the tile's name."""
        self.menu_requested.emit(self.participant_id, self.mapToGlobal(QPoint(16, self.height() // 2)))

    def event(self, event) -> bool:
        # Enter, arrows and the Menu key are the tile's own while it has the focus.
        if event.type() == QEvent.Type.ShortcutOverride and tile_key(event) is not None:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        what = tile_key(event)
        if what is None:
            super().keyPressEvent(event)
            return
        event.accept()
        if what == "floor":
            self.clicked.emit(self.participant_id)
        elif what == "hand":
            self.hand_clicked.emit(self.participant_id)
        elif what == "menu":
            self.open_menu()
        else:
            self.navigate.emit(self.participant_id, event.key())

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        scroll = self.parentWidget()
        while scroll is not None and not isinstance(scroll, QScrollArea):
            scroll = scroll.parentWidget()
        if scroll is not None:
            scroll.ensureWidgetVisible(self, 0, GAP)
        self.focused.emit(self.participant_id)
        self.update()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.update()

    # --- painting ---------------------------------------------------------------------

    def _frame(self, s: TileState, top_h: int, y0: int, x: int, bw: int, small_f: QFont,
               fm_small: QFontMetrics) -> QPixmap:
        """The tile's still parts (border, group strip, key badge), drawn once per look and
        reused: a floor change that moves every bar then repaints 60 tiles cheaply."""
        dpr = self.devicePixelRatioF()
        c = colours.current()
        key = (self.width(), self.height(), dpr, s.speaking, s.long_turn, s.colour, s.key,
               top_h, y0, bw, small_f.key(), c.name, s.gone, self.layoutDirection())
        if self._frame_cache is not None and self._frame_cache[0] == key:
            return self._frame_cache[1]
        pm = QPixmap(max(1, round(self.width() * dpr)), max(1, round(self.height() * dpr)))
        pm.setDevicePixelRatio(dpr)
        pm.fill(Qt.GlobalColor.transparent)
        p = QPainter(pm)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        mirror(p, self)  # the strip and the badge on the right, right to left
        r = QRectF(self.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        if s.speaking:
            bg, edge = (c.long_bg, c.long_ink) if s.long_turn else (c.speaker_bg, c.speaker_edge)
            width = 3.0
        else:  # a person who has left sits on the window's colour, their text muted
            bg, edge, width = (c.window, c.line, 1.0) if s.gone else (c.panel, c.line, 1.0)
        pen = QPen(QColor(edge), width)
        if s.gone and not s.speaking:
            pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.setBrush(QColor(bg))
        p.drawRoundedRect(r, 7, 7)
        # group colour strip (the group label is printed too: never colour alone)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(s.colour))
        p.drawRoundedRect(QRectF(r.left() + width / 2 + 1, r.top() + 6, 5, r.height() - 12), 2, 2)
        # key badge (its space kept on every tile, so names line up)
        if s.key:
            p.setFont(small_f)
            badge = QRect(x, y0 + (top_h - fm_small.height() - 4) // 2, bw, fm_small.height() + 4)
            p.setPen(QPen(QColor(c.muted), 1))
            p.setBrush(QColor(c.badge_bg))
            p.drawRoundedRect(QRectF(badge), 4, 4)
            p.setPen(QColor(c.ink))
            draw_text(p, badge, Qt.AlignmentFlag.AlignCenter, s.key)
        p.end()
        self._frame_cache = (key, pm)
        return pm

    def paintEvent(self, _event) -> None:
        p, s = _painter(self), self.state
        if p is None:
            return
        c = colours.current()
        ink, muted = QColor(c.muted if s.gone else c.ink), QColor(c.muted)
        long_ink = QColor(c.long_ink)
        (name_f, small_f, clock_f), bar = self._metrics()
        fm_name = QFontMetrics(name_f)
        fm_small = QFontMetrics(small_f)
        fm_clock = QFontMetrics(clock_f)
        top_h = max(fm_name.height(), fm_clock.height())
        y0 = 8 if self.compact else 10
        x = 16
        right = self.width() - 12
        bw = fm_small.horizontalAdvance("0") + 10
        p.drawPixmap(0, 0, self._frame(s, top_h, y0, x, bw, small_f, fm_small))
        if self.hasFocus():
            self._draw_focus(p)
        mirror(p, self)  # right to left: name from the right, bars fill from the right
        x += bw + 8

        # right side of the top line (a tall tile: of the line under it): running turn, hand, gone
        cy = y0 + top_h + CUE_GAP if self.tall else y0
        if s.speaking:
            p.setFont(clock_f)
            t = clock_text(s.turn_ms)
            tw = fm_clock.horizontalAdvance(t)
            p.setPen(long_ink if s.long_turn else QColor(c.speaker_edge))
            draw_text(p, QRect(right - tw, cy, tw, top_h), Qt.AlignmentFlag.AlignVCenter, t)
            right -= tw + 8
        if s.hand is not None:
            p.setFont(small_f)
            label = hand_words(s.hand) + (f" {s.queue_pos}" if s.queue_pos else "")
            lw = fm_small.horizontalAdvance(label) + 14
            pill = QRect(right - lw, cy + (top_h - fm_small.height() - 6) // 2, lw, fm_small.height() + 6)
            p.setPen(QPen(QColor(c.hand_edge), 1))
            p.setBrush(QColor(c.hand_bg))
            p.drawRoundedRect(QRectF(pill), pill.height() / 2, pill.height() / 2)
            p.setPen(QColor(c.ink))
            draw_text(p, pill, Qt.AlignmentFlag.AlignCenter, label)
            right -= lw + 8
        if s.online and not s.gone:  # a word, never a colour alone
            p.setFont(small_f)
            g = translate("RunView", "online")
            gw = fm_small.horizontalAdvance(g) + 12
            pill = QRect(right - gw, cy + (top_h - fm_small.height() - 6) // 2, gw,
                         fm_small.height() + 6)
            p.setPen(QPen(QColor(c.line), 1))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(QRectF(pill), 4, 4)
            p.setPen(ink)
            draw_text(p, pill, Qt.AlignmentFlag.AlignCenter, g)
            right -= gw + 8
        if s.gone:
            p.setFont(small_f)
            g = translate("RunView", "gone")
            gw = fm_small.horizontalAdvance(g)
            p.setPen(muted)
            draw_text(p, QRect(right - gw, cy, gw, top_h), Qt.AlignmentFlag.AlignVCenter, g)
            right -= gw + 8
        if self.tall:
            right = self.width() - 12  # the name has the whole top line

        p.setFont(name_f)
        p.setPen(ink)
        self.drawn_name = fm_name.elidedText(s.name, Qt.TextElideMode.ElideRight, max(0, right - x))
        draw_text(p, QRect(x, y0, max(0, right - x), top_h), Qt.AlignmentFlag.AlignVCenter,
                   self.drawn_name)

        p.setFont(small_f)
        if self.compact:
            txt = f"{clock_text(s.item_ms)} · {clock_text(s.meeting_ms)}"
            p.setPen(muted)
            draw_text(p, QRect(bar.right() + 8, bar.center().y() - fm_small.height() // 2,
                             self.width() - 12 - bar.right() - 8, fm_small.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, txt)
        else:
            y1 = y0 + top_h + 4 + (top_h + CUE_GAP if self.tall else 0)
            room = self.width() - 28
            item_t, meeting_t = clock_text(s.item_ms), clock_text(s.meeting_ms)
            line = translate("RunView", "{label}   item {item}   meeting {meeting}").format(
                label=s.group_label, item=item_t, meeting=meeting_t)
            if fm_small.horizontalAdvance(line) > room:
                line = translate("RunView", "{label}  item {item} · all {meeting}").format(
                    label=s.group_label, item=item_t, meeting=meeting_t)
            if s.speaking and s.long_turn:
                line = translate("RunView",
                                 "{label}   long turn: over the soft limit").format(label=s.group_label)
            p.setPen(long_ink if (s.speaking and s.long_turn) else muted)
            draw_text(p, QRect(16, y1, self.width() - 28, fm_small.height()), Qt.AlignmentFlag.AlignVCenter,
                       fm_small.elidedText(line, Qt.TextElideMode.ElideRight, self.width() - 28))
            turns = translate("RunView", "1 turn") if s.turns == 1 \
                else translate("RunView", "{n} turns").format(n=s.turns)
            p.setPen(muted)
            draw_text(p, QRect(bar.right() + 8, bar.center().y() - fm_small.height() // 2,
                             self.width() - 12 - bar.right() - 8, fm_small.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, turns)
        draw_share_bar(p, bar, s.share, s.fair_share, s.scale, QColor(s.colour))
        p.end()

    def _draw_focus(self, p: QPainter) -> None:
        """Keyboard focus: a ring around the tile's own border, a gap between them, so it
        reads as a shape on any tile (speaking, long turn, gone) and to any eye; in the
        scheme's ink (dark on a light page, light on a dark one)."""
        p.save()
        p.setOpacity(1.0)
        p.setPen(QPen(QColor(colours.current().ink), 2.5))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(QRectF(self.rect()).adjusted(1.25, 1.25, -1.25, -1.25), 9, 9)
        p.restore()


class TileInterface(QAccessibleWidget):
    """A tile as a screen reader sees it: a button named by the tile, which can be pressed
    (gives the floor) or asked for its menu."""

    def __init__(self, tile: Tile) -> None:
        super().__init__(tile, QAccessible.Role.Button)

    def actionNames(self) -> list[str]:
        return [QAccessibleActionInterface.pressAction(), QAccessibleActionInterface.showMenuAction(),
                *super().actionNames()]

    def doAction(self, name: str) -> None:
        tile = self.widget()
        if name == QAccessibleActionInterface.pressAction():
            tile.clicked.emit(tile.participant_id)
        elif name == QAccessibleActionInterface.showMenuAction():
            tile.open_menu()
        else:
            super().doAction(name)

    def keyBindingsForAction(self, name: str) -> list[str]:
        if name == QAccessibleActionInterface.pressAction():
            return ["Return"]
        if name == QAccessibleActionInterface.showMenuAction():
            return ["Menu", "Shift+F10"]
        return super().keyBindingsForAction(name)


def _tile_interface(_class_name: str, obj) -> QAccessibleWidget | None:
    return TileInterface(obj) if isinstance(obj, Tile) else None


_factory_installed: list[bool] = []


def _install_accessible_tiles() -> None:
    """Once per process: tiles get ``TileInterface`` (a plain widget would be a "client")."""
    if not _factory_installed:
        QAccessible.installFactory(_tile_interface)
        _factory_installed.append(True)


def draw_share_bar(p: QPainter, bar: QRect, share: float, fair: float, scale: float,
                   colour: QColor) -> None:
    """A share against its fair share: the filled part is the share, the tick is fair."""
    c = colours.current()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(c.track))
    p.drawRoundedRect(QRectF(bar), 3, 3)
    if scale > 0 and share > 0:
        w = max(2.0, min(1.0, share / scale) * bar.width())
        colour = QColor(colours.bar_fill(colour.name(), c.track))  # 3:1 against the track
        p.setBrush(colour)
        p.setPen(QPen(colour.darker(140), 1))
        p.drawRoundedRect(QRectF(bar.left(), bar.top(), w, bar.height()), 3, 3)
    if scale > 0:
        mx = bar.left() + min(1.0, fair / scale) * bar.width()
        p.setPen(QPen(QColor(c.ink), 2))
        p.drawLine(QPoint(round(mx), bar.top() - 3), QPoint(round(mx), bar.bottom() + 3))


class GroupHeader(QWidget):
    """A group's colour and label over its column, with its share against its fair share."""

    def __init__(self, group_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group_id = group_id
        self.state: GroupState | None = None
        self.scale = 1.0
        self._drawn_key: tuple | None = None
        self.paints = 0
        self.spoken = CalmText(self)

    @staticmethod
    def height_for(font: QFont) -> int:
        bold = QFont(font)
        bold.setBold(True)
        return QFontMetrics(bold).height() + 6 + 12 + 8

    def _bar_rect(self) -> QRect:
        bold = QFont(self.font())
        bold.setBold(True)
        fm = QFontMetrics(self.font())
        y = QFontMetrics(bold).height() + 6
        right = self.width() - fm.horizontalAdvance(translate("RunView", "100 % (fair 100 %)")) - 10
        return QRect(2, y + 2, max(20, right - 2), 8)

    def set_state(self, state: GroupState, scale: float, now_ms: int | None = None) -> None:
        self.state, self.scale = state, scale
        w = self._bar_rect().width()
        key = (state, round(min(1.0, state.share / scale) * w) if scale else 0,
               round(100 * state.share), round(100 * state.fair_share), self.width())
        key = (state.name, state.label, state.colour, state.members, *key[1:])
        self.spoken.update((state.name, state.members), now_ms, lambda: (
            self.tr("{name} group: {share}").format(
                name=state.name, share=share_words(state.share, state.fair_share)), ""),
            (round(100 * state.share), round(100 * state.fair_share)))
        if key != self._drawn_key:
            self._drawn_key = key
            self.update()

    def paintEvent(self, _event) -> None:
        p, s = _painter(self), self.state
        if p is None:
            return
        mirror(p, self)
        bold = QFont(self.font())
        bold.setBold(True)
        fm_b = QFontMetrics(bold)
        fm = QFontMetrics(self.font())
        h = fm_b.height()
        p.setPen(QPen(QColor(s.colour).darker(150), 1))
        p.setBrush(QColor(s.colour))
        p.drawRoundedRect(QRectF(2, (h - 14) / 2, 14, 14), 3, 3)
        c = colours.current()
        p.setFont(bold)
        p.setPen(QColor(c.ink))
        lw = fm_b.horizontalAdvance(s.label)
        draw_text(p, QRect(22, 0, lw, h), Qt.AlignmentFlag.AlignVCenter, s.label)
        p.setFont(self.font())
        name = s.name
        avail = self.width() - 30 - lw
        draw_text(p, QRect(30 + lw, 0, avail, h), Qt.AlignmentFlag.AlignVCenter,
                   fm.elidedText(name, Qt.TextElideMode.ElideRight, avail))
        bar = self._bar_rect()
        draw_share_bar(p, bar, s.share, s.fair_share, self.scale, QColor(s.colour))
        txt = translate("RunView", "{share} % (fair {fair} %)").format(share=round(100 * s.share),
                                                      fair=round(100 * s.fair_share))
        p.setPen(QColor(c.muted))
        draw_text(p, QRect(bar.right() + 8, bar.center().y() - fm.height() // 2,
                         self.width() - bar.right() - 8, fm.height()),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, txt)
        p.end()


class TileBoard(QWidget):
    """Groups side by side as columns, tiles stacked in each; wraps to a new band of
    columns when there are more groups than fit. Tiles turn compact when the full
    ones would not fit the visible height."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers: list[GroupHeader] = []
        self.columns: list[list[Tile]] = []
        self.tiles: dict[int, Tile] = {}
        self.order: list[int] = []  # participant ids in displayed order
        self.viewport_height = 0
        self.per_band = 1  # groups side by side (columns) in one band
        self.current: int | None = None  # the tile Tab reaches (the one last focused)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(translate("RunView", "Tiles"))

    def build(self, groups: list[tuple[int, list[int]]]) -> None:
        """(group id, participant ids) in displayed order; replaces every tile."""
        had_focus = next((pid for pid, t in self.tiles.items() if t.hasFocus()), None)
        for w in [*self.headers, *self.tiles.values()]:
            w.deleteLater()
        self.headers, self.columns, self.tiles, self.order = [], [], {}, []
        for gid, pids in groups:
            header = GroupHeader(gid, self)
            header.show()
            self.headers.append(header)
            col = []
            for pid in pids:
                tile = Tile(pid, self)
                tile.navigate.connect(self._navigate)
                tile.focused.connect(self._make_current)
                tile.show()
                self.tiles[pid] = tile
                self.order.append(pid)
                col.append(tile)
            self.columns.append(col)
        self._make_current(self.current if self.current in self.tiles
                           else (self.order[0] if self.order else None))
        self.relayout()
        if had_focus in self.tiles:
            self.tiles[had_focus].setFocus(Qt.FocusReason.OtherFocusReason)

    # --- keyboard: one Tab stop for all tiles, arrows between them ---------------------

    def _make_current(self, pid: int | None) -> None:
        """Only the current tile is in the Tab chain (the others take focus by arrow or click),
        so Tab enters the tiles once and leaves them with the next Tab."""
        self.current = pid
        for tid, tile in self.tiles.items():
            tile.setFocusPolicy(Qt.FocusPolicy.StrongFocus if tid == pid else Qt.FocusPolicy.ClickFocus)

    def _place(self, pid: int) -> tuple[int, int]:
        for ci, col in enumerate(self.columns):
            for r, tile in enumerate(col):
                if tile.participant_id == pid:
                    return ci, r
        raise KeyError(pid)

    def neighbour(self, pid: int, key: int) -> int | None:
        """The tile an arrow (Home, End) leads to from ``pid``, as the grid is laid out:
        Up and Down in a group's column (on to the column above or below in the next band),
        Left and Right to the same row of the next group (mirrored right to left)."""
        if key == K.Key_Home:
            return self.order[0] if self.order else None
        if key == K.Key_End:
            return self.order[-1] if self.order else None
        ci, r = self._place(pid)
        k = max(1, self.per_band)
        if key in (K.Key_Left, K.Key_Right):
            step = -1 if key == K.Key_Left else 1
            if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
                step = -step
            cj = ci + step
            if not 0 <= cj < len(self.columns):
                return None
            col = self.columns[cj]
            return col[min(r, len(col) - 1)].participant_id
        col = self.columns[ci]
        if key == K.Key_Up:
            if r > 0:
                return col[r - 1].participant_id
            return self.columns[ci - k][-1].participant_id if ci - k >= 0 else None
        if key == K.Key_Down:
            if r + 1 < len(col):
                return col[r + 1].participant_id
            return self.columns[ci + k][0].participant_id if ci + k < len(self.columns) else None
        return None

    def _navigate(self, pid: int, key: int) -> None:
        target = self.neighbour(pid, key)
        if target is not None and target != pid:
            self.tiles[target].setFocus(Qt.FocusReason.OtherFocusReason)

    def set_viewport_height(self, h: int) -> None:
        if h != self.viewport_height:
            self.viewport_height = h
            self.relayout()

    def _bands(self, width: int) -> tuple[int, int]:
        """Groups per band and column width: as few columns as keep full tiles in view
        (wider tiles, whole names) without columns wider than needed; else all that fit."""
        n = max(1, len(self.columns))
        kmax = max(1, min(n, (width + COL_GAP) // (MIN_COLUMN_W + COL_GAP)))
        full_h = Tile.height_for(self.font(), False)
        k = kmax
        if self.viewport_height > 0:
            for cand in range(1, kmax + 1):
                raw = (width - COL_GAP * (cand - 1)) // cand
                if raw <= MAX_COLUMN_W * 1.1 and self._height(cand, full_h) <= self.viewport_height:
                    k = cand
                    break
        col_w = min(MAX_COLUMN_W, (width - COL_GAP * (k - 1)) // k)
        return k, col_w

    def _height(self, k: int, tile_h: int) -> int:
        head_h = GroupHeader.height_for(self.font())
        total = 0
        for b in range(0, len(self.columns), k):
            band = self.columns[b:b + k]
            rows = max((len(c) for c in band), default=0)
            total += head_h + 4 + rows * (tile_h + GAP) + 12
        return total

    def relayout(self) -> None:
        width = self.width()
        k, col_w = self._bands(width)
        self.per_band = k
        full_h = Tile.height_for(self.font(), False)
        compact_h = Tile.height_for(self.font(), True)
        compact = self._height(k, full_h) > max(self.viewport_height, 1) and self.viewport_height > 0
        tall = not compact and self._wants_tall(k, col_w)
        tile_h = Tile.height_for(self.font(), False, True) if tall else compact_h if compact else full_h
        head_h = GroupHeader.height_for(self.font())
        y = 0
        for b in range(0, len(self.columns), k):
            band = range(b, min(b + k, len(self.columns)))
            rows = 0
            for j, ci in enumerate(band):
                x = j * (col_w + COL_GAP)
                if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
                    x = width - x - col_w  # the first group on the right
                self.headers[ci].setGeometry(x, y, col_w, head_h)
                for r, tile in enumerate(self.columns[ci]):
                    tile.set_compact(compact, tall)
                    tile.setGeometry(x, y + head_h + 4 + r * (tile_h + GAP), col_w, tile_h)
                rows = max(rows, len(self.columns[ci]))
            y += head_h + 4 + rows * (tile_h + GAP) + 12
        self.setMinimumHeight(y)

    def _wants_tall(self, k: int, col_w: int) -> bool:
        """Tall tiles (the cues under the name) when some name would not fit whole beside a
        cue on one line, and the height is there: free room is used before a name is cut."""
        if self.viewport_height <= 0:
            return False
        if max((t.width_for_whole_name() for t in self.tiles.values()), default=0) <= col_w:
            return False
        return self._height(k, Tile.height_for(self.font(), False, True)) <= self.viewport_height

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.relayout()

    def sizeHint(self) -> QSize:
        return QSize(3 * MIN_COLUMN_W, self.minimumHeight())
