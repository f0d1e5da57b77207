"""The floor strip: one line above whatever fills the centre of the run view.

Why: while the decision panel (or "you said, we did") covers the tiles, the
floor must stay in sight — who holds it, for how long, whether the turn is past
the soft limit, or that the floor is paused — and when the record was last saved.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from coprodesk.domain import agenda, lifecycle
from coprodesk.domain.model import Meeting, MeetingStatus
from coprodesk.gui import colours
from coprodesk.gui.run.format import clock_text, local_hhmm
from coprodesk.gui.spoken import CalmText, calm_figure

STYLE = """
QFrame#floorStrip { background: @raised; border: 1px solid @line; border-radius: 6px; }
QFrame#floorStrip[state="speaking"] { background: @speaker_bg; border-color: @speaker_edge; }
QFrame#floorStrip[state="long"] { background: @long_bg; border-color: @long_ink; }
QFrame#floorStrip[state="paused"] { background: @raised; border-color: @edge; }
QFrame#floorStrip[state="locked"] { background: @raised; border-color: @edge; }
QLabel#floorStripText { color: @ink; font-weight: bold; }
QLabel#floorStripSaved { color: @muted; }
"""


def _tr(text: str) -> str:
    return QCoreApplication.translate("FloorStrip", text)


# lupdate reads translate("Context", "literal") calls; _tr is for texts held elsewhere
translate = QCoreApplication.translate


@dataclass(frozen=True, slots=True)
class StripState:
    state: str  # planned, speaking, long, paused, locked
    text: str


def strip_state(m: Meeting, now_ms: int) -> StripState:
    """What the strip says about the floor of ``m`` at ``now_ms``."""
    if lifecycle.is_locked(m):
        ended = translate("FloorStrip", " at {t}").format(t=local_hhmm(m.ended_ms)) if m.ended_ms else ""
        return StripState("locked", translate("FloorStrip",
                                              "Meeting ended{at}: the floor is closed").format(at=ended))
    turn = m.open_turn
    if turn is None:
        if m.status is MeetingStatus.PLANNED:
            return StripState("planned", translate("FloorStrip", "Not started: a digit gives the floor"))
        return StripState("paused", translate("FloorStrip", "Paused: nobody has the floor (Space resumes)"))
    p = m.participant(turn.participant_id)
    g = m.group(p.group_id) if p else None
    who = p.name if p else "?"
    if g is not None:
        who = translate("FloorStrip", "{name} ({group})").format(name=who, group=g.label or g.name)
    clock = clock_text(turn.duration_ms(now_ms))
    if agenda.over_soft_limit(m, now_ms):
        return StripState("long", translate("FloorStrip",
                                            "Floor: {who} · {t} · long turn, over {limit}").format(
            who=who, t=clock, limit=clock_text(m.turn_soft_limit_s * 1000)))
    return StripState("speaking", translate("FloorStrip", "Floor: {who} · {t}").format(who=who, t=clock))


class FloorStrip(QFrame):
    """Read-only; the run view calls ``show_state`` on every change and every second."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("floorStrip")
        self.setAccessibleName(translate("FloorStrip", "Floor"))
        colours.themed(self, STYLE)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        self.text = QLabel(self)
        self.text.setObjectName("floorStripText")
        self.text.setAccessibleName(translate("FloorStrip", "Who has the floor"))
        calm_figure(self.text)  # its clock ticks: the words change once a minute (below)
        self.saved = QLabel(self)
        self.saved.setObjectName("floorStripSaved")
        self.saved.setAccessibleName(translate("FloorStrip", "Save status"))
        self.saved_spoken = CalmText(self.saved)  # its time moves with every save: said calmly
        layout.addWidget(self.text, 1)
        layout.addWidget(self.saved)
        self.saved.hide()  # until there is a save to tell of (an empty label is not read out)
        self.state = StripState("planned", "")
        self.spoken = CalmText(self)

    def show_state(self, m: Meeting, now_ms: int) -> None:
        state = strip_state(m, now_ms)
        # the turn clock moves every second; a screen reader hears it once a minute, and at
        # once when the floor changes hands, pauses or goes long
        turn = m.open_turn
        if self.spoken.update((state.state, turn.participant_id if turn else None), now_ms,
                              lambda: (self.accessibleName(), state.text)):
            self.text.setAccessibleDescription(state.text)
        if state == self.state:
            return
        if state.state != self.state.state:
            self.setProperty("state", state.state)
            self.style().unpolish(self)
            self.style().polish(self)
        self.state = state
        self.text.setText(state.text)

    def show_saved(self, ms: int) -> None:
        text = translate("FloorStrip", "Saved at {t}").format(t=local_hhmm(ms))
        self.saved.setText(text)
        self.saved.show()
        self.saved_spoken.update("saved", ms, lambda: (self.saved.accessibleName(), text))
