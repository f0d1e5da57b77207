"""Attendance: arriving late and leaving early change fair shares; in a hybrid meeting,
each interval of presence is in the room or online, and the online voices' share is weighed
against their fair share as a group's is."""

from __future__ import annotations

from collections.abc import Iterable

from coprodesk.domain.model import AttendanceMode, Participant, Presence, Turn


def mark_gone(participant: Participant, at_ms: int, meeting_start_ms: int) -> tuple[Presence, ...]:
    """Intervals after the participant leaves at ``at_ms``."""
    intervals = participant.presence or (Presence(meeting_start_ms, None, participant.attendance),)
    out = []
    for p in intervals:
        if p.end_ms is None:
            if at_ms > p.start_ms:
                out.append(Presence(p.start_ms, at_ms, p.mode))
        else:
            out.append(p)
    return tuple(out)


def mark_arrived(participant: Participant, at_ms: int) -> tuple[Presence, ...]:
    """Intervals after the participant (re)joins at ``at_ms``."""
    if participant.presence and any(p.end_ms is None for p in participant.presence):
        return participant.presence
    if not participant.presence:
        # Not recorded yet means present throughout: arriving now means absent until now.
        return (Presence(at_ms, None, participant.attendance),)
    return (*participant.presence, Presence(at_ms, None, participant.presence[-1].mode))


# --------------------------------------------------------------------------- hybrid meetings


def switch_mode(participant: Participant, at_ms: int, mode: AttendanceMode,
                meeting_start_ms: int) -> tuple[Presence, ...]:
    """Intervals after the participant switches to ``mode`` (room or online) at ``at_ms``:
    the open interval ends there and one in the new mode starts, as leaving and arriving
    do. Nobody recorded yet was present throughout in their own mode until now."""
    intervals = participant.presence or (Presence(meeting_start_ms, None, participant.attendance),)
    out: list[Presence] = []
    for p in intervals:
        if p.end_ms is None:
            if p.mode == mode:
                return tuple(intervals)
            if at_ms > p.start_ms:
                out.append(Presence(p.start_ms, at_ms, p.mode))
        else:
            out.append(p)
    return (*out, Presence(at_ms, None, mode))


def mode_spans(participant: Participant, window: tuple[int, int] | None
               ) -> list[tuple[int, int, AttendanceMode]]:
    """(from, to, mode) of the participant's presence within ``window``, in order; present
    throughout in their own mode when nothing is recorded; nothing with apologies."""
    if window is None or participant.apologies:
        return []
    start, end = window
    if not participant.presence:
        return [(start, end, participant.attendance)] if end > start else []
    out = []
    for p in participant.presence:
        a, b = max(start, p.start_ms), min(end, end if p.end_ms is None else p.end_ms)
        if b > a:
            out.append((a, b, AttendanceMode(p.mode)))
    return out


def present_by_mode(participant: Participant, window: tuple[int, int] | None
                    ) -> dict[AttendanceMode, int]:
    """Milliseconds present in the room and online within ``window``."""
    out = dict.fromkeys(AttendanceMode, 0)
    for a, b, mode in mode_spans(participant, window):
        out[mode] += b - a
    return out


def floor_by_mode(participant: Participant, turns: Iterable[Turn], now_ms: int
                  ) -> dict[AttendanceMode, int]:
    """The participant's floor time in ``turns`` split by where they were when they spoke
    (an open turn counts up to ``now_ms``); time outside every recorded interval counts in
    their own mode. The parts add up to their floor time."""
    out = dict.fromkeys(AttendanceMode, 0)
    spans = mode_spans(participant, (-(2**62), 2**62)) if participant.presence else []
    for t in turns:
        if t.participant_id != participant.id:
            continue
        a, b = t.start_ms, t.end_ms if t.end_ms is not None else now_ms
        if b <= a:
            continue
        covered = 0
        for s, e, mode in spans:
            part = min(b, e) - max(a, s)
            if part > 0:
                out[mode] += part
                covered += part
        out[participant.attendance] += (b - a) - covered
    return out


def attendance_mode_of(participant: Participant, window: tuple[int, int] | None) -> str:
    """"room", "online" or "both" (present in each mode for some of ``window``)."""
    modes = [m for m, ms in present_by_mode(participant, window).items() if ms > 0]
    if len(modes) > 1:
        return "both"
    return str(modes[0] if modes else participant.attendance)


def mode_at(participant: Participant, at_ms: int) -> AttendanceMode:
    """Where the participant takes part from at ``at_ms`` (their own mode when not recorded)."""
    for p in participant.presence:
        if p.start_ms <= at_ms and (p.end_ms is None or at_ms < p.end_ms):
            return AttendanceMode(p.mode)
    open_ = [p for p in participant.presence if p.start_ms <= at_ms]
    return AttendanceMode(open_[-1].mode) if open_ else participant.attendance
