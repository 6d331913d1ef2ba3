"""Dates: every date expression with an ISO value, its range end, granularity and role.

Forms (all seen in real plans): "ngày 05 tháng 01 năm 2024", "05/01/2024", "(30/4/1975 -
30/4/2023)", "tháng 4/2023", "Tháng 04 - 06/2023", "cuối tháng 4 đến hết tháng 5/2023",
"Quý I năm 2024", "quý IV/2023", "năm 2024", "năm học 2023-2024", "nhiệm kỳ 2023 - 2028",
"giai đoạn 2021-2025", "2021 - 2030", a draft's "ngày   tháng 12 năm 2025" (month precision).
The words come from ``data/dates.json``; roles from the cue phrases there (``find_dates`` leaves
``citation`` to the reference extractor, which knows which dates belong to a cited document).
"""
from __future__ import annotations

import bisect
import calendar
import functools
import itertools
import re

import regex

from ..model import DateMention
from ..scan import latin_letters, lower_same_length, matches_at
from ..text import fold
from ..vocab import alternation, load_json, prefix_tree_alternation

_ROMAN_Q = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}


@functools.cache
def _vocab():
    return load_json("dates.json")



# Where a date may start: not inside a word or a number, nor after a slash.
_DATE_START = r"(?<![\p{L}\d/])"


@functools.cache
def _pattern() -> regex.Pattern:
    """Every date form, the first that matches winning."""
    return regex.compile(_DATE_START + _forms(), regex.I)


@functools.cache
def _opening_words() -> tuple[str, ...]:
    """The words a date form of :func:`_forms` may open with: the day, month, year and quarter
    words, the period words, the qualifiers before a month or a quarter ("cuối tháng 4", "trong
    quý II") and the word opening a range ("từ 01/5 đến 31/5/2023"). (A form opening with another
    word must add it here: tests/test_scan.py compares :func:`find_dates` with a plain search of
    :func:`_pattern` on the corpus.)"""
    v = _vocab()
    qualifiers = v["qualifiers"]
    return (v["day"], v["month"], v["year"], v["quarter"], *v["period_words"], *qualifiers["lone"],
            *qualifiers["range_first"], *qualifiers["range_last"], *v["range_from"])


@functools.cache
def _opening_word() -> re.Pattern:
    """A word of :func:`_opening_words`, in lower case, not inside a word."""
    opening = prefix_tree_alternation([w.lower() for w in _opening_words()], escape=re.escape)
    return re.compile(rf"(?<![{re.escape(_refused_before())}])(?=(?:{opening}))")


@functools.cache
def _refused_before() -> str:
    """The characters (of a text in lower case) after which the pre-scan sees no date start: digits,
    "/" and lower-case Latin letters, each the lower case only of characters ``_DATE_START`` refuses
    to follow (tests/test_scan.py)."""
    return "0123456789/" + "".join(sorted({c.lower() for c in latin_letters() if len(c.lower()) == 1}))


_NUMBER_START = regex.compile(_DATE_START + r"\d")


def _date_starts(text: str, start: int, end: int) -> list[int]:
    """The positions of text[start:end] where a date may start, ascending (more than there are):
    where an opening word (:func:`_opening_word`) or a number starts, and the spaces and the
    parenthesis before either, which a range takes in ("(30/4/1975 - 30/4/2023)").

    Why: :func:`_pattern` tried at every position was most of the time of date extraction; tried
    only here it finds the same dates (:func:`~pipeline.scan.matches_at`) in a third of the time.
    The look-up of the words runs in the standard library's ``re`` on the text in lower case: a
    character that ``regex`` matches to a date word's letter without regard to case is one whose
    lower case is that letter (tests/test_scan.py), ``re``'s ``\\s`` takes in ``regex``'s, and
    its look-behind refuses only what ``_DATE_START`` refuses."""
    lower = lower_same_length(text[start:end])  # (at ``start`` its look-behind sees nothing, and refuses nothing)
    day = _vocab()["day"].lower()
    words = [start + m.start() for m in _opening_word().finditer(lower)]
    firsts = [m.start() for m in _NUMBER_START.finditer(text, start, end)]
    firsts += [pos for pos in words if lower.startswith(day, pos - start)]
    starts = set(words + firsts)
    for pos in firsts:
        # A range opens with "(" and spaces before its first day: " (30/4/1975 -", "  ngày 05 ...".
        while pos > start and text[pos - 1].isspace():
            pos -= 1
            starts.add(pos)
        if pos > start and text[pos - 1] == "(":
            starts.add(pos - 1)
    return sorted(starts)


def _forms() -> str:
    """The alternation of the date forms, in the order they are tried."""
    v = _vocab()
    D, M, Y, Q = (regex.escape(v[k]) for k in ("day", "month", "year", "quarter"))
    sep = r"\s*[/.\-]\s*"
    range_to = {kind: rf"\s*(?:{alternation(words)})\s*" for kind, words in v["range_to"].items()}
    dash = range_to["days_or_months"]
    range_from = alternation(v["range_from"])
    qualifiers = {place: alternation(words) for place, words in v["qualifiers"].items()}
    first_qualifiers = alternation(v["qualifiers"]["range_first"] + v["range_from"])
    year = r"(?:1[89]\d\d|20\d\d|21\d\d)"
    words_dmy = (rf"(?:{D}\s+)?(?P<d1>\d{{1,2}})\s+{M}\s+(?P<m1>\d{{1,2}})\s+{Y}\s+(?P<y1>{year})")
    blank_day = rf"{D}\s+(?:[.…_ ]*\s*)?{M}\s+(?P<bm>\d{{1,2}})\s+{Y}\s+(?P<by>{year})"
    blank_all = rf"{D}\s+(?:[.…_ ]*\s*)?{M}\s+(?:[.…_ ]*\s*)?{Y}\s+(?P<ay>{year})"
    numeric = rf"(?P<d2>\d{{1,2}}){sep}(?P<m2>\d{{1,2}}){sep}(?P<y2>{year})"
    # A day range whose first date lacks its year: "01/5 - 31/5/2023", "từ 01/5 đến 31/5/2023".
    day_range_short = (rf"(?P<rd1>\d{{1,2}})/(?P<rm1>\d{{1,2}}){dash}"
                       rf"(?P<rd2>\d{{1,2}})/(?P<rm2>\d{{1,2}})/(?P<ry2>{year})")
    month_range = (rf"(?:(?:{first_qualifiers})\s+)?{M}\s+(?P<mm1>\d{{1,2}})(?:\s*/\s*(?P<my1>{year}))?"
                   rf"{dash}(?:(?:{qualifiers['range_last']})\s+)?(?:{M}\s+)?"
                   rf"(?P<mm2>\d{{1,2}})\s*(?:/|\s+{Y}\s+)\s*(?P<my2>{year})")
    month = rf"(?:(?:{qualifiers['lone']})\s+)?{M}\s+(?P<m3>\d{{1,2}})\s*(?:/|,?\s*{Y}\s+)\s*(?P<y3>{year})"
    month_num = rf"(?<![\d/])(?P<m4>0?[1-9]|1[0-2])/(?P<y4>{year})(?![\d/])"
    quarter = (rf"(?:(?:{qualifiers['lone']})\s+)?{Q}\s+(?P<q>IV|III|II|I|[1-4])\b"
               rf"\s*(?:/|,?\s*(?:{Y}\s+)?)\s*(?P<qy>{year})")
    period_words = alternation(v["period_words"])
    year_range = (rf"(?:(?P<pw>{period_words})\s+)?(?P<ya>{year}){range_to['years']}(?P<yb>{year})")
    single_year = rf"(?:(?P<yw>{Y}|{period_words})\s+)(?P<yy>{year})\b"
    parts = [
        rf"(?P<range>\(?\s*(?:{words_dmy}|{numeric}){range_to['dates']}(?P<second>(?:{D}\s+)?\d{{1,2}}(?:\s*[/.\-]\s*\d{{1,2}}\s*[/.\-]\s*{year}|\s+{M}\s+\d{{1,2}}\s+{Y}\s+{year}))\s*\)?)",
        rf"(?P<dmy>{words_dmy})",
        rf"(?P<blank>{blank_day})",
        rf"(?P<blankall>{blank_all})",
        rf"(?P<numeric>(?:{D}\s+)?{numeric})",
        rf"(?P<dayrange>(?:(?:(?:{range_from})\s+)?{D}\s+)?{day_range_short})",
        rf"(?P<monthrange>{month_range})",
        rf"(?P<month>{month})",
        rf"(?P<quarter>{quarter})",
        rf"(?P<yearrange>{year_range})",
        rf"(?P<monthnum>{month_num})",
        rf"(?P<year>{single_year})",
    ]
    return "(?:" + "|".join(parts) + r")(?![\d])"


def _iso(y, m=None, d=None) -> str | None:
    try:
        y = int(y)
        if m is None:
            return f"{y:04d}"
        m = int(m)
        if not 1 <= m <= 12:
            return None
        if d is None:
            return f"{y:04d}-{m:02d}"
        d = int(d)
        if not 1 <= d <= calendar.monthrange(y, m)[1]:
            return None
        return f"{y:04d}-{m:02d}-{d:02d}"
    except (TypeError, ValueError):
        return None


_NUMERIC_DAY = regex.compile(r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})")
_WORDS_DAY = regex.compile(r"(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", regex.I)


def _parse_single_day(text: str) -> str | None:
    m = _NUMERIC_DAY.search(text)
    if m:
        return _iso(m.group(3), m.group(2), m.group(1))
    m = _WORDS_DAY.search(text)
    if m:
        return _iso(m.group(3), m.group(2), m.group(1))
    return None


def _value(m: regex.Match) -> tuple[str | None, str | None, str]:
    g = m.group
    if g("range"):
        first = _parse_single_day(m.group(0)[: m.start("second") - m.start()])
        second = _parse_single_day(g("second"))
        return first, second, "day"
    if g("dmy"):
        return _iso(g("y1"), g("m1"), g("d1")), None, "day"
    if g("blank"):
        return _iso(g("by"), g("bm")), None, "month"
    if g("blankall"):
        return _iso(g("ay")), None, "year"
    if g("numeric"):
        return _iso(g("y2"), g("m2"), g("d2")), None, "day"
    if g("dayrange"):
        return _iso(g("ry2"), g("rm1"), g("rd1")), _iso(g("ry2"), g("rm2"), g("rd2")), "day"
    if g("monthrange"):
        y2 = g("my2")
        return _iso(g("my1") or y2, g("mm1")), _iso(y2, g("mm2")), "month"
    if g("month"):
        return _iso(g("y3"), g("m3")), None, "month"
    if g("monthnum"):
        return _iso(g("y4"), g("m4")), None, "month"
    if g("quarter"):
        q = _ROMAN_Q.get(g("q").lower())
        return (f"{int(g('qy')):04d}-Q{q}" if q else None), None, "quarter"
    if g("yearrange"):
        a, b = int(g("ya")), int(g("yb"))
        if b < a:
            return None, None, "year"
        return f"{a:04d}", f"{b:04d}", "year"
    if g("year"):
        return _iso(g("yy")), None, "year"
    return None, None, "day"


@functools.cache
def _cue_res():
    v = _vocab()
    # (Each is anchored at the end of the words before a date and only tells whether it matches:
    # searched from the end, REVERSE, it is found without being tried at every position.)
    def build(key):
        return regex.compile(r"(?:^|[\s(,;:])(?:" + alternation(v[key]) + r")\s*[:,]?\s*$", regex.I | regex.REVERSE)
    return {k: build(k) for k in ("deadline_cues", "event_cues", "period_cues")}


def _role(text: str, start: int, end: int, match: regex.Match, until: str | None) -> str:
    before = text[max(0, start - 40):start]
    before_fold = fold(before)
    cues = _cue_res()
    if cues["deadline_cues"].search(before_fold):
        return "deadline"
    if match.group("range") and (match.group(0).lstrip().startswith("(") or
                                 cues["event_cues"].search(fold(text[max(0, start - 120):start]))):
        return "event"
    if match.group("yearrange") or until is not None:
        return "period"
    if cues["period_cues"].search(before_fold):
        return "period"
    if match.group("year") and fold(match.group("yw") or "") != "năm":
        return "period"
    return "other"


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Every date expression in text[start:end], roles from cue words (citation left to refs)."""
    end = len(text) if end is None else end
    return list(_mentions(text, _matches(text, start, end)))


def first_date(text: str, start: int, end: int) -> DateMention | None:
    """The first date expression in a short stretch text[start:end] (``find_dates(...)[0]``),
    without looking for the others, and with no role (None): its callers, the date of a cited
    document or of the header, need none, and deciding it is a third of the work."""
    return next(_mentions(text, _matches(text, start, end), roles=False), None)


def _matches(text: str, start: int, end: int):
    """``_pattern().finditer(text, start, end)``, tried at the pre-scanned positions only."""
    return matches_at(_pattern(), text, _date_starts(text, start, end), end)


def _mentions(text: str, matches, roles: bool = True):
    for m in matches:
        value, until, gran = _value(m)
        if value is None:
            continue
        s, e = m.start(), m.end()
        # Trim the spaces and an unmatched opening parenthesis the pattern may include.
        raw = text[s:e]
        lead = len(raw) - len(raw.lstrip(" ("))
        if m.group("range") and raw.lstrip().startswith("("):
            lead = 0
        s += lead
        role = _role(text, s, e, m, until) if roles else None
        yield DateMention(value=value, until=until, granularity=gran, role=role,
                          section=None, start=s, end=e, text=text[s:e])


def mark_roles(dates: list[DateMention], references, issued: tuple[int, int] | None) -> None:
    """Set the role of the dates that their place decides: the date inside the header's issue
    date span (``issued``, start and end) is "issued"; a date inside a reference's span is that
    document's "citation" date. (References sorted by start, with the furthest end reached so
    far: one bisection per date, not a scan of all references.)"""
    spans = sorted((r.start, r.end) for r in references)
    starts = [s for s, _ in spans]
    reach = list(itertools.accumulate((e for _, e in spans), max))
    for d in dates:
        if issued and issued[0] <= d.start < issued[1]:
            d.role = "issued"
        else:
            k = bisect.bisect_right(starts, d.start)
            if k and reach[k - 1] >= d.end:
                d.role = "citation"
