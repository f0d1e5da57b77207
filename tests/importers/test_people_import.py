"""People from CSV: name,group,role; all or nothing, the bad line named."""

from __future__ import annotations

import pytest

from coprodesk.domain.model import Role
from coprodesk.importers.people import PeopleImportError, parse_people_csv
from coprodesk.store import meetings as repo
from coprodesk.store.errors import StoreError


def test_a_header_is_skipped_and_an_empty_role_means_participant():
    rows = parse_people_csv("name,group,role\nAnn,Practitioner,\n\nBen,Carer / family,Co-chair\n")
    assert [(r.line, r.name, r.group, r.role) for r in rows] == [
        (2, "Ann", "Practitioner", Role.PARTICIPANT), (4, "Ben", "Carer / family", Role.CO_CHAIR)]


@pytest.mark.parametrize(("text", "line", "words"), [
    ("Ann,Practitioner,participant\nBen,Practitioner,boss\n", 2, "unknown role 'boss'"),
    ("Ann,Practitioner,participant,extra\n", 1, "expected 3 columns"),
    ("Ann,Practitioner\n,Practitioner,observer\n", 2, "the name is empty"),
    ("Ann,,observer\n", 1, "no group given"),
])
def test_a_bad_line_is_named(text, line, words):
    with pytest.raises(PeopleImportError) as info:
        parse_people_csv(text)
    assert info.value.line == line
    assert words in str(info.value) and str(info.value).startswith(f"line {line}:")


def test_an_unknown_group_imports_nobody(store):
    mid = repo.create_meeting(store, "W")
    rows = parse_people_csv("Ann,Practitioner\nBen,Martians\n")
    with pytest.raises(StoreError, match="line 2: there is no group called 'Martians'"):
        repo.import_people(store, mid, [(r.line, r.name, r.group, r.role) for r in rows])
    assert repo.load_meeting(store, mid).participants == ()
