"""Every sentence and label the minutes print, in one place.

The PDF and its accessible HTML twin read their words from here, so that the
two cannot disagree and the whole set can go through the translation
catalogue in one step later (issue 20, "Language"). Templates use
``str.format`` fields, never concatenation, so a translation may reorder them.
"""

from __future__ import annotations

LANGUAGE = "en"  # the language these words are in: the PDF's /Lang and the HTML's lang

# --- title block
UNTITLED = "Untitled meeting"
NO_DATE_PLACE = "Date and place not recorded"
PURPOSE = "Purpose"
FACILITATED_BY = "Facilitated by"
NOT_RECORDED = "not recorded"
CO_CHAIRED_BY = "Co-chaired by"
SERIES = "Series"
TIME = "Time"
STATUS = "Status"
PLANNED_TIME = "planned {span}"
HELD_TIME = "held {span}"
HELD_FROM = "held from {start}, not yet ended"
NOT_HELD = "not started"
STATUS_WORDS = {
    "planned": "Planned: the meeting has not started yet. These minutes show the plan only.",
    "running": "Still running: these minutes were made at {now}, before the meeting ended. "
               "They are a draft, not the final record.",
    "closed": "Closed: the meeting has ended.",
    "signed": "Closed and signed: the minutes were certified.",
}
RUNNING_BANNER = ("Draft: the meeting was still running when these minutes were made "
                  "({now}). Anything after that is not in them.")
AMENDED = "Amended after signing ({day}):"

# --- sections
GROUND_RULES = "Ground rules"
WHO_TOOK_PART = "Who took part"
NAME, ROLE, ATTENDANCE = "Name", "Role", "Attendance"
APOLOGIES = "Apologies: {names}"
NAMING_NOTE = ("People who asked not to be named appear by initials or a pseudonym of their "
               "choice. Observers are listed but never counted in shares or decisions.")
OBSERVER_ATTENDANCE = "observer (not counted)"
WHOLE_MEETING = "whole meeting"
EXPECTED = "expected"
FROM_TIME = "from {start}"
GROUP_HEADING = "{label} · {name}"
MEMBERS_OF = "Members of {group}"


def people_count(people: int, observers: int = 0) -> str:
    """ "3 people", "1 person, 1 observer": the note beside a group's heading."""
    text = "1 person" if people == 1 else f"{people} people"
    if observers:
        text += ", 1 observer" if observers == 1 else f", {observers} observers"
    return text


AGENDA = "Agenda: planned and actual time"
AGENDA_COLUMNS = ("#", "Item", "Planned", "Actual", "Speaking")
AGENDA_CAPTION = "The agenda: planned and actual time of each item, and speaking time in it"
IN_PROGRESS = "in progress"
NOT_STARTED = "–"
NOTES = "Notes"

DECISIONS = "Decisions"
NO_DECISIONS = "No decisions were recorded."
DECISION_HEADING = "Decision {n}: {proposal}"
PROPOSAL = "Proposal: {text}"
METHOD = "Method: {method}. {rule}"
ROUND_HEADING = "Round {n} of {total}"
FINAL_ROUND = "the final round"
REVISED_AFTER = "revised after this round"
ROUND_PROPOSAL = "Proposal in round {n}: {text}"
GROUP = "Group"
NOT_GIVEN = "Not given"
ENDORSED = "Endorsed"
YES, NO = "yes", "no"
OPTION_KEY = "The numbers are the method's options: {legend}."
TALLY_CAPTION = "Round {n}: stances per stakeholder group ({method})"
STANCES = "Stances and reasons in round {n}:"
STANCE_LINE = "{who} ({group}): {option}"
STANCE_REASON = "{who} ({group}): {option}. Reason: {reason}"
OBSERVER_NOT_COUNTED = "observer, not counted"
ABSENT_NOT_COUNTED = "not present when decided, not counted"
ROUND_RESULT = "Result of round {n}: {verdict}"
REVISED = "The proposal was revised and put again in round {next}."
OUTCOME = "Outcome: {outcome}"
OVERRIDE = ("The facilitator set the outcome to {outcome} (computed: {computed}). "
            "Reason: {reason}")
STATEMENT = "Outcome statement: {text}"
DISSENT = "Recorded dissent: {text}"

ACTIONS = "Actions"
NO_ACTIONS = "No actions were recorded."
ACTION_COLUMNS = ("What", "Who", "By when", "Status")
ACTIONS_CAPTION = "Actions agreed: what, who, by when, and whether done"
NOT_ASSIGNED = "not assigned"
DONE, OPEN = "done", "open"

YOU_SAID = "You said, we did"
YOU_SAID_INTRO = ("Actions carried from earlier meetings of this series, who raised them and "
                  "what happened.")
CARRIED_FROM = "From {title} ({date})"
CARRIED_DECISION = ", decision: {text}"
CARRIED_RAISED = "; raised by {name}"
CARRIED_OUTCOME = "Outcome: {outcome}"
NOT_YET_ASKED = "not yet asked"

BALANCE = "Speaking-time balance"
BALANCE_INTRO = "Total speaking time {total}. How evenly it was shared: {words}. {explain}"
BALANCE_EXPLAIN = {
    "balanced": "Every counted person spoke about as much as their fair share.",
    "fairly balanced": "Most counted people spoke close to their fair share; some spoke more.",
    "a few voices dominate": "A few people spoke much more than the others.",
    "one or two voices dominate": "One or two people held most of the floor.",
}
BY_GROUP = "By stakeholder group"
BY_PERSON = "By person"
SHARE_FIGURES = "{share} % (fair {fair} %)"
SHARE_SENTENCE = "{name}: {share} % of the speaking time; a fair share was {fair} %."
GROUP_CAPTION = "{members} counted · {floor}"
PERSON_CAPTION = "{group} · {floor} · {turns} turns"
CHART_KEY_SHARE = "share of speaking time"
CHART_KEY_FAIR = "fair share, given who was present"
GROUP_TABLE_CAPTION = "Speaking time by stakeholder group, with each group's fair share"
GROUP_COLUMNS = ("Group", "Counted members", "Speaking time", "Share", "Fair share")
GROUP_CHART_CAPTION = ("Chart: each group's share of the speaking time as a bar, its fair "
                       "share as a black line")
PERSON_TABLE_CAPTION = "Speaking time by person, with each person's fair share"
PERSON_COLUMNS = ("Name", "Group", "Speaking time", "Turns", "Share", "Fair share")
PERSON_CHART_CAPTION = ("Chart: each person's share of the speaking time as a bar, their fair "
                        "share as a black line")
GROUPS_ONLY = "This meeting chose to show groups only: no individual figures."
QUIET = "Quiet voices (well under their fair share): {names}"

SIGN_OFF = "Sign-off"
SIGN_OFF_INTRO = ("By signing, each signer confirms these minutes as a true record. The "
                  "signatures are digital: any change to the document after signing is "
                  "detectable (coprodesk verify, or any PDF reader that checks signatures).")
CERTIFIES = "certifies the minutes"
COUNTERSIGNS = "countersigns"

TWIN_NOTE = ("The digital signatures are in the PDF these minutes came with; this page is "
             "attached to it and covered by the signatures.")

# --- page furniture and metadata
HEADER = "Minutes · {title}"
DOC_TITLE = "Minutes: {title}"
DOC_SUBJECT = "Minutes of {title}"
FOOTER = "Minutes made with CoProDesk on {day}"
PAGE_OF = "page {n} of {total}"

# --- easy-read minutes: short sentences, one idea per line, no numbers about people
ER_DOC_TITLE = "Easy-read minutes: {title}"
ER_TITLE = "Our meeting: {title}"
ER_WHEN = "When: {day}."
ER_WHERE = "Where: {place}."
ER_WHO_CAME = "Who came"
ER_OTHERS_ONE = "and 1 more person"
ER_OTHERS = "and {n} more people"
ER_AND = "and"
ER_TALKED_ABOUT = "What we talked about"
ER_TALKED = "{title}."
ER_NOTHING = "We did not write down what we talked about."
ER_WHAT_DECIDED = "What we decided"
ER_DECIDED = "We decided: {text}"
ER_NOT_DECIDED = "We did not agree this: {text}"
ER_EVERY_GROUP = "Did every group agree?"
ER_YES = "Yes."
ER_NO = "No."
ER_GROUP_DID_NOT = "{group} did not agree."
ER_THEY_SAID = "They said: {text}"
ER_NO_DECISIONS = "We did not decide anything."
ER_NEXT = "What happens next"
ER_TODO = "{text}."
ER_WHO = "Who will do it: {names}."
ER_NOBODY_YET = "Nobody has said they will do it yet."
ER_BY = "By: {day}."
ER_SOMEONE = "someone"
ER_NO_ACTIONS = "Nothing to do next was written down."
ER_WHO_SPOKE = "Who spoke"
ER_SPOKE_LESS = "{group} spoke less than their fair share."
ER_SPOKE_MORE = "{group} spoke more than their fair share."
ER_SPOKE_FAIR = "{group} spoke about their fair share."
