"""A dataset as a static site (``plans show DATASET_DIR --out site/``): an index of its documents,
one page per document as ``plans show`` makes it, citation links between them, and its errors.

- **From the tables, not by extracting again**: each page is rendered from the dataset's rows (the
  ``texts`` table's normalised text and the records that index it), turned back into the records
  of a :class:`~pipeline.model.PlanDocument` (:func:`plan_from_rows`). What the tables do not keep
  is not shown: the header fields' spans (the header is in the document table, unmarked in the
  text) and the page breaks (sections and records still give their page).
- **Citations**: a reference the ``links`` table resolves to a document of the dataset links to
  that document's page; each page lists the documents citing it ("Cited by"); a document that is
  another rendering or version of a work links to the work's representative.
- **Files**: ``index.html``, ``errors.html``, ``pages.json`` (each document's page by source and
  by doc_id: ``plans check --format html --site SITE`` links to them) and ``doc/{doc_id}.html`` (a second file with the
  same text, hence the same doc_id, gets ``{doc_id}-2.html``; a doc_id is 16 hex digits, and any
  other character is replaced by ``_``). Every page is self-contained (inline CSS and JS, no
  network); the index sorts (click a column's heading) and filters (a box matching any cell).
- **Atomic**: the site is written into a temporary folder beside ``out`` and renamed into place;
  a previous site there is replaced whole (moved aside, then removed). A folder that is not a site
  (no ``.plans-site`` marker) and not empty is refused: nothing written, nothing removed.
"""
from __future__ import annotations

import dataclasses
import html
import json
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from . import model as m

__all__ = ["plan_from_rows", "build_site", "SiteError", "SiteResult", "page_names", "MARKER"]

MARKER = ".plans-site"  # the file saying a folder is a site this module wrote (and may replace)

_RECORDS = {"sections": m.Section, "references": m.Reference, "dates": m.DateMention, "targets": m.Target,
            "responsibilities": m.Responsibility, "recipients": m.Recipient, "abbreviations": m.Abbreviation,
            "warnings": m.Warning}


class SiteError(ValueError):
    """A site that cannot be written: the message names the folder and says why."""


@dataclass
class SiteResult:
    out: Path
    documents: int
    errors: int
    citations: int  # references resolved to a document of the dataset (links between pages)


def _make(cls: type, row: dict):
    """A record from its table row: the dataclass's fields only (no doc_id, source, item)."""
    names = {f.name for f in dataclasses.fields(cls)}
    if cls is m.Abbreviation:
        row = {**row, "source": row.get("source_kind")}  # (the file's source is the row's "source")
    values = {k: v for k, v in row.items() if k in names}
    if cls is m.Responsibility:
        values["tasks"] = [str(t) for t in values.get("tasks") or []]
    return cls(**values)


def plan_from_rows(header: dict, rows: dict[str, list[dict]], text: str) -> m.PlanDocument:
    """One document of a dataset as a :class:`PlanDocument`: ``header`` its ``documents`` row,
    ``rows`` its rows of the record tables (by table name, in ``item`` order), ``text`` its
    normalised text (the ``texts`` table), which every row's span indexes."""
    names = {f.name for f in dataclasses.fields(m.Header)}
    doc = m.PlanDocument(document=m.Header(**{k: v for k, v in header.items() if k in names and k != "spans"}),
                       text=text)
    for table, cls in _RECORDS.items():
        ordered = sorted(rows.get(table, []), key=lambda r: r.get("item") or 0)
        setattr(doc, table, [_make(cls, r) for r in ordered])
    if doc.document.ocr is None:
        doc.document.ocr = False
    return doc


def page_names(documents: list[dict]) -> dict[str, str]:
    """Each document's page (``doc/NAME.html``) by source: its doc_id, safe as a file name; a second
    source of the same doc_id (a copy of the file) gets ``-2``, and so on."""
    out: dict[str, str] = {}
    taken: set[str] = set()
    for d in documents:
        base = re.sub(r"[^0-9A-Za-z_-]", "_", str(d.get("doc_id") or "document"))[:64]
        name, n = base, 1
        while name in taken:
            n += 1
            name = f"{base}-{n}"
        taken.add(name)
        out[d["source"]] = f"doc/{name}.html"
    return out


def _name(d: dict) -> str:
    """A document's short name for links: "KẾ HOẠCH 88/NQ-CP", else its file's name."""
    code = d.get("code") or d.get("number")
    if d.get("doc_type") and code:
        return f"{d['doc_type']} {code}"
    return Path(str(d.get("source") or "?")).name


def build_site(dataset_dir: str | os.PathLike, out_dir: str | os.PathLike) -> SiteResult:
    """Write the site of the dataset in ``dataset_dir`` into ``out_dir`` (see the module's
    docstring). Raises :class:`~pipeline.dataset.DatasetError` for a folder that is no dataset and
    :class:`SiteError` for an ``out_dir`` that is not a site."""
    from .dataset import load, records
    out = Path(out_dir)
    if out.exists() and (not out.is_dir() or (any(out.iterdir()) and not (out / MARKER).exists())):
        raise SiteError(f"{out_dir}: " + ("not a folder" if not out.is_dir()
                                          else "a folder with other files (not a site plans show wrote)"))
    tables = load(dataset_dir)
    documents = records(tables["documents"])
    grouped: dict[str, dict[str, list[dict]]] = {}
    for table in _RECORDS:
        for r in records(tables[table]):
            grouped.setdefault(r["source"], {}).setdefault(table, []).append(r)
    texts = {r["source"]: r["text"] for r in records(tables["texts"])}
    links = records(tables["links"]) if "links" in tables else []
    pages = page_names(documents)
    by_doc_id: dict[str, str] = {}
    for d in documents:
        by_doc_id.setdefault(d["doc_id"], d["source"])
    by_source = {d["source"]: d for d in documents}
    links_of: dict[str, list[dict]] = {}
    cited_by: dict[str, list[tuple[str, str, str]]] = {}
    citations = 0
    for link in links:
        links_of.setdefault(link["citing_source"], []).append(link)
        cited = link.get("cited_source")
        if cited in pages and link["citing_source"] in by_source and cited != link["citing_source"]:
            citations += 1
            entry = ("../" + pages[link["citing_source"]], _name(by_source[link["citing_source"]]),
                     link.get("ref_text") or "")
            if all(e[0] != entry[0] for e in cited_by.get(cited, [])):  # each citing document once
                cited_by.setdefault(cited, []).append(entry)
    errors = records(tables["errors"])

    out = out.resolve()  # (``--out .``: a name to put the temporary folder beside)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.tmp-{os.getpid()}")
    old = out.with_name(f".{out.name}.old-{os.getpid()}")
    from .show import render_page
    try:
        shutil.rmtree(tmp, ignore_errors=True)
        (tmp / "doc").mkdir(parents=True)
        hrefs = {source: "../" + page for source, page in pages.items()}
        for d in documents:
            source = d["source"]
            plan = plan_from_rows(d, grouped.get(source, {}), texts.get(source, ""))
            related = []
            for col, label in (("rendering_of", "another rendering of"), ("version_of", "a version of")):
                rep = by_doc_id.get(d.get(col) or "")
                if rep:
                    related.append(f'{label} <a class="work" href="{html.escape(hrefs[rep])}">'
                                   f'{html.escape(_name(by_source[rep]))}</a>')
            work = f"work {html.escape(d['work_id'])}" if d.get("work_id") else ""
            nav = ('<div class="site"><a href="../index.html">← all documents</a>'
                   + "".join(f" · {x}" for x in [work, *related] if x) + "</div>")
            page = render_page(plan, links=links_of.get(source, []), title=_name(d), hrefs=hrefs,
                               cited_by=cited_by.get(source, []), nav=nav)
            (tmp / pages[source]).write_text(page, encoding="utf-8")
        (tmp / "index.html").write_text(_index(documents, pages, cited_by, len(errors)), encoding="utf-8")
        (tmp / "errors.html").write_text(_errors(errors), encoding="utf-8")
        by_id = {d["doc_id"]: pages[by_doc_id[d["doc_id"]]] for d in documents}
        (tmp / "pages.json").write_text(json.dumps({"by_source": pages, "by_doc_id": by_id}, ensure_ascii=False,
                                                   indent=1), encoding="utf-8")
        (tmp / MARKER).write_text("written by plans show\n", encoding="utf-8")
        if out.exists():
            os.replace(out, old)
        os.replace(tmp, out)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        shutil.rmtree(old, ignore_errors=True)
    return SiteResult(Path(out_dir), len(documents), len(errors), citations)


_INDEX_COLUMNS = ("type", "number", "issuer", "date", "title", "source", "refs", "cited by")


def _index(documents: list[dict], pages: dict[str, str], cited_by: dict[str, list], n_errors: int) -> str:
    rows = []
    for d in documents:
        cells = [d.get("doc_type"), d.get("code") or d.get("number"), d.get("issuer"), d.get("issued_date"),
                 d.get("title"), d.get("source"), d.get("n_references") or 0, len(cited_by.get(d["source"], []))]
        tds = []
        for i, v in enumerate(cells):
            text = html.escape("" if v is None else str(v))
            if i == 4:  # the title links to the page (the file's name where there is none)
                text = (f'<a href="{html.escape(pages[d["source"]])}">'
                        f'{text or html.escape(Path(str(d["source"])).name)}</a>')
            tds.append(f"<td>{text}</td>")
        rows.append(f'<tr data-doc="{html.escape(str(d["doc_id"]))}">{"".join(tds)}</tr>')
    heads = "".join(f'<th data-col="{i}" data-num="{int(i >= 6)}">{html.escape(h)}</th>'
                    for i, h in enumerate(_INDEX_COLUMNS))
    return _PAGE.format(
        title="plans: documents",
        body=(f'<h1>Documents ({len(documents)})</h1><p><input id="filter" type="search" '
              f'placeholder="filter: any words of a row" size="40"> <span id="shown"></span> · '
              f'<a href="errors.html">errors ({n_errors})</a></p>'
              f'<table id="docs"><thead><tr>{heads}</tr></thead><tbody>{"".join(rows)}</tbody></table>'),
        js=_INDEX_JS)


def _errors(errors: list[dict]) -> str:
    rows = "".join("<tr>" + "".join(f"<td>{html.escape(str(e.get(k) or ''))}</td>"
                                    for k in ("source", "reason", "sha256")) + "</tr>" for e in errors)
    body = (f'<p><a href="index.html">← all documents</a></p><h1>Errors ({len(errors)})</h1>'
            "<p>Inputs the build could not extract, with the reason.</p>"
            + (f'<table id="errors"><thead><tr><th>source</th><th>reason</th><th>sha256</th></tr></thead>'
               f"<tbody>{rows}</tbody></table>" if errors else "<p>None.</p>"))
    return _PAGE.format(title="plans: errors", body=body, js="")


# Sorting: a click on a heading sorts by that column (numbers as numbers, text by the Vietnamese
# collation), a second click reverses. Filtering: every word typed must be in the row's text.
_INDEX_JS = r"""
(function(){
var tb=document.querySelector('#docs tbody'),rows=Array.prototype.slice.call(tb.rows);
var box=document.getElementById('filter');
var coll=new Intl.Collator('vi',{numeric:true}),last=-1,dir=1;
document.querySelector('#docs thead').addEventListener('click',function(e){var th=e.target.closest('th');if(!th)return;
 var c=+th.getAttribute('data-col'),num=th.getAttribute('data-num')==='1';dir=(c===last)?-dir:1;last=c;
 rows.sort(function(a,b){var x=a.cells[c].textContent,y=b.cells[c].textContent;
  return dir*(num?(+x)-(+y):coll.compare(x,y));});
 rows.forEach(function(r){tb.appendChild(r);});
 document.querySelectorAll('#docs th').forEach(function(h){h.removeAttribute('aria-sort');});
 th.setAttribute('aria-sort',dir>0?'ascending':'descending');});
function filter(){var words=box.value.toLowerCase().split(/\s+/).filter(Boolean),n=0;
 rows.forEach(function(r){var t=r.textContent.toLowerCase(),ok=words.every(function(w){return t.indexOf(w)>=0;});
  r.hidden=!ok;if(ok)n++;});
 document.getElementById('shown').textContent=n+' of '+rows.length+' shown';}
box.addEventListener('input',filter);filter();
})();
"""

_PAGE = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="generator" content="plans show">
<title>{title}</title><style>
body{{margin:1em 2em;font:15px/1.45 system-ui,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#111}}
table{{border-collapse:collapse;width:100%}}th,td{{border:1px solid #ccc;padding:3px 6px;vertical-align:top;
text-align:left}}th{{background:#f0f0f0;cursor:pointer;user-select:none}}
th[aria-sort=ascending]::after{{content:" ▲"}}th[aria-sort=descending]::after{{content:" ▼"}}
tbody tr:hover{{background:#f5f5dc}}h1{{font-size:1.3em}}
</style></head>
<body>{body}<script>{js}</script></body></html>
"""
