"""Rendering of `plans check` reports (:class:`pipeline.check.Report`) for people: Markdown and
HTML, with labels in Vietnamese (default) or English. The findings' messages are already in the
report's language; this module adds the headings, the summary counts and the quoted evidence.

What comes from the documents (plan and parent names, citations, messages quoting titles, evidence)
is shown as text, never as markup: the Markdown report escapes ``<`` and ``&`` (a Markdown viewer
renders raw HTML and entities), the HTML report escapes it and replaces the control characters HTML
rejects with U+FFFD."""
from __future__ import annotations

import html
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

from .text import html_chars

if TYPE_CHECKING:
    from .check import Report

_LABELS = {"vi": {"title": "Kết quả đối chiếu kế hoạch", "plan": "Kế hoạch", "parents": "Văn bản cấp trên",
                  "none": "Không tìm thấy văn bản cấp trên trong bộ văn bản đối chiếu.", "summary": "Tổng hợp",
                  "error": "lỗi", "warning": "cảnh báo", "info": "thông tin", "ok": "Không phát hiện vấn đề.",
                  "evidence": "Căn cứ", "in_plan": "trong kế hoạch", "in_parent": "trong văn bản cấp trên",
                  "chars": "ký tự", "lines": "dòng"},
           "en": {"title": "Plan check report", "plan": "Plan", "parents": "Parent documents",
                  "none": "No parent document found in the collection.", "summary": "Summary",
                  "error": "error", "warning": "warning", "info": "info", "ok": "No problems found.",
                  "evidence": "Evidence", "in_plan": "in the plan", "in_parent": "in the parent",
                  "chars": "characters", "lines": "lines"}}


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


def _context(text: str, start: int, end: int, width: int = 200) -> str:
    """The text around ``text[start:end]``, escaped, the span in a ``<mark>``: ``width`` characters
    each side, cut at a space ("…" where cut); a span over 800 characters shows its first and
    last 400 (a whole section quoted as evidence would fill the page)."""
    a, b = max(0, start - width), min(len(text), end + width)
    if a > 0:
        a = next((i + 1 for i in range(a, start) if text[i].isspace()), a)
    if b < len(text):
        b = next((i for i in range(b, end, -1) if text[i].isspace()), b)
    span = text[start:end]
    shown = (html.escape(span) if len(span) <= 800
             else f"{html.escape(span[:400])}<span class='cut'> … </span>{html.escape(span[-400:])}")
    return ("…" if a > 0 else "") + html.escape(text[a:start]) + f"<mark>{shown}</mark>" \
        + html.escape(text[end:b]) + ("…" if b < len(text) else "")


def site_pages(site: str | os.PathLike) -> dict[str, dict[str, str]]:
    """The pages of a dataset's site (``plans show DATASET --out SITE``: its ``pages.json``), by
    source and by doc_id. Raises ``ValueError`` naming the folder when it holds no site."""
    path = Path(site) / "pages.json"
    try:
        pages = json.loads(path.read_text(encoding="utf-8"))
        return {"by_source": dict(pages["by_source"]), "by_doc_id": dict(pages["by_doc_id"])}
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ValueError(f"{site}: not a site written by plans show (no readable pages.json: "
                         f"{type(exc).__name__})") from None


def _side(rep: Report, evs: list, L: dict, site: str | None, pages: dict | None) -> str:
    """One column of a finding: each evidence's heading (where, which characters and lines; the
    document linked to its page of the site) and the text around it."""
    out = []
    for e in evs:
        doc = rep.documents.get((e.document, e.source)) or {}
        text = doc.get("text")
        where = L["in_plan"] if e.document == "plan" else L["in_parent"]
        lines = f", {L['lines']} {e.line}–{e.end_line}" if e.line is not None else ""
        name = html.escape(str(e.source))
        page = None
        if pages is not None:
            page = pages["by_source"].get(str(e.source)) or pages["by_doc_id"].get(str(doc.get("doc_id")))
        if page and site is not None:
            name = f"<a href='{html.escape(site.rstrip('/') + '/' + page)}'>{name}</a>"
        if text is not None and text[e.start:e.end] == e.text:
            body = _context(text, e.start, e.end)
        else:  # (a report made without its documents: the quote alone)
            body = f"«<mark>{html.escape(' '.join(e.text.split())[:300])}</mark>»"
        out.append(f"<div class='ev'><div class='where'>{L['evidence']} {where}: {name} "
                   f"({L['chars']} {e.start}–{e.end}{lines})</div><div class='ctx'>{body}</div></div>")
    return "<div class='side'>" + ("".join(out) or "<div class='ev none'>—</div>") + "</div>"


def to_html(reports: list[Report], lang: str = "vi", site: str | None = None) -> str:
    """The reports as one standalone HTML page (the Markdown report's content, severities
    coloured), each finding with the text around its evidence: the plan's on the left, the
    parent's on the right, the evidence marked. With ``site`` (the folder of a dataset's site,
    ``plans show DATASET --out SITE``, as the links should name it: relative to where the report
    is opened, or absolute), each document's name links to its page there."""
    L = _LABELS[lang]
    pages = site_pages(site) if site is not None else None
    colors = {"error": "#b00020", "warning": "#a05a00", "info": "#335"}
    parts = ["<!doctype html><html lang='%s'><head><meta charset='utf-8'><title>%s</title>" % (lang, L["title"]),
             "<style>body{font-family:serif;max-width:90em;margin:2em auto;padding:0 1em;line-height:1.5}"
             "li{margin:.8em 0}.sev{font-weight:bold}"
             ".pair{display:grid;grid-template-columns:1fr 1fr;gap:1em;margin:.3em 0}"
             ".ev{font-size:.92em;margin-bottom:.5em}.where{color:#444;font-size:.9em}"
             ".ctx{white-space:pre-wrap;border:1px solid #ccc;background:#fafafa;padding:.3em .5em;"
             "max-height:20em;overflow:auto}mark{background:#ffe08a}.cut{color:#888}</style></head><body>",
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
            plan_side = _side(rep, [e for e in f.evidence if e.document == "plan"], L, site, pages)
            parent_side = _side(rep, [e for e in f.evidence if e.document != "plan"], L, site, pages)
            parts.append(f"<li><span class='sev' style='color:{colors[f.severity]}'>[{L[f.severity]}]</span> "
                         f"<code>{f.code}</code> — {html.escape(f.message)}"
                         f"<div class='pair'>{plan_side}{parent_side}</div></li>")
        parts.append("</ol>")
    parts.append("</body></html>")
    # Control characters from the documents (HTML rejects them; escaping leaves them as they are)
    # become U+FFFD, as in the GraphML: replaced, not dropped, so the reader sees one was there.
    return html_chars("\n".join(parts))
