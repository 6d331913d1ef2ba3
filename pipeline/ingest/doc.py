"""Word 97–2003 ``.doc`` reader, through antiword (catdoc when antiword is missing).

antiword is preferred: on the legacy samples (corpus/legacy) it keeps byte AD, which TCVN3 uses for
"ư" and catdoc drops as a soft hyphen ("Ch­¬ng" → "Ch¬ng"), and it lays tables out as ``|cell|cell|``
lines that can be read back. It is run with ``-w 0`` (a paragraph per line) and the UTF-8 mapping.

Old Vietnamese documents were often typed in TCVN3 or VNI fonts; antiword does not know them and
gives their bytes as cp1252 letters ("Céng hßa x· héi", "COÄNG HOAØ XAÕ HOÄI"). The legacy parts
of the text — often the whole text, sometimes all but a name typed later in Unicode — are converted
with :func:`pipeline.ingest.legacy.convert_mixed`. TCVN3 has no toned capitals: headings are
lower-case bytes in a capitals-only font (``.VnTimeH``). antiword does not report fonts, so they
are read from the file itself (:mod:`pipeline.ingest.word97`) and the stretches of antiword's
text set in such a font are found again and put in capitals.

``encoding`` is 'tcvn3' or 'vni' when the text was converted, else 'utf-16' if the text has
characters beyond cp1252 (Word stored it as UTF-16), else 'cp1252' (8-bit text, or UTF-16 text that
happens to fit cp1252 — antiword does not say which).
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import regex

from . import legacy, word97
from .base import IngestError, RawDocument, is_layout_table, run_tool

TIMEOUT = 120  # seconds for one antiword run
# Tools, in order of preference: (command, Debian package, arguments before the file name).
TOOLS = (("antiword", "antiword", ["-w", "0", "-m", "UTF-8.txt"]),
         ("catdoc", "catdoc", ["-w", "-d", "utf-8"]))
_TABLE_ROW = regex.compile(r"^\|.*\|\s*$")
_PICTURE = regex.compile(r"^\s*\[pic\]\s*$")


def _tool(source: str) -> tuple[str, list[str]]:
    for command, _package, args in TOOLS:
        found = shutil.which(command)
        if found:
            return found, args
    names = " or ".join(c for c, _, _ in TOOLS)
    packages = " or ".join(p for _, p, _ in TOOLS)
    raise IngestError(source, f"reading Word 97 .doc files needs {names} (Debian package {packages}; "
                          "./setup.sh installs it), or save the file as .docx")


def _run(path: Path) -> str:
    source = str(path)
    command, args = _tool(source)
    # "--" ends the options: a file named "-x.doc" is a file name, not an option.
    out = run_tool(source, [command, *args, "--", str(path)], f"reading this .doc file with {Path(command).name}",
                   TIMEOUT, env={**os.environ, "LC_ALL": "C.UTF-8"})
    return out.decode("utf-8", "replace")


def _table_lines(rows: list[list[str]]) -> list[str]:
    """A table from antiword's ``|cell|cell|`` lines (one line per cell paragraph, so a Word row
    may span several). Columns that are empty throughout (spacers) are dropped; a header or
    signature table is read column by column, any other table as ``cell | cell`` rows."""
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    keep = [c for c in range(width) if any(r[c] for r in rows)]
    rows = [[r[c] for c in keep] for r in rows]
    if is_layout_table(rows, max_rows=40):
        out = []
        for col in range(len(keep)):
            out += [r[col] for r in rows if r[col]]
            out.append("")
        return out
    return [" | ".join(r) for r in rows if any(r)] + [""]


def _tidy(text: str) -> str:
    """antiword's page layout undone: tables read back (see _table_lines), "[pic]" placeholders
    dropped, lines stripped of the spaces that indented or centred them."""
    out: list[str] = []
    table: list[list[str]] = []
    for line in text.replace("\f", "\n").split("\n"):
        if _TABLE_ROW.match(line):
            table.append([" ".join(cell.split()) for cell in line.strip()[1:-1].split("|")])
            continue
        if table:
            out += _table_lines(table)
            table = []
        if _PICTURE.match(line):
            continue
        out.append(line.strip())
    if table:
        out += _table_lines(table)
    return regex.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip("\n") + "\n"


def _stored_encoding(text: str) -> str:
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return "utf-16"
    return "cp1252"


_CONTEXT = 10  # characters on either side of a stretch, to find it again in antiword's text
_MIN_BARE = 3  # a stretch shorter than this is looked for only with its context ("ñ|y ban")
_BARE_WINDOW = 2000  # how far past the last stretch found one is looked for without context


def _loose(text: str) -> str:
    """A pattern for ``text`` in antiword's output, whose spacing differs (lines stripped, tabs)."""
    return r"\s+".join(regex.escape(part) for part in regex.split(r"\s+", text))


def _capital_spans(text: str, runs: list[tuple[str, str | None]]) -> list[tuple[int, int]]:
    """Where the stretches of the file's text set in a capitals-only font are in ``text``
    (antiword's). Stretches are cut at Word's control characters (paragraph, cell, tab…), taken
    in order, and looked for after the previous one: first with some of the characters around
    them, which makes one-letter stretches ("ñ" in "ñy ban") unambiguous, then alone nearby."""
    whole = "".join(t for t, _ in runs)
    spans, cursor, pos = [], 0, 0
    for run_text, font in runs:
        start = pos
        pos += len(run_text)
        if not legacy.font_encoding(font)[1]:
            continue
        for m in regex.finditer(r"[^\x00-\x1f]+", run_text):
            stretch = m.group(0).strip()
            if not any(ch.isalpha() for ch in stretch):
                continue
            a = start + m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
            b = a + len(stretch)
            before = regex.split(r"[\x00-\x1f]", whole[max(0, a - _CONTEXT):a])[-1]
            after = regex.split(r"[\x00-\x1f]", whole[b:b + _CONTEXT])[0]
            found = None
            for left, right in ((before, after), (before[-3:], after[:3]), ("", "")):
                left, right = left.lstrip(), right.rstrip()
                if not left.strip() and not right.strip():
                    if len(stretch) < _MIN_BARE:
                        break
                    pattern = regex.compile(f"({_loose(stretch)})")
                    found = pattern.search(text, cursor, cursor + _BARE_WINDOW + len(stretch))
                else:
                    pattern = regex.compile(f"{_loose(left)}({_loose(stretch)}){_loose(right)}"
                                            .replace(r"\s+(", r"\s*(").replace(r")\s+", r")\s*"))
                    found = pattern.search(text, cursor)
                if found:
                    break
            if found:
                spans.append(found.span(1))
                cursor = found.end(1)
    return spans


def read_doc(path: Path) -> RawDocument:
    """Read a Word 97–2003 .doc file (see the module docstring)."""
    source = str(path)
    raw = _tidy(_run(path))
    if not raw.strip():
        raise IngestError(source, "empty document (the .doc file has no text)")
    text, encoding = legacy.convert_mixed(raw)
    if encoding == "tcvn3" and len(text) == len(raw):  # TCVN3 converts letter for letter
        runs = word97.font_runs(path)
        if runs:
            chars = list(text)
            for a, b in _capital_spans(raw, runs):
                chars[a:b] = text[a:b].upper()
            text = "".join(chars)
    return RawDocument(text=text, source=source, format="doc",
                       encoding=encoding or _stored_encoding(text), page_starts=[])
