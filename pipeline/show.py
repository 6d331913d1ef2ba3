"""One document's extraction as a self-contained HTML page (``plans show FILE --out page.html``).

The page holds the normalised text with every extracted span marked by kind — header fields,
section headings, dates by role, references, targets (the figure, and the clause it sits in),
responsibilities (the item, and the unit's name in it), abbreviations, recipients — a legend, a
section tree to navigate, side tables (references with the document each resolves to, targets,
units with roles and tasks, dates, …) and a record viewer: hovering or clicking a mark shows the
JSON of every record whose span covers that point (a unit inside a target clause shows both).

Design:

- **No network**: CSS and JS are inline; the records travel as one JSON blob in a
  ``<script type="application/json">`` (``<`` written ``\\u003c``, so that no text of the document
  can close it), and the document's text is HTML-escaped: a ``<script>`` in a plan is text.
- **Overlapping spans**: marks nest (a longer span outside a shorter one starting at the same
  place); a span that crosses the end of an enclosing one is split into fragments that share its
  ``data-r`` (record ids). Each fragment carries its nesting depth (``d1``…``d3``), which lowers
  its underline, so the underlines of nested kinds stay visible one under the other; each kind
  has its own border style (solid, dashed, dotted, double) as well as a colour, so that the
  marks are told apart in a black-and-white print.
- **Flat and light**: one ``<mark>`` per span fragment and no element per word: a 96 KB plan with
  ~500 spans makes ~1,000 elements; the script only adds listeners on the text's container
  (event delegation) and reads the record blob on first use.
- **Pages**: for PDF and OCR'd documents a page marker (``p. 3``; ``OCR`` on pages read by
  Tesseract) sits where each page starts, found from the normalisation's offset map; the OCR
  confidence is shown in the document panel.

``render_page(plan)`` returns the HTML; ``show_file(path)`` reads and extracts a file first.
"""
from __future__ import annotations

import html
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .model import PlanDocument, as_plain

__all__ = ["render_page", "show_file", "spans_of", "write_page", "MarkSpan", "KINDS", "Html"]

# kind -> (legend label, what it marks). The CSS below gives each its colour and border style.
KINDS: dict[str, tuple[str, str]] = {
    "hdr": ("header field", "number, issuer, date, type, title, signature"),
    "sec": ("section heading", "a heading of the section tree"),
    "ref": ("reference", "a cited document"),
    "date": ("date", "coloured by role: issued, deadline, period, event, citation, other"),
    "tgtc": ("target clause", "the clause a target's figure sits in"),
    "tgt": ("target figure", "value and unit"),
    "resp": ("responsibility", "an item giving a unit its tasks"),
    "unit": ("unit", "the responsible unit's name"),
    "abbr": ("abbreviation", ""),
    "rcp": ("recipient", "the 'Nơi nhận' list"),
}
DATE_ROLES = ("issued", "deadline", "period", "event", "citation", "other")


@dataclass(frozen=True)
class MarkSpan:
    """A span to mark: [start, end) of the normalised text, its kind (a key of KINDS), extra CSS
    classes, and the ids of the records it shows (several records can share a span: a unit
    that leads and executes the same item)."""
    start: int
    end: int
    kind: str
    ids: tuple[str, ...]
    extra: str = ""


def _find_within(text: str, needle: str | None, start: int, end: int) -> int:
    """Where ``needle`` starts in text[start:end], or -1."""
    if not needle:
        return -1
    return text.find(needle, start, end)


def _clause_start(text: str, clause: str | None, start: int, end: int) -> int:
    """Where a target's clause (its ``text``) starts such that it contains [start, end), or -1.
    The clause is a copy of the document's words around the figure, located by search."""
    if not clause:
        return -1
    i = text.find(clause, max(0, end - len(clause)), start + len(clause))
    return i if 0 <= i <= start and i + len(clause) >= end else -1


def _records(plan: PlanDocument, links: dict[str, dict] | None) -> tuple[dict[str, dict], list[MarkSpan]]:
    """The records by id (kind, the record's JSON) and the spans that mark them."""
    text = plan.text
    records: dict[str, dict] = {}
    spans: list[MarkSpan] = []
    header = as_plain(plan.document)
    for name, sp in plan.document.spans.items():
        rid = f"h:{name}"
        records[rid] = {"kind": "hdr", "record": {"field": name, "value": header.get(name)}}
        spans.append(MarkSpan(sp.start, sp.end, "hdr", (rid,)))
    for s in plan.sections:
        rid = f"s:{s.id}"
        records[rid] = {"kind": "sec", "record": as_plain(s)}
        if s.heading_end > s.start:
            spans.append(MarkSpan(s.start, s.heading_end, "sec", (rid,), f"lv{min(s.level, 3)}"))
    for r in plan.references:
        rid = f"r:{r.ref_id}:{r.start}"
        rec: dict[str, Any] = {"kind": "ref", "record": as_plain(r)}
        if links and r.ref_id in links:
            rec["resolved"] = links[r.ref_id]
        records[rid] = rec
        spans.append(MarkSpan(r.start, r.end, "ref", (rid,)))
    for i, d in enumerate(plan.dates):
        rid = f"d:{i}"
        records[rid] = {"kind": "date", "record": as_plain(d)}
        role = d.role if d.role in DATE_ROLES else "other"
        spans.append(MarkSpan(d.start, d.end, "date", (rid,), f"r-{role}"))
    for i, t in enumerate(plan.targets):
        rid = f"t:{i}"
        records[rid] = {"kind": "tgt", "record": as_plain(t)}
        spans.append(MarkSpan(t.start, t.end, "tgt", (rid,), f"k-{t.kind}"))
        c = _clause_start(text, t.text, t.start, t.end)
        if c >= 0 and (c, c + len(t.text)) != (t.start, t.end):
            spans.append(MarkSpan(c, c + len(t.text), "tgtc", (rid,)))
    by_span: dict[tuple[int, int, str], list[str]] = {}
    for i, resp in enumerate(plan.responsibilities):
        rid = f"u:{i}"
        records[rid] = {"kind": "resp", "record": as_plain(resp)}
        by_span.setdefault((resp.start, resp.end, resp.unit), []).append(rid)
    for (start, end, unit), ids in by_span.items():
        spans.append(MarkSpan(start, end, "resp", tuple(ids)))
        u = _find_within(text, unit, start, end)
        if u >= 0:
            spans.append(MarkSpan(u, u + len(unit), "unit", tuple(ids)))
    for i, a in enumerate(plan.abbreviations):
        rid = f"a:{i}"
        records[rid] = {"kind": "abbr", "record": as_plain(a)}
        if a.start is not None and a.end is not None:
            spans.append(MarkSpan(a.start, a.end, "abbr", (rid,)))
    for i, rc in enumerate(plan.recipients):
        rid = f"c:{i}"
        records[rid] = {"kind": "rcp", "record": as_plain(rc)}
        spans.append(MarkSpan(rc.start, rc.end, "rcp", (rid,)))
    n = len(text)
    spans = [s for s in spans if 0 <= s.start < s.end <= n]
    return records, spans


def spans_of(plan: PlanDocument) -> list[MarkSpan]:
    """The spans ``render_page`` marks (for tests and other views): every extracted record's
    evidence, by kind."""
    return _records(plan, None)[1]


# The order marks open in when they start at the same place and end at the same place: the
# clause-like kinds outside the entities they hold.
_OUTER_FIRST = {k: i for i, k in enumerate(("hdr", "sec", "resp", "tgtc", "rcp", "ref", "unit", "date", "tgt", "abbr"))}


def _open_tag(s: MarkSpan, depth: int, cont: bool) -> str:
    cls = f"m {s.kind}" + (f" {s.extra}" if s.extra else "") + (f" d{min(depth, 3)}" if depth else "")
    if cont:
        cls += " cont"
    return f'<mark class="{cls}" data-r="{html.escape(" ".join(s.ids))}">'


def _marked_text(text: str, spans: list[MarkSpan], points: dict[int, list[str]]) -> str:
    """The text, escaped, with the spans as nested ``<mark>`` elements (a span crossing the end of
    an enclosing one split in fragments) and the point elements (anchors, page markers) inserted
    before the character at their offset."""
    by_start: dict[int, list[MarkSpan]] = {}
    for s in spans:
        by_start.setdefault(s.start, []).append(s)
    for group in by_start.values():
        group.sort(key=lambda s: (-s.end, _OUTER_FIRST[s.kind]))
    ends = {s.end for s in spans}
    cuts = sorted(set(by_start) | ends | set(points) | {0, len(text)})
    out: list[str] = []
    stack: list[MarkSpan] = []
    prev = 0
    for pos in cuts:
        if pos > prev:
            out.append(html.escape(text[prev:pos], quote=False))
        prev = pos
        if pos in ends and stack:
            # close down to the deepest open span ending here; reopen those above it that go on
            low = next((i for i, s in enumerate(stack) if s.end == pos), None)
            if low is not None:
                above = stack[low:]
                out.append("</mark>" * len(above))
                del stack[low:]
                for s in above:
                    if s.end > pos:
                        out.append(_open_tag(s, len(stack), cont=True))
                        stack.append(s)
        out.extend(points.get(pos, ()))
        for s in by_start.get(pos, ()):
            out.append(_open_tag(s, len(stack), cont=False))
            stack.append(s)
    out.append("</mark>" * len(stack))
    return "".join(out)


def _page_starts(plan: PlanDocument) -> list[int]:
    """The offset in the normalised text where each page starts (page 1 at 0): the first position
    whose page (from the offset map) is that page's number."""
    norm = plan.normalized
    if norm is None or not norm.page_starts:
        return []
    n = len(plan.text)
    out = [0]
    for page in range(2, len(norm.page_starts) + 1):
        lo, hi = out[-1], n
        while lo < hi:  # page_of is non-decreasing in the position
            mid = (lo + hi) // 2
            if (norm.page_of(mid) or 0) >= page:
                hi = mid
            else:
                lo = mid + 1
        out.append(lo)
    return out


def _section_tree(plan: PlanDocument) -> str:
    children: dict[str | None, list] = {}
    for s in plan.sections:
        children.setdefault(s.parent, []).append(s)

    def name(s) -> str:
        title = s.title
        if not title and s.kind in ("preamble", "closing", "attachment", "appendix"):
            title = s.kind
        if not title:
            head = " ".join(plan.text[s.start:s.heading_end or s.start + 80].split())
            title = head if len(head) <= 80 else head[:79].rsplit(" ", 1)[0] + " …"
        label = f"{s.label}. " if s.label and not title.startswith(s.label) else ""
        page = f' <span class="pg">p. {s.page}</span>' if s.page else ""
        return f"{html.escape(label + title)}{page}"

    def items(parent: str | None, depth: int) -> str:
        kids = children.get(parent, [])
        if not kids or depth > 6:
            return ""
        lis = "".join(f'<li><a href="#{html.escape(_anchor(s.id))}" data-r="{html.escape("s:" + s.id)}">'
                      f'{name(s)}</a>{items(s.id, depth + 1)}</li>' for s in kids)
        return f"<ul>{lis}</ul>"
    return items(None, 0) or "<p>(no sections found)</p>"


def _anchor(section_id: str) -> str:
    return "sec-" + section_id


class Html(str):
    """Markup made here (a link), put in a table cell as it is; every other value is escaped."""


def _cell(v: Any) -> str:
    if isinstance(v, Html):
        return f"<td>{v}</td>"
    if v is None or v == "" or v == []:
        return '<td class="nil">–</td>'
    if isinstance(v, list):
        return "<td><ol>" + "".join(f"<li>{html.escape(str(x))}</li>" for x in v) + "</ol></td>"
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return f"<td>{html.escape(str(v))}</td>"


def _table(tid: str, title: str, heads: list[str], rows: list[tuple[str, list[Any]]]) -> str:
    if not rows:
        return f'<section class="tbl" id="{tid}"><h3>{title} (0)</h3></section>'
    head = "".join(f"<th>{html.escape(h)}</th>" for h in heads)
    body = "".join(f'<tr data-r="{html.escape(rid)}">' + "".join(_cell(v) for v in vals) + "</tr>"
                   for rid, vals in rows)
    return (f'<section class="tbl" id="{tid}"><h3>{title} ({len(rows)})</h3>'
            f'<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></section>')


def _resolved_cell(link: dict | None, hrefs: dict[str, str] | None = None) -> str | None:
    """What a reference resolves to; with ``hrefs`` (a site's pages by source), the cited
    document's name is a link to its page."""
    if not link:
        return None
    if link.get("cited_doc_id"):
        mismatches = link.get("mismatches") or []
        if isinstance(mismatches, str):  # (the links table holds them as a JSON string)
            mismatches = json.loads(mismatches)
        miss = "; ".join(f"{m['field']}: {m['cited']} ≠ {m['actual']}" for m in mismatches)
        name = link.get("cited_source") or link["cited_doc_id"]
        rest = f" ({link.get('method')}, {link.get('score')})" + (f" [{miss}]" if miss else "")
        href = (hrefs or {}).get(link.get("cited_source") or "")
        if href:
            return Html(f'<a class="cite" href="{html.escape(href)}">{html.escape(name)}</a>{html.escape(rest)}')
        return name + rest
    return f"{link.get('cited_work_id')} (not in the collection)"


def _cited_by(cited_by: list[tuple[str, str, str]]) -> str:
    """The documents of the site citing this one: (page href, name, citation text) each."""
    items = "".join(f'<li><a class="citedby" href="{html.escape(href)}">{html.escape(name)}</a>'
                    f' <small>«{html.escape(" ".join(cite.split())[:200])}»</small></li>'
                    for href, name, cite in cited_by)
    return (f'<section class="tbl" id="t-citedby"><h3>Cited by ({len(cited_by)})</h3>'
            + (f"<ul>{items}</ul>" if items else "") + "</section>")


def _tables(plan: PlanDocument, links: dict[str, dict] | None, hrefs: dict[str, str] | None = None) -> str:
    d = plan.document
    header_rows = [(f"h:{k}" if k in d.spans else "", [k, v]) for k, v in as_plain(d).items()
                   if k != "spans" and v not in (None, "", False)]
    refs = [(f"r:{r.ref_id}:{r.start}", [r.ref_id, r.text, r.relation, r.type, r.code or r.number, r.date,
                                         r.issuer, r.page, _resolved_cell((links or {}).get(r.ref_id), hrefs)])
            for r in plan.references]
    targets = [(f"t:{i}", [t.text[:300], t.kind, t.comparator,
                           t.value if t.until is None else f"{t.value:g}–{t.until:g}", t.unit, t.indicator,
                           t.deadline, t.section, t.page]) for i, t in enumerate(plan.targets)]
    units: dict[tuple, list] = {}
    for i, r in enumerate(plan.responsibilities):
        key = (r.start, r.end, r.unit)
        if key in units:
            units[key][1][2] += f", {r.role}"
        else:
            units[key] = [f"u:{i}", [r.unit, r.unit_expanded if r.unit_expanded != r.unit else None, r.role,
                                     r.tasks, r.deadline, r.section, r.page]]
    dates = [(f"d:{i}", [x.text, x.role, x.value, x.until, x.granularity, x.section, x.page])
             for i, x in enumerate(plan.dates)]
    abbrs = [(f"a:{i}", [a.short, a.long, a.source]) for i, a in enumerate(plan.abbreviations)]
    rcps = [(f"c:{i}", [r.name, r.purpose]) for i, r in enumerate(plan.recipients)]
    warns = [("", [w.code, w.message, w.start]) for w in plan.warnings]
    return "".join((
        _table("t-doc", "Document", ["field", "value"], header_rows),
        _table("t-refs", "References", ["id", "text", "relation", "type", "code", "date", "issuer", "page",
                                        "resolved to"], refs),
        _table("t-targets", "Targets", ["clause", "kind", "cmp", "value", "unit", "indicator", "deadline",
                                        "section", "page"], targets),
        _table("t-units", "Responsible units", ["unit", "expanded", "roles", "tasks", "deadline", "section",
                                                "page"], [(v[0], v[1]) for v in units.values()]),
        _table("t-dates", "Dates", ["text", "role", "value", "until", "granularity", "section", "page"], dates),
        _table("t-abbr", "Abbreviations", ["short", "long", "source"], abbrs),
        _table("t-rcp", "Recipients", ["name", "purpose"], rcps),
        _table("t-warn", "Warnings", ["code", "message", "at"], warns),
    ))


def _legend() -> str:
    items = [f'<li><label><input type="checkbox" checked data-kind="{k}"> <mark class="m {k}">{html.escape(label)}'
             f'</mark></label> <small>{html.escape(what)}</small></li>' for k, (label, what) in KINDS.items()]
    roles = " ".join(f'<mark class="m date r-{r}">{r}</mark>' for r in DATE_ROLES)
    return f'<ul class="legend">{"".join(items)}</ul><p class="roles">dates: {roles}</p>'


def _summary(plan: PlanDocument, ocr_pages: list[int]) -> str:
    d = plan.document
    bits = [f"<b>{html.escape(d.source or '')}</b>", html.escape(d.format or "")]
    if d.pages:
        bits.append(f"{d.pages} pages")
    if d.encoding:
        bits.append(html.escape(d.encoding))
    if d.ocr:
        conf = f"{d.ocr_confidence:.2f}" if d.ocr_confidence is not None else "unknown"
        pages = f" (pages {html.escape(_ranges(ocr_pages))})" if ocr_pages else ""
        bits.append(f'<span class="ocr">scan read by OCR{pages}, mean word confidence {conf}</span>')
    counts = (f"{len(plan.sections)} sections, {len(plan.references)} references, {len(plan.dates)} dates, "
              f"{len(plan.targets)} targets, {len(plan.responsibilities)} responsibilities")
    return " · ".join(bits) + f"<br><small>{counts}</small>"


def _ranges(pages: list[int]) -> str:
    """1, 2, 3, 5 → "1–3, 5"."""
    groups: list[list[int]] = []
    for p in sorted(set(pages)):
        if groups and groups[-1][1] == p - 1:
            groups[-1][1] = p
        else:
            groups.append([p, p])
    return ", ".join(str(a) if a == b else f"{a}–{b}" for a, b in groups)


def _json_for_script(data: Any) -> str:
    """JSON safe inside ``<script type="application/json">``: no ``<``, ``>`` or ``&`` left to end
    the element or start a comment (escaped as \\u003c etc., which JSON.parse reads back)."""
    return (json.dumps(data, ensure_ascii=False, separators=(",", ":"))
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def render_page(plan: PlanDocument, *, links: list[dict] | None = None, ocr_pages: list[int] | None = None,
                title: str | None = None, hrefs: dict[str, str] | None = None,
                cited_by: list[tuple[str, str, str]] | None = None, nav: str = "") -> str:
    """The extraction of one document as a self-contained HTML page (a string).

    ``plan``: an extracted document (``pipeline.extract``), whose spans index ``plan.text``.
    ``links``: what its references resolve to (``pipeline.link.link_document`` rows as dicts), shown
    in the references table and the records; ``ocr_pages``: the pages Tesseract read, marked
    "OCR". Every character of the document is HTML-escaped.

    For a page of a dataset's site (:mod:`pipeline.site`): ``hrefs`` maps a cited document's
    ``source`` to its page (the references table links to it), ``cited_by`` lists the documents
    citing this one (page href, name, citation text) and ``nav`` is markup put under the title
    (links to the index and to related pages, made by the caller, escaped there)."""
    by_ref = {link["ref_id"]: link for link in links or []}
    records, spans = _records(plan, by_ref or None)
    points: dict[int, list[str]] = {}
    for s in plan.sections:
        points.setdefault(max(0, min(s.start, len(plan.text))), []).append(
            f'<a class="anc" id="{html.escape(_anchor(s.id))}"></a>')
    ocr = set(ocr_pages or ())
    for i, start in enumerate(_page_starts(plan), 1):
        points.setdefault(start, []).insert(0, f'<span class="pb{" ocr" if i in ocr else ""}" id="page-{i}" '
                                               f'data-page="{i}"></span>')
    body = _marked_text(plan.text, spans, points)
    name = title or plan.document.title or plan.document.source or "document"
    return _TEMPLATE.format(
        title=html.escape(f"plans show: {name}"[:200]),
        summary=_summary(plan, sorted(ocr)) + nav,
        legend=_legend(),
        tree=_section_tree(plan),
        text=body,
        tables=(_cited_by(cited_by) if cited_by is not None else "") + _tables(plan, by_ref or None, hrefs),
        records=_json_for_script(records),
        css=_CSS, js=_JS)


def show_file(path: str | os.PathLike, *, against: list[dict] | None = None) -> str:
    """Read and extract one file (any format the pipeline reads) and return its page.
    ``against``: header rows of documents (a dataset's ``documents`` table) to resolve its
    references to. Raises :class:`~pipeline.ingest.IngestError` for a file that cannot be read."""
    from .api import extract_raw
    from .ingest import read
    raw = read(Path(path))
    plan = extract_raw(raw)
    links = None
    if against:
        from .link import Collection, link_document
        links = [dict(link.__dict__) for link in link_document(plan.to_dict(), Collection(against))]
    return render_page(plan, links=links, ocr_pages=list(raw.ocr_pages))


def write_page(page: str, out: str | os.PathLike) -> None:
    """Write a page atomically: a temporary file beside ``out``, then renamed over it."""
    out = Path(out)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(page, encoding="utf-8")
        os.replace(tmp, out)
    finally:
        if tmp.exists():
            tmp.unlink()


_CSS = """
*{box-sizing:border-box}
html,body{height:100%}
body{margin:0;font:15px/1.5 system-ui,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#111;background:#fff;
 display:flex;flex-direction:column}
header{padding:.5em 1em;border-bottom:1px solid #ccc;background:#fafafa}
header h1{font-size:1.1em;margin:.1em 0;max-height:2.8em;overflow:hidden}
.ocr{color:#8a4b00;font-weight:600}
#wrap{display:grid;grid-template-columns:minmax(12em,17em) minmax(20em,1fr) minmax(18em,36em);flex:1;
 min-height:0}
#wrap>*{overflow:auto;padding:.5em 1em}
nav{border-right:1px solid #ddd;font-size:.85em}
nav ul{padding-left:1em;margin:.2em 0}nav li{margin:.1em 0}
nav a{color:#034;text-decoration:none}nav a:hover{text-decoration:underline}
.pg{color:#777;font-size:.85em}
#doc{white-space:pre-wrap;line-height:2.2;font-family:Georgia,"Noto Serif",serif;font-size:15px;max-width:52em}
aside{border-left:1px solid #ddd;font-size:.82em}
#rec{position:sticky;top:0;background:#fff;border:1px solid #bbb;padding:.4em;max-height:45vh;overflow:auto;
 white-space:pre-wrap;font:12px/1.35 ui-monospace,Menlo,Consolas,monospace;margin:0 0 .6em}
.legend{list-style:none;padding:0;margin:.2em 0}.legend li{margin:.15em 0}
.roles{margin:.3em 0}
table{border-collapse:collapse;width:100%;margin:.2em 0 .8em}
th,td{border:1px solid #ccc;padding:2px 4px;vertical-align:top;text-align:left;overflow-wrap:break-word}
th{background:#f0f0f0}td.nil{color:#aaa}td ol{margin:0;padding-left:1.2em}
tbody tr{cursor:pointer}tbody tr:hover{background:#f5f5dc}
h3{font-size:1em;margin:.8em 0 .2em}
mark.m{background:none;color:inherit;border-bottom:2px solid #888;background-clip:content-box}
mark.d1{padding-bottom:4px}mark.d2{padding-bottom:8px}mark.d3{padding-bottom:12px}
mark.hdr{background-color:#efe6f7;border-bottom:4px double #6a3d9a}
mark.sec{font-weight:700;border-bottom:3px solid #000}
mark.sec.lv2{font-weight:600;border-bottom-width:2px}mark.sec.lv3{font-weight:inherit;border-bottom:1px solid #444}
mark.ref{background-color:#dcecf8;border-bottom:2px dashed #0072b2}
mark.date{background-color:#f7e8f0;border-bottom:3px dotted #cc79a7}
mark.date.r-deadline{background-color:#fde3d3;border-bottom-color:#d55e00;border-bottom-style:solid}
mark.date.r-period{background-color:#d8f1e9;border-bottom-color:#009e73;border-bottom-style:dashed}
mark.date.r-event{background-color:#e4eef9;border-bottom-color:#56b4e9}
mark.date.r-citation{background-color:#eee;border-bottom-color:#777}
mark.date.r-other{background-color:#f4f4f4;border-bottom-color:#999}
mark.tgtc{background-color:#fff9d6;border-bottom:1px solid #b8860b}
mark.tgt{background-color:#f0e442;border-bottom:3px solid #8a6d00;font-weight:700}
mark.tgt.k-achieved{background-color:#e8e3a0;border-bottom-style:dashed}
mark.tgt.k-threshold{background-color:#f3ecb0;border-bottom-style:dotted}
mark.resp{background-color:#eaf6f0;border-bottom:1px dashed #009e73}
mark.unit{background-color:#b5e4cf;border-bottom:4px double #00694d;font-weight:600}
mark.abbr{border-bottom:2px dotted #444;background-color:#f1f1f1}
mark.rcp{background-color:#f3ecf9;border-bottom:2px dotted #6a3d9a}
mark.hl{outline:2px solid #e00;outline-offset:1px}
body.off-hdr mark.hdr,body.off-sec mark.sec,body.off-ref mark.ref,body.off-date mark.date,body.off-tgtc mark.tgtc,
body.off-tgt mark.tgt,body.off-resp mark.resp,body.off-unit mark.unit,body.off-abbr mark.abbr,body.off-rcp mark.rcp
{background-color:transparent;border-bottom-color:transparent;font-weight:inherit}
.pb::before{content:"p. " attr(data-page);display:inline-block;font:11px/1.2 system-ui,sans-serif;color:#555;
 border:1px solid #999;border-radius:3px;padding:0 3px;margin:0 3px}
.pb.ocr::before{content:"p. " attr(data-page) " OCR";color:#8a4b00;border-color:#c80}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
@media print{body{display:block}#wrap{display:block}#wrap>*{overflow:visible}nav,#rec,.legend input{display:none}
 aside{border:0}}
"""

# Event delegation on the text and the tables; the record blob is parsed once, on first use.
_JS = r"""
(function(){
var recs=null,pinned=null,lit=[];
function R(){if(!recs)recs=JSON.parse(document.getElementById('records').textContent);return recs;}
function ids(el){return (el.getAttribute('data-r')||'').split(' ').filter(Boolean);}
function light(id){lit.forEach(function(e){e.classList.remove('hl');});
 lit=Array.prototype.slice.call(document.querySelectorAll('#doc mark[data-r~="'+CSS.escape(id)+'"]'));
 lit.forEach(function(e){e.classList.add('hl');});return lit;}
function chain(el){var out=[],seen={};for(var m=el.closest('mark');m;m=m.parentElement.closest('mark')){
 ids(m).forEach(function(i){if(!seen[i]){seen[i]=1;out.push(i);}});}return out;}
function show(list){var r=R(),o=list.map(function(i){return r[i]?Object.assign({id:i},r[i]):{id:i};});
 document.getElementById('rec').textContent=o.length?JSON.stringify(o.length==1?o[0]:o,null,1):'';}
var doc=document.getElementById('doc');
doc.addEventListener('mouseover',function(e){if(pinned)return;var c=chain(e.target);if(c.length)show(c);});
doc.addEventListener('click',function(e){var c=chain(e.target);if(!c.length){pinned=null;light('');return;}
 pinned=c;show(c);light(c[0]);});
document.querySelector('aside').addEventListener('click',function(e){var tr=e.target.closest('tr[data-r]');
 if(!tr)return;var id=ids(tr)[0];if(!id)return;pinned=[id];show([id]);var m=light(id);
 if(m.length)m[0].scrollIntoView({block:'center',inline:'nearest'});});
document.querySelector('.legend').addEventListener('change',function(e){var k=e.target.getAttribute('data-kind');
 if(k)document.body.classList.toggle('off-'+k,!e.target.checked);});
})();
"""

_TEMPLATE = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="generator" content="plans show">
<title>{title}</title><style>{css}</style></head>
<body>
<header><h1>{title}</h1><div>{summary}</div></header>
<div id="wrap">
<nav><h3>Sections</h3>{tree}</nav>
<main><div id="doc">{text}</div></main>
<aside><pre id="rec">Hover or click a marked span to see its record.</pre>
<h3>Legend</h3>{legend}{tables}</aside>
</div>
<script type="application/json" id="records">{records}</script>
<script>{js}</script>
</body></html>
"""
