"""The signature boxes of certified minutes, and what later revisions did with them.

A certification allows "form filling" afterwards (DocMDP), and in PDF that means more
than signing boxes: a form may hold text fields, and a new signature field may be
added. A certifier can lay an invisible field or a second box of their own over a
decision, let the others countersign, then fill it with an appearance that paints a
different outcome (a "shadow attack"); anyone with the file can add a box of their own
and sign it. So verify holds the form to what our minutes are: one empty signature box
per person, declared when the minutes were certified, and later revisions may only
fill those boxes, where they were:

- no form field other than signature boxes, ever; no box added after certification;
- each person has one box (names compared after folding case, spacing and look-alike
  forms), and each box one place;
- a box that can be seen lies on the sign-off pages (the last pages of the minutes,
  which hold the boxes) and over no text;
- a filled box keeps its place and size; an invisible box (the easy-read version's)
  stays invisible: filled only with an empty or zero-size appearance;
- every signature after the certification is in a box declared at certification.

Each finding is a problem line that fails the file (exit 1).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from coprodesk.minutes import words as W
from coprodesk.minutes.shown import person_key, shown

_MAX_FIELDS = 500  # a form deeper or wider than this is not one of our minutes
_HIDDEN_FLAG = 2


@dataclass
class Widget:
    ref: tuple[int, int] | None
    page: int | None  # 0-based, None when on no page
    rect: tuple[float, float, float, float]
    flags: int
    appearance_empty: bool  # no normal appearance, or one that draws nothing

    @property
    def visible(self) -> bool:
        x1, y1, x2, y2 = self.rect
        return x2 - x1 > 0 and y2 - y1 > 0 and not self.flags & _HIDDEN_FLAG


@dataclass
class FormField:
    name: str
    kind: str  # "/Sig", "/Tx", ... ("" when unknown)
    widgets: list[Widget] = field(default_factory=list)
    filled: bool = False


def _get(obj, key: str, default=None):
    """``obj[key]`` resolved (pyHanko's ``get`` hands back indirect references)."""
    try:
        return obj[key]
    except Exception:  # missing, or a reference to nothing: nothing
        return default


def _num(v) -> float:
    try:
        return float(v)
    except (TypeError, ValueError):
        return 0.0


def _rect(obj) -> tuple[float, float, float, float]:
    try:
        r = [_num(v) for v in _get(obj, "/Rect") or ()]
    except Exception:  # a damaged rectangle is no rectangle
        r = []
    if len(r) != 4:
        return (0.0, 0.0, 0.0, 0.0)
    return (min(r[0], r[2]), min(r[1], r[3]), max(r[0], r[2]), max(r[1], r[3]))


def _appearance_empty(widget) -> bool:
    """True when the widget's normal appearance draws nothing: none, an empty stream, or
    a zero-size bounding box (every state of an appearance dictionary likewise)."""
    from pyhanko.pdf_utils import generic

    try:
        ap = _get(widget, "/AP")
        if ap is None:
            return True
        normal = _get(ap.get_object(), "/N")
        if normal is None:
            return True
        normal = normal.get_object()
        streams = ([normal] if isinstance(normal, generic.StreamObject)
                   else [v.get_object() for v in normal.values()]
                   if isinstance(normal, generic.DictionaryObject) else [])
        for s in streams:
            if not isinstance(s, generic.StreamObject):
                continue
            bbox = [_num(v) for v in _get(s, "/BBox") or ()]
            flat = len(bbox) == 4 and (bbox[2] - bbox[0] == 0 or bbox[3] - bbox[1] == 0)
            if not flat and s.data.strip():
                return False
        return True
    except Exception:  # an appearance we cannot read may draw anything
        return False


def _page_of_annots(resolver) -> tuple[dict[tuple[int, int], int], int]:
    """Which page (0-based) lists each annotation, and how many pages there are."""
    from pyhanko.pdf_utils import generic

    where: dict[tuple[int, int], int] = {}
    seen: set = set()
    pages: list = []

    def walk(node_ref, depth: int) -> None:
        if depth > 50 or len(pages) > 100_000:
            return
        key = getattr(node_ref, "reference", None)
        if key is not None:
            if key in seen:
                return
            seen.add(key)
        node = node_ref.get_object()
        if str(_get(node, "/Type")) == "/Pages" or "/Kids" in node:
            for kid in _get(node, "/Kids") or ():
                walk(kid, depth + 1)
        else:
            pages.append(node)

    walk(resolver.root.raw_get("/Pages"), 0)
    for n, page in enumerate(pages):
        try:
            annots = page.raw_get("/Annots") if "/Annots" in page else None
            annots = annots.get_object() if annots is not None else ()
        except Exception:  # a damaged annotation list shows nothing we could place
            continue
        for a in annots or ():
            if isinstance(a, generic.IndirectObject):
                key = (a.reference.idnum, a.reference.generation)
                where.setdefault(key, n)
    return where, len(pages)


def form_fields(resolver) -> list[FormField]:
    """Every terminal field of the form, with its full name and widgets."""
    from pyhanko.pdf_utils import generic

    pages, _count = _page_of_annots(resolver)
    acro = _get(resolver.root, "/AcroForm")
    if acro is None:
        return []
    out: list[FormField] = []
    seen: set = set()

    def ref_of(x) -> tuple[int, int] | None:
        if isinstance(x, generic.IndirectObject):
            return (x.reference.idnum, x.reference.generation)
        return None

    def widget(ref, obj) -> Widget:
        r = ref_of(ref)
        return Widget(r, pages.get(r) if r is not None else None, _rect(obj),
                      int(_num(_get(obj, "/F", 0))), _appearance_empty(obj))

    def walk(ref, parent: str, kind: str, depth: int) -> None:
        r = ref_of(ref)
        if depth > 20 or len(out) > _MAX_FIELDS or (r is not None and r in seen):
            return
        if r is not None:
            seen.add(r)
        obj = ref.get_object()
        if not isinstance(obj, generic.DictionaryObject):
            return
        own = _get(obj, "/T")
        name = f"{parent}.{own}" if parent and own is not None else str(own or parent)
        kind = str(_get(obj, "/FT", kind) or "")
        kids = _get(obj, "/Kids")
        named_kids = [k for k in kids or () if "/T" in k.get_object()]
        widget_kids = [k for k in kids or () if "/T" not in k.get_object()]
        for k in named_kids:
            walk(k, name, kind, depth + 1)
        if named_kids and not widget_kids and "/Subtype" not in obj:
            return  # a field that only groups others
        f = FormField(name, kind, filled=_get(obj, "/V") is not None)
        if str(_get(obj, "/Subtype", "")) == "/Widget":
            f.widgets.append(widget(ref, obj))
        for k in widget_kids:
            f.widgets.append(widget(k, k.get_object()))
        out.append(f)

    for top in _get(acro, "/Fields") or ():
        walk(top, "", "", 0)
    return out


def text_spans(data: bytes, page: int) -> list[tuple[float, float, float, float]]:
    """Where text is drawn on ``page`` (0-based) of the PDF ``data``: one rough box per
    run of text (from its start, as wide as its characters at half the font size)."""
    from pypdf import PdfReader

    spans: list[tuple[float, float, float, float]] = []

    def visit(text, cm, tm, _font, size) -> None:
        if not text.strip():
            return
        a, b, c, d, e, f = (cm[i] for i in range(6))
        x = tm[4] * a + tm[5] * c + e
        y = tm[4] * b + tm[5] * d + f
        scale = abs(tm[0] * a + tm[1] * c) or 1.0
        height = abs(tm[3] * d + tm[2] * b) or scale
        width = len(text.strip()) * 0.5 * size * scale
        spans.append((x, y - 0.2 * size * height, x + width, y + 0.75 * size * height))

    reader = PdfReader(io.BytesIO(data), strict=False)
    reader.pages[page].extract_text(visitor_text=visit)
    return spans


def _overlaps(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@dataclass(frozen=True, slots=True)
class SignedBox:
    """What verify knows of each signature: its box and signer (as printed, escaped) and
    the revision it closes (1-based)."""

    box: str
    signer: str
    revision: int


def check_boxes(reader, data: bytes, certified_revision: int, certified_end: int,
                signatures: list[SignedBox]) -> list[str]:
    """Problem lines for the form of certified minutes (see the module's rules).

    ``certified_revision`` is the 0-based revision the first signature signed, and
    ``certified_end`` where that revision ends in ``data``."""
    declared_at = reader.get_historical_resolver(certified_revision)
    declared = form_fields(declared_at)
    _where, page_count = _page_of_annots(declared_at)
    final = form_fields(reader)
    problems = [W.V_NOT_A_BOX.format(box=shown(name))
                for name in dict.fromkeys(f.name for f in [*declared, *final]
                                          if f.kind != "/Sig")]
    boxes = [f for f in declared if f.kind == "/Sig"]
    problems += _one_box_each(boxes)
    problems += _where_boxes_lie(boxes, data[:certified_end], page_count)
    problems += _what_came_later(boxes, final, signatures, certified_revision)
    return problems


def _one_box_each(boxes: list[FormField]) -> list[str]:
    problems = []
    by_person: dict[str, str] = {}
    for f in boxes:
        key = person_key(f.name)
        if key in by_person:
            problems.append(W.V_SAME_PERSON.format(a=shown(by_person[key]), b=shown(f.name)))
        else:
            by_person[key] = f.name
        if len(f.widgets) != 1:
            problems.append(W.V_BOX_PLACES.format(box=shown(f.name), n=len(f.widgets)))
    return problems


def _where_boxes_lie(boxes: list[FormField], certified: bytes, page_count: int) -> list[str]:
    """A box that can be seen lies on the sign-off pages (the run of pages with boxes that
    ends the minutes) and over no text, as the certified revision drew them."""
    problems = []
    visible = [(f, f.widgets[0]) for f in boxes if len(f.widgets) == 1 and f.widgets[0].visible]
    box_pages = {w.page for _f, w in visible}
    sign_off: set[int] = set()
    page = page_count - 1
    while page in box_pages:
        sign_off.add(page)
        page -= 1
    spans: dict[int, list] = {}
    for f, w in visible:
        if w.page is None or w.page not in sign_off:
            problems.append(W.V_BOX_NOT_ON_SIGN_OFF.format(
                box=shown(f.name), page=(w.page + 1) if w.page is not None else "?"))
            continue
        if w.page not in spans:
            try:
                spans[w.page] = text_spans(certified, w.page)
            except Exception:  # a page we cannot read for text: no box may sit on it
                spans[w.page] = [(float("-inf"),) * 2 + (float("inf"),) * 2]
        inner = (w.rect[0] + 1, w.rect[1] + 1, w.rect[2] - 1, w.rect[3] - 1)
        if any(_overlaps(inner, s) for s in spans[w.page]):
            problems.append(W.V_BOX_OVER_TEXT.format(box=shown(f.name), page=w.page + 1))
    return problems


def _what_came_later(boxes: list[FormField], final: list[FormField],
                     signatures: list[SignedBox], certified_revision: int) -> list[str]:
    """Later revisions filled only declared boxes, where they were; an invisible box
    stays invisible; every later signature is in a declared box."""
    problems = []
    was = {shown(f.name): f for f in boxes}  # as verify names them (SignedBox)
    later = [s for s in signatures if s.revision > certified_revision + 1]
    signed_in = {s.box: s for s in later}
    for f in final:
        if f.kind != "/Sig":
            continue
        before = was.get(shown(f.name))
        if before is None:
            s = signed_in.get(shown(f.name))
            problems.append(W.V_UNDECLARED_SIGNATURE.format(name=s.signer, box=s.box)
                            if s is not None else W.V_BOX_ADDED.format(box=shown(f.name)))
        elif [(w.page, w.rect, w.flags) for w in f.widgets] != [
                (w.page, w.rect, w.flags) for w in before.widgets]:
            problems.append(W.V_BOX_MOVED.format(box=shown(f.name)))
        elif f.filled and not any(w.visible for w in before.widgets) and not all(
                w.appearance_empty for w in f.widgets):
            problems.append(W.V_INVISIBLE_FILLED.format(box=shown(f.name)))
    in_form = {shown(f.name) for f in final}
    for s in later:  # a signature whose box is not in the form at all
        if s.box not in was and s.box not in in_form:
            problems.append(W.V_UNDECLARED_SIGNATURE.format(name=s.signer, box=s.box))
    return problems
