"""You said, we did: actions are carried until a meeting closes them with an outcome."""

from __future__ import annotations

from coprodesk.domain.model import Action, ActionStatus, ActionUpdate, Meeting, Participant
from coprodesk.domain.series import carried_actions, first_time_people, validate_update


def series():
    m1 = Meeting(1, "One", actions=(Action(10, "Write to 111"), Action(11, "Book room", done=True),
                                    Action(12, "Draft role")),
                 participants=(Participant(1, "Ann", 1, person_uid="a"),))
    m2 = Meeting(2, "Two", actions=(Action(20, "Ask carers"),),
                 participants=(Participant(2, "Ann", 1, person_uid="a"),))
    m3 = Meeting(3, "Three", participants=(Participant(3, "Ann", 1, person_uid="a"),
                                           Participant(4, "Newcomer", 1, person_uid="n")))
    return [m1, m2, m3]


def test_open_actions_are_carried_into_the_next_meeting():
    carried = carried_actions(series(), [], 2)
    assert [c.action.id for c in carried] == [10, 12]
    assert carried[0].from_meeting.title == "One" and carried[0].status is None


def test_an_action_stays_on_the_list_until_it_is_closed_with_an_outcome():
    updates = [ActionUpdate(10, 2, ActionStatus.DONE, "Letter sent"),
               ActionUpdate(12, 2, ActionStatus.NOT_YET)]
    at_two = carried_actions(series(), updates, 2)
    assert [(c.action.id, c.status) for c in at_two] == [(10, ActionStatus.DONE),
                                                        (12, ActionStatus.NOT_YET)]
    at_three = carried_actions(series(), updates, 3)
    assert [c.action.id for c in at_three] == [12, 20]
    assert at_three[0].history[0].status is ActionStatus.NOT_YET


def test_dropping_an_action_needs_a_reason_and_done_needs_a_result():
    assert validate_update(ActionStatus.DROPPED, " ") is not None
    assert validate_update(ActionStatus.DONE, "") is not None
    assert validate_update(ActionStatus.IN_PROGRESS, "") is None


def test_newcomers_are_found_by_explicit_link_not_by_name():
    assert first_time_people(series(), 3) == (4,)
