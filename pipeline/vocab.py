"""Language knowledge loaded from the data files under ``pipeline/data`` (one loader for all).

Code elsewhere stays generic: document types, abbreviations, unit words, comparators and the
patterns of web-page chrome are data, in the spirit of dateparser's language files.
"""
from __future__ import annotations

import csv
import functools
import json

import regex
from dataclasses import dataclass
from importlib import resources

from .normalize import fold


def rows(name: str) -> list[list[str]]:
    """Rows of a tab-separated data file, comments (#) and blank lines skipped."""
    text = resources.files("pipeline.data").joinpath(name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return [row for row in csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)]


def load_json(name: str):
    return json.loads(resources.files("pipeline.data").joinpath(name).read_text(encoding="utf-8"))


@dataclass(frozen=True)
class DocType:
    type: str
    header: str
    aliases: tuple[str, ...]
    codes: tuple[str, ...]


@functools.cache
def doc_types() -> tuple[DocType, ...]:
    out = []
    for row in rows("doc_types.tsv")[1:]:  # the first row names the columns
        row = row + [""] * (4 - len(row))
        out.append(DocType(row[0], row[1], tuple(a for a in row[2].split("|") if a),
                           tuple(c for c in row[3].split("|") if c)))
    return tuple(out)


@functools.cache
def doc_type_by_name() -> dict[str, DocType]:
    """Folded type name, header line or alias → DocType."""
    table: dict[str, DocType] = {}
    for dt in doc_types():
        for key in (dt.type, dt.header):
            table.setdefault(fold(key), dt)
    for dt in doc_types():
        for alias in dt.aliases:
            table.setdefault(fold(alias), dt)
    return table


@functools.cache
def doc_type_by_code() -> dict[str, DocType]:
    """Symbol code ("KH", "NQ") → DocType (first listed wins)."""
    table: dict[str, DocType] = {}
    for dt in doc_types():
        for code in dt.codes:
            table.setdefault(code.upper(), dt)
    return table


@functools.cache
def abbreviations() -> dict[str, str]:
    return {row[0]: row[1] for row in rows("abbreviations.tsv") if len(row) >= 2}


@functools.cache
def words(name: str) -> frozenset[str]:
    """A one-word-per-line data file as a set of folded words."""
    return frozenset(fold(row[0]) for row in rows(name))


@functools.cache
def patterns(name: str) -> tuple[str, ...]:
    return tuple(row[0] for row in rows(name))


def alternation(words) -> str:
    """A regex alternation of phrases, longest first, any run of spaces matching any whitespace."""
    alts = sorted({w for w in words if w}, key=len, reverse=True)
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in alts)


@functools.cache
def issuer_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(words opening a body's name, place words), longest first, from ``issuers.tsv``."""
    entries = rows("issuers.tsv")[1:]
    orgs = tuple(sorted((r[0] for r in entries if r[1] == "org"), key=len, reverse=True))
    places = tuple(sorted((r[0] for r in entries if r[1] == "place"), key=len, reverse=True))
    return orgs, places
