"""The record the minutes keep, read back from the PDF as a reader would find it:
every round with its stances and reasons, the method's own words, table headers
that stand apart, the meeting's real status and times, and who facilitated."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC, datetime

from pypdf import PdfReader

from coprodesk.domain.model import (
    AgendaItem,
    Decision,
    Meeting,
    MeetingStatus,
    Participant,
    Role,
    Round,
    StakeholderGroup,
    Stance,
)
from coprodesk.minutes.document import MinutesInput, build_minutes
from coprodesk.minutes.signing import new_identity

T0 = 1_773_400_000_000  # the meeting starts here
HOUR = 3_600_000


def text_of(pdf: bytes) -> str:
    return " ".join("\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


def local(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, UTC).astimezone().strftime("%H:%M")


def _meeting(*, method="consensus", rounds=None, status=MeetingStatus.CLOSED, ended=True,
             facilitator=True) -> Meeting:
    groups = (StakeholderGroup(1, "Lived experience", "LE", "#0072B2"),
              StakeholderGroup(2, "Practitioner", "PR", "#009E73"))
    people = (Participant(1, "Ana Silva", 1, Role.FACILITATOR if facilitator else Role.PARTICIPANT),
              Participant(2, "Ben Okoro", 1),
              Participant(3, "Cleo Hart", 2),
              Participant(4, "Dan Moss", 2, Role.OBSERVER))
    end = T0 + HOUR if ended else None
    item = AgendaItem(1, "Night line", planned_s=1800, started_ms=T0, ended_ms=end)
    rounds = rounds or (Round(1, "Open a night line.", (
        Stance(1, "support"), Stance(2, "stand-aside", "Not sure we can staff it."),
        Stance(3, "support"))),)
    return Meeting(1, "Night line", date="2026-03-12", start_time="10:00", end_time="11:00",
                   status=status, started_ms=T0, ended_ms=end, groups=groups,
                   participants=people, items=(item,),
                   decisions=(Decision(1, method, rounds, item_id=1),))


def _pdf(meeting: Meeting, now_ms: int = T0 + 2 * HOUR, **kw) -> bytes:
    return build_minutes(MinutesInput(meeting, now_ms, **kw)).pdf


def test_a_block_in_round_one_that_led_to_a_revision_stays_on_record():
    rounds = (
        Round(1, "Open a night line run by volunteers.", (
            Stance(1, "support"), Stance(2, "block", "Volunteers alone is unsafe at night."),
            Stance(3, "support"))),
        Round(2, "Open a night line run by paid staff with volunteers.", (
            Stance(1, "stand-aside", "Costs more than planned."),
            Stance(2, "support", "Paid staff answer my worry."), Stance(3, "support"),
            Stance(4, "block", "Observers cannot block."))),
    )
    text = text_of(_pdf(_meeting(rounds=rounds)))
    first = text.index("Round 1 of 2")
    second = text.index("Round 2 of 2")
    assert first < second
    round_one = text[first:second]
    assert "Proposal in round 1: Open a night line run by volunteers." in round_one
    assert "Ben Okoro (Lived experience): Block. Reason: Volunteers alone is unsafe at night." \
        in round_one
    assert "Ana Silva (Lived experience): Support" in round_one
    assert "Result of round 1: Not agreed." in round_one
    assert "The proposal was revised and put again in round 2." in round_one
    assert "no (blocked)" in round_one  # the group's verdict in that round
    round_two = text[second:]
    assert "Proposal in round 2: Open a night line run by paid staff with volunteers." in round_two
    assert "Ben Okoro (Lived experience): Support. Reason: Paid staff answer my worry." in round_two
    assert "Ana Silva (Lived experience): Stand aside. Reason: Costs more than planned." \
        in round_two
    assert "Dan Moss (Practitioner): Block, observer, not counted. Reason: Observers cannot " \
           "block." in round_two
    assert "Agreed and joint: every group present endorsed it." in round_two


def test_each_method_prints_its_own_words_for_its_options():
    consensus = text_of(_pdf(_meeting()))
    assert "Stand aside" in consensus and "Neutral" not in consensus
    assert "Oppose" not in consensus  # consensus has no "oppose" option
    majority = text_of(_pdf(_meeting(method="majority", rounds=(Round(1, "Vote.", (
        Stance(1, "yes"), Stance(2, "abstain"), Stance(3, "no"))),))))
    for word in ("Yes", "Abstain", "No", "Ben Okoro (Lived experience): Abstain"):
        assert word in majority
    assert "Neutral" not in majority and "Support" not in majority
    gradients = text_of(_pdf(_meeting(method="gradients", rounds=(Round(1, "Rate.", (
        Stance(1, "1"), Stance(2, "7", "Too costly."), Stance(3, "5"))),))))
    assert ("The numbers are the method's options: 1 Endorse, 2 Endorse with a minor point, "
            "3 Agree with reservations, 4 Abstain, 5 More discussion needed, 6 Don't like it but "
            "will support, 7 Serious disagreement, 8 Veto.") in gradients
    assert "Ben Okoro (Lived experience): Serious disagreement. Reason: Too costly." in gradients
    assert "Neutral" not in gradients


def _header_cells(words, first: str, last: str, gap: float = 8.0) -> list[str]:
    """The header row that starts with the word ``first`` and ends with ``last``, split into
    cells: words closer than ``gap`` points on a line, or stacked (wrapped), are one cell."""
    start = next(w for w in words if w[5] == first)
    end = next(w for w in words if w[5] == last and w[0] == start[0] and abs(w[4] - start[4]) < 1)
    top = start[2] - 14  # a header wrapped onto two lines
    row = sorted((w for w in words if w[0] == start[0] and top <= w[2] and w[4] <= start[4] + 1
                  and start[1] - 1 <= w[1] and w[3] <= end[3] + 1), key=lambda w: w[1])
    cells: list[list] = []
    for w in row:
        for cell in cells:
            x0, x1 = min(c[1] for c in cell), max(c[3] for c in cell)
            if w[1] < x1 + gap and w[3] > x0 - gap:
                cell.append(w)
                break
        else:
            cells.append([w])
    return [" ".join(c[5] for c in sorted(cell, key=lambda c: (c[2], c[1]))) for cell in cells]


def test_table_headers_stand_apart_from_each_other(pdf_words):
    words = pdf_words(_pdf(_meeting()))
    assert _header_cells(words, "Group", "Endorsed") == [
        "Group", "Support", "Stand aside", "Block", "Not given", "Endorsed"]
    assert _header_cells(words, "#", "Speaking") == ["#", "Item", "Planned", "Actual",
                                                     "Speaking"]
    assert _header_cells(words, "Name", "Attendance") == ["Name", "Role", "Attendance"]


def test_a_closed_meeting_shows_its_status_and_the_times_it_was_actually_held():
    text = text_of(_pdf(_meeting()))
    assert f"Time: planned 10:00–11:00; held {local(T0)}–{local(T0 + HOUR)}" in text
    assert "Status: Closed: the meeting has ended." in text
    assert "Draft" not in text


def test_minutes_of_a_running_meeting_say_so_in_words():
    now = T0 + HOUR // 2
    text = text_of(_pdf(_meeting(status=MeetingStatus.RUNNING, ended=False), now))
    assert (f"Draft: the meeting was still running when these minutes were made ({local(now)})."
            in text)
    assert f"Status: Still running: these minutes were made at {local(now)}" in text
    assert f"held from {local(T0)}, not yet ended" in text
    assert "in progress" in text  # the agenda item has no actual duration yet
    assert "Closed" not in text


def test_a_planned_meeting_says_it_has_not_started():
    planned = replace(_meeting(), status=MeetingStatus.PLANNED, started_ms=None, ended_ms=None,
                      decisions=())
    text = text_of(_pdf(planned))
    assert "Time: planned 10:00–11:00; not started" in text
    assert "Status: Planned: the meeting has not started yet." in text


def test_facilitated_by_comes_from_the_facilitator_role_or_else_the_certifier():
    assert "Facilitated by: Ana Silva" in text_of(_pdf(_meeting(), certifier="Kim Lee"))
    nobody = _meeting(facilitator=False)
    assert "Facilitated by: Kim Lee" in text_of(_pdf(nobody, certifier="Kim Lee"))
    assert "Facilitated by: not recorded" in text_of(_pdf(nobody))


def test_a_certified_export_names_the_certifier_when_nobody_has_the_facilitator_role(
        store, tmp_path):
    from coprodesk.minutes.export import export_minutes
    from coprodesk.store import meetings as repo

    mid = repo.create_meeting(store, "Small group", date="2026-03-12")
    group = repo.load_meeting(store, mid).groups[0].id
    repo.add_participant(store, mid, "Ana Silva", group, Role.CO_CHAIR)
    identity = new_identity("Kim Lee", "kim@example.org", tmp_path / "kim.p12", b"kim-passphrase")
    out = export_minutes(store, mid, tmp_path / "m.pdf", T0, identity=identity.path,
                         passphrase=b"kim-passphrase")
    text = text_of(out.read_bytes())
    assert "Facilitated by: Kim Lee" in text
    assert "Co-chaired by: Ana Silva" in text
