"""Renderings of the made-up cases (review 21 / centralunits).

A case body is a list of logical paragraphs. A paragraph may start with a tag:
  'T:'  document-type line (QUYẾT ĐỊNH, KẾ HOẠCH, CHỈ THỊ ...)
  'S:'  subject lines under the type
  'H:'  level-1 heading (I. MỤC TIÊU ...)
  'H2:' level-2 heading (1. Trách nhiệm ...) - bold in TVPL, ### in repository markdown
  'A:'  an article: 'Điều 1.|text'
  'I:'  italic preamble line (Căn cứ ...)
  'SIG:' signature block lines joined by '/'
Untagged paragraphs are body text.
"""
from __future__ import annotations

import re

_TAG = re.compile(r"^(T|S|H|H2|A|I|SIG):")


def _tag(p):
    m = _TAG.match(p)
    return (m.group(1), p[m.end():]) if m else ("", p)


def _wrap(text, first=34, rest=80):
    """TVPL / PDF hard wraps: a short first line (indent), then about 80 characters."""
    words = text.split(" ")
    lines, cur, width = [], "", first
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur, width = w, rest
        else:
            cur = (cur + " " + w) if cur else w
    if cur:
        lines.append(cur)
    return lines


def md(header, body):
    out = [header.strip(), ""]
    for p in body:
        tag, rest = _tag(p)
        if tag == "T":
            out.append("# " + rest.strip())
        elif tag == "S":
            out.append("**" + rest.strip() + "**")
        elif tag == "H":
            out.append("## " + rest.strip())
        elif tag == "H2":
            out.append("### " + rest.strip())
        elif tag == "A":
            lab, _, txt = rest.partition("|")
            out.append(f"**{lab.strip()}** {txt.strip()}")
        elif tag == "I":
            out.append("*" + rest.strip() + "*")
        elif tag == "SIG":
            out.append("\n".join("**" + x.strip() + "**" for x in rest.split("/")))
        else:
            out.append(p)
        out.append("")
    return "\n".join(out)


def tvpl(header, body):
    out = [header.strip(), ""]
    for p in body:
        tag, rest = _tag(p)
        rest = rest.strip()
        if tag == "T":
            out.append("**" + rest + "**")
        elif tag == "S":
            out.append("\n".join(_wrap(rest, 60, 80)))
        elif tag in ("H", "H2"):
            lines = _wrap(rest, 40, 80) if len(rest) > 45 else [rest]
            out.append("**" + "\n".join(lines) + "**")
        elif tag == "A":
            lab, _, txt = rest.partition("|")
            lines = _wrap(txt.strip(), 30, 80)
            out.append(f"**{lab.strip()}** " + "\n".join(lines))
        elif tag == "I":
            out.append("*" + "\n".join(_wrap(rest, 30, 80)) + "*")
        elif tag == "SIG":
            out.append("|\n" + "\n".join("**" + x.strip() + "**" for x in rest.split("/")) + "\n|")
        else:
            out.append("\n".join(_wrap(p, 34, 80)))
        out.append("")
    return "\n".join(out)


def pdf(header, body, page_every=34):
    """PDF text layer: every wrapped line keeps a trailing space; a page number line now and then."""
    out = [header.strip()]
    for p in body:
        tag, rest = _tag(p)
        rest = rest.strip()
        if tag == "A":
            lab, _, txt = rest.partition("|")
            text = f"{lab.strip()} {txt.strip()}"
        elif tag == "SIG":
            out.extend(x.strip() for x in rest.split("/"))
            continue
        elif tag:
            text = rest
        else:
            text = p
        lines = _wrap(text, 78, 78)
        out.extend([ln + " " for ln in lines[:-1]] + [lines[-1]])
    # page numbers
    res, page = [], 2
    for i, ln in enumerate(out, 1):
        res.append(ln)
        if i % page_every == 0 and i < len(out) - 3:
            res.append(str(page) + " ")
            page += 1
    return "\n".join(res) + "\n"


def tvpl_header(left, left2, number, place_date):
    return f"""|
**{left}**
{(left2 + chr(10)) if left2 else ''}-------
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: {number}
|
*{place_date}*
|"""


def md_header(left, number, place_date):
    return f"""| {left} | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc |
|---|---|
| Số: {number} | {place_date} |"""


def pdf_header(left, number, place_date, left2=None):
    lines = [left] + ([left2] if left2 else []) + ["_______", f"Số: {number}",
             "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
             "________________________", place_date]
    return "\n".join(lines)
