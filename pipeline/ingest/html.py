"""HTML reader: the page's visible text, one block per line, tables as ``cell | cell`` rows.

Site chrome (menus, metadata, related-document lists) is not removed here: the body is found on
the text by :func:`pipeline.segment.find_body`, so a page saved as text (seed 003) and the same
page as HTML go through the same body-finding.
"""
from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup, NavigableString, PageElement, Tag

from .base import IngestError, RawDocument
from .text import decode_bytes

_BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section",
           "article", "header", "footer", "blockquote", "pre", "table", "ul", "ol", "dd", "dt"}
_DROP = {"script", "style", "noscript", "template", "svg", "iframe", "form", "button", "select"}


# Elements nested deeper than this are read as plain text (their blocks and rows flattened into
# the enclosing line): real pages nest 20–30 deep; a page nested 1,000 deep is hostile.
MAX_DEPTH = 500
_LEAVE, _SPACE = -1, -2  # markers on the walk's stack (see html_to_text)


def _wanted(types, string: NavigableString) -> bool:
    """Whether ``get_text`` on a cell would keep this string (its own rule: the cell's
    ``interesting_string_types``, so no comments, scripts' text or ruby annotations)."""
    if types is None:
        types = Tag.MAIN_CONTENT_STRING_TYPES
    return type(string) is types if isinstance(types, type) else type(string) in types


def html_to_text(markup: str) -> str:
    """The page's visible text: a line per block, a ``cell | cell`` line per table row.

    One iterative pass over the tree, each node visited once (a recursive walk raised
    RecursionError on a page nested 1,000 deep, and asking each row for its cells' text again
    made 20,000 nested tables quadratic). A row's cells are its outermost ``td``/``th``: a table
    nested in a cell reads as part of that cell's text."""
    soup = BeautifulSoup(markup, "lxml")
    for tag in soup.find_all(_DROP):
        tag.decompose()
    root = soup.body or soup
    lines: list[str] = []
    current: list[str] = []
    cells: list[list[str]] | None = None  # the open row's cells, as their strings
    cell_types = None  # the open cell's string types (None: outside a cell)
    row_tag: Tag | None = None
    cell_tag: Tag | None = None

    def flush():
        line = " ".join("".join(current).split())
        if line:
            lines.append(line)
        current.clear()

    # (node, depth) to enter, or (tag, LEAVE) to leave once its children are done, or (tag, SPACE)
    # to leave a flattened block (a word break, where a block would end its line).
    stack: list[tuple[PageElement, int]] = [(child, 1) for child in reversed(list(root.children))]
    while stack:
        node, depth = stack.pop()
        if depth == _SPACE:
            current.append(" ")
            continue
        if depth == _LEAVE:
            assert isinstance(node, Tag)
            if node is cell_tag:
                cell_tag = cell_types = None
            elif node is row_tag:
                assert cells is not None
                texts = [" ".join(" ".join(parts).split()) for parts in cells]
                texts = [t for t in texts if t]
                if texts:
                    lines.append(" | ".join(texts))
                row_tag = cells = None
            elif cells is None and node.name in _BLOCKS:
                flush()
            continue
        if isinstance(node, NavigableString):
            if cells is not None:  # in a row: only its cells' text counts, as get_text reads it
                if cell_tag is not None and _wanted(cell_types, node):
                    cells[-1].append(str(node))
            elif node.__class__.__name__ not in ("Comment", "Doctype"):
                current.append(str(node))
            continue
        if not isinstance(node, Tag):
            continue
        flat = depth > MAX_DEPTH
        if cells is not None:
            if cell_tag is None and node.name in ("td", "th") and not flat:
                cell_tag, cell_types = node, node.interesting_string_types
                cells.append([])
                stack.append((node, _LEAVE))
        elif node.name == "tr" and not flat:
            flush()
            row_tag, cells = node, []
            stack.append((node, _LEAVE))
        elif node.name in _BLOCKS and not flat:
            flush()
            stack.append((node, _LEAVE))
        elif node.name in _BLOCKS or node.name in ("tr", "td", "th"):
            current.append(" ")
            stack.append((node, _SPACE))
        stack.extend((child, depth + 1) for child in reversed(list(node.children)))
    flush()
    return "\n".join(lines)


def read_html(path: Path) -> RawDocument:
    data = path.read_bytes()
    markup, encoding, warnings = decode_bytes(data, str(path))
    text = html_to_text(markup)
    if not text.strip():
        raise IngestError(str(path), "empty document (the HTML page has no text)")
    return RawDocument(text=text, source=str(path), format="html", encoding=encoding, warnings=warnings)
