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
from reportlab.lib.enums import TA_CENTER
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

from coprodesk.domain import decisions as rules
from coprodesk.domain.model import Meeting, Role
from coprodesk.domain.report import build_report, format_duration
from coprodesk.domain.series import CarriedAction
from coprodesk.minutes.charts import Bar, share_bars
from coprodesk.minutes.fonts import BOLD, REGULAR, register_fonts
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
                                 spaceAfter=7, textColor=ACCENT)
        self.h2 = ParagraphStyle("h2", fontName=bold, fontSize=12.5, leading=16, spaceBefore=9,
                                 spaceAfter=4, textColor=INK)
        self.badge_ok = ParagraphStyle("ok", parent=self.body, fontName=bold,
                                       textColor=colors.HexColor("#005A32"))
        self.badge_no = ParagraphStyle("no", parent=self.body, fontName=bold,
                                       textColor=colors.HexColor("#8C2D04"))
        self.centre = ParagraphStyle("centre", parent=self.small, alignment=TA_CENTER)


class _Heading(Paragraph):
    """A section heading that becomes a PDF bookmark."""

    def __init__(self, text: str, style: ParagraphStyle, level: int, key: str) -> None:
        super().__init__(markup(text, BODY_W, style.fontName, style.fontSize), style)
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
        c.setFont(self.font, 8.5)
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
        canv.setFont(REGULAR, 8.5)
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
                self.setFont(REGULAR, 8.5)
                self.setFillColor(colors.HexColor("#555555"))
                self.drawRightString(PAGE_W - MARGIN, MARGIN - 9 * mm,
                                     f"page {self._pageNumber} of {total}")
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
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"),
    ]
    for r in range(header_rows, len(rows)):
        if (r - header_rows) % 2 == 1:
            style.append(("BACKGROUND", (0, r), (-1, r), SHADE))
    t.setStyle(TableStyle(style))
    return t


def _when(ms: int | None) -> str:
    if ms is None:
        return ""
    return datetime.fromtimestamp(ms / 1000, UTC).astimezone().strftime("%H:%M")


def build_minutes(data: MinutesInput) -> BuiltMinutes:
    """The minutes of ``data.meeting`` as PDF bytes, with where each signature box is."""
    s = _Styles()
    m = data.meeting
    report = build_report(m, data.now_ms)
    groups = {g.id: g for g in m.groups}
    by_id = {p.id: p for p in m.participants}
    public = {p.id: p.public_name for p in m.participants}
    real_to_public = {p.name: p.public_name for p in m.participants}
    story: list[Flowable] = []

    def para(text: str, style: ParagraphStyle = s.body, width: float = BODY_W) -> Paragraph:
        return Paragraph(markup(text, width, style.fontName, style.fontSize), style)

    def heading(text: str, key: str, level: int = 0) -> Paragraph:
        return _Heading(text, s.h1 if level == 0 else s.h2, level, key)

    # --- title block
    story.append(_Heading(m.title or "Untitled meeting", s.title, 0, "title"))
    when = " · ".join(x for x in (m.date, "–".join(t for t in (m.start_time, m.end_time) if t),
                                  m.place) if x)
    story.append(para(when or "Date and place not recorded", s.subtitle))
    facilitators = [p.public_name for p in m.participants if p.role is Role.FACILITATOR]
    chairs = [p.public_name for p in m.participants if p.role is Role.CO_CHAIR]
    facts = []
    if m.purpose.strip():
        facts.append(("Purpose", m.purpose))
    facts.append(("Facilitated by", ", ".join(facilitators) or "not recorded"))
    if chairs:
        facts.append(("Co-chaired by", ", ".join(chairs)))
    if m.series:
        facts.append(("Series", m.series))
    facts.append(("Status", str(m.status)))
    for label, value in facts:
        story.append(Paragraph(f"<b>{markup(label)}:</b> "
                               f"{markup(value, BODY_W - 80, REGULAR, 11)}", s.body))
    for recorded_ms, reason in data.amendments:
        day = datetime.fromtimestamp(recorded_ms / 1000, UTC).strftime("%Y-%m-%d")
        story.append(Paragraph(f"<b>Amended after signing ({day}):</b> "
                               f"{markup(reason, BODY_W - 160, REGULAR, 11)}", s.badge_no))

    if m.ground_rules.strip():
        story.append(heading("Ground rules", "ground-rules"))
        story.append(para(m.ground_rules))

    # --- attendees
    story.append(heading("Who took part", "attendees"))
    apologies = [p for p in m.participants if p.apologies]
    for g in m.groups:
        members = [p for p in m.participants if p.group_id == g.id and not p.apologies]
        if not members:
            continue
        rows: list[list[Any]] = [["Name", "Role", "Attendance"]]
        for p in members:
            rows.append([line(p.public_name, 60), str(p.role), _attendance(p, m)])
        story.append(KeepTogether([
            heading(f"{g.label} · {g.name}" if g.label else g.name, f"group-{g.id}", 1),
            _table(rows, [BODY_W * 0.42, BODY_W * 0.22, BODY_W * 0.36])]))
    if apologies:
        story.append(para("Apologies: " + ", ".join(p.public_name for p in apologies)))
    story.append(para("People who asked not to be named appear by initials or a pseudonym "
                      "of their choice. Observers are listed but never counted in shares or "
                      "decisions.", s.small))

    # --- agenda
    story.append(heading("Agenda: planned and actual time", "agenda"))
    rows = [["#", "Item", "Planned", "Actual", "Speaking"]]
    for it in report["items"]:
        rows.append([str(it["position"]), line(it["title"], 70),
                     format_duration(it["planned_s"]), format_duration(it["actual_s"]),
                     format_duration(it["floor_s"])])
    story.append(_table(rows, [BODY_W * 0.06, BODY_W * 0.52, BODY_W * 0.14, BODY_W * 0.14,
                               BODY_W * 0.14], numeric_from=2))
    noted = [i for i in m.items if i.notes.strip()]
    if noted:
        story.append(heading("Notes", "notes", 1))
        for n, item in enumerate(m.items, 1):
            if item.notes.strip():
                story.append(Paragraph(f"<b>{n}. {markup(clip(item.title, 120), BODY_W, BOLD, 11)}</b>",
                                       s.body))
                story.append(para(item.notes))

    # --- decisions
    story.append(heading("Decisions", "decisions"))
    if not m.decisions:
        story.append(para("No decisions were recorded."))
    for n, (d, dr) in enumerate(zip(m.decisions, report["decisions"], strict=True), 1):
        story.extend(_decision(s, para, heading, n, d, dr, m, public, groups, by_id))

    # --- actions
    story.append(heading("Actions", "actions"))
    if not m.actions:
        story.append(para("No actions were recorded."))
    else:
        rows = [["What", "Who", "By when", "Status"]]
        texts = []
        for a in m.actions:
            who = ", ".join(public.get(o, "?") for o in a.owner_ids) or "not assigned"
            rows.append([Paragraph(markup(clip(a.what, 300), BODY_W * 0.44, REGULAR, 10),
                                   s.cell),
                         Paragraph(markup(clip(who, 200), BODY_W * 0.28, REGULAR, 10), s.cell),
                         a.due or "–", "done" if a.done else "open"])
            if len(a.what) > 300:
                texts.append(a.what)
        story.append(_table(rows, [BODY_W * 0.46, BODY_W * 0.28, BODY_W * 0.14,
                                   BODY_W * 0.12]))
        for full in texts:
            story.append(para(full, s.small))

    # --- you said, we did
    if data.carried:
        story.append(heading("You said, we did", "you-said-we-did"))
        story.append(para("Actions carried from earlier meetings of this series, who raised "
                          "them and what happened."))
        for c in data.carried:
            raised = data.carried_names.get(c.raised_by_id or -1, "")
            origin = f"From {c.from_meeting.title} ({c.from_meeting.date})"
            if c.decision:
                origin += f", decision: {clip(c.decision, 120)}"
            if raised:
                origin += f"; raised by {raised}"
            outcome = str(c.status) if c.status else "not yet asked"
            story.append(KeepTogether([
                Paragraph(f"<b>{markup(clip(c.action.what, 300), BODY_W, BOLD, 11)}</b>", s.body),
                para(origin, s.small),
                para(f"Outcome: {outcome}" + (f" — {c.note}" if c.note else ""))]))

    # --- balance
    story.append(CondPageBreak(120 * mm))
    story.append(heading("Speaking-time balance", "balance"))
    story.append(para(
        f"Total speaking time {format_duration(report['total_floor_s'])}. Balance index "
        f"{report['balance_index']:.2f} ({report['balance_in_words']}): 1 means every counted "
        "person spoke equally, 0 that one voice held the floor."))
    label_of = {g.name: g for g in m.groups}
    group_bars = [Bar(f"{label_of[g['name']].label} {g['name']}" if label_of[g['name']].label
                      else g["name"], g["share"], g["fair_share"],
                      label_of[g["name"]].colour or "#777777",
                      f"{g['members']} counted · {format_duration(g['floor_s'])}")
                  for g in report["groups"]]
    if group_bars:
        story.append(heading("By stakeholder group", "balance-groups", 1))
        story.append(share_bars(group_bars, BODY_W, REGULAR, BOLD, label_width=170))
    if not m.groups_only:
        people = [p for p in report["participants"] if p["counted"]]
        if people:
            story.append(heading("By person", "balance-people", 1))
            colour_of = {g["name"]: (label_of[g["name"]].colour or "#777777")
                         for g in report["groups"]}
            glabel = {g.name: g.label for g in m.groups}
            bars = [Bar(real_to_public.get(p["name"], p["name"]), p["share"], p["fair_share"],
                        colour_of.get(p["group"], "#777777"),
                        f"{glabel.get(p['group'], '')} · {format_duration(p['floor_s'])}"
                        f" · {p['turns']} turns")
                    for p in people]
            for start in range(0, len(bars), 20):
                story.append(share_bars(bars[start:start + 20], BODY_W, REGULAR, BOLD,
                                        row=26, label_width=150))
    else:
        story.append(para("This meeting chose to show groups only: no individual figures."))
    quiet = [real_to_public.get(n, n) for n in report["quiet_voices"]]
    if quiet and not m.groups_only:
        story.append(Spacer(1, 6))
        story.append(para("Quiet voices (well under their fair share): " + ", ".join(quiet)))

    # --- sign-off
    story.append(PageBreak())
    story.append(heading("Sign-off", "sign-off"))
    story.append(para("By signing, each signer confirms these minutes as a true record. The "
                      "signatures are digital: any change to the document after signing is "
                      "detectable (coprodesk verify, or any PDF reader that checks signatures)."))
    boxes: list[SignatureBox] = []
    signers = data.signers or default_signers(m)
    half = (BODY_W - 8 * mm) / 2
    row: list[Flowable] = []
    grid: list[list[Flowable]] = []
    for i, signer in enumerate(signers):
        caption = "certifies the minutes" if i == 0 else "countersigns"
        row.append(_SignatureBoxFlowable(signer, caption, boxes, REGULAR, BOLD, half))
        if len(row) == 2:
            grid.append(row)
            row = []
    if row:
        grid.append([*row, Spacer(half, 1)])
    for pair in grid:
        t = Table([pair], colWidths=[half + 8 * mm, half], hAlign="LEFT")
        t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 8 * mm)]))
        story.append(t)

    buf = io.BytesIO()
    header = f"Minutes · {plain(m.title)}" + (f" · {m.date}" if m.date else "")
    created = datetime.fromtimestamp(data.now_ms / 1000, UTC)
    doc = _Doc(buf, title=f"Minutes: {plain(m.title)}", header=header,
               author=", ".join(facilitators) or "CoProDesk",
               subject=plain(m.purpose) or f"Minutes of {plain(m.title)}",
               creator="CoProDesk", producer="CoProDesk (reportlab)",
               invariant=0, initialFontName=REGULAR)
    footer = f"Minutes made with CoProDesk on {created:%Y-%m-%d}"
    doc.build(story, canvasmaker=_numbered_canvas(footer))
    return BuiltMinutes(buf.getvalue(), tuple(boxes), report)


def _attendance(p, m: Meeting) -> str:
    if not p.counted:
        return "observer (not counted)"
    if not p.presence:
        return "whole meeting" if m.started_ms else "expected"
    parts = []
    for pr in p.presence:
        start = _when(pr.start_ms)
        end = _when(pr.end_ms) if pr.end_ms is not None else ""
        parts.append(f"{start}–{end}" if end else f"from {start}")
    if len(p.presence) == 1 and m.started_ms is not None and p.presence[0].start_ms <= m.started_ms \
            and p.presence[0].end_ms is None:
        return "whole meeting"
    return ", ".join(parts)


def _decision(s: _Styles, para, heading, n: int, d, dr: dict[str, Any], m: Meeting,
              public: dict[int, str], groups: dict, by_id: dict) -> list[Flowable]:
    out: list[Flowable] = [heading(f"Decision {n}: {clip(d.proposal, 150)}", f"decision-{n}", 1)]
    method = rules.get_method(d.method)
    how = method.label
    if d.method == "majority":
        how += f" ({rules.Threshold(d.threshold).label.lower()})"
    out.append(para(f"Proposal: {d.proposal}"))
    out.append(para(f"Method: {how}. {method.rule}", s.small))
    out.append(Spacer(1, 3))
    for rnd in d.rounds[:-1]:
        out.append(para(f"Earlier round {rnd.number}: {rnd.proposal}", s.small))
    rows: list[list[Any]] = [["Group", "Support", "Neutral", "Oppose", "Block", "Not given",
                              "Endorsed"]]
    for g in dr["groups"]:
        rows.append([line(g["name"], 40), g["supports"], g["neutral"], g["opposes"],
                     g["blocks"], g["not_given"], "yes" if g["endorses"] else "no"])
    table = _table(rows, [BODY_W * 0.28] + [BODY_W * 0.12] * 6, numeric_from=1)
    out = [KeepTogether([*out, table]), Spacer(1, 6)]
    current = d.current_round
    reasons = []
    if current is not None:
        for st in current.stances:
            if st.reason.strip() and st.participant_id in by_id:
                label = rules.option(d.method, st.option).label if st.option else "Not given"
                if not by_id[st.participant_id].counted:
                    label += ", observer, not counted"
                reasons.append(f"{public[st.participant_id]} ({label}): {st.reason}")
    if reasons:
        out.append(para("Reasons given:", s.body))
        out.extend(para(r, s.small) for r in reasons)
    outcome = dr["outcome"]
    out.append(para(f"Outcome: {outcome}"))
    if dr["override"]:
        out.append(para(f"The facilitator set the outcome to {dr['override']['outcome']} "
                        f"(computed: {dr['computed_outcome']}). Reason: "
                        f"{dr['override']['reason']}"))
    out.append(para(dr["in_words"], s.badge_ok if dr["joint"] else s.badge_no))
    if d.statement.strip():
        out.append(para(f"Outcome statement: {d.statement}"))
    if d.dissent.strip():
        out.append(para(f"Recorded dissent: {d.dissent}"))
    out.append(Spacer(1, 4))
    return out
