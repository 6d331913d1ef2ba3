"""Rendering of `plans check` reports (:class:`pipeline.check.Report`) for people: Markdown and
HTML, with labels in Vietnamese (default) or English. The findings' messages are already in the
report's language; this module adds the headings, the summary counts and the quoted evidence.

What comes from the documents (plan and parent names, citations, messages quoting titles, evidence)
is shown as text, never as markup: the Markdown report escapes ``<`` and ``&`` (a Markdown viewer
renders raw HTML and entities), the HTML report escapes it and replaces the control characters HTML
rejects with U+FFFD."""
from __future__ import annotations

import html
from typing import TYPE_CHECKING

from .text import html_chars

if TYPE_CHECKING:
    from .check import Report

_LABELS = {"vi": {"title": "Kết quả đối chiếu kế hoạch", "plan": "Kế hoạch", "parents": "Văn bản cấp trên",
                  "none": "Không tìm thấy văn bản cấp trên trong bộ văn bản đối chiếu.", "summary": "Tổng hợp",
                  "error": "lỗi", "warning": "cảnh báo", "info": "thông tin", "ok": "Không phát hiện vấn đề.",
                  "evidence": "Căn cứ", "in_plan": "trong kế hoạch", "in_parent": "trong văn bản cấp trên",
                  "chars": "ký tự"},
           "en": {"title": "Plan check report", "plan": "Plan", "parents": "Parent documents",
                  "none": "No parent document found in the collection.", "summary": "Summary",
                  "error": "error", "warning": "warning", "info": "info", "ok": "No problems found.",
                  "evidence": "Evidence", "in_plan": "in the plan", "in_parent": "in the parent",
                  "chars": "characters"}}


def _md(value: object) -> str:
    """Document text for the Markdown report: ``&`` and ``<`` as HTML entities, which a Markdown
    viewer shows as the characters themselves.

    Only these two open markup (a tag, an entity); a ``>`` on its own is text to both Markdown, in
    the middle of a line where every quoted value stands, and HTML. It is left as it is so that the
    report read in a terminal (``plans check``'s default) keeps the targets' ``>=90%``.
    """
    return str(value).replace("&", "&amp;").replace("<", "&lt;")


def to_markdown(reports: list[Report], lang: str = "vi") -> str:
    """The reports as one Markdown document: per plan its counts, parents and numbered findings,
    each with its evidence quoted (whitespace collapsed, at most 300 characters)."""
    L = _LABELS[lang]
    out = [f"# {L['title']}", ""]
    for rep in reports:
        c = rep.counts()
        out += [f"## {L['plan']}: {_md(rep.plan)}", "",
                f"**{L['summary']}:** {c['error']} {L['error']}, {c['warning']} {L['warning']}, "
                f"{c['info']} {L['info']}", ""]
        if rep.parents:
            out.append(f"**{L['parents']}:**")
            out += [f"- {_md(p['source'])} ({_md(p['citation'])}; {p['score']:.2f})" for p in rep.parents]
            out.append("")
        else:
            out += [L["none"], ""]
        if not rep.findings:
            out += [L["ok"], ""]
        for i, f in enumerate(rep.findings, 1):
            out.append(f"{i}. **[{L[f.severity]}] `{f.code}`** — {_md(f.message)}")
            for e in f.evidence:
                where = L["in_plan"] if e.document == "plan" else L["in_parent"]
                quote = _md(" ".join(e.text.split())[:300])
                out.append(f"   - {L['evidence']} {where} ({L['chars']} {e.start}–{e.end}): «{quote}»")
        out.append("")
    return "\n".join(out)


def to_html(reports: list[Report], lang: str = "vi") -> str:
    """The reports as one standalone HTML page (the Markdown report's content, severities coloured)."""
    L = _LABELS[lang]
    colors = {"error": "#b00020", "warning": "#a05a00", "info": "#335"}
    parts = ["<!doctype html><html lang='%s'><head><meta charset='utf-8'><title>%s</title>" % (lang, L["title"]),
             "<style>body{font-family:serif;max-width:60em;margin:2em auto;line-height:1.5}"
             "li{margin:.6em 0}.ev{color:#444;font-size:.92em}.sev{font-weight:bold}</style></head><body>",
             f"<h1>{html.escape(L['title'])}</h1>"]
    for rep in reports:
        c = rep.counts()
        parts.append(f"<h2>{html.escape(L['plan'])}: {html.escape(str(rep.plan))}</h2>")
        parts.append(f"<p><b>{L['summary']}:</b> {c['error']} {L['error']}, {c['warning']} {L['warning']}, "
                     f"{c['info']} {L['info']}</p>")
        if rep.parents:
            parts.append(f"<p><b>{L['parents']}:</b></p><ul>" + "".join(
                f"<li>{html.escape(str(p['source']))} ({html.escape(p['citation'])})</li>" for p in rep.parents)
                + "</ul>")
        else:
            parts.append(f"<p>{L['none']}</p>")
        if not rep.findings:
            parts.append(f"<p>{L['ok']}</p>")
        parts.append("<ol>")
        for f in rep.findings:
            evs = "".join(
                f"<div class='ev'>{L['evidence']} {L['in_plan'] if e.document == 'plan' else L['in_parent']} "
                f"({e.start}–{e.end}): «{html.escape(' '.join(e.text.split())[:300])}»</div>" for e in f.evidence)
            parts.append(f"<li><span class='sev' style='color:{colors[f.severity]}'>[{L[f.severity]}]</span> "
                         f"<code>{f.code}</code> — {html.escape(f.message)}{evs}</li>")
        parts.append("</ol>")
    parts.append("</body></html>")
    # Control characters from the documents (HTML rejects them; escaping leaves them as they are)
    # become U+FFFD, as in the GraphML: replaced, not dropped, so the reader sees one was there.
    return html_chars("\n".join(parts))
