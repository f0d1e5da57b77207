"""Decision methods, their stance scales, the outcome rules and the joint-decision rule.

One table (``METHODS``) holds every method and every option with its weight, so the
screen, the store and the minutes read the same scale and cannot disagree. The
rules work on weights, not on option keys, which keeps them short and shared.

Everything here is pure: ``eligible_ids`` says who counts (counted and present when the
item ended); the rules take those ids, so they need no clock.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from types import MappingProxyType

from coprodesk.domain.balance import is_present_at
from coprodesk.domain.model import (
    Decision,
    Meeting,
    Participant,
    Round,
    StakeholderGroup,
    Stance,
)
from coprodesk.domain.vocabulary import UNASSIGNED_GROUP


class Weight(StrEnum):
    """What an option means for the outcome, whatever the method calls it."""

    SUPPORTS = "supports"
    NEUTRAL = "neutral"
    OPPOSES = "opposes"
    BLOCKS = "blocks"


class Outcome(StrEnum):
    AGREED = "agreed"
    NOT_AGREED = "not agreed"
    DEFERRED = "deferred"


class Threshold(StrEnum):
    """Majority vote only: how many yes votes carry it."""

    SIMPLE = "simple"
    TWO_THIRDS = "two-thirds"

    @property
    def label(self) -> str:
        return "Simple majority" if self is Threshold.SIMPLE else "Two-thirds majority"


class NotEndorsed(StrEnum):
    """Why a stakeholder group did not endorse a decision; printed as is in the minutes."""

    BLOCKED = "blocked"
    NO_STANCE_GIVEN = "no stance given"
    NO_SUPPORT = "no support"
    OPPOSED = "opposed"


@dataclass(frozen=True, slots=True)
class Option:
    """One choice on a method's scale. ``key`` is stored in the database: never change it."""

    key: str
    label: str
    weight: Weight
    meaning: str
    reason_required: bool = False

    def describe(self) -> str:
        """Label and meaning in one line, e.g. for a tooltip or the minutes' key."""
        return f"{self.label}: {self.meaning}"


@dataclass(frozen=True, slots=True)
class Method:
    key: str
    label: str
    options: tuple[Option, ...]
    rule: str  # plain-language "agreed when", for the screen and the minutes

    def option(self, key: str) -> Option:
        for o in self.options:
            if o.key == key:
                return o
        raise ValueError(f"{key!r} is not an option of the method {self.key!r}")

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(o.key for o in self.options)


_S, _N, _O, _B = Weight.SUPPORTS, Weight.NEUTRAL, Weight.OPPOSES, Weight.BLOCKS

_TABLE: tuple[Method, ...] = (
    Method("consensus", "Consensus", (
        Option("support", "Support", _S, "I agree with it and will help carry it out."),
        Option("stand-aside", "Stand aside", _N, "I won't block it, but I won't help carry it out."),
        Option("block", "Block", _B, "I cannot let it go ahead: it would harm us or what we stand for.",
               reason_required=True),
    ), "Agreed when nobody blocks and at least one person supports."),
    Method("consent", "Consent (sociocratic)", (
        Option("consent", "Consent", _S, "Good enough for now and safe enough to try."),
        Option("concern", "Consent with a concern", _S, "I consent, and I want my concern recorded."),
        Option("objection", "Objection", _B, "It would harm our aims or stop us working; it must change.",
               reason_required=True),
    ), "Agreed when nobody objects and at least one person consents (a concern still consents)."),
    Method("fist-to-five", "Fist to five", (
        Option("5", "Five", _S, "I love it and will help lead it."),
        Option("4", "Four", _S, "I support it fully."),
        Option("3", "Three", _S, "I can support it."),
        Option("2", "Two", _N, "I have reservations, but I won't stand in its way."),
        Option("1", "One", _B, "I can't support it as it stands: it needs to change first.",
               reason_required=True),
        Option("0", "Fist", _B, "No: I block it.", reason_required=True),
    ), "Agreed when nobody shows 0 or 1 and at least one person shows 3, 4 or 5."),
    Method("gradients", "Gradients of agreement", (
        Option("1", "Endorse", _S, "I like it."),
        Option("2", "Endorse with a minor point", _S, "I like it, with one small point."),
        Option("3", "Agree with reservations", _S, "I can live with it, though I have reservations."),
        Option("4", "Abstain", _N, "I have no strong feeling either way."),
        Option("5", "More discussion needed", _N, "I don't understand it well enough yet to say."),
        Option("6", "Don't like it but will support", _S, "I don't like it, but I won't hold it up."),
        Option("7", "Serious disagreement", _O, "I disagree seriously and want that recorded.",
               reason_required=True),
        Option("8", "Veto", _B, "I block it: it must not go ahead.", reason_required=True),
    ), "Agreed when nobody vetoes and more than half of the stances given are in support "
       "(1, 2, 3 or 6)."),
    Method("majority", "Majority vote", (
        Option("yes", "Yes", _S, "I vote for it."),
        Option("abstain", "Abstain", _N, "I vote neither for nor against it."),
        Option("no", "No", _O, "I vote against it."),
    ), "Simple majority: more yes than no. Two-thirds: yes is at least two thirds of yes and no. "
       "Abstentions count for neither."),
)

del _S, _N, _O, _B

METHODS: Mapping[str, Method] = MappingProxyType({m.key: m for m in _TABLE})
METHOD_KEYS: tuple[str, ...] = tuple(m.key for m in _TABLE)


def get_method(key: str) -> Method:
    """The method with this key; a ValueError names the unknown key instead of a bare KeyError."""
    try:
        return METHODS[key]
    except KeyError:
        raise ValueError(f"unknown decision method {key!r}; known: {', '.join(METHOD_KEYS)}") from None


def method_label(key: str) -> str:
    return get_method(key).label


def options(method_key: str, meanings: Mapping[str, str] | None = None) -> tuple[Option, ...]:
    """The method's options in display order, with meanings edited for this meeting.

    ``meanings`` maps ``"method:key"`` (e.g. ``"consensus:stand-aside"``) to the
    meeting's own wording; a blank entry keeps the default, so a scale never loses its meaning.
    """
    m = get_method(method_key)
    if not meanings:
        return m.options
    out = []
    for o in m.options:
        text = (meanings.get(f"{m.key}:{o.key}") or "").strip()
        out.append(replace(o, meaning=text) if text else o)
    return tuple(out)


def option(method_key: str, key: str, meanings: Mapping[str, str] | None = None) -> Option:
    for o in options(method_key, meanings):
        if o.key == key:
            return o
    raise ValueError(f"{key!r} is not an option of the method {method_key!r}")


def weight_of(method_key: str, key: str | None) -> Weight | None:
    """The weight of an option key; None for a stance not given."""
    return None if key is None else get_method(method_key).option(key).weight


# --------------------------------------------------------------------------- tally


class _ByWeight:
    """``supports``, ``neutral``, ``opposes``, ``blocks``: the counts in ``by_weight``."""

    __slots__ = ()
    by_weight: dict[Weight, int]

    @property
    def supports(self) -> int:
        return self.by_weight[Weight.SUPPORTS]

    @property
    def neutral(self) -> int:
        return self.by_weight[Weight.NEUTRAL]

    @property
    def opposes(self) -> int:
        return self.by_weight[Weight.OPPOSES]

    @property
    def blocks(self) -> int:
        return self.by_weight[Weight.BLOCKS]


@dataclass(frozen=True, slots=True)
class Tally(_ByWeight):
    """Counts of the eligible stances of one round. Ineligible stances are not in it at all."""

    method: str
    by_option: dict[str, int]  # every option of the method, in table order, zeros included
    by_weight: dict[Weight, int]  # every weight, zeros included
    not_given: int  # eligible people who explicitly gave no stance
    missing: tuple[int, ...]  # eligible ids with no stance recorded at all (sorted)

    @property
    def given(self) -> int:
        return sum(self.by_option.values())


def _latest_stances(rnd: Round | None) -> dict[int, Stance]:
    """One stance per person: if a round somehow holds two, the later one is their stance."""
    if rnd is None:
        return {}
    return {s.participant_id: s for s in rnd.stances}


def tally(round: Round | None, method: str, eligible_ids: Collection[int]) -> Tally:
    """Count the stances of eligible participants per option and per weight.

    Raises ValueError on an option key the method does not have, rather than
    silently dropping what may be a block.
    """
    m = get_method(method)
    eligible = frozenset(eligible_ids)
    by_option = dict.fromkeys(m.keys, 0)
    by_weight = dict.fromkeys(Weight, 0)
    not_given = 0
    stances = _latest_stances(round)
    for pid, s in stances.items():
        if pid not in eligible:
            continue
        if s.option is None:
            not_given += 1
            continue
        w = m.option(s.option).weight
        by_option[s.option] += 1
        by_weight[w] += 1
    missing = tuple(sorted(eligible - stances.keys()))
    return Tally(m.key, by_option, by_weight, not_given, missing)


def missing_reasons(round: Round | None, method: str) -> tuple[int, ...]:
    """Ids whose stance needs a reason (block, objection, veto...) but has none; the GUI refuses these."""
    m = get_method(method)
    return tuple(
        pid for pid, s in _latest_stances(round).items()
        if s.option is not None and m.option(s.option).reason_required and not s.reason.strip()
    )


# --------------------------------------------------------------------------- outcome


def outcome_of(t: Tally, threshold: str = Threshold.SIMPLE) -> Outcome:
    """The rule of design.md's table applied to a tally: AGREED or NOT_AGREED."""
    if t.blocks:
        return Outcome.NOT_AGREED
    if t.method == "majority":
        yes, no = t.supports, t.opposes
        th = Threshold(threshold)
        ok = yes > no if th is Threshold.SIMPLE else yes + no > 0 and 3 * yes >= 2 * (yes + no)
    elif t.method == "gradients":
        ok = 2 * t.supports > t.given
    else:  # consensus, consent, fist-to-five: no block and at least one support
        ok = t.supports >= 1
    return Outcome.AGREED if ok else Outcome.NOT_AGREED


def computed_outcome(decision: Decision, eligible_ids: Collection[int]) -> Outcome:
    """What the stances of the last round say, ignoring deferral and any override."""
    t = tally(decision.current_round, decision.method, eligible_ids)
    return outcome_of(t, decision.threshold)


def validate_override(outcome: str | Outcome | None, reason: str) -> Outcome | None:
    """Check a facilitator's override before it is stored: an override needs a recorded reason.

    Returns the override as an Outcome (None: no override). Raises ValueError otherwise.
    """
    if outcome is None or outcome == "":
        return None
    try:
        value = Outcome(outcome)
    except ValueError:
        raise ValueError(
            f"{outcome!r} is not an outcome; use one of: {', '.join(o.value for o in Outcome)}"
        ) from None
    if not reason.strip():
        raise ValueError("Overriding the outcome needs a recorded reason.")
    return value


def is_overridden(decision: Decision) -> bool:
    """An override counts only with a reason; one without is ignored, as if never made."""
    return bool(decision.override_outcome) and bool(decision.override_reason.strip())


def effective_outcome(decision: Decision, eligible_ids: Collection[int]) -> Outcome:
    """The outcome the minutes print: deferred wins, then a reasoned override, then the stances."""
    if decision.deferred:
        return Outcome.DEFERRED
    if is_overridden(decision):
        return validate_override(decision.override_outcome, decision.override_reason) or Outcome.NOT_AGREED
    return computed_outcome(decision, eligible_ids)


# --------------------------------------------------------------------------- joint decision


@dataclass(frozen=True, slots=True)
class GroupEndorsement(_ByWeight):
    group_id: int
    group_name: str
    endorses: bool
    reason: NotEndorsed | None
    by_weight: dict[Weight, int]
    not_given: int  # eligible members with no stance, explicit or unrecorded
    members: int  # eligible (counted, present) members


@dataclass(frozen=True, slots=True)
class JointVerdict:
    joint: bool
    outcome: Outcome  # effective: deferral and override applied
    computed: Outcome  # from the stances alone
    not_endorsed: tuple[tuple[str, NotEndorsed], ...]  # (group name, reason), in group order
    endorsements: tuple[GroupEndorsement, ...] = ()
    overridden: bool = False


def _counted_eligible(participants: Iterable[Participant], eligible_ids: Collection[int]) -> frozenset[int]:
    """Observers never count, even if the caller's presence list includes them."""
    eligible = frozenset(eligible_ids)
    return frozenset(p.id for p in participants if p.counted and p.id in eligible)


def eligible_ids(meeting: Meeting, decision: Decision, now_ms: int) -> frozenset[int]:
    """Who counts for a decision: counted participants (no observers, no apologies) present
    at the end of its agenda item, or now while the item runs or has not started."""
    item = meeting.item(decision.item_id)
    at = now_ms
    if item is not None and item.started_ms is not None:
        at = item.ended_ms - 1 if item.ended_ms is not None else now_ms
    return frozenset(p.id for p in meeting.participants if p.counted and is_present_at(p, at))


def _endorsement(t: Tally) -> NotEndorsed | None:
    """Why a group does not endorse (None: it endorses).

    A group all against gets "opposed" rather than "no support": it says more.
    """
    if t.blocks:
        return NotEndorsed.BLOCKED
    if t.given == 0:
        return NotEndorsed.NO_STANCE_GIVEN
    if t.opposes and t.supports <= t.opposes:
        return NotEndorsed.OPPOSED
    if t.supports == 0:
        return NotEndorsed.NO_SUPPORT
    return None


def group_endorsements(
    decision: Decision,
    participants: Sequence[Participant],
    groups: Sequence[StakeholderGroup],
    eligible_ids: Collection[int],
) -> list[GroupEndorsement]:
    """Each group with at least one eligible member, in the order of ``groups``, and whether it endorses.

    Members whose group is not in ``groups`` are not dropped: they form an
    "Unassigned" group at the end, so nobody's stance is quietly ignored.
    """
    eligible = _counted_eligible(participants, eligible_ids)
    members: dict[int, list[int]] = {}
    for p in participants:
        if p.id in eligible:
            members.setdefault(p.group_id, []).append(p.id)
    named = [(g.id, g.name) for g in groups]
    known = {g.id for g in groups}
    named += [(gid, UNASSIGNED_GROUP[0]) for gid in members if gid not in known]
    rnd = decision.current_round
    out = []
    for gid, name in named:
        ids = members.get(gid)
        if not ids:
            continue
        t = tally(rnd, decision.method, ids)
        reason = _endorsement(t)
        out.append(GroupEndorsement(
            group_id=gid, group_name=name, endorses=reason is None, reason=reason,
            by_weight=dict(t.by_weight), not_given=t.not_given + len(t.missing), members=len(ids),
        ))
    return out


def joint_verdict(
    decision: Decision,
    participants: Sequence[Participant],
    groups: Sequence[StakeholderGroup],
    eligible_ids: Collection[int],
) -> JointVerdict:
    """Joint = the stances agree it, the effective outcome is agreed, and every group present endorses.

    An override can make a decision agreed but never joint on its own.
    """
    eligible = _counted_eligible(participants, eligible_ids)
    computed = computed_outcome(decision, eligible)
    outcome = effective_outcome(decision, eligible)
    ends = tuple(group_endorsements(decision, participants, groups, eligible))
    not_endorsed = tuple((e.group_name, e.reason) for e in ends if e.reason is not None)
    joint = computed is Outcome.AGREED and outcome is Outcome.AGREED and not not_endorsed
    return JointVerdict(joint, outcome, computed, not_endorsed, ends, is_overridden(decision))


def _as_is(text: str) -> str:
    return text


def plain_verdict(verdict: JointVerdict, tr: Callable[[str], str] = _as_is) -> str:
    """One sentence for the minutes and the report; it names every group that did not endorse.

    Each template is a whole sentence passed through ``tr``, so the edge can say it in the
    reader's language (``gui.domain_words``, ``minutes.language``; the templates are listed
    for the catalogue in ``gui/domain_words.WORDS``); without it, English, as the report's
    JSON keeps it."""
    overridden = verdict.overridden
    if verdict.outcome is Outcome.DEFERRED:
        return tr("Deferred: no decision was taken.")
    if verdict.outcome is Outcome.NOT_AGREED:
        return tr("Not agreed by the facilitator's override.") if overridden else tr("Not agreed.")
    if verdict.joint:
        return (tr("Agreed by the facilitator's override and joint: every group present "
                   "endorsed it.") if overridden
                else tr("Agreed and joint: every group present endorsed it."))
    parts = []
    if verdict.computed is not Outcome.AGREED:
        parts.append(tr("the stances themselves did not agree it"))
    for i, (name, reason) in enumerate(verdict.not_endorsed):
        template = tr("{group} did not endorse it ({reason})") if i == 0 else tr("{group} ({reason})")
        parts.append(template.format(group=name, reason=tr(str(reason))))
    return (tr("Agreed by the facilitator's override, but not joint: {parts}.") if overridden
            else tr("Agreed, but not joint: {parts}.")).format(parts=tr("; ").join(parts))
