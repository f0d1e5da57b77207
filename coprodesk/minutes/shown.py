"""Text from a file, made safe to print: what ``verify`` reports of a signature.

Names, e-mail addresses, reasons, box names and attachment titles come from the PDF
and its certificates, written by whoever made them. Printed raw, a newline starts a
line that looks like verify's own ("result: verified"), a terminal escape sequence
repaints or hides what came before, and a bidi control (U+202E) turns "Amara" into
something that reads as another name. Every such character is shown as an escape
(``\\n``, ``\\x1b``, ``\\u202e``), and a backslash as ``\\\\`` so that an escape in the
report can only have come from one character in the file.
"""

from __future__ import annotations

import unicodedata

# control, format (bidi marks, zero-width characters), line and paragraph separators,
# surrogates, private use, unassigned
_HIDDEN = {"Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"}
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t", "\\": "\\\\"}
MAX_CHARS = 300  # a name longer than this is cut (a certificate may hold megabytes)


def shown(text: object, limit: int = MAX_CHARS) -> str:
    """``text`` with every invisible or control character escaped, cut to ``limit``."""
    value = str(text)
    cut = len(value) > limit
    out = []
    for ch in value[:limit]:
        if ch in _NAMED:
            out.append(_NAMED[ch])
        elif unicodedata.category(ch) in _HIDDEN:
            code = ord(ch)
            out.append(f"\\x{code:02x}" if code < 0x100 else
                       f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}")
        else:
            out.append(ch)
    return "".join(out) + ("…" if cut else "")


def person_key(name: object) -> str:
    """Who a box or a certificate names, for comparing: compatibility forms folded
    (full-width letters, ligatures), invisible characters dropped, case and spacing
    ignored, dots as spaces (a box name cannot hold a dot)."""
    text = unicodedata.normalize("NFKC", str(name))
    text = "".join(ch for ch in text if unicodedata.category(ch) not in _HIDDEN or ch.isspace())
    return " ".join(text.replace(".", " ").split())[:60].casefold()
