"""The minutes as a PDF document (reportlab platypus).

Every figure comes from ``build_report`` (the same numbers as ``report --json``
and the screen); names are the ones people agreed to be printed under. Long
user text never sits in a table cell (cells cannot split across pages): tables
hold short figures, text follows as paragraphs.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from coprodesk.domain.model import Meeting, Role
from coprodesk.domain.report import build_report, format_duration
from coprodesk.domain.series import CarriedAction
from coprodesk.minutes import record
from coprodesk.minutes import words as W
from coprodesk.minutes.charts import Bar, share_bars
from coprodesk.minutes.fonts import BOLD, REGULAR, register_fonts
from coprodesk.minutes.longtext import paragraph
from coprodesk.minutes.text import clip, line, markup, plain

PAGE_W, PAGE_H = A4
MARGIN = 20 * mm
BODY_W = PAGE_W - 2 * MARGIN
INK = colors.HexColor("#1A1A1A")
RULE = colors.HexColor("#B8B8B8")
SHADE = colors.HexColor("#F1F3F5")
ACCENT = colors.HexColor("#0B4F71")


@dataclass(frozen=True, slots=True)
class SignatureBox:
    """Where a signer's box was drawn: the signature field goes exactly there."""

    field: str
    page: int  # 0-based
    box: tuple[float, float, float, float]  # x1, y1, x2, y2 in points


@dataclass(frozen=True, slots=True)
class MinutesInput:
    meeting: Meeting
    now_ms: int
    signers: tuple[str, ...] = ()
    amendments: tuple[tuple[int, str], ...] = ()
    carried: tuple[CarriedAction, ...] = ()
    carried_names: dict[int, str] = field(default_factory=dict)  # raisers from earlier meetings
    certifier: str = ""  # who certifies: "Facilitated by" when nobody has the facilitator role


@dataclass(frozen=True, slots=True)
class BuiltMinutes:
    pdf: bytes
    boxes: tuple[SignatureBox, ...]
    report: dict[str, Any]


def default_signers(meeting: Meeting) -> tuple[str, ...]:
    """The facilitator(s) first, then the co-chairs: one box each."""
    first = [p.public_name for p in meeting.participants if p.role is Role.FACILITATOR]
    chairs = [p.public_name for p in meeting.participants if p.role is Role.CO_CHAIR]
    names = first + chairs
    return tuple(dict.fromkeys(names)) or ("Facilitator",)


def field_name(signer: str) -> str:
    """A PDF field name for a signer (no dots: they separate field names in PDF)."""
    return " ".join(plain(signer).replace(".", " ").split())[:60] or "Signer"


def box_keys(signer: str) -> set[str]:
    """Whose box a name is, every way it is compared: as the PDF field it becomes (a
    field name is unique in a PDF), and as ``verify`` compares a box with a person
    (``shown.person_key``: compatibility forms, invisible characters, case, spaces and
    dots), of the name given and of the field written. Two names sharing any key would be
    one person's two boxes, so minutes never carry both."""
    from coprodesk.minutes.shown import person_key

    box = field_name(signer)
    return {f"field:{box.casefold()}", f"person:{person_key(signer)}",
            f"person:{person_key(box)}"}


# --------------------------------------------------------------------------- styles

class _Styles:
    def __init__(self) -> None:
        regular, bold = register_fonts()
        base = dict(fontName=regular, textColor=INK)
        self.body = ParagraphStyle("body", fontSize=11, leading=15.5, spaceAfter=5, **base)
        self.small = ParagraphStyle("small", fontSize=9.5, leading=12.5, **base)
        self.cell = ParagraphStyle("cell", fontSize=10, leading=13, **base)
        self.title = ParagraphStyle("title", fontName=bold, fontSize=22, leading=27,
                                    textColor=ACCENT, spaceAfter=4)
        self.subtitle = ParagraphStyle("subtitle", fontSize=12.5, leading=17, textColor=INK,
                                       fontName=regular, spaceAfter=10)
        self.h1 = ParagraphStyle("h1", fontName=bold, fontSize=15.5, leading=20, spaceBefore=14,
                                 spaceAfter=7, textColor=ACCENT, keepWithNext=1)
        self.h2 = ParagraphStyle("h2", fontName=bold, fontSize=12.5, leading=16, spaceBefore=9,
                                 spaceAfter=4, textColor=INK, keepWithNext=1)
        self.badge_ok = ParagraphStyle("ok", parent=self.body, fontName=bold,
                                       textColor=colors.HexColor("#005A32"))
        self.badge_no = ParagraphStyle("no", parent=self.body, fontName=bold,
                                       textColor=colors.HexColor("#8C2D04"))
        self.centre = ParagraphStyle("centre", parent=self.small, alignment=TA_CENTER)
        self.h3 = ParagraphStyle("h3", fontName=bold, fontSize=11, leading=15, spaceBefore=6,
                                 spaceAfter=2, textColor=INK, keepWithNext=1)
        self.stance = ParagraphStyle("stance", parent=self.small, spaceAfter=2, leftIndent=10)
        self.note = ParagraphStyle("note", parent=self.body, fontSize=10, leading=13,
                                   alignment=TA_RIGHT, textColor=colors.HexColor("#444444"))
        self.head = ParagraphStyle("head", fontName=bold, fontSize=10, leading=12, textColor=INK)
        self.head_right = ParagraphStyle("head_right", parent=self.head, alignment=TA_RIGHT)


class _Heading(Paragraph):
    """A section heading that becomes a PDF bookmark."""

    def __init__(self, text: str, style: ParagraphStyle, level: int, key: str) -> None:
        super().__init__(markup(text, BODY_W, style.fontName, style.fontSize), style)
        self.outline = (plain(text), level, key)


class _SpanHeading(Table):
    """A heading with a short note at the right margin, across the body's width.

    poppler (pdftotext, and readers that extract text the same way) puts a short
    heading between two tables after both tables; one that spans the width is read
    in its place, before its table."""

    def __init__(self, text: str, note: str, style: ParagraphStyle, note_style: ParagraphStyle,
                 level: int, key: str) -> None:
        super().__init__([[Paragraph(markup(text, BODY_W * 0.7, style.fontName, style.fontSize),
                                     style),
                           Paragraph(markup(note), note_style)]],
                         colWidths=[BODY_W * 0.7, BODY_W * 0.3], hAlign="LEFT")
        self.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                  ("TOPPADDING", (0, 0), (-1, -1), style.spaceBefore),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), style.spaceAfter),
                                  ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
        self.outline = (plain(text), level, key)


class _SignatureBoxFlowable(Flowable):
    """A box to sign in; records where it landed so the signature field can go there."""

    def __init__(self, signer: str, caption: str, sink: list[SignatureBox], font: str,
                 bold: str, width: float, height: float = 34 * mm) -> None:
        super().__init__()
        self.signer, self.caption, self.sink = signer, caption, sink
        self.font, self.bold = font, bold
        self.width, self.height = width, height

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setStrokeColor(RULE)
        c.setLineWidth(0.8)
        c.rect(0, 0, self.width, self.height)
        c.setFillColor(INK)
        c.setFont(self.bold, 10.5)
        c.drawString(6, self.height - 14, line(self.signer, 60))
        c.setFont(self.font, 9)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(6, 6, clip(plain(self.caption), 80))
        x, y = c.absolutePosition(0, 0)
        self.sink.append(SignatureBox(field_name(self.signer), c.getPageNumber() - 1,
                                      (x + 4, y + 16, x + self.width - 4, y + self.height - 20)))


class _Doc(BaseDocTemplate):
    def __init__(self, buf: io.BytesIO, title: str, header: str, **kw: Any) -> None:
        super().__init__(buf, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                         topMargin=MARGIN + 6 * mm, bottomMargin=MARGIN, title=title, **kw)
        self.header = header
        frame = Frame(MARGIN, MARGIN, BODY_W, PAGE_H - 2 * MARGIN - 6 * mm, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("page", [frame], onPage=self._decorate)])

    def afterFlowable(self, flowable: Flowable) -> None:
        outline = getattr(flowable, "outline", None)
        if outline:
            text, level, key = outline
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(text, key, level=level, closed=False)

    def _decorate(self, canv, doc) -> None:
        canv.saveState()
        canv.setFont(REGULAR, 9)
        canv.setFillColor(colors.HexColor("#555555"))
        canv.drawString(MARGIN, PAGE_H - MARGIN + 1 * mm, line(self.header, 90))
        canv.setStrokeColor(RULE)
        canv.line(MARGIN, PAGE_H - MARGIN, PAGE_W - MARGIN, PAGE_H - MARGIN)
        canv.line(MARGIN, MARGIN - 4 * mm, PAGE_W - MARGIN, MARGIN - 4 * mm)
        canv.restoreState()


def _numbered_canvas(footer: str):
    """'page X of Y' needs the page count: pages are drawn once the count is known."""
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont(REGULAR, 9)
                self.setFillColor(colors.HexColor("#555555"))
                self.drawRightString(PAGE_W - MARGIN, MARGIN - 9 * mm,
                                     W.PAGE_OF.format(n=self._pageNumber, total=total))
                self.drawString(MARGIN, MARGIN - 9 * mm, footer)
                super().showPage()
            super().save()

    return NumberedCanvas


# --------------------------------------------------------------------------- builder

def _table(rows: list[list[Any]], widths: list[float], numeric_from: int = 99,
           header_rows: int = 1) -> Table:
    t = Table(rows, colWidths=widths, repeatRows=header_rows, hAlign="LEFT")
    style = [
        ("FONT", (0, 0), (-1, -1), REGULAR, 10),
        ("FONT", (0, 0), (-1, header_rows - 1), BOLD, 10),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, ACCENT),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.3, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, header_rows - 1), "BOTTOM"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"),
    ]
    for r in range(header_rows, len(rows)):
        if (r - header_rows) % 2 == 1:
            style.append(("BACKGROUND", (0, r), (-1, r), SHADE))
    t.setStyle(TableStyle(style))
    return t


def _fit_heads(heads: list[str], widths: list[float], give: tuple[int, ...]) -> list[float]:
    """Column widths in which each header's longest word fits unbroken (a translation's
    long word, "Beiseitetreten", would otherwise break letter by letter), the room taken
    from the columns ``give``, in turn, each down to its own header's need and no less than
    a sixth of the page (they hold text that wraps at spaces)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    need = [max((stringWidth(w, BOLD, 10) for w in plain(h).split()), default=0) + 11
            for h in heads]
    out = list(widths)
    for i in range(len(out)):
        short = need[i] - out[i]
        for g in (g for g in give if g != i and short > 0):
            spare = max(0.0, out[g] - max(need[g], BODY_W / 6))
            taken = min(spare, short)
            out[g] -= taken
            out[i] += taken
            short -= taken
    return out


class _Ctx:
    """One build: the input, its report, the styles and the story being written."""

    def __init__(self, data: MinutesInput) -> None:
        self.data, self.m = data, data.meeting
        self.s = _Styles()
        self.report = build_report(self.m, data.now_ms)
        self.public = {p.id: p.public_name for p in self.m.participants}
        self.story: list[Flowable] = []
        self.boxes: list[SignatureBox] = []

    def para(self, text: str, style: ParagraphStyle | None = None,
             width: float = BODY_W) -> Flowable:
        """User text of any length (long text is set in pieces: see minutes/longtext.py)."""
        return paragraph(text, style or self.s.body, width)

    def heading(self, text: str, key: str, level: int = 0) -> Paragraph:
        return _Heading(text, self.s.h1 if level == 0 else self.s.h2, level, key)

    def labelled(self, label: str, value: str, style: ParagraphStyle | None = None) -> Flowable:
        """"**Label:** value" with the user's value escaped."""
        return paragraph(value, style or self.s.body, BODY_W - 120, f"<b>{markup(label)}</b> ")

    def head_cells(self, labels: list[str], numeric_from: int = 99) -> list[Paragraph]:
        """Header cells that wrap inside their column instead of running into the next."""
        return [Paragraph(markup(text), self.s.head_right if i >= numeric_from else self.s.head)
                for i, text in enumerate(labels)]

    def add(self, *flowables: Flowable) -> None:
        self.story.extend(flowables)


def build_minutes(data: MinutesInput) -> BuiltMinutes:
    """The minutes of ``data.meeting`` as PDF bytes, with where each signature box is."""
    ctx = _Ctx(data)
    for section in (_title_block, _attendees, _agenda, _decisions, _actions, _carried,
                    _balance, _sign_off):
        section(ctx)
    return BuiltMinutes(_render(ctx), tuple(ctx.boxes), ctx.report)


# --- title block

def _title_block(ctx: _Ctx) -> None:
    m, s = ctx.m, ctx.s
    ctx.add(_Heading(m.title or W.UNTITLED, s.title, 0, "title"))
    when = " · ".join(x for x in (m.date, m.place) if x)
    ctx.add(ctx.para(when or W.NO_DATE_PLACE, s.subtitle))
    if record.is_draft(m):
        ctx.add(ctx.para(W.RUNNING_BANNER.format(now=record.clock(ctx.data.now_ms)), s.badge_no))
    facts = record.facts(m, ctx.data.certifier, ctx.data.now_ms)
    facts.append((W.OTHER_VERSIONS, W.OTHER_VERSIONS_TEXT))
    for label, value in facts:
        ctx.add(ctx.labelled(f"{label}:", value))
    for recorded_ms, reason in ctx.data.amendments:
        day = datetime.fromtimestamp(recorded_ms / 1000, UTC).strftime("%Y-%m-%d")
        ctx.add(ctx.labelled(W.AMENDED.format(day=day), reason, s.badge_no))
    if m.ground_rules.strip():
        ctx.add(ctx.heading(W.GROUND_RULES, "ground-rules"), ctx.para(m.ground_rules))


# --- attendees

def _attendees(ctx: _Ctx) -> None:
    m = ctx.m
    lead: list[Flowable] = [ctx.heading(W.WHO_TOOK_PART, "attendees")]
    for g in m.groups:
        members = [p for p in m.participants if p.group_id == g.id and not p.apologies]
        if not members:
            continue
        rows: list[list[Any]] = [ctx.head_cells([W.NAME, W.ROLE, W.ATTENDANCE])]
        rows += [[line(p.public_name, 60), W.role(p.role), record.attendance(p, m)]
                 for p in members]
        title = W.GROUP_HEADING.format(label=g.label, name=g.name) if g.label else g.name
        observers = sum(1 for p in members if not p.counted)
        ctx.add(KeepTogether([
            *lead, _SpanHeading(title, W.people_count(len(members), observers), ctx.s.h2,
                                ctx.s.note, 1, f"group-{g.id}"),
            _table(rows, [BODY_W * 0.42, BODY_W * 0.22, BODY_W * 0.36])]))
        lead = []
    ctx.add(*lead)
    apologies = [p.public_name for p in m.participants if p.apologies]
    if apologies:
        ctx.add(ctx.para(W.APOLOGIES.format(names=", ".join(apologies))))
    ctx.add(Spacer(1, 6), ctx.para(W.NAMING_NOTE, ctx.s.small))


# --- agenda

def _item_actual(it: dict[str, Any]) -> str:
    if it["actual_s"] is None and it["started"] is not None:
        return W.IN_PROGRESS
    return format_duration(it["actual_s"])


def _agenda(ctx: _Ctx) -> None:
    ctx.add(ctx.heading(W.AGENDA, "agenda"))
    heads = list(W.AGENDA_COLUMNS)
    rows: list[list[Any]] = [ctx.head_cells(heads, numeric_from=2)]
    for it in ctx.report["items"]:
        rows.append([str(it["position"]), line(it["title"], 70),
                     format_duration(it["planned_s"]), _item_actual(it),
                     format_duration(it["floor_s"])])
    ctx.add(_table(rows, _fit_heads(heads, [BODY_W * 0.06, BODY_W * 0.49, BODY_W * 0.15,
                                            BODY_W * 0.15, BODY_W * 0.15], (1,)), numeric_from=2))
    noted = [(n, i) for n, i in enumerate(ctx.m.items, 1) if i.notes.strip()]
    if noted:
        ctx.add(ctx.heading(W.NOTES, "notes", 1))
    for n, item in noted:
        ctx.add(Paragraph(f"<b>{n}. {markup(clip(item.title, 120), BODY_W, BOLD, 11)}</b>",
                          ctx.s.body), ctx.para(item.notes))


# --- decisions

def _decisions(ctx: _Ctx) -> None:
    lead: list[Flowable] = [ctx.heading(W.DECISIONS, "decisions")]
    if not ctx.m.decisions:
        ctx.add(*lead, ctx.para(W.NO_DECISIONS))
    for n, (d, dr) in enumerate(zip(ctx.m.decisions, ctx.report["decisions"], strict=True), 1):
        ctx.add(*_decision(ctx, n, d, dr, lead))
        lead = []


def _round_table(ctx: _Ctx, rnd: record.RoundRecord) -> Table:
    heads = list(rnd.keys if rnd.numbered else rnd.options)
    labels = [W.GROUP, *heads, W.NOT_GIVEN, W.ENDORSED]
    rows: list[list[Any]] = [ctx.head_cells(labels, 1)]
    for g in rnd.groups:
        rows.append([Paragraph(markup(clip(g.name, 60)), ctx.s.cell), *map(str, g.counts),
                     str(g.not_given), W.YES if g.endorses else f"{W.NO} ({g.reason})"])
    first_w, not_given_w, endorsed_w = BODY_W * 0.22, BODY_W * 0.12, BODY_W * 0.2
    each = (BODY_W - first_w - not_given_w - endorsed_w) / len(heads)
    return _table(rows, _fit_heads(labels, [first_w, *[each] * len(heads), not_given_w,
                                            endorsed_w], (len(labels) - 1, 0)), numeric_from=1)


def _round(ctx: _Ctx, rnd: record.RoundRecord, key: str) -> list[Flowable]:
    s = ctx.s
    out: list[Flowable] = []
    if rnd.total > 1:
        out.append(_SpanHeading(W.ROUND_HEADING.format(n=rnd.number, total=rnd.total),
                                W.FINAL_ROUND if rnd.number == rnd.total else W.REVISED_AFTER,
                                s.h3, s.note, 2, f"{key}-round-{rnd.number}"))
        out.append(ctx.para(W.ROUND_PROPOSAL.format(n=rnd.number, text=rnd.proposal)))
    head = [*out, _round_table(ctx, rnd)]
    if rnd.numbered:
        head += [Spacer(1, 3), ctx.para(W.OPTION_KEY.format(legend=rnd.legend()), s.small)]
    out = [KeepTogether(head), Spacer(1, 4)]
    shown = [st for st in rnd.stances if st.reason.strip() or not ctx.m.groups_only]
    if shown:
        out.append(ctx.para(W.STANCES.format(n=rnd.number)))
        out.extend(ctx.para(st.sentence(), s.stance) for st in shown)
        out.append(Spacer(1, 4))
    if rnd.number < rnd.total:
        out.append(ctx.para(W.ROUND_RESULT.format(n=rnd.number, verdict=rnd.verdict)))
        out.append(ctx.para(W.REVISED.format(next=rnd.number + 1)))
    return out


def _decision(ctx: _Ctx, n: int, d, dr: dict[str, Any], lead: list[Flowable]
              ) -> list[Flowable]:
    """One decision; ``lead`` (the section heading, for the first) stays with its first table,
    since reportlab's keepWithNext does not reach into a KeepTogether."""
    s = ctx.s
    rounds = record.decision_rounds(ctx.m, d, ctx.data.now_ms)
    intro: list[Flowable] = [
        *lead,
        ctx.heading(W.DECISION_HEADING.format(n=n, proposal=clip(d.proposal, 150)),
                    f"decision-{n}", 1),
        ctx.para(W.PROPOSAL.format(text=d.proposal)),
        ctx.para(record.method_line(d), s.small), Spacer(1, 3)]
    body: list[Flowable] = []
    for rnd in rounds:
        body.extend(_round(ctx, rnd, f"decision-{n}"))
    if body:  # keep the decision's heading with its first table
        body[0] = KeepTogether([*intro, body[0]])
    else:
        body = intro
    body.append(ctx.para(W.OUTCOME.format(outcome=W.outcome(dr["outcome"]))))
    if dr["override"]:
        body.append(ctx.para(W.OVERRIDE.format(outcome=W.outcome(dr["override"]["outcome"]),
                                               computed=W.outcome(dr["computed_outcome"]),
                                               reason=dr["override"]["reason"])))
    body.append(ctx.para(record.in_words(ctx.m, d, ctx.data.now_ms),
                         s.badge_ok if dr["joint"] else s.badge_no))
    if d.statement.strip():
        body.append(ctx.para(W.STATEMENT.format(text=d.statement)))
    if d.dissent.strip():
        body.append(ctx.para(W.DISSENT.format(text=d.dissent)))
    body.append(Spacer(1, 6))
    return body


# --- actions

def _actions(ctx: _Ctx) -> None:
    ctx.add(ctx.heading(W.ACTIONS, "actions"))
    if not ctx.m.actions:
        ctx.add(ctx.para(W.NO_ACTIONS))
        return
    rows: list[list[Any]] = [ctx.head_cells(list(W.ACTION_COLUMNS))]
    texts = []
    for a in ctx.m.actions:
        who = ", ".join(ctx.public.get(o, "?") for o in a.owner_ids) or W.NOT_ASSIGNED
        rows.append([Paragraph(markup(clip(a.what, 300), BODY_W * 0.44, REGULAR, 10), ctx.s.cell),
                     Paragraph(markup(clip(who, 200), BODY_W * 0.28, REGULAR, 10), ctx.s.cell),
                     a.due or "–", W.DONE if a.done else W.OPEN])
        if len(a.what) > 300:
            texts.append(a.what)
    ctx.add(_table(rows, [BODY_W * 0.44, BODY_W * 0.28, BODY_W * 0.16, BODY_W * 0.12]))
    ctx.add(*(ctx.para(full, ctx.s.small) for full in texts))


# --- you said, we did

def _carried(ctx: _Ctx) -> None:
    data = ctx.data
    if not data.carried:
        return
    ctx.add(ctx.heading(W.YOU_SAID, "you-said-we-did"), ctx.para(W.YOU_SAID_INTRO))
    for c in data.carried:
        raised = data.carried_names.get(c.raised_by_id or -1, "")
        origin = W.CARRIED_FROM.format(title=c.from_meeting.title, date=c.from_meeting.date)
        if c.decision:
            origin += W.CARRIED_DECISION.format(text=clip(c.decision, 120))
        if raised:
            origin += W.CARRIED_RAISED.format(name=raised)
        outcome = W.action_status(c.status) if c.status else W.NOT_YET_ASKED
        ctx.add(KeepTogether([
            Paragraph(f"<b>{markup(clip(c.action.what, 300), BODY_W, BOLD, 11)}</b>", ctx.s.body),
            ctx.para(origin, ctx.s.small),
            ctx.para(W.CARRIED_OUTCOME.format(outcome=outcome)
                     + (f" — {c.note}" if c.note else ""))]))


# --- balance

def _balance(ctx: _Ctx) -> None:
    m, report = ctx.m, ctx.report
    ctx.add(CondPageBreak(120 * mm), ctx.heading(W.BALANCE, "balance"))
    words = report["balance_in_words"]
    ctx.add(ctx.para(W.BALANCE_INTRO.format(total=format_duration(report["total_floor_s"]),
                                            words=W.domain(words),
                                            explain=W.BALANCE_EXPLAIN.get(words, ""))))
    online = W.online_sentence(report)
    if online:
        ctx.add(ctx.para(online))
    label_of = {g.name: g for g in m.groups}
    group_bars = [Bar(f"{label_of[g['name']].label} {g['name']}" if label_of[g['name']].label
                      else g["name"], g["share"], g["fair_share"],
                      label_of[g["name"]].colour or "#777777",
                      W.GROUP_CAPTION.format(members=g["members"],
                                             floor=format_duration(g["floor_s"])))
                  for g in report["groups"]]
    if group_bars:
        ctx.add(ctx.heading(W.BY_GROUP, "balance-groups", 1),
                share_bars(group_bars, BODY_W, REGULAR, BOLD, label_width=170))
    if m.groups_only:
        ctx.add(ctx.para(W.GROUPS_ONLY))
        return
    people = [p for p in report["participants"] if p["counted"]]
    if people:
        ctx.add(ctx.heading(W.BY_PERSON, "balance-people", 1))
        colour_of = {g["name"]: (label_of[g["name"]].colour or "#777777") for g in report["groups"]}
        glabel = {g.name: g.label for g in m.groups}
        bars = [Bar(ctx.public[p["id"]], p["share"], p["fair_share"],  # by id: names repeat
                    colour_of.get(p["group"], "#777777"),
                    W.PERSON_CAPTION.format(group=glabel.get(p["group"], ""),
                                            floor=format_duration(p["floor_s"]),
                                            turns=p["turns"]))
                for p in people]
        for start in range(0, len(bars), 18):
            ctx.add(share_bars(bars[start:start + 18], BODY_W, REGULAR, BOLD, label_width=150))
    quiet = [ctx.public[i] for i in report["quiet_voice_ids"]]
    if quiet:
        ctx.add(Spacer(1, 6), ctx.para(W.QUIET.format(names=", ".join(quiet))))


# --- sign-off

def _sign_off(ctx: _Ctx) -> None:
    """One box per signer, across the full width: the signature's own stamp is drawn to fit
    the field, so a wide field keeps its text at least 9 pt (half width gave 5.6 pt)."""
    ctx.add(PageBreak(), ctx.heading(W.SIGN_OFF, "sign-off"), ctx.para(W.SIGN_OFF_INTRO))
    signers = ctx.data.signers or default_signers(ctx.m)
    for i, signer in enumerate(signers):
        ctx.add(_SignatureBoxFlowable(signer, W.CERTIFIES if i == 0 else W.COUNTERSIGNS,
                                      ctx.boxes, REGULAR, BOLD, BODY_W, 40 * mm),
                Spacer(1, 6 * mm))


# --- the file

def _render(ctx: _Ctx) -> bytes:
    m = ctx.m
    buf = io.BytesIO()
    title = plain(m.title)
    header = W.HEADER.format(title=title) + (f" · {m.date}" if m.date else "")
    created = datetime.fromtimestamp(ctx.data.now_ms / 1000, UTC)
    author = record.facilitated_by(m, ctx.data.certifier)
    doc = _Doc(buf, title=W.DOC_TITLE.format(title=title), header=header,
               author=author if author != W.NOT_RECORDED else "CoProDesk",
               subject=clip(plain(m.purpose), 300) or W.DOC_SUBJECT.format(title=title),
               creator="CoProDesk", producer="CoProDesk (reportlab)",
               invariant=0, initialFontName=REGULAR, lang=W.LANGUAGE, displayDocTitle=1)
    doc.build(ctx.story, canvasmaker=_numbered_canvas(W.FOOTER.format(day=f"{created:%Y-%m-%d}")))
    return buf.getvalue()
