"""What a screen reader hears when hands go up or down in the run view.

Why apart: the queue changes from many places (a tile, Shift+digit, Ctrl+F, the queue's
button, undo); comparing the hands before and after a refresh catches them all, and the
words are chosen once here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from coprodesk.domain.model import Hand, HandKind

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")

Hands = tuple[tuple[int, HandKind], ...]  # (participant, why), in queue order


def hands_of(hands: tuple[Hand, ...], queue: list[Hand] | tuple[Hand, ...]) -> Hands:
    """The hands up, in the order the queue calls them (``queue``), else as raised."""
    order = [h.participant_id for h in queue] or [h.participant_id for h in hands]
    kinds = {h.participant_id: h.kind for h in hands}
    return tuple((pid, kinds[pid]) for pid in order if pid in kinds)


def hand_news(before: Hands, after: Hands, name: Callable[[int], str],
              floor: int | None) -> list[str]:
    """The words for each hand raised or lowered between ``before`` and ``after``; a hand that
    went down because its owner was given the floor is not news (the floor change is said)."""
    was = dict(before)
    now = dict(after)
    said = []
    for place, (pid, kind) in enumerate(after, 1):
        if was.get(pid) == kind:
            continue
        if kind is HandKind.CLARIFICATION:
            text = translate("RunView", "{name}: hand up for a clarification, {n} in the queue")
        elif kind is HandKind.POINT_OF_ORDER:
            text = translate("RunView", "{name}: hand up for a point of order, {n} in the queue")
        else:
            text = translate("RunView", "{name}: hand up, {n} in the queue")
        said.append(text.format(name=name(pid), n=place))
    for pid, _kind in before:
        if pid not in now and pid != floor:
            said.append(translate("RunView", "{name}: hand down").format(name=name(pid)))
    return said
