"""Translated names for the domain's enumerations and the palette's colours."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from coprodesk.domain.vocabulary import PALETTE, ItemKind, MeetingStatus, Role

_CTX = "labels"
ROLE_NAMES = {
    Role.FACILITATOR: QT_TRANSLATE_NOOP("labels", "Facilitator"),
    Role.CO_CHAIR: QT_TRANSLATE_NOOP("labels", "Co-chair"),
    Role.PARTICIPANT: QT_TRANSLATE_NOOP("labels", "Participant"),
    Role.OBSERVER: QT_TRANSLATE_NOOP("labels", "Observer"),
}
KIND_NAMES = {
    ItemKind.INFORMATION: QT_TRANSLATE_NOOP("labels", "Information"),
    ItemKind.DISCUSSION: QT_TRANSLATE_NOOP("labels", "Discussion"),
    ItemKind.DECISION: QT_TRANSLATE_NOOP("labels", "Decision"),
    ItemKind.BREAK: QT_TRANSLATE_NOOP("labels", "Break"),
}
STATUS_NAMES = {
    MeetingStatus.PLANNED: QT_TRANSLATE_NOOP("labels", "Planned"),
    MeetingStatus.RUNNING: QT_TRANSLATE_NOOP("labels", "Running"),
    MeetingStatus.CLOSED: QT_TRANSLATE_NOOP("labels", "Closed"),
    MeetingStatus.SIGNED: QT_TRANSLATE_NOOP("labels", "Signed"),
}
COLOUR_NAMES = dict(zip(PALETTE, (
    QT_TRANSLATE_NOOP("labels", "Blue"),
    QT_TRANSLATE_NOOP("labels", "Orange"),
    QT_TRANSLATE_NOOP("labels", "Bluish green"),
    QT_TRANSLATE_NOOP("labels", "Reddish purple"),
    QT_TRANSLATE_NOOP("labels", "Sky blue"),
    QT_TRANSLATE_NOOP("labels", "Vermillion"),
    QT_TRANSLATE_NOOP("labels", "Yellow"),
    QT_TRANSLATE_NOOP("labels", "Black"),
), strict=True))


def tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def role_name(role: Role) -> str:
    return tr(ROLE_NAMES[Role(role)])


def kind_name(kind: ItemKind) -> str:
    return tr(KIND_NAMES[ItemKind(kind)])


def status_name(status: MeetingStatus) -> str:
    return tr(STATUS_NAMES[MeetingStatus(status)])


def colour_name(colour: str) -> str:
    key = next((c for c in PALETTE if c.lower() == colour.lower()), None)
    return tr(COLOUR_NAMES[key]) if key else colour
