"""Targets: the quantified aims a plan sets — value, unit, comparator, indicator, scope, deadline.

"Hàng năm có 100% cán bộ ..., 90% trở lên đoàn viên ...", "tổ chức ít nhất 01 hội diễn văn nghệ
và 01 giải thể thao" (the second inherits "ít nhất"), "giảm ... xuống còn 7,3% vào năm 2025".
Not targets: statistics of the past, anniversaries ("137 năm"), ages, counts of a document's own
parts. Percentages are aims wherever the plan sets aims; counts only in a targets section or with a
cue word ("phấn đấu", "ít nhất", "tổ chức"). Vocabulary in ``data/targets.json``.
"""
from __future__ import annotations

import functools
from types import SimpleNamespace

import regex
from rapidfuzz import fuzz

from ..model import Target
from ..scan import regex_spaces
from ..text import fold
from ..vocab import alternation, load_json


@functools.cache
def _vocab():
    return load_json("targets.json")



@functools.cache
def _not_units() -> frozenset[str]:
    """Folded words that, after a number, make no count an aim sets: years, ages, dates, a
    document's own parts ("137 năm", "Điều 5"). (No count unit is one: a guard for the list.)"""
    return frozenset(fold(w) for w in _vocab()["not_after_value"])


@functools.cache
def _value_re() -> regex.Pattern:
    v = _vocab()
    units = alternation(v["count_units"])
    return regex.compile(
        rf"(?<![\p{{L}}\d/.,-])(?P<num>\d{{1,3}}(?:[.,]\d+)?)\s*(?P<pct>%)"
        rf"|(?<![\p{{L}}\d/.,-])(?P<cnum>\d{{1,4}})\s+(?P<unit>{units})(?!\p{{L}})", regex.I)


@functools.cache
def _comparators() -> tuple[dict[str, str], dict[str, str]]:
    """Folded comparator words before and after a value → their comparator."""
    v = _vocab()
    return ({fold(k): c for k, c in v["prefix_comparators"].items()},
            {fold(k): c for k, c in v["suffix_comparators"].items()})


@functools.cache
def _patterns() -> SimpleNamespace:
    """The patterns of the vocabulary, compiled once."""
    v = _vocab()
    return SimpleNamespace(
        prefix=regex.compile(rf"(?:^|\s)(?P<w>{alternation(v['prefix_comparators'])})\s*$", regex.I),
        suffix=regex.compile(rf"^\s*(?P<w>{alternation(v['suffix_comparators'])})(?!\p{{L}})", regex.I),
        scope=regex.compile(rf"(?:^|\W)(?P<w>{alternation(v['scope'])})(?!\p{{L}})", regex.I),
        # The last word of every scope phrase in lower case: a region without any has no scope (a
        # letter of theirs in any case lowers to itself, tests/test_scan.py).
        scope_last_words=tuple({w.split()[-1].lower() for w in v["scope"]}),
        past=regex.compile(rf"(?:{alternation(v['past_cues'])})", regex.I),
        context=regex.compile(rf"(?:{alternation(v['context_headings'])})", regex.I),
        target_head=regex.compile(rf"(?:{alternation(v['target_headings'])})", regex.I),
        cue=regex.compile(rf"(?<!\p{{L}})(?:{alternation(v['count_cues'])})(?!\p{{L}})", regex.I),
        deadline=regex.compile(r"(?:đến|vào|trong|tới|hết)\s+năm\s+(\d{4})|(?:đến|vào)\s+(?:cuối\s+)?năm\s+(\d{4})"),
        # The words before a value that say how it compares ("đạt", "trên", "tăng"): no indicator.
        ratio_words=regex.compile(rf"(?<!\p{{L}})(?:{alternation(v['ratio_words'])})(?!\p{{L}})"),
        comparator_words=regex.compile(r"(?i)(?:\s|^)(?:" + alternation(v["prefix_comparators"])
                                       + r"|đạt|là|có|còn|xuống|tăng|giảm|lên)\s*$"),
    )


# A value right after a slash or a dash belongs to a date, a code or a range ("2021-2025").
_RANGE_OR_CODE_BEFORE = regex.compile(r"(?:[/\-–]|\d\s*[-–]\s*)$")
_SLASH_AFTER = regex.compile(r"\s*[/]")
# Up to two more lower-case words of a count's unit ("01 giải thể thao").
_UNIT_WORDS = regex.compile(r"(?:\s+(?!(?:về|cho|của|trong|và|tại|với|các|do|để|trên|ở|năm)\b)[\p{Ll}]+){0,2}")
_OR_MORE = regex.compile(r"^\s*(?:trở lên|trở xuống)\s*")
_BY_YEAR = regex.compile(r"(?i)(vào|đến|trong)\s+năm")
_HEADING_YEAR = regex.compile(r"(?:đến|năm)\s+(?:năm\s+)?(\d{4})")


def _number(s: str) -> float:
    s = s.replace(",", ".")
    try:
        val = float(s)
    except ValueError:
        return 0.0
    return int(val) if val == int(val) else val


# The punctuation is looked for between the value and the nearest line break only: nothing beyond
# the line break can be nearer (a search to ``lo``/``hi`` would cost the length of the text).

def _clause_bounds(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    line_start = text.rfind("\n", lo, start)
    left = max(line_start, *(text.rfind(c, max(lo, line_start), start) for c in ";.:")) + 1
    left = max(left, lo)
    line_end = text.find("\n", end, hi)
    rights = [p for p in (text.find(c, end, hi if line_end < 0 else line_end) for c in ";.") if p >= 0]
    if line_end >= 0:
        rights.append(line_end)
    right = min(rights) if rights else hi
    return left, right


def _sentence_bounds(text: str, start: int, lo: int, hi: int) -> tuple[int, int]:
    line_start = text.rfind("\n", lo, start)
    left = max(max(text.rfind(". ", max(lo, line_start), start), line_start) + 1, lo)
    line_end = text.find("\n", start, hi)
    rights = [p for p in (text.find(". ", start, hi if line_end < 0 else line_end), line_end) if p >= 0]
    return left, (min(rights) if rights else hi)


def _heading_path(index, pos) -> str:
    sid = index.at(pos)
    titles = []
    while sid and sid not in ("preamble", "closing"):
        sec = index.section(sid)
        if not sec:
            break
        titles.append(sec.title or "")
        sid = sec.parent
    return fold(" / ".join(titles))


def _ends_list_join(s: str) -> bool:
    """``s`` ends in "," or " và" and spaces: what ``regex`` ``(?:\\s+và|,)\\s*$`` finds, without
    a search from the start of ``s``."""
    spaces = regex_spaces()
    s = s.rstrip(spaces)
    return s.endswith(",") or (s.endswith("và") and len(s) > 2 and s[-3] in spaces)


def _fragment(indicator: str) -> bool:
    """An indicator cut short by the next value of a list ("công chức và" in "100% công chức và
    100% viên chức được bố trí ...")."""
    return _ends_list_join(indicator) or indicator.endswith(" hoặc")


def find_targets(text: str, layout, index) -> list[Target]:
    v = _vocab()
    prefix, suffix = _comparators()
    rx = _patterns()
    prefix_re, suffix_re, scope_re, past_re = rx.prefix, rx.suffix, rx.scope, rx.past
    context_re, target_head_re, cue_re, deadline_re = rx.context, rx.target_head, rx.cue, rx.deadline
    out: list[Target] = []
    # Targets already kept, by what makes two of them the same aim (save for the indicator's words).
    kept: dict[tuple, tuple[list[Target], set[str]]] = {}
    last_in_clause: dict[int, Target] = {}
    matches = [(m, lo, hi) for lo, hi in layout.content_spans() for m in _value_re().finditer(text, lo, hi)]
    for m, lo, hi in matches:
        s, e = m.start(), m.end()
        heading = _heading_path(index, s)
        first_heading = heading.split(" / ")[-1] if heading else ""
        if heading and context_re.search(first_heading) and not target_head_re.search(heading):
            continue
        cl, cr = _clause_bounds(text, s, e, lo, hi)
        sl, sr = _sentence_bounds(text, s, lo, hi)
        sentence = text[sl:sr]
        if past_re.search(fold(sentence)):
            continue
        before = text[max(cl, s - 40):s]
        # Part of a date, a document number or a range like "2021-2025" is no value.
        if _RANGE_OR_CODE_BEFORE.search(text[max(lo, s - 4):s]) or _SLASH_AFTER.match(text[e:e + 2]):
            continue
        if m.group("pct"):
            value, unit = _number(m.group("num")), "%"
        else:
            value = _number(m.group("cnum"))
            unit = m.group("unit")
            tail = text[e:e + 25]
            more = _UNIT_WORDS.match(tail)
            if more:
                unit = unit + more.group(0)
            unit = " ".join(unit.split())
            # A count is an aim only where the plan sets aims or a cue word says so.
            if not (target_head_re.search(heading) or cue_re.search(text[cl:s])):
                continue
            if fold(m.group("unit")) in _not_units():
                continue
        comparator = "="
        pm = prefix_re.search(fold(before))
        if pm:
            comparator = prefix[fold(pm.group("w"))]
        sm = suffix_re.match(fold(text[e:e + 15]))
        if sm:
            comparator = suffix[fold(sm.group("w"))]
        # "ít nhất 01 hội diễn văn nghệ và 01 giải thể thao": the comparator carries over "và"/",".
        prev = last_in_clause.get(cl)
        # (Never onto 100%: "trên 80% ... và 100% ..." does not mean more than 100%.)
        if comparator == "=" and prev is not None and prev.comparator != "=" and \
                _ends_list_join(text[prev.end:s]) and not (unit == "%" and value == 100):
            comparator = prev.comparator
        # Indicator: the words of the clause before the value, or after it.
        pre = text[cl:s]
        pre = rx.comparator_words.sub("", pre).strip(" ,:-–")
        post_end = cr
        nxt = _value_re().search(text, e, cr)
        if nxt:
            post_end = min(post_end, nxt.start())
        post = text[e:post_end]
        post = _OR_MORE.sub("", post).strip(" ,:;-–")
        if m.group("pct"):
            # After the value ("100% cán bộ ... được tập huấn"), unless the clause names a ratio
            # before it ("tỷ lệ giải ngân ... đạt trên 90% kế hoạch được giao").
            named_before = rx.ratio_words.search(fold(pre)) is not None
            indicator = post if len(post.split()) >= 3 and not _BY_YEAR.match(post) and not named_before else pre
        else:
            indicator = pre if pre else unit
        indicator = " ".join(indicator.split()) or None
        # Scope and deadline: the clause, then the sentence, then the section headings.
        scope = None
        # (Where the stretch the three regions cover lacks every scope phrase's last word, none
        # holds a scope. The clause is mostly inside the sentence, but not always: a value broken
        # over a line, "90\n%", ends its clause past the sentence's end.)
        widest = text[max(lo, sl - 200):sr]
        covered = text[min(cl, max(lo, sl - 200)):max(cr, sr)].lower()
        regions = (text[cl:cr], sentence, widest) if any(w in covered for w in rx.scope_last_words) else ()
        for region in regions:
            scm = scope_re.search(region)
            if scm:
                scope = v["scope"][next(k for k in v["scope"] if fold(k) == fold(scm.group("w")))]
                break
        deadline = None
        dm = deadline_re.search(text[e:cr]) or deadline_re.search(sentence)
        if dm:
            deadline = dm.group(1) or dm.group(2)
        else:
            hm = _HEADING_YEAR.search(heading)
            if hm:
                deadline = hm.group(1)
        t = Target(value=value, unit=unit, comparator=comparator, indicator=indicator, scope=scope,
                   deadline=deadline, section=None, start=s, end=e, text=text[cl:cr].strip())
        last_in_clause[cl] = t
        # A plan restating an aim (in its targets part, then in its tasks) sets it once.
        same_aim, indicators = kept.setdefault((t.value, t.unit, t.comparator, t.deadline), ([], set()))
        key = fold(t.indicator) if t.indicator else None
        # (An indicator kept already is the likeliest match: tried first, as one of the comparisons.)
        # (Not a fragment cut at the next value, "100% công chức và 100% viên chức ...": "công
        # chức và" is no restatement of "chỉ tiêu đào tạo, bồi dưỡng cán bộ, công chức ...".)
        if key in indicators or any(
                o.indicator and t.indicator and not _fragment(o.indicator) and not _fragment(t.indicator)
                and fuzz.token_set_ratio(fold(o.indicator), fold(t.indicator)) >= 85 for o in same_aim):
            continue
        out.append(t)
        same_aim.append(t)
        if key is not None:
            indicators.add(key)
    return out
