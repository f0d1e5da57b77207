"""The participant screen: the balance of voices, for everyone in the room to see.

A separate window with no controls (Esc closes it), usually full screen on a second
screen. It mirrors the running meeting from ``QtSession``: ``changed`` rebuilds
what it shows, ``tick`` moves the clocks and bars once a second while a turn runs.

It shows only what the room may see: names as each person agreed
(``Participant.public_name``), never access needs, notes or stances; in groups-only
mode no person's name or figure at all. Every figure comes from the session and
the domain; this module only lays them out.

Type scales with the window: the smallest text is 32 px on a 1080-pixel-high
screen (``min(width, height) / 1080 * 32``), so it reads at five metres.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QPalette
from PySide6.QtWidgets import QBoxLayout, QInputDialog, QLabel, QLayout, QWidget

from coprodesk.domain import agenda
from coprodesk.domain.balance import is_present_at, verdict_in_words
from coprodesk.domain.model import HandKind, ItemKind, Meeting, MeetingStatus, Participant
from coprodesk.domain.vocabulary import AttendanceMode
from coprodesk.gui import colours
from coprodesk.gui.domain_words import domain_word
from coprodesk.gui.forms.ui_participant_view import Ui_ParticipantWindow
from coprodesk.gui.participant.bars import (
    BarState,
    GroupBar,
    Painted,
    PersonBar,
    TimeBar,
    TimeState,
    make_font,
    pattern_for,
)
from coprodesk.gui.participant.board import RowBoard
from coprodesk.gui.participant.theme import THEMES, Theme
from coprodesk.gui.qt_session import QtSession
from coprodesk.gui.run.format import clock_text, minutes_text, nice_scale, time_left_words
from coprodesk.gui.spoken import CalmText, minutes_words

BASE_PX_AT_1080 = 32  # the smallest text on a 1080-pixel screen
MAX_NAMES_NOT_HEARD = 6
MAX_NEXT = 3


def _tr(text: str) -> str:
    return QCoreApplication.translate("ParticipantWindow", text)


# lupdate reads translate("Context", "literal") calls; _tr is for texts held elsewhere
translate = QCoreApplication.translate


def unit_for(width: int, height: int) -> float:
    """Pixel size of body text: 32 px when the short side is 1080 px, in proportion otherwise."""
    return BASE_PX_AT_1080 * max(1, min(width, height)) / 1080


def is_portrait(width: int, height: int) -> bool:
    return height > width * 1.05


def percent(x: float) -> str:
    return translate("ParticipantWindow", "{n} %").format(n=round(x * 100))


def kind_words(kind: ItemKind) -> str:
    return {ItemKind.INFORMATION: translate("ParticipantWindow", "information"),
            ItemKind.DISCUSSION: translate("ParticipantWindow", "discussion"),
            ItemKind.DECISION: translate("ParticipantWindow", "decision"),
            ItemKind.BREAK: translate("ParticipantWindow", "break")}[kind]


class ParticipantWindow(QWidget):
    """Live, read-only view of the meeting for the room. ``closed`` fires when it closes."""

    closed = Signal()

    def __init__(self, qt_session: QtSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.qt = qt_session
        self.session = qt_session.session
        self.ui = Ui_ParticipantWindow()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Participant screen"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # The screen's size is the room's: contents adapt to it, never the other way round.
        self.ui.rootLayout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)

        self.time_bar = TimeBar(self)
        self.ui.timeBarHost.addWidget(self.time_bar)
        self.groups = RowBoard(lambda gid: GroupBar(gid), GroupBar.height_for, 16, True, max_grow=1.6,
                               grow_width_units=26)
        self.ui.groupsHost.addWidget(self.groups)
        self.people = RowBoard(lambda pid: PersonBar(pid), PersonBar.height_for, 13, True, max_grow=1.4,
                               grow_width_units=22)
        self.ui.peopleHost.addWidget(self.people)
        self.ui.timeLeftLabel.setTextFormat(Qt.TextFormat.PlainText)
        for label in self.findChildren(QLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)  # names are never markup
        # the turn clock ticks every second: a fixed name, its time said once a minute
        self.ui.turnClockLabel.setAccessibleName(self.tr("Turn time"))
        self.turn_spoken = CalmText(self.ui.turnClockLabel)

        self.theme: Theme = THEMES[colours.current().name]  # the app's scheme when opened
        self.unit = 0.0
        self._portrait: bool | None = None
        self._floor_key: tuple | None = None
        self._over = False
        self._names_key: tuple = ()

        self.qt.changed.connect(self.refresh)
        self.qt.tick.connect(self.on_tick)
        self._apply_theme()
        self._apply_scale()
        self.refresh()

    # --- settings ---------------------------------------------------------------------

    # --- what the window shows (for tests and screen readers) ---------------------------

    def _painted(self) -> list[Painted]:
        return self.findChildren(Painted)

    def drawn_strings(self) -> list[str]:
        """Every string the window shows: label texts and the text painted on bars."""
        out = [lb.text() for lb in self.findChildren(QLabel) if lb.isVisibleTo(self) and lb.text()]
        for w in self._painted():
            if w.isVisibleTo(self):
                out.extend(s for s in w.drawn_strings() if s)
        return out

    # --- look -------------------------------------------------------------------------

    def _apply_theme(self) -> None:
        t = self.theme
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.Window, QColor(t.background))
        pal.setColor(QPalette.ColorRole.WindowText, QColor(t.ink))
        self.setPalette(pal)
        r = max(4, round(self.unit * 0.4)) if self.unit else 8
        pad = max(4, round(self.unit * 0.4)) if self.unit else 8
        self.setStyleSheet(f"""
            #ParticipantWindow {{ background: {t.background}; }}
            QFrame#headerPanel, QFrame#floorPanel, QFrame#groupsPanel, QFrame#peoplePanel {{
                background: {t.panel}; border-radius: {r}px; }}
            QLabel {{ color: {t.ink}; background: transparent; }}
            QLabel#itemCaption, QLabel#floorCaption, QLabel#plannedLabel, QLabel#legendLabel,
            QLabel#balanceLabel {{ color: {t.muted}; }}
            QLabel#speakerLabel, QLabel#turnClockLabel {{ color: {t.accent}; }}
            QLabel#timeLeftLabel[over="true"] {{ color: {t.over}; }}
            QLabel#notHeardLabel {{ background: {t.gentle_bg}; color: {t.gentle_ink};
                border-radius: {r}px; padding: {pad}px {pad * 2}px; }}
        """)

    def _apply_scale(self) -> None:
        unit = unit_for(self.width(), self.height())
        portrait = is_portrait(self.width(), self.height())
        if abs(unit - self.unit) < 0.25 and portrait == self._portrait:
            return
        self.unit = unit
        ui = self.ui
        sizes: dict[QLabel, tuple[float, bool]] = {
            ui.itemCaption: (1.0, False), ui.itemTitle: (1.55, True), ui.timeLeftLabel: (1.3, True),
            ui.plannedLabel: (1.0, False), ui.floorCaption: (1.0, False), ui.speakerLabel: (1.6, True),
            ui.turnClockLabel: (1.6, True), ui.nextLabel: (1.0, False), ui.groupsTitle: (1.15, True),
            ui.balanceLabel: (1.0, False), ui.legendLabel: (1.0, False), ui.peopleTitle: (1.15, True),
            ui.notHeardLabel: (1.0, False),
        }
        for label, (factor, bold) in sizes.items():
            f = QFont(self.font())
            f.setPixelSize(round(unit * factor))
            f.setBold(bold)
            label.setFont(f)
        m = round(unit * 0.6)
        gap = round(unit * 0.5)
        ui.rootLayout.setContentsMargins(m, m, m, m)
        ui.rootLayout.setSpacing(gap)
        ui.bodyLayout.setSpacing(gap)
        for lay in (ui.headerLayout, ui.floorLayout, ui.groupsLayout, ui.peopleLayout):
            lay.setContentsMargins(m, round(m * 0.6), m, round(m * 0.6))
            lay.setSpacing(round(unit * 0.25))
        ui.timeRow.setSpacing(gap)
        ui.speakerRow.setSpacing(gap)
        self._portrait = portrait
        direction = QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        ui.topRow.setDirection(direction)
        ui.topRow.setSpacing(gap)
        ui.topRow.setStretchFactor(ui.headerPanel, 6)
        ui.topRow.setStretchFactor(ui.floorPanel, 5)
        ui.bodyLayout.setDirection(direction)
        self._set_body_stretch()
        ui.groupsLayout.setStretchFactor(self.groups, 1)
        ui.rootLayout.setStretchFactor(ui.bodyLayout, 1)  # spare height goes to the bars
        for w in self._painted():
            w.set_look(self.theme, unit)
        self.groups.set_look(self.theme, unit)
        self.people.set_look(self.theme, unit)
        self._apply_theme()
        self._fit_names()

    def _set_body_stretch(self) -> None:
        """Portrait: people take what the groups leave. Landscape: people get more width
        the more of them there are."""
        ui = self.ui
        if self._portrait:
            ui.bodyLayout.setStretchFactor(ui.groupsPanel, 0)
            ui.bodyLayout.setStretchFactor(ui.peoplePanel, 1)
        else:
            many = len(self.people.order) > 12
            ui.bodyLayout.setStretchFactor(ui.groupsPanel, 4 if many else 5)
            ui.bodyLayout.setStretchFactor(ui.peoplePanel, 7 if many else 6)

    def resizeEvent(self, event) -> None:
        self._apply_scale()
        super().resizeEvent(event)

    # --- keys -------------------------------------------------------------------------

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F11):  # F11 opened it, F11 closes it
            event.accept()
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        super().closeEvent(event)
        self.closed.emit()

    # --- following the meeting --------------------------------------------------------

    def refresh(self) -> None:
        """Something about the meeting changed: update everything it touches."""
        m = self.session.meeting
        now = self.session.now_ms()
        self._update_header(m, now)
        self._floor_key = None
        self._update_floor(m, now)
        self._update_bars(m, now)
        self._update_not_heard(m)

    def on_tick(self) -> None:
        """Time passed: clocks and bars move, at most once a second, only while visible."""
        if not self.isVisible():
            return
        m = self.session.meeting
        now = self.session.now_ms()
        self._update_header(m, now)
        turn = m.open_turn
        if turn is not None and self._update_floor(m, now):
            self._update_bars(m, now)

    @staticmethod
    def _set(label: QLabel, text: str) -> None:
        if label.text() != text:
            label.setText(text)
        visible = bool(text)
        if label.isVisibleTo(label.parentWidget()) != visible:
            label.setVisible(visible)

    def _update_header(self, m: Meeting, now: int) -> None:
        ui = self.ui
        item = m.current_item
        if item is not None:
            clock = agenda.item_clock(m, now)
            n = m.items.index(item) + 1
            self._set(ui.itemCaption, self.tr("Item {n} of {total} · {kind}").format(
                n=n, total=len(m.items), kind=kind_words(item.kind)))
            self._set(ui.itemTitle, item.title)
            self._set(ui.timeLeftLabel, time_left_words(clock.left_ms, clock.planned_ms, True))
            self._set(ui.plannedLabel, self.tr("of {planned}").format(planned=minutes_text(item.planned_s))
                      if item.planned_s else "")
            over = clock.planned_ms > 0 and clock.left_ms < 0
            self.time_bar.set_state(TimeState(clock.fraction if clock.planned_ms > 0 else 0.0, over))
            self.time_bar.setVisible(clock.planned_ms > 0)
            self.time_bar.setAccessibleDescription(ui.timeLeftLabel.text())  # changes by the minute
        else:
            if m.status is MeetingStatus.PLANNED:
                caption = self.tr("Starting soon")
            elif m.status is MeetingStatus.RUNNING:
                caption = self.tr("Between agenda items")
            else:
                caption = self.tr("The meeting has closed")
            self._set(ui.itemCaption, caption)
            self._set(ui.itemTitle, m.title)
            self._set(ui.timeLeftLabel, "")
            self._set(ui.plannedLabel, "")
            over = False
            self.time_bar.set_state(None)
            self.time_bar.hide()
            self.time_bar.setAccessibleDescription("")
        if over != self._over:
            self._over = over
            ui.timeLeftLabel.setProperty("over", over)
            ui.timeLeftLabel.style().unpolish(ui.timeLeftLabel)
            ui.timeLeftLabel.style().polish(ui.timeLeftLabel)

    def _update_floor(self, m: Meeting, now: int) -> bool:
        """Who holds the floor and for how long, and who is next. False when nothing moved."""
        ui = self.ui
        turn = m.open_turn
        groups_only = m.groups_only
        key = (turn.participant_id if turn else None, turn.start_ms if turn else None,
               turn.duration_ms(now) // 1000 if turn else None, groups_only)
        if key == self._floor_key:
            return False
        self._floor_key = key
        if turn is not None:
            p = m.participant(turn.participant_id)
            self._set(ui.floorCaption, self.tr("Speaking now"))
            if groups_only:
                g = m.group(p.group_id) if p else None
                self._set(ui.speakerLabel, self.tr("{group} group").format(group=g.name) if g else "")
                self._set(ui.turnClockLabel, "")
            else:
                self._set(ui.speakerLabel, p.public_name if p else "")
                self._set(ui.turnClockLabel, clock_text(turn.duration_ms(now)))
                self.turn_spoken.update((turn.participant_id, turn.start_ms), now, lambda: (
                    ui.turnClockLabel.accessibleName(), minutes_words(turn.duration_ms(now))))
        else:
            caption = (self.tr("Nobody has the floor") if m.status is MeetingStatus.RUNNING
                       else self.tr("The floor opens when the meeting starts")
                       if m.status is MeetingStatus.PLANNED else self.tr("The floor is closed"))
            self._set(ui.floorCaption, caption)
            self._set(ui.speakerLabel, "")
            self._set(ui.turnClockLabel, "")
        self._set(ui.nextLabel, self._next_text(m))
        return True

    def _next_text(self, m: Meeting) -> str:
        hands = self.session.queue()
        if not hands:
            return self.tr("No hands up")
        shown = []
        for h in hands[:MAX_NEXT]:
            p = m.participant(h.participant_id)
            if p is None:
                continue
            if m.groups_only:
                g = m.group(p.group_id)
                text = g.name if g else "?"
            else:
                text = p.public_name
            if h.kind is HandKind.CLARIFICATION:
                text = self.tr("{who} (clarification)").format(who=text)
            elif h.kind is HandKind.POINT_OF_ORDER:
                text = self.tr("{who} (point of order)").format(who=text)
            shown.append(text)
        more = len(hands) - len(shown)
        joined = ", ".join(shown)
        if more > 0:
            joined = self.tr("{names} and {n} more").format(names=joined, n=more)
        return self.tr("Next: {names}").format(names=joined)

    def _shown_people(self, m: Meeting, now: int, floor_ms: dict[int, int]) -> list[Participant]:
        """Counted people in the room now, or who have spoken; in group order."""
        order = {g.id: g.position for g in m.groups}
        return sorted((p for p in m.participants
                       if p.counted and not p.apologies
                       and (is_present_at(p, now) or floor_ms.get(p.id, 0) > 0)),
                      key=lambda p: (order.get(p.group_id, 1 << 30), p.position, p.id))

    def _update_bars(self, m: Meeting, now: int) -> None:
        ui = self.ui
        bal = self.session.balance()
        item = m.current_item
        if bal.total_floor_ms <= 0:
            words = self.tr("Nobody has spoken yet.")
        else:
            words = self.tr("So far: {words}").format(words=domain_word(verdict_in_words(bal)))
            if item is not None:
                item_bal = self.session.balance(item_only=True)
                if item_bal.total_floor_ms > 0:
                    words += "\n" + self.tr("This item: {words}").format(
                        words=domain_word(verdict_in_words(item_bal)))
        online = bal.mode(AttendanceMode.ONLINE)
        if bal.hybrid and online is not None:
            words += "\n" + self.tr("Online: {share} of the floor, fair share {fair}").format(
                share=percent(online.share), fair=percent(online.fair_share))
        self._set(ui.balanceLabel, words)
        self._set(ui.groupsTitle, self.tr("Speaking time by group"))
        self._set(ui.legendLabel, self.tr("The upright line on each bar marks a fair share for who is here."))

        groups = sorted(m.groups, key=lambda g: g.position)
        pattern = {g.id: pattern_for(k) for k, g in enumerate(groups)}
        gbs = [bal.group(g.id) for g in groups]
        shown = [(g, gb) for g, gb in zip(groups, gbs, strict=True) if gb is not None and gb.members > 0]
        gscale = nice_scale([v for _g, gb in shown for v in (gb.share, gb.fair_share)])
        self.groups.set_order([g.id for g, _gb in shown])
        for g, gb in shown:
            self.groups.rows[g.id].set_state(BarState(
                g.label, g.name, g.colour, pattern[g.id], gb.share, gb.fair_share, gscale,
                figures=self.tr("{share} · fair {fair}").format(share=percent(gb.share),
                                                               fair=percent(gb.fair_share))), now)

        if m.groups_only:
            self.people.set_order([])
            self._set(ui.peopleTitle, "")
            ui.peoplePanel.hide()
            return
        ui.peoplePanel.show()
        self._set(ui.peopleTitle, self.tr("Speaking time by person"))
        floor_ms = {pb.participant_id: pb.floor_ms for pb in bal.people}
        people = self._shown_people(m, now, floor_ms)
        pscale = nice_scale([v for p in people if (pb := bal.person(p.id))
                             for v in (pb.share, pb.fair_share)])
        many = len(self.people.order) > 12
        self.people.set_order([p.id for p in people])
        if many != (len(self.people.order) > 12):
            self._set_body_stretch()
        turn = m.open_turn
        for p in people:
            pb = bal.person(p.id)
            g = m.group(p.group_id)
            self.people.rows[p.id].set_state(BarState(
                g.label if g else "", p.public_name, g.colour if g else "#777777",
                pattern.get(p.group_id, "solid"), pb.share, pb.fair_share, pscale,
                speaking=turn is not None and turn.participant_id == p.id,
                group_name=g.name if g else "", floor_ms=pb.floor_ms), now)
        self._fit_names()

    def _fit_names(self) -> None:
        """Tell the person rows how wide the widest name is (bold, as the speaker's is drawn)."""
        names = tuple(row.state.name if row.state else "" for row in self.people.rows.values())
        key = (names, round(self.unit, 2))
        if key == self._names_key:
            return
        self._names_key = key
        metrics = QFontMetrics(make_font(self.font(), self.unit, bold=True))
        widest = max((metrics.horizontalAdvance(n) for n in names), default=0)
        for row in self.people.rows.values():
            row.set_name_px(widest)

    def _update_not_heard(self, m: Meeting) -> None:
        label = self.ui.notHeardLabel
        item = m.current_item
        if m.groups_only or item is None:
            self._set(label, "")
            return
        # Whoever has held the floor on this item, even for an instant, has been heard.
        spoke = {t.participant_id for t in m.turns if t.item_id == item.id}
        now = self.session.now_ms()
        people = [p for pid in self.session.not_yet_heard() if pid not in spoke
                  and (p := m.participant(pid)) is not None and is_present_at(p, now)] if spoke else []
        if not people:
            self._set(label, "")
            return
        names = [p.public_name for p in people]
        shown = ", ".join(names[:MAX_NAMES_NOT_HEARD])
        if len(names) > MAX_NAMES_NOT_HEARD:
            shown = self.tr("{names} and {n} others").format(names=shown,
                                                            n=len(names) - MAX_NAMES_NOT_HEARD)
        self._set(label, self.tr("Not heard yet on this item: {names}. "
                                 "There is room for you.").format(names=shown))


# --- choosing a screen ------------------------------------------------------------------

def screen_label(screen) -> str:
    size = screen.size()
    name = screen.name() or translate("ParticipantWindow", "Screen")
    return translate("ParticipantWindow",
                     "{name} ({w} × {h})").format(name=name, w=size.width(), h=size.height())


def default_screen_index(screens: list, main_screen) -> int:
    """A screen other than the facilitator's, when there is one."""
    for i, s in enumerate(screens):
        if s is not main_screen:
            return i
    return 0


SETTINGS_SCREEN = "participant/screen"


def remembered_screen_index(names: list[str], remembered: str) -> int | None:
    """The screen chosen last time, if it is still connected."""
    return names.index(remembered) if remembered and remembered in names else None


def show_participant_screen(qt_session: QtSession, parent_window: QWidget | None,
                            settings=None) -> ParticipantWindow | None:
    """Open the participant screen without taking the keyboard from the facilitator: with
    several screens, full screen on the one chosen last time (asked once, then remembered
    in ``settings``); with one, a normal window. None when the facilitator cancels."""
    screens = QGuiApplication.screens()
    window = ParticipantWindow(qt_session, parent_window)
    window.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    if len(screens) > 1:
        main_screen = parent_window.screen() if parent_window is not None else QGuiApplication.primaryScreen()
        labels = [screen_label(s) for s in screens]
        remembered = str(settings.value(SETTINGS_SCREEN, "")) if settings is not None else ""
        index = remembered_screen_index([s.name() for s in screens], remembered)
        if index is None:
            choice, ok = QInputDialog.getItem(
                parent_window, translate("ParticipantWindow", "Participant screen"),
                translate("ParticipantWindow", "Show the participant screen on:"),
                labels, default_screen_index(screens, main_screen), False)
            if not ok:
                window.deleteLater()
                return None
            index = labels.index(choice)
            if settings is not None:
                settings.setValue(SETTINGS_SCREEN, screens[index].name())
        screen = screens[index]
        window.setScreen(screen)
        window.setGeometry(screen.geometry())
        window.showFullScreen()
    else:
        window.resize(1280, 720)
        window.show()
    if parent_window is not None:  # the keys stay with the facilitator
        parent_window.activateWindow()
    return window
