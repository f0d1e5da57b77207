"""Where everything lives in an archive folder (documented in docs/archive.md).

::

    DIR/
      archive.json                 every meeting, merged from archive.d/ (rebuilt by each run)
      archive.d/<database-id>.json one manifest per database that wrote here (the truth)
      trusted/                     certificates this archive trusts (archive --trust)
      2026/2026-03-12 Title uid/   one meeting, one version of its record:
        meeting.json                 its open meeting file (as `export --format json`)
        report.json                  its report (as `report --json`)
        minutes.pdf                  its minutes, as the database holds them (unsigned)
        easy-read.pdf                its easy-read minutes (unsigned)
        minutes signed <c>.pdf       signed minutes added with --add (<c>: the first 12
                                     hex digits of the SHA-256 of the certified revision)
      superseded/2026/…            older versions of a record, moved aside, never deleted
"""

from __future__ import annotations

import re
import unicodedata

ARCHIVE_JSON = "archive.json"
MANIFESTS = "archive.d"
TRUSTED = "trusted"
SUPERSEDED = "superseded"
MEETING_FILE = "meeting.json"
REPORT_FILE = "report.json"
MINUTES_FILE = "minutes.pdf"
EASY_READ_FILE = "easy-read.pdf"
GENERATED = (MEETING_FILE, REPORT_FILE, MINUTES_FILE, EASY_READ_FILE)
PART = ".coprodesk.part"

_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]+')
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def safe_title(title: str, limit: int = 60) -> str:
    """A title as a folder name on every system: characters that Windows, macOS or Linux
    refuse in names become "-", runs of spaces one space, no dot or space at the ends."""
    text = _UNSAFE.sub("-", unicodedata.normalize("NFC", title))
    text = " ".join(text.split())[:limit].strip(" .")
    return text or "meeting"


def meeting_folder(date: str, title: str, uid: str, version: str = "") -> str:
    """``YYYY/YYYY-MM-DD title uid`` (``undated/undated title uid`` without a date); with
    ``version``, `` v<first 8 digits>`` is added: a second version kept beside the first."""
    day = date if _DATE.match(date or "") else "undated"
    year = day[:4] if day != "undated" else "undated"
    name = f"{day} {safe_title(title)} {uid}"
    return f"{year}/{name}" + (f" v{version[:8]}" if version else "")


def superseded_folder(folder: str, version: str) -> str:
    """Where an older version of a record is kept: under ``superseded/``, its version added."""
    return f"{SUPERSEDED}/{folder} v{version[:8]}" if not folder.endswith(f" v{version[:8]}") \
        else f"{SUPERSEDED}/{folder}"


def signed_name(kind: str, certified: str, extra: str = "") -> str:
    """The name of signed minutes added to a meeting's folder: ``minutes signed <c>.pdf``
    (``easy-read signed <c>.pdf``); ``extra`` names a different file of the same
    certification kept beside it."""
    return f"{kind} signed {certified[:12]}" + (f" {extra[:8]}" if extra else "") + ".pdf"


def is_bookkeeping(path: str) -> bool:
    """The archive's own files, which the manifests do not list."""
    return path == ARCHIVE_JSON or (path.startswith(f"{MANIFESTS}/") and path.count("/") == 1
                                    and path.endswith(".json")) \
        or (path.startswith(f"{TRUSTED}/") and path.count("/") == 1)
