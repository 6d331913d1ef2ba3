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
from collections.abc import Sequence

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
    # (The month's number may be glued to its word, as a typist left it: "ngày 14 tháng5 năm 2008".)
    words_dmy = (rf"(?:{D}\s+)?(?P<d1>\d{{1,2}})\s+{M}\s*(?P<m1>\d{{1,2}})\s+{Y}\s+(?P<y1>{year})")
    blank_day = rf"{D}\s+(?:[.…_ ]*\s*)?{M}\s+(?P<bm>\d{{1,2}})\s+{Y}\s+(?P<by>{year})"
    blank_all = rf"{D}\s+(?:[.…_ ]*\s*)?{M}\s+(?:[.…_ ]*\s*)?{Y}\s+(?P<ay>{year})"
    numeric = rf"(?P<d2>\d{{1,2}}){sep}(?P<m2>\d{{1,2}}){sep}(?P<y2>{year})"
    # A day and month in figures, the year in words: "trước ngày 10/12 năm 2026" (the day word
    # required: "3/4 năm 2026" may be a fraction).
    numeric_year_word = rf"{D}\s+(?P<d5>\d{{1,2}})\s*/\s*(?P<m5>\d{{1,2}})\s+{Y}\s+(?P<y5>{year})"
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
        # (The first date may open with the day word like the second: "từ ngày 15/12/2025 đến
        # ngày 14/6/2026".)
        rf"(?P<range>\(?\s*(?:{words_dmy}|(?:{D}\s+)?{numeric}){range_to['dates']}(?P<second>(?:{D}\s+)?\d{{1,2}}(?:\s*[/.\-]\s*\d{{1,2}}\s*[/.\-]\s*{year}|\s+{M}\s+\d{{1,2}}\s+{Y}\s+{year}))\s*\)?)",
        # A range of days in words, the month and year printed once: "từ ngày 17 đến ngày 20 tháng
        # 11 năm 2025".
        rf"(?P<wdayrange>(?:(?:{range_from})\s+)?{D}\s+(?P<wd1>\d{{1,2}}){dash}(?:{D}\s+)?(?P<wd2>\d{{1,2}})"
        rf"\s+{M}\s+(?P<wm>\d{{1,2}})\s+{Y}\s+(?P<wy>{year}))",
        rf"(?P<dmy>{words_dmy})",
        rf"(?P<blank>{blank_day})",
        rf"(?P<blankall>{blank_all})",
        rf"(?P<numeric>(?:{D}\s+)?{numeric})",
        rf"(?P<numyear>{numeric_year_word})",
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


@functools.cache
def _words_day() -> regex.Pattern:
    """A whole day in words: "15 tháng 11 năm 2025" (the month and year words of the vocabulary)."""
    v = _vocab()
    return regex.compile(rf"(\d{{1,2}})\s+{_word(v['month'])}\s+(\d{{1,2}})\s+{_word(v['year'])}\s+(\d{{4}})",
                         regex.I)


def _word(phrase: str) -> str:
    """A phrase of the vocabulary as a pattern, any run of whitespace for a space."""
    return alternation([phrase])


def _parse_single_day(text: str) -> str | None:
    m = _NUMERIC_DAY.search(text)
    if m:
        return _iso(m.group(3), m.group(2), m.group(1))
    m = _words_day().search(text)
    if m:
        return _iso(m.group(3), m.group(2), m.group(1))
    return None


def _value(m: regex.Match) -> tuple[str | None, str | None, str]:
    g = m.group
    if g("range"):
        first = _parse_single_day(m.group(0)[: m.start("second") - m.start()])
        second = _parse_single_day(g("second"))
        return first, second, "day"
    if g("wdayrange"):
        return _iso(g("wy"), g("wm"), g("wd1")), _iso(g("wy"), g("wm"), g("wd2")), "day"
    if g("dmy"):
        return _iso(g("y1"), g("m1"), g("d1")), None, "day"
    if g("blank"):
        return _iso(g("by"), g("bm")), None, "month"
    if g("blankall"):
        return _iso(g("ay")), None, "year"
    if g("numeric"):
        return _iso(g("y2"), g("m2"), g("d2")), None, "day"
    if g("numyear"):
        return _iso(g("y5"), g("m5"), g("d5")), None, "day"
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


@functools.cache
def _time_of_day() -> regex.Pattern:
    """A time of day ending the words before a date ("trước 14 giờ ngày 08 tháng 10 năm 2025",
    "trước 14 giờ, ngày …", "08h30 ngày …"), folded: a deadline cue before it is the date's; without
    one the date is an event's."""
    hours = alternation(fold(w) for w in _vocab()["hour_words"])
    minutes = alternation(_vocab()["minute_words"])
    return regex.compile(rf"\s*\d{{1,2}}\s*(?:{hours})(?:\s*\d{{1,2}}(?:\s*(?:{minutes}))?)?\s*,?\s*$")


@functools.cache
def _deadline_label() -> regex.Pattern:
    """A deadline's label ending the text before a date, folded: "Hạn chót nộp hồ sơ: ", "- Thời
    hạn nộp báo cáo: ngày " (a label opening its line or item, up to a colon, no clause between)."""
    labels = alternation(fold(w) for w in _vocab()["deadline_labels"])
    return regex.compile(rf"^[ \t]*(?:[-+•*][ \t]*)?(?:{labels})(?!\p{{L}})[^:;.|]{{0,40}}:[ \t]*"
                         rf"(?:{regex.escape(fold(_vocab()['day']))}[ \t]+)?$")


def _after_deadline_label(text: str, start: int) -> bool:
    """The text of the date's line before it is a deadline's label (:func:`_deadline_label`)."""
    newline = text.rfind("\n", max(0, start - 60), start)
    if newline < 0 and start > 60:
        return False  # (no line starts near enough: no label)
    return bool(_deadline_label().search(fold(text[newline + 1:start])))


_CELL_DATE = regex.compile(r"\|[ \t]*$")
_CELL_END = regex.compile(r"[ \t]*(?:\||$)")
# How far up a table's header row is looked for (lines of the table).
TABLE_HEADER_LINES = 60


def _deadline_column(text: str, start: int, end: int) -> bool:
    """The date fills its table cell ("| 30/6/2026 |") in a column whose header is a deadline's
    label ("| Thời gian hoàn thành |", "| Thời hạn |"): the header row is the first row of the run
    of table rows the date's row is in, its cell the one at the same place (counted in "|")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if not (_CELL_DATE.search(text, line_start, start) or start == line_start) or \
            not _CELL_END.match(text, end, line_end) or text.count("|", line_start, line_end) < 2:
        return False
    column = text.count("|", line_start, start)
    first = line_start
    for _ in range(TABLE_HEADER_LINES):
        if first == 0:
            break
        prev = text.rfind("\n", 0, first - 1) + 1
        if text.count("|", prev, first - 1) < 2:
            break
        first = prev
    if first == line_start:
        return False
    header_end = text.find("\n", first)
    cells = text[first:header_end].split("|")
    if column >= len(cells):
        return False
    labels = tuple(fold(w) for w in _vocab()["deadline_labels"])
    return fold(cells[column]).strip().startswith(labels)


def _role(text: str, start: int, end: int, match: regex.Match, until: str | None) -> str:
    before = text[max(0, start - 40):start]
    before_fold = fold(before)
    cues = _cue_res()
    timed = _time_of_day().search(before_fold)
    if cues["deadline_cues"].search(before_fold) or \
            (timed and cues["deadline_cues"].search(before_fold[:timed.start()])):
        return "deadline"
    # A deadline's label before the date, or the header of its table column ("Hạn chót nộp hồ
    # sơ: 15/8/2026"; "| Thời gian hoàn thành |" over "| 30/6/2026 |").
    if until is None and (_after_deadline_label(text, start) or _deadline_column(text, start, end)):
        return "deadline"
    # (A date at a time of day, with no deadline cue, is when something takes place: "Thời gian:
    # 08 giờ, ngày 09 tháng 10 năm 2025".)
    if timed and until is None:
        return "event"
    if match.group("range") and (match.group(0).lstrip().startswith("(") or
                                 cues["event_cues"].search(fold(text[max(0, start - 120):start]))):
        return "event"
    if match.group("yearrange") or until is not None:
        return "period"
    if cues["period_cues"].search(before_fold):
        return "period"
    if match.group("year") and fold(match.group("yw") or "") != fold(_vocab()["year"]):
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


def mark_roles(dates: list[DateMention], references, issued: tuple[int, int] | None,
               own: Sequence[tuple[int, int]] = ()) -> None:
    """Set the role of the dates that their place decides: the date inside the header's issue
    date span (``issued``, start and end) is "issued", and so is one inside a mention of the
    document itself (``own``: "(Kèm theo Quyết định số 2820/QĐ-UBND ngày 19 tháng 11 năm 2025 ...)"
    over a decision's attached plan); a date inside a reference's span is that document's
    "citation" date. (References sorted by start, with the furthest end reached so far: one
    bisection per date, not a scan of all references.)"""
    spans = sorted((r.start, r.end) for r in references)
    starts = [s for s, _ in spans]
    reach = list(itertools.accumulate((e for _, e in spans), max))
    for d in dates:
        if issued and issued[0] <= d.start < issued[1] or any(a <= d.start < b for a, b in own):
            d.role = "issued"
        else:
            k = bisect.bisect_right(starts, d.start)
            if k and reach[k - 1] >= d.end:
                d.role = "citation"


# --- recurring dates ------------------------------------------------------------------------
# Dates without a year that come back (SPEC §2.1): the reporting regimes of plans are made of
# them. Forms (real plans, corpus/real2): "trước ngày 15/11 hằng năm", "định kỳ trước ngày 01/6
# và 15/11 hằng năm", "Định kỳ hằng năm (trước ngày 30 tháng 11) báo cáo", "Hàng năm, trước ngày
# 25 tháng 12, ...", "ngày 20 hằng tháng", "định kỳ hằng quý báo cáo", "định kỳ 6 tháng", "6
# tháng một lần", a named day "Ngày Quốc tế, Ngày toàn dân phòng, chống ma túy 26/6".

_RECURRING_VALUE = {"month": "P1M", "quarter": "P3M", "half-year": "P6M", "year": "P1Y"}


@functools.cache
def _recurring_res() -> dict[str, regex.Pattern]:
    top = _vocab()
    day, month, year = _word(top["day"]), _word(top["month"]), _word(top["year"])
    joints = alternation(top["list_joints"])
    v = top["recurring"]
    every = {k: alternation(words) for k, words in v["every"].items()}
    periods = v["periods"]
    months = alternation(periods["months"])
    halves = alternation(periods["half_of_year"])
    of = alternation(v["of_words"])
    # A day and month without a year: "15/11", "30 tháng 11" (not "15/11/2025", "tháng 11 năm 2025").
    day_month = (rf"(?P<d>\d{{1,2}})(?:\s*/\s*|\s+{month}\s+)(?P<m>\d{{1,2}})"
                 rf"(?![\d/]|\s*/\s*\d|\s*[-.]\s*\d|\s+{year}\s+\d)")
    return {
        # "ngày 15/11", "ngày 30 tháng 11": a day of the year (of every year, with a year word).
        "day_month": regex.compile(rf"(?<!\p{{L}}){day}\s+{day_month}", regex.I),
        # The next day of a list after one: "ngày 01/6 và 15/11", "ngày 15/5, 15/11".
        "next_day_month": regex.compile(rf"\s*(?:,|{joints}|;)\s*(?:{day}\s+)?{day_month}", regex.I),
        "year_word": regex.compile(rf"(?<!\p{{L}})(?:{every['year']})(?!\p{{L}})", regex.I),
        # "ngày 20 hằng tháng": a day of every month.
        "day_of_month": regex.compile(rf"(?<!\p{{L}}){day}\s+(?P<d>\d{{1,2}})\s+(?:{every['month']})(?!\p{{L}})",
                                      regex.I),
        # "hằng quý", "định kỳ hằng quý": every quarter.
        "quarter": regex.compile(rf"(?<!\p{{L}})(?:{every['quarter']})(?!\p{{L}})", regex.I),
        # "định kỳ 6 tháng", "mỗi 3 tháng", "6 tháng một lần", "06 tháng/lần" (not "6 tháng đầu năm",
        # a half of one year).
        "period": regex.compile(
            rf"(?<!\p{{L}})(?:(?:{alternation(periods['before'])})\s+(?P<n1>{months})\s+{month}"
            rf"(?:\s*(?:{alternation(periods['after'])}))?(?!\s+(?:{halves})\s+{year})"
            rf"|(?P<n2>{months})\s+{month}\s*(?:{alternation(periods['after'])}))(?!\p{{L}})", regex.I),
        # A named day: "Ngày Quốc tế Lao động 1/5", "Ngày toàn dân phòng, chống ma túy 26/6".
        "named_day": regex.compile(
            rf"(?<!\p{{L}}){regex.escape(v['named_day'])}\s+\p{{Lu}}[^\n.;:()“”\"\d]{{0,80}}?\s\(?"
            rf"(?P<d>\d{{1,2}})\s*/\s*(?P<m>\d{{1,2}})(?![\d/]|\s*/\s*\d)"),
        # A year after a period in a list, the regime's second period: "Định kỳ 6 tháng, 1 năm hoặc
        # đột xuất" ("T năm" of an OCR reading: a letter for the digit, in its case).
        "and_year": regex.compile(
            rf"\s*(?:,|{joints})\s*(?:(?P<y>(?:{alternation(periods['one'])})|(?-i:{alternation(periods['one_lookalikes'])}))"
            rf"\s+{year}(?!\p{{L}})(?!\s+\d)|(?P<y>{every['year']})(?!\p{{L}}))", regex.I),
        "report": regex.compile(rf"(?<!\p{{L}})(?:{alternation(v['report_words'])})(?!\p{{L}})", regex.I),
        # A reporting regime's word ("định kỳ"): in a clause, it makes a day and month recur like
        # a word of every year ("Định kỳ 6 tháng (trước ngày 15/6) và năm (trước ngày 15/12)").
        "regime_word": regex.compile(rf"(?<!\p{{L}})(?:{alternation(v['regime_words'])})(?!\p{{L}})", regex.I),
        # A day of a month of the quarter, of every quarter: "trước ngày 15 của tháng cuối quý",
        # "chậm nhất ngày 05 của tháng đầu quý sau", "ngày 20 tháng cuối quý".
        "day_of_quarter": regex.compile(
            rf"(?<!\p{{L}}){day}\s+(?P<d>\d{{1,2}})\s+(?:(?:{of})\s+)?{month}\s+(?:{alternation(v['quarter_months'])})"
            rf"\s+(?:(?:{of})\s+)?(?:(?:{every['quarter']}|{alternation(periods['before'])})\s+)?{regex.escape(top['quarter'])}"
            rf"(?:\s+(?:{alternation(v['next_quarter_words'])}))?(?!\p{{L}})", regex.I),
        # A word of every month or quarter and a bare day after it in its clause: "báo cáo hằng
        # tháng, trước ngày 22", "định kỳ hàng tháng (trước ngày 20)", "hằng quý (trước ngày 10)"
        # (not "hằng tháng, ngày 15/3": a day of a month named).
        "every_then_day": regex.compile(
            rf"(?<!\p{{L}})(?:(?:{alternation(v['regime_words'])})\s+)?(?P<every>{every['month']}|{every['quarter']})"
            rf"\s*[,(]?\s*(?:(?:{alternation(v['day_cues'])})\s+)?{day}\s+(?P<d>\d{{1,2}})"
            rf"(?![\d/]|[ \t]*[/.\-][ \t]*\d|\s+{month}\s+\d)", regex.I),
        # "định kỳ hằng tháng báo cáo": a reporting regime of every month (a plain "hằng tháng" is
        # none, like "hằng năm").
        "month_regime": regex.compile(
            rf"(?<!\p{{L}})(?:{alternation(v['regime_words'])})\s+(?:{every['month']})(?!\p{{L}})", regex.I),
    }


_CLAUSE_BREAK = regex.compile(r"[.;\n]")
# The farthest a recurring date's clause is read each way: a paragraph of 74 KB with no break
# was walked a character at a time for each candidate (150 s).
CLAUSE_SPAN = 600


def _clause(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """The clause around text[start:end]: from after the last ".", ";" or line break before it (a
    dot between digits, "1.5", is not one) to the next one after it, within lo..hi."""
    lo, hi = max(lo, start - CLAUSE_SPAN), min(hi, end + CLAUSE_SPAN)
    a = start
    while a > lo and not (_CLAUSE_BREAK.match(text, a - 1) and not _digit_dot(text, a - 1)):
        a -= 1
    b = end
    while b < hi and not (_CLAUSE_BREAK.match(text, b) and not _digit_dot(text, b)):
        b += 1
    return a, b


def _digit_dot(text: str, i: int) -> bool:
    return text[i] == "." and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()


def _valid_day(month: int | None, day: int | None) -> bool:
    if month is not None and not 1 <= month <= 12:
        return False
    if day is None:
        return True
    return 1 <= day <= (calendar.monthrange(2024, month)[1] if month else 31)  # (a leap year: 29/2 is a day)


def find_recurring_dates(text: str, start: int = 0, end: int | None = None,
                         dates: Sequence[DateMention] = ()) -> list[DateMention]:
    """The recurring dates of text[start:end] (``granularity`` "recurring", ``every`` year, month,
    quarter or half-year, ``month`` and ``day`` where given; ``value`` "--MM-DD" for a day of every
    year, "---DD" of every month, "P1M" / "P3M" / "P6M" for a month / quarter / half-year), outside the spans of
    the full dates ``dates``. A day and month without a year are one only with a word of every year
    in their clause ("trước ngày 15/11 hằng năm") or in a day's name; "hằng năm" alone is none (a
    plain "every year", not a date). Role: ``event`` for a named day, ``deadline`` after a deadline
    cue ("trước ngày") or in a clause that reports, else ``other``."""
    end = len(text) if end is None else end
    res = _recurring_res()
    found: list[tuple[int, int, str, int | None, int | None, str | None]] = []  # start, end, every, month, day, role
    # The characters of the full dates and of the recurring dates found so far: a candidate is
    # free where none of its characters is taken (a check per character of a short match, not
    # per date: a paragraph of 1,000 recurring dates compared each with all the others).
    taken: set[int] = {i for d in dates for i in range(d.start, d.end)}

    def free(a: int, b: int) -> bool:
        return not any(i in taken for i in range(a, b))

    def take(entry: tuple[int, int, str, int | None, int | None, str | None]) -> None:
        found.append(entry)
        taken.update(range(entry[0], entry[1]))

    for m in res["named_day"].finditer(text, start, end):
        d, mo = int(m.group("d")), int(m.group("m"))
        if _valid_day(mo, d) and free(m.start("d"), m.end()):
            take((m.start(), m.end(), "year", mo, d, "event"))
    for m in res["day_of_month"].finditer(text, start, end):
        d = int(m.group("d"))
        if _valid_day(None, d) and free(m.start(), m.end()):
            take((m.start(), m.end(), "month", None, d, None))
    month_words = {fold(w) for w in _vocab()["recurring"]["every"]["month"]}
    for key in ("day_of_quarter", "every_then_day"):
        for m in res[key].finditer(text, start, end):
            d = int(m.group("d"))
            every = "month" if key == "every_then_day" and fold(" ".join(m.group("every").split())) in month_words \
                else "quarter"
            if _valid_day(None, d) and free(m.start(), m.end()):
                take((m.start(), m.end(), every, None, d, None))
    for m in res["month_regime"].finditer(text, start, end):
        # (Only a reporting regime: "Định kỳ hằng tháng, công khai trên Cổng thông tin …" or "tổ
        # chức đối thoại định kỳ hằng tháng" is how often a task is done, no date: 12_ (dev).)
        a, b = _clause(text, m.start(), m.end(), start, end)
        if free(m.start(), m.end()) and res["report"].search(text, a, b):
            take((m.start(), m.end(), "month", None, None, None))
    for m in res["day_month"].finditer(text, start, end):
        a, b = _clause(text, m.start(), m.end(), start, end)
        if not (res["year_word"].search(text, a, b) or res["regime_word"].search(text, a, b)):
            continue
        days = [m]
        nxt = res["next_day_month"].match(text, m.end(), end)
        while nxt is not None:
            days.append(nxt)
            nxt = res["next_day_month"].match(text, nxt.end(), end)
        for dm in days:
            d, mo = int(dm.group("d")), int(dm.group("m"))
            s = dm.start() if dm is m else dm.start("d")
            if _valid_day(mo, d) and free(s, dm.end()):
                take((s, dm.end(), "year", mo, d, None))
    # (A word of every quarter whose clause gives the quarter's day is that one recurring date:
    # "Hằng quý, trước ngày 15 của tháng cuối quý".)
    quarter_days = [(s, e) for s, e, every, _, day, _ in found if every == "quarter" and day]
    for key in ("quarter", "period"):
        for m in res[key].finditer(text, start, end):
            a, b = _clause(text, m.start(), m.end(), start, end)
            if key == "quarter" and quarter_days and any(a <= s < b for s, _ in quarter_days):
                continue
            # (Every quarter is a date of a regime only, "định kỳ hằng quý" or a report in its clause:
            # "cập nhật hằng quý" tells how often a task is done.)
            if key == "quarter" and not res["report"].search(text, a, b) \
                    and not res["regime_word"].search(text, max(a, m.start() - 15), m.start()):
                continue
            every = "quarter" if key == "quarter" else \
                _vocab()["recurring"]["periods"]["months"][fold(m.group("n1") or m.group("n2"))]
            if free(m.start(), m.end()):
                take((m.start(), m.end(), every, None, None, None))
                year_too = res["and_year"].match(text, m.end(), end) if key == "period" else None
                if year_too and free(year_too.start("y"), year_too.end()):
                    take((year_too.start("y"), year_too.end(), "year", None, None, None))
    out = []
    deadline = _cue_res()["deadline_cues"]
    for s, e, every, month, day, role in sorted(found):
        if role is None:
            a, b = _clause(text, s, e, start, end)
            cue_before = deadline.search(fold(text[max(a, s - 40):s]))
            role = "deadline" if cue_before or res["report"].search(text, a, b) else "other"
        value = (f"--{month:02d}-{day:02d}" if every == "year" and month and day
                 else f"---{day:02d}" if every == "month" and day else _RECURRING_VALUE.get(every, every))
        out.append(DateMention(value=value, until=None, granularity="recurring", role=role, section=None,
                               start=s, end=e, text=text[s:e], every=every, month=month, day=day))
    return out
