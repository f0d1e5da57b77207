"""The meeting's fixed vocabulary: statuses, roles, item kinds, queue policies, why a hand
is up, what became of an action; the group palette and the default groups.

Apart from the values in ``model`` (which re-exports all of this) because the window's first
screen, the list of meetings, needs only these words: creating the value classes costs
start-up time the list does not need.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    FACILITATOR = "facilitator"
    CO_CHAIR = "co-chair"
    PARTICIPANT = "participant"
    OBSERVER = "observer"


class AttendanceMode(StrEnum):
    """Where a person takes part from: in the room, or online (a hybrid meeting has both)."""

    ROOM = "room"
    ONLINE = "online"


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    RUNNING = "running"
    CLOSED = "closed"
    SIGNED = "signed"


class ItemKind(StrEnum):
    INFORMATION = "information"
    DISCUSSION = "discussion"
    DECISION = "decision"
    BREAK = "break"


class QueuePolicy(StrEnum):
    FIRST_COME = "first-come"
    NOT_YET_SPOKEN = "not-yet-spoken"
    LEAST_FLOOR_TIME = "least-floor-time"
    UNDER_REPRESENTED_GROUP = "under-represented-group"


class HandKind(StrEnum):
    """Why a hand is up; clarifications and points of order jump the queue."""

    SPEAK = "speak"
    CLARIFICATION = "clarification"
    POINT_OF_ORDER = "point-of-order"


# Okabe–Ito palette: distinguishable with the common colour-vision deficiencies.
PALETTE: tuple[str, ...] = (
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#56B4E9",  # sky blue
    "#D55E00",  # vermillion
    "#F0E442",  # yellow
    "#000000",  # black
)

DEFAULT_GROUPS: tuple[tuple[str, str], ...] = (
    ("Lived experience", "LE"),
    ("Carer / family", "CF"),
    ("Practitioner", "PR"),
    ("Commissioner / manager", "CM"),
)
UNASSIGNED_GROUP = ("Unassigned", "UN")


class ActionStatus(StrEnum):
    """What happened to an action, recorded at a later meeting ("you said, we did")."""

    DONE = "done"
    IN_PROGRESS = "in-progress"
    DROPPED = "dropped"
    NOT_YET = "not-yet"

    @property
    def closes(self) -> bool:
        return self in (ActionStatus.DONE, ActionStatus.DROPPED)
