"""The involvement report: a series' figures as a PDF, with reportlab graphics.

It prints the series report (``series_report.build_series_report``), which is built
from each meeting's own report, so the PDF, the series view and ``report --series``
cannot disagree. User text goes through ``minutes.text`` (escaped, drawable, right-to-left
shaped) and the DejaVu family of the minutes is embedded. Every bar carries its group's
label and its figure, so colour (the groups' colour-blind-safe palette) is never the only cue.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from typing import Any

from coprodesk import __version__

Groups = Sequence[tuple[str, str, str]]  # (name, label, colour)
INK = "#1d1d1f"
MUTED = "#55585e"
GRID = "#d0d2d6"
FALLBACK = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")


def series_groups(meetings) -> list[tuple[str, str, str]]:
    """The series' groups by name, in the order they first appear: (name, label, colour)."""
    keys: dict[str, tuple[str, str, str]] = {}
    for m in meetings:
        for g in sorted(m.groups, key=lambda g: g.position):
            keys.setdefault(g.name, (g.name, g.label, g.colour))
    return list(keys.values())


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{x * 100:.0f}%"


def _keys(report: dict[str, Any], groups: Groups) -> list[tuple[str, str, str]]:
    known = {g[0]: g for g in groups}
    out: list[tuple[str, str, str]] = list(groups)
    for m in report["meetings"]:
        for g in m["groups"]:
            if g["name"] not in known:
                known[g["name"]] = (g["name"], g["name"][:2], FALLBACK[len(out) % len(FALLBACK)])
                out.append(known[g["name"]])
    return out


def _of(part: int, whole: int) -> str:
    return f"{part} of {whole}" if whole else "none"


def _step(slot: float, text_width: float) -> int:
    """Label every n-th meeting so labels never overlap; the last meeting is always labelled."""
    return max(1, math.ceil((text_width + 6) / max(1.0, slot)))


def _short_date(iso: str) -> str:
    return iso[2:] if len(iso) == 10 else iso


def _titled_chart(width: float, title: str, bold: str, height: float = 170):
    """An empty drawing with its title on the top line, for the line and bar charts."""
    from reportlab.graphics.shapes import Drawing, String

    d = Drawing(width, height)
    d.add(String(0, height - 10, title, fontName=bold, fontSize=9))
    return d


def share_chart(report: dict[str, Any], groups: Groups, width: float, font: str, bold: str):
    """Per meeting a cluster of bars, one per group, with a dashed fair-share line."""
    from reportlab.graphics.shapes import Drawing, Line, Rect, String
    from reportlab.lib import colors

    from coprodesk.minutes.text import line

    keys = {k[0]: k for k in _keys(report, groups)}
    meetings = report["meetings"]
    k = max([len(m["groups"]) for m in meetings] + [1])
    fit = max(1, int((width - 38) // (k * 14 / 0.84)))  # every bar keeps its label
    shown = meetings[-fit:]
    height = 230
    d = Drawing(width, height)
    # legend
    x, y = 0.0, height - 12
    from reportlab.pdfbase.pdfmetrics import stringWidth

    for name, label, colour in keys.values():
        text = line(f"{label} {name}", 40)
        w = 14 + stringWidth(text, font, 8) + 12
        if x + w > width:
            x, y = 0.0, y - 13
        d.add(Rect(x, y - 1, 10, 9, fillColor=colors.HexColor(colour), strokeColor=None))
        d.add(String(x + 14, y, text, fontName=font, fontSize=8))
        x += w
    if x + 90 > width:
        x, y = 0.0, y - 13
    d.add(Line(x, y + 3, x + 12, y + 3, strokeColor=colors.black, strokeWidth=1.5,
               strokeDashArray=[3, 2]))
    d.add(String(x + 16, y, "fair share, given who was present", fontName=font, fontSize=8))
    if len(shown) < len(meetings):
        d.add(String(width - 4, y - 14, f"latest {len(shown)} of {len(meetings)} meetings",
                     fontName=font, fontSize=7.5, textAnchor="end", fillColor=colors.HexColor(MUTED)))
        meetings = shown
    left, bottom = 34.0, 34.0
    top_y = y - 22
    plot_h = top_y - bottom
    plot_w = width - left - 4
    top = max([g["share"] for m in meetings for g in m["groups"]]
              + [g["fair_share"] for m in meetings for g in m["groups"]] + [0.1])
    top = min(1.0, (int(top * 10) + 1) / 10)
    step = 0.1 if top <= 0.5 else 0.2
    t = 0.0
    while t <= top + 1e-9:
        yy = bottom + plot_h * t / top
        d.add(Line(left, yy, left + plot_w, yy, strokeColor=colors.HexColor(GRID), strokeWidth=0.5))
        d.add(String(left - 4, yy - 3, f"{t * 100:.0f}%", fontName=font, fontSize=7,
                     textAnchor="end", fillColor=colors.HexColor(MUTED)))
        t += step
    slot = plot_w / max(1, len(meetings))
    for n, m in enumerate(meetings):
        k = max(1, len(m["groups"]))
        inner = slot * 0.84
        bw = inner / k
        x0 = left + n * slot + (slot - inner) / 2
        for j, g in enumerate(m["groups"]):
            name, label, colour = keys[g["name"]]
            bx = x0 + j * bw + 1
            h = plot_h * g["share"] / top
            d.add(Rect(bx, bottom, bw - 2, h, fillColor=colors.HexColor(colour),
                       strokeColor=colors.HexColor("#333333"), strokeWidth=0.3))
            fy = bottom + plot_h * g["fair_share"] / top
            d.add(Line(bx - 1, fy, bx + bw - 1, fy, strokeColor=colors.black, strokeWidth=1.5,
                       strokeDashArray=[3, 2]))
            if bw >= 12:
                d.add(String(bx + (bw - 2) / 2, max(bottom + h, fy) + 3, f"{g['share'] * 100:.0f}",
                             fontName=font, fontSize=7, textAnchor="middle"))
                d.add(String(bx + (bw - 2) / 2, bottom - 10, line(label, 4), fontName=bold,
                             fontSize=7, textAnchor="middle"))
        d.add(String(left + n * slot + slot / 2, bottom - 24,
                     line((m["date"] if slot > 60 else _short_date(m["date"])) or m["title"], 24),
                     fontName=font, fontSize=8,
                     textAnchor="middle", fillColor=colors.HexColor(MUTED)))
    d.add(Line(left, bottom, left + plot_w, bottom, strokeColor=colors.black, strokeWidth=0.8))
    return d


def balance_chart(report: dict[str, Any], width: float, font: str, bold: str):
    """The balance index per meeting, a line with each point's value."""
    from reportlab.graphics.shapes import Circle, Line, PolyLine, String
    from reportlab.lib import colors
    from reportlab.pdfbase.pdfmetrics import stringWidth

    meetings = report["meetings"]
    d = _titled_chart(width, "Balance index (1 = everyone equal)", bold)
    height = d.height
    left, bottom = 30.0, 26.0
    plot_h, plot_w = height - 30 - bottom, width - left - 8
    for t in (0.0, 0.25, 0.5, 0.75, 1.0):
        yy = bottom + plot_h * t
        d.add(Line(left, yy, left + plot_w, yy, strokeColor=colors.HexColor(GRID), strokeWidth=0.5))
        d.add(String(left - 4, yy - 3, f"{t:.2f}", fontName=font, fontSize=7, textAnchor="end",
                     fillColor=colors.HexColor(MUTED)))
    slot = plot_w / max(1, len(meetings))
    pts = [(left + slot * (n + 0.5), bottom + plot_h * m["balance_index"]) for n, m in enumerate(meetings)]
    blue = colors.HexColor("#0072B2")
    if len(pts) > 1:
        d.add(PolyLine([c for pt in pts for c in pt], strokeColor=blue, strokeWidth=2))
    value_step = _step(slot, stringWidth("0.00", font, 8))
    date_step = _step(slot, stringWidth("26-12-31", font, 8))
    last = len(pts) - 1
    for n, ((px, py), m) in enumerate(zip(pts, meetings, strict=True)):
        d.add(Circle(px, py, 3.5, fillColor=blue, strokeColor=colors.white, strokeWidth=1))
        ly = py + 7 if py + 16 < bottom + plot_h + 10 else py - 13
        if not (last - n) % value_step:
            d.add(String(px, ly, f"{m['balance_index']:.2f}", fontName=font, fontSize=8,
                         textAnchor="middle"))
        if not (last - n) % date_step:
            d.add(String(px, bottom - 14, _short_date(m["date"]), fontName=font, fontSize=8,
                         textAnchor="middle", fillColor=colors.HexColor(MUTED)))
    return d


def attendance_chart(report: dict[str, Any], groups: Groups, width: float, font: str, bold: str):
    """Stacked bars of who came, by group, with the number of first-time participants."""
    from reportlab.graphics.shapes import Line, Rect, String
    from reportlab.lib import colors
    from reportlab.pdfbase.pdfmetrics import stringWidth

    keys = {k[0]: k for k in _keys(report, groups)}
    meetings = report["meetings"]
    d = _titled_chart(width, "Attendance by group (+ new people)", bold)
    height = d.height
    left, bottom = 24.0, 26.0
    plot_h, plot_w = height - 44 - bottom, width - left - 8
    top = max([m["attendance_total"] for m in meetings] + [1])
    step = max(1, round(top / 4))
    for t in range(0, top + 1, step):
        yy = bottom + plot_h * t / top
        d.add(Line(left, yy, left + plot_w, yy, strokeColor=colors.HexColor(GRID), strokeWidth=0.5))
        d.add(String(left - 4, yy - 3, str(t), fontName=font, fontSize=7, textAnchor="end",
                     fillColor=colors.HexColor(MUTED)))
    slot = plot_w / max(1, len(meetings))
    for n, m in enumerate(meetings):
        bw = min(slot * 0.6, 60)
        cx = left + slot * (n + 0.5)
        y = bottom
        for name, count in m["attendance"].items():
            if not count:
                continue
            _name, label, colour = keys.get(name, (name, name[:2], "#888888"))
            h = plot_h * count / top
            c = colors.HexColor(colour)
            d.add(Rect(cx - bw / 2, y, bw, h, fillColor=c, strokeColor=colors.white, strokeWidth=0.8))
            text = f"{label} {count}"
            if h >= 9 and stringWidth(text, bold, 7) + 4 <= bw:
                lum = 0.2126 * c.red + 0.7152 * c.green + 0.0722 * c.blue
                d.add(String(cx, y + h / 2 - 2.5, text, fontName=bold, fontSize=7, textAnchor="middle",
                             fillColor=colors.black if lum > 0.45 else colors.white))
            y += h
        new = len(m["first_time"])
        total = str(m["attendance_total"]) + (f" (+{new} new)" if new else "")
        if stringWidth(total, font, 8) + 4 > slot:  # narrow: the newcomers on a line of their own
            d.add(String(cx, y + 3, str(m["attendance_total"]), fontName=font, fontSize=8,
                         textAnchor="middle"))
            if new:
                d.add(String(cx, y + 13, f"+{new}", fontName=font, fontSize=8, textAnchor="middle"))
        else:
            d.add(String(cx, y + 3, total, fontName=font, fontSize=8, textAnchor="middle"))
        if not (len(meetings) - 1 - n) % _step(slot, stringWidth("26-12-31", font, 8)):
            d.add(String(cx, bottom - 14, _short_date(m["date"]), fontName=font, fontSize=8,
                         textAnchor="middle", fillColor=colors.HexColor(MUTED)))
    d.add(Line(left, bottom, left + plot_w, bottom, strokeColor=colors.black, strokeWidth=0.8))
    return d


def involvement_pdf(report: dict[str, Any], groups: Groups) -> bytes:
    """The PDF bytes of the involvement report for one series."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        KeepTogether,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    from coprodesk.minutes.fonts import register_fonts
    from coprodesk.minutes.text import line, markup

    font, bold = register_fonts()
    width = A4[0] - 36 * mm
    body = ParagraphStyle("body", fontName=font, fontSize=9.5, leading=13)
    small = ParagraphStyle("small", parent=body, fontSize=8, leading=10)
    muted = ParagraphStyle("muted", parent=body, textColor=colors.HexColor(MUTED))
    h1 = ParagraphStyle("h1", parent=body, fontName=bold, fontSize=17, leading=21, spaceAfter=4)
    h2 = ParagraphStyle("h2", parent=body, fontName=bold, fontSize=12, leading=15, spaceBefore=10,
                        spaceAfter=5)
    meetings = report["meetings"]
    keys = _keys(report, groups)
    label_of = {k[0]: k[1] for k in keys}

    def p(text: str, style=body, w: float | None = None) -> Paragraph:
        return Paragraph(markup(text, w, style.fontName, style.fontSize), style)

    table_style = [
        ("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("FONTNAME", (0, 0), (-1, 0), bold), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor(INK)),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor(GRID)),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    story: list = [Paragraph("Involvement report", h1),
                   p(report["series"], ParagraphStyle("series", parent=h2, spaceBefore=0)),
                   p(f"{len(meetings)} meeting{'s' if len(meetings) != 1 else ''}"
                     + (f", {meetings[0]['date']} to {meetings[-1]['date']}" if meetings else "")
                     + ". Who came, who was heard, and what happened to what people said. Each "
                       "figure is the one in that meeting's own report.", muted)]

    # --- per meeting
    story.append(Paragraph("Meeting by meeting", h2))
    head = ["Date", "Meeting", "Present", "New", "Balance", "Joint decisions", "Actions closed"]
    rows: list[list] = [head]
    for m in meetings:
        rows.append([m["date"], p(m["title"], small, 150), str(m["attendance_total"]),
                     str(len(m["first_time"])), f"{m['balance_index']:.2f}",
                     _of(m["joint_decisions"], m["decisions"]),
                     _of(m["carried_actions_closed"], m["carried_actions"])])
    cols = [58, 160, 44, 34, 46, 78, width - 420]
    t = Table(rows, colWidths=cols, repeatRows=1)
    t.setStyle(TableStyle([*table_style, ("ALIGN", (2, 0), (-1, -1), "RIGHT")]))
    story.append(t)
    story.append(Spacer(1, 4))
    story.append(p("Present: counted participants who were in the room. New: first time at a meeting "
                   "of this series (the same person is recognised by an explicit link, never by name). "
                   "Joint: agreed and endorsed by every group present. Actions closed: carried from "
                   "earlier meetings and recorded here as done or dropped.", small))

    # --- group shares
    story.append(Paragraph("Share of speaking time by group", h2))
    names = [k[0] for k in keys]
    rows = [["Date"] + [f"{label_of[n]}: share (fair)" for n in names]]
    for m in meetings:
        by = {g["name"]: g for g in m["groups"]}
        rows.append([m["date"]] + [f"{_pct(by[n]['share'])} ({_pct(by[n]['fair_share'])})" if n in by
                                   else "–" for n in names])
    gw = (width - 60) / max(1, len(names))
    t = Table(rows, colWidths=[60] + [gw] * len(names), repeatRows=1)
    t.setStyle(TableStyle([*table_style, ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
    story.append(t)
    story.append(Spacer(1, 8))
    story.append(KeepTogether([share_chart(report, keys, width, font, bold)]))
    story.append(Spacer(1, 10))
    half = (width - 16) / 2
    pair = Table([[balance_chart(report, half, font, bold),
                   attendance_chart(report, keys, half, font, bold)]], colWidths=[half + 8, half + 8])
    pair.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                              ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(KeepTogether([pair]))

    # --- newcomers
    story.append(Paragraph("New voices", h2))
    any_new = False
    for m in meetings[1:]:
        if m["first_time"]:
            any_new = True
            story.append(p(f"{m['date']} {m['title']}: " + ", ".join(m["first_time"])))
    if not any_new:
        story.append(p("Nobody new joined after the first meeting.", muted))

    # --- people
    story.append(Paragraph("People over time", h2))
    story.append(p("Only people who agreed to be named. Share of speaking time at each meeting, with "
                   "their fair share in brackets; a dash where they were not there. A person is the "
                   "same across meetings only by an explicit link, never by their name.", small))
    story.append(Spacer(1, 4))
    by_column = len(meetings) <= 3
    head = ["Person", "Group", "Meetings", "First", "Latest"]
    head += [_short_date(m["date"]) for m in meetings] if by_column else ["Share (fair) by meeting"]
    rows = [head]
    for person in report["people"]:
        fair = person.get("fair_shares") or [None] * len(person["shares"])
        cells = ["–" if s is None else f"{_pct(s)} ({_pct(f)})"
                 for s, f in zip(person["shares"], fair, strict=False)]
        row = [p(person["name"], small, 90), p(person["group"], small, 74),
               str(person["meetings_attended"]), person["first"] or "–", person["latest"] or "–"]
        rows.append(row + (cells if by_column else [p("  ·  ".join(cells), small, width - 334)]))
    fixed = [96, 80, 46, 60, 60]
    rest = width - sum(fixed)
    widths = fixed + ([rest / max(1, len(meetings))] * len(meetings) if by_column else [rest])
    t = Table(rows, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle(table_style + [("ALIGN", (2, 0), (2, -1), "RIGHT")]
                          + ([("ALIGN", (5, 0), (-1, -1), "RIGHT"), ("FONTSIZE", (5, 1), (-1, -1), 7.5),
                              ("LEFTPADDING", (5, 0), (-1, -1), 2)] if by_column else [])))
    story.append(t)

    def footer(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(font, 7.5)
        canvas.setFillColor(colors.HexColor(MUTED))
        canvas.drawString(18 * mm, 10 * mm, line(f"Involvement report · {report['series']}", 90))
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, f"page {doc.page}")
        canvas.restoreState()

    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=18 * mm,
                            title=f"Involvement report: {line(report['series'], 120)}",
                            author="CoProDesk", creator=f"CoProDesk {__version__}",
                            subject="Involvement over a series of co-produced meetings")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return out.getvalue()
