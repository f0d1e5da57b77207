"""Every sentence and label the minutes print, in English, marked for translation.

The PDF, its accessible HTML twin and the easy-read version read their words through
``words`` (which looks each up in the app's catalogue, ``language.py``), never from here
directly, so that they cannot disagree and one catalogue translates them all. Each
string is marked ``QT_TRANSLATE_NOOP("Minutes", ...)`` so ``make translations`` collects
it. Templates use ``str.format`` fields, never concatenation, so a translation may
reorder them.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name pyside6-lupdate reads
    """Marks ``text`` for pyside6-lupdate; the lookup happens in ``words``."""
    return text


# --- title block
UNTITLED = QT_TRANSLATE_NOOP("Minutes", "Untitled meeting")
NO_DATE_PLACE = QT_TRANSLATE_NOOP("Minutes", "Date and place not recorded")
PURPOSE = QT_TRANSLATE_NOOP("Minutes", "Purpose")
FACILITATED_BY = QT_TRANSLATE_NOOP("Minutes", "Facilitated by")
NOT_RECORDED = QT_TRANSLATE_NOOP("Minutes", "not recorded")
CO_CHAIRED_BY = QT_TRANSLATE_NOOP("Minutes", "Co-chaired by")
SERIES = QT_TRANSLATE_NOOP("Minutes", "Series")
TIME = QT_TRANSLATE_NOOP("Minutes", "Time")
STATUS = QT_TRANSLATE_NOOP("Minutes", "Status")
PLANNED_TIME = QT_TRANSLATE_NOOP("Minutes", "planned {span}")
HELD_TIME = QT_TRANSLATE_NOOP("Minutes", "held {span}")
HELD_FROM = QT_TRANSLATE_NOOP("Minutes", "held from {start}, not yet ended")
NOT_HELD = QT_TRANSLATE_NOOP("Minutes", "not started")
STATUS_WORDS = {
    "planned": QT_TRANSLATE_NOOP(
        "Minutes", "Planned: the meeting has not started yet. These minutes show the plan only."),
    "running": QT_TRANSLATE_NOOP(
        "Minutes", "Still running: these minutes were made at {now}, before the meeting ended. They are a "
        "draft, not the final record."),
    "closed": QT_TRANSLATE_NOOP("Minutes", "Closed: the meeting has ended."),
    "signed": QT_TRANSLATE_NOOP("Minutes", "Closed and signed: the minutes were certified."),
}
RUNNING_BANNER = (QT_TRANSLATE_NOOP(
    "Minutes", "Draft: the meeting was still running when these minutes were made ({now}). Anything after "
    "that is not in them."))
AMENDED = QT_TRANSLATE_NOOP("Minutes", "Amended after signing ({day}):")
OTHER_VERSIONS = QT_TRANSLATE_NOOP("Minutes", "Other versions")
OTHER_VERSIONS_TEXT = QT_TRANSLATE_NOOP(
    "Minutes", "attached inside this PDF and covered by its signatures: minutes.html, the same "
    "minutes for screen readers, and easy-read.pdf, in large type and short sentences.")

# --- sections
GROUND_RULES = QT_TRANSLATE_NOOP("Minutes", "Ground rules")
WHO_TOOK_PART = QT_TRANSLATE_NOOP("Minutes", "Who took part")
NAME = QT_TRANSLATE_NOOP("Minutes", "Name")
ROLE = QT_TRANSLATE_NOOP("Minutes", "Role")
ATTENDANCE = QT_TRANSLATE_NOOP("Minutes", "Attendance")
APOLOGIES = QT_TRANSLATE_NOOP("Minutes", "Apologies: {names}")
NAMING_NOTE = (QT_TRANSLATE_NOOP(
    "Minutes", "People who asked not to be named appear by initials or a pseudonym of their choice. "
    "Observers are listed but never counted in shares or decisions."))
ROLE_WORDS = {  # domain.model.Role values: the record keeps them, the reader gets these
    "facilitator": QT_TRANSLATE_NOOP("Minutes", "facilitator"),
    "co-chair": QT_TRANSLATE_NOOP("Minutes", "co-chair"),
    "participant": QT_TRANSLATE_NOOP("Minutes", "participant"),
    "observer": QT_TRANSLATE_NOOP("Minutes", "observer"),
}
OBSERVER_ATTENDANCE = QT_TRANSLATE_NOOP("Minutes", "observer (not counted)")
WHOLE_MEETING = QT_TRANSLATE_NOOP("Minutes", "whole meeting")
EXPECTED = QT_TRANSLATE_NOOP("Minutes", "expected")
FROM_TIME = QT_TRANSLATE_NOOP("Minutes", "from {start}")
GROUP_HEADING = QT_TRANSLATE_NOOP("Minutes", "{label} · {name}")
MEMBERS_OF = QT_TRANSLATE_NOOP("Minutes", "Members of {group}")
PEOPLE_ONE = QT_TRANSLATE_NOOP("Minutes", "1 person")
PEOPLE = QT_TRANSLATE_NOOP("Minutes", "{n} people")
OBSERVERS_ONE = QT_TRANSLATE_NOOP("Minutes", "{people}, 1 observer")
OBSERVERS = QT_TRANSLATE_NOOP("Minutes", "{people}, {n} observers")


AGENDA = QT_TRANSLATE_NOOP("Minutes", "Agenda: planned and actual time")
AGENDA_COLUMNS = (QT_TRANSLATE_NOOP("Minutes", "#"), QT_TRANSLATE_NOOP(
    "Minutes", "Item"), QT_TRANSLATE_NOOP("Minutes", "Planned"), QT_TRANSLATE_NOOP(
    "Minutes", "Actual"), QT_TRANSLATE_NOOP("Minutes", "Speaking"))
AGENDA_CAPTION = QT_TRANSLATE_NOOP(
    "Minutes", "The agenda: planned and actual time of each item, and speaking time in it")
IN_PROGRESS = QT_TRANSLATE_NOOP("Minutes", "in progress")
NOTES = QT_TRANSLATE_NOOP("Minutes", "Notes")

DECISIONS = QT_TRANSLATE_NOOP("Minutes", "Decisions")
NO_DECISIONS = QT_TRANSLATE_NOOP("Minutes", "No decisions were recorded.")
DECISION_HEADING = QT_TRANSLATE_NOOP("Minutes", "Decision {n}: {proposal}")
PROPOSAL = QT_TRANSLATE_NOOP("Minutes", "Proposal: {text}")
METHOD = QT_TRANSLATE_NOOP("Minutes", "Method: {method}. {rule}")
ROUND_HEADING = QT_TRANSLATE_NOOP("Minutes", "Round {n} of {total}")
FINAL_ROUND = QT_TRANSLATE_NOOP("Minutes", "the final round")
REVISED_AFTER = QT_TRANSLATE_NOOP("Minutes", "revised after this round")
ROUND_PROPOSAL = QT_TRANSLATE_NOOP("Minutes", "Proposal in round {n}: {text}")
GROUP = QT_TRANSLATE_NOOP("Minutes", "Group")
NOT_GIVEN = QT_TRANSLATE_NOOP("Minutes", "Not given")
ENDORSED = QT_TRANSLATE_NOOP("Minutes", "Endorsed")
YES, NO = QT_TRANSLATE_NOOP("Minutes", "yes"), QT_TRANSLATE_NOOP("Minutes", "no")
OPTION_KEY = QT_TRANSLATE_NOOP("Minutes", "The numbers are the method's options: {legend}.")
TALLY_CAPTION = QT_TRANSLATE_NOOP("Minutes", "Round {n}: stances per stakeholder group ({method})")
STANCES = QT_TRANSLATE_NOOP("Minutes", "Stances and reasons in round {n}:")
STANCE_LINE = QT_TRANSLATE_NOOP("Minutes", "{who} ({group}): {option}")
STANCE_REASON = QT_TRANSLATE_NOOP("Minutes", "{who} ({group}): {option}. Reason: {reason}")
OBSERVER_NOT_COUNTED = QT_TRANSLATE_NOOP("Minutes", "observer, not counted")
ABSENT_NOT_COUNTED = QT_TRANSLATE_NOOP("Minutes", "not present when decided, not counted")
FROM_DEVICE = QT_TRANSLATE_NOOP("Minutes", "given privately from their own device")
ROUND_RESULT = QT_TRANSLATE_NOOP("Minutes", "Result of round {n}: {verdict}")
REVISED = QT_TRANSLATE_NOOP("Minutes", "The proposal was revised and put again in round {next}.")
OUTCOME = QT_TRANSLATE_NOOP("Minutes", "Outcome: {outcome}")
OUTCOME_WORDS = {  # domain.decisions.Outcome values
    "agreed": QT_TRANSLATE_NOOP("Minutes", "agreed"),
    "not agreed": QT_TRANSLATE_NOOP("Minutes", "not agreed"),
    "deferred": QT_TRANSLATE_NOOP("Minutes", "deferred"),
}
OVERRIDE = (QT_TRANSLATE_NOOP(
    "Minutes", "The facilitator set the outcome to {outcome} (computed: {computed}). Reason: {reason}"))
STATEMENT = QT_TRANSLATE_NOOP("Minutes", "Outcome statement: {text}")
DISSENT = QT_TRANSLATE_NOOP("Minutes", "Recorded dissent: {text}")

ACTIONS = QT_TRANSLATE_NOOP("Minutes", "Actions")
NO_ACTIONS = QT_TRANSLATE_NOOP("Minutes", "No actions were recorded.")
ACTION_COLUMNS = (QT_TRANSLATE_NOOP(
    "Minutes", "What"), QT_TRANSLATE_NOOP("Minutes", "Who"), QT_TRANSLATE_NOOP(
    "Minutes", "By when"), QT_TRANSLATE_NOOP("Minutes", "Status"))
ACTIONS_CAPTION = QT_TRANSLATE_NOOP("Minutes", "Actions agreed: what, who, by when, and whether done")
NOT_ASSIGNED = QT_TRANSLATE_NOOP("Minutes", "not assigned")
DONE, OPEN = QT_TRANSLATE_NOOP("Minutes", "done"), QT_TRANSLATE_NOOP("Minutes", "open")

YOU_SAID = QT_TRANSLATE_NOOP("Minutes", "You said, we did")
YOU_SAID_INTRO = (QT_TRANSLATE_NOOP(
    "Minutes", "Actions carried from earlier meetings of this series, who raised them and what happened."))
CARRIED_FROM = QT_TRANSLATE_NOOP("Minutes", "From {title} ({date})")
CARRIED_DECISION = QT_TRANSLATE_NOOP("Minutes", ", decision: {text}")
CARRIED_RAISED = QT_TRANSLATE_NOOP("Minutes", "; raised by {name}")
CARRIED_OUTCOME = QT_TRANSLATE_NOOP("Minutes", "Outcome: {outcome}")
ACTION_STATUS_WORDS = {  # domain.model.ActionStatus values
    "done": QT_TRANSLATE_NOOP("Minutes", "done"),
    "in-progress": QT_TRANSLATE_NOOP("Minutes", "in progress"),
    "dropped": QT_TRANSLATE_NOOP("Minutes", "dropped"),
    "not-yet": QT_TRANSLATE_NOOP("Minutes", "not yet"),
}
NOT_YET_ASKED = QT_TRANSLATE_NOOP("Minutes", "not yet asked")

BALANCE = QT_TRANSLATE_NOOP("Minutes", "Speaking-time balance")
BALANCE_INTRO = QT_TRANSLATE_NOOP(
    "Minutes", "Total speaking time {total}. How evenly it was shared: {words}. {explain}")
BALANCE_EXPLAIN = {
    "balanced": QT_TRANSLATE_NOOP(
        "Minutes", "Every counted person spoke about as much as their fair share."),
    "fairly balanced": QT_TRANSLATE_NOOP(
        "Minutes", "Most counted people spoke close to their fair share; some spoke more."),
    "a few voices dominate": QT_TRANSLATE_NOOP("Minutes", "A few people spoke much more than the others."),
    "one or two voices dominate": QT_TRANSLATE_NOOP("Minutes", "One or two people held most of the floor."),
    "too early to tell": QT_TRANSLATE_NOOP(
        "Minutes", "Too little was said to judge how evenly the floor was shared."),
}
ONLINE_SHARE = QT_TRANSLATE_NOOP(
    "Minutes", "In the room and online: the people who took part online ({people}) had {share} % of "
    "the speaking time; their fair share, given who was present where, was {fair} %.")
BY_GROUP = QT_TRANSLATE_NOOP("Minutes", "By stakeholder group")
BY_PERSON = QT_TRANSLATE_NOOP("Minutes", "By person")
SHARE_FIGURES = QT_TRANSLATE_NOOP("Minutes", "{share} % (fair {fair} %)")
SHARE_SENTENCE = QT_TRANSLATE_NOOP(
    "Minutes", "{name}: {share} % of the speaking time; a fair share was {fair} %.")
GROUP_CAPTION = QT_TRANSLATE_NOOP("Minutes", "{members} counted · {floor}")
PERSON_CAPTION = QT_TRANSLATE_NOOP("Minutes", "{group} · {floor} · {turns} turns")
CHART_KEY_SHARE = QT_TRANSLATE_NOOP("Minutes", "share of speaking time")
CHART_KEY_FAIR = QT_TRANSLATE_NOOP("Minutes", "fair share, given who was present")
GROUP_TABLE_CAPTION = QT_TRANSLATE_NOOP(
    "Minutes", "Speaking time by stakeholder group, with each group's fair share")
GROUP_COLUMNS = (QT_TRANSLATE_NOOP(
    "Minutes", "Group"), QT_TRANSLATE_NOOP("Minutes", "Counted members"), QT_TRANSLATE_NOOP(
    "Minutes", "Speaking time"), QT_TRANSLATE_NOOP(
    "Minutes", "Share"), QT_TRANSLATE_NOOP(
    "Minutes", "Fair share"))
GROUP_CHART_CAPTION = (QT_TRANSLATE_NOOP(
    "Minutes", "Chart: each group's share of the speaking time as a bar, its fair share as a black line"))
PERSON_TABLE_CAPTION = QT_TRANSLATE_NOOP(
    "Minutes", "Speaking time by person, with each person's fair share")
PERSON_COLUMNS = (QT_TRANSLATE_NOOP("Minutes", "Name"), QT_TRANSLATE_NOOP(
    "Minutes", "Group"), QT_TRANSLATE_NOOP("Minutes", "Speaking time"), QT_TRANSLATE_NOOP(
    "Minutes", "Turns"), QT_TRANSLATE_NOOP(
    "Minutes", "Share"), QT_TRANSLATE_NOOP(
    "Minutes", "Fair share"))
PERSON_CHART_CAPTION = (QT_TRANSLATE_NOOP(
    "Minutes", "Chart: each person's share of the speaking time as a bar, their fair share as a black line"))
GROUPS_ONLY = QT_TRANSLATE_NOOP("Minutes", "This meeting chose to show groups only: no individual figures.")
QUIET = QT_TRANSLATE_NOOP("Minutes", "Quiet voices (well under their fair share): {names}")

SIGN_OFF = QT_TRANSLATE_NOOP("Minutes", "Sign-off")
SIGN_OFF_INTRO = (QT_TRANSLATE_NOOP(
    "Minutes", "By signing, each signer confirms these minutes as a true record. The signatures are "
    "digital: any change to the document after signing is detectable (coprodesk verify, or any "
    "PDF reader that checks signatures)."))
CERTIFIES = QT_TRANSLATE_NOOP("Minutes", "certifies the minutes")
COUNTERSIGNS = QT_TRANSLATE_NOOP("Minutes", "countersigns")

TWIN_NOTE = (QT_TRANSLATE_NOOP(
    "Minutes", "The digital signatures are in the PDF these minutes came with; this page is attached to it"
    " and covered by the signatures."))

# --- page furniture and metadata
HEADER = QT_TRANSLATE_NOOP("Minutes", "Minutes · {title}")
DOC_TITLE = QT_TRANSLATE_NOOP("Minutes", "Minutes: {title}")
DOC_SUBJECT = QT_TRANSLATE_NOOP("Minutes", "Minutes of {title}")
FOOTER = QT_TRANSLATE_NOOP("Minutes", "Minutes made with CoProDesk on {day}")
PAGE_OF = QT_TRANSLATE_NOOP("Minutes", "page {n} of {total}")

# --- easy-read minutes: short sentences, one idea per line, no numbers about people
ER_DOC_TITLE = QT_TRANSLATE_NOOP("Minutes", "Easy-read minutes: {title}")
ER_TITLE = QT_TRANSLATE_NOOP("Minutes", "Our meeting: {title}")
ER_WHEN = QT_TRANSLATE_NOOP("Minutes", "When: {day}.")
ER_WHERE = QT_TRANSLATE_NOOP("Minutes", "Where: {place}.")
ER_WHO_CAME = QT_TRANSLATE_NOOP("Minutes", "Who came")
ER_OTHERS_ONE = QT_TRANSLATE_NOOP("Minutes", "and 1 more person")
ER_OTHERS = QT_TRANSLATE_NOOP("Minutes", "and {n} more people")
ER_OBSERVERS = QT_TRANSLATE_NOOP("Minutes", "Came to watch:")
ER_OBSERVERS_DID_NOT = QT_TRANSLATE_NOOP("Minutes", "They did not help decide.")
ER_AND = QT_TRANSLATE_NOOP("Minutes", "and")
ER_TALKED_ABOUT = QT_TRANSLATE_NOOP("Minutes", "What we talked about")
ER_TALKED = QT_TRANSLATE_NOOP("Minutes", "{title}.")
ER_NOTHING = QT_TRANSLATE_NOOP("Minutes", "We did not write down what we talked about.")
ER_WHAT_DECIDED = QT_TRANSLATE_NOOP("Minutes", "What we decided")
ER_DECIDED = QT_TRANSLATE_NOOP("Minutes", "We decided: {text}")
ER_NOT_DECIDED = QT_TRANSLATE_NOOP("Minutes", "We did not agree this: {text}")
ER_LATER = QT_TRANSLATE_NOOP("Minutes", "We will decide this later: {text}")
ER_EVERY_GROUP = QT_TRANSLATE_NOOP("Minutes", "Did every group agree?")
ER_PAGE = QT_TRANSLATE_NOOP("Minutes", "Page {n}")
ER_YES = QT_TRANSLATE_NOOP("Minutes", "Yes.")
ER_NO = QT_TRANSLATE_NOOP("Minutes", "No.")
ER_GROUP_DID_NOT = QT_TRANSLATE_NOOP("Minutes", "{group} did not agree.")
ER_THEY_SAID = QT_TRANSLATE_NOOP("Minutes", "They said: {text}")
ER_NO_DECISIONS = QT_TRANSLATE_NOOP("Minutes", "We did not decide anything.")
ER_NEXT = QT_TRANSLATE_NOOP("Minutes", "What happens next")
ER_TODO = QT_TRANSLATE_NOOP("Minutes", "{text}.")
ER_WHO = QT_TRANSLATE_NOOP("Minutes", "Who will do it: {names}.")
ER_NOBODY_YET = QT_TRANSLATE_NOOP("Minutes", "Nobody has said they will do it yet.")
ER_BY = QT_TRANSLATE_NOOP("Minutes", "By: {day}.")
ER_SOMEONE = QT_TRANSLATE_NOOP("Minutes", "someone")
ER_NO_ACTIONS = QT_TRANSLATE_NOOP("Minutes", "Nothing to do next was written down.")
ER_WHO_SPOKE = QT_TRANSLATE_NOOP("Minutes", "Who spoke")
ER_SPOKE_LESS = QT_TRANSLATE_NOOP("Minutes", "{group} spoke less than their fair share.")
ER_SPOKE_MORE = QT_TRANSLATE_NOOP("Minutes", "{group} spoke more than their fair share.")
ER_TOO_EARLY = QT_TRANSLATE_NOOP("Minutes", "Too little was said to tell who spoke more.")
ER_SPOKE_FAIR = QT_TRANSLATE_NOOP("Minutes", "{group} spoke about their fair share.")

# --- verify: each problem in words, and what travels inside the signed part
V_NO_SIGNATURE = QT_TRANSLATE_NOOP("Minutes", "the minutes carry no signature")
V_ON_BEHALF = QT_TRANSLATE_NOOP("Minutes", "{signer} signed the box of {box} on their behalf: {reason}")
V_REMOVED = QT_TRANSLATE_NOOP(
    "Minutes", "the signature in the box {box} (revision {rev} of {total}) was removed later")
V_CHANGED_AFTER_LAST = QT_TRANSLATE_NOOP(
    "Minutes", "the file was changed after the last signature ({signer}): revision {total} of "
    "{total} is not signed")
V_ATTACHMENT_LATER = QT_TRANSLATE_NOOP(
    "Minutes", "the attached file {name} was added or changed after the signatures (revision "
    "{rev} of {total}): no signature covers it")
V_DAMAGED = QT_TRANSLATE_NOOP(
    "Minutes", "the signature in the box {box} is damaged and cannot be checked ({why})")
V_OTHER_CERTIFICATE = QT_TRANSLATE_NOOP(
    "Minutes", "the signature in the box {box} carries a certificate other than the one it was "
    "made with")
V_NOT_INTACT = QT_TRANSLATE_NOOP(
    "Minutes", "the signature of {name} does not match the document: what {name} signed was "
    "changed afterwards")
V_NOT_VALID = QT_TRANSLATE_NOOP(
    "Minutes", "the signature of {name} is not valid: it was not made with {name}'s key")
V_NOT_COVERING = QT_TRANSLATE_NOOP(
    "Minutes", "the signature of {name} does not cover the whole file before it")
V_CERTIFICATE_NOT_VALID = QT_TRANSLATE_NOOP(
    "Minutes", "the certificate of {name} was not valid when they signed ({day}): it is valid "
    "from {start} to {end}")
V_WRONG_BOX = QT_TRANSLATE_NOOP("Minutes", "the box of {box} was signed by {name}, not by {box}")
V_NOT_TRUSTED = QT_TRANSLATE_NOOP("Minutes", "{signer} is not on your trust list")
V_NOT_TRUSTED_NOTE = QT_TRANSLATE_NOOP(
    "Minutes", "{signer} is not on your trust list (accepted with --allow-untrusted)")
# --- verify: the boxes (boxes.py)
V_NOT_A_BOX = QT_TRANSLATE_NOOP(
    "Minutes", "the minutes carry a form field {box} that is not a signature box: filling it "
    "later could draw over the pages")
V_SAME_PERSON = QT_TRANSLATE_NOOP(
    "Minutes", "the boxes {a} and {b} are for the same person: each person has one box")
V_BOX_NOT_ON_SIGN_OFF = QT_TRANSLATE_NOOP(
    "Minutes", "the box {box} is on page {page}, not on the sign-off pages at the end of the "
    "minutes")
V_BOX_OVER_TEXT = QT_TRANSLATE_NOOP(
    "Minutes", "the box {box} lies over text on page {page}: what is drawn in it could hide "
    "the minutes")
V_BOX_PLACES = QT_TRANSLATE_NOOP(
    "Minutes", "the box {box} is in {n} places: each box has exactly one")
V_BOX_ADDED = QT_TRANSLATE_NOOP(
    "Minutes", "a box {box} was added after the minutes were certified")
V_UNDECLARED_SIGNATURE = QT_TRANSLATE_NOOP(
    "Minutes", "the signature of {name} is in the box {box}, which was not on the minutes when "
    "they were certified")
V_BOX_MOVED = QT_TRANSLATE_NOOP(
    "Minutes", "the box {box} was moved, resized or shown after the minutes were certified")
V_INVISIBLE_FILLED = QT_TRANSLATE_NOOP(
    "Minutes", "the invisible box {box} was filled with something to see: an invisible box "
    "stays invisible")
# --- verify: the signing time (signing_time.py)
V_NO_SIGNING_TIME = QT_TRANSLATE_NOOP(
    "Minutes", "the signature of {name} does not say inside it when it was made: its "
    "certificate was checked against today's date")
V_TIME_FUTURE = QT_TRANSLATE_NOOP(
    "Minutes", "the signature of {name} says it was made at {at}, which is in the future")
V_TIME_CLOCK_AHEAD = QT_TRANSLATE_NOOP(
    "Minutes", "the signature of {name} says {at}, a few minutes ahead of this computer's "
    "clock")
V_TIME_BEFORE = QT_TRANSLATE_NOOP(
    "Minutes", "the signature of {name} says it was made at {at}, before {what} ({then})")
V_TIME_BEFORE_NOTE = QT_TRANSLATE_NOOP(
    "Minutes", "the signature of {name} says it was made a few minutes before {what}: one of "
    "the clocks was slightly off")
V_TIME_CERT_EDGE = QT_TRANSLATE_NOOP(
    "Minutes", "the certificate of {name} was valid only a few minutes away from the signing "
    "time: one of the clocks was slightly off")
V_WHEN_MADE = QT_TRANSLATE_NOOP("Minutes", "the minutes were made")
V_WHEN_SIGNED = QT_TRANSLATE_NOOP("Minutes", "{name} signed")
V_CHANGES = {  # (what changed, whether the signature certified): one whole sentence each
    ("annotation", True): QT_TRANSLATE_NOOP(
        "Minutes", "an annotation was added to page {page} after {name} certified the minutes "
        "(revision {rev} of {total})"),
    ("annotation", False): QT_TRANSLATE_NOOP(
        "Minutes", "an annotation was added to page {page} after {name} signed (revision {rev} "
        "of {total})"),
    ("page", True): QT_TRANSLATE_NOOP(
        "Minutes", "page {page} was changed after {name} certified the minutes (revision {rev} "
        "of {total})"),
    ("page", False): QT_TRANSLATE_NOOP(
        "Minutes", "page {page} was changed after {name} signed (revision {rev} of {total})"),
    ("beyond", True): QT_TRANSLATE_NOOP(
        "Minutes", "the file was changed after {name} certified the minutes beyond signing its "
        "boxes"),
    ("beyond", False): QT_TRANSLATE_NOOP(
        "Minutes", "the file was changed after {name} signed beyond signing its boxes"),
}
V_BECAUSE = QT_TRANSLATE_NOOP("Minutes", "{problem}: {why}")
V_NOT_A_PDF = QT_TRANSLATE_NOOP("Minutes", "{path} is not a PDF")
V_TRUNCATED = QT_TRANSLATE_NOOP(
    "Minutes", "{path} is damaged or truncated: it does not end where a PDF ends")
V_DAMAGED_PDF = QT_TRANSLATE_NOOP("Minutes", "{path} is damaged or truncated: {why}")
V_FILE_DAMAGED = QT_TRANSLATE_NOOP("Minutes", "the file is damaged: {why}")
V_ATTACHMENT_WORDS = {  # what verify calls the attachments it knows
    "minutes.html": QT_TRANSLATE_NOOP("Minutes", "the accessible HTML version"),
    "easy-read.pdf": QT_TRANSLATE_NOOP("Minutes", "the easy-read version"),
}
V_ATTACHED_FILE = QT_TRANSLATE_NOOP("Minutes", "the attached file")
V_CALLED = QT_TRANSLATE_NOOP("Minutes", "{what} ({name})")
V_LIST_AND = QT_TRANSLATE_NOOP("Minutes", "{items} and {last}")
V_INSIDE_ONE = QT_TRANSLATE_NOOP("Minutes", "{what} is inside the signed part.")
V_INSIDE_MANY = QT_TRANSLATE_NOOP("Minutes", "{what} are inside the signed part.")
V_NOT_COVERED = QT_TRANSLATE_NOOP("Minutes", "{what} is NOT covered by any signature.")

# --- verify: the file's structure and the second reader (coprodesk/minutes/structure.py,
# second_reader.py); {what} of V_KEY_TWICE and V_SIGNATURE_NOT_HEX is V_OBJECT or V_TRAILER
V_OBJECT = QT_TRANSLATE_NOOP("Minutes", "object {num}")
V_TRAILER = QT_TRANSLATE_NOOP("Minutes", "the trailer")
V_KEY_TWICE = QT_TRANSLATE_NOOP(
    "Minutes", "{what} has the key {key} twice: PDF readers disagree about which one counts")
V_XREF_TWICE = QT_TRANSLATE_NOOP(
    "Minutes", "object {num} is defined twice in revision {rev}: PDF readers disagree about "
    "which one to show")
V_UNLISTED = QT_TRANSLATE_NOOP(
    "Minutes", "revision {rev} holds bytes that its cross-reference section does not list (at "
    "byte {offset}): a reader that rebuilds the file would show them")
V_MALFORMED = QT_TRANSLATE_NOOP(
    "Minutes", "the file is malformed at byte {offset} ({what}): PDF readers repair such files "
    "each in their own way")
V_SIGNATURE_NOT_HEX = QT_TRANSLATE_NOOP(
    "Minutes", "the signature value in {what} is not a hexadecimal string that exactly fills "
    "the gap its byte range leaves: a reader may take other bytes for what was signed")
V_AFTER_END = QT_TRANSLATE_NOOP(
    "Minutes", "{count} bytes follow the end of the last revision: no signature covers them")
V_LIMITS = {  # beyond what verify reads (exit 2): structure.LIMITS
    "revisions": QT_TRANSLATE_NOOP(
        "Minutes", "{path} has more than {limit} revisions, more than verify reads"),
    "objects": QT_TRANSLATE_NOOP(
        "Minutes", "{path} has more than {limit} objects, more than verify reads"),
    "bytes": QT_TRANSLATE_NOOP(
        "Minutes", "{path} is larger than {limit} MB, more than verify reads"),
    "decoded": QT_TRANSLATE_NOOP(
        "Minutes", "{path} holds more than {limit} MB of compressed structure, more than verify "
        "reads"),
    "compared": QT_TRANSLATE_NOOP(
        "Minutes", "{path} asks more than {limit} objects of the second reader, more than verify "
        "compares"),
    "later_revisions": QT_TRANSLATE_NOOP(
        "Minutes", "{path} has so many signatures and revisions that more than {limit} revisions "
        "would be compared after them, more than verify compares"),
}
V_READERS_DISAGREE = QT_TRANSLATE_NOOP(
    "Minutes", "a second PDF reader (qpdf) reads revision {rev} differently: {what}")
V_DIFF_PAGES = QT_TRANSLATE_NOOP("Minutes", "the list of pages")
V_DIFF_APPEARANCE = QT_TRANSLATE_NOOP("Minutes", "the appearance of an annotation on page {page}")
V_DIFF_ATTACHMENTS = QT_TRANSLATE_NOOP("Minutes", "the attached files")
V_REPAIRED = QT_TRANSLATE_NOOP(
    "Minutes", "a second PDF reader (qpdf) had to repair revision {rev}: {why}")
V_NO_SECOND_READER = QT_TRANSLATE_NOOP(
    "Minutes", "verify needs pikepdf (the qpdf library) to read the file a second time, and it "
    "is not installed")
