"""Every sentence and label the minutes print, in the minutes' language.

``W.DECISIONS`` (any name of ``source_words``) is the English sentence looked up in the
app's catalogue at the moment it is read, so the PDF, its HTML twin and the easy-read
version always speak the language chosen in ``language.py``, and ``W.LANGUAGE`` names
it (the PDF's /Lang, the HTML's lang). Tuples and dictionaries of sentences come back
translated item by item (dictionary keys stay: they are the record's own values).
"""

from __future__ import annotations

from typing import Any

from coprodesk.minutes import source_words as _source
from coprodesk.minutes.language import current_language, domain_word, translate


def __getattr__(name: str) -> Any:
    if name == "LANGUAGE":
        return current_language()
    if name.startswith("_") or not name.isupper():
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return _translated(getattr(_source, name))


def _translated(value: Any) -> Any:
    if isinstance(value, str):
        return translate(value)
    if isinstance(value, tuple):
        return tuple(_translated(v) for v in value)
    if isinstance(value, dict):
        return {k: _translated(v) for k, v in value.items()}
    return value


def people_count(people: int, observers: int = 0) -> str:
    """ "3 people", "1 person, 1 observer": the note beside a group's heading."""
    text = (translate(_source.PEOPLE_ONE) if people == 1
            else translate(_source.PEOPLE).format(n=people))
    if observers == 1:
        text = translate(_source.OBSERVERS_ONE).format(people=text)
    elif observers:
        text = translate(_source.OBSERVERS).format(people=text, n=observers)
    return text


def domain(text: str) -> str:
    """A domain word (method, option, reason, verdict) in the minutes' language."""
    return domain_word(text)


def lower_domain(text: str) -> str:
    """A domain label inside a sentence: lower case in English, as translated otherwise
    (German nouns keep their capital), as the app's screens do."""
    shown = domain_word(text)
    return shown.lower() if shown == text else shown


def role(value: str) -> str:
    """A participant's role ("co-chair") in the minutes' language."""
    return translate(_source.ROLE_WORDS.get(value, value))


def outcome(value: str) -> str:
    """A decision's outcome ("not agreed") in the minutes' language."""
    return translate(_source.OUTCOME_WORDS.get(value, value))


def action_status(value: str) -> str:
    """What happened to a carried action ("in-progress") in the minutes' language."""
    return translate(_source.ACTION_STATUS_WORDS.get(value, value))


def online_sentence(report: dict[str, Any]) -> str | None:
    """In a hybrid meeting, the online voices' share against their fair share; else None."""
    if not report.get("hybrid"):
        return None
    online = next(x for x in report["modes"] if x["mode"] == "online")
    return translate(_source.ONLINE_SHARE).format(
        people=people_count(online["members"]), share=f"{online['share'] * 100:.0f}",
        fair=f"{online['fair_share'] * 100:.0f}")
