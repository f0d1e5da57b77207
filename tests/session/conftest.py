"""The planned meeting the session tests run: Ann, Bob, Cat and Dev (one per group), Obi
observing, and two items (Welcome, 5 min, information; Discussion, 20 min)."""

from __future__ import annotations

import pytest

from coprodesk.domain.model import ItemKind, Role
from coprodesk.store import meetings as repo


@pytest.fixture
def planned(store) -> tuple[int, list[int], list[int]]:
    """(meeting id, the four speakers' ids, the two items' ids)."""
    mid = repo.create_meeting(store, "Spring workshop")
    m = repo.load_meeting(store, mid)
    people = [repo.add_participant(store, mid, n, m.groups[i % 4].id)
              for i, n in enumerate(["Ann", "Bob", "Cat", "Dev"])]
    repo.add_participant(store, mid, "Obi", m.groups[3].id, Role.OBSERVER)
    items = [repo.add_item(store, mid, "Welcome", 300, ItemKind.INFORMATION),
             repo.add_item(store, mid, "Discussion", 1200)]
    return mid, people, items
