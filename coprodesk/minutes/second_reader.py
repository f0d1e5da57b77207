"""A second, independent reader: what qpdf (through pikepdf) resolves must equal what
pyHanko resolved, for every revision a signature closes and for the final file.

pyHanko's verdict is about pyHanko's view of the file. A reader that resolves the same
bytes differently (another entry for an object, another of two equal keys, a rebuilt
cross-reference table) shows content no signature was checked against. So for each of
those revisions this module walks every object reachable from the trailer's /Root and
/Info in both readers and compares them value for value (streams by their bytes as
stored), then what a viewer builds from them: the list of pages, the appearance each
annotation shows, the attached files. Any difference, or a file qpdf had to repair, is
a problem line. pikepdf missing is ``Missing`` (verify exits 2, never skips this).
"""

from __future__ import annotations

import hashlib
import io
import re
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import partial

from coprodesk.minutes import words as W


class Missing(Exception):
    """pikepdf cannot be imported."""


class TooMuchWork(Exception):
    """More objects to compare than ``work`` allows (verify exits 2)."""


def require() -> None:
    """Raise ``Missing`` unless pikepdf can be imported."""
    try:
        import pikepdf  # noqa: F401
    except ImportError as exc:
        raise Missing(W.V_NO_SECOND_READER) from exc


@dataclass
class Comparison:
    """Problem lines: where the readers disagree, and where qpdf had to repair the file
    (after which the two may still agree)."""

    disagree: list[str] = field(default_factory=list)
    repaired: list[str] = field(default_factory=list)


def compare(data: bytes, reader, revisions: Iterable[int], ends: tuple[int, ...], *,
            work: int) -> Comparison:
    """Where qpdf's view of each revision (0-based; ``ends[rev]`` is one past its last
    byte) differs from pyHanko's ``reader``. ``work`` caps the objects compared over all
    revisions together (``TooMuchWork``)."""
    total = reader.xrefs.total_revisions
    budget = [work]
    found = Comparison()
    for rev in sorted(set(revisions)):
        last = rev == total - 1
        hanko = reader if last else reader.get_historical_resolver(rev)
        _compare_revision(hanko, data if last else data[:ends[rev]], rev + 1, budget, found)
    return found


def _compare_revision(hanko, chunk: bytes, rev: int, budget: list[int],
                      found: Comparison) -> None:
    import pikepdf

    try:
        pdf = pikepdf.open(io.BytesIO(chunk))
    except Exception as exc:  # qpdf cannot read what pyHanko read
        found.disagree.append(W.V_REPAIRED.format(rev=rev, why=_said(exc)))
        return
    with pdf:
        differences = _differences(hanko, pdf, budget)
        warnings = [w for w in pdf.get_warnings() if not _HARMLESS.search(w)]
    found.disagree += [W.V_READERS_DISAGREE.format(rev=rev, what=what) for what in differences]
    if warnings:
        found.repaired.append(W.V_REPAIRED.format(rev=rev, why=_said(warnings[0])))


def _differences(hanko, pdf, budget: list[int]) -> list[str]:
    """What differs, in words: objects first (by number), then what viewers build."""
    ours = _graph(_hanko_roots(hanko), partial(_hanko_value, hanko), budget)
    theirs = _graph(_qpdf_roots(pdf), _qpdf_value, budget)
    if ours != theirs:
        differing = sorted((ref for ref in ours.keys() | theirs.keys()
                            if ours.get(ref) != theirs.get(ref)),
                           key=lambda ref: (-1, 0) if ref == ("trailer",) else ref)
        return [W.V_TRAILER if ref == ("trailer",) else W.V_OBJECT.format(num=ref[0])
                for ref in differing[:3]]
    out = []
    if _hanko_pages(hanko) != _qpdf_pages(pdf):
        out.append(W.V_DIFF_PAGES)
    else:
        for n, (a, b) in enumerate(zip(_hanko_appearances(hanko), _qpdf_appearances(pdf),
                                       strict=True), 1):
            if a != b:
                out.append(W.V_DIFF_APPEARANCE.format(page=n))
    if _hanko_attachments(hanko) != _qpdf_attachments(pdf):
        out.append(W.V_DIFF_ATTACHMENTS)
    return out


# qpdf warnings that change nothing anyone reads: a trailer /Size larger than needed
# (pyHanko's writer leaves one when it reserved a number it did not use)
_HARMLESS = re.compile(r"reported number of objects \(\d+\) is not one plus the highest "
                       r"object number \(\d+\)")


def _said(exc) -> str:
    """qpdf's first line without the name it gives an in-memory file ("stream <_io...>")."""
    text = str(exc).strip().splitlines()
    line = text[0] if text else type(exc).__name__
    return _STREAM_NAME.sub(lambda m: f"{m.group(1)}: " if m.group(1) else "", line)[:200]


_STREAM_NAME = re.compile(r"stream <[^>]*>\s*(?:\((.*?)\))?:\s*")


# ------------------------------------------------------------------ the object graphs

def _graph(roots, value_of, budget: list[int]) -> dict:
    """Every object reachable from ``roots`` (its number and generation) and its value in
    a form both readers share; the trailer's entries under ("trailer",)."""
    queue: deque = deque()
    seen: dict = {("trailer",): tuple((key, value_of(v, queue)) for key, v in roots)}
    while queue:
        ref, obj = queue.popleft()
        if ref in seen:
            continue
        budget[0] -= 1
        if budget[0] < 0:
            raise TooMuchWork
        seen[ref] = value_of(obj, queue, top=True)
    return seen


def _real(value) -> str:
    return str(Decimal(value).normalize())


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _hanko_roots(hanko):
    trailer = hanko.trailer_view
    return [(key, trailer.raw_get(key)) for key in ("/Root", "/Info") if key in trailer]


def _hanko_value(hanko, v, queue, top: bool = False):
    """``v`` as pyHanko reads it in the revision of ``hanko`` (a reader or a historical
    resolver: references are resolved through it, never through the object's own handler,
    which may be the reader's current revision)."""
    from pyhanko.pdf_utils import generic as g

    if isinstance(v, g.IndirectObject):
        target = hanko.get_object(v.reference)
        if isinstance(target, (g.DictionaryObject, g.ArrayObject)):
            ref = (v.idnum, v.generation)
            queue.append((ref, target))
            return ("R", *ref)
        return _hanko_value(hanko, target, queue)
    if isinstance(v, g.StreamObject):
        return ("T", _hanko_dict(hanko, v, queue), _digest(v.encoded_data))
    if isinstance(v, g.DictionaryObject):
        return _hanko_dict(hanko, v, queue)
    if isinstance(v, g.ArrayObject):
        return ("A", tuple(_hanko_value(hanko, x, queue) for x in list.__iter__(v)))
    if isinstance(v, g.BooleanObject):
        return ("B", bool(v))
    if isinstance(v, g.NameObject):
        return ("N", str(v))
    if isinstance(v, g.NumberObject):
        return ("I", int(v))
    if isinstance(v, g.FloatObject):
        return ("F", _real(v))
    if isinstance(v, g.TextStringObject):
        return ("S", v.original_bytes)
    if isinstance(v, g.ByteStringObject):
        return ("S", bytes(v))
    if v is None or isinstance(v, g.NullObject):
        return ("Z",)
    return ("?", type(v).__name__)


def _hanko_dict(hanko, d, queue):
    return ("D", tuple(sorted((str(k), _hanko_value(hanko, x, queue))
                              for k, x in dict.items(d))))


def _qpdf_roots(pdf):
    trailer = pdf.trailer
    return [(key, trailer.get(key)) for key in ("/Root", "/Info") if key in trailer]


def _qpdf_value(v, queue, top: bool = False):
    import pikepdf

    if v is None:
        return ("Z",)
    if isinstance(v, bool):
        return ("B", v)
    if isinstance(v, int):
        return ("I", v)
    if isinstance(v, Decimal):
        return ("F", _real(v))
    kind = v._type_code
    T = pikepdf.ObjectType
    if not top and v.is_indirect and kind in (T.dictionary, T.array, T.stream):
        ref = v.objgen
        queue.append((ref, v))
        return ("R", *ref)
    if kind == T.stream:
        return ("T", _qpdf_dict(v, queue), _digest(v.read_raw_bytes()))
    if kind == T.dictionary:
        return _qpdf_dict(v, queue)
    if kind == T.array:
        return ("A", tuple(_qpdf_value(x, queue) for x in v))
    if kind == T.name_:
        return ("N", str(v))
    if kind == T.string:
        return ("S", bytes(v))
    if kind == T.boolean:
        return ("B", bool(v))
    if kind == T.integer:
        return ("I", int(v))
    if kind == T.real:
        return ("F", _real(Decimal(str(v))))
    if kind == T.null:
        return ("Z",)
    return ("?", str(kind))


def _qpdf_dict(d, queue):
    return ("D", tuple(sorted((k, _qpdf_value(d.get(k), queue)) for k in d)))


# ------------------------------------------------------------------ what viewers build

def _hanko_root(hanko):
    """The catalogue of ``hanko``'s revision (the trailer's references are not rewritten to
    the revision; objects read through ``hanko`` are)."""
    return hanko.get_object(hanko.trailer_view.raw_get("/Root").reference)


def _hanko_pages(hanko) -> list:
    """The pages in order as (number, generation), the way verify names changed pages."""
    from pyhanko.pdf_utils import generic as g

    out = []

    def walk(ref, depth: int) -> None:
        node = ref.get_object() if isinstance(ref, g.IndirectObject) else None
        if depth > 64 or not isinstance(node, g.DictionaryObject):
            out.append(None)
        elif str(node.get("/Type")) == "/Pages":
            for kid in list.__iter__(node.get("/Kids") or []):
                walk(kid, depth + 1)
        else:
            out.append((ref.idnum, ref.generation))

    walk(_hanko_root(hanko).raw_get("/Pages"), 0)
    return out


def _qpdf_pages(pdf) -> list:
    try:
        return [page.objgen for page in pdf.pages]
    except Exception:  # qpdf cannot build the page list
        return [None]


def _hanko_appearances(hanko) -> list:
    """Per page: for each annotation, the normal appearance stream a viewer draws (the one
    its /AS names when /N holds several)."""
    from pyhanko.pdf_utils.generic import Reference

    out = []
    for ref in _hanko_pages(hanko):
        page = hanko.get_object(Reference(*ref)) if ref else None
        annots = page.get("/Annots") if page is not None else None
        out.append([_hanko_appearance(a.get_object()) for a in list.__iter__(annots or [])])
    return out


def _hanko_appearance(annot):
    from pyhanko.pdf_utils import generic as g

    ap = annot.get("/AP") if isinstance(annot, g.DictionaryObject) else None
    normal = ap.raw_get("/N") if isinstance(ap, g.DictionaryObject) and "/N" in ap else None
    if normal is not None and not isinstance(normal.get_object(), g.StreamObject):
        states, state = normal.get_object(), annot.get("/AS")
        normal = (states.raw_get(str(state)) if isinstance(states, g.DictionaryObject)
                  and state is not None and str(state) in states else None)
    return (normal.idnum, normal.generation) if isinstance(normal, g.IndirectObject) else None


def _qpdf_appearances(pdf) -> list:
    import pikepdf

    out = []
    for page in pdf.pages:
        shown = []
        for annot in page.obj.get("/Annots") or ():
            stream = pikepdf.Annotation(annot).get_appearance_stream(pikepdf.Name.N)
            shown.append(stream.objgen if stream is not None else None)
        out.append(shown)
    return out


def _hanko_attachments(hanko) -> list:
    """Each attached file's name and the one stream its /EF holds (None for several)."""
    from coprodesk.minutes.attachments import embedded_files, name_tree_leaves

    out = []
    for key, spec_raw in name_tree_leaves(embedded_files(_hanko_root(hanko))):
        spec = spec_raw.get_object()
        ef = spec.get("/EF")
        streams = {(s.idnum, s.generation) for s in (dict.values(ef) if ef is not None else ())
                   if hasattr(s, "idnum")}
        out.append((key, streams.pop() if len(streams) == 1 else None))
    return sorted(out, key=str)


def _qpdf_attachments(pdf) -> list:
    out = []
    for key, spec in pdf.attachments.items():
        try:
            stream = spec.get_file().obj.objgen
        except Exception:  # no embedded stream qpdf can find
            stream = None
        out.append((key, stream))
    return sorted(out, key=str)
