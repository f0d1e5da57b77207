"""A transcript's names matched to a meeting's people: exact, loose, stripped; mapped; merged."""

from __future__ import annotations

import pytest

from coprodesk.domain.name_matching import (
    How,
    Match,
    as_new_people,
    match_speakers,
    parse_map,
    stripped_key,
)

PEOPLE = ["María Ortega", "Jo Smith", "Amir Haddad", "Alex Brown", "Alex Brown (NHS)"]


@pytest.mark.parametrize("speaker, person, how", [
    ("María Ortega", "María Ortega", How.EXACT),
    ("MARIA  ORTEGA", "María Ortega", How.LOOSE),
    ("maria ortega\u200f", "María Ortega", How.LOOSE),
    ("Maria Ortega (she/her)", "María Ortega", How.STRIPPED),
    ("Maria Ortega | Carers Trust", "María Ortega", How.STRIPPED),
    ("Maria Ortega - Carers Trust", "María Ortega", How.STRIPPED),
    ("maria.ortega", "María Ortega", How.STRIPPED),
    ("maria_ortega@carers.example.org", "María Ortega", How.STRIPPED),
    ("Maria Ortega (iPhone)", "María Ortega", How.STRIPPED),
    ("[Guest] Jo Smith", "Jo Smith", How.STRIPPED),
])
def test_a_name_is_matched_at_the_first_step_that_finds_one_person(speaker, person, how):
    assert match_speakers([speaker], PEOPLE) == [Match(speaker, person, how)]


def test_a_name_two_people_match_equally_is_left_unmatched_and_says_who():
    # both people strip to "alex brown"; the loose step finds neither
    assert match_speakers(["alex.brown"], PEOPLE) == [
        Match("alex.brown", None, None, ("Alex Brown", "Alex Brown (NHS)"))]
    # the loose step wins before stripping makes it ambiguous
    assert match_speakers(["ALEX BROWN"], PEOPLE)[0].person == "Alex Brown"


def test_a_name_nobody_matches_is_left_for_the_facilitator():
    assert match_speakers(["Kwame Mensah", "Ortega"], PEOPLE) == [
        Match("Kwame Mensah", None), Match("Ortega", None)]


def test_the_facilitators_map_comes_first():
    got = match_speakers(["Jo Smith", "Mum's iPad"], PEOPLE,
                         {"Jo Smith": "Amir Haddad", "Mum's iPad": "María Ortega"})
    assert [(m.person, m.how) for m in got] == [("Amir Haddad", How.MAPPED),
                                                ("María Ortega", How.MAPPED)]


def test_a_new_meeting_makes_each_speaker_a_person_and_two_devices_one():
    got = as_new_people(["Maria Ortega", "Jo Smith", "maria ortega (phone)", "Tablet"],
                        {"Tablet": "Jo Smith"})
    assert [(m.person, m.how) for m in got] == [
        ("Maria Ortega", How.NEW), ("Jo Smith", How.NEW), ("Maria Ortega", How.STRIPPED),
        ("Jo Smith", How.MAPPED)]


def test_stripping_keeps_a_name_that_is_only_brackets():
    assert stripped_key("(Guest)") == "(guest)"
    assert stripped_key("Anne-Marie Dubois") == "anne-marie dubois"


def test_map_entries():
    assert parse_map(["Mum's iPad=María Ortega", "a=b=Jo Smith"]) == {
        "Mum's iPad": "María Ortega", "a=b": "Jo Smith"}
    for bad in (["no equals"], ["=Jo"], ["Jo="], ["x=Jo", "x=Amir"]):
        with pytest.raises(ValueError, match="--map"):
            parse_map(bad)
