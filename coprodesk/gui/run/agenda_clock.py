"""The agenda clock: the current item, elapsed against planned time, what is left
in words, the projected end of the meeting, previous / next, and "+5 min".

All figures come from ``coprodesk.domain.agenda``; "+5 min" is explicit about
where the time comes from: later items (named, with how much each loses) or a
longer meeting.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QMenu, QSizePolicy, QWidget

from coprodesk.domain import agenda, lifecycle
from coprodesk.domain.model import ItemKind, Meeting
from coprodesk.gui import colours
from coprodesk.gui.forms.ui_run_agenda_clock import Ui_AgendaClock
from coprodesk.gui.mirror import draw_text, mirror
from coprodesk.gui.run.format import clock_text, local_hhmm, minutes_text, time_left_words
from coprodesk.gui.spoken import CalmText, minutes_words

EXTRA_S = 5 * 60


class AgendaBar(QWidget):
    """Elapsed against planned: calm blue, amber from 80 %, red past 100 %."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fraction = 0.0
        self.level = "calm"
        self.text = ""
        self.paints = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # a fixed name; what it shows is its description, said to the minute (AgendaClock)
        self.setAccessibleName(self.tr("Agenda time"))
        self.spoken = CalmText(self)

    def sizeHint(self) -> QSize:
        return QSize(200, QFontMetrics(self.font()).height() + 14)

    def set_value(self, fraction: float, level: str, text: str) -> None:
        px = round(min(1.0, fraction) * max(1, self.width()))
        if (px, level, text) == (round(min(1.0, self.fraction) * max(1, self.width())), self.level,
                                 self.text):
            return
        self.fraction, self.level, self.text = fraction, level, text
        self.update()

    def say(self, state: tuple, now_ms: int, description: str) -> None:
        """What a screen reader hears: at once for another item or colour, else once a minute."""
        self.spoken.update(state, now_ms, lambda: (self.accessibleName(), description))

    def paintEvent(self, _event) -> None:
        self.paints += 1
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        mirror(p, self)  # right to left, the bar fills from the right
        c = colours.current()
        r = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        p.setPen(QPen(QColor(c.edge), 1))
        p.setBrush(QColor(c.track))
        p.drawRoundedRect(r, 6, 6)
        colour = getattr(c, self.level)
        fill = QRectF(r.left(), r.top(), 0.0, r.height())
        if self.fraction > 0:
            fill.setWidth(max(6.0, min(1.0, self.fraction) * r.width()))
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(colour))
            p.drawRoundedRect(fill, 6, 6)
        # the 80 % mark, so the amber change is expected, not a surprise
        x = r.left() + 0.8 * r.width()
        p.setPen(QPen(QColor(c.ink), 2))
        p.drawLine(round(x), round(r.top()) + 1, round(x), round(r.top()) + 5)
        p.drawLine(round(x), round(r.bottom()) - 5, round(x), round(r.bottom()) - 1)
        font = QFont(self.font())
        font.setBold(True)
        p.setFont(font)
        # the text sits on the fill once there is room, else on the empty track; wherever it
        # crosses from one to the other, each part is drawn in the ink that reads on it
        rect = QRect(self.rect()).adjusted(10, 0, -10, 0)
        align = Qt.AlignmentFlag.AlignVCenter | (
            Qt.AlignmentFlag.AlignLeft if self.fraction >= 0.6 else Qt.AlignmentFlag.AlignRight)
        for clip, ink in ((fill, colours.ink_on(colour)), (QRectF(r).adjusted(fill.width(), 0, 0, 0), c.ink)):
            if clip.width() <= 0:
                continue
            p.save()
            p.setClipRect(clip)
            p.setPen(QColor(ink))
            draw_text(p, rect, align, self.text)
            p.restore()
        p.end()


class AgendaClock(QWidget):
    previous_requested = Signal()
    next_requested = Signal()
    extend_requested = Signal(int, tuple)  # extra seconds, item ids the time is taken from

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AgendaClock()
        self.ui.setupUi(self)
        self.bar = AgendaBar(self)
        self.ui.barHostLayout.addWidget(self.bar)
        title_font = QFont(self.font())
        title_font.setPointSizeF(self.font().pointSizeF() * 1.35)
        title_font.setBold(True)
        self.ui.titleLabel.setFont(title_font)
        left_font = QFont(self.font())
        left_font.setPointSizeF(self.font().pointSizeF() * 1.2)
        self.ui.leftLabel.setFont(left_font)
        for lab in (self.ui.positionLabel, self.ui.nextLabel, self.ui.extendNote):
            lab.setProperty("muted", True)
        # Tab reaches them; a click leaves the focus where it was (Space still pauses)
        for b in (self.ui.prevButton, self.ui.nextButton, self.ui.extendButton):
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.ui.prevButton.clicked.connect(self.previous_requested)
        self.ui.nextButton.clicked.connect(self.next_requested)

        self.take_later_action = QAction(self)
        self.take_next_action = QAction(self)
        self.extend_meeting_action = QAction(self)
        self.take_later_action.triggered.connect(lambda: self._extend("later"))
        self.take_next_action.triggered.connect(lambda: self._extend("next"))
        self.extend_meeting_action.triggered.connect(lambda: self._extend("meeting"))
        self.menu = QMenu(self)
        self.menu.addActions([self.take_later_action, self.take_next_action,
                              self.extend_meeting_action])
        self.ui.extendButton.setMenu(self.menu)
        self._meeting: Meeting | None = None
        self._now = 0

    # --- showing ----------------------------------------------------------------------

    def refresh(self, meeting: Meeting, now_ms: int) -> None:
        self._meeting, self._now = meeting, now_ms
        ui = self.ui
        clock = agenda.item_clock(meeting, now_ms)
        item = clock.item
        prev, nxt = agenda.neighbours(meeting)
        if item is None:
            if meeting.started_ms is None:
                ui.positionLabel.setText(self.tr("Not started"))
                ui.titleLabel.setText(self.tr("Give someone the floor (keys 1 to 0) to begin"))
            else:
                ui.positionLabel.setText(self.tr("Between items"))
                ui.titleLabel.setText(self.tr("No item running"))
            self.bar.set_value(0.0, "calm", "")
            self.bar.say((None, meeting.started_ms is None), now_ms,
                         self.tr("Not started") if meeting.started_ms is None
                         else self.tr("No item running"))
            ui.leftLabel.setText(
                self.tr("Next up: {title}").format(title=nxt.title) if nxt else self.tr("Agenda done"))
        else:
            n = meeting.items.index(item) + 1
            ui.positionLabel.setText(self.tr("Item {n} of {total} · {kind}").format(
                n=n, total=len(meeting.items), kind=_kind_words(self, item.kind)))
            ui.titleLabel.setText(item.title)
            self.bar.set_value(clock.fraction, clock.level, self.tr("{elapsed} of {planned}").format(
                elapsed=clock_text(clock.elapsed_ms), planned=clock_text(clock.planned_ms)))
            ui.leftLabel.setText(time_left_words(clock.left_ms, clock.planned_ms, True))
            self.bar.say((item.id, clock.level, clock.planned_ms), now_ms, self.tr(
                "{left}: {elapsed} of {planned} gone").format(
                left=time_left_words(clock.left_ms, clock.planned_ms, True),
                elapsed=minutes_words(clock.elapsed_ms), planned=minutes_words(clock.planned_ms)))
            colours.mark(ui.leftLabel, "level", clock.level)
        planned_end = self.tr(" (planned {t})").format(t=meeting.end_time) if meeting.end_time else ""
        ui.projectedLabel.setText(self.tr("Whole meeting ends about {t}").format(
            t=local_hhmm(clock.projected_end_ms)) + planned_end)
        ui.prevButton.setEnabled(prev is not None)
        ui.nextButton.setEnabled(nxt is not None)
        ui.nextLabel.setText(self.tr("Next: {title}").format(title=nxt.title) if nxt
                             else self.tr("This is the last item"))
        if lifecycle.is_locked(meeting):  # a closed meeting: its times, and nothing to step to
            ended = local_hhmm(meeting.ended_ms) if meeting.ended_ms else "?"
            ui.positionLabel.setText(self.tr("Closed"))
            ui.titleLabel.setText(self.tr("Meeting ended"))
            ui.leftLabel.setText(self.tr("Ended at {t}").format(t=ended))
            ui.projectedLabel.setText(self.tr("Started {start}, ended {end}").format(
                start=local_hhmm(meeting.started_ms) if meeting.started_ms else "?", end=ended))
            ui.nextLabel.setText("")
            for b in (ui.prevButton, ui.nextButton):
                b.setEnabled(False)
        self._refresh_menu(meeting, now_ms)

    def _refresh_menu(self, meeting: Meeting, now_ms: int) -> None:
        item = meeting.current_item
        self.ui.extendButton.setEnabled(item is not None)
        later = agenda.later_items(meeting, item.id) if item else ()
        cuts = agenda.split_evenly(EXTRA_S, len(later))
        if later:
            names = ", ".join(f"{i.title} (−{minutes_text(c)})" for i, c in zip(later, cuts, strict=True))
            self.take_later_action.setText(
                self.tr("Take 5 min from later items: {names}").format(names=names))
            self.take_next_action.setText(self.tr("Take 5 min from the next item only: {title}").format(
                title=later[0].title))
        else:
            self.take_later_action.setText(self.tr("Take 5 min from later items (none left to take from)"))
            self.take_next_action.setText(self.tr("Take 5 min from the next item (none)"))
        self.take_later_action.setEnabled(bool(later))
        self.take_next_action.setEnabled(bool(later))
        end = agenda.projected_end_ms(meeting, now_ms) + EXTRA_S * 1000
        self.extend_meeting_action.setText(
            self.tr("Let the meeting run 5 min longer (ends about {t})").format(t=local_hhmm(end)))
        self.extend_meeting_action.setEnabled(item is not None)

    def open_extend_menu(self) -> None:
        """Ctrl+T: the "+5 min" menu from the keyboard, its first choice active."""
        button = self.ui.extendButton
        if not button.isEnabled():
            return
        self.menu.popup(button.mapToGlobal(button.rect().bottomLeft()))
        first = next((a for a in self.menu.actions() if a.isEnabled()), None)
        if first is not None:
            self.menu.setActiveAction(first)

    def show_extension(self, changed: dict[int, int], item_id: int, meeting: Meeting) -> None:
        """Say plainly what "+5 min" did."""
        taken = [meeting.item(i) for i in changed if i != item_id]
        if taken:
            self.ui.extendNote.setText(self.tr("5 min added, taken from: {names}").format(
                names=", ".join(self.tr("{title} (now {minutes})").format(
                    title=i.title, minutes=minutes_text(i.planned_s)) for i in taken if i)))
        else:
            self.ui.extendNote.setText(self.tr("5 min added: the meeting runs 5 min longer"))

    def _extend(self, how: str) -> None:
        m = self._meeting
        if m is None or m.current_item is None:
            return
        later = agenda.later_items(m, m.current_item.id)
        take = {"later": tuple(i.id for i in later), "next": tuple(i.id for i in later[:1]),
                "meeting": ()}[how]
        self.extend_requested.emit(EXTRA_S, take)


def _kind_words(_w: QWidget, kind: ItemKind) -> str:
    translate = QCoreApplication.translate  # lupdate reads translate("Context", "…")
    return {ItemKind.INFORMATION: translate("AgendaClock", "information"),
            ItemKind.DISCUSSION: translate("AgendaClock", "discussion"),
            ItemKind.DECISION: translate("AgendaClock", "decision"),
            ItemKind.BREAK: translate("AgendaClock", "break")}[kind]
