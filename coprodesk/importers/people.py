"""Reading a list of people from CSV: ``name,group,role``, one person a line.

A first line ``name,group,role`` is taken as a header. The role may be left
empty (then *participant*). Parsing is all or nothing: the first bad line raises
:class:`PeopleImportError` naming that line, and nothing is returned. Whether the
groups exist is the meeting's business (the store checks it, in one transaction).
Pure Python: no Qt, no SQL.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from coprodesk.domain.limits import NAME_MAX, line_break_in, too_long
from coprodesk.domain.model import Role

HEADER = ("name", "group", "role")
_ROLE_ALIASES = {"cochair": Role.CO_CHAIR, "co chair": Role.CO_CHAIR, "chair": Role.CO_CHAIR}


class PeopleImportError(ValueError):
    """A bad line; ``str()`` is one sentence naming the line."""

    def __init__(self, line: int, message: str) -> None:
        self.line = line
        super().__init__(f"line {line}: {message}; nobody was imported")


@dataclass(frozen=True, slots=True)
class PersonRow:
    line: int
    name: str
    group: str
    role: Role = Role.PARTICIPANT


def parse_role(text: str) -> Role | None:
    key = text.strip().lower().replace("_", "-")
    if not key:
        return Role.PARTICIPANT
    try:
        return Role(key)
    except ValueError:
        return _ROLE_ALIASES.get(key.replace("-", " ")) or _ROLE_ALIASES.get(key)


def parse_people_csv(text: str) -> list[PersonRow]:
    """People from CSV text; raises PeopleImportError on the first bad line."""
    text = text.removeprefix("\ufeff")
    rows: list[PersonRow] = []
    reader = csv.reader(io.StringIO(text))
    try:
        for cells in reader:
            line = reader.line_num
            cells = [c.strip() for c in cells]
            if not any(cells):
                continue
            if not rows and line == _first_line(text) and tuple(c.lower() for c in cells) == HEADER:
                continue
            if len(cells) == 2:
                cells.append("")
            if len(cells) != 3:
                raise PeopleImportError(line, f"expected 3 columns (name,group,role), found {len(cells)}")
            name, group, role_text = cells
            if not name:
                raise PeopleImportError(line, "the name is empty")
            if not group:
                raise PeopleImportError(line, f"no group given for {name!r}")
            for what, value in (("the name", name), ("the group", group)):
                bad = line_break_in(value)
                problem = (f"holds a line break or control character ({bad})" if bad
                           else too_long(value, NAME_MAX))
                if problem:
                    raise PeopleImportError(line, f"{what} {problem}")
            role = parse_role(role_text)
            if role is None:
                allowed = ", ".join(r.value for r in Role)
                raise PeopleImportError(line, f"unknown role {role_text!r} (use one of: {allowed})")
            rows.append(PersonRow(line, name, group, role))
    except csv.Error as exc:
        raise PeopleImportError(reader.line_num, f"not readable as CSV ({exc})") from exc
    return rows


def _first_line(text: str) -> int:
    """The number of the first non-blank line (where a header may stand)."""
    for n, raw in enumerate(text.split("\n"), start=1):  # as csv counts: not at U+2028
        if raw.strip(" ,\t"):
            return n
    return 1
