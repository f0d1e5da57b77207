"""A file carrying signatures is never replaced by an export.

A countersignature may take weeks to collect again, so before any export writes over an
existing file it asks ``might_be_signed``: a PDF with a filled signature field in any of
its revisions, or a signature dictionary anywhere in its bytes, carries signatures; a
PDF that cannot be read, or a file that cannot be opened, might (and is treated so). The
command line then refuses (``make_way``), or with ``--force`` moves the old file aside to
``NAME.signed-TIMESTAMP.pdf`` first; the Export dialog proposes a new name (``free_name``).
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import time
from pathlib import Path

from coprodesk.minutes.signing import SigningError

# every PDF signature dictionary has one; found without parsing, so also in a damaged file
_SIGNATURE_MARK = b"/ByteRange"


class SignedFileError(SigningError):
    """An export would replace a file that carries (or might carry) signatures."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} carries signatures: an export never replaces signed "
                         f"minutes; choose another file name, or add --force to keep it as "
                         f"{kept_name(path, '<time>').name} and write the new file")
        self.path = path


def might_be_signed(path: Path) -> bool:
    """Whether the file at ``path`` carries signatures, or might: False only for no file,
    an empty one, a file that is not a PDF, or a PDF pyHanko reads with no signature in
    any of its revisions."""
    path = Path(path)
    try:
        if not path.is_file():
            return False  # nothing there (a folder: the write itself fails)
        data = path.read_bytes()
    except OSError:
        return True  # cannot look inside: it might be
    if not data.strip():
        return False
    if _SIGNATURE_MARK in data:
        return True
    if b"%PDF" not in data[:1024]:
        return False  # not a PDF (readers look for the header in the first kilobyte)
    try:
        return _filled_field_in_any_revision(data)
    except Exception:  # pyHanko raises many kinds for a damaged file: it might be signed
        return True


def _filled_field_in_any_revision(data: bytes) -> bool:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign import fields

    from coprodesk.minutes.signing import quiet_pyhanko

    quiet_pyhanko()
    reader = PdfFileReader(io.BytesIO(data), strict=False)
    revisions = [reader.get_historical_resolver(r)
                 for r in range(reader.xrefs.total_revisions - 1)] + [reader]
    return any(value is not None for rev in revisions
               for _name, value, _ref in fields.enumerate_sig_fields(rev))


def kept_name(path: Path, stamp: str) -> Path:
    """Where ``--force`` keeps a signed file: ``NAME.signed-STAMP.pdf`` beside it."""
    return path.with_name(f"{path.stem}.signed-{stamp}{path.suffix}")


def make_way(path: Path, force: bool = False) -> Path | None:
    """Before an export writes ``path``: refuse (SignedFileError) when the file there
    carries signatures, or with ``force`` move it aside first and return where it is now
    (never over another file). None: nothing signed was there."""
    path = Path(path)
    if not might_be_signed(path):
        return None
    if not force:
        raise SignedFileError(path)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    for n in range(1, 1000):
        kept = kept_name(path, stamp if n == 1 else f"{stamp}-{n}")
        try:
            _move_exclusive(path, kept)
        except FileExistsError:
            continue
        except OSError as exc:
            raise SigningError(f"cannot keep the signed file {path} as {kept}: "
                               f"{exc.strerror or exc}") from exc
        return kept
    raise SigningError(f"cannot keep the signed file {path}: too many kept copies beside it")


def _move_exclusive(path: Path, kept: Path) -> None:
    """Move ``path`` to ``kept``, which must not exist (FileExistsError): a hard link then
    an unlink, or where links are not possible (FAT, some shares) a copy then an unlink."""
    try:
        os.link(path, kept)
    except FileExistsError:
        raise
    except OSError:
        with path.open("rb") as src, kept.open("xb") as dst:
            shutil.copyfileobj(src, dst)
            dst.flush()
            os.fsync(dst.fileno())
        with contextlib.suppress(OSError):
            shutil.copystat(path, kept)
    os.unlink(path)


def free_name(path: Path) -> Path:
    """The first of ``NAME (2).pdf``, ``NAME (3).pdf`` … beside ``path`` where no file is:
    the name the Export dialog proposes instead of a signed file's (as file managers
    number a copy; a bare ``-2`` would read as part of a name that ends in a meeting id)."""
    path = Path(path)
    stem = path.stem
    n = 2
    while True:
        candidate = path.with_name(f"{stem} ({n}){path.suffix}")
        if not candidate.exists():
            return candidate
        n += 1


def certified_revision(pdf: Path) -> tuple[str | None, str]:
    """The SHA-256 of the certified revision of the signed minutes at ``pdf`` (the file as
    it was certified, before any countersignature: what the app records when it
    certifies), when the file verifies (``verify`` exit 0, trust list included); else None
    and why, in one line. Importing a meeting keeps its signatures only against this."""
    import hashlib

    from coprodesk.minutes.verify import verify_pdf

    try:
        data = Path(pdf).read_bytes()
        result = verify_pdf(pdf)
    except OSError as exc:
        return None, f"cannot read {pdf}: {exc.strerror or exc}"
    if result.exit_code != 0:
        why = result.problems[0] if result.problems else result.summary()
        return None, f"{pdf} does not verify: {why}"
    try:
        end = _certified_end(data)
    except Exception as exc:  # verified, yet unreadable here: say so, keep nothing
        return None, f"{pdf}: its certification cannot be found ({exc})"
    if end is None:
        return None, f"{pdf} verifies but is not certified (no certifying signature)"
    return hashlib.sha256(data[:end]).hexdigest(), ""


def _certified_end(data: bytes) -> int | None:
    """Where the certifying signature's revision ends: its byte range covers the whole
    file as it was certified, but for the signature value itself."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    reader = PdfFileReader(io.BytesIO(data), strict=False)
    for sig in reader.embedded_signatures:
        if sig.docmdp_level is not None:
            _start, _gap, c, d = (int(x) for x in sig.byte_range)
            return c + d
    return None
