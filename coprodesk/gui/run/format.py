"""How times and bars read on the run view and the participant screen: clocks as m:ss,
what is left in words, local hh:mm, and the scale of share bars."""

from __future__ import annotations

import math
from datetime import datetime

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("RunView", text)


# lupdate reads translate("Context", "literal") calls; _tr is for texts held elsewhere
translate = QCoreApplication.translate


def _minutes(n: int, one: str, many: str) -> str:
    """``one`` and ``many`` come translated (literals lupdate reads)."""
    return one if n == 1 else many.format(n=n)


def clock_text(ms: int) -> str:
    """12:05, or 1:02:05 past an hour; never negative."""
    s = max(0, ms) // 1000
    h, rest = divmod(s, 3600)
    m, sec = divmod(rest, 60)
    return f"{h}:{m:02d}:{sec:02d}" if h else f"{m}:{sec:02d}"


def minutes_text(seconds: float) -> str:
    """A planned length in minutes: "5 min", "2.5 min"."""
    minutes = seconds / 60
    if abs(minutes - round(minutes)) < 0.05:
        return translate("RunView", "{n} min").format(n=round(minutes))
    return translate("RunView", "{m} min").format(m=f"{minutes:.1f}")


def time_left_words(left_ms: int, planned_ms: int, started: bool) -> str:
    """"17 minutes left", "less than a minute left", "3 minutes over"."""
    if not started:
        return _minutes(max(0, round(planned_ms / 60_000)), translate("RunView", "1 minute planned"),
                        translate("RunView", "{n} minutes planned"))
    if planned_ms <= 0:
        return translate("RunView", "no time planned")
    if left_ms >= 0:
        if left_ms < 60_000:
            return translate("RunView", "less than a minute left")
        return _minutes(math.ceil(left_ms / 60_000), translate("RunView", "1 minute left"),
                        translate("RunView", "{n} minutes left"))
    over = -left_ms
    if over < 60_000:
        return translate("RunView", "just over time")
    return _minutes(over // 60_000, translate("RunView", "1 minute over"),
                    translate("RunView", "{n} minutes over"))


def local_hhmm(ms: int) -> str:
    """Local wall-clock time of an instant, for people in the room."""
    return datetime.fromtimestamp(ms / 1000).astimezone().strftime("%H:%M")


def nice_scale(values: list[float]) -> float:
    """The share a full bar stands for: a little above the largest value, in 5 % steps.

    Steps keep bars calm for the room (they rescale only when a share crosses one) and
    let a floor change repaint only the tiles whose own bar moved."""
    top = max(values, default=0.0)
    return min(1.0, max(0.1, math.ceil(top * 1.15 / 0.05 - 1e-9) * 0.05))
