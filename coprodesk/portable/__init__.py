"""Portable meetings: one documented JSON file holds everything about a meeting.

Format: docs/meeting-format.md; schema: meeting.schema.json beside this file.
"""

FORMAT_NAME = "coprodesk-meeting"
FORMAT_VERSION = 2
"""2: each person's ``attendance`` (room or online) and each presence interval's ``mode``
(hybrid meetings). Version 1 files are read as everyone in the room."""


class PortableError(Exception):
    """A file that cannot be written or read as a meeting: one line for the user."""


class InvalidMeetingFile(PortableError):
    """Every problem found in a file, each with its JSON path; nothing was imported."""

    def __init__(self, path: str, problems: list[str]) -> None:
        self.problems = problems
        if len(problems) == 1:  # one problem, one line
            super().__init__(f"{path}: nothing was imported: {problems[0]}")
            return
        shown = "\n  ".join(problems[:50])
        more = f"\n  … and {len(problems) - 50} more" if len(problems) > 50 else ""
        super().__init__(f"{path}: nothing was imported; {len(problems)} problem(s):\n  "
                         f"{shown}{more}")
