"""The minutes PDF, read back: sections, figures equal to report --json, hostile text."""

from __future__ import annotations

import io
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from coprodesk.demo import create_demo
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
    Turn,
)
from coprodesk.domain.report import format_duration
from coprodesk.minutes.document import MinutesInput, build_minutes
from coprodesk.minutes.export import minutes_input

NOW = 1_773_400_000_000


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


def squash(text: str) -> str:
    return " ".join(text.split())


def test_the_demo_minutes_hold_every_section_and_the_report_figures(store):
    closed, _planned = create_demo(store)
    built = build_minutes(minutes_input(store, closed, NOW))
    reader = PdfReader(io.BytesIO(built.pdf))
    text = squash(text_of(built.pdf))
    for section in ("Spring workshop", "Ground rules", "Who took part",
                    "Agenda: planned and actual time", "Decisions", "Actions",
                    "Speaking-time balance", "By stakeholder group", "By person", "Sign-off"):
        assert section in text, section
    report = built.report
    assert "Balance index" not in text and f"{report['balance_index']:.2f}" not in text
    assert f"How evenly it was shared: {report['balance_in_words']}." in text
    assert f"Total speaking time {format_duration(report['total_floor_s'])}" in text
    for g in report["groups"]:
        assert f"{g['share'] * 100:.1f} % (fair {g['fair_share'] * 100:.1f} %)" in text
    for item in report["items"]:
        assert format_duration(item["actual_s"]) in text
    for d in report["decisions"]:
        assert d["in_words"] in text
    assert "Agreed, but not joint: Lived experience did not endorse it (opposed)." in text
    assert re.search(rf"page 1 of {len(reader.pages)}", text)
    outline = [o.title for o in reader.outline if not isinstance(o, list)]
    assert {"Decisions", "Actions", "Sign-off", "Speaking-time balance"} <= set(outline)
    assert reader.metadata.title == "Minutes: Spring workshop"
    assert reader.metadata.author == "Jo Fischer"
    assert reader.metadata.creation_date is not None
    # one signature box each for the facilitator and the co-chair, on the last page
    assert [b.field for b in built.boxes] == ["Jo Fischer", "Amara Okafor"]
    assert {b.page for b in built.boxes} == {len(reader.pages) - 1}


def test_people_who_declined_to_be_named_appear_by_pseudonym_only(store):
    closed, _ = create_demo(store)
    data = minutes_input(store, closed, NOW)
    hidden = [p for p in data.meeting.participants if not p.named_in_minutes]
    assert hidden, "the demo has someone who asked not to be named"
    text = text_of(build_minutes(data).pdf)
    for p in hidden:
        assert p.name not in text
        assert p.public_name in text


def _meeting(title="Hostile", notes="", names=("Ana",), proposal="Go ahead",
             reason="", ground_rules="", groups_only=False, n_people=None) -> Meeting:
    groups = (StakeholderGroup(1, "Lived experience", "LE", "#0072B2"),
              StakeholderGroup(2, "Practitioner", "PR", "#009E73"))
    if n_people:
        names = tuple(f"Person {i}" for i in range(n_people))
    people = tuple(Participant(i + 1, name, 1 + i % 2,
                               Role.FACILITATOR if i == 0 else Role.PARTICIPANT)
                   for i, name in enumerate(names))
    items = (AgendaItem(1, title, planned_s=600, started_ms=NOW - 900_000, ended_ms=NOW - 100,
                        notes=notes),)
    turns = tuple(Turn(p.id, NOW - 800_000 + i * 10_000, NOW - 800_000 + i * 10_000 + 5_000, 1)
                  for i, p in enumerate(people))
    stances = tuple(Stance(p.id, "block" if i == 0 else "support", reason if i == 0 else "")
                    for i, p in enumerate(people))
    decisions = (Decision(1, "consensus", (Round(1, proposal, stances),), item_id=1,
                          statement=notes[:200], dissent=reason),)
    return Meeting(1, title, purpose=notes[:300], date="2026-05-01", place=title,
                   ground_rules=ground_rules, status=MeetingStatus.CLOSED,
                   started_ms=NOW - 900_000, ended_ms=NOW, groups=groups, participants=people,
                   items=items, turns=turns, decisions=decisions, groups_only=groups_only)


def test_markup_typed_by_a_user_prints_literally():
    hostile = "<b>not bold</b> & <font color=red>AT&T</font> x<y <alice@example.com>"
    pdf = build_minutes(MinutesInput(_meeting(title=hostile, notes=hostile, names=(hostile,),
                                              proposal=hostile, reason=hostile), NOW)).pdf
    text = squash(text_of(pdf))
    assert "<b>not bold</b> & <font color=red>AT&T</font> x<y <alice@example.com>" in text


def test_right_to_left_text_and_emoji_never_crash_nor_vanish():
    arabic = "نريد خطاً هاتفياً محلياً في الليل لأن الأزمات لا تنتظر الصباح أبداً"
    hebrew = "אנחנו רוצים קו טלפון מקומי בלילה"
    emoji = "Great 👍 idea ✅ 😀"
    pdf = build_minutes(MinutesInput(_meeting(notes=f"{arabic}\n{hebrew}\n{emoji}",
                                              names=("Ana", "مريم", "דנה")), NOW)).pdf
    text = text_of(pdf)
    assert "[thumbs up sign]" in text and "[white heavy check mark]" in text
    assert "[grinning face]" in text  # named, so that copying the text out works too
    assert "הנד" in text or "דנה" in text  # Hebrew glyphs are in the file, not boxes
    assert any("\u0600" <= ch <= "\u06ff" or "\ufe70" <= ch <= "\ufeff" for ch in text)


def test_a_twenty_thousand_character_note_spans_pages():
    note = ("word " * 4000)[:20_000]
    pdf = build_minutes(MinutesInput(_meeting(notes=note), NOW)).pdf
    assert len(PdfReader(io.BytesIO(pdf)).pages) >= 5


def test_an_empty_meeting_and_a_sixty_person_meeting_render():
    empty = Meeting(1, "")
    text = text_of(build_minutes(MinutesInput(empty, NOW)).pdf)
    assert "No decisions were recorded." in text and "No actions were recorded." in text
    big = build_minutes(MinutesInput(_meeting(n_people=60), NOW))
    text = text_of(big.pdf)
    assert "Person 59" in text and "Person 0" in text


def test_groups_only_meetings_print_no_individual_figures():
    text = text_of(build_minutes(MinutesInput(_meeting(names=("Ana", "Ben"),
                                                       groups_only=True), NOW)).pdf)
    assert "By person" not in text
    assert "groups only" in text


_unicode = st.text(st.characters(blacklist_categories=("Cs",)), max_size=200)


@pytest.mark.slow
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=_unicode, notes=st.text(max_size=400), name=_unicode, proposal=_unicode,
       reason=_unicode, rules=_unicode)
def test_random_unicode_in_every_text_field_never_breaks_the_build(title, notes, name,
                                                                   proposal, reason, rules):
    pdf = build_minutes(MinutesInput(_meeting(title=title, notes=notes, names=(name, "Bo"),
                                              proposal=proposal, reason=reason,
                                              ground_rules=rules), NOW)).pdf
    assert pdf.startswith(b"%PDF")


@pytest.mark.parametrize(("text", "kept"), [
    ("\x00\x01\x1b", ""), ("\ud800", ""), ("\u202e evil \u202c", " evil "),
    ("\ufffe", "[U+FFFE]"),  # not a control: a noncharacter, printed by its name
])
def test_control_characters_and_lone_surrogates_are_dropped(text, kept):
    title = f"Before{text}after"
    pdf = build_minutes(MinutesInput(_meeting(title=title, notes=text), NOW)).pdf
    printed = text_of(pdf)
    assert f"Before{kept}after" in printed
    assert not any(ch in printed for ch in text if ch != " " and not ch.isalpha())


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_plain_ascii_keeps_every_printable_character_and_drops_controls(text):
    """The ASCII fast path of ``plain`` against the rule spelled out per character."""
    from coprodesk.minutes.fonts import covered_codepoints
    from coprodesk.minutes.text import plain

    expected = "".join(" " if ch == "\t" else ch for ch in text
                       if ch in "\t\n" or 32 <= ord(ch) < 127)
    assert plain(text) == expected
    assert all(ord(ch) in covered_codepoints() for ch in expected if ch != "\n")
