"""Domain values of a co-produced meeting.

All times are integer milliseconds since the Unix epoch (UTC) so that sums of
durations are exact and values round-trip through the store unchanged.
Durations come from differences of these values; the clock guarantees they
follow the monotonic clock, not the wall clock.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from coprodesk.domain.vocabulary import (
    PALETTE,
    ActionStatus,
    AttendanceMode,
    HandKind,
    ItemKind,
    MeetingStatus,
    QueuePolicy,
    Role,
)


@dataclass(frozen=True, slots=True)
class StakeholderGroup:
    """A constituency in the room; its colour always comes with a label, never alone."""

    id: int
    name: str
    label: str = ""
    colour: str = PALETTE[0]
    position: int = 0


@dataclass(frozen=True, slots=True)
class Presence:
    """One interval during which a participant took part, in the room or online; ``end``
    None = still there. Switching between room and online ends one interval and starts the
    next, as leaving and arriving do."""

    start_ms: int
    end_ms: int | None = None
    mode: AttendanceMode = AttendanceMode.ROOM


@dataclass(frozen=True, slots=True)
class Participant:
    """A person in one meeting: their group, role, consent to be named, attendance."""

    id: int
    name: str
    group_id: int
    role: Role = Role.PARTICIPANT
    named_in_minutes: bool = True
    pseudonym: str = ""
    access_needs: str = ""
    apologies: bool = False
    position: int = 0
    person_uid: str = ""
    presence: tuple[Presence, ...] = ()
    attendance: AttendanceMode = AttendanceMode.ROOM
    """How they take part where no interval says otherwise (nobody recorded as arriving is
    present throughout, in this mode); a recorded arrival starts in it too."""

    @property
    def counted(self) -> bool:
        """Observers never count towards shares, fair shares or decisions."""
        return self.role is not Role.OBSERVER

    @property
    def public_name(self) -> str:
        """The name printed in minutes: the real one only with consent."""
        if self.named_in_minutes:
            return self.name
        if self.pseudonym.strip():
            return self.pseudonym.strip()
        return initials(self.name)


def initials(name: str) -> str:
    parts = [p for p in name.replace("-", " ").split() if p]
    if not parts:
        return "?"
    return "".join(p[0].upper() + "." for p in parts)


@dataclass(frozen=True, slots=True)
class AgendaItem:
    """One agenda item: its kind, planned time, leads, and when it actually ran."""

    id: int
    title: str
    kind: ItemKind = ItemKind.DISCUSSION
    planned_s: int = 0
    position: int = 0
    lead_ids: tuple[int, ...] = ()
    started_ms: int | None = None
    ended_ms: int | None = None
    notes: str = ""

    @property
    def actual_s(self) -> float | None:
        if self.started_ms is None or self.ended_ms is None:
            return None
        return (self.ended_ms - self.started_ms) / 1000


@dataclass(frozen=True, slots=True)
class Turn:
    """One unbroken holding of the floor by one participant during one item."""

    participant_id: int
    start_ms: int
    end_ms: int | None = None
    item_id: int | None = None
    id: int | None = None

    @property
    def is_open(self) -> bool:
        return self.end_ms is None

    def duration_ms(self, now_ms: int | None = None) -> int:
        end = self.end_ms if self.end_ms is not None else now_ms
        if end is None:
            return 0
        return max(0, end - self.start_ms)


@dataclass(frozen=True, slots=True)
class Hand:
    """A raised hand waiting in the speaker queue, and why it is up."""

    participant_id: int
    raised_ms: int
    kind: HandKind = HandKind.SPEAK


@dataclass(frozen=True, slots=True)
class Stance:
    """One person's stance in a round of a decision, with their reason."""

    participant_id: int
    option: str | None = None  # None: explicitly "not given"
    reason: str = ""
    from_device: bool = False  # given privately from the person's own device, then revealed


@dataclass(frozen=True, slots=True)
class Round:
    """One proposal put to the room; a revised proposal is a new round, the old one stays."""

    number: int
    proposal: str
    stances: tuple[Stance, ...] = ()
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Decision:
    """A decision with every round on record, its method, and any recorded override."""

    id: int
    method: str
    rounds: tuple[Round, ...]
    item_id: int | None = None
    threshold: str = "simple"  # majority vote: "simple" or "two-thirds"
    deferred: bool = False
    override_outcome: str | None = None
    override_reason: str = ""
    statement: str = ""
    dissent: str = ""
    position: int = 0
    plain_words: str = ""  # the decision in short sentences, for the easy-read minutes

    @property
    def proposal(self) -> str:
        return self.rounds[-1].proposal if self.rounds else ""

    @property
    def current_round(self) -> Round | None:
        return self.rounds[-1] if self.rounds else None


@dataclass(frozen=True, slots=True)
class Action:
    """Something to be done by someone by a date, often from a decision."""

    id: int
    what: str
    owner_ids: tuple[int, ...] = ()
    due: str = ""  # ISO date
    decision_id: int | None = None
    item_id: int | None = None
    done: bool = False
    position: int = 0
    raised_by_id: int | None = None
    plain_words: str = ""  # what will be done in short sentences, for the easy-read minutes


@dataclass(frozen=True, slots=True)
class ActionUpdate:
    """What happened to an action, recorded at a later meeting of its series."""

    action_id: int
    meeting_id: int
    status: ActionStatus
    note: str = ""
    recorded_ms: int = 0


@dataclass(frozen=True, slots=True)
class SignatureRecord:
    """A signature put on a meeting's minutes: which box, by whom, when, over which file."""

    field: str
    signer: str
    signed_ms: int
    sha256: str = ""


@dataclass(frozen=True, slots=True)
class Meeting:
    """One meeting and everything in it: the value every screen, report and file reads."""

    id: int
    title: str
    uid: str = ""
    purpose: str = ""
    date: str = ""  # ISO date
    start_time: str = ""  # HH:MM local
    end_time: str = ""
    place: str = ""
    ground_rules: str = ""
    status: MeetingStatus = MeetingStatus.PLANNED
    series: str = ""
    turn_soft_limit_s: int = 120
    groups_only: bool = False
    queue_policy: QueuePolicy = QueuePolicy.FIRST_COME
    started_ms: int | None = None
    ended_ms: int | None = None
    groups: tuple[StakeholderGroup, ...] = ()
    participants: tuple[Participant, ...] = ()
    items: tuple[AgendaItem, ...] = ()
    turns: tuple[Turn, ...] = ()
    decisions: tuple[Decision, ...] = ()
    actions: tuple[Action, ...] = ()
    hands: tuple[Hand, ...] = field(default=())

    def group(self, group_id: int) -> StakeholderGroup | None:
        return next((g for g in self.groups if g.id == group_id), None)

    def participant(self, participant_id: int) -> Participant | None:
        return next((p for p in self.participants if p.id == participant_id), None)

    def item(self, item_id: int | None) -> AgendaItem | None:
        return next((i for i in self.items if i.id == item_id), None)

    @property
    def counted(self) -> tuple[Participant, ...]:
        return tuple(p for p in self.participants if p.counted)

    @property
    def open_turn(self) -> Turn | None:
        return next((t for t in reversed(self.turns) if t.is_open), None)

    @property
    def current_item(self) -> AgendaItem | None:
        """The item that has started and not ended, else None."""
        return next(
            (i for i in self.items if i.started_ms is not None and i.ended_ms is None), None
        )


@dataclass(frozen=True, slots=True)
class ImportedTurn:
    """One unbroken holding of the floor read from a file (CSV, RTTM), in ms from the
    meeting's start, by the speaker's name in that file."""

    speaker: str
    start_ms: int
    end_ms: int

    @property
    def duration_ms(self) -> int:
        return self.end_ms - self.start_ms
