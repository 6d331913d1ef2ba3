"""Series of one measure by year: a subject, then its values each labelled by a year ("Tỷ lệ che
phủ rừng: năm 2024 đạt 41,2%, năm 2025 ước đạt 41,5%, kế hoạch năm 2026 là 41,8%", "Tỷ lệ chất
thải rắn được thu gom: thực hiện năm 2024 là 90,5%; ước thực hiện năm 2025 là 92%; năm 2026 phấn
đấu đạt 94%"), or by a quarter or a month of a year ("Quý I/2026 đạt 30%; Quý II/2026 đạt 60%",
"đến tháng 3/2026 đạt 80%; đến tháng 6/2026 đạt 100%").

Socio-economic plans report a measure's past years and set its next ones in one sentence. Each value
measures the series' subject by its own year: the year is its deadline (or the year it reports),
the words of estimate or of the past before it ("ước", "thực hiện") make it achieved, those of the
plan ("kế hoạch", "phấn đấu") an aim; a year before the plan's issue, with neither, is reported.

find → read: :func:`find_year_series` finds the series and each member's value, year and kind.
"""
from __future__ import annotations

import functools
from typing import NamedTuple

import regex

from ..text import fold
from ..vocab import alternation, load_json


class SeriesMember(NamedTuple):
    value_start: int  # where the member's value begins
    year: str
    kind: str | None  # target | achieved; None where its words and year do not tell
    deadline: str = ""  # its period as a deadline: the year, "2026-Q2" of a quarter, "2026-06" of a month


class YearSeries(NamedTuple):
    subject: str | None  # the words naming what every member measures, None where none is printed
    members: tuple[SeriesMember, ...]


@functools.cache
def _patterns() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
    """The member's pattern, and the words making one achieved and a target (series_words)."""
    v = load_json("targets.json")["series_words"]
    words = alternation([*v["achieved"], *v["planned"], *v["verbs"]])
    periods = v["periods"]
    member = regex.compile(
        rf"""(?P<label>(?:(?:{words})[ \t\n]+)*   # words of estimate or of the plan before the period
        (?:{periods['year']}[ \t\n]+(?P<year>(?:19|20)\d\d)(?!\d)   # a year
        |{periods['quarter']}[ \t]+(?P<quarter>IV|I{{1,3}}|[1-4])[ \t]*/[ \t]*(?P<qyear>(?:19|20)\d\d)(?!\d)
                                                 # a quarter of a year ("Quý II/2026")
        |{periods['month']}[ \t]+(?P<month>1[0-2]|0?[1-9])[ \t]*/[ \t]*(?P<myear>(?:19|20)\d\d)(?!\d))
                                                 # a month of a year ("tháng 6/2026")
        [ \t\n]*:?[ \t\n]*(?:(?:{words})[ \t\n]+)*)   # a colon, words of reaching after it
        (?P<value>\d(?:[\d.,]*\d)?[ \t]*%)          # a percentage
        """, regex.X | regex.I)
    achieved = regex.compile(rf"(?<!\p{{L}})(?:{alternation(fold(w) for w in v['achieved'])})(?!\p{{L}})")
    planned = regex.compile(rf"(?<!\p{{L}})(?:{alternation(fold(w) for w in v['planned'])})(?!\p{{L}})")
    return member, achieved, planned


# What joins two members: a comma, a semicolon or "và", with spaces and line breaks.
_JOINT = regex.compile(r"[ \t\n]*(?:[,;]|[ \t\n]và)[ \t\n]*", regex.I)
# The subject before a series: the words of its clause up to a colon.
_SUBJECT = regex.compile(r"([^\n:;.]{3,160}?)[ \t]*:[ \t\n]*$")
_LABEL = regex.compile(r"^[ \t]*(?:[-+•*]+|\d+(?:\.\d+)*[.)]|[a-zđ]\))[ \t]+")


def _kind(label: str, year: int, issued_year: int | None) -> str | None:
    """A member's kind by its label's words, else by its year against the year of issue; None
    where neither tells (the reader's kind stands)."""
    _member, achieved, planned = _patterns()
    folded = fold(label)
    if planned.search(folded):
        return "target"
    if achieved.search(folded) or issued_year is not None and year < issued_year:
        return "achieved"
    return "target" if issued_year is not None else None


_QUARTERS = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def _member(m: regex.Match, issued_year: int | None) -> SeriesMember:
    """A series' member of its match: its value's start, its period's year, kind and deadline."""
    year = m.group("year") or m.group("qyear") or m.group("myear")
    deadline = f"{year}-Q{_QUARTERS[m.group('quarter').upper()]}" if m.group("quarter") \
        else f"{year}-{int(m.group('month')):02d}" if m.group("month") else year
    return SeriesMember(m.start("value"), year, _kind(m.group("label"), int(year), issued_year), deadline)


def find_year_series(text: str, lo: int, hi: int, issued_year: int | None) -> list[YearSeries]:
    """The series of two members or more in ``text[lo:hi]``: runs of year-labelled percentages
    joined by commas, semicolons or "và", with the subject a colon closes right before the first
    (None where there is none)."""
    member = _patterns()[0]
    out: list[YearSeries] = []
    run: list[regex.Match] = []

    def close() -> None:
        if len(run) >= 2:
            line_start = text.rfind("\n", lo, run[0].start()) + 1
            subject = _SUBJECT.search(text, max(lo, line_start), run[0].start())
            # (Or the words opening the line before the first year, with no colon: "Tỷ lệ người dân có
            # chữ ký số năm 2026 đạt 40%, năm 2027 đạt 55% …"; none where they hold a figure.)
            words = subject.group(1) if subject else text[max(lo, line_start):run[0].start()]
            name = _LABEL.sub("", " ".join(words.split())).strip(" ,")
            if regex.search(r"\d", name) or len(name.split()) < 2:
                name = ""
            out.append(YearSeries(name or None, tuple(_member(m, issued_year) for m in run)))
        run.clear()

    for m in member.finditer(text, lo, hi):
        if run and not _JOINT.fullmatch(text, run[-1].end(), m.start()):
            close()
        run.append(m)
    close()
    return out
