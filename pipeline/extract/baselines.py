"""Baselines in brackets: the figure a plan reports beside an aim for a past year, in a
parenthesis right after the aim ("Tốc độ tăng trưởng GRDP đạt 8,0 - 8,5% (ước năm 2025: 7,4%)",
"… đạt 34 giường (năm 2025: 32,5 giường)", "… đạt trên 95% (thực hiện năm 2024 là 93,8%, ước năm
2025 là 94,6%)").

Socio-economic plans state their baselines so. Read as prose, the bracket's year became the aim's
deadline, its words the aim's indicator ("ước năm 2025") and its figure an aim of its own. The
reader of :mod:`pipeline.extract.targets` reads the text with these brackets blanked out
(:func:`masked`, offsets kept), then each figure inside one as the aim's subject achieved in
the bracket's year.

find → mask: :func:`find_baseline_brackets` finds them; :func:`masked` blanks them;
:func:`bracket_year` gives the year of a figure inside one.
"""
from __future__ import annotations

import functools
from typing import NamedTuple

import regex

from ..text import fold
from ..vocab import alternation, load_json

# A parenthesis of a few words, on one line or wrapped over one line's end.
_BRACKET = regex.compile(r"\(((?:[^()\n]|\n(?![ \t]*\n)){4,160})\)")
# What stands before such a bracket: a figure and at most three words of its unit ("8,5%", "34
# giường", "6,2 triệu lượt", "14.800 tỷ đồng"), nothing else between.
_FIGURE_BEFORE = regex.compile(r"\d(?:[\d.,]*\d)?[ \t]*(?:%|[\p{L}/³²‰]+(?:[ \t]+[\p{L}/³²‰]+){0,2})?[ \t]*$")
_YEAR = regex.compile(r"(?<![\d/.,])((?:19|20)\d\d)(?![\d/.,]\d|[ \t]*[-–][ \t]*(?:19|20)\d\d)")
# A figure that is no year: digits with separators, or a number of one to three digits.
_FIGURE = regex.compile(r"(?<![\d/.,])(?!(?:19|20)\d\d(?![\d.,]\d))\d(?:[\d.,]*\d)?")


class BaselineBracket(NamedTuple):
    open: int  # the offset of "("
    close: int  # the offset of ")"


@functools.cache
def _words() -> tuple[regex.Pattern, regex.Pattern]:
    """The words that make a bracket a report of results (baseline_bracket_words: "ước", "thực
    hiện", "cùng kỳ") and those that make it the plan's own figure (plan_words: "kế hoạch")."""
    v = load_json("targets.json")
    report = regex.compile(rf"(?<!\p{{L}})(?:{alternation(fold(w) for w in v['baseline_bracket_words'])})(?!\p{{L}})")
    plan = regex.compile(rf"(?<!\p{{L}})(?:{alternation(fold(w) for w in v['plan_words'])})(?!\p{{L}})")
    return report, plan


def find_baseline_brackets(text: str, lo: int, hi: int, issued_year: int | None) -> list[BaselineBracket]:
    """The brackets of baselines in ``text[lo:hi]``: a parenthesis right after a figure (and its
    unit) whose words before its first figure name a year (one not after ``issued_year``, the
    year the plan is issued, where known) or a report's word, and no word of the plan's own
    figures ("(kế hoạch 7,5-8%)" is the plan's aim)."""
    report, plan = _words()
    out = []
    for m in _BRACKET.finditer(text, lo, hi):
        if not _FIGURE_BEFORE.search(text, max(lo, m.start() - 40), m.start()):
            continue
        body = m.group(1)
        first = _FIGURE.search(body)
        if first is None:
            continue
        opening = fold(body[:first.start()])
        years = [int(y) for y in _YEAR.findall(body[:first.start()])]
        if plan.search(opening) or not years:
            continue
        if issued_year is not None and any(y > issued_year for y in years):
            continue
        if issued_year is None and not report.search(opening):
            continue
        out.append(BaselineBracket(m.start(), m.end() - 1))
    return out


def masked(text: str, brackets: list[BaselineBracket]) -> str:
    """``text`` with each bracket, its parentheses with it, replaced by spaces, its line breaks
    kept (offsets kept)."""
    if not brackets:
        return text
    parts, at = [], 0
    for b in brackets:
        parts += [text[at:b.open], regex.sub(r"[^\n]", " ", text[b.open:b.close + 1])]
        at = b.close + 1
    return "".join(parts) + text[at:]


@functools.lru_cache(maxsize=4096)
def masked_line(line: str, issued_year: int | None) -> str:
    """A heading's line (a bullet's is its whole sentence) with its brackets of baselines blanked:
    their years are no deadline of the aims under it. (A bracket the line's end cuts, "… đạt 8,0 -
    8,5% (năm 2024: 6,82%; ước năm 2025:", a bullet's first line, is one too.)"""
    cut = line.count("(") > line.count(")")
    found = find_baseline_brackets(line + ")" if cut else line, 0, len(line) + cut, issued_year)
    return masked(line + ")" if cut else line, found)[:len(line)]


def bracket_year(text: str, bracket: BaselineBracket, pos: int) -> str | None:
    """The year of the figure at ``pos`` inside ``bracket``: the last one named before it there."""
    years = _YEAR.findall(text, bracket.open, pos)
    return years[-1] if years else None
