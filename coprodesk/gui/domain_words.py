"""The domain's words in the user's language, at the edge: the domain keeps its English
keys and labels (stored, exported, printed by the CLI and the report's JSON); every screen
shows them through ``domain_word``. A label or meaning a meeting changed is shown as typed.

The table below is the domain's vocabulary written out literally so that pyside6-lupdate
collects it; tests/gui/test_languages.py checks it against ``domain.decisions.METHODS``
and the balance words, so a new method or option cannot stay English.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from coprodesk.domain.decisions import JointVerdict, plain_verdict

WORDS = (
    QT_TRANSLATE_NOOP("domain", "Consensus"),
    QT_TRANSLATE_NOOP("domain", "Agreed when nobody blocks and at least one person supports."),
    QT_TRANSLATE_NOOP("domain", "Support"),
    QT_TRANSLATE_NOOP("domain", "I agree with it and will help carry it out."),
    QT_TRANSLATE_NOOP("domain", "Stand aside"),
    QT_TRANSLATE_NOOP("domain", "I won't block it, but I won't help carry it out."),
    QT_TRANSLATE_NOOP("domain", "Block"),
    QT_TRANSLATE_NOOP("domain", "I cannot let it go ahead: it would harm us or what we stand for."),
    QT_TRANSLATE_NOOP("domain", "Consent (sociocratic)"),
    QT_TRANSLATE_NOOP("domain",
                      "Agreed when nobody objects and at least one person consents (a concern still consents)."),  # noqa: E501
    QT_TRANSLATE_NOOP("domain", "Consent"),
    QT_TRANSLATE_NOOP("domain", "Good enough for now and safe enough to try."),
    QT_TRANSLATE_NOOP("domain", "Consent with a concern"),
    QT_TRANSLATE_NOOP("domain", "I consent, and I want my concern recorded."),
    QT_TRANSLATE_NOOP("domain", "Objection"),
    QT_TRANSLATE_NOOP("domain", "It would harm our aims or stop us working; it must change."),
    QT_TRANSLATE_NOOP("domain", "Fist to five"),
    QT_TRANSLATE_NOOP("domain", "Agreed when nobody shows 0 or 1 and at least one person shows 3, 4 or 5."),
    QT_TRANSLATE_NOOP("domain", "Five"),
    QT_TRANSLATE_NOOP("domain", "I love it and will help lead it."),
    QT_TRANSLATE_NOOP("domain", "Four"),
    QT_TRANSLATE_NOOP("domain", "I support it fully."),
    QT_TRANSLATE_NOOP("domain", "Three"),
    QT_TRANSLATE_NOOP("domain", "I can support it."),
    QT_TRANSLATE_NOOP("domain", "Two"),
    QT_TRANSLATE_NOOP("domain", "I have reservations, but I won't stand in its way."),
    QT_TRANSLATE_NOOP("domain", "One"),
    QT_TRANSLATE_NOOP("domain", "I can't support it as it stands: it needs to change first."),
    QT_TRANSLATE_NOOP("domain", "Fist"),
    QT_TRANSLATE_NOOP("domain", "No: I block it."),
    QT_TRANSLATE_NOOP("domain", "Gradients of agreement"),
    QT_TRANSLATE_NOOP("domain",
                      "Agreed when nobody vetoes and more than half of the stances given are in support (1, 2, 3 or 6)."),  # noqa: E501
    QT_TRANSLATE_NOOP("domain", "Endorse"),
    QT_TRANSLATE_NOOP("domain", "I like it."),
    QT_TRANSLATE_NOOP("domain", "Endorse with a minor point"),
    QT_TRANSLATE_NOOP("domain", "I like it, with one small point."),
    QT_TRANSLATE_NOOP("domain", "Agree with reservations"),
    QT_TRANSLATE_NOOP("domain", "I can live with it, though I have reservations."),
    QT_TRANSLATE_NOOP("domain", "Abstain"),
    QT_TRANSLATE_NOOP("domain", "I have no strong feeling either way."),
    QT_TRANSLATE_NOOP("domain", "More discussion needed"),
    QT_TRANSLATE_NOOP("domain", "I don't understand it well enough yet to say."),
    QT_TRANSLATE_NOOP("domain", "Don't like it but will support"),
    QT_TRANSLATE_NOOP("domain", "I don't like it, but I won't hold it up."),
    QT_TRANSLATE_NOOP("domain", "Serious disagreement"),
    QT_TRANSLATE_NOOP("domain", "I disagree seriously and want that recorded."),
    QT_TRANSLATE_NOOP("domain", "Veto"),
    QT_TRANSLATE_NOOP("domain", "I block it: it must not go ahead."),
    QT_TRANSLATE_NOOP("domain", "Majority vote"),
    QT_TRANSLATE_NOOP("domain",
                      "Simple majority: more yes than no. Two-thirds: yes is at least two thirds of yes and no. Abstentions count for neither."),  # noqa: E501
    QT_TRANSLATE_NOOP("domain", "Yes"),
    QT_TRANSLATE_NOOP("domain", "I vote for it."),
    QT_TRANSLATE_NOOP("domain", "I vote neither for nor against it."),
    QT_TRANSLATE_NOOP("domain", "No"),
    QT_TRANSLATE_NOOP("domain", "I vote against it."),
    QT_TRANSLATE_NOOP("domain", "Simple majority"),
    QT_TRANSLATE_NOOP("domain", "Two-thirds majority"),
    QT_TRANSLATE_NOOP("domain", "balanced"),
    QT_TRANSLATE_NOOP("domain", "fairly balanced"),
    QT_TRANSLATE_NOOP("domain", "a few voices dominate"),
    QT_TRANSLATE_NOOP("domain", "one or two voices dominate"),
    QT_TRANSLATE_NOOP("domain", "too early to tell"),
    QT_TRANSLATE_NOOP("domain", "Agreed"),
    QT_TRANSLATE_NOOP("domain", "Not agreed"),
    QT_TRANSLATE_NOOP("domain", "Deferred"),
    QT_TRANSLATE_NOOP("domain", "blocked"),
    QT_TRANSLATE_NOOP("domain", "no stance given"),
    QT_TRANSLATE_NOOP("domain", "no support"),
    QT_TRANSLATE_NOOP("domain", "opposed"),
    # the sentences of domain.decisions.plain_verdict
    QT_TRANSLATE_NOOP("domain", "Deferred: no decision was taken."),
    QT_TRANSLATE_NOOP("domain", "Not agreed by the facilitator's override."),
    QT_TRANSLATE_NOOP("domain", "Not agreed."),
    QT_TRANSLATE_NOOP("domain", "Agreed by the facilitator's override and joint: every group present endorsed it."),  # noqa: E501
    QT_TRANSLATE_NOOP("domain", "Agreed and joint: every group present endorsed it."),
    QT_TRANSLATE_NOOP("domain", "the stances themselves did not agree it"),
    QT_TRANSLATE_NOOP("domain", "{group} did not endorse it ({reason})"),
    QT_TRANSLATE_NOOP("domain", "{group} ({reason})"),
    QT_TRANSLATE_NOOP("domain", "; "),
    QT_TRANSLATE_NOOP("domain", "Agreed by the facilitator's override, but not joint: {parts}."),
    QT_TRANSLATE_NOOP("domain", "Agreed, but not joint: {parts}."),
)


def domain_word(text: str) -> str:
    """``text`` in the user's language if the catalogue has it, else as it is."""
    return QCoreApplication.translate("domain", text)


def lower_word(text: str) -> str:
    """A label inside a sentence ("8 support"): lower case in English, as translated
    otherwise (German nouns keep their capital)."""
    shown = domain_word(text)
    return shown.lower() if shown == text else shown


def joint_sentence(verdict: JointVerdict) -> str:
    """``domain.decisions.plain_verdict`` in the user's language (its templates are in WORDS)."""
    return plain_verdict(verdict, domain_word)
