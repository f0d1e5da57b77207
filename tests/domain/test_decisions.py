"""Decision methods, outcome rules and the joint-decision rule, as users meet them."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coprodesk.domain.decisions import (
    METHOD_KEYS,
    METHODS,
    JointVerdict,
    NotEndorsed,
    Outcome,
    Weight,
    computed_outcome,
    effective_outcome,
    eligible_ids,
    get_method,
    group_endorsements,
    joint_verdict,
    method_label,
    missing_reasons,
    option,
    options,
    plain_verdict,
    tally,
    validate_override,
    weight_of,
)
from coprodesk.domain.model import (
    AgendaItem,
    Decision,
    Meeting,
    Participant,
    Presence,
    Role,
    Round,
    StakeholderGroup,
    Stance,
)

LE = StakeholderGroup(1, "Lived experience", "LE", "#0072B2", 0)
CF = StakeholderGroup(2, "Carer / family", "CF", "#E69F00", 1)
PR = StakeholderGroup(3, "Practitioner", "PR", "#009E73", 2)
CM = StakeholderGroup(4, "Commissioner / manager", "CM", "#CC79A7", 3)
GROUPS = (LE, CF, PR, CM)


def decision(method: str, *options_: str | None, threshold: str = "simple", **kw) -> Decision:
    """A decision whose last round has stances from participants 1, 2, 3... in order."""
    stances = tuple(Stance(i, o, "because" if o else "") for i, o in enumerate(options_, start=1))
    return Decision(1, method, (Round(1, "Proposal", stances),), threshold=threshold, **kw)


def everyone(n: int) -> frozenset[int]:
    return frozenset(range(1, n + 1))


def outcome(method: str, *options_: str | None, threshold: str = "simple") -> Outcome:
    d = decision(method, *options_, threshold=threshold)
    return computed_outcome(d, everyone(len(options_)))


# --------------------------------------------------------------------------- the table


def test_every_method_has_a_label_and_a_rule_in_one_table():
    assert METHOD_KEYS == ("consensus", "consent", "fist-to-five", "gradients", "majority")
    assert [method_label(k) for k in METHOD_KEYS] == [
        "Consensus", "Consent (sociocratic)", "Fist to five", "Gradients of agreement", "Majority vote"]
    for m in METHODS.values():
        assert m.rule
        assert len(set(m.keys)) == len(m.keys)
        assert all(o.label and o.meaning for o in m.options)


@pytest.mark.parametrize(("method", "keys"), [
    ("consensus", ("support", "stand-aside", "block")),
    ("consent", ("consent", "concern", "objection")),
    ("fist-to-five", ("5", "4", "3", "2", "1", "0")),
    ("gradients", ("1", "2", "3", "4", "5", "6", "7", "8")),
    ("majority", ("yes", "abstain", "no")),
])
def test_option_keys_are_the_ones_stored_in_the_database(method, keys):
    assert get_method(method).keys == keys


@pytest.mark.parametrize(("method", "key", "weight"), [
    ("consensus", "support", Weight.SUPPORTS),
    ("consensus", "stand-aside", Weight.NEUTRAL),
    ("consensus", "block", Weight.BLOCKS),
    ("consent", "consent", Weight.SUPPORTS),
    ("consent", "concern", Weight.SUPPORTS),
    ("consent", "objection", Weight.BLOCKS),
    *[("fist-to-five", k, Weight.SUPPORTS) for k in "543"],
    ("fist-to-five", "2", Weight.NEUTRAL),
    ("fist-to-five", "1", Weight.BLOCKS),
    ("fist-to-five", "0", Weight.BLOCKS),
    *[("gradients", k, Weight.SUPPORTS) for k in "1236"],
    ("gradients", "4", Weight.NEUTRAL),
    ("gradients", "5", Weight.NEUTRAL),
    ("gradients", "7", Weight.OPPOSES),
    ("gradients", "8", Weight.BLOCKS),
    ("majority", "yes", Weight.SUPPORTS),
    ("majority", "abstain", Weight.NEUTRAL),
    ("majority", "no", Weight.OPPOSES),
])
def test_each_option_weighs_as_the_design_table_says(method, key, weight):
    assert weight_of(method, key) is weight


def test_a_stance_not_given_has_no_weight():
    assert weight_of("consensus", None) is None


def test_blocks_objections_vetoes_and_serious_disagreement_need_a_reason():
    needing = {(m.key, o.key) for m in METHODS.values() for o in m.options if o.reason_required}
    assert needing == {("consensus", "block"), ("consent", "objection"), ("fist-to-five", "0"),
                       ("fist-to-five", "1"), ("gradients", "7"), ("gradients", "8")}


def test_stand_aside_is_explained_in_plain_language():
    stand_aside = option("consensus", "stand-aside")
    assert stand_aside.label == "Stand aside"
    assert stand_aside.describe() == "Stand aside: I won't block it, but I won't help carry it out."


def test_a_meeting_can_reword_the_meaning_of_an_option():
    mine = options("consensus", {"consensus:block": "We cannot live with this.",
                                 "consent:objection": "Not this method.",
                                 "consensus:support": "   "})
    by_key = {o.key: o for o in mine}
    assert by_key["block"].meaning == "We cannot live with this."
    assert by_key["block"].weight is Weight.BLOCKS and by_key["block"].reason_required
    assert by_key["support"].meaning == get_method("consensus").option("support").meaning
    assert option("consensus", "block", {"consensus:block": "X"}).meaning == "X"
    # the shared table is untouched
    assert get_method("consensus").option("block").meaning != "We cannot live with this."


def test_an_unknown_method_or_option_is_refused_by_name():
    with pytest.raises(ValueError, match="sortition"):
        get_method("sortition")
    with pytest.raises(ValueError, match="maybe"):
        option("majority", "maybe")
    with pytest.raises(ValueError, match="maybe"):
        outcome("majority", "yes", "maybe")


# --------------------------------------------------------------------------- outcome rules

A, NA = Outcome.AGREED, Outcome.NOT_AGREED


@pytest.mark.parametrize(("stances", "expected"), [
    ((), NA),
    ((None, None), NA),
    (("support",), A),
    (("support", "stand-aside", "stand-aside"), A),
    (("stand-aside", "stand-aside"), NA),
    (("support", "support", "block"), NA),
    (("support", None), A),
])
def test_consensus_is_agreed_with_no_block_and_one_support(stances, expected):
    assert outcome("consensus", *stances) is expected


def test_a_block_stops_consensus():
    assert outcome("consensus", *["support"] * 9, "block") is NA


@pytest.mark.parametrize(("stances", "expected"), [
    ((), NA),
    ((None,), NA),
    (("consent",), A),
    (("concern",), A),
    (("concern", "concern"), A),
    (("consent", "objection"), NA),
    (("concern", "objection", "consent"), NA),
])
def test_consent_is_agreed_with_no_objection_and_a_concern_still_consents(stances, expected):
    assert outcome("consent", *stances) is expected


@pytest.mark.parametrize(("stances", "expected"), [
    ((), NA),
    ((None, None), NA),
    (("3",), A),
    (("5", "2", "2"), A),
    (("2", "2"), NA),
    (("5", "5", "1"), NA),
    (("5", "5", "0"), NA),
    (("4", None), A),
])
def test_fist_to_five_is_agreed_when_nobody_shows_0_or_1_and_someone_shows_3_to_5(stances, expected):
    assert outcome("fist-to-five", *stances) is expected


@pytest.mark.parametrize(("stances", "expected"), [
    ((), NA),
    ((None, None), NA),
    (("1",), A),
    (("6", "7"), NA),  # half is not more than half
    (("1", "2", "7"), A),
    (("1", "4", "5"), NA),
    (("1", "2", "3", "8"), NA),  # a veto stops it whatever the support
    (("6", None, None, None), A),  # only the stances given count
    (("1", "2", "4", None), A),
    (("1", "4", None), NA),
])
def test_gradients_need_no_veto_and_more_than_half_of_the_stances_given_in_support(stances, expected):
    assert outcome("gradients", *stances) is expected


@pytest.mark.parametrize(("stances", "expected"), [
    ((), NA),
    ((None, None), NA),
    (("yes",), A),
    (("yes", "no"), NA),
    (("yes", "yes", "no"), A),
    (("yes", "abstain", "abstain", "abstain"), A),  # abstentions count for neither
    (("abstain", "abstain"), NA),
    (("no",), NA),
])
def test_a_simple_majority_needs_more_yes_than_no(stances, expected):
    assert outcome("majority", *stances) is expected


@pytest.mark.parametrize(("yes", "no", "abstain", "expected"), [
    (0, 0, 0, NA),
    (0, 0, 3, NA),  # nobody voted yes or no
    (2, 1, 0, A),  # exactly two thirds
    (4, 2, 5, A),  # exactly two thirds; abstentions do not dilute it
    (1, 1, 0, NA),
    (5, 3, 0, NA),  # 62.5 %
    (3, 0, 0, A),
    (6, 3, 0, A),
    (66, 34, 0, NA),  # 66 % is not two thirds
    (67, 33, 0, A),
])
def test_a_two_thirds_majority_counts_yes_against_yes_and_no_only(yes, no, abstain, expected):
    votes = ["yes"] * yes + ["no"] * no + ["abstain"] * abstain
    assert outcome("majority", *votes, threshold="two-thirds") is expected


def test_an_unknown_threshold_is_refused():
    with pytest.raises(ValueError):
        outcome("majority", "yes", threshold="three-quarters")


def test_a_decision_with_no_round_is_not_agreed():
    assert computed_outcome(Decision(1, "consensus", ()), {1, 2}) is NA


def test_the_last_round_decides():
    first = Round(1, "Draft", (Stance(1, "block", "too soon"), Stance(2, "support")))
    second = Round(2, "Amended", (Stance(1, "support"), Stance(2, "support")))
    assert computed_outcome(Decision(1, "consensus", (first, second)), {1, 2}) is A
    assert computed_outcome(Decision(1, "consensus", (second, first)), {1, 2}) is NA


def test_the_stance_of_someone_absent_is_ignored():
    d = decision("consensus", "support", "block")
    assert computed_outcome(d, {1}) is A
    assert computed_outcome(d, {1, 2}) is NA


def test_tally_counts_per_option_and_per_weight_for_the_eligible_only():
    d = decision("gradients", "1", "1", "6", "7", None, "8")
    t = tally(d.current_round, "gradients", {1, 2, 3, 4, 5, 9})
    assert t.by_option == {"1": 2, "2": 0, "3": 0, "4": 0, "5": 0, "6": 1, "7": 1, "8": 0}
    assert t.by_weight == {Weight.SUPPORTS: 3, Weight.NEUTRAL: 0, Weight.OPPOSES: 1, Weight.BLOCKS: 0}
    assert (t.given, t.not_given, t.missing) == (4, 1, (9,))
    assert (t.supports, t.neutral, t.opposes, t.blocks) == (3, 0, 1, 0)


def test_tally_of_no_round_lists_everyone_as_missing():
    t = tally(None, "majority", {3, 1})
    assert t.given == 0 and t.missing == (1, 3)


def test_a_block_without_a_reason_is_refused():
    rnd = Round(1, "P", (Stance(1, "block", ""), Stance(2, "block", "unsafe"), Stance(3, "support", ""),
                         Stance(4, "stand-aside"), Stance(5, None), Stance(6, "block", "   ")))
    assert missing_reasons(rnd, "consensus") == (1, 6)


@pytest.mark.parametrize(("method", "key"), [
    ("consent", "objection"), ("fist-to-five", "0"), ("fist-to-five", "1"),
    ("gradients", "7"), ("gradients", "8"),
])
def test_objections_vetoes_and_low_fists_need_a_reason_too(method, key):
    assert missing_reasons(Round(1, "P", (Stance(7, key),)), method) == (7,)
    assert missing_reasons(Round(1, "P", (Stance(7, key, "why"),)), method) == ()


# --------------------------------------------------------------------------- deferral and override


def test_a_deferred_decision_is_deferred_whatever_the_stances():
    d = decision("consensus", "support", deferred=True)
    assert effective_outcome(d, {1}) is Outcome.DEFERRED
    assert computed_outcome(d, {1}) is A


def test_the_facilitator_may_override_with_a_reason():
    d = decision("consensus", "block", override_outcome="agreed", override_reason="legal duty")
    assert effective_outcome(d, {1}) is A
    assert computed_outcome(d, {1}) is NA


def test_an_override_without_a_reason_does_not_count():
    d = decision("consensus", "block", override_outcome="agreed", override_reason="  ")
    assert effective_outcome(d, {1}) is NA


def test_validate_override_needs_a_real_outcome_and_a_reason():
    assert validate_override("agreed", "funding deadline") is A
    assert validate_override(Outcome.NOT_AGREED, "x") is NA
    assert validate_override(None, "") is None
    with pytest.raises(ValueError, match="reason"):
        validate_override("agreed", " ")
    with pytest.raises(ValueError, match="outcome"):
        validate_override("sort of", "reason")


# --------------------------------------------------------------------------- joint decision

PEOPLE = (
    Participant(1, "Ann", LE.id), Participant(2, "Bea", LE.id),
    Participant(3, "Cal", CF.id), Participant(4, "Dee", CF.id),
    Participant(5, "Eve", PR.id), Participant(6, "Fin", PR.id),
    Participant(7, "Gus", CM.id),
    Participant(8, "Obi", CM.id, Role.OBSERVER),
)
PRESENT = frozenset(range(1, 9))


def verdict(method: str, *options_: str | None, present=PRESENT, groups=GROUPS, people=PEOPLE, **kw):
    return joint_verdict(decision(method, *options_, **kw), people, groups, present)


def test_everyone_supporting_is_agreed_and_joint():
    v = verdict("consensus", *["support"] * 7)
    assert (v.joint, v.outcome, v.computed, v.not_endorsed) == (True, A, A, ())
    assert plain_verdict(v) == "Agreed and joint: every group present endorsed it."


def test_agreed_by_majority_but_one_group_all_against_is_not_joint():
    v = verdict("majority", "yes", "yes", "no", "no", "yes", "yes", "yes")
    assert v.outcome is A and not v.joint
    assert v.not_endorsed == (("Carer / family", NotEndorsed.OPPOSED),)
    assert plain_verdict(v) == "Agreed, but not joint: Carer / family did not endorse it (opposed)."


def test_a_group_present_that_gave_no_stance_does_not_endorse():
    v = verdict("consensus", "support", "support", "support", "support", None, None, "support")
    assert v.outcome is A and not v.joint
    assert v.not_endorsed == (("Practitioner", NotEndorsed.NO_STANCE_GIVEN),)


def test_a_group_with_no_stance_recorded_at_all_does_not_endorse():
    v = verdict("consensus", "support", "support", "support", "support")  # 5, 6, 7 recorded nothing
    assert [(n, r.value) for n, r in v.not_endorsed] == [
        ("Practitioner", "no stance given"), ("Commissioner / manager", "no stance given")]


def test_a_split_group_and_a_silent_group_are_both_named():
    d = Decision(1, "majority", (Round(1, "P", (
        Stance(1, "yes"), Stance(2, "yes"), Stance(3, "yes"), Stance(4, "no"),
        Stance(7, "yes"))),))
    v = joint_verdict(d, PEOPLE, GROUPS, PRESENT)
    assert v.outcome is A
    assert v.not_endorsed == (("Carer / family", NotEndorsed.OPPOSED),
                              ("Practitioner", NotEndorsed.NO_STANCE_GIVEN))
    assert plain_verdict(v) == ("Agreed, but not joint: Carer / family did not endorse it (opposed); "
                                "Practitioner (no stance given).")


def test_an_override_agreeing_with_the_stances_still_names_groups_that_did_not_endorse():
    rnd = Round(1, "P", (Stance(1, "1"), Stance(2, "1"), Stance(3, "1"), Stance(4, "7", "cost to carers"),
                         Stance(5, None), Stance(6, None), Stance(7, "1")))
    d = Decision(1, "gradients", (rnd,), override_outcome="agreed", override_reason="statutory duty")
    v = joint_verdict(d, PEOPLE, GROUPS, PRESENT)
    # 4 of 5 given support: agreed on the stances; Carer / family is split one for, one against
    assert v.computed is A and v.outcome is A and not v.joint
    assert plain_verdict(v) == (
        "Agreed by the facilitator's override, but not joint: "
        "Carer / family did not endorse it (opposed); Practitioner (no stance given).")


def test_a_block_with_its_reason_stops_the_decision_and_names_the_blocked_group():
    rnd = Round(1, "P", (Stance(1, "5"), Stance(2, "5"), Stance(3, "5"),
                         Stance(4, "0", "unsafe for carers at night"),
                         Stance(5, "5"), Stance(6, "5"), Stance(7, "5")))
    d = Decision(1, "fist-to-five", (rnd,))
    assert missing_reasons(rnd, "fist-to-five") == ()
    cf = group_endorsements(d, PEOPLE, GROUPS, PRESENT)[1]
    assert (cf.group_name, cf.endorses, cf.reason, cf.supports, cf.blocks) == (
        "Carer / family", False, NotEndorsed.BLOCKED, 1, 1)
    v = joint_verdict(d, PEOPLE, GROUPS, PRESENT)
    assert v.outcome is NA and not v.joint
    assert v.not_endorsed == (("Carer / family", NotEndorsed.BLOCKED),)
    assert plain_verdict(v) == "Not agreed."
    overridden = joint_verdict(
        Decision(1, "fist-to-five", (rnd,), override_outcome="agreed", override_reason="court order"),
        PEOPLE, GROUPS, PRESENT)
    assert overridden.outcome is A and not overridden.joint
    assert plain_verdict(overridden) == (
        "Agreed by the facilitator's override, but not joint: the stances themselves did not agree it; "
        "Carer / family did not endorse it (blocked).")


def test_the_plain_verdict_names_each_group_with_its_reason():
    v = JointVerdict(False, A, A, (("Carer / family", NotEndorsed.BLOCKED),
                                   ("Practitioner", NotEndorsed.NO_STANCE_GIVEN)))
    assert plain_verdict(v) == ("Agreed, but not joint: Carer / family did not endorse it (blocked); "
                                "Practitioner (no stance given).")


def test_an_observer_blocking_does_not_block():
    v = verdict("consensus", *["support"] * 7, "block")  # participant 8 is an observer
    assert v.joint and v.outcome is A
    cm = next(e for e in v.endorsements if e.group_name == "Commissioner / manager")
    assert (cm.members, cm.blocks) == (1, 0)


def test_who_counts_is_the_counted_people_present_when_the_item_ended():
    people = (*PEOPLE[:3],  # 1-3 there throughout; 8 is an observer
              replace(PEOPLE[3], presence=(Presence(70_000),)),  # came after the item
              replace(PEOPLE[4], presence=(Presence(0, 40_000),)),  # left before its end
              replace(PEOPLE[5], presence=(Presence(30_000, 80_000),)),  # left after it
              replace(PEOPLE[6], apologies=True), PEOPLE[7])
    item = AgendaItem(1, "Budget", started_ms=10_000, ended_ms=60_000)
    meeting = Meeting(1, "M", groups=GROUPS, participants=people, items=(item,))
    d = decision("consensus", *["support"] * 7, "block", item_id=1)
    assert eligible_ids(meeting, d, now_ms=99_000) == frozenset({1, 2, 3, 6})
    assert computed_outcome(d, eligible_ids(meeting, d, 99_000)) is A  # the observer's block


def test_who_counts_before_the_item_ends_is_who_is_here_now():
    people = (replace(PEOPLE[0], presence=(Presence(0, 40_000),)), PEOPLE[1], PEOPLE[7])
    running = Meeting(1, "M", participants=people,
                      items=(AgendaItem(1, "Budget", started_ms=10_000),))
    d = decision("consensus", "support", "support", item_id=1)
    assert eligible_ids(running, d, now_ms=20_000) == frozenset({1, 2})
    assert eligible_ids(running, d, now_ms=50_000) == frozenset({2})
    not_started = replace(running, items=(AgendaItem(1, "Budget"),))
    assert eligible_ids(not_started, d, now_ms=50_000) == frozenset({2})


def test_the_stance_of_an_absent_person_is_ignored_by_the_joint_rule():
    present = PRESENT - {4}
    v = verdict("consensus", "support", "support", "support", "block", "support", "support", "support",
                present=present)
    assert v.joint
    cf = v.endorsements[1]
    assert (cf.members, cf.supports, cf.blocks) == (1, 1, 0)


def test_a_group_with_nobody_present_is_not_asked():
    present = PRESENT - {7}
    v = verdict("consensus", *["support"] * 6, present=present)
    assert v.joint
    assert [e.group_name for e in v.endorsements] == ["Lived experience", "Carer / family", "Practitioner"]


def test_an_override_to_agreed_is_never_joint_when_the_stances_say_not_agreed():
    v = verdict("consensus", *["stand-aside"] * 7, override_outcome="agreed", override_reason="urgent")
    assert v.outcome is A and v.computed is NA and not v.joint and v.overridden
    assert plain_verdict(v).startswith("Agreed by the facilitator's override, but not joint: "
                                       "the stances themselves did not agree it; Lived experience")


def test_an_override_when_every_group_endorses_but_the_rule_fails_is_still_not_joint():
    # gradients: each group present has one support and one neutral, so each endorses,
    # but support is only half of the stances given
    v = verdict("gradients", "1", "4", "1", "4", "1", "4", present=PRESENT - {7},
                override_outcome="agreed", override_reason="board asked")
    assert len(v.endorsements) == 3 and all(e.endorses for e in v.endorsements)
    assert v.computed is NA and v.outcome is A and not v.joint


def test_an_override_to_not_agreed_is_not_joint_even_if_everyone_supports():
    v = verdict("consensus", *["support"] * 7, override_outcome="not agreed", override_reason="no budget")
    assert v.computed is A and v.outcome is NA and not v.joint
    assert plain_verdict(v) == "Not agreed by the facilitator's override."


def test_a_deferred_decision_is_not_joint():
    v = verdict("consensus", *["support"] * 7, deferred=True)
    assert not v.joint and plain_verdict(v) == "Deferred: no decision was taken."


@pytest.mark.parametrize(("stances", "endorses", "reason"), [
    (("yes", "yes"), True, None),
    (("yes", "abstain"), True, None),
    (("yes", None), True, None),
    (("yes", "no"), False, NotEndorsed.OPPOSED),  # supporters must outnumber opposers
    (("no", "no"), False, NotEndorsed.OPPOSED),
    (("abstain", "abstain"), False, NotEndorsed.NO_SUPPORT),
    (("abstain", None), False, NotEndorsed.NO_SUPPORT),
    ((None, None), False, NotEndorsed.NO_STANCE_GIVEN),
])
def test_a_group_endorses_when_its_supporters_outnumber_its_opposers(stances, endorses, reason):
    (le, *_) = group_endorsements(decision("majority", *stances), PEOPLE, GROUPS, {1, 2})
    assert (le.group_name, le.endorses, le.reason) == ("Lived experience", endorses, reason)
    assert le.not_given == stances.count(None)


@pytest.mark.parametrize(("stances", "reason"), [
    (("support", "block"), NotEndorsed.BLOCKED),
    (("block", None), NotEndorsed.BLOCKED),
    (("stand-aside", "stand-aside"), NotEndorsed.NO_SUPPORT),
])
def test_a_consensus_group_that_blocks_or_only_stands_aside_does_not_endorse(stances, reason):
    (le,) = group_endorsements(decision("consensus", *stances), PEOPLE, GROUPS, {1, 2})
    assert le.reason is reason


def test_endorsements_follow_the_order_of_the_groups():
    reordered = (CM, PR, CF, LE)
    ends = group_endorsements(decision("consensus", *["support"] * 7), PEOPLE, reordered, PRESENT)
    assert [e.group_id for e in ends] == [CM.id, PR.id, CF.id, LE.id]
    assert ends[0].by_weight == {Weight.SUPPORTS: 1, Weight.NEUTRAL: 0, Weight.OPPOSES: 0, Weight.BLOCKS: 0}


def test_someone_in_an_unknown_group_is_not_quietly_ignored():
    people = (*PEOPLE, Participant(9, "Ida", 99))
    v = verdict("consensus", *["support"] * 7, None, None, people=people, present=PRESENT | {9})
    assert not v.joint
    assert v.not_endorsed == (("Unassigned", NotEndorsed.NO_STANCE_GIVEN),)


# --------------------------------------------------------------------------- properties

BLOCKING_METHODS = [m for m in METHOD_KEYS if any(o.weight is Weight.BLOCKS for o in METHODS[m].options)]


@st.composite
def rounds_with_a_block(draw):
    method_key = draw(st.sampled_from(METHOD_KEYS))
    keys = [*get_method(method_key).keys, None]
    n = draw(st.integers(1, 12))
    chosen = draw(st.lists(st.sampled_from(keys), min_size=n, max_size=n))
    eligible = draw(st.sets(st.integers(1, n), min_size=1))
    blockers = [o.key for o in get_method(method_key).options if o.weight is Weight.BLOCKS]
    if blockers:
        who = draw(st.sampled_from(sorted(eligible)))
        chosen[who - 1] = draw(st.sampled_from(blockers))
    threshold = draw(st.sampled_from(["simple", "two-thirds"]))
    return method_key, chosen, frozenset(eligible), threshold, bool(blockers)


@given(rounds_with_a_block())
def test_any_eligible_block_means_never_agreed_for_every_method(case):
    method_key, chosen, eligible, threshold, has_block = case
    d = decision(method_key, *chosen, threshold=threshold)
    people = tuple(Participant(i, f"P{i}", GROUPS[i % 4].id) for i in range(1, len(chosen) + 1))
    v = joint_verdict(d, people, GROUPS, eligible)
    if has_block:
        assert computed_outcome(d, eligible) is not A
        assert effective_outcome(d, eligible) is not A
        assert not v.joint
        assert any(r is NotEndorsed.BLOCKED for _, r in v.not_endorsed)
    if v.joint:
        assert v.computed is A and v.outcome is A


@given(st.sampled_from(METHOD_KEYS), st.data())
def test_the_stances_of_people_not_eligible_never_change_the_outcome(method_key, data):
    keys = [*get_method(method_key).keys, None]
    chosen = data.draw(st.lists(st.sampled_from(keys), min_size=1, max_size=10))
    outsiders = data.draw(st.lists(st.sampled_from(keys), max_size=5))
    eligible = everyone(len(chosen))
    d = decision(method_key, *chosen)
    d_plus = decision(method_key, *chosen, *outsiders)
    assert computed_outcome(d, eligible) is computed_outcome(d_plus, eligible)


@given(st.integers(0, 60), st.integers(0, 60), st.integers(0, 5))
def test_two_thirds_means_yes_at_least_two_thirds_of_those_voting_yes_or_no(yes, no, abstain):
    from fractions import Fraction

    expected = yes + no > 0 and Fraction(yes, yes + no) >= Fraction(2, 3)
    votes = ["yes"] * yes + ["no"] * no + ["abstain"] * abstain
    assert (outcome("majority", *votes, threshold="two-thirds") is A) == expected
    assert (outcome("majority", *votes) is A) == (yes > no)
