"""The language the minutes are written in: the app's language, through its catalogue.

The minutes' sentences are marked in ``source_words.py`` (context ``Minutes``), so
``make translations`` collects them into the same ``coprodesk.ts`` as the app's own
strings, and a translator's ``coprodesk_<language>.qm`` carries both. The language follows
the app's rule (``gui/translations.py``): the default locale (the system's, unless the
app set another), and English wherever no catalogue exists. Only QtCore is used, loaded
when the first sentence is looked up, so the command line renders minutes without any
window code.
"""

from __future__ import annotations

from datetime import date as Date
from pathlib import Path

CONTEXT = "Minutes"
DOMAIN = "domain"  # the context of the domain's words (gui/domain_words.py)
ENGLISH = "en"

_state: dict = {"language": None, "translator": None, "cache": {}}


def use_language(name: str | None = None, folder: Path | None = None) -> str:
    """Write the minutes in ``name`` (``"de"``, ``"de_DE"``; None: the default locale) when
    ``folder`` (default: the bundled translations) has its catalogue, else in English.
    A catalogue that does not translate the minutes yet counts as none. Returns the
    language in effect as a BCP 47 tag (``/Lang``, ``<html lang>``)."""
    from PySide6.QtCore import QLocale, QTranslator

    locale = QLocale(name) if name else QLocale()
    if folder is None:
        folder = _bundled_folder()
    translator = QTranslator()
    loaded = folder is not None and translator.load(locale, "coprodesk", "_", str(folder), ".qm")
    if loaded and _speaks_minutes(translator):
        tag = (translator.language() or locale.name()).replace("_", "-")
        _state.update(language=tag, translator=translator, cache={})
    else:
        _state.update(language=ENGLISH, translator=None, cache={})
    return _state["language"]


def _speaks_minutes(translator) -> bool:
    """Whether a catalogue translates the minutes (a heading of the full and of the easy-read
    version): one that does not yet, or only where lupdate guessed from the app's same
    words, would print English under a /Lang that says otherwise."""
    from coprodesk.minutes import source_words as en

    return all(translator.translate(CONTEXT, s) for s in (en.DECISIONS, en.ER_WHO_CAME))


def current_language() -> str:
    """The BCP 47 tag of the language the minutes are written in now."""
    if _state["language"] is None:
        use_language()
    return _state["language"]


def translate(text: str) -> str:
    """``text`` (an English source sentence) in the minutes' language; itself if the
    catalogue has no translation for it."""
    current_language()
    translator = _state["translator"]
    if translator is None:
        return text
    cache = _state["cache"]
    if text not in cache:
        cache[text] = translator.translate(CONTEXT, text) or text
    return cache[text]


def domain_word(text: str) -> str:
    """A word of the domain (a method, an option, an outcome's sentence, a balance verdict)
    in the minutes' language, from the catalogue's ``domain`` context that the app's screens
    use (``gui/domain_words.py`` lists them): the record keeps its English keys, the reader
    gets their language. A word a meeting changed is printed as typed."""
    current_language()
    translator = _state["translator"]
    if translator is None:
        return text
    cache = _state["cache"]
    key = (DOMAIN, text)
    if key not in cache:
        cache[key] = translator.translate(DOMAIN, text) or text
    return cache[key]


def long_date(iso: str) -> str:
    """``2026-05-01`` as the language writes a day in full ("1 May 2026", "1. Mai 2026")."""
    try:
        day = Date.fromisoformat(iso)
    except ValueError:
        return iso
    if current_language() == ENGLISH:
        return f"{day.day} {day.strftime('%B %Y')}"
    from PySide6.QtCore import QDate, QLocale

    return QLocale(current_language().replace("-", "_")).toString(
        QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def _bundled_folder() -> Path | None:
    from coprodesk.resources import resource_path

    try:
        return resource_path("translations")
    except FileNotFoundError:
        return None
