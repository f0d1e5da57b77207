"""Files that travel inside the minutes PDF: the accessible HTML twin and the easy-read
version. They are attached before the certification, so the signature covers their
bytes, and ``verify`` says which signature covers each (``attachments_of``).

pyHanko only: reading attachments back never needs reportlab.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

EASY_READ_NAME = "easy-read.pdf"
EASY_READ_DESCRIPTION = "The same minutes in easy-read form (large type, short sentences)"


def attach_file(writer: Any, name: str, data: bytes, *, mime: str, description: str,
                relationship: str, now: datetime | None = None) -> None:
    """Attach ``data`` as ``name`` to the PDF being written by ``writer`` (a pyHanko
    incremental writer): in /EmbeddedFiles, which every reader lists, and PDF 2.0 /AF
    with ``relationship`` (``/Alternative``, ``/Supplement``)."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.embed import EmbeddedFileObject, EmbeddedFileParams, FileSpec, embed_file

    when = now or datetime.now(UTC)
    stream = EmbeddedFileObject.from_file_data(
        writer, data, mime_type=mime,
        params=EmbeddedFileParams(creation_date=when, modification_date=when))
    embed_file(writer, FileSpec(file_spec_string=name, file_name=name, embedded_data=stream,
                                description=description,
                                af_relationship=generic.pdf_name(relationship)))


def attach_easy_read(writer: Any, pdf: bytes, now: datetime | None = None) -> None:
    """Attach the easy-read minutes to the full minutes, as a supplement."""
    attach_file(writer, EASY_READ_NAME, pdf, mime="application/pdf",
                description=EASY_READ_DESCRIPTION, relationship="/Supplement", now=now)


@dataclass(frozen=True, slots=True)
class Attachment:
    """One attached file as the final revision of the PDF shows it."""

    name: str
    description: str
    size: int
    revision: int  # 1-based revision of the file that last wrote its bytes or its entry


def attachments_of(reader: Any) -> list[Attachment]:
    """Every file in the /EmbeddedFiles name tree of a pyHanko ``PdfFileReader``, with the
    revision that last touched it (its file specification or its bytes)."""
    from pyhanko.pdf_utils import generic

    out = []
    for key, spec_raw in name_tree_leaves(embedded_files(reader.root)):
        refs = []
        if isinstance(spec_raw, generic.IndirectObject):
            refs.append(spec_raw.reference)
        spec = spec_raw.get_object()
        ef = _get(spec, "/EF")
        stream_raw = ef.raw_get("/F") if ef is not None and "/F" in ef else None
        if isinstance(stream_raw, generic.IndirectObject):
            refs.append(stream_raw.reference)
        data = stream_raw.get_object() if stream_raw is not None else None
        size = len(data.data) if isinstance(data, generic.StreamObject) else 0
        last = max((reader.xrefs.get_last_change(r) for r in refs), default=reader.xrefs
                   .total_revisions - 1)
        name = str(spec.get("/UF", "") or spec.get("/F", "") or key)
        out.append(Attachment(name, str(spec.get("/Desc", "") or ""), size, last + 1))
    return out


def embedded_files(root: Any) -> Any:
    """The /EmbeddedFiles name tree of a document catalogue (pyHanko), or None."""
    return _get(_get(root, "/Names"), "/EmbeddedFiles")


def name_tree_leaves(node: Any, depth: int = 0):
    """(key, value) pairs of a PDF name tree; a hostile tree cannot recurse forever."""
    if node is None or depth > 32:
        return
    pairs = _get(node, "/Names")
    if pairs is not None:
        for i in range(0, len(pairs) - 1, 2):
            yield str(pairs[i]), pairs.raw_get(i + 1)
    for kid in _get(node, "/Kids") or ():
        yield from name_tree_leaves(kid, depth + 1)


def _get(obj: Any, key: str) -> Any:
    """``obj[key]`` resolved, or None when ``obj`` is None or has no ``key``."""
    if obj is None:
        return None
    obj = obj.get_object()
    return obj[key].get_object() if key in obj else None
