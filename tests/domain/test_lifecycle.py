"""When an undo or redo would cross its meeting's record: signed since, closed or reopened
outside the history that holds it (``lifecycle.crossing``)."""

from __future__ import annotations

import pytest

from coprodesk.domain.lifecycle import RecordState, crossing
from coprodesk.domain.model import MeetingStatus as S


def state(status: S, signatures: int = 0) -> RecordState:
    return RecordState(status, signatures)


@pytest.mark.parametrize(("seen", "now", "why"), [
    (state(S.RUNNING), state(S.RUNNING), None),
    (state(S.PLANNED), state(S.RUNNING), None),  # starting a meeting crosses nothing
    (state(S.CLOSED), state(S.CLOSED), None),  # End meeting undone right after
    (state(S.CLOSED), state(S.SIGNED, 1), "signed"),  # certified since
    (state(S.CLOSED), state(S.CLOSED, 1), "signed"),  # ... and reopened for a correction
    (state(S.CLOSED, 1), state(S.CLOSED, 2), "signed"),  # certified again since
    (state(S.RUNNING), state(S.CLOSED), "closed"),  # ended outside this history
    (state(S.CLOSED), state(S.RUNNING), "reopened"),  # Reopen… records why: a boundary
    (None, state(S.SIGNED, 1), "signed"),  # not known what it left: signed refuses anyway
    (None, state(S.CLOSED), None),
    (state(S.RUNNING), None, None),  # the meeting is gone: the write itself refuses
])
def test_an_undo_crosses_a_signature_or_an_end_it_depends_on(seen, now, why):
    assert crossing(seen, now) == why
