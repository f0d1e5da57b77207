"""Easy-read minutes: large type, short sentences, one idea per line, a picture per part.

Built from the same record as the full minutes, but only what a participant
needs: who came, what we talked about, what we decided (and whether every group
agreed), what happens next, and who spoke, in words: never an index or a
percentage. Only people who agreed to be named are named; the others are counted.
"""

from __future__ import annotations

import io
from typing import Any

from reportlab.graphics.shapes import Circle, Drawing, Ellipse, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from coprodesk.domain import decisions as rules
from coprodesk.domain.balance import TOO_EARLY
from coprodesk.domain.report import build_report
from coprodesk.minutes import words as W
from coprodesk.minutes.fonts import register_fonts
from coprodesk.minutes.language import long_date
from coprodesk.minutes.text import markup, plain

BODY = 16  # points: the smallest text in easy-read minutes
INK = colors.HexColor("#1A1A1A")
ACCENT = colors.HexColor("#0B4F71")
PICTURE = 30 * mm


# --------------------------------------------------------------------------- pictures

def _picture(kind: str) -> Drawing:
    """Simple pictograms drawn in the file (no third-party artwork, no licence to carry)."""
    d = Drawing(PICTURE, PICTURE)
    s = PICTURE
    ink, light = ACCENT, colors.HexColor("#D9E8F0")
    d.add(Rect(0, 0, s, s, rx=10, ry=10, fillColor=light, strokeColor=None))
    if kind == "people":
        for x in (0.3, 0.7):
            d.add(Circle(s * x, s * 0.66, s * 0.11, fillColor=ink, strokeColor=None))
            d.add(Rect(s * (x - 0.14), s * 0.16, s * 0.28, s * 0.34, rx=6, ry=6,
                       fillColor=ink, strokeColor=None))
    elif kind == "watch":  # observers: an eye
        d.add(Ellipse(s * 0.5, s * 0.5, s * 0.36, s * 0.2, fillColor=colors.white,
                      strokeColor=ink, strokeWidth=3))
        d.add(Circle(s * 0.5, s * 0.5, s * 0.12, fillColor=ink, strokeColor=None))
    elif kind == "talk":
        d.add(Rect(s * 0.12, s * 0.38, s * 0.76, s * 0.44, rx=8, ry=8, fillColor=colors.white,
                   strokeColor=ink, strokeWidth=3))
        d.add(Polygon([s * 0.3, s * 0.39, s * 0.48, s * 0.39, s * 0.25, s * 0.18],
                      fillColor=colors.white, strokeColor=ink, strokeWidth=3))
        for y in (0.68, 0.54):
            d.add(Line(s * 0.24, s * y, s * 0.76, s * y, strokeColor=ink, strokeWidth=3))
    elif kind == "decide":  # agreed, and every group endorsed it: a tick
        _tick(d, 0.0, 0.0, s, ink)
    elif kind == "not-joint":  # agreed, but not by every group: a tick beside a cross
        _tick(d, -0.14 * s, 0.14 * s, 0.72 * s, ink)
        _cross(d, 0.6 * s, 0.34 * s, 0.3 * s, ink)
    elif kind == "not-decided":  # not agreed, or put off: a cross
        _cross(d, 0.26 * s, 0.26 * s, 0.48 * s, ink)
    elif kind == "next":
        d.add(Rect(s * 0.18, s * 0.16, s * 0.64, s * 0.6, fillColor=colors.white,
                   strokeColor=ink, strokeWidth=3))
        d.add(Rect(s * 0.18, s * 0.64, s * 0.64, s * 0.12, fillColor=ink, strokeColor=None))
        d.add(Polygon([s * 0.36, s * 0.5, s * 0.36, s * 0.26, s * 0.62, s * 0.38],
                      fillColor=ink, strokeColor=None))
    elif kind == "spoke":
        d.add(Circle(s * 0.34, s * 0.6, s * 0.14, fillColor=ink, strokeColor=None))
        d.add(Rect(s * 0.18, s * 0.16, s * 0.32, s * 0.3, rx=6, ry=6, fillColor=ink,
                   strokeColor=None))
        for r in (0.16, 0.26):
            d.add(Line(s * (0.56 + r * 0.5), s * 0.48, s * (0.56 + r * 0.5), s * 0.74,
                       strokeColor=ink, strokeWidth=3))
    d.add(String(0, 0, "", fontSize=1))  # keeps the drawing's box; no visible text
    return d


def _tick(d: Drawing, x: float, y: float, size: float, ink) -> None:
    """A tick filling a ``size`` square whose corner is at (``x``, ``y``)."""
    unit = (0.2, 0.52, 0.42, 0.28, 0.82, 0.74, 0.74, 0.82, 0.42, 0.44, 0.28, 0.6)
    d.add(Polygon([(x if i % 2 == 0 else y) + size * v for i, v in enumerate(unit)],
                  fillColor=ink, strokeColor=None))


def _cross(d: Drawing, x: float, y: float, size: float, ink) -> None:
    """A cross (two thick strokes) in a ``size`` square whose corner is at (``x``, ``y``)."""
    for x0, y0, x1, y1 in ((x, y, x + size, y + size), (x, y + size, x + size, y)):
        d.add(Line(x0, y0, x1, y1, strokeColor=ink, strokeWidth=size * 0.2, strokeLineCap=1))


def decision_picture(dr: dict[str, Any]) -> str:
    """The picture beside a decision says what its words say: joint (a tick), agreed but
    not by every group (a tick and a cross), or not decided (a cross)."""
    if dr["outcome"] != str(rules.Outcome.AGREED):
        return "not-decided"
    return "decide" if dr["joint"] else "not-joint"


# --------------------------------------------------------------------------- sentences

class Strong(str):
    """A line printed in bold: the answer a reader looks for (yes or no)."""


def _names(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + f" {W.ER_AND} " + names[-1]


def _day(iso: str) -> str:
    return long_date(iso)


def _named(people: list) -> list[str]:
    """One line per person who agreed to be named, then how many others."""
    lines = [p.name for p in people if p.named_in_minutes]
    others = len(people) - len(lines)
    if others:
        lines.append(W.ER_OTHERS_ONE if others == 1 else W.ER_OTHERS.format(n=others))
    return lines


def who_came(meeting) -> list[list[str]]:
    """Per group: "Name:" and one line per named person, then how many others came.
    Observers (``counted`` is False: no share, no stance) are not among their group's
    people: they come last, under their own heading, saying they did not decide."""
    came = [p for p in meeting.participants if not p.apologies]
    out = []
    for g in meeting.groups:
        people = [p for p in came if p.group_id == g.id and p.counted]
        if people:
            out.append([f"{g.name}:", *_named(people)])
    observers = [p for p in came if not p.counted]
    if observers:
        out.append([W.ER_OBSERVERS, *_named(observers), W.ER_OBSERVERS_DID_NOT])
    return out


def decision_lines(meeting, report: dict[str, Any]) -> list[list[str]]:
    """Each decision: what we decided, and whether every group agreed, in words."""
    out = []
    for d, dr in zip(meeting.decisions, report["decisions"], strict=True):
        plain = d.plain_words.strip()
        if dr["outcome"] == str(rules.Outcome.AGREED):
            lines = [W.ER_DECIDED.format(text=plain or d.statement.strip() or d.proposal)]
        elif dr["outcome"] == str(rules.Outcome.DEFERRED):
            lines = [W.ER_LATER.format(text=plain or d.proposal)]
        else:
            lines = [W.ER_NOT_DECIDED.format(text=plain or d.proposal)]
        lines.append(W.ER_EVERY_GROUP)
        if dr["joint"]:
            lines.append(Strong(W.ER_YES))
        else:
            lines.append(Strong(W.ER_NO))
            for name in dr["not_endorsed_by"]:
                lines.append(W.ER_GROUP_DID_NOT.format(group=name))
                said = _what_they_said(meeting, d, name)
                if said:
                    lines.append(W.ER_THEY_SAID.format(text=said))
        out.append(lines)
    return out


def _what_they_said(meeting, decision, group_name: str) -> str:
    """The first reason a member of the group gave against it in the last round."""
    group_ids = {g.id for g in meeting.groups if g.name == group_name}
    members = {p.id for p in meeting.participants if p.group_id in group_ids and p.counted}
    rnd = decision.current_round
    for st in rnd.stances if rnd else ():
        weight = rules.weight_of(decision.method, st.option)
        if st.participant_id in members and st.reason.strip() and weight in (
                rules.Weight.OPPOSES, rules.Weight.BLOCKS):
            return st.reason.strip()
    return ""


def action_lines(meeting) -> list[list[str]]:
    named = {p.id: p.name if p.named_in_minutes else W.ER_SOMEONE for p in meeting.participants}
    out = []
    for a in meeting.actions:
        lines = [W.ER_TODO.format(text=(a.plain_words.strip() or a.what).rstrip("."))]
        who = [named.get(o, W.ER_SOMEONE) for o in a.owner_ids]
        lines.append(W.ER_WHO.format(names=_names(who)) if who else W.ER_NOBODY_YET)
        if a.due:
            lines.append(W.ER_BY.format(day=_day(a.due)))
        out.append(lines)
    return out


def who_spoke(report: dict[str, Any]) -> list[str]:
    """Per group, in words: more, less, or about their fair share. Never a number. Until
    there is enough speech to judge (the domain's rule, as on every screen), only that."""
    if report["balance_in_words"] == TOO_EARLY:
        return [W.ER_TOO_EARLY]
    out = []
    for g in report["groups"]:
        if g["fair_share"] <= 0:
            continue
        ratio = g["share"] / g["fair_share"]
        template = (W.ER_SPOKE_LESS if ratio < 0.8 else W.ER_SPOKE_MORE if ratio > 1.25
                    else W.ER_SPOKE_FAIR)
        out.append(template.format(group=g["name"]))
    return out


# --------------------------------------------------------------------------- the file

def build_easy_read(meeting, now_ms: int) -> bytes:
    """The easy-read minutes of ``meeting`` as PDF bytes."""
    regular, bold = register_fonts()
    report = build_report(meeting, now_ms)
    body = ParagraphStyle("er", fontName=regular, fontSize=BODY, leading=BODY * 1.6,
                          spaceAfter=BODY * 0.5, textColor=INK)
    strong = ParagraphStyle("er-strong", parent=body, fontName=bold)
    heading = ParagraphStyle("er-h", fontName=bold, fontSize=24, leading=30, textColor=ACCENT,
                             spaceAfter=6)
    title = ParagraphStyle("er-title", parent=heading, fontSize=30, leading=38)

    def p(text: str, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph(markup(text, 130 * mm, style.fontName, style.fontSize), style)

    def part(picture: str | list[str], head: str, blocks: list[list[str]],
             lead: bool = True) -> list:
        """A heading, then each block (a group, a decision, an action) with the part's
        picture beside it (or each block's own, given a list): a block that starts a new
        page still shows what it is about."""
        out = []
        for i, lines in enumerate(blocks or [[]]):
            kind = picture if isinstance(picture, str) else picture[i]
            cells = [p(head, heading)] if i == 0 else []
            cells += [p(line, strong if isinstance(line, Strong) or (
                lead and j == 0 and len(lines) > 1) else body) for j, line in enumerate(lines)]
            t = Table([[_picture(kind), cells]],
                      colWidths=[PICTURE + 8 * mm, None], hAlign="LEFT")
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 18)]))
            out.append(KeepTogether([t]))
        out.append(Spacer(1, 10 * mm))
        return out

    story = [p(W.ER_TITLE.format(title=meeting.title or W.UNTITLED), title)]
    if meeting.date:
        story.append(p(W.ER_WHEN.format(day=_day(meeting.date))))
    if meeting.place:
        story.append(p(W.ER_WHERE.format(place=meeting.place)))
    story.append(Spacer(1, 8 * mm))
    came = who_came(meeting)
    story += part(["watch" if block[0] == W.ER_OBSERVERS else "people" for block in came]
                  or "people", W.ER_WHO_CAME, came)
    talked = [W.ER_TALKED.format(title=i.title) for i in meeting.items if str(i.kind) != "break"]
    story += part("talk", W.ER_TALKED_ABOUT, [talked or [W.ER_NOTHING]], lead=False)
    decided = decision_lines(meeting, report)
    story += part([decision_picture(dr) for dr in report["decisions"]] or ["not-decided"],
                  W.ER_WHAT_DECIDED, decided or [[W.ER_NO_DECISIONS]])
    story += part("next", W.ER_NEXT, action_lines(meeting) or [[W.ER_NO_ACTIONS]])
    story += part("spoke", W.ER_WHO_SPOKE, [who_spoke(report)], lead=False)
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm,
                            title=W.ER_DOC_TITLE.format(title=plain(meeting.title)),
                            author="CoProDesk", creator="CoProDesk", invariant=0,
                            lang=W.LANGUAGE, displayDocTitle=1, initialFontName=regular)
    doc.build(story, onFirstPage=_page_number(regular), onLaterPages=_page_number(regular))
    return buf.getvalue()


def _page_number(font: str):
    """"Page 2" at the foot of each page, as large as the text: a reader can say where
    they are, and a supporter can point to the same page."""
    def draw(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(font, BODY)
        canvas.setFillColor(INK)
        canvas.drawString(doc.leftMargin, 10 * mm, W.ER_PAGE.format(n=doc.page))
        canvas.restoreState()
    return draw
