"""HTML reader: the page's visible text, one block per line, tables as ``cell | cell`` rows.

Site chrome (menus, metadata, related-document lists) is not removed here: the body is found on
the text by :func:`pipeline.segment.find_body`, so a page saved as text (seed 003) and the same
page as HTML go through the same body-finding.
"""
from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup, NavigableString, Tag

from .base import IngestError, RawDocument
from .text import decode_bytes

_BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section",
           "article", "header", "footer", "blockquote", "pre", "table", "ul", "ol", "dd", "dt"}
_DROP = {"script", "style", "noscript", "template", "svg", "iframe", "form", "button", "select"}


def html_to_text(markup: str) -> str:
    soup = BeautifulSoup(markup, "lxml")
    for tag in soup.find_all(_DROP):
        tag.decompose()
    root = soup.body or soup
    lines: list[str] = []
    current: list[str] = []

    def flush():
        line = " ".join("".join(current).split())
        if line:
            lines.append(line)
        current.clear()

    def walk(node):
        for child in node.children:
            if isinstance(child, NavigableString):
                if child.__class__.__name__ in ("Comment", "Doctype"):
                    continue
                current.append(str(child))
            elif isinstance(child, Tag):
                if child.name == "tr":
                    flush()
                    cells = [" ".join(c.get_text(" ").split()) for c in child.find_all(["td", "th"])]
                    cells = [c for c in cells if c]
                    if cells:
                        lines.append(" | ".join(cells))
                    continue
                if child.name in _BLOCKS:
                    flush()
                walk(child)
                if child.name in _BLOCKS:
                    flush()
    walk(root)
    flush()
    return "\n".join(lines)


def read_html(path: Path) -> RawDocument:
    data = path.read_bytes()
    markup, encoding = decode_bytes(data, str(path))
    text = html_to_text(markup)
    if not text.strip():
        raise IngestError(str(path), "empty document (the HTML page has no text)")
    return RawDocument(text=text, source=str(path), format="html", encoding=encoding)
