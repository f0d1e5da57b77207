"""Undo commands for the facilitator's edits: each one writes through the store.

``Editing.push`` (``gui/editing``) performs the write first; if the store refuses it (a duplicate
group name, a group still in use) the user sees the one-line message and
nothing is pushed, so the undo stack only ever holds changes that happened.
Removals keep the removed value and put it back with its own id, so every
reference to it (agenda leads, turns) survives an undo.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from coprodesk.gui.write_first import WriteFirstCommand
from coprodesk.store import meetings as repo
from coprodesk.store.connection import Store
from coprodesk.store.errors import StoreError

if TYPE_CHECKING:
    from coprodesk.gui.editing import Editing

MERGE_FIELD = 1001  # typing in one field of one object merges into one command


class StoreCommand(WriteFirstCommand):
    """A change to one meeting: ``apply`` writes it, ``revert`` writes it back."""

    def __init__(self, editing: Editing, meeting_id: int, text: str) -> None:
        super().__init__(text)
        self.editing = editing
        self.store = editing.store
        self.meeting_id = meeting_id
        self.scope = meeting_id  # whose undo history holds it (LIBRARY for a new meeting)

    def record(self) -> tuple[Store, int] | None:
        return (self.store, self.meeting_id) if self.meeting_id else None

    def refused(self, exc: StoreError) -> None:
        self.editing.failed.emit(exc.message)

    def settled(self, written: bool) -> None:
        if written:
            self.editing.notify(self.meeting_id)


class SetField(StoreCommand):
    """One field of one object set to a new value; consecutive edits of the same field
    (typing) merge into one command when ``merge`` is set."""

    def __init__(self, editing: Editing, meeting_id: int, text: str, key: tuple,
                 write: Callable[[Any], None], old: Any, new: Any, merge: bool = False) -> None:
        super().__init__(editing, meeting_id, text)
        self.key, self.write, self.old, self.new, self.merge = key, write, old, new, merge

    def apply(self) -> None:
        self.write(self.new)

    def revert(self) -> None:
        self.write(self.old)

    def id(self) -> int:
        return MERGE_FIELD if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (isinstance(other, SetField) and other.merge and other.key == self.key):
            return False
        self.new = other.new
        if self.new == self.old:
            self.setObsolete(True)
        return True


def set_meeting_field(editing: Editing, meeting_id: int, field: str, old: Any, new: Any,
                      text: str, merge: bool = True) -> SetField:
    return SetField(editing, meeting_id, text, ("meeting", meeting_id, field),
                    lambda v: repo.update_meeting(editing.store, meeting_id, **{field: v}),
                    old, new, merge)


def set_group_field(editing: Editing, meeting_id: int, group_id: int, field: str, old: Any,
                    new: Any, text: str) -> SetField:
    return SetField(editing, meeting_id, text, ("group", group_id, field),
                    lambda v: repo.update_group(editing.store, group_id, **{field: v}), old, new)


def set_person_field(editing: Editing, meeting_id: int, person_id: int, field: str, old: Any,
                     new: Any, text: str) -> SetField:
    return SetField(editing, meeting_id, text, ("person", person_id, field),
                    lambda v: repo.update_participant(editing.store, person_id, **{field: v}),
                    old, new)


def set_item_field(editing: Editing, meeting_id: int, item_id: int, field: str, old: Any,
                   new: Any, text: str) -> SetField:
    return SetField(editing, meeting_id, text, ("item", item_id, field),
                    lambda v: repo.update_item(editing.store, item_id, **{field: v}), old, new)


class Removal(StoreCommand):
    """Remove one value of a meeting; undo puts it back with its own id (``restore_*``)."""

    delete: Callable[[Store, int], None]
    restore: Callable[[Store, int, Any], None]

    def __init__(self, editing: Editing, meeting_id: int, value, text: str) -> None:
        super().__init__(editing, meeting_id, text)
        self.value = value
        self.links: dict[str, tuple[int, ...]] = {}  # an item's turns, decisions, actions

    def apply(self) -> None:
        type(self).delete(self.store, self.value.id)

    def revert(self) -> None:
        type(self).restore(self.store, self.meeting_id, self.value)


class Addition(Removal):
    """Add one value to a meeting: the first time ``create`` makes it; a redo puts the same
    value back with its id, and undo removes it (a removal run backwards)."""

    def __init__(self, editing: Editing, meeting_id: int, text: str) -> None:
        super().__init__(editing, meeting_id, None, text)

    def create(self) -> Any:
        raise NotImplementedError

    def apply(self) -> None:
        if self.value is None:
            self.value = self.create()
        else:
            super().revert()

    def revert(self) -> None:
        super().apply()


class AddGroup(Addition):
    delete, restore = staticmethod(repo.delete_group), staticmethod(repo.restore_group)

    def __init__(self, editing: Editing, meeting_id: int, name: str, label: str, text: str) -> None:
        super().__init__(editing, meeting_id, text)
        self.name, self.label = name, label

    def create(self) -> Any:
        gid = repo.add_group(self.store, self.meeting_id, self.name, self.label)
        return repo.load_meeting(self.store, self.meeting_id).group(gid)


class RemoveGroup(Removal):
    delete, restore = staticmethod(repo.delete_group), staticmethod(repo.restore_group)


class AddPeople(StoreCommand):
    """One person typed in, or many imported from CSV: one command either way."""

    def __init__(self, editing: Editing, meeting_id: int, rows: Sequence[tuple], text: str) -> None:
        super().__init__(editing, meeting_id, text)
        self.rows = list(rows)  # (line, name, group name, role)
        self.people: tuple = ()

    def apply(self) -> None:
        if not self.people:
            ids = repo.import_people(self.store, self.meeting_id, self.rows)
            meeting = repo.load_meeting(self.store, self.meeting_id)
            self.people = tuple(meeting.participant(i) for i in ids)
        else:
            with self.store.write():
                for p in self.people:
                    repo.restore_participant(self.store, self.meeting_id, p)

    def revert(self) -> None:
        with self.store.write():
            for p in self.people:
                repo.delete_participant(self.store, p.id)


class RemovePerson(Removal):
    delete = staticmethod(repo.delete_participant)
    restore = staticmethod(repo.restore_participant)


class AddItem(Addition):
    delete, restore = staticmethod(repo.delete_item), staticmethod(repo.restore_item)

    def __init__(self, editing: Editing, meeting_id: int, title: str, kind, planned_s: int,
                 text: str) -> None:
        super().__init__(editing, meeting_id, text)
        self.title, self.kind, self.planned_s = title, kind, planned_s

    def create(self) -> Any:
        iid = repo.add_item(self.store, self.meeting_id, self.title, self.planned_s, self.kind)
        return repo.load_meeting(self.store, self.meeting_id).item(iid)


class RemoveItem(Removal):
    """Deleting an item unlinks its turns, decisions and actions; undo ties them back."""

    delete, restore = staticmethod(repo.delete_item), staticmethod(repo.restore_item)

    def apply(self) -> None:
        with self.store.write():
            self.links = repo.item_links(self.store, self.value.id)
            super().apply()

    def revert(self) -> None:
        with self.store.write():
            super().revert()
            repo.relink_item(self.store, self.value.id, self.links)


class Reorder(StoreCommand):
    """A new order of a meeting's agenda items or groups."""

    def __init__(self, editing: Editing, meeting_id: int, kind: str, old: Sequence[int],
                 new: Sequence[int], text: str) -> None:
        super().__init__(editing, meeting_id, text)
        self.write = repo.reorder_items if kind == "items" else repo.reorder_groups
        self.old, self.new = list(old), list(new)

    def apply(self) -> None:
        self.write(self.store, self.meeting_id, self.new)

    def revert(self) -> None:
        self.write(self.store, self.meeting_id, self.old)


class CreateMeeting(StoreCommand):
    """A new meeting, blank (with the default groups) or duplicated as a template.

    A meeting opened straight away starts its own history with its creation (Ctrl+Z in
    its editor, step by step, ends by removing it); one left in the list (a duplicate)
    is the list's to undo."""

    def __init__(self, editing: Editing, create: Callable[[], int], text: str,
                 opened: bool = True) -> None:
        super().__init__(editing, 0, text)
        self.create = create
        self.opened = opened
        self.snapshot = None

    def apply(self) -> None:
        if self.snapshot is None:
            self.meeting_id = self.create()
            if self.opened:
                self.scope = self.meeting_id
            self.snapshot = repo.load_meeting(self.store, self.meeting_id)
        else:
            repo.restore_meeting_plan(self.store, self.snapshot)

    def revert(self) -> None:
        repo.delete_meeting(self.store, self.meeting_id)
        if self.opened:  # back in the list, Redo brings it back
            self.editing.list_history = self.meeting_id
