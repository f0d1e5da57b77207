"""The accessible twin of the minutes: the same record as semantic HTML.

reportlab cannot tag a PDF, so a screen reader gets little from the PDF's
structure. The twin carries the same values (``report`` and ``record``, the
ones the PDF prints) as HTML a screen reader navigates: a ``lang``, headings in
order, tables with captions and header cells, every chart described in words
and drawn as an SVG with a text alternative, and colour never the only cue. It
travels inside the PDF as an attached file, added before the certification, so
the facilitator's signature covers it.
"""

from __future__ import annotations

from datetime import UTC, datetime
from html import escape
from typing import Any

from coprodesk.domain import decisions as rules
from coprodesk.domain.model import Meeting
from coprodesk.domain.report import build_report, format_duration
from coprodesk.minutes import record
from coprodesk.minutes import words as W

TWIN_NAME = "minutes.html"
TWIN_DESCRIPTION = "The same minutes as accessible HTML (for screen readers)"
_CSS = ("body{font-family:sans-serif;max-width:48em;margin:2em auto;padding:0 1em;"
        "line-height:1.5;color:#1a1a1a}table{border-collapse:collapse;margin:.5em 0 1em}"
        "caption{text-align:left;font-weight:bold;padding:.3em 0}th,td{border:1px solid #888;"
        "padding:.3em .6em;text-align:left;vertical-align:top}td.n{text-align:right}"
        ".verdict{font-weight:bold}.draft{border:2px solid #8c2d04;padding:.5em}"
        "dt{font-weight:bold}figure{margin:1em 0}")


def _e(text: Any) -> str:
    return escape(str(text), quote=True)


class _Html:
    """A small writer: every piece of user text is escaped on the way in."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def tag(self, name: str, text: str, **attrs: str) -> None:
        self.parts.append(f"<{name}{_attrs(attrs)}>{_e(text)}</{name}>")

    def raw(self, html: str) -> None:
        self.parts.append(html)

    def table(self, caption: str, heads: list[str], rows: list[list[str]],
              numeric_from: int = 99) -> None:
        """A data table: a caption, column header cells, and each row's first cell as its
        row header, so a screen reader names both for every figure."""
        out = [f"<table><caption>{_e(caption)}</caption><thead><tr>"]
        out += [f'<th scope="col">{_e(h)}</th>' for h in heads]
        out.append("</tr></thead><tbody>")
        for row in rows:
            out.append(f'<tr><th scope="row">{_e(row[0])}</th>')
            out += [f'<td class="n">{_e(c)}</td>' if i >= numeric_from else f"<td>{_e(c)}</td>"
                    for i, c in enumerate(row[1:], 1)]
            out.append("</tr>")
        out.append("</tbody></table>")
        self.raw("".join(out))


def _attrs(attrs: dict[str, str]) -> str:
    return "".join(f' {k.rstrip("_").replace("_", "-")}="{_e(v)}"' for k, v in attrs.items())


def build_twin(data: Any, report: dict[str, Any] | None = None) -> str:
    """The minutes of ``data`` (a ``MinutesInput``) as one self-contained HTML page."""
    m: Meeting = data.meeting
    report = report or build_report(m, data.now_ms)
    h = _Html()
    title = m.title or W.UNTITLED
    h.raw(f'<!DOCTYPE html>\n<html lang="{_e(W.LANGUAGE)}"><head><meta charset="utf-8">'
          f"<title>{_e(W.DOC_TITLE.format(title=title))}</title>"
          f'<meta name="viewport" content="width=device-width"><style>{_CSS}</style>'
          "</head><body><main>")
    for part in (_title_block, _attendees, _agenda, _decisions, _actions, _carried, _balance,
                 _sign_off):
        part(h, data, m, report)
    h.raw("</main></body></html>\n")
    return "".join(h.parts)


def _title_block(h: _Html, data, m: Meeting, report) -> None:
    h.tag("h1", m.title or W.UNTITLED)
    h.tag("p", " · ".join(x for x in (m.date, m.place) if x) or W.NO_DATE_PLACE)
    if record.is_draft(m):
        h.tag("p", W.RUNNING_BANNER.format(now=record.clock(data.now_ms)), class_="draft",
              role="note")
    facts = record.facts(m, data.certifier, data.now_ms)
    for recorded_ms, reason in data.amendments:
        day = datetime.fromtimestamp(recorded_ms / 1000, UTC).strftime("%Y-%m-%d")
        facts.append((W.AMENDED.format(day=day).rstrip(":"), reason))
    h.raw("<dl>" + "".join(f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in facts) + "</dl>")
    if m.ground_rules.strip():
        h.tag("h2", W.GROUND_RULES)
        for rule in m.ground_rules.splitlines():
            if rule.strip():
                h.tag("p", rule)


def _attendees(h: _Html, data, m: Meeting, report) -> None:
    h.tag("h2", W.WHO_TOOK_PART)
    for g in m.groups:
        members = [p for p in m.participants if p.group_id == g.id and not p.apologies]
        if not members:
            continue
        title = W.GROUP_HEADING.format(label=g.label, name=g.name) if g.label else g.name
        h.tag("h3", title)
        h.table(W.MEMBERS_OF.format(group=g.name) + " — "
                + W.people_count(len(members), sum(1 for p in members if not p.counted)),
                [W.NAME, W.ROLE, W.ATTENDANCE],
                [[p.public_name, W.role(p.role), record.attendance(p, m)] for p in members])
    apologies = [p.public_name for p in m.participants if p.apologies]
    if apologies:
        h.tag("p", W.APOLOGIES.format(names=", ".join(apologies)))
    h.tag("p", W.NAMING_NOTE)


def _agenda(h: _Html, data, m: Meeting, report) -> None:
    h.tag("h2", W.AGENDA)
    rows = []
    for it in report["items"]:
        actual = (W.IN_PROGRESS if it["actual_s"] is None and it["started"] is not None
                  else format_duration(it["actual_s"]))
        rows.append([str(it["position"]), it["title"], format_duration(it["planned_s"]), actual,
                     format_duration(it["floor_s"])])
    h.table(W.AGENDA_CAPTION, list(W.AGENDA_COLUMNS), rows, numeric_from=2)
    noted = [(n, i) for n, i in enumerate(m.items, 1) if i.notes.strip()]
    if noted:
        h.tag("h3", W.NOTES)
    for n, item in noted:
        h.tag("h4", f"{n}. {item.title}")
        for para in item.notes.splitlines():
            if para.strip():
                h.tag("p", para)


def _decisions(h: _Html, data, m: Meeting, report) -> None:
    h.tag("h2", W.DECISIONS)
    if not m.decisions:
        h.tag("p", W.NO_DECISIONS)
    for n, (d, dr) in enumerate(zip(m.decisions, report["decisions"], strict=True), 1):
        h.tag("h3", W.DECISION_HEADING.format(n=n, proposal=d.proposal))
        h.tag("p", W.PROPOSAL.format(text=d.proposal))
        h.tag("p", record.method_line(d))
        method = W.domain(rules.method_label(d.method))
        for rnd in record.decision_rounds(m, d, data.now_ms):
            _round(h, rnd, method)
        h.tag("p", W.OUTCOME.format(outcome=W.outcome(dr["outcome"])))
        if dr["override"]:
            h.tag("p", W.OVERRIDE.format(outcome=W.outcome(dr["override"]["outcome"]),
                                         computed=W.outcome(dr["computed_outcome"]),
                                         reason=dr["override"]["reason"]))
        h.tag("p", record.in_words(m, d, data.now_ms), class_="verdict")
        if d.statement.strip():
            h.tag("p", W.STATEMENT.format(text=d.statement))
        if d.dissent.strip():
            h.tag("p", W.DISSENT.format(text=d.dissent))


def _round(h: _Html, rnd: record.RoundRecord, method: str) -> None:
    if rnd.total > 1:
        h.tag("h4", W.ROUND_HEADING.format(n=rnd.number, total=rnd.total))
        h.tag("p", W.ROUND_PROPOSAL.format(n=rnd.number, text=rnd.proposal))
    rows = [[g.name, *map(str, g.counts), str(g.not_given),
             W.YES if g.endorses else f"{W.NO} ({g.reason})"] for g in rnd.groups]
    h.table(W.TALLY_CAPTION.format(n=rnd.number, method=method),
            [W.GROUP, *rnd.options, W.NOT_GIVEN, W.ENDORSED], rows, numeric_from=1)
    if rnd.stances:
        h.tag("p", W.STANCES.format(n=rnd.number))
        h.raw("<ul>" + "".join(f"<li>{_e(st.sentence())}</li>" for st in rnd.stances) + "</ul>")
    if rnd.number < rnd.total:
        h.tag("p", W.ROUND_RESULT.format(n=rnd.number, verdict=rnd.verdict))
        h.tag("p", W.REVISED.format(next=rnd.number + 1))


def _actions(h: _Html, data, m: Meeting, report) -> None:
    h.tag("h2", W.ACTIONS)
    if not m.actions:
        h.tag("p", W.NO_ACTIONS)
        return
    public = {p.id: p.public_name for p in m.participants}
    h.table(W.ACTIONS_CAPTION, list(W.ACTION_COLUMNS),
            [[a.what, ", ".join(public.get(o, "?") for o in a.owner_ids) or W.NOT_ASSIGNED,
              a.due or "–", W.DONE if a.done else W.OPEN] for a in m.actions])


def _carried(h: _Html, data, m: Meeting, report) -> None:
    if not data.carried:
        return
    h.tag("h2", W.YOU_SAID)
    h.tag("p", W.YOU_SAID_INTRO)
    for c in data.carried:
        h.tag("h3", c.action.what)
        origin = W.CARRIED_FROM.format(title=c.from_meeting.title, date=c.from_meeting.date)
        if c.decision:
            origin += W.CARRIED_DECISION.format(text=c.decision)
        raised = data.carried_names.get(c.raised_by_id or -1, "")
        if raised:
            origin += W.CARRIED_RAISED.format(name=raised)
        h.tag("p", origin)
        outcome = W.action_status(c.status) if c.status else W.NOT_YET_ASKED
        h.tag("p", W.CARRIED_OUTCOME.format(outcome=outcome) + (f" — {c.note}" if c.note else ""))


def _pct(x: float) -> str:
    return f"{x * 100:.1f}"


def _chart(h: _Html, caption: str, bars: list[tuple[str, float, float, str]]) -> None:
    """A bar chart as SVG, with its description in words: the figure's caption, and a
    sentence per bar, so the colour of a bar is never what carries its meaning."""
    sentences = [W.SHARE_SENTENCE.format(name=name, share=_pct(share), fair=_pct(fair))
                 for name, share, fair, _colour in bars]
    row, width, label_w = 28, 600, 220
    scale = max([1.0] + [b[1] for b in bars] + [b[2] for b in bars])
    track = width - label_w - 10
    svg = [f'<svg role="img" aria-label="{_e(caption + ". " + " ".join(sentences))}" '
           f'width="{width}" height="{row * len(bars) + 4}" '
           f'viewBox="0 0 {width} {row * len(bars) + 4}">']
    for i, (name, share, fair, colour) in enumerate(bars):
        y = i * row + 4
        svg.append(f'<text x="0" y="{y + 14}" font-size="13">{_e(name)}</text>'
                   f'<rect x="{label_w}" y="{y}" width="{track}" height="16" fill="#eeeeee"/>'
                   f'<rect x="{label_w}" y="{y}" width="{track * share / scale:.1f}" height="16" '
                   f'fill="{_e(colour)}" stroke="#333333"/>'
                   f'<line x1="{label_w + track * fair / scale:.1f}" y1="{y - 3}" '
                   f'x2="{label_w + track * fair / scale:.1f}" y2="{y + 19}" stroke="#000000" '
                   'stroke-width="2"/>')
    svg.append("</svg>")
    h.raw(f"<figure>{''.join(svg)}<figcaption>{_e(caption)}</figcaption></figure>")
    h.raw("<ul>" + "".join(f"<li>{_e(s)}</li>" for s in sentences) + "</ul>")


def _balance(h: _Html, data, m: Meeting, report) -> None:
    h.tag("h2", W.BALANCE)
    words = report["balance_in_words"]
    h.tag("p", W.BALANCE_INTRO.format(total=format_duration(report["total_floor_s"]),
                                      words=W.domain(words),
                                      explain=W.BALANCE_EXPLAIN.get(words, "")))
    online = W.online_sentence(report)
    if online:
        h.tag("p", online)
    group = {g.name: g for g in m.groups}
    if report["groups"]:
        h.tag("h3", W.BY_GROUP)
        h.table(W.GROUP_TABLE_CAPTION, list(W.GROUP_COLUMNS),
                [[g["name"], str(g["members"]), format_duration(g["floor_s"]),
                  f"{_pct(g['share'])} %", f"{_pct(g['fair_share'])} %"]
                 for g in report["groups"]], numeric_from=1)
        _chart(h, W.GROUP_CHART_CAPTION,
               [(g["name"], g["share"], g["fair_share"], group[g["name"]].colour or "#777777")
                for g in report["groups"]])
    if m.groups_only:
        h.tag("p", W.GROUPS_ONLY)
        return
    public = {p.id: p.public_name for p in m.participants}  # by id: names repeat
    people = [p for p in report["participants"] if p["counted"]]
    if people:
        h.tag("h3", W.BY_PERSON)
        h.table(W.PERSON_TABLE_CAPTION, list(W.PERSON_COLUMNS),
                [[public[p["id"]], p["group"], format_duration(p["floor_s"]),
                  str(p["turns"]), f"{_pct(p['share'])} %", f"{_pct(p['fair_share'])} %"]
                 for p in people], numeric_from=2)
        colour = {g["name"]: group[g["name"]].colour or "#777777" for g in report["groups"]}
        _chart(h, W.PERSON_CHART_CAPTION,
               [(public[p["id"]], p["share"], p["fair_share"],
                 colour.get(p["group"], "#777777")) for p in people])
    quiet = [public[i] for i in report["quiet_voice_ids"]]
    if quiet:
        h.tag("p", W.QUIET.format(names=", ".join(quiet)))


def _sign_off(h: _Html, data, m: Meeting, report) -> None:
    from coprodesk.minutes.document import default_signers

    h.tag("h2", W.SIGN_OFF)
    h.tag("p", W.SIGN_OFF_INTRO)
    signers = data.signers or default_signers(m)
    h.raw("<ul>" + "".join(
        f"<li>{_e(name)}: {_e(W.CERTIFIES if i == 0 else W.COUNTERSIGNS)}</li>"
        for i, name in enumerate(signers)) + "</ul>")
    h.tag("p", W.TWIN_NOTE)


def attach_twin(writer: Any, html: str, now: datetime | None = None) -> None:
    """Attach ``html`` to the PDF being written by ``writer`` (a pyHanko incremental writer)
    as its alternative representation. Done before any signature, so the certification
    covers the attachment's bytes."""
    from coprodesk.minutes.attachments import attach_file

    attach_file(writer, TWIN_NAME, html.encode("utf-8"), mime="text/html",
                description=TWIN_DESCRIPTION, relationship="/Alternative", now=now)
