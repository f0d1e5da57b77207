"""The organisation report as a PDF (like the series' involvement report): its figures,
a chart of each group's share of the floor against its fair share, overall and per
quarter, and an accessible HTML twin attached inside (``org-report.html``) that carries the
same figures as tables and words for screen readers.

It prints ``org-report --json`` as it is: nothing is computed here.
"""

from __future__ import annotations

import io
from html import escape
from typing import Any

from coprodesk import __version__

INK = "#1d1d1f"
MUTED = "#55585e"
GRID = "#d0d2d6"
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
TWIN_NAME = "org-report.html"
TWIN_DESCRIPTION = "The same organisation report as accessible HTML (for screen readers)"


def _pct(x: float) -> str:
    return f"{x * 100:.0f}%"


def _hours(seconds: float) -> str:
    return f"{seconds / 3600:.1f} h"


def _window(report: dict[str, Any]) -> str:
    parts = [f"from {report['since']}" if report["since"] else "",
             f"until {report['until']}" if report["until"] else "",
             f"series “{report['series']}”" if report["series"] else ""]
    return ", ".join(p for p in parts if p) or "every archived meeting"


def share_chart(title: str, groups: list[dict[str, Any]], width: float, font: str, bold: str):
    """One bar per group (its share of the floor, labelled with its label and figure) and a
    dashed line at its fair share: colour is never the only cue."""
    from reportlab.graphics.shapes import Drawing, Line, Rect, String
    from reportlab.lib import colors

    from coprodesk.minutes.text import line

    height = 170.0
    d = Drawing(width, height)
    d.add(String(0, height - 10, line(title, 90), fontName=bold, fontSize=9))
    d.add(Line(width - 150, height - 7, width - 138, height - 7, strokeColor=colors.black,
               strokeWidth=1.5, strokeDashArray=[3, 2]))
    d.add(String(width - 134, height - 10, "fair share", fontName=font, fontSize=8))
    left, bottom = 34.0, 22.0
    plot_h, plot_w = height - 30 - bottom, width - left - 4
    top = max([g["share"] for g in groups] + [g["fair_share"] for g in groups] + [0.1])
    top = min(1.0, (int(top * 10) + 1) / 10)
    for n in range(int(top * 10) + 1):
        t = n / 10
        yy = bottom + plot_h * t / top
        d.add(Line(left, yy, left + plot_w, yy, strokeColor=colors.HexColor(GRID), strokeWidth=0.5))
        if n % 2 == 0 or top <= 0.5:
            d.add(String(left - 4, yy - 3, f"{t * 100:.0f}%", fontName=font, fontSize=7,
                         textAnchor="end", fillColor=colors.HexColor(MUTED)))
    slot = plot_w / max(1, len(groups))
    bw = min(slot * 0.6, 50)
    for n, g in enumerate(groups):
        cx = left + slot * (n + 0.5)
        h = plot_h * g["share"] / top
        d.add(Rect(cx - bw / 2, bottom, bw, h, fillColor=colors.HexColor(PALETTE[n % len(PALETTE)]),
                   strokeColor=colors.HexColor("#333333"), strokeWidth=0.3))
        fy = bottom + plot_h * g["fair_share"] / top
        d.add(Line(cx - bw / 2 - 3, fy, cx + bw / 2 + 3, fy, strokeColor=colors.black,
                   strokeWidth=1.5, strokeDashArray=[3, 2]))
        d.add(String(cx, max(bottom + h, fy) + 3, f"{_pct(g['share'])} ({_pct(g['fair_share'])})",
                     fontName=font, fontSize=7, textAnchor="middle"))
        d.add(String(cx, bottom - 12, line(g["label"], 14), fontName=bold, fontSize=8,
                     textAnchor="middle"))
    d.add(Line(left, bottom, left + plot_w, bottom, strokeColor=colors.black, strokeWidth=0.8))
    return d


def org_report_pdf(report: dict[str, Any]) -> bytes:
    """The PDF bytes of the organisation report, its HTML twin attached."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

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

    def p(text: str, style=body, w: float | None = None) -> Paragraph:
        return Paragraph(markup(text, w, style.fontName, style.fontSize), style)

    table_style = [
        ("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("FONTNAME", (0, 0), (-1, 0), bold), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor(INK)),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor(GRID)),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
    ]

    def table(rows: list[list], widths: list[float]) -> Table:
        t = Table(rows, colWidths=widths, repeatRows=1)
        t.setStyle(TableStyle(table_style))
        return t

    story: list = [Paragraph("Organisation report", h1), p(_window(report), muted)]
    story.append(p(" ".join(_summary(report)), body))
    story.append(Paragraph("Share of speaking time by group", h2))
    rows = [["Group", "Floor", "Share", "Fair share", "Meetings"]]
    rows += [[p(g["label"], small, 150), _hours(g["floor_s"]), _pct(g["share"]),
              _pct(g["fair_share"]), str(g["meetings"])] for g in report["groups"]]
    story.append(table(rows, [160, 70, 70, 70, width - 370]))
    story.append(p("Share: the group's floor time ÷ all counted floor time of these meetings. "
                   "Fair share: each meeting's fair share (given who was present) weighed by "
                   "that meeting's floor time. Groups are matched across meetings by their "
                   "label, ignoring case. Every figure adds up the meetings' own reports.", small))
    story.append(Spacer(1, 6))
    if report["groups"]:
        story.append(KeepTogether([share_chart("All meetings", report["groups"], width, font,
                                               bold)]))
    if report["quarters"]:
        story.append(Paragraph("By quarter", h2))
        rows = [["Quarter", "Meetings", "Floor", "Group: share (fair share)"]]
        for q in report["quarters"]:
            rows.append([q["quarter"], str(q["meetings"]), _hours(q["total_floor_s"]),
                         p(", ".join(f"{g['label']}: {_pct(g['share'])} ({_pct(g['fair_share'])})"
                                     for g in q["groups"]), small, width - 200)])
        story.append(table(rows, [60, 55, 60, width - 175]))
        for q in report["quarters"]:
            story.append(KeepTogether([share_chart(q["quarter"], q["groups"], width, font, bold)]))
    story.append(Paragraph("Decisions and actions", h2))
    story += [p(s) for s in _decisions(report)]

    def footer(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(font, 7.5)
        canvas.setFillColor(colors.HexColor(MUTED))
        canvas.drawString(18 * mm, 10 * mm, line(f"Organisation report · {_window(report)}", 90))
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, f"page {doc.page}")
        canvas.restoreState()

    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=18 * mm, title="Organisation report",
                            author="CoProDesk", creator=f"CoProDesk {__version__}",
                            subject="Who is heard across an organisation's co-produced meetings")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return _with_twin(out.getvalue(), org_report_html(report))


def _summary(report: dict[str, Any]) -> list[str]:
    return [f"{report['meetings']} meetings, {report['hours']:.1f} hours, "
            f"{report['people']} people ({report['first_timers']} at their first meeting), "
            f"{_hours(report['total_floor_s'])} on the floor."] + [
        f"“{v['title']}” is held in different versions on different laptops; one is counted "
        f"({v['counted']})." for v in report["different_versions"]]


def _decisions(report: dict[str, Any]) -> list[str]:
    d, a = report["decisions"], report["actions"]
    out = [f"{d['total']} decisions, {d['joint']} of them joint (agreed and endorsed by every "
           "group present)."]
    if d["not_endorsed_by"]:
        out.append("Groups that most often did not endorse a decision: " + ", ".join(
            f"{n['label']} ({n['decisions']})" for n in d["not_endorsed_by"]) + ".")
    out.append(f"{a['total']} actions: {a['done']} done, {a['carried']} carried to a later "
               "meeting.")
    return out


def _with_twin(pdf: bytes, html: str) -> bytes:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    from coprodesk.minutes.attachments import attach_file

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    attach_file(writer, TWIN_NAME, html.encode("utf-8"), mime="text/html",
                description=TWIN_DESCRIPTION, relationship="/Alternative")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def org_report_html(report: dict[str, Any]) -> str:
    """The accessible twin: headings in order, tables with captions and header cells, and
    the charts' figures in words."""
    def e(x: Any) -> str:
        return escape(str(x), quote=True)

    def groups_table(caption: str, groups: list[dict[str, Any]]) -> list[str]:
        rows = ["<table>", f"<caption>{e(caption)}</caption>",
                "<tr><th scope=col>Group</th><th scope=col>Floor</th><th scope=col>Share</th>"
                "<th scope=col>Fair share</th></tr>"]
        rows += [f"<tr><th scope=row>{e(g['label'])}</th><td>{e(_hours(g['floor_s']))}</td>"
                 f"<td>{e(_pct(g['share']))}</td><td>{e(_pct(g['fair_share']))}</td></tr>"
                 for g in groups]
        return [*rows, "</table>"]

    html = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
            "<title>Organisation report</title></head><body>", "<h1>Organisation report</h1>",
            f"<p>{e(_window(report))}</p>"] + [f"<p>{e(s)}</p>" for s in _summary(report)]
    html += ["<h2>Share of speaking time by group</h2>"]
    html += groups_table("All meetings", report["groups"])
    if report["quarters"]:
        html.append("<h2>By quarter</h2>")
        for q in report["quarters"]:
            html += groups_table(f"{q['quarter']}: {q['meetings']} meetings, "
                                 f"{_hours(q['total_floor_s'])} on the floor", q["groups"])
    html.append("<h2>Decisions and actions</h2>")
    html += [f"<p>{e(s)}</p>" for s in _decisions(report)]
    return "\n".join([*html, "</body></html>"]) + "\n"
