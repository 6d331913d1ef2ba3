"""Targets: the quantified aims a plan sets — value, unit, comparator, indicator, scope, deadline.

"Hàng năm có 100% cán bộ ..., 90% trở lên đoàn viên ...", "tổ chức ít nhất 01 hội diễn văn nghệ
và 01 giải thể thao" (the second inherits "ít nhất"), "giảm ... xuống còn 7,3% vào năm 2025".
Not targets: statistics of the past, anniversaries ("137 năm"), ages, counts of a document's own
parts. Percentages are aims wherever the plan sets aims; counts only in a targets section or with a
cue word ("phấn đấu", "ít nhất", "tổ chức"). Vocabulary in ``data/targets.json``.
"""
from __future__ import annotations

import dataclasses
import functools
import itertools
from collections import Counter
from collections.abc import Callable
from types import SimpleNamespace
from typing import NamedTuple

import regex
from rapidfuzz import fuzz

from ..layout_tables import layout_tables
from ..marked_tables import Vocabulary as MarkedVocabulary
from ..marked_tables import marked_aim_tables
from ..model import Target
from ..postag import pos_tag
from ..scan import regex_spaces
from ..tables import (
    NOT_A_FORMULA,
    CellRow,
    LineRow,
    aim_line_tables,
    aligned,
    cell_tables,
    is_value_cell,
    line_tables,
    merged_cells_filled,
    rule_or_empty_row,
    wrapped_line_tables,
    year_row_line_tables,
    years_as_columns,
)
from ..text import DASHED_LABEL, UNDOTTED_LABEL, fold, lines_of, strip_marks
from ..vocab import alternation, cue, load_json
from . import baselines, series, table_aims


@functools.cache
def _vocab():
    return load_json("targets.json")



@functools.cache
def _not_units() -> frozenset[str]:
    """Folded words that, after a number, make no count an aim sets: years, ages, dates, a
    document's own parts ("137 năm", "Điều 5"). (No count unit is one: a guard for the list.)"""
    return frozenset(fold(w) for w in _vocab()["not_after_value"])


# A power of ten from a hundred, as a rate per population is printed ("/100 dân", "/1.000 trẻ
# đẻ sống", "/100.000 dân"): a date's month after a slash is none.
_PER_POWER = r"1(?:0{2,}|0{0,2}(?:\.000)+)(?![\d.,]\d)"


def _per_word_base(v: dict) -> str:
    """The pattern (source) of a rate's base written with the word of 'per' for the slash, after a
    figure: that word, a power of ten and a population ending its clause ("7,5 trên 1.000 trẻ đẻ
    sống.", "18 trẻ em trên 100.000 trẻ em;"); not a count above a thousand of those who do
    something ("15 lớp tập huấn trên 1.000 người tham dự")."""
    return _per_word(v) + _per_base(v)


def _per_word(v: dict) -> str:
    return rf"[ \t]+{regex.escape(v['rate_words']['per'])}[ \t]+"


def _per_base(v: dict) -> str:
    return rf"{_PER_POWER}[ \t]+(?:{alternation(v['rate_words']['people'])})(?=[ \t]*(?:[.,;:)\n]|$))"


@functools.cache
def _value_re() -> regex.Pattern:
    v = _vocab()
    units = alternation(v["count_units"])
    measures = alternation(v["measure_units"])
    words = alternation(v["word_numbers"])
    lookalikes = alternation(v["ocr_digits"])
    plural = alternation(v["lost_percent_before"])
    spelled = alternation(v["spelled_number_words"])
    percent = alternation(v["percent_words"])
    stop = alternation(v["unit_stopwords"])
    or_more = alternation(v["or_more_words"])
    per_base = _per_word_base(v)
    # The word joining the two ends of a range, after the from-word before the first ("từ 30 đến
    # 35 giường"): a lookbehind at the first value's end.
    zero_verbs = alternation(v["zero_verbs"])
    reaching = alternation([*v["comparing_verbs"], *v["approximate_words"], *v["copula_words"]])
    word_range = (rf"(?<=(?<!\p{{L}}){regex.escape(v['from_word'])}\s+\d[\d.,]*\s*%?)"
                  rf"\s*(?:{alternation(v['range_words'])})\s+")
    # (Or between two numbers of thousands with no from-word: "có 60.000 đến 70.000 doanh nghiệp";
    # "đến" before anything else tells a time, "1.000 đến năm 2025".)
    thousands_range = (rf"(?<=\d\.\d{{3}})\s+(?:{alternation(v['range_words'])})\s+"
                       rf"(?=\d{{1,3}}(?:\.\d{{3}})+(?![\d.,]))")
    # (Or between two small counts before a counted noun of the vocabulary: "Tăng 1 đến 2 xã đạt
    # chuẩn nông thôn mới".)
    counts_range = (rf"(?<=(?<![\d.,])\d{{1,3}})\s+(?:{alternation(v['range_words'])})\s+"
                    rf"(?=\d{{1,3}}\s+(?:{units})(?!\p{{L}}))")
    glued = alternation(v["glued_comparators"])
    return regex.compile(rf"""
        # (Or glued to a comparator word, as pages print it: "xuống dưới18,5‰".)
        (?:(?<![\p{{L}}\d/.,-])|(?<=(?<!\p{{L}})(?:{glued})))
        # (Not the base of a rate written with the word of 'per' after a figure and its noun: "18
        # trẻ em trên 100.000 trẻ em" counts 18, not "above 100.000".)
        (?!(?<=\d(?:[ \t]+\p{{Ll}}+){{0,4}}{_per_word(v)}){_per_base(v)})
        (?:
          # A percentage, or a range of two ("90%", "7,3 %", "60-70%", "1,0-1,5%/năm", "60% - 70%").
          # ("từ 7,5 đến 8,0%/năm", "từ 60% đến 70%": two values joined by a range word after
          # the from-word; the first may carry its own sign, which the range word follows.)
          (?P<num>\d{{1,3}}(?:[.,]\d+)?)
          (?:(?:\s*%?\s*[-–]\s*|\s*%?{word_range})(?P<num2>\d{{1,3}}(?:[.,]\d+)?))?
          (?:\s*(?P<pct>%)|[ \t]+(?P<pct>{percent})(?!\p{{L}}))      # the sign, or spelled: "95 phần trăm"
        |
          # A count or a measure, or a range of them ("05 cuộc tập huấn", "1.200 công trình", "2 - 3
          # công trình", "40 μg/m3"): a number with dots between groups of three digits, or of up to
          # four digits with a decimal comma; both ("2.500,5 ha").
          (?P<cnum>\d{{1,3}}(?:\.\d{{3}})+(?:,\d+)?(?![\d.,])|\d{{1,4}}(?:,\d+)?)
          (?:(?:\s*[-–]\s*|{word_range}|{thousands_range}|{counts_range})(?P<cnum2>\d{{1,3}}(?:\.\d{{3}})+(?:,\d+)?(?![\d.,])|\d{{1,4}}(?:,\d+)?))?
          # (Or a part of a whole, "04/09 thôn", "12/15 xã": the whole's number after the slash,
          # before a counted noun of the vocabulary only; a date has none after it.)
          (?:/(?P<den>\d{{1,4}})(?=\s+(?:{units})(?!\p{{L}})))?
          # (The number spelled out in brackets after it, as documents print counts: "01 (một) hội
          # nghị", "15 (mười lăm) xã".)
          (?:\s*\((?:{spelled})(?:\s+(?:{spelled}))*\))?
          (?:
            \s+(?P<unit>{units})(?!\p{{L}})(?!(?<=m)[23])  # a counted noun of the vocabulary ("km" no "km2")
          | \s*(?P<measure>{measures})(?![\p{{L}}\d])   # a unit of measure, letters and signs as printed
          # a rate per a power of ten of a population, the slash or the word of 'per', that power
          # and a noun in lower case ("40/100.000 dân", "80/100.000 ca", "7,5 trên 1.000 trẻ đẻ
          # sống"): no date, whose second number is a month
          | \s*(?P<measure>/[ \t]*{_PER_POWER}[ \t]+(?-i:\p{{Ll}}+))(?!\p{{L}})
          | (?P<measure>{per_base})
          # any other noun in lower case (checked after), not a function word ("4 và", "300 trong")
          # nor an "or more" phrase ("đạt 6,5 trở lên": no count of "trở")
          | \s+(?!(?:{stop}|{or_more})(?!\p{{L}}))(?P<noun>(?-i:\p{{Ll}}+))(?![\p{{L}}\d])
          )
        |
          # A number after a comparator sign with no unit: what it bounds is named before the sign
          # ("khi VN_AQI ≥ 300 trong 03 ngày"). Not one a unit, a counted noun or a decimal follows.
          (?<=[≥≤><]\s{{0,2}})
          (?P<bnum>\d{{1,3}}(?:\.\d{{3}})+|\d{{1,4}}(?:,\d+)?)(?![\d%]|[.,]\d)
          (?!\s*(?:%|{measures})(?![\p{{L}}\d]))
          (?!\s+(?!(?:{stop})(?!\p{{L}}))(?-i:\p{{Ll}}+)(?!\p{{L}}))
        |
          # An index's value, which has no unit ("Chỉ số phát triển con người (HDI) đạt 0,85",
          # "hệ số ICOR khoảng 4,7"): a number right after a comparing or approximate word, no
          # unit, sign or word in lower case after it. Read only where an index word names it
          # before (index_words).
          (?<=(?<!\p{{L}})(?:{reaching})[ \t]+)
          (?P<inum>\d{{1,3}}(?:,\d+)?)(?![\d%]|[.,]\d)
          (?!\s*(?:%|‰|/|{measures})(?![\p{{L}}\d]))
          (?![ \t]*\n?[ \t]*(?!(?:{or_more})(?!\p{{L}}))(?-i:\p{{Ll}}+)(?!\p{{L}}))
        |
          # Zero after a verb of equalling, in quotation marks or not ("phát thải ròng bằng “0” trước
          # năm 2050"): an aim of none of a thing, no unit. Read only where the plan sets aims or
          # names an aim in the clause.
          (?<=(?<!\p{{L}})(?:{zero_verbs})[ \t]+[“"]?)
          (?P<znum>0)[”"]?(?![\d.,%‰]|\s*(?:{measures})(?![\p{{L}}\d]))
        |
          # A number right before a plural marker ("trên 2 các cơ sở kinh doanh"): no count is
          # followed by one, a percentage is ("trên 15% các cơ quan"): an OCR reading lost its
          # sign. Read only after a comparator word.
          (?P<lnum>\d{{1,2}}(?:,\d+)?)(?=\s+(?-i:{plural})\s)
        |
          # A number written as a word before a counted noun of the vocabulary or a unit of measure
          # ("tối thiểu một lần/năm", "ít nhất hai cuộc"), or a digit an OCR reading printed as a
          # letter, in its case ("ít nhất I buổi"); read only after a comparator word.
          (?P<wnum>{words}|(?-i:{lookalikes}))
          (?:
            \s+(?P<wunit>{units})(?!\p{{L}})
          | \s+(?P<wmeasure>{measures})(?![\p{{L}}\d])
          )
        )""", regex.I | regex.X)


@functools.cache
def comparators() -> tuple[dict[str, str], dict[str, str]]:
    """Folded comparator words before and after a value → their comparator (``prefix_comparators``
    and ``suffix_comparators`` of ``data/targets.json``): ({"tối thiểu": ">=", ...}, {"trở lên": ">=",
    ...}). Public: :mod:`pipeline.extract.learned` parses the model's spans with them."""
    v = _vocab()
    return ({fold(k): c for k, c in v["prefix_comparators"].items()},
            {fold(k): c for k, c in v["suffix_comparators"].items()})


@functools.cache
def vocabulary_patterns() -> SimpleNamespace:
    """The patterns of the vocabulary of ``data/targets.json``, compiled once, by name (``prefix``
    and ``suffix`` comparator words, ``ratio_words``, ``deadline``, ...). Public: the model's spans
    (:mod:`pipeline.extract.learned`) are read with the rules' patterns."""
    v = _vocab()
    time_words = v['year_header_prefixes'] + v['achieved_header_prefixes'] + v['estimate_brackets'] \
        + v['caption_period_words']
    header_words = alternation(fold(w) for w in v["year_header_prefixes"] + v["achieved_header_prefixes"])
    year_word = load_json("dates.json")["year"]
    day = alternation([load_json("dates.json")["day"]])
    year, folded_year = alternation([year_word]), alternation([fold(year_word)])
    approximate = alternation([*v['prefix_comparators'], *v['approximate_words']])
    by, by_end, end, term = (alternation(v["deadline_words"][k]) for k in ("by", "by_end", "end", "term"))
    past = v["past_header"]  # (the past's marker in a column's header and the words of time it outweighs)
    conjunctions = v["conjunctions"]
    parts = alternation(v["part_openings"])
    compared_words = alternation(w for w in v["comparison_openings"] if w[0].isalpha())
    compound_heads = alternation(fold(w.rsplit(' ', 1)[0]) for w in v['not_before_compounds'])
    rank = v["rank"]
    # A ranked noun and up to eight words to the superlative ("nước có môi trường kinh doanh thuận
    # lợi nhất thế giới"), and a rank's opening word before its count, a verb and a conjunction before
    # it (group_words "nhóm" or within_words "trong"): both kinds of rank read them.
    ranked_superlative = (rf"(?P<unit>{alternation(rank['ranked_nouns'])})[ \t]+"
                          rf"(?:[\p{{L}}\p{{N}}]+[ \t]+){{1,8}}?{rank['superlative']}(?!\p{{L}})")

    def rank_word_before(words: list[str]) -> regex.Pattern:
        return regex.compile(rf"(?<!\p{{L}})(?:{alternation(fold(w) for w in words)})\s*$")

    def rank_opening(words: list[str]) -> regex.Pattern:
        return regex.compile(rf"(?i)[\s,;]*(?:(?<!\p{{L}})(?:{alternation(conjunctions.values())})\s+)?"
                             rf"(?:(?<!\p{{L}})(?:{alternation(rank['verbs_before'])})\s+)?(?<!\p{{L}})"
                             rf"(?:{alternation(words)})\s+\d")

    return SimpleNamespace(
        # The word of a year ("năm"), folded.
        year_word=fold(year_word),
        # (A colon may stand between the word and the value: "tối thiểu: 26,1%".)
        # (Or right after a parenthesis opening: "120 xã đạt chuẩn (ít nhất 45%)".)
        prefix=regex.compile(rf"(?:^|[\s(])(?P<w>{alternation(v['prefix_comparators'])})\s*:?\s*$", regex.I),
        suffix=regex.compile(rf"^\s*(?P<w>{alternation(v['suffix_comparators'])})(?!\p{{L}})", regex.I),
        scope=regex.compile(rf"(?:^|\W)(?P<w>{alternation(v['scope'])})(?!\p{{L}})", regex.I),
        # The last word of every scope phrase in lower case: a region without any has no scope (a
        # letter of theirs in any case lowers to itself, tests/test_scan.py).
        scope_last_words=tuple({w.split()[-1].lower() for w in v["scope"]}),
        past=regex.compile(rf"(?:{alternation(v['past_cues'])})", regex.I),
        # (Some words only where they open the title: "Cơ sở xây dựng kế hoạch", not "… ứng phó
        # với bạo lực trên cơ sở giới".)
        context=regex.compile(rf"(?:{alternation(v['context_headings'])})"
                              rf"|^(?:{alternation(v['context_heading_openings'])})(?!\p{{L}})", regex.I),
        situation=regex.compile(rf"(?:{alternation(v['situation_headings'])})", regex.I),
        # (The scale alone, or one of a heading's listed things: "4. Quy mô", "QUY MÔ" after "VÀ", "c)
        # Quy mô và bố trí:"; not the scale of a thing, "Quy mô trường lớp, học sinh", "vùng sản xuất
        # tập trung quy mô lớn", which describes.)
        scale_head=regex.compile(rf"(?<!\p{{L}})(?:{alternation(v['scale_headings'])})\s*(?:$|[,:;./)]|\s+và\s)",
                                 regex.I),
        target_head=regex.compile(rf"(?:{alternation(v['target_headings'])})", regex.I),
        market_headers=frozenset(fold(w) for w in v["table_market_headers"]),
        kind_count_words=frozenset(fold(w) for w in v["kind_count_words"]),
        composition=regex.compile(rf"(?<!\p{{L}})(?:{alternation(v['composition']['words'])})\s+$", regex.I),
        member_units=regex.compile(rf"\s+(?:{alternation(v['composition']['members'])})(?!\p{{L}})", regex.I),
        # An item's opening verb right before a count ("- Phát triển 20 vùng …").
        opening_verb=regex.compile(r"(?:^|\n)[ \t]*(?:[-+•][ \t]*)?\p{Lu}\p{Ll}*(?:[ \t]+\p{Ll}+){0,2}[ \t]+$"),
        threshold_head=regex.compile(rf"(?:{alternation(v['threshold_headings'])})", regex.I),
        task_head=regex.compile(rf"(?<!\p{{L}})(?:{alternation(fold(w) for w in v['task_headings'])})(?!\p{{L}})"),
        target_heads_unmarked=tuple(strip_marks(fold(w)) for w in v["target_headings"]),
        # A line's words up to its first colon, a bullet or a label before them (what
        # :func:`_announced_aims` checks for aims announced: "Chiến lược đề ra mục tiêu:").
        announcing=regex.compile(r"(?m)^[ \t]*(?:[-+•*][ \t]*|\(?[\da-zđ]{1,3}[.)][ \t]*)?"
                                 r"(?P<words>[^\n.;:]{3,150}?):"),
        # (Or a line of a heading's few words with no item's number, no stop and no colon: "Mục tiêu
        # cụ thể đến năm 2030" printed alone above its paragraph.)
        announcing_line=regex.compile(r"(?m)^[ \t]*(?P<words>[\p{Lu}\d][^\n.;:]{3,100}?)[ \t]*$"),
        # The words of a clause announcing aims: a target heading's word opening them ("Cụ thể, mục
        # tiêu phát triển khoa học, công nghệ đến năm 2025 như sau"), a plural word, their count
        # ("11 chỉ tiêu kinh tế gồm:", "25 chỉ tiêu phấn đấu năm 2024") or a linking phrase before it.
        announced_opening=regex.compile(
            rf"(?i)^(?:{cue('linking')}\s*,\s*)?(?:(?:{alternation(v['lost_percent_before'])}|\d{{1,3}})\s+)?"
            rf"(?:{alternation(v['target_headings'])})(?!\p{{L}})"),
        aim_frame=regex.compile(rf"(?i)(?<!\p{{L}})(?:{alternation(v['aim_frames'])})(?!\p{{L}})"),
        cue=regex.compile(rf"(?<!\p{{L}})(?!(?:{alternation(v['count_cue_nouns'])})(?!\p{{L}}))"
                          rf"(?:{alternation(v['count_cues'])})(?!\p{{L}})", regex.I),
        described_after_cue=regex.compile(
            rf"(?<!\p{{L}})(?:{alternation(v['described_after_cue']['words'])})(?!\p{{L}})", regex.I),
        passive_before=regex.compile(rf"(?<!\p{{L}}){alternation([v['described_after_cue']['passive']])}\s+$", regex.I),
        # A quota per unit right before a count: "mỗi" and up to three words, none a function word
        # ("mỗi đơn vị 01 đại biểu"; not "Mỗi cặp vợ chồng có 2 con", a norm).
        quota=regex.compile(rf"(?i)(?<!\p{{L}}){alternation([v['quota_word']])}(?:\s+(?!(?:{alternation(v['unit_stopwords'])})(?!\p{{L}}))\p{{L}}+){{1,3}}\s*$"),
        deadline=regex.compile(rf"(?i)(?:{by})\s+{year}\s+(\d{{4}})|(?:{by_end})\s+(?:(?:{end})\s+)?{year}\s+(\d{{4}})"),
        # A day's date with the words of a deadline before it ("đến ngày 30/6/2026", "đến hết ngày
        # 31/01/2027"): a label of when, naming nothing measured.
        dated=regex.compile(rf"(?i)(?<!\p{{L}})(?:(?:{by}|{alternation(v['deadline_date_words'])})\s+)*"
                            rf"(?:{day}\s+)?\d{{1,2}}/\d{{1,2}}/\d{{4}}(?!\d)"),
        # A deadline ending an indicator, after the words of what is measured ("30 dự án trong năm
        # 2027", "18 dự án trước ngày 30/6/2027"): no part of them.
        deadline_tail=regex.compile(rf"(?i)[\s,]+(?:(?:{by})\s+{year}\s+\d{{4}}|(?:{by_end})\s+(?:(?:{end})\s+)?{year}\s+\d{{4}}"
                                    rf"|(?:{by})\s+(?:(?:{end})\s+)?(?:{term})"
                                    rf"|(?:{alternation(v['deadline_date_words'])})\s+{day}\s+\d{{1,2}}/\d{{1,2}}/\d{{4}})\s*$"),
        # The words before a value that say how it compares ("đạt", "trên", "tăng"): no indicator.
        ratio_words=regex.compile(rf"(?<!\p{{L}})(?:{alternation(v['ratio_words'])})(?!\p{{L}})"),
        # The head of a ratio's name right before its word ("mức giảm" tỷ lệ sinh), folded.
        ratio_head=regex.compile(rf"(?<!\p{{L}})(?:{alternation(fold(w) for w in v['ratio_heads'])})\s+$"),
        # (Not the last word of an "or more" phrase ending an indicator: "… hoàn thành tốt nhiệm vụ
        # trở lên".)
        comparator_words=regex.compile(r"(?i)(?<!(?<!\p{L})(?:"
                                       + alternation(w.rsplit(" ", 1)[0] for w in v["or_more_words"])
                                       + r"))(?:\s|^|(?<=\())(?:" + alternation(v["prefix_comparators"])
                                       + "|" + alternation(v["comparing_verbs"]) + r")\s*:?\s*$"),
        stopwords=frozenset(fold(w) for w in v["unit_stopwords"]),
        conditions=frozenset(fold(w) for w in v["condition_words"]),
        # A table's column of values by year (folded): "năm 2025", "mục tiêu đến 2030", "ưth năm
        # 2025"; the words before the year say whether it holds aims or results.
        # (Or a period, its last year the deadline: "giai đoạn 2026 - 2030".)
        year_cell=regex.compile(rf"^(?P<pre>(?:(?:{header_words})\s+)*)(?:{folded_year}\s+)?"
                                rf"(?:(?:19|20)\d\d\s*[-–]\s*)?(?P<year>(?:19|20)\d\d)$"),
        # A period in a table's caption, its last year the deadline of the rows that have none
        # ("chỉ tiêu phát triển đoàn viên … giai đoạn 2025 - 2028"), folded.
        caption_period=regex.compile(rf"(?<!\p{{L}})(?:{alternation(fold(w) for w in v['caption_period_words'])})"
                                     rf"\s+(?:19|20)\d\d\s*[-–]\s*(?P<year>(?:19|20)\d\d)(?!\d)"),
        # A year a table's title names after the word of years ("… NĂM 2026 THEO ĐỊA BÀN"), folded.
        caption_year=regex.compile(rf"(?<!\p{{L}})(?:{folded_year})\s+((?:19|20)\d\d)(?![\d/.-])"),
        # A year a table's caption sets its rows by ("… ĐẾN NĂM 2030"), folded.
        caption_by_year=regex.compile(rf"(?<!\p{{L}})(?:{alternation(fold(w) for w in v['deadline_words']['by_end'])})"
                                      rf"\s+(?:{alternation(fold(w) for w in v['deadline_words']['end'])}\s+)?"
                                      rf"(?:{folded_year})\s+(?P<year>(?:19|20)\d\d)(?!\d)"),
        # A column of a measure by a year or a period, its name first ("kim ngạch năm 2024",
        # "tăng trưởng bình quân giai đoạn 2026 - 2030"), folded: the name, then as a year column.
        measure_year_cell=regex.compile(rf"^(?P<name>\p{{L}}[^\d]*?)\s+(?P<pre>(?:(?:{header_words})\s+)*)"
                                        rf"(?:{folded_year}\s+)?(?:(?:19|20)\d\d\s*[-–]\s*)?(?P<year>(?:19|20)\d\d)$"),
        # A measure's column by a year printed year first, as a header of two rows merges a year
        # over its measures ("năm 2025 lượng (tấn)", "kế hoạch năm 2026 tỷ lệ (%)"), folded: the
        # words of time and the year, then the measure's name.
        # (Or a measure's with its year over its parts, merged as one: "hộ nghèo đầu năm 2026 số hộ".)
        year_first_cell=regex.compile(rf"^(?P<when>(?:(?:{header_words})\s+)*(?:\p{{L}}[^\d]*?\s+)?(?:19|20)\d\d)"
                                      rf"\s+(?P<name>\p{{L}}[^\d]*)$"),
        # A school year's column, its first year (folded): "năm học 2024-2025".
        school_year_cell=regex.compile(rf"^(?:{alternation(fold(w) for w in v['school_year_words'])})\s+"
                                       r"((?:19|20)\d\d)\s*[-–]\s*(?:19|20)\d\d(?!\d)"),
        # A table's numbering column ("STT", "TT"), folded.
        number_header=regex.compile(rf"^(?:{alternation(fold(w) for w in v['table_number_headers'])})\.?$"),
        # A column of an aim by a year: a count's or a ratio's name, the plan's word and the year
        # ("số xã đạt chuẩn ntm đến 2025", "tỷ lệ hộ nghèo kế hoạch năm 2025"), folded.
        aim_column=regex.compile(rf"""^
            (?P<name>(?:{alternation([fold(v['count_word']), *(fold(w) for w in v['ratio_words'])])})\s+\S.*?)
            \s+(?:{alternation(fold(w) for w in v['plan_header_prefixes'])})   # the plan's word: "đến"
            (?:\s+(?:{alternation(fold(w) for w in v['aim_column_verbs'])}))?  # "phấn đấu đạt năm 2026"
            \s+(?:{folded_year}\s+)?(?P<year>(?:19|20)\d\d)$""", regex.X),
        # A column of a count's or a ratio's state at a date ("số tiêu chí ntm nâng cao đã đạt đến
        # 31/12/2025"), folded: results, beside the columns of aims.
        status_column=regex.compile(rf"""^
            (?P<name>(?:{alternation([fold(v['count_word']), *(fold(w) for w in v['ratio_words'])])})\s+\S.*?)
            \s+(?:{alternation(fold(w) for w in v['status_column_words'])})
            \s+(?:{day}\s+)?\d{{1,2}}/\d{{1,2}}/(?:19|20)\d\d$""", regex.X),
        # A column of a milestone by a full date ("đến 31/3/2026", "trước ngày 30/6/2026"), folded:
        # under a cell naming a count or a ratio that spans such columns.
        date_cell=regex.compile(rf"^(?:{alternation(fold(w) for w in v['date_column_words'])})\s+"
                                rf"(?:{day}\s+)?\d{{1,2}}/\d{{1,2}}/(?P<year>(?:19|20)\d\d)$"),
        # The words opening a measure's name that call it an aim ("mục tiêu tăng trưởng grdp"),
        # folded.
        aim_name_opening=regex.compile(rf"(?:{alternation(fold(w) for w in v['aim_name_openings'])})(?!\p{{L}})"),
        # Words before a column's year that call it the plan's ("kế hoạch năm 2025", "mục tiêu
        # đến 2030"), folded.
        plan_header=regex.compile(rf"(?<!\p{{L}})(?:{alternation(fold(w) for w in v['plan_header_prefixes'])})"
                                  r"(?!\p{L})"),
        achieved_header=regex.compile(rf"(?:{alternation(fold(w) for w in v['achieved_header_prefixes'])})(?!\p{{L}})"),
        past_header=regex.compile(rf"(?<!\p{{L}})(?:{alternation(fold(w) for w in past['words'])})(?!\p{{L}})"),
        plan_header_beyond_time=regex.compile(
            rf"(?<!\p{{L}})(?:{alternation(fold(w) for w in v['plan_header_prefixes'] if w not in past['time_words'])})"
            r"(?!\p{L})"),
        # A group row's year ("Đến năm 2025", "Năm 2030", "Giai đoạn đến 2030"), folded.
        group_year=regex.compile(rf"(?:{alternation(fold(w) for w in [year_word, *v['group_year_words']])})\s+"
                                 rf"(?:{folded_year}\s+)?((?:19|20)\d\d)(?!\d)"),
        # "Số hợp tác xã kiểu mới": the counted noun after "Số", up to three words, none a function
        # word.
        number_of=regex.compile(rf"(?i)^{alternation([v['count_word']])}\s+((?!(?:{alternation(v['unit_stopwords'])})(?!\p{{L}}))\p{{Ll}}+"
                                rf"(?:\s+(?!(?:{alternation(v['unit_stopwords'])})(?!\p{{L}}))\p{{Ll}}+){{0,2}})"),
        # An indicator ending with a figure reported for its subject ("Thu nội địa ước thực hiện
        # 3.420.000 triệu đồng"): the subject, then the words of the report and the figure.
        # (No subject where a colon's label before the clause names it: "a) Thu nội địa: ước thực
        # hiện 3.420.000 triệu đồng, đạt 106,5% dự toán".)
        reported_sum=regex.compile(rf"(?i)(?:(?P<subject>\p{{L}}.*?)\s+)??(?:{alternation(v['reported_sum_openings'])})"
                                   r"\s+\d[\d.,]*(?:\s+\S+){1,3}\s*$"),
        # The unit an indicator cell names at its end: "Tỷ lệ che phủ rừng (%)", "Diện tích (ha)";
        # three words where a counted noun opens them ("Hiến máu tình nguyện (đơn vị máu)", "(lượt
        # người dân)"; not "Tốc độ tăng GRDP (giá so sánh)").
        # (A footnote's mark after it is none: "Tỷ lệ dân số tham gia BHYT (%)(*)" → "%".)
        # (Not words saying how the values add up: "Diện tích … được cấp mã số (lũy kế)".)
        # (Nor a formula of the rows it sums: "TỔNG THU NSNN (I+II+III)", NOT_A_FORMULA.)
        named_unit=regex.compile(rf"\s*\((?!\*+\)){NOT_A_FORMULA}"
                                 rf"(?!(?i:{alternation(v['bracket_not_units'])})\))((?i:(?=(?:{alternation(v['count_units'])})(?!\p{{L}}))[^()\s]+"
                                 r"(?:\s[^()\s]+){0,2})|[^()\s]+(?:\s[^()\s]+)?)\)(?:\s*\(\*{1,3}\))?\s*$"),
        # A column's bracket after its year calling it an estimate of results ("năm 2025 (ước)"), folded.
        estimate_bracket=regex.compile(rf"(?:{alternation(fold(w) for w in v['estimate_brackets'])})"),
        # A line above a table naming the unit of its values ("Đơn vị tính: triệu USD"), as printed:
        # up to three words, the unit.
        table_unit_line=regex.compile(rf"(?i)(?<!\p{{L}})(?:(?P<told>{alternation(v['table_unit_lines'])})"
                                      rf"|{alternation(v['table_unit_lines_measured'])})\s*:\s*"
                                      r"(?P<unit>[^\s,;:()*|_]+(?:[ \t]+[^\s,;:()*|_]+){0,2})"),
        # The words a unit named after a bare "Đơn vị:" opens with (table_unit_lines_measured).
        measured_unit_words=frozenset(fold(w.split()[0]) for w in [*v["measure_units"], *v["magnitude_words"],
                                                                 *v["money_words"], *v["count_units"], "%"]),
        total_rows=frozenset(fold(w) for w in v["total_rows"]),
        result_names=frozenset(fold(w) for w in v["result_names"]),
        whole_places=frozenset(fold(w) for w in v["table_whole_places"]),
        counted_things=frozenset(fold(w) for w in v["count_units"]),
        # A table column's header comparing the values of its years ("So sánh KH/ƯTH (%)", "Tốc
        # độ tăng bình quân 2026-2030 (%/năm)"), folded.
        comparison_header=regex.compile(
            rf"(?:{alternation(fold(w) for w in v['table_comparison_headers'])})(?!\p{{L}})"),
        # An average growth's column naming no year ("Tăng bình quân giai đoạn (%/năm)"), folded.
        average_growth_header=regex.compile(
            rf"(?<!\p{{L}})(?:{alternation(fold(w) for w in v['table_average_growth_headers'])})(?!\p{{L}})"),
        side_headers=frozenset(fold(w) for w in v["table_side_headers"]),
        # A column header's words of time, of the plan and of results ("Kế hoạch", "Ước thực
        # hiện", "Giai đoạn", "Năm"), as printed: what is left of the header names what the
        # column's values are of (pipeline.extract.table_aims).
        time_words=regex.compile(rf"(?i)(?<!\p{{L}})(?:{alternation(time_words)})(?!\p{{L}})"),
        # The header cells of a table's columns, folded: numbering, indicator, unit, a column of
        # aims with no year, a task table's scale and task columns.
        number_headers=frozenset(fold(w) for w in v["table_number_headers"]),
        # The first header cell of a table of years as rows ("Năm"), folded.
        year_headers=frozenset(fold(w) for w in v["table_year_headers"]),
        indicator_headers=frozenset(fold(w) for w in v["table_indicator_headers"]),
        # A header over the things a row's measure is of, left of the measures' names ("Mặt hàng"
        # beside "Chỉ tiêu"), folded.
        thing_headers=frozenset(fold(w) for w in v["table_thing_headers"]),
        season_columns=frozenset(fold(w) for w in v["season_columns"]),
        unit_headers=frozenset(fold(w) for w in v["table_unit_headers"]),
        plain_value_headers=frozenset(fold(w) for w in v["table_plain_value_headers"]),
        measure_title=regex.compile(rf"(?:{alternation(fold(w) for w in v['table_measure_titles'])})(?!\p{{L}})"),
        # A caption's measure after its plan word, up to the words ending it ("chỉ tiêu kim ngạch
        # xuất khẩu theo nhóm hàng" → "kim ngạch xuất khẩu"), folded.
        title_measure=regex.compile(
            rf"""^(?:(?:{alternation(fold(w) for w in v['plan_words'])})\s+)?
            ((?:{alternation(fold(w) for w in v['table_measure_titles'])})
             (?:\s+(?!(?:{alternation(fold(w) for w in v['title_measure_ends'])})(?!\p{{L}}))\p{{L}}+)*)""", regex.X),
        value_headers=frozenset(fold(w) for w in v["table_value_headers"]),
        scale_headers=frozenset(fold(w) for w in v["table_scale_headers"]),
        task_headers=frozenset(fold(w) for w in v["table_task_headers"]),
        # The units a row written with spaces between cells may end in (count_units, measure_units).
        row_units=frozenset(fold(w) for w in v["count_units"] + v["measure_units"]),
        # A row's name ending in the part of it the row's cells give in brackets after its own
        # value ("Các nước ASEAN (trong đó Campuchia)" over "2.110 (1.240)").
        part_in_brackets=regex.compile(rf"^(?P<name>.*?\S)\s*\((?:{alternation(v['parts_cues'])})\s*:?\s+"
                                       r"(?P<part>[^()]*[^()\s])\s*\)$", regex.I),
        # A table's column of a place (folded): the whole area ("toàn tỉnh", "tổng cộng") or a level
        # of administration and a name ("huyện mai sơn", "xã chiềng mung").
        place_header=regex.compile(rf"""^(?:(?:{alternation(fold(w) for w in v['table_whole_places'])})$
            |(?:{alternation(fold(w) for w in v['administrative_levels'])})\s+\p{{L}})""", regex.X),
        # A table column's header naming a count or a ratio ("số hộ thoát nghèo", "tỷ lệ hộ nghèo
        # giảm"), folded: a count's name of at least two words after "số" ("số lượng" alone is none).
        measure_header=regex.compile(rf"""^(?:(?:{alternation(fold(w) for w in v['ratio_words'])})\s+\S
            |{alternation([fold(v['count_word'])])}\s+\p{{L}}+\s+\p{{L}})""", regex.X),
        budget=regex.compile(rf"(?<!\p{{L}})(?:{alternation(fold(w) for w in v['budget_words'])})(?!\p{{L}})"),
        whole_words=alternation(v['whole_openings']),
        rate_words=v["rate_words"],
        rate_names=regex.compile(
            rf"(?<!\p{{L}})(?:{alternation(fold(w) for w in v['rate_words']['names'])})(?!\p{{L}})"),
        rate_time_bases=frozenset(fold(w) for w in v["rate_words"]["time_bases"]),
        count_word_printed=v["count_word"],
        # The count word, capitalised, opening a part of a table column's header ("Tổng số | Số
        # đoàn viên …"), and the words that make a compound of it naming no thing counted
        # ("Số lượng"), folded.
        # (Or a whole's count word, "Tổng số mã đến năm 2030": whole_openings ending with it.)
        count_opening=regex.compile(
            rf"(?<!\p{{L}})(?:(?i:{alternation(w for w in v['whole_openings'] if w.endswith(' ' + v['count_word']))})"
            rf"|{regex.escape(v['count_word'].capitalize())})\s+(?=\p{{L}})"),
        count_word_compound=regex.compile(
            rf"(?:{alternation(fold(w) for w in v['count_word_compounds'])})(?!\p{{L}})"),
        # A thing a plan counts opening a table column's header ("Suất quà Tết Sum vầy").
        count_unit_opening=regex.compile(rf"(?i)(?:{alternation(v['count_units'])})(?!\p{{L}})"),
        whole_opening=regex.compile(rf"(?i)^(?:{alternation(v['whole_openings'])})\s+(?=\p{{L}})"),
        part_word=regex.compile(rf"(?i)(?<!\p{{L}})(?:{parts})(?!\p{{L}})"),
        allotment_parts=regex.compile(rf"(?i)(?<!\p{{L}})(?:{alternation(v['allotment_part_openings'])})(?!\p{{L}})"),
        allocation=regex.compile(rf"(?<!\p{{L}})(?:{alternation(fold(w) for w in v['allocation_words'])})(?!\p{{L}})"),
        goods_allotment=regex.compile(
            rf"(?<!\p{{L}})(?:{alternation(fold(w) for w in v['goods_allotment_words'])})(?!\p{{L}})"),
        # Words of aiming after a comma inside an indicator: the task before them is no part of it.
        # A word of aiming anywhere in a clause ("… phấn đấu là 1.000 tỷ đồng"), as printed.
        striving=regex.compile(rf"(?i)(?<!\p{{L}})(?:{alternation(v['lead_words'])})(?!\p{{L}})"),
        lead_inside=regex.compile(rf"(?i),\s*(?:{alternation(v['lead_words'])})(?!\p{{L}})[\s,:]*(?=\p{{L}})"),
        # A preposition ending the words before a count, its object ("… cho tối thiểu 2 dự án").
        # A preposition opening the words after a value, its object ("01 lần/tháng đối với …").
        object_opening=regex.compile(rf"(?i)(?:{alternation(v['object_prepositions'])})(?!\p{{L}})"),
        object_prep=regex.compile(rf"(?i)\s+(?:{alternation(v['object_prepositions'])})$"),
        descriptors=frozenset(fold(w) for w in v["descriptor_prepositions"]),
        level_reach=regex.compile(rf"(?<!\p{{L}}){fold(v['reach_levels']['from'])}\s+"
                                  rf"(?:{alternation(fold(w) for w in v['reach_levels']['levels'])})\s+"
                                  rf"(?:{alternation(fold(w) for w in v['reach_levels']['to'])})\s*$"),
        reach_events=regex.compile(rf"(?<!\p{{L}})(?:{alternation(fold(w) for w in v['reach_levels']['events'])})"
                                   rf"(?!\p{{L}})"),
        when_words=frozenset(fold(w) for w in v["when_words"]),
        score_unit=fold(v["score_unit"]),
        money=regex.compile(rf"(?i)(?<!\p{{L}})(?:{alternation(v['money_words'])})(?!\p{{L}})"),
        budget_currencies=frozenset(fold(w) for w in v['budget_currencies']),
        budget_plan_title=regex.compile(
            rf"(?<!\p{{L}})(?:{alternation(fold(w) for w in v['budget_plan_titles'])})(?!\p{{L}})"),
        # Words naming an index, whose value has no unit ("chỉ số HDI", "hệ số ICOR"), folded.
        index=regex.compile(rf"(?<!\p{{L}})(?:{alternation(fold(w) for w in v['index_words'])})(?!\p{{L}})"),
        dimension=regex.compile(rf"(?<!\p{{L}})(?:{alternation(fold(w) for w in v['dimension_words'])})(?!\p{{L}})"),
        # A dimension summed before it or said to reach its value after it: an aim's measure.
        dimension_aim_before=regex.compile(
            rf"(?<!\p{{L}})(?:{alternation(fold(w) for w in v['dimension_aim_words']['before'])})\s*$"),
        dimension_aim_after=regex.compile(
            rf"(?<!\p{{L}})(?:{alternation(fold(w) for w in v['dimension_aim_words']['after'])})(?!\p{{L}})"),
        aim_minimum=regex.compile(rf"(?<!\p{{L}})(?:{alternation(fold(w) for w in v['aim_minimum'])})\s*:?\s*$"),
        # Two or more levels of administration joined by commas, in lower case as a count's noun
        # is printed ("xã, phường, đặc khu").
        levels=regex.compile(rf"(?:{alternation(v['administrative_levels'])})"
                             rf"(?:[ \t]*,[ \t]*(?:{alternation(v['administrative_levels'])}))+(?!\p{{L}})"),
        # Further counted nouns listed after a count's noun, a comma before each ("150 băng rôn,
        # khẩu hiệu", "20 tin, bài, phóng sự"; not "450 gian hàng, thu hút …", a clause).
        # (Or nouns a plan counts: "02 hội thảo, diễn đàn giới thiệu giải pháp 5G", "12 lớp tập
        # huấn, hội nghị hướng dẫn …".)
        noun_list=regex.compile(
            rf"(?:[ \t]*,\s*(?:{alternation([*v['listed_nouns'], *v['count_units']])})(?!\p{{L}}))+"),
        # Words opening an indicator that name nothing measured, of aiming ("Phấn đấu tỷ trọng … đạt
        # 30%"), linking, a topic, a frame or a year: dropped.
        lead=regex.compile(rf"""(?i)^\s*
            (?:\(?\d{{1,2}}\)\s*)?                           # an aim's number in a list: "(1) Tốc độ tăng trưởng …"
            (?:{cue('linking')}\s*,\s*(?=\p{{L}}))?  # a word linking it to the sentence before: "Theo đó, …"
            # a topic up to a comma: "Về mục tiêu cụ thể, đến năm 2025 phấn đấu đón …"
            (?:(?:{alternation(v['topic_openings'])})\s[^,;:()]{{0,80}},\s*(?=\p{{L}}))?
            # the words setting out aims, with their subject: "Việt Nam cũng đặt mục tiêu có 80% …",
            # "Đề án tổng thể phát triển kinh tế-xã hội vùng … giai đoạn 2021-2030 đặt mục tiêu …"
            (?:[^;:]{{0,200}}?(?<!\p{{L}})(?:{alternation(v['aim_frames'])})(?!\p{{L}})(?:\s+là)?[\s,:]*(?=\p{{L}}))?
            # the words of a report telling its figures, with their subject: "…, báo cáo sơ bộ của các
            # địa phương cho thấy tỷ lệ hộ nghèo toàn quốc … còn khoảng 5,8-6%"
            (?:[^;:]{{0,200}}?(?<!\p{{L}})(?:{alternation(v['report_frames'])})(?!\p{{L}})[\s,:]*(?=\p{{L}}))?
            # whose figures they are, up to a comma: "Theo đánh giá của các địa phương, …"
            (?:(?:{alternation(v['attributions'])})(?!\p{{L}})[^,;:()]{{0,80}},\s*(?=\p{{L}}))?
            # a concessive phrase up to a comma, and a period or a year before it: "Giai đoạn 2021 -
            # 2025, mặc dù chịu tác động …, kim ngạch xuất khẩu …"
            (?:(?:(?:{alternation(v['caption_period_words'])}|{year})\s+\d{{4}}(?:\s*[-–]\s*\d{{4}})?\s*,\s*)?
               (?:{alternation(v['concessions'])})(?!\p{{L}})[^,;:()]{{0,120}},\s*(?=\p{{L}}))?
            (?:(?:{alternation(v['recurrence_words'])})(?!\p{{L}})[\s,:]*)?    # how often: "Hằng năm tổ chức …"
            (?:{year}\s+\d{{4}}\s+(?=(?:{alternation(v['lead_words'])})(?!\p{{L}})))?  # "Năm 2005 phấn đấu …"
            (?:(?:{alternation(v['lead_words'])})(?!\p{{L}})[\s,:]*)?
            (?:(?:{alternation(v['parts_cues'])})(?!\p{{L}})[\s,:]*)?    # a whole's parts: "trong đó công nghiệp …"
            # a deadline closed by a comma, the deadline's, no part of what is measured: "Phấn đấu
            # đến năm 2030, tỷ lệ đô thị hóa đạt trên 45%"; so is a year or years a report's figure
            # is of, estimated or not: "Năm 2004, vốn đầu tư nước ngoài cấp mới đạt …", "Năm
            # 2003-2004, tỷ lệ …", "Dự kiến năm 2005, khối lượng vận tải hàng hóa tăng …"
            (?:(?:(?:{alternation(v['estimate_words'])})\s+)?(?:(?:{by})\s+(?:(?:{end})\s+)?)?
               (?:{year}\s+\d{{4}}(?:\s*-\s*\d{{4}})?|(?:{day}\s+)?\d{{1,2}}/\d{{1,2}}/\d{{4}})\s*,\s*(?=\p{{L}}))?
            # a year with no comma before the words in lower case naming the measure: "năm 2023 tốc
            # độ tăng trưởng lĩnh vực trồng trọt", "đến năm 2025 tỷ lệ sinh viên đại học"
            (?:(?:(?:{by})\s+)?{year}\s+\d{{4}}\s+(?=(?-i:\p{{Ll}})))?
            """, regex.X),
        # Up to two more lower-case words of a count's unit ("01 giải thể thao"), none a function
        # word ("05 cuộc tập huấn cho …").
        # (Nor an "or more" phrase: "từ 10 lao động trở lên" counts "lao động"; nor the next item's
        # label, "790.000 triệu đồng\n\nb) Thu từ nội địa".)
        unit_words=regex.compile(rf"(?:\s+(?!(?:{alternation([*v['unit_stopwords'], *v['or_more_words']])})(?!\p{{L}}))"
                                 rf"(?!\p{{Ll}}\))\p{{Ll}}+){{0,2}}"),
        # After a word of thousands or millions, a unit of measure as printed or one in capitals
        # ("300 tỷ kWh", "5 nghìn MW", "12 - 13 triệu TEU/năm").
        magnitude_measure=regex.compile(rf"\s+(?:{alternation(v['measure_units'])}|\p{{Lu}}{{2,5}})(?![\p{{L}}\d])"),
        magnitude_word=frozenset(fold(w) for w in v["magnitude_words"]),
        # What a count's rate is per, after the slash: up to four words in lower case, none a
        # function word after the first ("1 buổi/cơ sở giáo dục cho học sinh" → "/cơ sở giáo dục").
        # (Alternatives too, a slash between each: "01 sáng kiến/mô hình/ giải pháp".)
        # (Or a power of ten before the noun, a rate per population: "12 máy/100 dân", "18 trẻ em
        # trên 100.000 trẻ em", the word of 'per' for the slash.)
        rate=regex.compile(rf"""(?P<per>(?:[ \t]*/[ \t]*(?:{_PER_POWER}[ \t]+)?\p{{Ll}}+
            (?:[ \t]+(?!(?:{alternation([*v['unit_stopwords'], *v['or_more_words']])})(?!\p{{L}}))\p{{Ll}}+){{0,3}})+
            |{_per_word_base(v)})
            (?!\p{{L}})""", regex.X),
        # Folded text ending in a word after which a number is a year, a date, a part's number
        # ("năm 2030", "Điều 5", "giai đoạn 2021").
        # (Not the last word of a compound, "thí điểm 05 mô hình", "hằng năm 02 lớp": no point's
        # number, no year.)
        not_before=regex.compile(rf"(?<!\p{{L}})(?<!(?<!\p{{L}})(?:{compound_heads})\s)"
                                 rf"(?:{alternation(fold(w) for w in v['not_before_value'])})\s*$"),
        # A whole printed right after a percentage, its share ("30% GRDP", "2% tổng chi ngân sách").
        aggregate=regex.compile(rf"(?i)^(?P<w>{alternation(v['aggregate_wholes'])})(?![\p{{L}}\d])"),
        # The people a rate is per, after its word ("Số bác sĩ trên 10.000 dân") or its slash, a
        # letter before it ("34,5 giường/ 10.000 dân").
        per_population_before=regex.compile(
            rf"(?:(?<!\p{{L}})|(?=\P{{L}}))(?:{alternation(fold(w) for w in v['per_population']['words'])})\s*$"),
        per_population=regex.compile(rf"(?i)(?:{alternation(v['per_population']['units'])})(?!\p{{L}})"),
        # Any unit a figure is computed per, after its words ("tính trên 01 m3 nước").
        per_base_before=regex.compile(
            rf"(?<!\p{{L}})(?:{alternation(fold(w) for w in v['per_population']['base_words'])})\s*$"),
        # A rank to reach (rank of data/targets.json): folded text ending in a group word ("thuộc
        # nhóm"), the counted words after the count up to a leading word ("3 nước dẫn đầu", "15
        # tỉnh, thành phố dẫn đầu").
        rank_group=rank_word_before(rank["group_words"]),
        # (Or a ranked noun and up to eight words to the superlative: "nhóm 40 nước có môi trường kinh
        # doanh thuận lợi nhất thế giới", "nhóm 5 nước xuất khẩu đồ gỗ lớn nhất".)
        rank_unit=regex.compile(rf"(?:(?P<unit>\p{{Ll}}+(?:[ \t]*,?[ \t]+\p{{Ll}}+){{0,4}}?)[ \t]+"
                                rf"(?:{alternation(rank['leading_words'])})(?!\p{{L}})|{ranked_superlative})"),
        # A rank without a group word, after "trong" (within_words): only a ranked noun and its
        # superlative make it one ("Nằm trong 4 quốc gia có hệ thống giáo dục đại học tốt nhất khu
        # vực Đông Nam Á"; not "trong 10 ngày").
        rank_within=rank_word_before(rank["within_words"]),
        rank_within_opening=rank_opening(rank["within_words"]),
        rank_superlative=regex.compile(ranked_superlative),
        # A rank opening in a clause, its verb before, no part of what is ranked: the first of ranks
        # coordinated ("nằm trong nhóm 50 nước dẫn đầu về chính phủ số, nhóm 30 nước …"), and the next
        # one, which ends the words of the rank before it.
        rank_opening=rank_opening(rank["group_words"]),
        # A verb of training, support or giving before "cho" at the end of the words before a count
        # ("Đào tạo … cho 500 kỹ sư"), folded: the count is whom the aim reaches.
        # (Its objects listed with commas: "Tập huấn khai thác FTA, quy tắc xuất xứ cho 200 lượt
        # doanh nghiệp"; not a verb that is a noun after a plural word, "Các cấp, các ngành tạo điều
        # kiện cho 20 doanh nghiệp", nor one done already, "tỉnh đã cấp …, bàn giao cho 35 hộ".)
        beneficiary=regex.compile(
            rf"(?<!\p{{L}})(?<!(?:{alternation(fold(w) for w in v['beneficiary_not_after'])})\s+)"
            rf"(?<!(?:{alternation(fold(w) for w in v['completed_words'])})\s+)"
            rf"(?:{alternation(fold(w) for w in v['beneficiary_verbs'])})"
            rf"(?!\p{{L}})(?:(?!(?<!\p{{L}})(?:{alternation(fold(w) for w in v['completed_words'])})\s)[^;:()])"
            r"{0,80}?(?<!\p{L})cho\s*$"),
        # Folded text ending in a preposition: a count after it describes ("cho 06 vùng").
        descriptor=regex.compile(rf"(?<!\p{{L}})(?:{alternation(fold(w) for w in v['descriptor_prepositions'])})\s*$"),
        threshold=regex.compile(rf"(?<!\p{{L}})(?:{alternation(fold(w) for w in v['threshold_cues'])})(?!\p{{L}})"),
        # The subtitle line of a plan attached to a decision, "(Ban hành kèm theo Quyết định số …)".
        # The words opening the parts of a count, and all after them: its indicator ends there.
        parts=regex.compile(rf"(?i)[,:]?\s*(?<!\p{{L}})(?:{alternation(v['parts_cues'])})(?!\p{{L}}).*$", regex.S),
        # A header cell opening the parts of a whole ("Trong đó", "Bao gồm"), folded.
        parts_cell=regex.compile(rf"^[\s*_]*(?:{alternation(fold(w) for w in v['parts_cues'])})(?!\p{{L}})"),
        # A table row naming a part of the row above by a word of parts and a colon ("Trong đó: lốp
        # xe ô tô"): a sub-row, as a bulleted one is.
        part_row=regex.compile(rf"(?i)^(?:[-+•]\s*)?(?:{alternation(v['parts_cues'])})\s*:\s*"),
        # The words between a count and a value qualifying what it counts: its noun's words, a verb
        # of having, words in lower case ("doanh nghiệp đạt kim ngạch xuất khẩu từ"), no stop.
        qualifying=regex.compile(rf"^[^\d,;:.()\n]*?(?<!\p{{L}})(?:{alternation(v['qualifying_verbs'])})[ \t]+\p{{Ll}}"
                                 r"[^\d,;:.()\n]*$"),
        # A level of a grading opening a clause, its capitalised name after it ("mức Tốt").
        level_opening=regex.compile(rf"\s*(?P<word>{alternation(v['grading_levels']['words'])})\s+(?=\p{{Lu}})"),
        level_negations=frozenset(fold(w) for w in v["grading_levels"]["negations"]),
        result_verb_words=frozenset(fold(w) for w in v["result_verbs"]),
        # A comma, then a word of "each": a distributive clause after a percentage's words.
        distributive=regex.compile(rf",[ \t]*(?:{alternation(v['distributive_words'])})(?!\p{{L}})", regex.I),
        estimated_result=regex.compile(rf"(?<!\p{{L}})(?:{alternation(fold(w) for w in v['estimated_result_words'])})"
                                       r"(?!\p{L})"),
        achieved=regex.compile(rf"(?<!\p{{L}})(?:{alternation(fold(w) for w in v['achieved_cues'])})(?!\p{{L}})"),
        # A table's words of money a plan spends or gives ("Tổng mức đầu tư", "Nguồn vốn", "Ngân
        # sách"), folded: no table of aims read by its cells (pipeline.extract.table_aims).
        # A table's title opening with the word of a list ("Danh sách", "Danh mục"), folded.
        table_list=regex.compile(rf"(?:{alternation(fold(w) for w in v['table_list_words'])})(?!\p{{L}})"),
        # Words of money a plan raises or collects, an aim ("Vốn FDI thu hút", "Thu ngân sách nhà
        # nước"): a header cell holding one names no money given out.
        # The paying out of money allotted, folded ("giải ngân"): its progress, rates, is aimed at.
        money_disbursed=regex.compile(
            rf"(?<!\p{{L}})(?:{alternation(fold(w) for w in v['money_disbursed_words'])})(?!\p{{L}})"),
        table_money_raised=regex.compile(
            rf"(?<!\p{{L}})(?:{alternation(fold(w) for w in v['table_money_raised_words'])})(?!\p{{L}})"),
        table_money=regex.compile(
            rf"(?<!\p{{L}})(?:{alternation(fold(w) for w in v['table_money_words'])})(?!\p{{L}})"),
        # The word of an annex ("Phụ lục") or of a plan attached ("Kèm theo"), folded, anywhere.
        annex_word=regex.compile(
            rf"(?<!\p{{L}})(?:{alternation(fold(w) for w in v['annex_words'] + v['attached_plan'])})(?!\p{{L}})"),
        attached=regex.compile(rf"(?im)^[ \t*_(]*(?:{alternation(v['attached_plan'])})\s+\p{{L}}.*$"),
        # The caption of a table printed after the signature ("BIỂU CHỈ TIÊU GIAO CÁC THÔN NĂM
        # 2026", "Biểu số 01: …"): the word in capitals before a word in capitals, or before its
        # number (not "Biểu dương …").
        annex_caption=regex.compile(rf"(?m)^[ \t*_]*(?:{alternation(v['annex_captions'])})\s+"
                                    r"(?:số\s+)?(?:\d+|[IVX]+(?!\p{L})|\p{Lu}\p{Lu})"),
        # The suffix comparators dropped after a count ("05 cuộc trở lên"), a single space as printed.
        or_more=regex.compile(r"^\s*(?:" + "|".join(map(regex.escape, v["or_more_words"])) + r")\s*"),
        # A period after what a value is of ("… lượt người nuôi giai đoạn 2026 - 2030", "… căn hộ nhà
        # ở xã hội trong giai đoạn 2026 - 2030"), as printed: it ends the indicator. (Its last year
        # may stand past the clause's end, the line wrapped after the dash: "giai đoạn 2026 -\n2030".)
        trailing_period=regex.compile(rf"(?i)(?<!\p{{L}})(?:(?:{alternation(v['by_year_words'])})\s+)?"
                                      rf"(?:{alternation(v['caption_period_words'])})\s+(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d(?!\d)|\s*[-–]?\s*$)"),
        # Words after a value opening with a year ("vào năm 2025"): no indicator.
        by_year=regex.compile(rf"(?i)(?:(?:{alternation(v['by_year_words'])})\s+)?{year}"),
        # Words after a value opening with what it is compared with or per ("so với năm 2004",
        # "/năm"): no indicator.
        # The base of a change and the words up to its second value, at the end of the words
        # before that value ("tăng từ 33% năm 2004 lên khoảng"): the base, its year, a change
        # verb, the to-word, comparator words.
        change_tail=regex.compile(rf"(?i)(?<!\p{{L}}){regex.escape(v['from_word'])}\s+\d[\d.,]*\s*%?"
                                  rf"\s*(?:{year}\s+\d{{4}}\s*)?,?\s*(?:(?:{alternation(v['comparing_verbs'])})\s+)?"
                                  rf"(?:{alternation(v['from_to_words'])})"
                                  rf"(?:\s+(?:{approximate}))*\s*$"),
        # The base of a change ("từ 33% năm 2004 lên …"): the from-word before the value, its
        # year and the to-word after it.
        change_base=regex.compile(rf"(?i)(?<!\p{{L}}){regex.escape(v['from_word'])}\s*$"),
        change_to=regex.compile(rf"(?i)\s*(?:(?:{year})\s+\d{{4}}\s*)?,?\s*(?:(?:{alternation(v['comparing_verbs'])})\s+)?"
                                rf"(?:{alternation(v['from_to_words'])})(?!\p{{L}})"),
        # A verb of reaching or of change right before a value, with comparator words ("đạt
        # khoảng", "tăng trên").
        reached=regex.compile(rf"(?i)(?<!\p{{L}})(?:{alternation(v['result_verbs'])})(?:\s+(?:{approximate}))*\s*$"),
        # (Or a verb after a word of an action done: "… đã lắp đặt 38 trạm 5G".)
        completed=regex.compile(rf"(?i)(?<!\p{{L}})(?:{alternation(v['completed_words'])})(?:\s+\p{{L}}+){{1,3}}"
                                rf"(?:\s+(?:{approximate}))*\s*$"),
        # A verb then a word marking it done right before a value ("cứng hóa được 1.245 km"), and a
        # count's thing then a word of reaching a standard ("09/36 xã đạt chuẩn …", four words at
        # most between).
        done=regex.compile(rf"(?i)(?<!\p{{L}})\p{{L}}+\s+(?:{alternation(v['done_particles'])})\s*$"),
        reached_after=regex.compile(rf"(?i)[ \t]*(?:[\p{{L}}\d]+[ \t]+){{0,4}}?"
                                    rf"(?:{alternation(v['reached_qualifiers'])})(?!\p{{L}})"),
        magnitude=regex.compile(rf"(?i)(?:{alternation(v['magnitude_words'])})\s+"
                                rf"(?!(?:{alternation(v['money_words'])})(?!\p{{L}}))\p{{L}}"),
        in_magnitude=regex.compile(rf"(?i)(?:{alternation(v['magnitude_words'])})\s+\p{{L}}"),
        # A year opening a clause ("Năm 2005 …", "Trong năm 2004, …") and the words of estimating or
        # of adding a verb takes ("dự kiến đón", "phát triển thêm").
        year_opening=regex.compile(rf"(?i)^(?:(?:{by})\s+)?{year}\s+\d{{4}}\s*,?\s*"),
        # A deadline opening a sentence before a comma ("Đến năm 2025, …", "Đến cuối năm 2030,").
        deadline_opening=regex.compile(
            rf"(?i)[ \t]*(?:{alternation(v['deadline_words']['by_end'])})\s+"
            rf"(?:(?:{alternation(v['deadline_words']['end'])})\s+)?{year}\s+(?:19|20)\d\d\s*,"),
        # An average opening the words before a value ("Bình quân toàn tỉnh đạt …").
        average_opening=regex.compile(rf"(?i)^\s*(?:{alternation(v['average_words'])})(?!\p{{L}})"),
        # A verb of raising and the total word before a count ("nâng tổng số lên 47 xã", "đưa
        # tổng số xã đạt chuẩn lên 50 xã", the comparator word dropped): the count is a total.
        raised_total=regex.compile(rf"(?i)^(?:.*\s)?(?:{alternation(v['raised_total']['verbs'])})\s+"
                                   rf"(?P<total>{regex.escape(v['raised_total']['total'])}(?:\s+(?P<of>.+?))?)\s*$"),
        verb_adverbs=regex.compile(rf"(?i)(?<!\p{{L}})(?:{alternation([*v['estimate_words'], *v['adding_words']])})"
                                   r"(?!\p{L})"),
        aspect=regex.compile(rf"(?i)[ \t]*(?:{alternation(v['aspect_words'])})[ \t]+(?P<w>[^,;.()\n]+?)"
                             rf"(?=[ \t]+(?:{compared_words}|{regex.escape(conjunctions['and'])})(?!\p{{L}})"
                             r"|[,;.()\n]|$)"),
        projection=regex.compile(rf"(?<!\p{{L}})(?:{alternation(fold(w) for w in v['projection_words'])})(?!\p{{L}})"),
        part_start=regex.compile(rf"(?i)[ \t]*(?:{parts})(?!\p{{L}})"),
        comparing_clause=regex.compile(rf"(?i),\s*(?:{alternation(v['comparing_clauses'])})(?!\p{{L}})"),
        compared=regex.compile(rf"(?i)(?:{alternation(v['comparison_openings'])})(?!\p{{L}})"),
        # A parenthesis telling a result's excess over its plan (exceedances): its opening before
        # the value, its comparison after it up to the closing bracket.
        exceedance_opening=regex.compile(rf"(?i)\(\s*(?:{alternation(v['exceedances']['words'])})\s+$"),
        exceedance=regex.compile(rf"(?i)[^()\n]{{0,20}}?(?<!\p{{L}})(?:{alternation(v['exceedances']['compared'])})\s+"
                                 rf"(?:{alternation(v['exceedances']['plans'])})(?!\p{{L}})[^()\n]*\)"),
        # A year labelling a clause of nothing else ("năm 2025 đạt 70%"), its value's deadline.
        label_year=regex.compile(rf"(?i)(?<!\p{{L}}){year}\s+((?:19|20)\d\d)(?!\d)"),
        heading_year=regex.compile(rf"(?:{alternation([year_word, *v['heading_year_words']])})\s+"
                                   rf"(?:{year}\s+)?(\d{{4}})"),
        # Words naming a length of life before a value, and verbs making its unit a multiple
        # (lifespan and multiple of data/targets.json: "Tuổi thọ … đạt 76 tuổi", "tăng 1,8 lần").
        lifespan=regex.compile(rf"(?i)(?<!\p{{L}})(?:{alternation(v['lifespan']['words'])})(?!\p{{L}})"),
        multiple=regex.compile(rf"(?i)(?<!\p{{L}})(?:{alternation(v['multiple']['verbs'])})"
                               rf"(?:\s+(?:{approximate}))*\s*$"),
        lifespan_unit=fold(v["lifespan"]["unit"]), multiple_unit=fold(v["multiple"]["unit"]),
        # Verbs of enrolment before a count in its clause make its unit ("chỉ tiêu") the places
        # to fill ("Tuyển sinh 3.500 chỉ tiêu đại học chính quy"), an aim, no aim's number.
        enrolment=regex.compile(rf"(?i)(?<!\p{{L}})(?:{alternation(v['enrolment']['verbs'])})(?!\p{{L}})"),
        enrolment_unit=fold(v["enrolment"]["unit"]),
        # A time limit in working days right after a comparator word or a word of time limits
        # (time_limits: "không quá 07 ngày làm việc", "trong vòng 02 ngày làm việc"), folded.
        time_limit_unit=fold(v["time_limits"]["unit"]),
        time_limit_before=regex.compile(
            rf"(?<!\p{{L}})(?:{alternation(fold(w) for w in [*v['time_limits']['words'], *v['prefix_comparators']])})"
            r"\s*:?\s*$"),
        time_limit_comparators={fold(w): c for w, c in v["time_limits"]["words"].items()},
        time_limit_trailing=regex.compile(
            rf"(?i)(?:\s+|^)(?:{alternation(v['time_limits']['trailing'])})\s*$"),
        enrolment_folded=regex.compile(rf"(?<!\p{{L}})(?:{alternation(fold(w) for w in v['enrolment']['verbs'])})"
                                       r"(?!\p{L})"),
        place_heads=frozenset(fold(w) for w in v["place_heads"]),
        # Ratings of a learner's or a member's results, folded ("giỏi", "khá", "xuất sắc").
        ratings=frozenset(fold(w) for w in v["rating_words"]),
        # A year a change is compared with ("giảm 10% … so với năm 2025"): the base, no deadline.
        base_year=regex.compile(rf"(?i)(?<!\p{{L}})(?:{compared_words})"
                                rf"\s+(?:{year}\s+)?\d{{4}}"),
        # A price's base year ("theo giá so sánh năm 2010"): no deadline.
        price_base=regex.compile(rf"(?i)(?<!\p{{L}})(?:{alternation(v['price_base_words'])})"
                                 rf"\s+(?:{year}\s+)?\d{{4}}"),
        # A change in a bracket right after a value, a price's base before it at most ("(tăng từ
        # 12,5 đến 13,5%/năm)", "(theo giá hiện hành, tăng …"): the words between the two values.
        bracket_change=regex.compile(rf"(?i)\s*\(\s*(?:(?:\p{{L}}+\s+)?(?:{alternation(v['price_base_words'])})\s*,\s*)?"
                                     rf"(?:{alternation(v['comparing_verbs'])})(?:\s+{regex.escape(v['from_word'])})?\s*"),
        # A conjunction or a comma left at the end of an indicator cut at the next value.
        trailing_join=regex.compile(rf"(?:\s*(?:,|{regex.escape(conjunctions['and'])}|{regex.escape(conjunctions['or'])}"
                                    r"|;|:|\(|-))+\s*$"),
        # A copula right before a value, with comparator words ("là 9 tỷ USD", "là khoảng").
        copula=regex.compile(rf"(?i)(?<!\p{{L}})(?:{alternation(v['copula_words'])})(?:\s+(?:{approximate}))*\s*$"),
        # A share verb right before a value ("chiếm 31,6%", "bằng khoảng 5%"): what follows is the whole.
        share=regex.compile(rf"(?i)(?<!\p{{L}})(?P<w>{alternation(v['share_verbs'])})(?:\s+(?:{approximate}))*\s*$"),
        # Nouns whose last word is one of those ("chứng chỉ", "địa chỉ"), at the end of the text.
        verb_nouns=regex.compile(rf"(?i)(?<!\p{{L}})(?:{alternation(v['verb_nouns'])})\s*:?\s*$"),
        # Words no indicator ends in: comparing, share and estimating words ("dự kiến là khoảng").
        trailing_verbs=regex.compile(rf"(?i)(?:^|\s)(?:{_verb_words()})\s*:?\s*$"),
        # The words since the value before in a clause that name nothing: verbs, comparator words,
        # a year or a deadline ("…, tăng", "năm 2002 tăng", ", chiếm").
        bare=regex.compile(rf"(?i)^[\s,;:()\-–]*(?:(?:(?:{_verb_words()}|{alternation(v['by_year_words'])}"
                           rf"|{alternation(v['average_words'])}|{alternation(v['lead_words'])})(?!\p{{L}})"
                           rf"|(?:{year}\s+)?\d{{4}}(?:\s*[-–]\s*\d{{4}})?(?!\d))[\s,;:()\-–]*)*$"),
        # The last words opening a part of a whole before a value ("…, trong đó nông nghiệp").
        part_opening=regex.compile(rf"(?i)(?<!\p{{L}})(?:{parts})(?!\p{{L}})[\s,:]*(?!.*(?<!\p{{L}})(?:{parts})(?!\p{{L}}))",
                                   regex.S),
        # A parenthesis opening with a word of the plan: "(kế hoạch 7,5-8%)".
        plan_opening=regex.compile(rf"(?i)^\s*(?:{alternation(v['plan_words'])})(?!\p{{L}})"),
        plan_compared=regex.compile(rf"(?i)^\s*(?:{alternation(v['plan_comparisons'])})\s+"
                                    rf"(?:{alternation(v['plan_words'])})(?!\p{{L}})"),
        conjunction_and=conjunctions["and"],
        conjunction_or=conjunctions["or"],
        # A joining word opening the words between two values ("và đến năm 2030 đạt").
        joined_opening=regex.compile(rf"(?i)(?:{regex.escape(conjunctions['and'])}|{regex.escape(conjunctions['or'])})\s+"),
        count_word=fold(v["count_word"]),
        # The count word and the phrases like it before what a count counts ("số", "số lượng"),
        # folded, as an alternation.
        count_phrases=alternation(fold(w) for w in [v["count_word"], *v["count_phrases"]]),
        count_phrase_set=frozenset(fold(w) for w in v["count_phrases"]),
        # A counted noun opening a name ("Hợp tác xã ứng dụng thương mại điện tử").
        counted_opening=regex.compile(rf"(?i)(?:{alternation(v['count_units'])})(?!\p{{L}})"),
        # A length of time a clause names before its value ("thời gian cảnh báo sớm … tăng lên tối
        # thiểu 06 giờ"), folded, and the units it is counted in.
        duration=regex.compile(rf"(?<!\p{{L}})(?:{alternation(fold(w) for w in v['durations']['words'])})(?!\p{{L}})"),
        duration_units=frozenset(fold(w) for w in v["durations"]["units"]),
        # A time word closing one of these is part of an indicator ("bình quân hằng năm"), though
        # a count's unit it cannot open (unit_stopwords).
        measures=frozenset(fold(u) for u in v["measure_units"]),
        or_more_phrases=frozenset(fold(w) for w in v["or_more_words"]),
        from_word=fold(v["from_word"]),
        every_phrases=frozenset(fold(p) for phrases in load_json("dates.json")["recurring"]["every"].values()
                                for p in phrases),
    )


def _verb_words() -> str:
    """The alternation of the words that name nothing before a value: comparator words, comparing,
    copula, share and estimating words, approximate and equivalence words."""
    v = _vocab()
    return alternation([*v["prefix_comparators"], *v["comparing_verbs"], *v["copula_words"], *v["share_verbs"],
                        *v["estimate_words"], *v["approximate_words"], *v["equivalence_words"]])


# A value right after a slash or a dash belongs to a date, a code or a range ("2021-2025"); so
# does one before a slash ("05/KH-UBND", "15/3/2026"), unless a word in lower case follows the
# slash: then the count is a rate per unit ("1 buổi/cơ sở giáo dục", "2 lượt/người").
# (On one line: a heading's year over a bulleted aim, "1. Đến hết năm 2025\n- 100% dự thảo …", is
# no range "2025 - 100".)
_RANGE_OR_CODE_BEFORE = regex.compile(r"(?:[/\-–]|\d[ \t]*[-–][ \t]*)$")
# (Nor the number of a name printed with spaces round its dash: "COVID - 19", "Covid -19".)
_CODE_NAME_BEFORE = regex.compile(r"(?<!\p{L})\p{Lu}[\p{Lu}\p{Ll}]+[ \t]*[-–][ \t]*$")
# (Nor where a power of ten and such a word follow: a rate per population, "12 máy/100 dân".)
_SLASH_AFTER = regex.compile(rf"\s*/(?!\s*(?:{_PER_POWER}[ \t]+)?\p{{Ll}})")
# A line that starts a new item: a bullet ("-", "+", "•"), a number or letter of a list ("2.",
# "1.1.", "1.1 " before a capital, "a)"), a Roman heading, a table's pipe, or nothing (a blank line).
_ITEM_START = regex.compile(rf"[ \t*]*(?:[-+•–]|\d+(?:\.\d+)*[.)]\s|{UNDOTTED_LABEL}|{DASHED_LABEL}|[a-zđ]\)"
                            rf"|[IVXLC]+\.\s|\||$)", regex.M)
# A footnote of a report printed as a line of its own under the page's text: its number, glued or
# a space apart, then a sentence in capitals ("14 Năng suất lúa cả năm ước đạt 48,1 tạ/ha…",
# "3Chất lượng tăng trưởng …"; the 2005 plan report prints 36 of them). The line before it ends a
# page's text mid-sentence or another footnote: the footnote continues neither.
_FOOTNOTE_LINE = regex.compile(r"[ \t]*\d{1,2}[ \t]?\p{Lu}\p{Ll}")
# A footnote's number in the text, glued to the word or the value it notes, a space and a stop
# after it as a PDF's text layer prints a superscript ("đạt 10,6%2 , cao nhất", "tăng21 .").
_FOOTNOTE_MARK = regex.compile(r"\d{1,2}(?=[ \t]+[,.;)])")
_FOOTNOTE_NUMBER = regex.compile(r"[ \t]*\d{1,2}[ \t]?(?=\p{Lu}\p{Ll})")
# The stops that end a clause: ";", a colon on its left, and a full stop that is no decimal point
# or abbreviation's dot ("PM2.5", "1.200", "TP.HCM"), nor a comma an OCR reading printed as a
# full stop: a sentence opens in capitals, so a full stop before a word in lower case ends none
# ("100% cấp xã. thôn, xóm, bản" of a scanned plan). A table's cell separator too, on either
# side: the cell beside is another column ("… 01 sáng kiến/mô hình/giải pháp về cải cách hành
# chính | Triển khai …"; "| 2 | Tỷ lệ phủ sóng 5G đạt 100% |": not "| 2 | Tỷ lệ …").
# A footnote run into the line of the one before, its number between a parenthesis closing the
# last and a sentence in capitals ("… hàng điện tử (1 tỷ) 5 Năm 2000, hàng qua chế biến chiếm …"),
# ends a clause too, at the space before the sentence.
_FOOTNOTE_RUN_IN = r"(?<=\)[ \t]+\d{1,2})[ \t](?=\p{Lu}\p{Ll})"
# (Dots closing a parenthesis end no clause where the sentence goes on after it: "(HACCP, ISO
# 22000, BRC...) đạt 95%"; "(mỗi ấp một nhà.) Tỷ lệ …" ends one.)
_SENTENCE_DOT = r"\.(?![\p{L}\d])(?!\.*\)(?![ \t]+\p{Lu}))(?![ \t]+\p{Ll})"
# (A colon between two digits is a scale or a time, no stop: "tỷ lệ 1:50.000".)
_LEFT_STOPS = regex.compile(r";|(?<!\d):|:(?!\d)|" + _SENTENCE_DOT + r"|\|(?=[ \t])|" + _FOOTNOTE_RUN_IN)
_RIGHT_STOPS = regex.compile(r";|" + _SENTENCE_DOT + r"|(?<=\s)\|(?=\s|$)|" + _FOOTNOTE_RUN_IN)
# A list item's label at the start of an indicator: "c) ", "2. ", "- ".
_LABEL = regex.compile(rf"^\s*(?:[-+•*]+|\d+(?:\.\d+)*[.)]|{UNDOTTED_LABEL}|{DASHED_LABEL}|[a-zđ]\))\s+")
# A parenthesis; one of more than three words in an indicator is an elaboration ("(bao gồm cả gốc
# cây dọc vỉa hè, …)"): dropped.
_PARENTHESIS = regex.compile(r"\([^()]*\)")
# A parenthesis of numbers and their signs only: "(22/22)", "(15/20 xã)" is none.
_NUMBERS_PARENTHESIS = regex.compile(r"[ \t]*\([\d.,/%\s-]+\)")
_LONG_PARENTHESIS = regex.compile(r"\s*\((?:[^()\s]+\s+){3,}[^()]*\)?")
# Words of an indicator kept (SPEC §2.1: "at most about 15 words"; 20 keeps the annotators' longer
# ones whole: 15 cut "hồ sơ … được tiếp nhận tại bộ phận một cửa" before its last words).
INDICATOR_WORDS = 20
# A product's name in a list right before a percentage (", Chlorine 70%"), and the comma or
# parenthesis closing it: a grade or a concentration.
_GRADE_BEFORE = regex.compile(r",\s*\p{Lu}[\p{L}\d-]*(?:\s+\p{Lu}[\p{L}\d-]*)?\s*$")
_GRADE_AFTER = regex.compile(r"\s*[,)]")
# Words of the name a bare bounded number is of ("VN_AQI ≥ 300"): an index's name is short.
BOUNDED_NAME_WORDS = 4
# A count of four digits from 1900 to 2099 before a noun is a year, not a count ("2030 tỉnh").
_YEAR = regex.compile(r"(?:19|20)\d\d")
# A period printed as one word ("2026-2030").
_PERIOD_WORD = regex.compile(r"(?:19|20)\d\d[-–](?:19|20)\d\d")


def _number(s: str, thousands: bool = False) -> float:
    """"7,3" → 7.3; with ``thousands`` (counts), "1.200" → 1200 and "1.250,5" → 1250.5."""
    if thousands and regex.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):
        s = s.replace(".", "")
    s = s.replace(",", ".")
    try:
        val = float(s)
    except ValueError:
        return 0.0
    return int(val) if val == int(val) else val


def _soft_break(text: str, nl: int, hard: frozenset[int] = frozenset()) -> bool:
    """Whether the line break at ``nl`` only wraps a sentence ("Tỷ lệ doanh nghiệp vừa và
    nhỏ\nđịa phương …", "Có ≥\n60% DNNVV …"): the line before ends in no stop (or in ";" before a
    line in lower case) and is no heading
    (``hard`` holds the ends of headings and the starts of sections), the line after starts no item."""
    if nl in hard or nl + 1 in hard:
        return False
    prev = text[nl - 1] if nl > 0 else "\n"
    # (A ";" before a line opening in lower case wraps a list's next part: "… năm 2003: 55%;\nnăm
    # 2004: 57%" of a PDF's text layer.)
    if prev in ".:!?|\n" or prev == ";" and not text[nl + 1:nl + 2].islower():
        return False
    return not _ITEM_START.match(text, nl + 1) and not _FOOTNOTE_LINE.match(text, nl + 1)


# The farthest a clause is followed over soft line breaks, each way: a paragraph of thousands of
# wrapped lines cost a walk over all of them for each of its values (4,000 lines: 47 s).
CLAUSE_SPAN = 1500


def _runs_on(text: str, start: int, pos: int) -> bool:
    """Whether a heading from ``start`` to ``pos`` ends in words that name nothing before a value,
    no colon ("d) Diện tích vùng nguyên liệu … đạt\n25.000 ha"): its sentence wraps onto the next
    line, which holds the value; no heading."""
    return bool(_run_on_ending().search(text[start:pos]))


@functools.cache
def _run_on_ending() -> regex.Pattern:
    """Words that name nothing before a value (:func:`_verb_words`) ending a text, a line break after."""
    return regex.compile(rf"(?i)(?:^|\s)(?:{_verb_words()})[ \t]*\n?$")


def _line_start(text: str, pos: int, lo: int, hard: frozenset[int] = frozenset()) -> int:
    """The line break before ``pos`` that starts its wrapped line (-1 or below ``lo``: none)."""
    lo = max(lo, pos - CLAUSE_SPAN)
    nl = text.rfind("\n", lo, pos)
    while nl > lo and _soft_break(text, nl, hard):
        nl = text.rfind("\n", lo, nl)
    return nl


def _line_end(text: str, pos: int, hi: int, hard: frozenset[int] = frozenset()) -> int:
    """The line break after ``pos`` that ends its wrapped line (-1: none before ``hi``)."""
    hi = min(hi, pos + CLAUSE_SPAN)
    nl = text.find("\n", pos, hi)
    while nl >= 0 and _soft_break(text, nl, hard):
        nl = text.find("\n", nl + 1, hi)
    return nl


def wrapped_line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the line that holds text[start:end] begins and ends, its soft-wrapped lines included
    ("… đạt\n95%": a value at the start of a line continues the line before); followed at most
    ``CLAUSE_SPAN`` characters each way."""
    nl = _line_start(text, start, 0)
    stop = _line_end(text, end, len(text))
    return nl + 1, (stop if stop >= 0 else min(len(text), end + CLAUSE_SPAN))


# The punctuation is looked for between the value and the nearest line break only: nothing beyond
# the line break can be nearer (a search to ``lo``/``hi`` would cost the length of the text).

def _last_stop(text: str, a: int, b: int, stops: regex.Pattern) -> int:
    """The position of the last stop in ``text[a:b]``, or -1."""
    pos = -1
    for m in stops.finditer(text, max(a, 0), b):
        pos = m.start()
    return pos


def _clause_bounds(text: str, start: int, end: int, lo: int, hi: int,
                   hard: frozenset[int] = frozenset()) -> tuple[int, int]:
    line_start = _line_start(text, start, lo, hard)
    left = max(_last_stop(text, max(lo, line_start), start, _LEFT_STOPS), line_start) + 1
    left = max(left, lo)
    # A colon right before the value (and a comparator word) labels it: "tối thiểu: 26,1%",
    # "Đến hết năm 2045: 100%". The clause runs on to the left.
    if left - 1 >= lo and text[left - 1] == ":" and len(text[left:start].split()) <= 2:
        left = max(lo, max(_last_stop(text, max(lo, line_start), left - 1, _LEFT_STOPS), line_start) + 1)
    # (A footnote's number is no part of its first clause: "15 Theo đánh giá …, tổng diện tích …".)
    footnote = _FOOTNOTE_NUMBER.match(text, left) if left == line_start + 1 else None
    if footnote and footnote.end() < start:
        left = footnote.end()
    line_end = _line_end(text, end, hi, hard)
    stop = _RIGHT_STOPS.search(text, end, hi if line_end < 0 else line_end)
    rights = [stop.start()] if stop else []
    if line_end >= 0:
        rights.append(line_end)
    right = min(rights) if rights else hi
    return left, right


def _sentence_bounds(text: str, start: int, lo: int, hi: int,
                     hard: frozenset[int] = frozenset()) -> tuple[int, int]:
    line_start = _line_start(text, start, lo, hard)
    left = max(max(text.rfind(". ", max(lo, line_start), start), line_start) + 1, lo)
    line_end = _line_end(text, start, hi, hard)
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


def _ocr_target_heading(heading: str) -> bool:
    """Whether a title of the folded heading path ``heading`` opens with a target heading's words
    compared without their marks: an OCR reading loses and swaps tones ("II. CHÍ TIỂU XÂY DỰNG XÃ
    …" for "CHỈ TIÊU"). Only at a title's start: "chi tiêu" (spending) inside a title is no aim."""
    return any(strip_marks(title).startswith(w + " ")
               for title in regex.split(r"\s*/\s*", heading) for w in vocabulary_patterns().target_heads_unmarked)


def _ends_list_join(s: str) -> bool:
    """``s`` ends in "," or " và" (the conjunction "and") and spaces: what ``regex``
    ``(?:\\s+và|,)\\s*$`` finds, without a search from the start of ``s``."""
    spaces = regex_spaces()
    s = s.rstrip(spaces)
    and_ = vocabulary_patterns().conjunction_and
    return s.endswith(",") or (s.endswith(and_) and len(s) > len(and_) and s[-len(and_) - 1] in spaces)


def _fragment(indicator: str) -> bool:
    """An indicator cut short by the next value of a list ("công chức và" in "100% công chức và
    100% viên chức được bố trí ...")."""
    return _ends_list_join(indicator) or indicator.endswith(" " + vocabulary_patterns().conjunction_or)


def _short(indicator: str) -> str:
    """The indicator's first words, without a conjunction or a function word left at its end
    ("… học tập các" → "… học tập"; "… bình quân hằng năm", "… nhiệm vụ trở lên" kept whole)."""
    words = indicator.split()[:INDICATOR_WORDS]
    rx = vocabulary_patterns()
    while len(words) > 1 and fold(words[-1].strip(",;:")) in rx.stopwords \
            and fold(" ".join(words[-2:]).strip(",;:")) not in rx.every_phrases | rx.or_more_phrases:
        words.pop()
    return rx.trailing_join.sub("", " ".join(words)).strip(" ,:;-–(")


def _head(indicator: str) -> str:
    """The first word of what an indicator counts, past function words ("các", "những"): a
    restated aim of 100% (the value most aims of a plan share, its indicator printed after it)
    counts the same thing; two aims of 100% whose words overlap may count two ("các
    khu công nghệ cao, khu công nghiệp" / "nhà đầu tư trong khu công nghệ cao, khu công nghiệp …",
    a token-set similarity of 90)."""
    stop = vocabulary_patterns().stopwords
    words = [w.strip(",;:()“”\"") for w in fold(indicator).split()]
    count_word = vocabulary_patterns().count_word
    return next((w for w in words if w and w not in stop and w != count_word), "")


def _bounded_name(pre: str) -> tuple[str, bool]:
    """The name a bare number after a sign bounds: the words right before the sign, back to a
    function word or a condition ("khi VN_AQI ≥ 300" → "VN_AQI"); and whether a condition opens it
    (then the value is a rule's threshold, not an aim)."""
    rx = vocabulary_patterns()
    name: list[str] = []
    words = pre.split()
    while words and len(name) < BOUNDED_NAME_WORDS:
        w = fold(words[-1].strip(",;:()"))
        if w in rx.stopwords or w in rx.conditions:
            break
        name.insert(0, words.pop())
    return " ".join(name), bool(words) and fold(words[-1]) in rx.conditions


def _object_of(pre: str, unit: str, rest: str) -> str | None:
    """A count as the object of a verb phrase ("Thí điểm đầu tư ứng dụng 5G, IoT … cho tối thiểu 2
    dự án trong các khu công nghệ cao …"): where the counted noun carries no words of its own (a
    place or nothing follows it), the verb phrase says what the count is of: "dự án Thí điểm đầu
    tư …". None for any other count."""
    rx = vocabulary_patterns()
    # (Past an approximate word between: "Đào tạo nghề cho khoảng 15.000 lao động/năm".)
    pre = _trim(pre)
    obj = rx.object_prep.search(pre)
    after_unit = fold(rest[len(unit):].strip()).split()
    if obj and len(pre[:obj.start()].split()) >= 3 and (not after_unit or after_unit[0] in rx.descriptors):
        return unit + " " + pre[:obj.start()]
    return None


def _activity_before(text: str, cl: int, lo: int, pre: str, unit: str, rest: str) -> str | None:
    """The activity a bare count of sessions is of: where the words before the count end in an
    organising verb ("Bảo đảm mỗi học kỳ tổ chức ít nhất 1 buổi/cơ sở giáo dục", "(đảm bảo mỗi năm
    tại mỗi trường tổ chức ít nhất 1 buổi vào tuần đầu …)") and the counted noun carries no words
    of its own (a time or a place at most), the same verb earlier in its line names what is
    organised ("Tổ chức tuyên truyền, hướng dẫn kỹ năng … cho học sinh …. Bảo đảm …"): "buổi
    tuyên truyền, hướng dẫn kỹ năng …". None for any other count. (The verb is compared without
    its marks: a scanned plan prints "tô chức".)"""
    verbs = [strip_marks(fold(w)).split() for w in _vocab()["organising_verbs"]]
    words = [strip_marks(fold(w)) for w in pre.split()]
    if not any(words[-len(v):] == v for v in verbs):
        return None
    after = fold(rest[len(unit):].strip(" ,")).split()
    if after and after[0] not in vocabulary_patterns().when_words:
        return None
    line = max(text.rfind("\n", max(lo, cl - CLAUSE_SPAN), cl) + 1, lo)
    before = text[line:cl].split()
    folded = [strip_marks(fold(w)) for w in before]
    starts = [i + len(v) for i in range(len(folded)) for v in verbs if folded[i:i + len(v)] == v]
    if not starts:
        return None
    activity = " ".join(before[max(starts):]).strip(" (.;,:")
    if len(activity.split()) < 2:
        return None
    return unit.split("/")[0].strip() + " " + activity


def _closing_parenthesis(text: str, cl: int, s: int, unit_start: int, unit: str) -> str | None:
    """A count closing a parenthesis counts what the parenthesis is about: the words before the count
    inside it ("(mỗi đơn vị 02 đại biểu)" → "mỗi đơn vị đại biểu"), else the name right before the
    parenthesis ("Lãnh đạo Cục và các phòng nghiệp vụ Cục C04 (12 đại biểu)" → "đại biểu Lãnh đạo Cục
    …"). None for any other count."""
    op = text.rfind("(", cl, s)
    if op < 0 or text.find(")", op, s) >= 0 or not regex.match(r"[ \t]*\)", text[unit_start + len(unit):]):
        return None
    rx = vocabulary_patterns()
    inside = rx.comparator_words.sub("", text[op + 1:s]).strip(" ,:;-–")
    # (The last of the parts a parenthesis lists, each with its count, is named by its own words:
    # "25 trường (mầm non 10 trường, tiểu học 8 trường, trung học cơ sở 7 trường)" → "trung học cơ
    # sở trường".)
    if _value_re().search(inside) and (cut := max(inside.rfind(","), inside.rfind(";"))) >= 0:
        part = " ".join(inside[cut + 1:].split())  # (one word too: "…, đường 7 km" → "đường km")
        return part + " " + unit if part else None
    if len(inside.split()) >= 2:
        return inside + " " + unit
    start = max(cl, text.rfind(")", cl, op) + 1)
    name = text[start:op].strip(" ,:;-–") or _line_above_bracket(text, op)
    name = regex.sub(rf"^(?:{regex.escape(rx.conjunction_and)}|{regex.escape(rx.conjunction_or)})\s+", "", name)
    # (A task opening with the counted noun is named once: "Hội nghị kết nối … (01 hội nghị)" →
    # "hội nghị kết nối …".)
    if fold(name + " ").startswith(fold(unit) + " "):
        return " ".join((unit + name[len(unit):]).split())
    return unit + " " + name if len(name.split()) >= 2 else None


def _line_above_bracket(text: str, op: int) -> str:
    """The line above a bracket opening its line, which a table's reader took for a cell of its own
    ("Hội nghị kết nối giao thương …\n(01 hội nghị)"): the task the bracket's count is of; "" if
    the bracket opens no line."""
    if text[max(0, op - 1):op] != "\n":
        return ""
    return " ".join(text[text.rfind("\n", 0, op - 1) + 1:op - 1].split())


def _spans(text: str, layout) -> list[tuple[int, int]]:
    """The parts that carry content, and a plan attached to a decision: printed after the
    decision's signature ("(Ban hành kèm theo Quyết định số …)"), it lies in the closing; else a
    table after the signature under an annex table's caption ("BIỂU CHỈ TIÊU GIAO CÁC THÔN …")."""
    spans = list(layout.content_spans())
    lo, hi = layout.closing_start, layout.closing_end
    if hi > lo:
        m = vocabulary_patterns().attached.search(text, lo, hi)
        if m and not any(a <= m.start() < b for a, b in spans):
            spans.append((m.end(), hi))
        # (So does a table after the signature, captioned as an annex's table is, "BIỂU …", where
        # no "PHỤ LỤC" opens an appendix.)
        elif (m := vocabulary_patterns().annex_caption.search(text, lo, hi)) \
                and not any(a <= m.start() < b for a, b in spans):
            spans.append((m.start(), hi))
    return spans


def _unit_key(unit: str | None) -> str:
    """A unit for telling aims apart: "%" or the folded first word of the counted thing."""
    return "%" if unit == "%" else (fold(unit).split() or [""])[0]


# A table cell holding a value alone, a comparator before it ("≥ 30", "tối thiểu 95%", "60-70%").
# (Of thousands too: "1.500-2.000".)
# (Of thousands with decimals too, "1.250,5", as export values in million USD are printed; and
# with the unit after the value, "1.250,5 triệu USD", "35 xã": up to three words; and a note in
# brackets after it holding a figure of its own, "1.500 (tăng 10%)", left unread.)
_CELL_VALUE = regex.compile(r"""^(?P<cmp>[^\d]*?)\s*
    (?P<neg>[-−–](?=\d))?                                                 # a fall: "-0,7" (%/năm)
    (?P<v>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+\.\d{1,2}(?![\d.,])|\d+(?:,\d+)?)   # the value (a point before
    # one or two digits a decimal one, "92.75%", as a page in English style prints it; before three
    # a thousands' mark)
    (?:\s*%?\s*[-–÷]\s*                                                   # a range's upper end ("70÷75")
       (?P<u>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+\.\d{1,2}(?![\d.,])|\d+(?:,\d+)?))?
    (?:/(?!(?:19|20)\d\d(?!\d))(?P<of>\d{1,3}(?:\.\d{3})+|\d+))?              # of a whole: "52/102"
    \s*(?:(?P<pct>%)|(?P<cu>\p{L}+(?:[ ]\p{L}+){0,2}))?
    (?:(?:\s|<br\s*/?>)*\((?P<note>[^()\d]*\d[^()]*)\))?                    # a note: "(tăng 10%)"
    (?:[ \t]*\(\*{0,3}\))?$      # a footnote's mark: "15.600(*)", "60(**)" (its "**" read as bold marks: "60()")
    """, regex.X)


# A footnote's mark glued to a table cell's words or figure, as legal-database pages print them:
# "Năm 2030[1]", "45[3]", "Năm 2030(*)" (the notes at the document's end).
_NOTE_MARKS = regex.compile(r"(?<=\S)(?:\[\d{1,2}\]|[ \t]?\(\*{1,3}\))")
# A cell a publisher fills with a mark for "nothing" ("-", "–", "…", "..."): an empty cell. (A unit
# column's "-" beside a name holding its unit, "Tỷ lệ che phủ rừng (%) | - | 45", was read as the
# unit "-", the name keeping its "(%)".)
_EMPTY_MARK = regex.compile(r"[-–—…. ]+")


def _cell_text(cell: str) -> str:
    """A table cell as the readers of tables of aims take it: "" for a mark of nothing, else
    without its footnote marks."""
    return "" if _EMPTY_MARK.fullmatch(cell) else _NOTE_MARKS.sub("", cell)


# A table row's name opening with a bullet: a part of the group row above it.
# The most words of a header's cell ("Tàu cá từ 15 m trở lên lắp thiết bị giám sát hành trình (%)":
# 13); a longer one is a row of prose.
_HEADER_CELL_WORDS = 16
_SUB_ROW = regex.compile(r"^[-+•]\s*")


def _cell_starts(text: str, pos: int, end: int, cells: list[str], outer_bars: bool = True) -> list[int]:
    """Where each cell of the row ``text[pos:end]`` starts, each looked for between its own
    separators (two cells alike, "45 | 45", are two places; an empty cell is where it stands)."""
    at = pos
    lead = len(text[pos:end]) - len(text[pos:end].lstrip())
    if outer_bars and text.startswith("|", pos + lead):
        at = pos + lead + 1  # (the row's opening "|", which the cells leave out)
    starts = []
    for cell in cells:
        bar = text.find("|", at, end)
        segment_end = bar if bar >= 0 else end
        found = text.find(cell, at, segment_end) if cell else -1
        starts.append(found if found >= 0 else at)
        at = segment_end + 1
    return starts


def _table_rows(text: str, lo: int, hi: int):
    """The rows of the pipe tables in ``text[lo:hi]`` ("a | b | c", as every reader writes a table
    row), a table at a time: lists of (start, end, cells, each cell's start)."""
    lines: list[tuple[int, int]] = []
    pos = lo
    while pos < hi:
        end = text.find("\n", pos, hi)
        end = hi if end < 0 else end
        line = text[pos:end]
        if " | " in line or line.strip().startswith("|"):
            lines.append((pos, end))
        elif lines and line.strip():
            yield _row_cells(text, lines)
            lines = []
        pos = end + 1
    if lines:
        yield _row_cells(text, lines)


def _row_cells(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int, list[str], list[int]]]:
    """The rows of one pipe table (its lines' spans) with their cells and each cell's start. A
    markdown table opens and closes each row with a bar ("| a | b |"); a table most of whose rows
    open with no bar is written " | " between cells only (the DOCX reader's rows, a Word export's),
    and there a bar opening or closing a row is an empty cell's: " | | | Năm 2027 | Năm 2030 | " is
    six cells, the years under the header's fourth and fifth ("Mục tiêu | "), not its third and
    fourth."""
    outer_bars = 2 * sum(text[s:e].strip().startswith("|") for s, e in lines) > len(lines)
    rows = []
    for start, end in lines:
        line = text[start:end].strip()
        cells = [c.strip(" *") for c in (line.strip("|") if outer_bars else line).split("|")]
        rows.append((start, end, cells, _cell_starts(text, start, end, cells, outer_bars)))
    return rows


def _touching_joined(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans in order, two that touch one (a table is read whole where the layout parts it:
    an appendix's table whose header cell "Kế hoạch\nnăm 2026" the layout takes for an attached
    plan's title)."""
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(spans):
        if out and out[-1][1] == lo:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


def _line_table_breaks(text: str, spans: list[tuple[int, int]]) -> frozenset[int]:
    """The line breaks inside the tables ``spans`` write one cell a line with no bars
    (:func:`_line_and_aim_tables`), header and rows: each ends a
    cell, none wraps a sentence; in a table whose cells wrap over lines
    (:func:`pipeline.tables.wrapped_line_tables`), the breaks between its cells."""
    breaks: set[int] = set()
    for lo, hi in _touching_joined(spans):
        lines, aims = _line_and_aim_tables(text, lo, hi)
        for table in (*lines, *aims):
            nl = text.find("\n", table[0][0], table[-1][1] + 1)
            while nl >= 0:
                breaks.add(nl)
                nl = text.find("\n", nl + 1, table[-1][1] + 1)
        # (A task table whose cells wrap over lines: the break after each cell, not those inside
        # one, "Đưa 100% sản phẩm OCOP 4 sao\ntrở lên lên sàn …\nSở Công Thương".)
        for table in wrapped_line_tables(text, lo, hi):
            for row in table:
                breaks.update(nl for at in row[3] if (nl := text.rfind("\n", 0, at)) >= 0)
            breaks.add(text.find("\n", table[-1][1]))
    return frozenset(breaks)


# (Read twice for each span, its line breaks and its cells: once per span, shared read-only.)
@functools.lru_cache(maxsize=16)
def _line_and_aim_tables(text: str, lo: int, hi: int
                         ) -> tuple[tuple[tuple[LineRow, ...], ...], tuple[tuple[LineRow, ...], ...]]:
    """The tables of :func:`pipeline.tables.line_tables` and of
    :func:`pipeline.tables.aim_line_tables` in ``text[lo:hi]`` (a header's side columns, "Ghi
    chú", by ``table_side_headers``), none overlapping, as tuples (read-only: shared).
    A line table whose cells lie inside an aim table opening before it, and ending no sooner, is
    that table's misreading (the last lines of a header over two rows read as a header of as many
    cells as its rows: "Kế hoạch\nnăm 2025\nGhi chú\nKế hoạch\nƯớc thực\nhiện" over "1\nTrung
    Quốc\n612\n…"): the aim table is kept; else the line table is, and no aim table overlapping it."""
    sides = vocabulary_patterns().side_headers
    aims = [tuple((start, end, tuple(cells), tuple(starts)) for start, end, cells, starts in t)
            for t in aim_line_tables(text, lo, hi, lambda c: fold(c) in sides, header_opening=_header_opening)]
    # (Nor is one whose header holds a header's opening on one line, "TT Chỉ tiêu ĐVT", read as one
    # cell: the aim table parts it.)
    lines = [t for t in line_tables(text, lo, hi)
             if not any(a[0][0] < t[0][0] and t[-1][1] <= a[-1][1] for a in aims)
             and not (aims and any(_header_opening(c) for c in t[0][2]))]
    taken = [(t[0][0], t[-1][1]) for t in lines]
    aims = [t for t in aims if not any(a <= t[0][0] <= b or t[0][0] <= a <= t[-1][1] for a, b in taken)]
    # (Where neither reads a table, the reader by rows' marks may: group rows, parts, a header over
    # two rows, comparisons left empty; and where it reads more rows of values than the aim tables
    # it overlaps, it replaces them: "Trong đó:\n-\nCông nghiệp khai khoáng" ended an aim table
    # after two rows, and the rest, under the header repeated after a page break, was read as
    # another whose first row took the next row's number for a value.)
    # (So does it a line table whose rows, as many lines each, hold a row's cells joined on one
    # line: "1\nChỉ số cải cách hành chính\n(PAR Index) của tỉnh điểm 86,4 88".)
    for table in marked_aim_tables(text, lo, hi, _marked_vocabulary()):
        marked = tuple(table)
        a, b = marked[0][0], marked[-1][1]
        crossed_lines = [t for t in lines if t[0][0] <= b and a <= t[-1][1]]
        crossed = [t for t in aims if t[0][0] <= b and a <= t[-1][1]]
        # (As many values read by it as by line tables inside it, opening after it, are its own
        # misread: "TT\nTỉnh, thành phố\nTỶ LỆ BAO PHỦ …\nNăm 2022\n…" read as a line table of six
        # lines a row from "Tỉnh, thành phố" on, the header's number cell left out and its measure
        # read as a column of names.)
        inside = bool(crossed_lines) and not crossed and all(a < t[0][0] and t[-1][1] <= b for t in crossed_lines)
        if sum(map(_values_read, crossed_lines + crossed)) < _values_read(marked) + inside:
            lines = [t for t in lines if t not in crossed_lines]
            aims = [t for t in aims if t not in crossed] + [marked]
    # (A table whose rows are years, "Năm\nDiện tích\ndừa (ha)\n…\nNăm 2026\n119.800", where no
    # other reader reads one.)
    year_headers = vocabulary_patterns().year_headers
    for table in year_row_line_tables(text, lo, hi, lambda c: fold(c) in year_headers):
        a, b = table[0][0], table[-1][1]
        if not any(t[0][0] <= b and a <= t[-1][1] for t in (*lines, *aims)):
            aims.append(tuple((start, end, tuple(cells), tuple(starts)) for start, end, cells, starts in table))
    return tuple(lines), tuple(sorted(aims))


def _values_read(table) -> int:
    """How many cells of a table's rows (the header's left out) hold a value alone."""
    return sum(1 for row in table[1:] for c in row[2] if c and is_value_cell(c))


@functools.cache
def _marked_vocabulary() -> MarkedVocabulary:
    """What the vocabulary says of a table's header cells, for :func:`marked_aim_tables`."""
    rx = vocabulary_patterns()
    return MarkedVocabulary(
        number_header=lambda c: fold(c) in rx.number_headers,
        indicator_header=lambda c: fold(c) in rx.indicator_headers,
        unit_header=lambda c: fold(c) in rx.unit_headers,
        side_header=lambda c: fold(c) in rx.side_headers,
        comparison_header=lambda c: bool(rx.comparison_header.match(fold(c)) or fold(c) in rx.side_headers),
        header_opening=_header_opening,
        unit_at_end=lambda line: (m.start() if (m := _unit_at_end().search(line)) and m.start() > 0 else None),
        caption=lambda line: bool(rx.annex_caption.match(line) or rx.annex_word.match(fold(line))),
        unit_cell=lambda line: bool(_unit_cell().fullmatch(line.strip())))


@functools.cache
def _unit_cell() -> regex.Pattern:
    """A table's unit cell alone: a unit of measure, of money or a counted noun, a magnitude before
    it or none ("m2", "nghìn tấn", "căn", "lượt khách", "%")."""
    v = _vocab()
    units = [*v['measure_units'], *v['money_words'], *v['count_units'], v['score_unit'], '%']
    return regex.compile(rf"(?i)(?:(?:{alternation(v['magnitude_words'])})\s+)?(?:{alternation(units)})")


@functools.cache
def _unit_at_end() -> regex.Pattern:
    """A unit of measure or of money ending a line, a magnitude before it or none ("nghìn m3",
    "tấn", "triệu đồng", "%")."""
    v = _vocab()
    return regex.compile(rf"(?<=\s)(?:(?:{alternation(v['magnitude_words'])})\s+)?"
                         rf"(?:{alternation([*v['measure_units'], *v['money_words'], '%'])})$")


@functools.cache
def _joined_header_opening() -> regex.Pattern:
    """A table's first header cells on one line: its number's, its indicator's and maybe its
    unit's ("TT Chỉ tiêu ĐVT", "STT Nội dung"), as a PDF's text layer joins a baseline's cells."""
    v = _vocab()
    return regex.compile(rf"(?i)(?P<number>{alternation(v['table_number_headers'])})[ \t]+"
                         rf"(?P<name>{alternation(v['table_indicator_headers'])})"
                         rf"(?:[ \t]+(?P<unit>{alternation(v['table_unit_headers'])}))?")


def _header_opening(line: str) -> list[str] | None:
    """The cells of a header's opening printed on one line (:func:`_joined_header_opening`), None
    for any other line."""
    m = _joined_header_opening().fullmatch(line.strip())
    return [g for g in (m.group("number"), m.group("name"), m.group("unit")) if g] if m else None


def _span_tables(text: str, spans: list[tuple[int, int]], issued_year: int | None = None
                 ) -> list[tuple[int, int, tuple]]:
    """The tables of :func:`_tables` in each of ``spans`` (two that touch one), read once for the
    readers of tables of aims and of task tables' scale columns: (lo, hi, the tables)."""
    return [(lo, hi, tuple(_years_as_columns(t) for t in _tables(text, lo, hi, issued_year)))
            for lo, hi in _touching_joined(spans)]


def _years_as_columns(table):
    """A table whose rows are years ("Năm" over "Năm 2026", "Năm 2027" …) with its indicators as
    rows and years as columns, as the readers of aims take them
    (:func:`pipeline.tables.years_as_columns`); any other as it is."""
    rx = vocabulary_patterns()
    turned = years_as_columns(table, lambda c: fold(c.strip(" *")) in rx.year_headers,
                              _vocab()["table_indicator_headers"][0].capitalize())
    return turned or table


def _tables(text: str, lo: int, hi: int, issued_year: int | None = None):
    """The pipe tables (:func:`_table_rows`), the tables written one cell a line with no bars
    (:func:`_line_and_aim_tables`) or a row a line with spaces between cells
    (:func:`_space_row_tables`), then the tables a legal-database page writes one cell per line
    between bar lines (pipeline/tables.py), their empty cells put back and the cells merged over
    rows filled (:func:`pipeline.tables.merged_cells_filled`), their cells' lines joined
    ("**Năm\n2030**" → "Năm 2030")."""
    for rows in _table_rows(text, lo, hi):
        yield _merged_pipe_cells_filled(rows, issued_year)
    lines, aims = _line_and_aim_tables(text, lo, hi)
    yield from lines
    yield from aims
    # (A table printed in layout mode, read by its columns, and a row a line with spaces between
    # cells where no such table holds it.)
    laid = layout_tables(text, lo, hi)
    yield from laid
    yield from (t for t in _space_row_tables(text, lo, hi)
                if not any(lt[0][0] <= t[0][0] <= lt[-1][1] or t[0][0] <= lt[0][0] <= t[-1][1] for lt in laid))
    for table in cell_tables(text, lo, hi):
        rows = []
        for row in merged_cells_filled(aligned(table), functools.partial(_spanning_rank, issued_year=issued_year)):
            cells = [" ".join(c.split()).strip(" *") for c in row.cells]
            # (A cell of one line starts where its words do: "**60**" at "60".)
            rows.append((row.start, row.end, cells,
                         [max(text.find(c, at, row.end), at) for c, at in zip(cells, row.starts)]))
        yield rows


def _merged_pipe_cells_filled(rows: list, issued_year: int | None) -> list:
    """A pipe table's rows, with the cells a converter leaves out of the rows under a merged cell
    put back (:func:`pipeline.tables.merged_cells_filled`) where a row of values is not as wide as
    its widest, its rule row ("|---|") left out: "| Kim ngạch xuất khẩu | triệu USD | 410 | … |" under
    "| 1 | Cà phê | Sản lượng xuất khẩu | tấn | 118.000 | … |", the number and the product merged
    down over it; a table whose rows are all as wide is as read."""
    body = [r for r in rows if not (rule_or_empty_row(r[2]) and any("-" in c for c in r[2]))]
    widest = max((len(r[2]) for r in body), default=0)
    # (Only where a row of values is short: a header's lower row alone, "| Đến 30/6/2026 | Đến
    # 31/12/2026 |", is read by the header rules.)
    if len(body) < 3 or not any(len(r[2]) < widest and any(is_value_cell(c) for c in r[2]) for r in body):
        return rows
    filled = merged_cells_filled([CellRow(s, e, cells, starts) for s, e, cells, starts in body],
                                 functools.partial(_spanning_rank, issued_year=issued_year))
    return [(r.start, r.end, r.cells, r.starts) for r in filled]


def _spanning_rank(cell: str, lower: list[str], issued_year: int | None = None) -> int:
    """How likely a header's upper cell is to span the ``lower`` cells under it (lower first): a
    column of the plan's ("Kế hoạch năm 2026") over places or parts, then one naming no results
    nor a whole's part (and a past year's results over places, in a report beside an earlier
    plan's column); last a column of results ("Thực hiện năm 2025"), of a part ("Trong đó: lao
    động nông thôn"), a side column ("Ghi chú") or an earlier plan's, its year before the year of
    issue ("Kế hoạch năm 2024" in a plan of 2025)."""
    rx = vocabulary_patterns()
    folded = fold(cell)
    planned, achieved = bool(rx.plan_header.search(folded)), bool(rx.achieved_header.search(folded))
    years = [int(y) for y in regex.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", folded)]
    # (Lower cells naming kinds of figures, the plan's and the estimate's, "Kế hoạch | Ước thực
    # hiện", are a year's: a bare year spans them, "Năm 2024", not a column naming its kind.)
    kinds = [fold(c) for c in lower]
    if kinds and all(rx.plan_header.fullmatch(k) or rx.achieved_header.fullmatch(k) for k in kinds):
        return 0 if years and not planned and not achieved else 2
    if planned and not achieved and issued_year is not None and years and max(years) < issued_year:
        return 2
    # (The parts' cue alone, "Trong đó" over "Lúa | Ngô | Rau, đậu", spans them; "Trong đó: lao
    # động nông thôn" is a part's own column.)
    bare_parts = _bare_parts_cue(folded, rx)
    if planned and not achieved or bare_parts:
        return 0
    if achieved or rx.parts.match(folded) or folded in rx.side_headers:
        return 1 if achieved and issued_year is not None and years and max(years) < issued_year \
            and any(rx.place_header.match(fold(c)) for c in lower) else 2
    return 1


# A table a PDF's text layer read without its layout writes a row a line, one space between cells
# (as document-sharing sites' extracts do): "TT Chỉ tiêu Đơn vị tính Năm 2024 Năm 2027 Năm 2030"
# over "1 Tỷ lệ người cao tuổi được khám sức khỏe định kỳ % 48,5 70 90".
_SPACE_WORD = regex.compile(r"\S+")
_SPACE_VALUE = regex.compile(r"(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)%?")
_SPACE_ROW_NUMBER = regex.compile(r"\d{1,3}\.?")
_SPACE_HEADER_LINES = 3  # the most lines a header wraps over
_SPACE_HEADER_OPENING = 40  # how far into its first line a header names its indicator column


def _space_heads(words: list[str], at: int, heads: frozenset[str]) -> int:
    """How many of ``words`` (folded) from ``at`` make the longest of ``heads`` (0 for none)."""
    return max((k for k in (3, 2, 1) if at + k <= len(words) and " ".join(words[at:at + k]) in heads), default=0)


def _space_value_cells(words: list[str], at: int, rx: SimpleNamespace, value_heads: frozenset[str]
                       ) -> list[tuple[int, int]] | None:
    """The header's columns of values from word ``at`` on (folded ``words``), as (first, last + 1)
    word spans: each up to a year ("Thực hiện năm 2024", "Năm 2027", "Giai đoạn 2026 - 2030"), the
    last a column of aims with no year ("Kế hoạch"); None where a part reads as neither."""
    spans: list[tuple[int, int]] = []
    first = at
    k = at
    while k < len(words):
        if _YEAR.fullmatch(words[k]) or _PERIOD_WORD.fullmatch(words[k]):
            end = k + 1
            # (A period's second year: "2026 - 2030", "2026-2030".)
            if end + 1 < len(words) and words[end] in ("-", "–") and _YEAR.fullmatch(words[end + 1]):
                end += 2
            if not rx.year_cell.match(" ".join(words[first:end])):
                return None
            spans.append((first, end))
            first = k = end
            continue
        k += 1
    if first < len(words):
        if " ".join(words[first:]) not in value_heads:
            return None
        spans.append((first, len(words)))
    return spans or None


def _space_header(text: str, start: int, end: int):
    """The header of a table written a row a line with spaces between cells, in ``text[start:end]``
    (one to three lines): a numbering column, an indicator column and a unit column (the first and
    the last may lack), then columns of values (years, or aims with no year); as (cells, each cell's start,
    whether it has a numbering column, whether it has a unit column), or None."""
    rx = vocabulary_patterns()
    found = list(_SPACE_WORD.finditer(text, start, end))
    words = [fold(m.group()) for m in found]
    at = 0
    spans: list[tuple[int, int]] = []  # the label columns' word spans
    numbered = bool(k := _space_heads(words, 0, rx.number_headers))
    if numbered:
        spans.append((0, k))
        at = k
    # (An indicator column always: the rows' names stand under it.)
    if not (k := _space_heads(words, at, rx.indicator_headers)):
        return None
    spans.append((at, at + k))
    at += k
    unit = bool(k := _space_heads(words, at, rx.unit_headers))
    if unit:
        spans.append((at, at + k))
        at += k
    if at == len(words):
        return None
    values = _space_value_cells(words, at, rx, rx.value_headers)
    if values is None:
        return None
    cells = [" ".join(m.group() for m in found[a:b]) for a, b in spans + values]
    return cells, [found[a].start() for a, _b in spans + values], numbered, unit


def _space_unit(words: list[str], rx_units: frozenset[str]) -> int:
    """How many of the last ``words`` (as printed) are the unit of a row written with spaces between
    cells: "%", the longest unit of count_units or measure_units, or the counted thing repeated ("Số
    câu lạc bộ chăm sóc … câu lạc bộ"); 0 for none."""
    folded = [fold(w) for w in words]
    if folded and folded[-1] == "%":
        return 1
    for k in (4, 3, 2, 1):
        if len(folded) > k + 1 and " ".join(folded[-k:]) in rx_units:
            return k
    count_word = fold(_vocab()["count_word"])
    if len(folded) > 2 and folded[0] == count_word:
        for k in (4, 3, 2, 1):
            if len(folded) > 2 * k + 1 and folded[-k:] == folded[1:1 + k]:
                return k
    return 0


def _space_row(text: str, start: int, end: int, numbered: bool, unit: bool, n_values: int,
               units: frozenset[str]) -> tuple[list[str], list[int]] | None:
    """A row of such a table, read from its end: ``n_values`` values (a "-" an empty one), the unit
    before them where the header has a unit column, the row's number at its start where it has a
    numbering column, the indicator between (two words at least); as (cells, each cell's start)."""
    found = list(_SPACE_WORD.finditer(text, start, end))
    if len(found) < n_values + 2 or "|" in text[start:end]:
        return None
    tail = found[-n_values:]
    if not all(_SPACE_VALUE.fullmatch(m.group()) or _EMPTY_MARK.fullmatch(m.group()) for m in tail) \
            or not any(_SPACE_VALUE.fullmatch(m.group()) for m in tail):
        return None
    body = found[:-n_values]
    cells: list[str] = []
    starts: list[int] = []
    if numbered:
        if not _SPACE_ROW_NUMBER.fullmatch(body[0].group()):
            return None
        cells.append(body[0].group())
        starts.append(body[0].start())
        body = body[1:]
    k = _space_unit([m.group() for m in body], units) if unit else 0
    if unit and not k:
        return None
    name = body[:len(body) - k]
    # (A name ending in a value is no row's: its values are not the columns'.)
    if len(name) < 2 or sum(bool(regex.search(r"\p{L}", m.group())) for m in name) < 2 \
            or _SPACE_VALUE.fullmatch(name[-1].group()):
        return None
    cells.append(text[name[0].start():name[-1].end()])
    starts.append(name[0].start())
    if unit:
        cells.append(text[body[-k].start():body[-1].end()])
        starts.append(body[-k].start())
    cells += [m.group() for m in tail]
    starts += [m.start() for m in tail]
    return cells, starts


def _space_row_tables(text: str, lo: int, hi: int):
    """The tables in ``text[lo:hi]`` written a row a line with spaces between cells (a PDF's text
    layer read without its layout): a header line (or two or three) naming an indicator or a unit
    column and columns of values (:func:`_space_header`), then the rows under it whose trailing
    words are all values, one per column (:func:`_space_row`), up to the first line that is none;
    as the rows of a pipe table (start, end, cells, each cell's start)."""
    rx = vocabulary_patterns()
    units, heads = rx.row_units, rx.indicator_headers
    # (Each line's words: where they start and end.)
    lines = [(s + len(ln) - len(ln.lstrip()), s + len(ln.rstrip())) for s, _e, ln in lines_of(text, lo, hi)
             if ln.strip()]
    i = 0
    while i < len(lines):
        # (A header names its indicator column on its first line, after the numbering column at
        # most: the other lines are passed over unread, as most of every text's are.)
        opening = fold(text[lines[i][0]:min(lines[i][1], lines[i][0] + _SPACE_HEADER_OPENING)])
        if not any(h in opening for h in heads):
            i += 1
            continue
        header = None
        for k in range(1, _SPACE_HEADER_LINES + 1):
            if i + k > len(lines) or "|" in text[lines[i][0]:lines[i + k - 1][1]]:
                break
            if header := _space_header(text, lines[i][0], lines[i + k - 1][1]):
                break
        if header is None:
            i += 1
            continue
        cells, starts, numbered, unit = header
        n_values = len(cells) - int(numbered) - 1 - int(unit)
        rows = [(lines[i][0], lines[i + k - 1][1], cells, starts)]
        j = i + k
        while j < len(lines) and (row := _space_row(text, *lines[j], numbered, unit, n_values, units)):
            rows.append((lines[j][0], lines[j][1], *row))
            j += 1
        if len(rows) > 1:
            yield rows
        i = j if len(rows) > 1 else i + 1


class _Column(NamedTuple):
    """A table's column of values: its year (the deadline, or None), its kind ("target",
    "achieved", or "plain": told by the section holding the cell), the unit its header names, the
    aim its header names for each row's place ("Số xã đạt chuẩn NTM", read before the row's name),
    and the place it holds the aims of ("Huyện Mai Sơn", read after the row's indicator), and the
    scope of its aims where the header tells it."""
    year: str | None
    kind: str
    unit: str | None = None
    aim: str | None = None
    place: str | None = None
    scope: str | None = None  # "term": a rate over the plan's period ("Tốc độ tăng bình quân 2026 - 2030")


# A period of years ("2026 - 2030").
_PERIOD = regex.compile(r"(?<!\d)(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d(?!\d)")


def _printed(cells: list[str] | None, i: int, folded: str, words: int) -> str:
    """The first ``words`` words of cell ``i`` as printed (of ``cells``), else of its folded text."""
    return " ".join((cells[i] if cells and i < len(cells) else folded).split()[:words])


def _header_unit(cells: list[str] | None, i: int, named: regex.Match | None) -> str | None:
    """The unit a header cell names in brackets at its end ("Kim ngạch (triệu USD)"), as printed
    where the row as printed (``cells``) is known, else as ``named`` (of the folded cell) holds it."""
    if named is None:
        return None
    printed = vocabulary_patterns().named_unit.search(cells[i]) if cells and i < len(cells) else None
    return (printed or named).group(1)


def _year_column_kind(m: regex.Match, issued_year: int | None, rx: SimpleNamespace) -> str:
    """The kind of a column of a year (a match with its words before the year, ``pre``, and the
    ``year``): "achieved" after a word of results ("ƯTH năm 2025") or for a year before the year
    of issue with no word of the plan; "target" after a word of the plan ("Kế hoạch năm 2025");
    else "plain" ("Năm 2022": results where a section of the situation holds the table, aims
    elsewhere)."""
    pre = m.group("pre")
    if bool(pre and rx.achieved_header.match(pre)) or (
            issued_year is not None and int(m.group("year")) < issued_year and not rx.plan_header.search(pre)):
        return "achieved"
    return "target" if rx.plan_header.search(pre) else "plain"


def _table_header(folded: list[str], issued_year: int | None = None, cells: list[str] | None = None,
                  aims_caption: bool = False, spanned: bool = False, caption_year: str | None = None):
    """A targets table's header row: the columns of values (index → (year or None, kind)), the
    unit column and the indicator column; None for any other row. Columns of values are years
    ("Năm 2025", "Mục tiêu đến 2030", "ƯTH năm 2025": achieved) in all the row's cells but at
    most three labels ("TT | Chỉ tiêu | ĐVT | Năm 2025 | Năm 2030"), or, with no year, the column
    of aims beside an indicator column ("Nội dung | Đơn vị tính | Chỉ tiêu": the year of a group
    row above the rows, "I | Đến năm 2025", is their deadline).
    More labels are allowed where the header names both an indicator and a unit column and a
    column of years says it holds the plan's aims ("TT | Chỉ tiêu | ĐVT | Thực hiện năm 2020 | Kế
    hoạch năm 2025 | Tốc độ tăng bình quân (%)"): the header itself says it is a table of aims (a
    report's table of years, "Chỉ tiêu | ĐVT | Năm 2021 | … | Ghi chú", says nothing of the kind).
    A column of a year alone before the year the document is issued ("Năm 2022" in a plan of 2024)
    holds results of the past: achieved.
    A column of an aim by a year, a count's or a ratio's name and the plan's year in its header
    ("Huyện | Số xã đạt chuẩn NTM đến 2025"), holds that aim for each row's name (of ``cells``, the
    row as printed): the name is the column's ``aim`` (:class:`_Column`)."""
    v = _vocab()
    rx = vocabulary_patterns()
    unit_heads, indicator_heads, value_heads = rx.unit_headers, rx.indicator_headers, rx.value_headers
    columns: dict[int, _Column] = {}
    planned = False  # a column of years the header calls the plan's ("Kế hoạch năm 2025")
    measures_by_year: list[int] = []  # columns of a measure by a year ("Kim ngạch năm 2024")
    derived: list[int] = []  # columns comparing past years ("Tốc độ tăng bình quân 2021 - 2025 (%)")
    folded, cells = _years_last(folded, cells, rx)
    # (A measure's name over two years or more is a header of two rows merged, read as
    # ``spanned``: "Tỷ trọng trong tổng kim ngạch xuất khẩu (%)" over "Ước thực hiện năm 2025 |
    # Năm 2027 | Năm 2030", a page's header printed one cell a line, its rows merged as one.)
    spanning_names = Counter(mm.group("name") for c in folded
                             if (mm := rx.measure_year_cell.match(_without_named_unit(c, rx))))
    for i, c in enumerate(folded):
        # The unit a column's header names after its year ("Kế hoạch năm 2026 (%)").
        named = rx.named_unit.search(c)
        # (A bracket calling the year's column an estimate is no unit: "Năm 2025 (ước)" holds the
        # results the year is estimated to reach, achieved.)
        estimate = bool(named and rx.estimate_bracket.fullmatch(named.group(1)))
        # (Nor is a bracket naming the whole area the column's figures are of: "Ước thực hiện năm
        # 2025 (toàn tỉnh)".)
        if estimate or named and named.group(1) in rx.whole_places:
            c, named = c[:named.start()], None
        elif named and (bracket := _LAST_BRACKET.search(c, 0, named.start())) \
                and rx.estimate_bracket.fullmatch(bracket.group(1).strip()):
            # (Or the bracket before the unit's: "Thể tích bể nuôi Năm 2025 (ước) (m³)", a measure's
            # unit over its years, the year's own bracket under it.)
            estimate = True
            c = c[:bracket.start()] + c[named.start():]
            named = rx.named_unit.search(c)
        bare = c[:named.start()] if named else c  # (the cell before its unit)
        ym = rx.year_cell.match(bare)
        if ym:
            kind = "achieved" if estimate else _year_column_kind(ym, issued_year, rx)
            planned = planned or kind == "target"
            columns[i] = _Column(ym.group("year"), kind, _header_unit(cells, i, named))
        elif am := rx.aim_column.match(bare):
            name = _printed(cells, i, c, len(am.group("name").split()))
            columns[i] = _Column(am.group("year"), "target", _header_unit(cells, i, named), name)
        elif sm := rx.status_column.match(bare):
            name = _printed(cells, i, c, len(sm.group("name").split()))
            columns[i] = _Column(None, "achieved", _header_unit(cells, i, named), name)
        elif (mm := rx.measure_year_cell.match(bare)) and not rx.budget.search(c) \
                and (aims_caption or spanned or spanning_names[mm.group("name")] >= 2
                     or rx.average_growth_header.match(c) and _PERIOD.search(c)
                     or rx.plan_header.search(mm.group("pre"))
                     or rx.aim_name_opening.match(mm.group("name"))
                     or rx.achieved_header.search(mm.group("pre"))):
            # A measure's column by a year, its kind as a year's ("Kim ngạch năm 2024 (triệu USD)"
            # in a plan of 2025: results; "Kim ngạch kế hoạch năm 2025": aims): the measure's
            # name goes before each row's ("Kim ngạch Gạo"). Only under a caption naming aims, as
            # a measure's column with no year: a list of projects, "Vốn năm 2026 (triệu đồng)",
            # is no table of aims; or with the plan's word or a word of results before its year
            # ("Trị giá kế hoạch năm 2025", "Lượng ước thực hiện năm 2024": a year merged over its
            # measures), or in a header of two rows merged (``spanned``: "Kim ngạch xuất khẩu
            # (triệu USD)" over "Năm 2025 | Năm 2030").
            # (Or a measure named as the plan's aim: "TT | | Mục tiêu tăng trưởng GRDP 2025 (%)"
            # over "19 | Lạng Sơn | 8,0".)
            # (A rate of growth or a comparison over a period: the plan's aim over its own term
            # where the period ends after the year of issue, "Tốc độ tăng bình quân 2026 - 2030
            # (%)" in a plan of 2025, its scope the term; a report's comparison of past years,
            # "Tốc độ tăng bình quân 2021 - 2025 (%)", "So sánh năm 2025", is derived: unread.)
            # (An average growth over a period is one too, however abbreviated: "Tăng BQ giai đoạn
            # 2026 - 2030 (%/năm)".)
            compared = bool(rx.comparison_header.match(c) or rx.average_growth_header.match(c))
            if compared and issued_year is not None and int(mm.group("year")) <= issued_year:
                derived.append(i)  # (no label making the table a report's either)
                continue
            name = _printed(cells, i, c, len(mm.group("name").split()))
            columns[i] = _Column(mm.group("year"), "achieved" if estimate else _year_column_kind(mm, issued_year, rx),
                                 _header_unit(cells, i, named), name,
                                 scope="term" if compared and _PERIOD.search(c) else None)
            planned = planned or columns[i].kind == "target" and bool(rx.plan_header.search(mm.group("pre")))
            measures_by_year.append(i)
    # (A school year's column beside a later one, the school year begun before the year of issue,
    # holds the past year's results: "Năm học 2024-2025 | Năm học 2025-2026" in a plan of 2025; a
    # school year alone is the plan's own, "Năm học 2024-2025" in a plan of February 2025.)
    school_years = {i: int(sm.group(1)) for i, c in enumerate(folded) if i in columns
                    and (sm := rx.school_year_cell.match(c))}
    if issued_year is not None:
        for i, start in school_years.items():
            if columns[i].kind == "plain" and start < issued_year \
                    and any(int(columns[j].year or 0) > int(columns[i].year or 0) for j in school_years):
                columns[i] = columns[i]._replace(kind="achieved")
    measured_years = {i: columns[i].year for i in measures_by_year}
    _measures_by_year_kept(columns, measures_by_year, issued_year, spanned, caption_year)
    _measures_beside_kept(columns, measures_by_year, derived, folded, cells, rx)
    if not columns and aims_caption and not any(_CELL_VALUE.match(c) for c in folded):
        # Columns of one measure each for each row's place, no year ("Xã | Tỷ lệ hộ nghèo giảm (%)
        # | Số hộ thoát nghèo (hộ)"): plain columns, as "Năm 2025" is, where the table's caption
        # names aims ("CHỈ TIÊU GIẢM NGHÈO GIAO CHO CÁC XÃ"; a list of monitoring points with the
        # samples taken at each, "Số mẫu (mẫu)", is the parameters of a task). (Beside columns of
        # years, a measure's column compares them: "So sánh (%)". A row holding a value is none's
        # header: "1 | Tỷ lệ TTHC công bố đúng hạn | 71,96%".)
        for i, c in enumerate(folded):
            named = rx.named_unit.search(c)
            if i and _measure_header(c, named, rx):
                name = _printed(cells, i, c, len(_without_named_unit(c, rx).split()))
                # (A measure's year stays its column's: "Tỷ lệ hộ nghèo cuối năm 2026 (%)".)
                columns[i] = _Column(measured_years.get(i), "plain", _header_unit(cells, i, named), name)
    unit_col = next((i for i, c in enumerate(folded) if c in unit_heads), None)
    # (Beside columns of aims by name, "Đơn vị" heads the names of the units the aims are set for,
    # "Đơn vị | Số xã đạt chuẩn NTM đến 2025": no unit column.)
    # ("ĐVT", "Đơn vị tính" always head units.)
    if any(col.aim for col in columns.values()) and unit_col is not None \
            and folded[unit_col] == fold(v["table_unit_headers"][-1]):
        unit_col = None
    indicator_col = next((i for i, c in enumerate(folded) if c in indicator_heads), None)
    if not columns and indicator_col is not None and unit_col is not None:
        # A column for each place after the indicator and its unit ("Chỉ tiêu | ĐVT | Toàn tỉnh |
        # Huyện Mai Sơn | Huyện Yên Châu"): the aims set for each.
        after = [i for i, c in enumerate(folded) if i > max(indicator_col, unit_col) and c]
        places = [i for i in after if rx.place_header.match(folded[i])]
        if places and len(places) >= len(after) - 1:
            return {i: _Column(None, "plain", place=_printed(cells, i, folded[i], len(folded[i].split())))
                    for i in places}, unit_col, indicator_col
    if not columns and len(labels := [i for i, c in enumerate(folded) if c]) >= 3 \
            and all(folded[i] in rx.ratings for i in labels[1:]):
        # A column for each rating after the rows' names ("Xếp loại | Giỏi | Khá | Đạt | Chưa
        # đạt" over "Học lực | 30% | 50% | 19% | 1%"): the share of each, named after the row's
        # name ("Học lực Giỏi"). (Its rows were read as prose, each named by the cells before it.)
        return {i: _Column(None, "plain", place=_printed(cells, i, folded[i], len(folded[i].split())))
                for i in labels[1:]}, None, labels[0]
    # A column of notes or of the bodies in charge ("Ghi chú", "Cơ quan chủ trì") is no label where
    # the header names an indicator column, a unit (a unit column or a column's own, "Năm 2030
    # (%)") and a column of aims ahead (the plan's word, or a year from the year of issue on):
    # "TT | Chỉ tiêu | ĐVT | Năm 2025 | Năm 2030 | Ghi chú" is the table of aims "TT | Chỉ tiêu | ĐVT
    # | Năm 2025 | Năm 2030" with a column more, which left it at 4 labels beside 2 years. (A
    # report's "STT | Chỉ tiêu | ĐVT | Năm 2020 | … | Ghi chú" of past years only, and a task table
    # with no indicator column, "TT | Nhiệm vụ | Cơ quan chủ trì | Năm 2025 | Ghi chú", still count
    # theirs.)
    side = rx.side_headers
    ahead = any(col.kind == "target" or col.kind == "plain" and issued_year is not None
                for col in columns.values())
    measured = unit_col is not None or any(col.unit for col in columns.values())
    # (So is a column of completion times, "Thời điểm hoàn thành phủ sóng", beside columns of aims by
    # name, whose rows name the places they are set for: "STT | Khu công nghiệp | Diện tích quy
    # hoạch (ha) | Số trạm 5G đến năm 2027 (trạm) | Số trạm 5G đến năm 2030 (trạm) | Thời điểm hoàn
    # thành phủ sóng".)
    # (Nor is the rows' number, there: a column of groups merged down over their rows beside the
    # indicator's, "TT | Lĩnh vực | Chỉ tiêu | ĐVT | Năm 2026", leaves three labels.)
    if ahead and measured and (indicator_col is not None or any(col.aim for col in columns.values())):
        labelled = len([c for c in folded if c and c not in side and not any(c.startswith(w + " ") for w in side)
                        and not (indicator_col is not None and rx.number_header.match(c))])
    else:
        labelled = len([c for c in folded if c])
    if planned and indicator_col is not None:
        # (Nor is a column comparing the years' values, beside an indicator column and a column of
        # the plan's aims: "STT | Chỉ tiêu | Thực hiện năm 2023 | … | Kế hoạch năm 2025 | So sánh
        # KH/ƯTH (%) | Mục tiêu năm 2030 | Tốc độ tăng bình quân 2026-2030 (%/năm)", each row's
        # unit in its name.)
        labelled -= sum(1 for i, c in enumerate(folded) if i not in columns and i not in derived
                        and rx.comparison_header.match(c))
    labelled -= len(derived)
    if columns and (len(columns) >= labelled - 3
                    or planned and unit_col is not None and indicator_col is not None):
        if indicator_col is None:
            # The rows' names: the first labelled column that is no number, value or unit column
            # ("TT | Mặt hàng | ĐVT | Năm 2025": "Gạo", a name of one word).
            indicator_col = next((i for i, c in enumerate(folded) if c and i not in columns and i != unit_col
                                  and not rx.number_header.match(c)), None)
        return _without_past_plans(columns, issued_year), unit_col, indicator_col
    if columns or indicator_col is None:
        return None
    aims = [i for i, c in enumerate(folded) if c in value_heads and i != indicator_col]
    if not aims:
        return None
    return {aims[-1]: _Column(None, "target")}, unit_col, indicator_col


def _without_named_unit(cell: str, rx: SimpleNamespace) -> str:
    """A folded header cell before the unit it names ("kim ngạch năm 2025" of "kim ngạch năm 2025
    (triệu usd)")."""
    named = rx.named_unit.search(cell)
    return cell[:named.start()] if named else cell


# A header cell's last bracket before a point ("năm 2025 (ước)" of "… năm 2025 (ước) (m³)").
_LAST_BRACKET = regex.compile(r"\s*\(([^()]*)\)\s*$")


def _years_last(folded: list[str], cells: list[str] | None, rx: SimpleNamespace
                ) -> tuple[list[str], list[str] | None]:
    """A header's cells (folded, and as printed where known) with a measure's column printed year
    first ("Năm 2025 Lượng (tấn)", "Kế hoạch năm 2026 Số lượng": a year merged over its measures,
    :func:`_measure_header`; "Hộ nghèo đầu năm 2026 Số hộ": a measure by its year over its parts)
    written measure first, as such a column is ("Lượng Năm 2025 (tấn)"): its year then heads it and
    the measure names it."""
    out, printed = list(folded), list(cells) if cells is not None else None
    for i, c in enumerate(folded):
        named = rx.named_unit.search(c)
        body = c[:named.start()] if named else c
        m = rx.year_first_cell.match(body.strip())
        # (A measure's: a count ("Số lượng"), a ratio or a unit in brackets; "Kế hoạch năm 2026 Toàn
        # tỉnh", a place under the plan's year, stays as it is.)
        if m is None or not (_measure_header(c[m.start("name"):].strip(), named, rx)
                             or m.group("name").strip() in rx.count_phrase_set
                             or rx.number_of.fullmatch(m.group("name").strip())):
            continue
        k = len(m.group("when").split())
        # (A bare count's part names its unit: "số hộ" → "(hộ)", not the words of the measure after.)
        counted = None if named else _bare_count_unit(m.group("name").strip(), rx)
        out[i] = f"{m.group('name').strip()} {m.group('when')}" + (c[named.start():] if named else "") \
            + (f" ({counted})" if counted else "")
        if printed is not None and i < len(printed):
            p_named = rx.named_unit.search(printed[i])
            words = (printed[i][:p_named.start()] if p_named else printed[i]).split()
            printed[i] = " ".join(words[k:] + words[:k]) + (printed[i][p_named.start():] if p_named else "")
    return out, printed


def _measures_by_year_kept(columns: dict[int, _Column], measures_by_year: list[int],
                           issued_year: int | None, spanned: bool = False, caption_year: str | None = None) -> None:
    """The columns of a measure by a year (``measures_by_year``) of a header's ``columns``, kept
    in place: a measure's year that a column of results holds too holds results ("Ước thực hiện
    năm 2025 | … | Năm 2025"); with no word of the plan or of results, they hold aims beside a
    year's column only ("Số hộ nghèo năm 2022 | Số hộ nghèo năm 2023" is a report's table), or
    where they are several and their year is after the year of issue, none of a report's ("Kim
    ngạch xuất khẩu Năm 2028 (Triệu USD)" … "Năm 2030" in a plan of 2025; one alone beside
    measures with no year, "Xã | Tỷ lệ hộ nghèo cuối năm 2025 (%) | Tỷ lệ dân số tham gia BHYT
    (%)", is read with them as a place's measures). Under a year's cell spanning its measures
    (``spanned``: "Năm 2026" over "Số lượng | Tỷ lệ (%)"), the year of issue is the plan's own, an
    aim's (a report gives the years before it). Where the year of issue is unknown, the columns of
    one measure all, over two years or more (a header of two rows flattened), hold aims where the
    caption names aims over a period ending in their last year (``caption_year``: "Chỉ tiêu bao phủ
    bảo hiểm y tế giai đoạn 2022 – 2025 cho các tỉnh thành" over "Tỷ lệ bao phủ … Năm 2022 | … | Năm
    2025"; "Các chỉ tiêu chủ yếu như sau:" over "Số hộ nghèo năm 2022 | Số hộ nghèo năm 2023"
    tells no period: a report's table, as ever)."""
    done = {col.year for col in columns.values() if col.kind == "achieved"}
    for i in measures_by_year:
        if columns[i].kind == "plain" and columns[i].year in done:
            columns[i] = columns[i]._replace(kind="achieved")
    if not any(col.kind == "target" or i not in measures_by_year for i, col in columns.items()):
        told = issued_year is None and len(measures_by_year) >= 2 \
            and len({columns[i].aim for i in measures_by_year}) == 1 \
            and caption_year == max(columns[i].year or "" for i in measures_by_year)
        # (A measure named as an aim, alone, stays: "Mục tiêu tăng trưởng GRDP 2025 (%)".)
        named_aim = len(measures_by_year) == 1 \
            and vocabulary_patterns().aim_name_opening.match(fold(columns[measures_by_year[0]].aim or ""))
        for i in measures_by_year:
            if columns[i].kind == "plain" and not told and not named_aim and (
                    issued_year is None or len(measures_by_year) < 2
                    or int(columns[i].year or 0) < issued_year + (not spanned)):
                del columns[i]


# A year as a number alone (in a header's cell, folded or as printed; in the words after a value).
_YEAR_NUMBER = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _measures_beside_kept(columns: dict[int, _Column], measures_by_year: list[int], derived: list[int],
                          folded: list[str], cells: list[str] | None, rx: SimpleNamespace) -> None:
    """The columns of a measure with no year added to a header's ``columns`` where those are all of
    measures by one year, aims (:func:`_measures_by_year_kept` kept them): "Xã, phường | Tỷ lệ hộ
    nghèo cuối năm 2026 (%) | Số hộ thoát nghèo năm 2026 (hộ) | Tỷ lệ dân số tham gia bảo hiểm y
    tế (%)" sets the third for each place too, by that year."""
    if not columns or any(i not in measures_by_year for i in columns) \
            or len({(col.year, col.kind) for col in columns.values()}) != 1:
        return
    year, kind = next(iter(columns.values()))[:2]
    if kind == "achieved":
        return
    for i, c in enumerate(folded):
        named = rx.named_unit.search(c)
        if i and i not in columns and i not in derived and not _YEAR_NUMBER.search(c) \
                and _measure_header(c, named, rx):
            name = _printed(cells, i, c, len((c[:named.start()] if named else c).split()))
            columns[i] = _Column(year, kind, _header_unit(cells, i, named), name)


def _without_past_plans(columns: dict[int, _Column], issued_year: int | None) -> dict[int, _Column]:
    """The columns but those of the plan's word for a year beside a column of that year's results
    and before the year of issue or a later column of aims ("Năm 2024: Kế hoạch | Ước thực hiện"
    in a plan of 2025, or beside "Kế hoạch năm 2025" or "Năm 2025" in a plan issued in December
    2024): the aims an earlier plan set, neither this plan's aims nor results (SPEC §2.1)."""
    done = {col.year for col in columns.values() if col.kind == "achieved"}
    # (A later column of a year alone, "Năm 2026", holds aims as much as "Kế hoạch năm 2026".)
    planned_years = [int(col.year) for col in columns.values() if col.kind in ("target", "plain") and col.year]
    later = max(planned_years, default=0)
    return {i: col for i, col in columns.items()
            if not (col.kind == "target" and col.year in done and col.aim is None
                    and (issued_year is not None and int(col.year or 0) < issued_year or int(col.year or 0) < later))}


def _measure_header(folded: str, named: regex.Match | None, rx: SimpleNamespace) -> bool:
    """Whether a header cell (folded) heads a column of one measure, no year: it names a count or
    a ratio ("Số hộ thoát nghèo", "Tỷ lệ hộ nghèo giảm") or ends in its unit in brackets ("Diện
    tích trồng rừng (ha)", "(%)"; a unit with a letter or "%", not a column's number "(1)"), and
    no budget ("Kinh phí (triệu đồng)": money a plan spends is no aim, SPEC §2.1)."""
    if rx.budget.search(folded):
        return False
    if named and regex.search(r"[\p{L}%‰]", named.group(1)):
        return bool(folded[:named.start()].strip())
    return bool(rx.measure_header.match(folded))


def _years_under_group(upper: list[str], lower: list[str], rx: SimpleNamespace) -> list[str] | None:
    """A header written over two rows, the years under a cell that spans them ("STT | Sản phẩm |
    ĐVT | Kế hoạch giai đoạn 2026 - 2030" over "2026 | 2027 | … | 2030"): the labels of the upper
    row before its last cell, then the years (None where the lower row is not a row of two or more
    years and nothing else)."""
    years = [c for c in lower if c]
    # (A year's estimate keeps its bracket: "Năm 2025 (ước)" beside "Năm 2027 | Năm 2030".)
    if len(years) < 2 or not all(rx.year_cell.match(_without_estimate(c, rx)) for c in years):
        return None
    return _merged_in_place(upper, lower, rx) or _under_spanning_cell(upper, years, rx.side_headers)


def _without_estimate(cell: str, rx: SimpleNamespace) -> str:
    """A header cell without the bracket closing it where the bracket says the column holds an
    estimate ("năm 2025 (ước)" → "năm 2025"; estimate_brackets)."""
    bracket = regex.search(r"\s*\(([^()]*)\)\s*$", cell)
    return cell[:bracket.start()] if bracket and rx.estimate_bracket.search(bracket.group(0)) else cell


def _merged_in_place(upper: list[str], lower: list[str], rx: SimpleNamespace) -> list[str] | None:
    """A header of two rows whose lower row keeps its cells' places ("| TT | Chỉ tiêu | ĐVT | Kế
    hoạch | | Ghi chú |" over "| | | | 2025 | 2030 | |"): the upper row, each cell over a year
    replaced by it, the words of the cell spanning it (the nearest upper cell at or before its
    place) before the year where they make a year's header ("Kế hoạch 2025": the plan's aims; "Ước
    thực hiện 2024": results). The years must stand in a run of places (but for a column an upper
    cell heads alone), the first under a cell with words and no year; else None. (A cell spanning
    the years that is not the row's last, a "Ghi chú" after it, was read as the last label's, and a
    converter repeating a merged cell's text, "Kế hoạch | Kế hoạch", as two labels: 0 of 8 aims of
    such a table kept their years.)"""
    at = [i for i, c in enumerate(lower) if c]
    # (The lower row as wide as the upper's labels reach and its first places empty: the places are
    # its cells' own, not those of a row of one cell per line whose empty cells were left out,
    # "2026 | 2027" under "STT | Sản phẩm | …".)
    # (A gap in the run is a column the upper cell heads alone, down to the values: "Tăng trưởng
    # bình quân 2026 - 2030 (%/năm)" between "Kim ngạch (triệu USD)" and "Tỷ trọng (%)", each over
    # its years.)
    reach = max((i + 1 for i, c in enumerate(upper) if c), default=0)
    if not at or at[0] == 0 or len(lower) < reach or at[-1] >= len(upper) \
            or any(not upper[i] for i in range(at[0], at[-1] + 1) if i not in at):
        return None
    if not upper[at[0]] or any(rx.year_cell.match(upper[i]) for i in at):
        return None
    out, owner = list(upper), ""
    for i in at:
        owner = upper[i] or owner
        # (A measure with its unit spanning the years keeps its name and unit: "Kim ngạch xuất
        # khẩu (triệu USD)" over "Năm 2025" → "kim ngạch xuất khẩu năm 2025 (triệu usd)", a
        # measure's column by a year.)
        named = rx.named_unit.search(owner)
        if named and not regex.search(r"\d", owner[:named.start()]) and _measure_header(owner, named, rx):
            out[i] = f"{owner[:named.start()].strip()} {lower[i]} ({named.group(1)})"
            continue
        joined = f"{owner} {lower[i]}"
        # (A period's years in the spanning cell, "Kế hoạch giai đoạn 2026 - 2030", are no part of
        # a column's: the year alone heads it.)
        out[i] = joined if not regex.search(r"\d", owner) and rx.year_cell.match(joined) else lower[i]
    return out


# The most words of a lower header cell naming a column's kind under a year ("Kế hoạch", "Ước
# thực hiện", "ƯTH").
_KIND_CELL_WORDS = 4


def _run_under(upper: list[str], lower: list[str]) -> list[int] | None:
    """The places of a lower header row's cells, two or more in a run of places, all under the
    upper row's (the lower row keeping its cells' places); None otherwise."""
    at = [i for i, c in enumerate(lower) if c]
    return at if len(at) >= 2 and at[-1] < len(upper) and at == list(range(at[0], at[-1] + 1)) else None


def _bare_count_unit(measure: str, rx: SimpleNamespace) -> str | None:
    """The unit a bare count's name gives its column, its noun ("số hộ" → "hộ"); None for any other
    name, and for "số lượng", which names no noun (folded, without a unit in brackets)."""
    if measure in rx.count_phrase_set:
        return None
    counted = rx.number_of.fullmatch(measure)
    return counted.group(1) if counted else None


def _measures_under_groups(upper: list[str], lower: list[str], rx: SimpleNamespace) -> list[str] | None:
    """A header of two rows whose lower row names the measures under the upper row's cells of the
    things they measure, no year, each spanning two or more ("| TT | Xã | Hộ nghèo | | Hộ cận
    nghèo | |" over "| | | Số hộ | Tỷ lệ (%) | Số hộ | Tỷ lệ (%) |"; both folded, the lower row
    keeping its cells' places): the upper row, each cell over a measure replaced by the measure,
    the thing and the measure's unit ("số hộ hộ nghèo (hộ)", "tỷ lệ hộ nghèo (%)"; a bare count
    names its noun as unit); else None."""
    at = _run_under(upper, lower)
    if at is None or not upper[at[0]]:
        return None
    out, owner, spans = list(upper), "", []
    for i in at:
        if upper[i]:
            if regex.search(r"\d", upper[i]):  # (no year nor other figure: a thing's name)
                return None
            owner = upper[i]
            spans.append(0)
        spans[-1] += 1
        named = rx.named_unit.search(lower[i])
        measure = (lower[i][:named.start()] if named else lower[i]).strip()
        unit = named.group(1) if named else _bare_count_unit(measure, rx)
        if not (unit or _measure_header(lower[i], named, rx)):
            return None
        out[i] = f"{measure} {owner}" + (f" ({unit})" if unit else "")
    return out if all(n >= 2 for n in spans) else None


def _kinds_under_year(upper: list[str], lower: list[str], rx: SimpleNamespace) -> list[str] | None:
    """A header of two rows whose lower row names the kinds of the columns under a year's cell
    spanning them ("| TT | Chỉ tiêu | ĐVT | Năm 2024 | | Kế hoạch năm 2025 |" over "| | | | Kế
    hoạch | Ước thực hiện | |"; both folded, the lower row keeping its cells' places): the upper
    row, each cell over a kind replaced by the kind and the year ("kế hoạch năm 2024", "ước thực
    hiện năm 2024": an earlier plan's aims and results, :func:`_without_past_plans`); else None.
    (Read as the upper row alone, "Năm 2024" held the earlier plan's aims as this plan's and its
    estimate was lost: 22 cells of one probe's table of main indicators.)"""
    at = _run_under(upper, lower)
    if at is None or any(regex.search(r"\d", lower[i]) or len(lower[i].split()) > _KIND_CELL_WORDS
                         or not (rx.plan_header.match(lower[i]) or rx.achieved_header.match(lower[i])) for i in at):
        return None
    out, owner = list(upper), None
    for i in at:
        if upper[i]:
            owner = rx.year_cell.match(upper[i])
            if owner is None or owner.group("pre").strip() not in ("", rx.year_word):
                return None
        if owner is None:
            return None
        out[i] = f"{lower[i]} {rx.year_word} {owner.group('year')}"
    return out


def _measures_under_years(upper: list[str], lower: list[str], rx: SimpleNamespace,
                          printed: tuple[list[str], list[str]]) -> tuple[list[str], list[str]] | None:
    """A header of two rows whose lower row names the measures under each year's cell spanning
    them ("| TT | Mặt hàng | ĐVT | Ước thực hiện năm 2024 | | Kế hoạch năm 2025 | |" over "| | | |
    Lượng | Trị giá (1.000 USD) | Lượng | Trị giá (1.000 USD) |"; both folded, the lower row
    keeping its cells' places): the upper row, each cell over a measure replaced by the measure,
    the year's cell and the measure's unit ("trị giá kế hoạch năm 2025 (1.000 usd)"); else None.
    Every year's cell spans two measures or more, the measures short words with no figure. With
    the header as folded, the same as printed (``printed``: the two rows as printed)."""
    at = _run_under(upper, lower)
    if at is None:
        return None
    # (A figure in the measure's unit is no figure of its own: "Trị giá (1.000 USD)".)
    bare = {i: regex.sub(r"\([^()]*\)\s*$", "", lower[i]).strip() for i in at}
    if any(regex.search(r"\d", bare[i]) or not bare[i] or len(bare[i].split()) > _KIND_CELL_WORDS
           or rx.plan_header.match(bare[i]) or rx.achieved_header.match(bare[i]) for i in at):
        return None
    out, owner, spans = list(upper), None, []
    shown = list(printed[0]) + [""] * (len(upper) - len(printed[0]))
    owner_shown = ""
    for i in at:
        if upper[i]:
            # (A year's cell, or a measure's by a year spanning its parts: "Hộ nghèo đầu năm 2026"
            # over "Số hộ | Tỷ lệ (%)", "số hộ hộ nghèo đầu năm 2026".)
            owner = rx.year_cell.match(upper[i]) or rx.measure_year_cell.match(upper[i])
            if owner is None:
                return None
            owner_shown = " ".join(shown[i].split())
            spans.append(0)
        if owner is None:
            return None
        spans[-1] += 1
        named = rx.named_unit.search(lower[i])
        measure = lower[i][:named.start()].strip() if named else lower[i]
        # (A bare count's part names its unit: "Số hộ" → "(hộ)".)
        unit = named.group(1) if named else _bare_count_unit(measure.strip(), rx)
        out[i] = f"{measure} {owner.group(0)}" + (f" ({unit})" if unit else "")
        lower_shown = " ".join(printed[1][i].split()) if i < len(printed[1]) else measure
        shown_named = rx.named_unit.search(lower_shown)
        shown[i] = f"{lower_shown[:shown_named.start()].strip() if shown_named else lower_shown} {owner_shown}" \
            + (f" ({shown_named.group(1)})" if shown_named else f" ({unit})" if unit else "")
    return (out, shown) if all(n >= 2 for n in spans) else None


def _under_spanning_cell(upper: list[str], lower: list[str], sides: frozenset[str] = frozenset()) -> list[str] | None:
    """A header of two rows, the lower one's cells under the upper one's last (which spans them)
    but side cells after it (``sides``, folded: "Chỉ tiêu kế hoạch | Ghi chú" over "Năm 2026 | … |
    Năm 2030"): the upper row's labels before that cell, then the lower row's, then the side
    cells; None for an upper row of fewer than two labels."""
    labels = list(upper)
    while labels and not labels[-1]:
        labels.pop()
    tail: list[str] = []
    while len(labels) > 2 and fold(labels[-1]) in sides:
        tail.insert(0, labels.pop())
    return labels[:-1] + lower + tail if len(labels) >= 2 else None


def _measures_under_group(upper: list[str], lower: list[str], rx: SimpleNamespace) -> list[str] | None:
    """A header written over two rows, measures under a cell spanning them: the upper row's labels
    before its last cell, then the lower row's (as printed), where the lower row holds two or more
    cells all naming a measure (:func:`_measure_header`), no value; else None."""
    cells = [c for c in lower if c]
    folded = [fold(c) for c in cells]
    if len(cells) < 2 or not all(_measure_header(c, rx.named_unit.search(c), rx) for c in folded):
        return None
    # (The spanning cell's year is each measure's: "Chỉ tiêu giao năm 2026" over "Tỷ lệ hộ nghèo
    # giảm (%) | Số hộ thoát nghèo (hộ)" sets both for 2026.)
    spanning = next((fold(c) for c in reversed(upper) if c), "")
    year = _YEAR_NUMBER.search(spanning) if len(_YEAR_NUMBER.findall(spanning)) == 1 else None
    if year:
        # (Not into a name holding a figure, "Sản phẩm OCOP đạt 3 sao trở lên": read beside the
        # others, it takes their year, :func:`_measures_beside_kept`.)
        cells = [c if regex.search(r"\d", c) else _with_year(c, f"{rx.year_word} {year.group()}", rx)
                 for c in cells]
    return _under_spanning_cell(upper, cells)


def _with_year(cell: str, year: str, rx: SimpleNamespace) -> str:
    """A header cell with a year put before its unit in brackets ("Số hộ thoát nghèo (hộ)" →
    "Số hộ thoát nghèo năm 2026 (hộ)")."""
    named = rx.named_unit.search(fold(cell))
    return f"{cell[:named.start()].rstrip()} {year}{cell[named.start():]}" if named else f"{cell} {year}"


def _measures_over_years(columns: dict[int, _Column], upper: list[str], lower: list[str],
                         issued_year: int | None, rx: SimpleNamespace) -> dict[int, _Column] | None:
    """A header of two rows whose upper row was read as columns of measures with no year (each
    named for the place each row names, :func:`_table_header`) and whose lower row holds years at
    the places of a measure's cell and the empty places after it, which it spans ("TT | Huyện,
    thành phố | Sản phẩm OCOP công nhận mới (sản phẩm) | | Điểm du lịch cộng đồng xây dựng mới
    (điểm)" over "| | Năm 2026 | Năm 2027 | |"): the columns, that measure's by each year under it
    (the year's kind as a year column's), the other measures' as they were; else None."""
    at = [i for i, c in enumerate(lower) if c]
    if not at or not columns or any(col.aim is None or col.year is not None or col.place is not None
                                    for col in columns.values()):
        return None
    years: dict[int, _Column] = {}
    owners: set[int] = set()
    for i in at:
        # (A year's cell may call its column an estimate in brackets, "Năm 2025 (ước)": results.)
        named = rx.named_unit.search(lower[i])
        estimate = bool(named and rx.estimate_bracket.fullmatch(named.group(1)))
        ym = rx.year_cell.match(lower[i][:named.start()] if estimate else lower[i])
        owner = next((j for j in range(min(i, len(upper) - 1), -1, -1) if upper[j]), None)
        if ym is None or owner is None or owner not in columns:
            return None
        kind = "achieved" if estimate else _year_column_kind(ym, issued_year, rx)
        years[i] = columns[owner]._replace(year=ym.group("year"), kind=kind)
        owners.add(owner)
    return dict(sorted({**{i: c for i, c in columns.items() if i not in owners}, **years}.items()))


def _dates_under_group(upper: list[str], lower: list[str], issued_year: int | None,
                       rx: SimpleNamespace) -> tuple[dict[int, _Column], int | None, int | None] | None:
    """A header of two rows whose lower row holds two or more full dates, each a milestone's
    column, under an upper cell naming a count or a ratio that spans them ("TT | Cơ quan, đơn vị |
    Kế hoạch vốn năm 2026 | Tỷ lệ giải ngân lũy kế phải đạt" over "Đến 31/3/2026 | Đến 30/6/2026 |
    …"; both rows as printed): the columns (each named by the spanning cell and its date, the
    date's year the deadline, an aim from the year of issue on), no unit column, and the rows'
    names the first labelled column that is no number (:func:`_table_header`); else None. The
    lower row keeps its cells' places (its first ones empty) or holds the dates alone, under the
    upper row's last label."""
    at = [i for i, c in enumerate(lower) if c]
    if len(at) < 2 or not all(rx.date_cell.match(fold(lower[i])) for i in at):
        return None
    reach = max((i + 1 for i, c in enumerate(upper) if c), default=0)
    if at[0] > 0 and len(lower) >= reach:
        owner = next((j for j in range(min(at[0], len(upper) - 1), -1, -1) if upper[j]), None)
        labels = list(upper) + [""] * (len(lower) - len(upper))
        places = at
    else:
        labelled = [i for i, c in enumerate(upper) if c]
        owner = labelled[-1] if len(labelled) >= 2 else None
        labels = list(upper[:owner]) + [lower[i] for i in at] if owner is not None else []
        places = list(range(owner, owner + len(at))) if owner is not None else []
    if owner is None:
        return None
    name = " ".join(upper[owner].split())
    named = rx.named_unit.search(fold(name))
    if not _measure_header(fold(name), named, rx):
        return None
    columns: dict[int, _Column] = {}
    for p, i in zip(places, at):
        year = rx.date_cell.match(fold(lower[i])).group("year")
        kind = "achieved" if issued_year is not None and int(year) < issued_year else "target"
        base = name[:named.start()] if named else name
        columns[p] = _Column(year, kind, _header_unit([name], 0, named), f"{base} {' '.join(lower[i].split())}")
    indicator_col = next((i for i, c in enumerate(labels) if c and i not in columns
                          and not rx.number_header.match(fold(c))), None)
    return columns, None, indicator_col


def _cell_number(cm: regex.Match) -> float:
    """A value cell's number (:data:`_CELL_VALUE`), negative after a minus sign ("-0,7": a fall)."""
    value = _number(cm.group("v"), thousands=True)
    return -value if cm.group("neg") else value


def _value_cell(cell: str) -> regex.Match | None:
    """A table cell's value (:data:`_CELL_VALUE`), None for none or one whose words after the
    figure make no count an aim sets ("137 năm", "5 sao": not_after_value)."""
    cm = _CELL_VALUE.match(cell)
    return None if cm is None or cm.group("cu") and fold(cm.group("cu")).split()[0] in _not_units() else cm


def _caption_lines_going_on(text: str, lo: int, table: list, before: tuple[list[str], int, list[str]] | None
                            ) -> list[str]:
    """The caption lines of ``table`` (:func:`_caption_lines`), or those of the table before it
    (``before``: its header's cells, its end and its caption lines) where ``table`` goes on from it
    over a page break, its header printed again and no words between: "Đơn vị tính: Triệu USD"
    over Phụ lục I's first page, m379 of corpus/probes."""
    if before is not None and before[0] == table[0][2] and before[1] <= table[0][0] \
            and not _LETTER.search(text, before[1], table[0][0]):
        return before[2]
    return _caption_lines(text, lo, table[0][0])


def _caption_lines(text: str, lo: int, at: int) -> list[str]:
    """The lines right above a table starting at ``at`` (not before ``lo``): its caption and the
    subtitle under it, up to three lines of words from the last 400 characters. A page's number
    alone between two blank lines is none of them: a PDF's text layer breaking the caption over
    two pages ("PHÂN BỔ CHỈ TIÊU …\n\n4\n\nTRỌNG ĐIỂM")."""
    raw = text[max(lo, at - 400):at].splitlines()
    # (Not past the row of a table above it: "Biểu 02. KIM NGẠCH XUẤT KHẨU …" under Biểu 01's
    # last row.)
    last_row = max((j for j, ln in enumerate(raw) if ln.lstrip().startswith("|")), default=-1)
    raw = raw[last_row + 1:]
    lines: list[str] = []
    for j, ln in enumerate(raw):
        if not ln.strip(" |*_-") or (_PAGE_NUMBER.fullmatch(ln) and 0 < j < len(raw) - 1
                                     and not raw[j - 1].strip() and not raw[j + 1].strip()):
            continue
        # (A line wrapped is one with the line it goes on: a subtitle's bracket over two lines
        # ("(Kèm theo Kế hoạch số 412/KH-UBND … của\nỦy ban nhân dân tỉnh Tuyên Quang)"), a title's
        # years on a line of their own ("… CỦA NGÂN SÁCH ĐỊA PHƯƠNG 03 NĂM\n2026 - 2028").)
        # (So is a title in capitals wrapped over lines, "CHỈ TIÊU PHÁT TRIỂN ĐOÀN VIÊN, … THỎA ƯỚC
        # LAO\nĐỘNG TẬP THỂ … GIAO CÁC CÔNG ĐOÀN CẤP TRÊN\nTRỰC TIẾP CƠ SỞ": its words naming aims
        # are its first line's.)
        if lines and j > 0 and raw[j - 1].strip() and (
                lines[-1].count("(") > lines[-1].count(")") or _YEARS_LINE.fullmatch(ln.strip(" *_"))
                or _CAPITALS_LINE.fullmatch(lines[-1].strip(" *_")) and _CAPITALS_LINE.fullmatch(ln.strip(" *_"))
                and not _annex_label(lines[-1]) and not _annex_label(ln) and not _NUMBERED_LINE.match(lines[-1])):
            lines[-1] = f"{lines[-1]} {ln.strip()}"
        else:
            lines.append(ln)
    return lines[-3:]


def _annex_label(line: str) -> bool:
    """Whether a caption's line opens with an annex's label ("PHỤ LỤC", "PHỤ LỤC I", "Biểu 02"):
    a line of its own over the title, no part of it nor of a heading above it ("I. MỤC TIÊU")."""
    rx = vocabulary_patterns()
    plain = line.strip(" *_")
    return bool(rx.annex_word.match(fold(plain)) or rx.annex_caption.match(plain))


# A line of words in capitals, no lower-case letter ("TRỰC TIẾP CƠ SỞ", "HUYỆN, THỊ XÃ NĂM 2026").
_CAPITALS_LINE = regex.compile(r"(?=[^\p{Ll}]*\p{Lu}[^\p{Ll}]*\p{Lu})[^\p{Ll}]+")
# A line of a year or a period alone ("2026 - 2028", "NĂM 2026").
_YEARS_LINE = regex.compile(r"(?i)(?:năm\s+|giai\s+đoạn\s+)?(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?")


# A numbered heading's or item's line ("I. MỤC TIÊU", "**2. Chỉ tiêu cụ thể**", "a) …"): no
# table's title.
_NUMBERED_LINE = regex.compile(r"[ \t*_]*(?:[IVXLC]+|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)][ \t]")


# A page's number alone on its line.
_PAGE_NUMBER = regex.compile(r"[ \t]*\d{1,4}[ \t]*")
# A letter: a table's page going on under its header printed again has none between the pages.
_LETTER = regex.compile(r"\p{L}")



# A row's number in a table's first column: Roman ("II"), a letter ("A", "a)") or Arabic with
# its depth ("3", "1.2").
_ROW_MARK = regex.compile(r"(?P<roman>[IVXL]+)\.?|(?P<letter>\p{L})[.)]?|(?P<arabic>\d+(?:\.\d+)*)[.)]?")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}


def _row_mark(cell: str) -> tuple[str, int, int] | None:
    """A row's number as its kind ("roman", "upper" or "lower" letter, or "arabic" with its depth)
    and its place in its sequence; None where the cell holds none."""
    m = _ROW_MARK.fullmatch(cell.strip(" *"))
    if m is None:
        return None
    if m.group("arabic"):
        parts = m.group("arabic").split(".")
        return "arabic", len(parts), int(parts[-1])
    if m.group("roman"):
        values = [_ROMAN_VALUES[c] for c in m.group("roman")]
        return "roman", 0, sum(-v if k + 1 < len(values) and v < values[k + 1] else v for k, v in enumerate(values))
    letter = m.group("letter")
    return ("upper" if letter.isupper() else "lower"), 0, ord(letter.lower())


def _next_of(mark: tuple[str, int, int] | None, group: tuple[str, int, int] | None) -> bool:
    """Whether a row numbered ``mark`` comes after the group row numbered ``group`` in one sequence
    (both Arabic of one depth, both Roman, both letters of one case; its number later): a sibling."""
    return mark is not None and group is not None and mark[:2] == group[:2] and mark[2] > group[2]


def _comparisons_of_the_plan(columns: dict[int, table_aims.GridColumn], issued_year: int | None,
                             reporting: dict[int, bool]) -> dict[int, table_aims.GridColumn]:
    """The columns with each comparison of the plan's figure in percent ("compared": "So sánh
    KH/ƯTH (%)", "Tăng trưởng (%)") made an aim of the year of the plan's column right before it (a
    column of the plan's aims, its year not before the year of issue, no word of results in its
    header: ``reporting``), and dropped where the column before it is none (a share done, "TH 6
    tháng | So sánh (%)", "Ước thực hiện đến năm 2025 | So sánh (%)"; a difference in units,
    "Tăng/giảm"); a column over the term naming no year ("Tăng bình quân giai đoạn (%/năm)")
    given the latest year of the plan's columns."""
    out: dict[int, table_aims.GridColumn] = {}
    # (An average growth over the term naming no year is of the latest year of the plan's columns.)
    latest = max((int(c.year) for c in columns.values() if c.year and c.kind in ("target", "plain")), default=None)
    for i in sorted(columns):
        col = columns[i]
        if col.term and col.year is None and latest is not None:
            col = col._replace(year=str(latest))
        if col.kind != "compared":
            out[i] = col
            continue
        before = max((j for j in columns if j < i), default=None)
        plan = columns[before] if before is not None and not reporting[before] else None
        if plan is not None and col.unit == "%" and plan.kind == "target" and plan.year and not plan.term \
                and (issued_year is None or int(plan.year) >= issued_year) and col.year in (None, plan.year):
            out[i] = col._replace(kind="target", year=plan.year, growth=True)
    return out


def _table_targets(text: str, span_tables: list[tuple[int, int, tuple]], issued_year: int | None = None,
                   reported=None, aims_heading=None) -> tuple[list[Target], list[tuple[int, int]]]:
    """Targets of tables of aims (see :func:`_table_header`): each row's indicator cell with its
    value cells, the column's year (or the group row's) the deadline, the unit "%" or the row's
    unit cell or the unit the indicator names ("Tỷ lệ … (%)", "Diện tích rừng trồng mới (ha)").
    Also the rows read (their values are not read again as prose). A column of a year alone
    ("Năm 2022") holds results where ``reported(pos)`` says a section of the situation holds the
    cell ("II. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN GIAI ĐOẠN 2021-2023"), aims elsewhere."""
    prefix, _ = comparators()
    rx = vocabulary_patterns()
    out: list[Target] = []
    rows_read: list[tuple[int, int]] = []
    totals_seen: set[tuple] = set()  # (value, unit, deadline, kind) of the aims read
    before: tuple[list[str], int, list[str]] | None = None  # the last table's header cells, end and caption
    for lo, _hi, tables in span_tables:
        for table in map(_with_units_merged, tables):
            caption_lines = _caption_lines_going_on(text, lo, table, before)
            before = (table[0][2], max(r[1] for r in table), caption_lines)
            caption = " ".join(caption_lines)
            aims_caption = bool(rx.target_head.search(caption))
            # (A period the caption names ends the aims of rows no year marks; not a past one.)
            folded_caption = fold(caption)
            period = rx.caption_period.search(folded_caption) or rx.caption_by_year.search(folded_caption)
            caption_year = period.group("year") if period and (
                issued_year is None or int(period.group("year")) >= issued_year) else None
            # (Or the year its title in capitals names, after the year of issue: "KẾ HOẠCH DIỆN TÍCH
            # GIEO TRỒNG CÂY HẰNG NĂM NĂM 2026 THEO ĐỊA BÀN", not the date of the bracket under it.)
            titled = table_aims.caption_title(" ".join(ln for ln in caption_lines if not _NUMBERED_LINE.match(ln)))
            year_in_title = rx.caption_year.findall(fold(titled)) if titled and caption_year is None else []
            if year_in_title and issued_year is not None and int(year_in_title[-1]) > issued_year:
                caption_year = year_in_title[-1]
            measured_title = _measured_title(titled, rx)
            title_measure = _title_measure(titled, rx)
            title_activity = _title_activity(titled)
            told_unit = _caption_unit(caption, rx)
            # (Or, out of the caption's reach, the heading over the table, where no money is told:
            # "2. Mục tiêu cụ thể", two paragraphs, then "Phân bổ cho từng xã, phường theo bảng dưới
            # đây:"; not a table of a budget's estimates under "Mục tiêu, nhiệm vụ … ngân sách",
            # "Đơn vị: tỷ đồng".)
            aims_caption = aims_caption or aims_heading is not None and aims_heading(table[0][0]) \
                and not _budget_sum(told_unit, rx) \
                and not any(rx.money.search(c) or _money_given(fold(c), rx) for c in table[0][2])
            caption_unit = told_unit if aims_caption else None
            # (Nor a table whose caption names money given out: "Biểu số 02: Dự kiến chi ngân sách
            # địa phương 03 năm 2026 - 2028" over "Nội dung | Dự toán 2026 | Dự kiến 2027"; SPEC §2.1.)
            if _money_caption(caption_lines, rx):
                continue
            columns: dict[int, _Column] = {}
            unit_col = indicator_col = None
            group_year = None
            group_name = ""  # the name of the last row of no values, a group ("1 | Gạo | | |")
            group_unit = None  # the unit that group row names for its rows ("I | Sản lượng (tấn) | |")
            parent_name: str | None = ""  # the name of the last numbered row of values under it
            parent_unit = ""  # that row's unit
            group_rows = False  # rows with no number under a numbered group row, still
            pending: list[str] | None = None  # a header row that may have a row of years under it
            pending_cells: list[str] | None = None  # the same row as printed
            header_cells: list[str] | None = None  # the header row, as printed, just read
            named_above: tuple[int, str] | None = None  # the last row of values: its name's column, its name
            thing_cols: list[int] = []  # columns of the things the rows' measures are of ("Mặt hàng")
            read_before = len(out)
            for r_start, r_end, cells, cell_starts in table:
                cells = [_cell_text(c) for c in cells]
                folded = [fold(c) for c in cells]
                two_rows = None if columns or pending is None else _years_under_group(pending, folded, rx)
                # (Or measures under the groups of things they measure, "Hộ nghèo | Hộ cận nghèo"
                # over "Số hộ | Tỷ lệ (%)": each column the measure of its group.)
                grouped = None if columns or two_rows or pending is None or not aims_caption \
                    else _measures_under_groups(pending, folded, rx)
                header = None if columns else _table_header(two_rows or grouped or folded, issued_year,
                                                            None if two_rows or grouped else cells, aims_caption,
                                                            spanned=bool(two_rows),
                                                            caption_year=caption_year if aims_caption else None)
                if header is None and not columns and pending_cells is not None:
                    # A row of milestones' dates under a measure's cell of the row above, which
                    # spans them ("Tỷ lệ giải ngân lũy kế phải đạt" over "Đến 31/3/2026 | …").
                    header = _dates_under_group(pending_cells, cells, issued_year, rx)
                if header_cells is not None and aims_caption:
                    # A row of measures under the header's last cell, which spans them ("STT | Tên
                    # đơn vị | Chỉ tiêu giao năm 2025" over "Tỷ lệ hộ nghèo giảm (%) | Số hộ thoát
                    # nghèo (hộ)"): the header is the upper row's other labels, then these.
                    lower = _measures_under_group(header_cells, cells, rx)
                    header = _table_header([fold(c) for c in lower], issued_year, lower, aims_caption,
                                           spanned=True) if lower else None
                # (Nor a row of the columns' numbers under the header, "A | B | C | 1 | 2 | 3=2/1".)
                if rule_or_empty_row(folded) or table_aims.column_numbers_row(cells):
                    continue
                if header_cells is not None and not header:
                    # A row of years under a measure's cell of the header just read, which spans
                    # them ("Sản phẩm OCOP công nhận mới (sản phẩm)" over "Năm 2026 | Năm 2027").
                    over = _measures_over_years(columns, [fold(c) for c in header_cells], folded,
                                                issued_year, rx)
                    header = (over, unit_col, indicator_col) if over else None
                if header_cells is not None and not header:
                    # A row of years under a header just read whose last cell spans them ("STT | Sản
                    # phẩm | ĐVT | Kế hoạch giai đoạn 2026 - 2030" over "2026 | … | 2030"): the
                    # years are the columns, not the period.
                    two_rows = _years_under_group([fold(c) for c in header_cells], folded, rx) \
                        or _kinds_under_year([fold(c) for c in header_cells], folded, rx)
                    printed = None
                    if not two_rows and (under := _measures_under_years([fold(c) for c in header_cells], folded,
                                                                       rx, (header_cells, cells))):
                        two_rows, printed = under  # (its measures' names as printed: "Lượng Gạo")
                    header = _table_header(two_rows, issued_year, printed, aims_caption, spanned=True) \
                        if two_rows else None
                header_above, header_cells = header_cells, None
                if header:
                    columns, unit_col, indicator_col = header
                    # (Beside columns of aims, a column of money given out is a budget, no aim (SPEC
                    # §2.1): "Kế hoạch vốn năm 2026 (triệu đồng)" beside "Tỷ lệ giải ngân tối thiểu
                    # đến 30/9/2026 (%)", each investor's row.)
                    columns = _without_money_given(columns, folded, rx)
                    header_cells = cells
                    thing_cols = _thing_columns(cells, header_above or pending_cells, indicator_col, rx,
                                                min(columns, default=len(cells)))
                    # (The unit line above a table holds too where no caption names aims but the
                    # header has a column of the plan's: "KIM NGẠCH XUẤT KHẨU THEO THỊ TRƯỜNG …
                    # Đơn vị tính: triệu USD" over "… | Kế hoạch năm 2025 | Ghi chú".)
                    caption_unit = caption_unit or _unit_of_planned(told_unit, columns)
                    # (Its words are the columns' names, no aims: "Tàu cá từ 15 m trở lên lắp thiết
                    # bị giám sát hành trình (%)"; only where its cells read as names, short and no
                    # bullet: a task's row of prose that looks like a header, "- Phối hợp, đặt hàng
                    # … | Giai đoạn 2026 - 2030", keeps its aims.)
                    if all(len(c.split()) <= _HEADER_CELL_WORDS and not _SUB_ROW.match(c) for c in cells):
                        rows_read.append((r_start, r_end))
                    continue
                if not columns:
                    pending, pending_cells = folded, cells
                    continue
                # (A row too short for the columns of values has none: a group row whose empty cells
                # a one-cell-per-line table leaves out, "I | Đến năm 2025", or a cell spanning rows.)
                full = len(cells) > max(columns)
                # The indicator: its column, else the first cell with words (not the row number).
                names = [i for i, c in enumerate(cells) if i not in columns and i != unit_col
                         and len(regex.findall(r"\p{L}+", c)) >= 2]
                # (A group row's name may stand in another cell: "I | Nhóm hàng nông sản | |".)
                col = indicator_col if indicator_col is not None and indicator_col < len(cells) \
                    and regex.search(r"\p{L}", cells[indicator_col]) else (names[0] if names else None)
                # A row named by a year under columns of measures ("Năm | Kim ngạch xuất khẩu
                # (triệu USD)" over "2026 | 1.500"): the year is the deadline, the column's measure
                # the indicator.
                row_year = None
                if indicator_col is not None and indicator_col < len(cells) \
                        and all(c.aim and c.year is None for c in columns.values()):
                    ym = rx.year_cell.match(" ".join(folded[indicator_col].split()))
                    if ym:
                        row_year, col = ym.group("year"), indicator_col
                col, cells, folded = _name_merged_down(cells, folded, col, named_above, unit_col)
                if col is None or not cells[col]:
                    continue
                values = {i: cm for i in columns if full and (cm := _value_cell(cells[i]))}
                if not values:
                    # A group row ("I | Đến năm 2025 | |"): its year the deadline of the rows below.
                    gm = rx.group_year.search(folded[col])
                    # ("Trong đó:" alone opens the parts of the row above: it stays their parent.)
                    parts = bool(rx.part_row.match(cells[col].strip()))
                    if gm:
                        group_year = gm.group(1)
                    else:
                        group_name, group_unit, group_rows = _group_measure(
                            cells, col, rx, (group_name, group_unit, group_rows) if parts else None)
                    parent_name = parent_name if parts else ""
                    continue
                named_above = (col, cells[col])
                unit_cell = cells[unit_col].strip() if unit_col is not None and unit_col < len(cells) else ""
                row_name = "" if row_year else " ".join(cells[col].split())
                named_unit = rx.named_unit.search(row_name)
                # (An abbreviation of the name in brackets is no unit: "Liên minh châu Âu (EU)";
                # but it is what a column of the number of things counts, "Số lượng" over "Hợp tác
                # xã nông nghiệp ứng dụng thương mại điện tử (HTX)".)
                abbreviated = named_unit is not None and _abbreviation(named_unit.group(1))
                counted_by_abbreviation = abbreviated and any(
                    fold(c.aim or "") in rx.count_phrase_set for c in columns.values())
                if named_unit and not unit_cell and (not abbreviated or counted_by_abbreviation):
                    unit_cell = named_unit.group(1)
                    row_name = row_name[:named_unit.start()].strip()
                # (The thing a measure's row is of, in its own column left of the measures' names:
                # "Sản lượng xuất khẩu Hạt điều nhân" of "1 | Hạt điều nhân | Sản lượng xuất khẩu".)
                things = [" ".join(cells[j].split()).strip(" *") for j in thing_cols
                          if j != col and j < len(cells) and regex.search(r"\p{L}", cells[j])
                          and fold(cells[j].strip(" *")) not in rx.thing_headers]
                row_name = " ".join([row_name, *(t for t in things if fold(t) not in fold(row_name))]).strip()
                sub = rx.part_row.match(row_name) or _SUB_ROW.match(row_name)  # ("- Trong đó: Thóc" → "Thóc")
                # (A row under a group naming a measure and its unit is a part measured so: "I |
                # Tổng sản lượng thủy sản (tấn)" over "1 | Khai thác | 18.400".)
                row_name = _under_rows_above(row_name, sub, parent_name, group_name,
                                             group_rows and not cells[0].strip(), rx,
                                             measured=bool(group_unit and not unit_cell), activity=title_activity)
                # (A part of a numbered row, no number of its own and its unit cell merged down and
                # left empty, is measured in its whole's unit: "1 | Tổng diện tích nuôi trồng | ha"
                # over " | - Nuôi tôm - lúa | | 74.500".)
                unit_cell = unit_cell or group_unit or (parent_unit if sub and not cells[0].strip() else "")
                group_rows = group_rows and not cells[0].strip()
                # (A numbered row of values: its bulleted rows below are its parts; "" marks a
                # row of a quantity, whose parts name themselves.)
                if cells[0].strip() and not sub:
                    parent_name = row_name if unit_cell == "%" else None
                    parent_unit = unit_cell
                total = fold(row_name) in rx.total_rows
                totalled = _totalled(caption_lines, rx, columns, values) if total else {}
                for i, cm, value, until, named in _row_readings(values, row_name, rx):
                    named += totalled.get(i, "")
                    year, kind, header_unit, aim, place, scope = columns[i]
                    if kind == "plain":
                        kind = "achieved" if reported is not None and reported(cell_starts[i]) else "target"
                    aim, named = _aim_or_title(aim, named, measured_title, rx)
                    # (The column's aim, then the row's name: "Số xã đạt chuẩn NTM Huyện Đông Sơn";
                    # the row's indicator, then the column's place: "Tỷ lệ hộ nghèo giảm Huyện Mai Sơn".)
                    name = f"{aim} {named}".strip() if aim else f"{named} {place}" if place else named
                    # (A rating is kept whole at the end, though "đạt" ends no other indicator:
                    # "Học lực Đạt", "Học lực Chưa đạt".)
                    indicator = f"{_short(named)} {place}" if place and fold(place) in rx.ratings \
                        else _short(_measure_first(name, title_measure, bool(aim) or unit_col is None, unit_cell, rx))
                    comparator = _cell_comparator(cm.group("cmp"), prefix)
                    if comparator is None:
                        continue
                    # A count of a whole ("52/102<br>(51%)" in a row "Số xã, phường đạt chuẩn …"):
                    # the count is the aim where the row names a count; else no aim read.
                    if cm.group("of") and (cm.group("pct") or cm.group("u") or not rx.number_of.match(name)
                                           or value > _number(cm.group("of"), thousands=True)):
                        continue
                    unit = _cell_unit(cm, value, unit_cell, header_unit, aim, name, named, rx) or caption_unit or ""
                    if not unit or _column_percent_misread(cm, value, unit):
                        continue
                    deadline = row_year or year or group_year or (caption_year if kind == "target" else None)
                    # A row of totals: its share, 100%, is the whole's, no aim; a value of it another
                    # table gives already is that aim ("Tổng cộng | 21.450 | 32.000 | 100" under the
                    # markets of a plan whose table of products opens with the same totals).
                    aim_key = (value, _unit_key(unit), deadline, kind)
                    if total and (unit == "%" and value == 100 or aim_key in totals_seen):
                        continue
                    totals_seen.add(aim_key)
                    cell_at = cell_starts[i]
                    out.append(Target(
                        value=value, unit=unit, comparator=comparator,
                        indicator=indicator or None, scope=scope, deadline=deadline,
                        section=None, start=cell_at, end=cell_at + len(cells[i]),
                        text=" | ".join(c for c in (cells[col], unit_cell, cells[i]) if c),
                        until=until, kind=kind))
                    rows_read.append((r_start, r_end))
            title = table_aims.caption_title(" ".join(ln for ln in caption_lines if not _NUMBERED_LINE.match(ln)))
            grid_aims, grid_rows, planned, refused = _grid_targets(table, caption, aims_caption, issued_year, reported,
                                                          caption_year, caption_unit or told_unit, rx, title)
            out[read_before:], grid_read = _with_grid_aims(table, out[read_before:], grid_aims, planned, refused)
            rows_read += grid_rows if grid_read else []
    return out, rows_read


# The largest share a cell may hold in percent where its column or row, not the cell, says "%":
# above it the figure is a count under a misread column (a table written one cell a paragraph,
# an empty cell left out and the row's counts shifted under its column of coverage rates).
_MOST_COLUMN_PERCENT = 1000


def _column_percent_misread(cm: regex.Match, value: float, unit: str) -> bool:
    """Whether a cell's figure, "%" by its column or row only, is too large to be one (27786)."""
    return unit == "%" and not cm.group("pct") and value > _MOST_COLUMN_PERCENT


def _cell_unit(cm: regex.Match, value: float, unit_cell: str, header_unit: str | None, aim: str | None,
               name: str, named: str, rx: SimpleNamespace) -> str:
    """The unit of a table cell's value (``cm``, :func:`_value_cell`'s match): the cell's own or
    the row's unit cell; a column's own wins over the row's ("Nghìn tấn" for the quantities,
    "Tăng trưởng bình quân (%/năm)" for their growth); else a ratio's is "%" ("Tỷ lệ hộ nghèo |
    1,5"), a count's what it counts ("Số hợp tác xã kiểu mới | 50": "hợp tác xã"; of a column's
    aim, its own name: "Số tiêu chí" over "Xã An Phú" counts "tiêu chí", not "tiêu chí Xã"); of a
    column of a bare count ("Số lượng"), the counted noun opening the row's name (``named``:
    "Hợp tác xã ứng dụng thương mại điện tử | 120": "hợp tác xã"); "" where none is told."""
    unit = "%" if cm.group("pct") or unit_cell == "%" else (unit_cell or cm.group("cu") or "")
    if header_unit and not cm.group("pct") and not cm.group("cu"):
        unit = header_unit
    if unit:
        return unit
    if rx.ratio_words.match(fold(name)) and value <= 100:
        return "%"
    if aim and fold(aim) in rx.count_phrase_set:
        counted = rx.counted_opening.match(named)
        return counted.group(0).lower() if counted else ""
    counted = rx.number_of.match(aim or name)
    return counted.group(1) if counted else ""


def _measured_title(title: str | None, rx: SimpleNamespace) -> str:
    """A caption's title without its years where it opens with a measured quantity
    (table_measure_titles: "Kim ngạch xuất khẩu theo thị trường"), "" where not."""
    words = table_aims.title_words(title, rx) if title else ""
    return words.capitalize() if words and rx.measure_title.match(fold(words)) else ""


def _title_measure(title: str | None, rx: SimpleNamespace) -> str:
    """The measure a caption's title names, folded, after its plan word and up to the words ending
    it ("CHỈ TIÊU KIM NGẠCH XUẤT KHẨU THEO NHÓM HÀNG, MẶT HÀNG CHỦ LỰC" → "kim ngạch xuất khẩu":
    title_measure_ends); "" where it names none or more than one."""
    folded = " ".join(fold(title).split()) if title else ""
    m = rx.title_measure.match(folded)
    # (One measure only: "CHỈ TIÊU SẢN LƯỢNG, GIÁ TRỊ XUẤT KHẨU …" names two, each row's unit
    # telling which.)
    if m is None or rx.measure_title.search(folded, m.end(1)):
        return ""
    return m.group(1)


def _measure_first(name: str, title_measure: str, measured: bool, unit_cell: str, rx: SimpleNamespace) -> str:
    """A row's indicator ``name`` with the measure its table's caption names before it, where the
    row is a thing (a product, a market) under a unit column and neither it nor its column names a
    measure (``measured``): "CHỈ TIÊU KIM NGẠCH XUẤT KHẨU THEO NHÓM HÀNG" over "1 | Cà phê (nhân,
    rang xay, hòa tan) | Triệu USD" → "Kim ngạch xuất khẩu Cà phê (nhân, rang xay, hòa tan)"; a
    share in "%" is a measure of its own ("Tỷ trọng …")."""
    if not title_measure or measured or unit_cell == "%" or title_measure in fold(name) \
            or rx.measure_header.match(fold(name)) or rx.measure_title.match(fold(name)):
        return name
    return f"{title_measure.capitalize()} {name}"


def _aim_or_title(aim: str | None, named: str, measured_title: str, rx: SimpleNamespace) -> tuple[str | None, str]:
    """A column's aim and the row's name, where the aim says only that the column holds values,
    "Giá trị (triệu USD)" beside "Tỷ trọng (%)", giving way to a caption's title naming a measure,
    as in a table read by its cells: "Hoa Kỳ Kim ngạch xuất khẩu theo thị trường"."""
    if aim and measured_title and fold(aim) in rx.plain_value_headers:
        return None, f"{named} {measured_title}"
    return aim, named


def _totalled(caption_lines: list[str], rx: SimpleNamespace, columns: dict[int, _Column],
              values: dict) -> dict[int, str]:
    """What a table's row of totals totals, by value column: the words to add to its name, the
    table's title in capitals in lower case ("Tổng cộng" under "KIM NGẠCH XUẤT KHẨU HÀNG HÓA THEO
    THỊ TRƯỜNG" is the whole export turnover), for the columns with no aim of their own; none
    where the title is none or one of aims, "MỘT SỐ CHỈ TIÊU CHỦ YẾU …", which names no measure."""
    title = table_aims.caption_title(" ".join(ln for ln in caption_lines if not _NUMBERED_LINE.match(ln)))
    if title is None or rx.target_head.search(title):
        return {}
    return {i: " " + title.lower() for i in values if not columns[i].aim}


# How many times more aims a table's cells must give than its header rules read for the cells'
# reading to replace theirs (a header they misread reads a column of the many; one they read
# right, as many as the cells' reading or more).
_GRID_OVER_HEADER = 2
# The most words of a row's name that names a thing measured (a market, a product, a place: "Liên
# minh châu Âu (EU)", "Xã Hàm Yên"), not the measure.
_NAME_ONLY_WORDS = 5


def _name_merged_down(cells: list[str], folded: list[str], col: int | None, named_above: tuple[int, str] | None,
                      unit_col: int | None) -> tuple[int | None, list[str], list[str]]:
    """The column of a row's name (``col``) and the row, as printed and folded; for a row with no
    name, no number and a unit of its own under a row of values (``named_above``: its name's column
    and name), another measure of the thing that row names, its name merged down ("1 | Gạo | Nghìn
    tấn | 650" over " | | Triệu USD | 380"): that column and the row with that name."""
    if col is not None and cells[col] or named_above is None or cells[0].strip() or unit_col is None \
            or unit_col >= len(cells) or not cells[unit_col].strip() or named_above[0] >= len(cells):
        return col, cells, folded
    col = named_above[0]
    merged = [named_above[1] if k == col else c for k, c in enumerate(cells)]
    return col, merged, [fold(c) for c in merged]


def _with_grid_aims(table, header_aims: list[Target], grid_aims: list[Target], planned: set[int],
                    refused: set[tuple[int, int]] | None = None) -> tuple[list[Target], bool]:
    """A table's aims, of the header rules (``header_aims``) and of its cells (``grid_aims``, of
    :func:`_grid_targets`; ``planned``, where those of columns of the plan's aims start), and
    whether its cells' reading replaced theirs. A table no header rule read, or read a few cells
    of (a header over two rows none of them knows, its upper cell spanning the places under it:
    "Kế hoạch năm 2026" over "Xã Mỹ Hòa | Xã Long Điền | Xã Tân Lập", read as one column of 2026),
    is read by its cells where they give more and read every cell the rules read as they do (its
    value, unit, kind and year: the two readers agree on the columns they share). Else the
    cells of a column of a rate over the plan's term the header rules left unread are added,
    "Tốc độ tăng bình quân giai đoạn 2026 - 2030 (%)" beside "Năm 2030", the rules' readings
    kept; not those of other columns, which the rules leave for reasons of their own (the areas
    of the parks a table lists, "Diện tích quy hoạch (ha)"; a past year; an earlier plan's aims
    beside that year's results). (A cell is known by its row and its value: the two readers may
    place it apart.)"""
    header_read = {_row_value(table, t) for t in header_aims}
    # (The rules' readings of the cells of columns the cells' reader refuses, an earlier plan's
    # "Kế hoạch năm 2024", a budget, a comparison of past years, ask for no agreement: it knows
    # them for no aims.)
    agreed = [t for t in header_aims if (_row_of(table, t), t.start) not in (refused or set())]
    if len(grid_aims) > _GRID_OVER_HEADER * len(header_read) \
            and {_cell_reading(table, t) for t in agreed} <= {_cell_reading(table, t) for t in grid_aims}:
        return grid_aims, True
    if not header_aims:
        return [], False
    return header_aims + [t for t in grid_aims if _row_value(table, t) not in header_read and t.start in planned], False


def _cell_reading(table, t: Target) -> tuple:
    """A table's aim by its cell (:func:`_row_value`) and what it reads there: unit, kind, year."""
    return *_row_value(table, t), _unit_key(t.unit), t.kind, t.deadline


def _row_value(table, t: Target) -> tuple[int, float]:
    """A table's aim by the row holding its cell (its index in ``table``, -1 for none) and its value."""
    return _row_of(table, t), t.value


def _row_of(table, t: Target) -> int:
    """The index in ``table`` of the row holding an aim's cell, -1 for none."""
    return next((k for k, (start, end, *_rest) in enumerate(table) if start <= t.start < end), -1)


def _side_cells_put_back(rows: list[list[str]], rx: SimpleNamespace) -> list[list[str]]:
    """A table's rows (the header first), each row ending in a value short of the header by its
    last cells only where those are side columns ("Ghi chú", ``table_side_headers``) given them
    back empty: a PDF's text layer leaves an empty cell out ("1 | Thành phố Lạng Sơn | … | 2 |
    15" under "STT | … | Homestay đạt chuẩn (cơ sở) | Ghi chú"), and the grid reads full rows
    only."""
    if not rows:
        return rows
    width = len(rows[0])
    sides = 0
    while sides < width - 1 and fold(rows[0][width - 1 - sides].strip(" *")) in rx.side_headers:
        sides += 1
    if not sides:
        return rows
    # (Only a row ending in a value: one ending in words may have lost a cell merged down from the
    # row above instead, and its cells would shift.)
    return [row + [""] * (width - len(row)) if k and width - sides <= len(row) < width
            and row and _CELL_VALUE.match(row[-1].strip(" *")) else row
            for k, row in enumerate(rows)]


# The fewest words a column's cells hold on average for it to describe the rows' places.
_DESCRIPTION_WORDS = 4


def _naming_columns(data: list[list[str]], grid: table_aims.Grid, rx: SimpleNamespace) -> list[int]:
    """The columns of a grid's rows (``data``) that name each row: its name columns but those
    describing a place the first names ("Huyện, thành phố | Sản phẩm du lịch chủ đạo" over "Huyện
    Bắc Sơn | Du lịch cộng đồng"): where most of the first's cells name places, a later column
    whose cells name none, whose header is no indicator's and whose cells are phrases tells what the
    place is like, not what is measured."""
    first, *later = grid.name_cols
    if not later:
        return grid.name_cols

    def places(i: int) -> int:
        return sum(1 for r in data if i < len(r) and rx.place_header.match(fold(r[i].strip(" *"))))

    def described(i: int) -> bool:
        # (A description runs to a phrase, "Du lịch cộng đồng, di tích lịch sử"; a kind of the
        # place's things is a name or two, "Khách sạn", "Homestay", and tells two rows apart.)
        cells = [r[i] for r in data if i < len(r) and r[i].strip()]
        return bool(cells) and sum(len(c.split()) for c in cells) >= _DESCRIPTION_WORDS * len(cells)

    filled = sum(1 for r in data if first < len(r) and r[first].strip())
    # (So does a column beside a first naming markets: "Thị trường | Sản phẩm xuất khẩu chủ lực" over
    # "Trung Quốc | Chuối, dứa, chè, thảo quả", what the market buys.)
    if 2 * places(first) <= filled and fold(grid.labels[first].strip(" *")) not in rx.market_headers:
        return grid.name_cols
    return [first] + [i for i in later if places(i) or fold(grid.labels[i]) in rx.indicator_headers
                      or not described(i)]


def _thing_columns(cells: list[str], above: list[str] | None, indicator_col: int | None,
                   rx: SimpleNamespace, first_value: int) -> list[int]:
    """The columns beside a header's column of the rows' names (``indicator_col``) that name the
    things measured ("Mặt hàng", "Sản phẩm", "Thị trường": ``table_thing_headers``), in its row
    as printed or the row above it (a header of two rows): "Mặt hàng | Chỉ tiêu", "Mặt hàng | Thị
    trường". Only those before the columns of values (from ``first_value``): one after them is a
    note ("Thị trường | Tỷ trọng … (%) | … | Sản phẩm chủ lực": what each market mostly buys)."""
    if indicator_col is None:
        return []
    return [j for j in range(first_value) if j != indicator_col
            and any(j < len(row) and fold(row[j].strip(" *")) in rx.thing_headers for row in (cells, above or []))]


def _rows_of_coming_years(rows: list[list[str]], grid: table_aims.Grid, issued_year: int | None,
                          rx: SimpleNamespace) -> bool:
    """Whether a table's rows of data, two or more, are each named by a year, none before the year
    of issue ("Năm 2026", "2027")."""
    years = []
    for cells in rows:
        name = " ".join(cells[i] for i in grid.name_cols if i < len(cells)).strip(" *")
        ym = rx.year_cell.match(" ".join(fold(name).split()))
        if ym is None:
            return False
        years.append(int(ym.group("year")))
    return len(years) >= 2 and issued_year is not None and min(years) >= issued_year


# The fewest words of a line of prose above a table: its caption is the lines after the last of them
# that ends a sentence ("… Chi tiết tại Biểu số 02:" over "Biểu số 02: Dự kiến chi ngân sách …").
_PROSE_LINE_WORDS = 8


def _money_caption(caption_lines: list[str], rx: SimpleNamespace) -> bool:
    """Whether a table's own caption, the lines after the last line of prose above it, names money
    given out ("Biểu số 02: Dự kiến chi ngân sách địa phương 03 năm 2026 - 2028", "KHÁI TOÁN KINH
    PHÍ") and no aims ("PHÂN BỔ CHỈ TIÊU …" allots aims), not a paragraph that speaks of funding
    before a table of aims."""
    own: list[str] = []
    for line in caption_lines:
        bare = line.strip(" *_")
        own = [] if bare.endswith((".", ":")) and len(bare.split()) >= _PROSE_LINE_WORDS else [*own, line]
    words = " ".join(own)
    # (Nor the progress of paying it out, "TIẾN ĐỘ GIẢI NGÂN KẾ HOẠCH VỐN … THEO QUÝ", rates aimed
    # at: m361 of corpus/probes.)
    # (Nor goods allotted, where the words left without the allotting word name no money: "PHÂN BỔ
    # GẠO, NƯỚC UỐNG VÀ MÌ TÔM HỖ TRỢ KHẨN CẤP …", goods_allotment_words; "PHÂN BỔ KINH PHÍ" is
    # money.)
    return bool(own) and _money_given(fold(words), rx) and not rx.target_head.search(words) \
        and not rx.money_disbursed.search(fold(words)) and not _goods_allotted(words, rx)


def _goods_allotted(caption: str, rx: SimpleNamespace) -> bool:
    """Whether a table's caption allots goods, no money: an allotting word (goods_allotment_words)
    and, without it, no word of money given out ("PHÂN BỔ GẠO, NƯỚC UỐNG VÀ MÌ TÔM HỖ TRỢ KHẨN
    CẤP CHO CÁC XÃ"; not "PHÂN BỔ KINH PHÍ", "PHÂN BỔ VỐN ĐẦU TƯ")."""
    folded = fold(caption)
    return bool(rx.goods_allotment.search(folded)) and not _money_given(rx.goods_allotment.sub(" ", folded), rx)


def _totals_over_the_years(columns: dict[int, table_aims.GridColumn], grid: table_aims.Grid,
                           rx: SimpleNamespace) -> dict[int, table_aims.GridColumn]:
    """The columns with a column of totals after the plan's years ("Năm 2026 | Năm 2027 | Năm 2028
    | Tổng cộng") made the aim over the plan's term: its year the last of theirs."""
    years = [int(col.year) for col in columns.values() if col.year and col.kind != "achieved"]
    if len(years) < 2:
        return columns
    return {i: col._replace(year=str(max(years)), kind="target", term=True)
            if col.year is None and i > min(columns) and fold(grid.labels[i].strip(" *")) in rx.total_rows else col
            for i, col in columns.items()}


# Words allotting aims in a table's caption, folded ("phân bổ chỉ tiêu", "giao chỉ tiêu").
_ALLOTTED_AIMS = regex.compile(r"(?<!\p{L})(?:phân bổ|giao)\s+chỉ tiêu(?!\p{L})")


def _budget_sum(unit: str | None, rx: SimpleNamespace) -> bool:
    """Whether a unit told for a table's values is a sum in a budget's currency ("Đơn vị: tỷ đồng",
    budget_currencies), a budget's table; a sum in a foreign currency is what a plan earns
    ("ĐVT: Triệu USD" over an export plan's turnover by product and year), an aim under a heading
    of aims."""
    return bool(unit and rx.money.search(unit)) and fold(unit).split()[-1] in rx.budget_currencies


def _budget_money(unit: str | None, rx: SimpleNamespace) -> bool:
    """Whether a value's unit is a sum of the budget's money, no rate per a thing ("tỷ đồng", not
    "triệu đồng/người"): :func:`_budget_sum` with no "/"."""
    return _budget_sum(unit, rx) and "/" not in (unit or "")


def _projected_money(text: str, rx: SimpleNamespace, unit: str | None, sl: int, s: int, heading: str = "") -> bool:
    """Whether a sum of money of a budget plan (a unit of budget_currencies, no rate: "tỷ đồng", not
    "triệu đồng/người") is a projection or an allotment, no aim (SPEC §2.1: budgets are no targets
    unless stated as aims): its sentence before it projects or allots ("dự kiến tổng thu ngân sách
    … năm 2027 là 6.520 tỷ đồng", "dự toán chi …", "bố trí 1.200 tỷ đồng": projection_words,
    allocation_words) and strives for nothing ("phấn đấu tổng thu … đạt trên 7.800 tỷ đồng" is an
    aim), or its part's ``heading`` (the nearest) opens with a projection or an allotment ("3. Dự
    kiến chi ngân sách địa phương" over "Tổng chi … năm 2026 là 30.870 tỷ đồng"). The blind
    annotators of budget plans (m171, m183, m277) leave such sums out; of a plan of the economy,
    where "dự kiến" is how its aims are put ("Bội chi ngân sách nhà nước dự kiến là 40,75 nghìn tỷ
    đồng", 23_BC), they keep them."""
    if not _budget_money(unit, rx):
        return False
    before = fold(text[sl:s])
    cues = [m.end() for pattern in (rx.projection, rx.allocation) for m in pattern.finditer(before)]
    # (The cue governs the sums after it up to a share or a semicolon: "… bằng 121,4% dự toán
    # Trung ương giao, tăng 14,2%; trong đó thu nội địa đạt 6.498 tỷ đồng" reports a result.)
    title = fold(heading).strip()
    projected = bool(cues) and not regex.search(r"[;%]", before[max(cues):]) \
        or bool(rx.projection.match(title) or rx.allocation.match(title))
    return projected and not rx.striving.search(text[sl:s])


def _no_aim_budget_sum(text: str, rx: SimpleNamespace, unit: str | None, sl: int, s: int, heading: str,
                       budget_plan: bool, kind: str) -> bool:
    """Whether a value read at ``s`` (its sentence from ``sl``) is a sum of a budget, no aim: in a
    budget plan, one projected or allotted (:func:`_projected_money`), or one reported as done
    ("Thu nội địa ước thực hiện 3.420.000 triệu đồng": its annotators leave the past's sums out as
    the projected ones); in any document, one under a part allotting the budget's estimate
    (:func:`_allots_budget`: "Điều 1. Giao dự toán ngân sách nhà nước năm 2021 với các chỉ tiêu chủ
    yếu như sau:" over "1. Tổng thu ngân sách nhà nước: 10.563.000 triệu đồng", a council's
    resolution; its "chỉ tiêu" are the estimate's lines) that strives for nothing. Money paid out is
    a measure of the plan's progress, no budget: "giá trị giải ngân ước đạt 8.920 tỷ đồng", "Lũy kế
    giải ngân … 891,2 tỷ đồng"."""
    if not _budget_money(unit, rx) or rx.money_disbursed.search(fold(text[sl:s])):
        return False
    if budget_plan and (_projected_money(text, rx, unit, sl, s, heading.split(" / ")[0]) or kind == "achieved"):
        return True
    return _allots_budget(fold(heading), rx) and not rx.striving.search(text[sl:s])


def _allots_budget(folded_heading: str, rx: SimpleNamespace) -> bool:
    """Whether a heading path (folded) allots a budget's estimate: a budget plan's words
    (budget_plan_titles: "dự toán ngân sách") and a word of allotting (allocation_words) in one
    heading ("Giao dự toán ngân sách nhà nước năm 2021 …")."""
    return any(rx.budget_plan_title.search(h) and rx.allocation.search(h) for h in folded_heading.split(" / "))


def _money_given(folded: str, rx: SimpleNamespace) -> bool:
    """Whether folded words name money a plan spends, allots or budgets, not money raised or
    collected (table_money_words, budget_words, allocation_words; table_money_raised_words)."""
    return bool(rx.budget.search(folded) or rx.allocation.search(folded)
                or rx.table_money.search(folded) and not rx.table_money_raised.search(folded))


def _without_money_given(columns: dict, folded: list[str], rx: SimpleNamespace) -> dict:
    """A header's columns of values (:func:`_table_targets`) but those whose cell names money given
    out (:func:`_money_given`) and its unit of money ("Kế hoạch vốn năm 2026 (triệu đồng)"), where
    some other names no money ("Tỷ lệ giải ngân … (%)"); all of them else (a table of sums under a
    caption of aims, "Ước thực hiện 2025 | Dự toán 2026 | Dự kiến 2027", is read whole)."""
    def money(i: int) -> bool:
        return i < len(folded) and _money_given(folded[i], rx) and bool(rx.money.search(folded[i]))
    kept = {i: c for i, c in columns.items() if not money(i)}
    return kept if any(i < len(folded) and not rx.money.search(folded[i]) for i in kept) else columns


def _a_table_of_money(grid: table_aims.Grid, rows: list[list[str]], heads: list[str], caption: str, by_years: bool,
                      rx: SimpleNamespace) -> bool:
    """Whether a table read by its cells (:func:`_grid_targets`) is one of money given out, no aims
    (SPEC §2.1): its caption or header naming a budget, an allocation or money of funding ("DỰ
    TOÁN CHI NGÂN SÁCH … Đơn vị tính: triệu đồng", "Tổng mức đầu tư", "Nguồn vốn"; not money
    raised or collected, "Vốn FDI thu hút", "Thu ngân sách": table_money_raised_words), or its rows
    mostly money's sources ("Ngân sách trung ương | Ngân sách tỉnh | Vốn doanh nghiệp" by year
    under "Đơn vị tính: tỷ đồng"). A last column of money beside the years' columns of counts
    ("Nội dung hoạt động | ĐVT | Năm 2026 | … | Năm 2030 | Kinh phí dự kiến (triệu đồng/năm)") is
    the table's one budget column: the rest is read (``by_years``)."""
    moneyed = [i for i, c in enumerate(grid.labels) if _money_given(fold(c), rx)]
    budget_last = moneyed == [len(grid.labels) - 1] and moneyed[0] in grid.value_cols and by_years
    # (Allotting aims is no money: "PHÂN BỔ CHỈ TIÊU HỖ TRỢ NHÀ Ở … GIAI ĐOẠN 2026 - 2028"; a budget
    # allotted as aims is, "GIAO CHỈ TIÊU DỰ TOÁN CHI NGÂN SÁCH NĂM 2026".)
    # (Nor is allotting goods, where no header names money: "PHÂN BỔ GẠO, NƯỚC UỐNG … HỖ TRỢ KHẨN
    # CẤP" over "Gạo (kg) | Nước uống (thùng)": goods_allotment_words.)
    goods = _goods_allotted(caption, rx) and not any(rx.money.search(c) for c in heads)
    if not goods and _money_given(_ALLOTTED_AIMS.sub(" ", fold(caption)), rx) \
            or any(_money_given(c, rx) for c in heads) and not budget_last:
        return True
    names = [fold(" ".join(rows[k][i] for i in grid.name_cols if i < len(rows[k])))
             for k in range(grid.first_data, len(rows))]
    return bool(names) and 2 * sum(1 for n in names if _money_given(n, rx)) > len(names)


def _bare_parts_cue(cell: str, rx: SimpleNamespace) -> bool:
    """Whether a cell is the parts' cue alone ("Trong đó:", "*Trong đó:*")."""
    folded = fold(cell)
    return bool(rx.parts_cell.match(folded)) and not regex.search(r"\p{L}", rx.parts_cell.sub("", folded))


def _grid_targets(table, caption: str, aims_caption: bool, issued_year: int | None, reported,
                  caption_year: str | None, caption_unit: str | None, rx: SimpleNamespace,
                  title: str | None = None
                  ) -> tuple[list[Target], list[tuple[int, int]], set[int], set[tuple[int, int]]]:
    """The aims of a table read by its cells (:mod:`pipeline.extract.table_aims`): where its
    caption or its header names aims (``aims_caption``; a header cell "Chỉ tiêu", "Mục tiêu",
    "Kế hoạch …") or it is an annex whose columns hold the plan's years, and it is no task table
    ("Nhiệm vụ | Cơ quan chủ trì | …", whose products :func:`_scale_targets` reads), no table of
    money given out and no list (its ``title``: "DANH SÁCH …"), each value cell of its columns of values, named by
    the row's group, the row's name and what the column's header qualifies ("Tỷ lệ dân số tham
    gia BHYT Xã Hàm Yên"), its unit the unit column's, the column's, the row name's, the line
    above the table's, "%" for a ratio; the column's year, the group row's or the caption's
    period its deadline; a column of results achieved, as a column in a section of the situation.
    Also the cells read (their values are not read again as prose; the row's others are), where
    the cells of the columns of a rate over the plan's term start ("Tốc độ tăng bình quân 2026 -
    2030": aims whatever the table), but a row of totals', and the cells of the columns refused
    (row, start)."""
    prefix, _ = comparators()
    rows = [[_cell_text(c) for c in cells] for _s, _e, cells, _st in table]
    rows = _side_cells_put_back(rows, rx)

    def value_of(c: str) -> regex.Match | None:
        # (Words before the figure are a comparator, "Trên 90", "Khoảng 6", or a name: "Cụm 1".)
        cm = _value_cell(c)
        return cm if cm and _cell_comparator(cm.group("cmp"), prefix) is not None else None

    # (A header's cell spanning the lower row's is the plan's ("Kế hoạch năm 2026") or the whole's
    # parts' ("Trong đó" over "Lúa | Ngô | Rau, đậu", beside "Tổng diện tích gieo trồng").)
    grid = table_aims.grid_of(rows, lambda c: value_of(c) is not None, rx.unit_headers,
                              lambda c: bool(rx.plan_header.search(fold(c)) or rx.parts_cell.match(fold(c))))
    if grid is None:
        return [], [], set(), set()
    grid = grid._replace(labels=_years_take_measure(grid.labels, grid.value_cols))
    heads = [fold(c) for c in grid.header_cells]
    # (A task table's column of tasks beside columns of years holding counts, "Nội dung hoạt
    # động | ĐVT | Năm 2026 | … | Năm 2030", sets each year's count: read as aims.)
    # (Its unit may be told by a line above it: "*Đơn vị tính: tỷ đồng*" over "TT | Nội dung | Năm 2026 |
    # Năm 2027 | Năm 2028".)
    by_years = (grid.unit_col is not None or caption_unit is not None) \
        and sum(1 for i in grid.value_cols if _YEAR.search(grid.labels[i])) >= 2
    if any(c in rx.task_headers for c in heads) and not by_years \
            or any(fold(grid.labels[i]) in rx.side_headers for i in grid.name_cols):
        return [], [], set(), set()
    if _a_table_of_money(grid, rows, heads, caption, by_years, rx):
        return [], [], set(), set()
    # (Nor is a list: "DANH SÁCH XÃ GIÁM SÁT …", "DANH MỤC DỰ ÁN …", its figures describing what
    # it lists.)
    named_aims = any(rx.target_head.search(c) or c in rx.value_headers for c in heads)
    name_cols = _naming_columns(rows[grid.first_data:], grid, rx)
    columns = {i: col for i in grid.value_cols
               if (col := table_aims.column_of(grid.labels[i], issued_year, rx)) is not None}
    # (Unless its columns hold the plan's years: "DANH MỤC DOANH NGHIỆP XUẤT KHẨU CHỦ LỰC VÀ CHỈ TIÊU
    # KIM NGẠCH XUẤT KHẨU" over "Kim ngạch xuất khẩu (triệu USD)" by "Năm 2026 | Năm 2030", "DANH
    # SÁCH XÃ …" over "Số tiêu chí đạt năm 2026"; not "DANH SÁCH XÃ GIÁM SÁT THỰC HIỆN CHỈ TIÊU NĂM
    # 2025" over "Số thôn | Dân số (người)", figures describing what it lists.)
    planned_years = any(col.kind == "target" or col.year and issued_year is not None and int(col.year) > issued_year
                        for col in columns.values())
    if title and rx.table_list.match(fold(title)) and not planned_years:
        return [], [], set(), set()
    columns = _comparisons_of_the_plan(columns, issued_year,
                                       {i: bool(rx.achieved_header.search(fold(grid.labels[i]))) for i in columns})
    columns = _totals_over_the_years(columns, grid, rx)
    # (An annex's table, "PHỤ LỤC I … (Kèm theo Quyết định số …)", whose columns hold the plan's
    # years or say they hold aims, is one of aims though no word of its own says so: "Mặt hàng |
    # Kim ngạch năm 2025 (ước) | Kim ngạch năm 2030 | Tăng trưởng bình quân 2026 - 2030 (%)".)
    # (So is one whose caption sets its rows a year after the year of issue and whose columns
    # are measures with their units and no year: "PHỤ LỤC 02 ĐIỂM DU LỊCH, CƠ SỞ HOMESTAY ĐẠT
    # CHUẨN THEO ĐỊA PHƯƠNG ĐẾN NĂM 2030" over "Huyện | … | Homestay đạt chuẩn (cơ sở)".)
    # (Or whose unit the line above it names: "KẾ HOẠCH DIỆN TÍCH GIEO TRỒNG … NĂM 2026 … Đơn vị
    # tính: ha" over "Xã | Tổng diện tích gieo trồng | Lúa | Ngô".)
    caption_unit = caption_unit or next((m.group("unit") for t in grid.titles
                                         if (m := rx.table_unit_line.search(t))), None)
    in_annex = bool(rx.annex_caption.search(caption) or rx.annex_word.search(fold(caption)))
    annexed = in_annex and (any(
        col.kind == "target" or col.kind == "plain" and col.year and issued_year is not None
        and int(col.year) >= issued_year for col in columns.values())
        or caption_year is not None and issued_year is not None and int(caption_year) > issued_year
        and bool(columns) and all(col.kind == "plain" and col.year is None and (col.unit or caption_unit)
                                  for col in columns.values()))
    # (So is an annex's table whose rows are the years of the plan, each a year after the year of
    # issue or that year, under measures with their units: "LỘ TRÌNH SẢN LƯỢNG, KIM NGẠCH XUẤT
    # KHẨU THEO NĂM" over "Năm | Sản lượng mủ cao su (tấn) | …" and "Năm 2026 | 38.200 | …".)
    annexed = annexed or in_annex \
        and _rows_of_coming_years([rows[k] for k in range(grid.first_data, len(rows))], grid, issued_year, rx) \
        and bool(columns) and all(col.year is None and col.unit for col in columns.values())
    # (So is a table anywhere whose columns are two years of the plan or more, from the year of
    # issue on, none of results, and whose unit a column or a line above tells: "Cụ thể theo từng
    # năm như sau: / Đơn vị tính: tỷ đồng" over "Nội dung | Năm 2026 | Năm 2027 | Năm 2028".)
    coming = [col for col in columns.values() if col.kind != "achieved" and col.year and issued_year is not None
              and int(col.year) >= issued_year]
    # (Or whose columns are a crop's seasons and its whole year, under a caption naming the plan:
    # "Kế hoạch diện tích gieo trồng … theo từng vụ … Đơn vị tính: ha" over "Cây trồng | Vụ Đông
    # Xuân | Vụ Mùa | Cả năm".)
    seasons = len(columns) >= 2 and caption_unit is not None and bool(rx.plan_header.search(fold(caption))) \
        and all(fold(grid.labels[i].strip(" *")) in rx.season_columns for i in columns)
    # (Not one of money in a budget's currency by the years: with no word of aims, it is a budget,
    # SPEC §2.1; an export plan's turnover in USD is not.)
    by_plan_years = seasons or by_years and len(coming) >= 2 and not _budget_sum(caption_unit, rx) \
        and not (grid.unit_col is not None and any(_budget_sum(rows[k][grid.unit_col], rx)
                                                  for k in range(grid.first_data, len(rows))
                                                  if grid.unit_col < len(rows[k])))
    # (Or an annex's table allotting goods to its rows, each column a count or a measure of no
    # year: "PHÂN BỔ GẠO, NƯỚC UỐNG … CHO CÁC XÃ, PHƯỜNG" over "Xã, phường | Số hộ | Gạo (kg)":
    # goods_allotment_words.)
    allotted = in_annex and title is not None and _goods_allotted(title, rx) and bool(columns) \
        and all(col.kind == "plain" and col.year is None and (col.unit or _column_count(grid.labels[i], rx))
                for i, col in columns.items())
    if not (aims_caption or named_aims or annexed or by_plan_years or allotted):
        return [], [], set(), set()
    # (Beside columns of the plan's aims, a column of figures of no year and no word of the plan
    # describes the rows: "Diện tích tự nhiên (ha)", "Dân số (người)" beside "Kế hoạch năm 2026".)
    # (Nor does one of a past year with no word of results: "Dân số năm 2024 (người)".)
    if any(col.kind == "target" for col in columns.values()):
        columns = {i: col for i, col in columns.items() if (col.kind != "plain" or col.year or col.term)
                   and not (col.kind == "achieved" and not rx.achieved_header.search(fold(grid.labels[i]))
                            and not rx.past_header.search(fold(grid.labels[i]))
                            and not rx.estimate_bracket.search(fold(grid.labels[i])))}
    # (The cells of the columns refused, by their row and start.)
    refused = {(k, table[k][3][i]) for k in range(grid.first_data, len(table)) for i in grid.value_cols
               if i not in columns and i < len(table[k][3])}
    # (Two columns of one time and kind tell their values apart by what each qualifies; one alone
    # needs nothing beside the row's name: "Chỉ tiêu năm 2026".)
    several = len(columns) > 1
    # (The caption's title without its years, and whether it opens with a measured quantity:
    # table_measure_titles.)
    title_words = table_aims.title_words(title, rx) if title else ""
    measure_titled = bool(_measured_title(title, rx))
    title_measure = _title_measure(title, rx)
    out: list[Target] = []
    read: list[tuple[int, int]] = []
    planned: set[int] = set()
    group, group_year, group_mark = "", None, None
    named_above = ""  # the name of the last row of values
    whole_unit = ""  # the unit of the last numbered row of values
    for k in range(grid.first_data, len(table)):
        _start, _end, _cells, starts = table[k]
        cells = rows[k]
        name = " ".join(" ".join(cells[i].split()) for i in name_cols if i < len(cells) and cells[i].strip())
        mark = _row_mark(cells[0]) if cells and 0 not in name_cols else None
        # (A row is read where its cells reach the last column of values: the table's last row
        # may end short, its empty cells at the end left out.)
        values = {i: cm for i in columns if len(cells) > max(grid.value_cols) and (cm := value_of(cells[i]))}
        if not values:
            # (The parts' cue alone, "Trong đó:" under "I | Thủy sản | 1.240 | …", opens the parts
            # of the row above: no group of its own.)
            if name and not _bare_parts_cue(name, rx):
                gm = rx.group_year.search(fold(name))
                group_year = gm.group(1) if gm else group_year
                group = "" if gm else name
                group_mark = mark
            continue
        # (A row of no name and no number with a unit of its own under a row of values is another
        # measure of the thing that row names, its name merged down: "1 | Cà phê nhân | Tấn |
        # 395.000" over " |  | Triệu USD | 1.460".)
        name = name or _merged_down_name(cells, mark, named_above, grid.unit_col)
        if not name:
            continue
        named_above = name
        # (A row numbered after the group row in its sequence is its sibling, not one of its
        # parts: "3 | Cao su | triệu USD | …" after "2 | Hồ tiêu" over its "- Lượng" and "- Giá
        # trị", m125; not "1 | Lượng" under "1 | Hồ tiêu", nor "a | Gạo" under "A | Nông sản".)
        # (Where the parts restart the numbering, "1 | Lượng" and "2 | Giá trị" under "1 | Hồ
        # tiêu", the group's own numbers are theirs, and the group goes on.)
        if _next_of(mark, group_mark):
            group, group_mark = "", None
        elif mark is not None and group_mark is not None and mark[:2] == group_mark[:2]:
            group_mark = None
        # A row of totals: its name alone (the cells beside it a merge across, not the row above's
        # name merged down); its share of 100% is the whole's, no aim.
        total = next((cells[i].strip(" *") for i in grid.name_cols if i < len(cells)
                      and fold(cells[i].strip(" *")) in rx.total_rows), None)
        name = total or name
        unit_cell, name = _grid_row_unit(cells, name, grid.unit_col, None if mark is not None else whole_unit, rx)
        whole_unit = unit_cell if mark is not None else whole_unit
        # (A row named by a year, under measures of no year: the year is its values' deadline, no
        # part of what they measure; "Năm 2026 | 38.200" under "Sản lượng mủ cao su (tấn)".)
        row_year = rx.year_cell.match(" ".join(fold(name).split()))
        if row_year and all(col.year is None for col in columns.values()):
            name = ""
        else:
            row_year = None
        for i, cm in values.items():
            col = columns[i]
            if cm.group("of"):
                continue
            value = _cell_number(cm)
            if total and value == 100 and (cm.group("pct") or unit_cell == "%" or col.unit == "%"):
                continue
            until = _number(cm.group("u"), thousands=True) if cm.group("u") else None
            qualifier = col.qualifier if several or not named_aims else None
            indicator = " ".join(p for p in (group, name) if p)
            # (A qualifier that says only that the column holds values, "Giá trị (triệu USD)" beside
            # "Tỷ trọng (%)", gives way to a caption's title naming a measure: "Hoa Kỳ Kim ngạch
            # xuất khẩu theo thị trường", not "Giá trị Hoa Kỳ".)
            if qualifier and measure_titled and fold(qualifier) in rx.plain_value_headers:
                qualifier = None
            measure = bool(qualifier and (rx.measure_header.match(fold(qualifier)) or col.unit))
            if qualifier and fold(qualifier) not in fold(indicator):
                indicator = f"{qualifier} {indicator}" if measure else f"{indicator} {qualifier}"
            # (Rows naming markets, products or places under a caption naming what their values
            # measure, "KIM NGẠCH XUẤT KHẨU CÁC THỊ TRƯỜNG CHÍNH" over "Trung Quốc": the title
            # after the name, "Trung Quốc Kim ngạch xuất khẩu các thị trường chính".)
            if title and not measure and grid.unit_col is None and len(name.split()) <= _NAME_ONLY_WORDS \
                    and not rx.measure_header.match(fold(name)):
                indicator = f"{indicator} {title_words.capitalize()}"
            # (The same under a unit column where the caption names the measure after its plan
            # word, "CHỈ TIÊU KIM NGẠCH XUẤT KHẨU THEO NHÓM HÀNG" over "1 | Cà phê (nhân, rang xay,
            # hòa tan) | Triệu USD": the measure before the name, "Kim ngạch xuất khẩu Cà phê …".)
            else:
                indicator = _measure_first(indicator, title_measure, measure or grid.unit_col is None, unit_cell, rx)
            unit = "%" if cm.group("pct") else (cm.group("cu") or col.unit or unit_cell or "")
            if unit_cell == "%":
                unit = "%"
            if not unit and rx.ratio_words.match(fold(name)) and value <= 100:
                unit = "%"
            elif not unit and (counted := rx.number_of.match(name)):
                unit = counted.group(1)
            counted_by = _column_count(grid.labels[i], rx) if allotted else _counted_by(grid.labels[i])
            unit = unit or caption_unit or counted_by or ""
            if not unit or _column_percent_misread(cm, value, unit):
                continue
            kind = col.kind
            if kind == "plain":
                kind = "achieved" if reported is not None and reported(starts[i]) else "target"
            deadline = col.year or (row_year.group("year") if row_year else None) or group_year \
                or (caption_year if kind == "target" else None)
            cell_at = starts[i]
            if (col.term or col.growth) and not total:  # (a total the header rules skip restates)
                planned.add(cell_at)
            read.append((cell_at, cell_at + len(cells[i])))
            out.append(Target(
                value=value, unit=unit, comparator=_cell_comparator(cm.group("cmp"), prefix) or "=",
                indicator=_short(indicator) or None, scope="term" if col.term else None, deadline=deadline,
                section=None, start=cell_at, end=cell_at + len(cells[i]),
                text=" | ".join(c for c in (name, unit_cell, cells[i]) if c),
                until=until, kind=kind))
    return out, read, planned, refused


def _years_take_measure(labels: list[str], value_cols: list[int]) -> list[str]:
    """Columns' labels with a year alone after a column naming a measure by one year and its unit
    ("Tỷ lệ thu gom 2026 (%) | 2028 | 2030") naming that measure by their own year ("Tỷ lệ thu gom
    2028 (%)"), as a header printed to save its width means; the others as they are (a label of a
    period or of two years is left alone: its years are what the grid spans)."""
    out = list(labels)
    measure = None  # the label of the last column naming a measure by a year, in a run of them
    for i in value_cols:
        label = " ".join(labels[i].strip(" *").split())
        if _BARE_YEAR_LABEL.fullmatch(label) and measure is not None:
            out[i] = _YEAR.sub(label[-4:], measure, count=1)
        elif len(_YEAR.findall(label)) == 1 and _UNIT_ENDING.search(label) \
                and _MEASURE_WORDS.search(_UNIT_ENDING.sub("", _YEAR.sub("", label))):
            measure = label
        else:
            measure = None
    return out


# A bracket ending a column's label, its unit ("… (%)", "… (tấn/ngày)").
_UNIT_ENDING = regex.compile(r"\([^()]*\)\s*$")
# A measure's words in a label without its year and unit: a word not "năm" ("Tỷ lệ thu gom"; not
# "Năm 2024 (ước)", an estimate's year).
_MEASURE_WORDS = regex.compile(r"(?i)(?<!\p{L})(?!năm(?!\p{L}))\p{L}{2,}")
# A column's label of a year alone ("2028", "Năm 2030").
_BARE_YEAR_LABEL = regex.compile(r"(?i)(?:năm\s+)?(?:19|20)\d\d")
# The most words of a quota column's header naming its thing ("Giới thiệu đoàn viên ưu tú cho Đảng").
_COUNTED_HEADER_WORDS = 8


def _column_count(label: str, rx: SimpleNamespace) -> str | None:
    """What a column's header counts: :func:`_counted_by`, or the word after the count word where
    the tagger reads no noun there ("Số khẩu" → "khẩu")."""
    counted = _counted_by(label)
    if counted:
        return counted
    m = rx.number_of.match(label)
    return m.group(1) if m else None


@functools.lru_cache(maxsize=256)
def _counted_by(label: str) -> str | None:
    """The thing a table column's header counts where it names no unit: the noun after the count
    word opening one of its parts ("Tổng số | Số đoàn viên phát triển mới" → "đoàn viên", "Số
    CĐCS thành lập mới" → "CĐCS"; a quota table's columns, its rows the units given them), as the
    tagger reads it; None where no noun follows it (the tagger's noun tags: common, proper, unit)."""
    rx = vocabulary_patterns()
    # (The last opening: "Tổng số | Số đoàn viên phát triển mới", a whole's cell over its count's.)
    opening = next(reversed(list(rx.count_opening.finditer(label))), None)
    if opening is None:
        # (Or, in a header's few words, no row's name misread as one, "Buổi tư vấn hướng nghiệp, tư
        # vấn tuyển sinh trực tiếp tại trường THCS, THPT" of a table read a page off, nor a column of
        # a time, "Chỉ tiêu năm học 2025 - 2026": a thing a plan counts opening it, count_units,
        # "Suất quà Tết Sum vầy" → "Suất quà"; else the noun after a verb opening it, what the
        # column's figures are made of, a quota table's "Phát triển đoàn viên mới" → "đoàn viên",
        # "Thành lập CĐCS mới" → "CĐCS".)
        plain = label.strip(" *")
        if len(plain.split()) > _COUNTED_HEADER_WORDS or regex.search(r"\d", plain):
            return None
        counted = rx.count_unit_opening.match(plain)
        if counted:
            return counted.group(0)
        tags = pos_tag(plain)
        if len(tags) >= 2 and tags[0][1] == "V" and tags[1][1] in ("N", "Np", "Nu") \
                and not rx.target_head.search(tags[0][0]) and fold(tags[1][0]) not in rx.stopwords:
            return tags[1][0]
        return None
    rest = label[opening.end():]
    if rx.count_word_compound.match(fold(rest)):
        return None
    # (A thing a plan counts, count_units, whatever the tagger calls its first word: "Số mã số vùng
    # trồng đã cấp đến năm 2025" → "mã số vùng trồng".)
    if counted := rx.count_unit_opening.match(rest):
        return counted.group(0)
    tags = pos_tag(rest)
    word, tag = tags[0] if tags else ("", "")
    return word if tag in ("N", "Np", "Nu") and fold(word) not in rx.stopwords else None


def _grid_row_unit(cells: list[str], name: str, unit_col: int | None, whole_unit: str | None,
                   rx: SimpleNamespace) -> tuple[str, str]:
    """A row's unit (its unit column's cell, else the unit in brackets ending its name) and its
    name without that unit and without a bullet. A part of a numbered row, no number of its own
    (``whole_unit`` given: that row's unit) and its unit cell merged down and left empty, is
    measured in its whole's unit ("1 | Tổng diện tích nuôi trồng | ha" over " | - Nuôi tôm - lúa |
    | 74.500")."""
    unit_cell = cells[unit_col].strip() if unit_col is not None and unit_col < len(cells) else ""
    if not unit_cell and whole_unit and _SUB_ROW.match(name):
        unit_cell = whole_unit
    named_unit = rx.named_unit.search(name)
    if named_unit and not _abbreviation(named_unit.group(1)):
        unit_cell = unit_cell or named_unit.group(1)
        name = name[:named_unit.start()].strip()
    return unit_cell, _SUB_ROW.sub("", name)


def _merged_down_name(cells: list[str], mark: tuple | None, named_above: str, unit_col: int | None) -> str:
    """The name of the row of values above (``named_above``) for a row of no name, no number (its
    ``mark``) and a unit of its own, another measure of that row's thing; "" else."""
    if mark is not None or cells and cells[0].strip() or unit_col is None or unit_col >= len(cells):
        return ""
    return named_above if cells[unit_col].strip() else ""


# A count of a task table's scale cell: "450 gian hàng", "≥ 40 sản phẩm" (one of a cell's parts
# apart by commas or semicolons: "01 đoàn, 15 doanh nghiệp").
_ROW_YEAR = regex.compile(r"(?<!\d)(20\d\d)(?!\d)")


@functools.cache
def _scale_cell_patterns() -> tuple[regex.Pattern, regex.Pattern]:
    """A scale cell's count ("Tối thiểu 04 lớp/năm": by the year, scope annual) and its percentage
    naming nothing after it but maybe its year ("Tối thiểu 85% năm 2025", "100%": a share of what
    the row's task does); the year word from the vocabulary of dates."""
    year = alternation([load_json("dates.json")["year"]])
    count = regex.compile(r"^(?P<cmp>[^\d]*?)\s*(?P<v>\d{1,3}(?:\.\d{3})+|\d+)"
                          rf"\s+(?P<noun>\p{{L}}+(?:[ ]\p{{L}}+){{0,7}})(?P<yearly>/[ ]?(?:{year}))?$")
    percent = regex.compile(rf"^(?P<cmp>[^\d]*?)\s*(?P<v>\d{{1,3}}(?:,\d+)?)\s*%(?:\s+(?:{year})\s+(?P<year>20\d\d))?$")
    return count, percent


# A scale cell of a count alone ("4", "1.500").
_BARE_COUNT = regex.compile(r"\d{1,3}(?:\.\d{3})+|\d+")


# The comparator signs a scale cell may open with, and the comparators they stand for.
_SCALE_SIGNS = {"≥": ">=", ">=": ">=", "≤": "<=", "<=": "<=", ">": ">", "<": "<"}


def _scale_comparator(m: regex.Match, prefix: dict[str, str]) -> str | None:
    """The comparator of a scale cell's count or percentage (``m``, its words before the figure in
    group "cmp"): a comparator word's ("Tối thiểu" → ">="), a sign's, "=" for none; None for any
    other words."""
    cmp = fold(m.group("cmp").strip())
    if cmp and cmp not in prefix and cmp not in _SCALE_SIGNS:
        return None
    return prefix.get(cmp) or _SCALE_SIGNS.get(cmp) or "="


def _scale_unit(noun: str) -> str | None:
    """A scale cell's unit: its counted noun of up to four words, or where longer the thing
    counted it opens with (count_units: "150 doanh nghiệp được hỗ trợ" → "doanh nghiệp", the
    words after it naming the aim with the task's); opening with no such thing but a noun (the
    tagger's), its words up to the first of scale_noun_stops, eight at most ("02 sàn giao dịch dữ
    liệu thí điểm", "02 trung tâm xuất sắc có phòng thí nghiệm" → "trung tâm xuất sắc"); None for any
    other."""
    words = noun.split()
    if len(words) <= 4 and not any(fold(" ".join(words[:k])) in vocabulary_patterns().counted_things
                                   for k in range(1, len(words))):
        return noun
    counted = next((" ".join(words[:k]) for k in range(min(len(words), 4), 0, -1)
                    if fold(" ".join(words[:k])) in vocabulary_patterns().counted_things), None)
    if counted is None and (tags := pos_tag(noun)) and tags[0][1] in ("N", "Nc"):
        stops = _folded_words("scale_noun_stops")
        head = list(itertools.takewhile(lambda w: fold(w) not in stops, words))
        return " ".join(head) if 0 < len(head) <= _SCALE_NOUN_WORDS else None
    return counted


# The most words of a scale cell's counted noun opening with no thing counted (count_units).
_SCALE_NOUN_WORDS = 8


def _scale_header(folded: list[str]) -> tuple[int, int, int | None] | None:
    """A task table's header with a column of scales and one of tasks ("TT | Nội dung hoạt động |
    Quy mô | Đơn vị chủ trì | …"): (the scale column, the task column, the unit column or None),
    else None."""
    rx = vocabulary_patterns()
    scale = next((i for i, c in enumerate(folded) if c in rx.scale_headers), None)
    task = next((i for i, c in enumerate(folded) if c in rx.task_headers), None)
    unit = next((i for i, c in enumerate(folded) if c in rx.unit_headers), None)
    return (scale, task, unit) if scale is not None and task is not None else None


def _scale_cell(cell: str, header: str, cells: list[str], unit_col: int | None) -> str:
    """A scale cell's words with the counted noun a bare count leaves to its row's unit cell or to
    its header ("4" beside "Hội nghị" under "Đơn vị tính", "8" under "Tổng số cuộc": "4 Hội nghị",
    "8 cuộc")."""
    words = " ".join(cell.split())
    if not _BARE_COUNT.fullmatch(words):
        return words
    unit = " ".join(cells[unit_col].split()) if unit_col is not None and unit_col < len(cells) else ""
    named = _COUNT_HEADER.match(header)
    return f"{words} {unit or (named.group(1) if named else '')}".strip()


# A header counting a thing ("Tổng số cuộc", "Số lớp": "cuộc", "lớp"; "Số lượng" names none), folded.
_COUNT_HEADER = regex.compile(r"(?:tổng\s+)?số\s+(?!lượng(?!\p{L}))(\p{L}+(?:\s+\p{L}+)?)$")


def _scale_targets(text: str, span_tables: list[tuple[int, int, tuple]]) -> tuple[list[Target], list[tuple[int, int]]]:
    """The aims of task tables' scale columns (table_scale_headers): each count of a row's scale
    cell, its counted noun and the row's task the indicator ("450 gian hàng" of "Hội chợ Thương mại
    quốc tế Việt - Trung" → "gian hàng Hội chợ Thương mại quốc tế Việt - Trung"; the task alone where
    it opens with the noun, "02 hội nghị" of "Hội nghị kết nối cung cầu …"), a year of the row's
    other cells the deadline ("Tháng 11/2026"). No duration ("03 ngày") nor money. A percentage
    naming nothing but its year ("Tối thiểu 85% năm 2025") is a share of the row's task, its year
    the deadline. Also the rows read."""
    prefix, _ = comparators()
    v = _vocab()
    scale_count, scale_percent = _scale_cell_patterns()
    skip = {fold(w) for w in v["durations"]["units"] + v["money_words"]}
    out: list[Target] = []
    rows_read: list[tuple[int, int]] = []
    for _lo, _hi, tables in span_tables:
        for table in tables:
            header = None
            width = 0
            heads: list[str] = []
            for r_start, r_end, cells, cell_starts in table:
                folded = [" ".join(fold(c).split()) for c in cells]
                if header is None:
                    header, width, heads = _scale_header(folded), len(cells), folded
                    continue
                scale, task, unit_col = header
                if scale == width - 1 and task < len(cells) - 1 < scale:
                    # (The scale the last column: a row short of an empty cell the page left out,
                    # "3 | Hỗ trợ doanh nghiệp … | Sở Khoa học và Công nghệ | 2026 - 2030 | 150
                    # doanh nghiệp được hỗ trợ" under a header of six, has it last.)
                    scale = len(cells) - 1
                if max(scale, task) >= len(cells) or not cells[task].strip():
                    continue
                name = " ".join(cells[task].split())
                years = [y for i, c in enumerate(cells) if i not in (scale, task) for y in _ROW_YEAR.findall(c)]
                at = cell_starts[scale]
                for part in regex.split(r"[,;]", cells[scale]):
                    words = _scale_cell(part, heads[scale], cells, unit_col)
                    # (A part of a cell wrapped over lines is not found as printed: its cell's start.)
                    start = text.find(part.strip(), at)
                    start = at if start < 0 else start
                    pm = scale_percent.match(words)
                    comparator = _scale_comparator(pm, prefix) if pm else None
                    if pm and comparator:
                        out.append(Target(
                            value=_number(pm.group("v")), unit="%", comparator=comparator,
                            indicator=name, scope=None,
                            deadline=pm.group("year") or (years[-1] if years else None), section=None,
                            start=start, end=start + len(part.strip()), text=f"{name} | {cells[scale].strip()}",
                            until=None, kind="target"))
                        rows_read.append((r_start, r_end))
                        continue
                    cm = scale_count.match(words)
                    comparator = _scale_comparator(cm, prefix) if cm else None
                    if not comparator or fold(cm.group("noun")).split()[0] in skip:
                        continue
                    noun = _scale_unit(cm.group("noun"))
                    if noun is None:
                        continue
                    opens = fold(name).startswith(fold(noun) + " ")
                    out.append(Target(
                        value=_number(cm.group("v"), thousands=True), unit=noun, comparator=comparator,
                        indicator=name if opens else f"{cm.group('noun')} {name}",
                        scope="annual" if cm.group("yearly") else None,
                        deadline=years[-1] if years else None, section=None,
                        start=start, end=start + len(part.strip()), text=f"{name} | {cells[scale].strip()}",
                        until=None, kind="target"))
                    rows_read.append((r_start, r_end))
    return out, rows_read


# The most words of a cell in a row of the columns' units ("Triệu đồng/người/năm", "Hợp tác xã");
# the most rows of a header a table's first rows hold.
_UNIT_CELL_WORDS = 4
_HEADER_ROWS_MOST = 4
# The most cells a row of units printed one cell a line may lack (its row's number and name,
# merged down); a group's mark or its name in capitals is no unit ("I | NHIỆM VỤ CHUNG").
_UNITS_ROW_MOST_SHORT = 3
_GROUP_LIKE = regex.compile(r"[IVXLC]{1,5}\.?|\p{Lu}[.)]?|\p{Lu}+(?:[ \t,]+\p{Lu}+)+")


def _with_units_merged(table):
    """A table's rows with a header's row of the columns' units under the row of their measures
    merged into it, each unit in brackets after its measure ("Sản phẩm OCOP đạt 3 sao trở lên" over
    "Sản phẩm": "Sản phẩm OCOP đạt 3 sao trở lên (Sản phẩm)"), as a header names them in one cell:
    the units' row under the measures' cells only (its cells the last columns' where it is short,
    its first cells merged down and left out), short words with no figure, two or more."""
    rows = list(table)
    for k in range(min(len(rows) - 1, _HEADER_ROWS_MOST)):
        upper, lower = rows[k][2], rows[k + 1][2]
        if _UNITS_ROW_MOST_SHORT >= len(upper) - len(lower) > 0 and all(c.strip() for c in lower):
            # (A page writing one cell a line leaves out the cells merged down over it: the units
            # are the last columns'.)
            lower = [""] * (len(upper) - len(lower)) + list(lower)
        under = [i for i, c in enumerate(lower) if c.strip()]
        if len(under) < 2 or any(i >= len(upper) or len(upper[i].split()) < 2 or "(" in upper[i]
                                 or regex.search(r"\d", lower[i]) or not regex.search(r"\p{L}", lower[i])
                                 or len(lower[i].split()) > _UNIT_CELL_WORDS
                                 or len(lower[i].split()) >= len(upper[i].split())
                                 or _GROUP_LIKE.fullmatch(lower[i].strip())
                                 for i in under):
            continue
        # (A unit printed in its brackets keeps them once: "*(Triệu USD)*".)
        cells = [f"{c} ({' '.join(lower[i].split()).strip(' *_()')})" if i in under else c
                 for i, c in enumerate(upper)]
        rows[k:k + 2] = [(rows[k][0], rows[k + 1][1], tuple(cells), rows[k][3])]
        break
    return rows


def _group_measure(cells: list[str], col: int, rx: SimpleNamespace, kept: tuple | None = None
                   ) -> tuple[str, str | None, bool]:
    """A group row's name (in cell ``col``), the unit it names in brackets for the rows under it
    ("I | Tổng sản lượng thủy sản (tấn) | |": "Tổng sản lượng thủy sản", "tấn"), and whether its
    rows with no number are its own (it has a number, its name a cell after it); the name whole
    and no unit where it names none (an abbreviation in brackets, "Liên minh châu Âu (EU)", is
    none), or the row holds more than its number and name (a header's lower row, "Diện tích (ha) |
    Sản lượng (tấn)", names its columns' units). ``kept``, the group before, where the row is
    no group (the cue of the parts of the row above, "Trong đó:")."""
    if kept is not None:
        return kept
    name = " ".join(cells[col].split())
    own_rows = col > 0 and bool(cells[0].strip())
    m = rx.named_unit.search(name)
    if m is None or _abbreviation(m.group(1)) or m.end() != len(name.rstrip(" :")) \
            or any(c.strip() for k, c in enumerate(cells) if k not in (0, col)):
        return name, None, own_rows
    return name[:m.start()].strip(), m.group(1), own_rows


def _title_activity(title: str | None) -> str:
    """The activity a caption's title names (table_title_activities: "CHỈ TIÊU XUẤT KHẨU MỘT SỐ NHÓM
    HÀNG, MẶT HÀNG CHỦ LỰC" → "xuất khẩu"), "" where none."""
    folded = fold(title or "")
    return next((w for w in _folded_words("table_title_activities")
                 if regex.search(rf"(?<!\p{{L}}){regex.escape(w)}(?!\p{{L}})", folded)), "")


def _under_rows_above(row_name: str, sub: regex.Match | None, parent_name: str | None, group_name: str,
                      in_group: bool, rx: SimpleNamespace, measured: bool = False, activity: str = "") -> str:
    """A table row's name with what the rows above it name: a bulleted row under a group row
    measures the group's thing ("1 | Gạo" over "| - Sản lượng | Tấn | 500.000": "Sản lượng Gạo");
    under a numbered row of a rate it is a part measured as that row is (:func:`_part_row_name`);
    a row with no number right under a numbered group row (``in_group``) measures the group's
    thing too ("1 | Xuất khẩu qua cửa khẩu | |" over " | Kim ngạch (triệu USD) | 1.950": "Kim
    ngạch … Xuất khẩu qua cửa khẩu"; a numbered row ends the group's rows). Under a numbered row
    of a quantity (``parent_name`` None) a bulleted row names a part of its thing itself ("3 | Rau
    quả các loại, trong đó: | triệu USD | 415" over "| - Trái cây tươi | … | 290"). Under a group
    row naming a measure and its unit (``measured``), any row is a part of it (:func:`_part_row_name`:
    "Tổng sản lượng thủy sản (tấn)" over "1 | Khai thác": "sản lượng thủy sản Khai thác")."""
    if measured:
        return _part_row_name(group_name, row_name[sub.end():] if sub else row_name, rx)
    if sub and parent_name is None:
        return row_name[sub.end():]
    if sub and parent_name:
        return _part_row_name(parent_name, row_name[sub.end():], rx)
    if sub and group_name:
        # (With the activity the table's caption names, a plain measure's: "CHỈ TIÊU XUẤT KHẨU …"
        # over "1 | Cà phê" and "| - Trị giá | Triệu USD | 520" → "Trị giá xuất khẩu Cà phê".)
        measure = row_name[sub.end():]
        if activity and activity not in fold(f"{measure} {group_name}"):
            measure = f"{measure} {activity}"
        return f"{measure} {group_name}"
    if in_group and group_name:
        return f"{row_name} {group_name}"
    return row_name


def _part_row_name(parent: str, part: str, rx: SimpleNamespace) -> str:
    """The indicator of a bulleted row under a row of values: the parent's measure, without its
    brackets and the word of a whole before its noun, with the part's name ("Tốc độ tăng tổng giá
    trị sản xuất (giá SS 2010)", "Nông, lâm, thủy sản" → "Tốc độ tăng giá trị sản xuất Nông, lâm,
    thủy sản"); the part's name alone where it shares a word with the measure (it says what it is:
    "Tổng kim ngạch xuất khẩu" over "- Kim ngạch xuất khẩu gạo")."""
    measure = " ".join(_PARENTHESIS.sub("", parent).split())
    measure = regex.sub(rf"(?i)(?<!\p{{L}})(?:{rx.whole_words})\s+(?=\p{{L}})", "", measure, count=1)
    if not measure or _shares_a_word(part, measure):
        return part
    return f"{measure} {part}"


def _unit_of_planned(told_unit: str | None, columns: dict[int, _Column]) -> str | None:
    """``told_unit`` (the line above a table naming its unit) where the table's header has a
    column of the plan's aims, else None."""
    return told_unit if any(c.kind == "target" for c in columns.values()) else None


def _caption_unit(caption: str, rx: SimpleNamespace) -> str | None:
    """The unit a line above a table of aims names for its values ("Đơn vị tính: triệu USD"), as
    printed; None where there is none, or the caption names a budget (money spent is no aim)."""
    m = rx.table_unit_line.search(caption)
    if m is None or rx.budget.search(fold(caption)):
        return None
    if not m.group("told") and fold(m.group("unit").split()[0]) not in rx.measured_unit_words:
        return None  # ("Đơn vị: Sở Công Thương" names a body)
    return m.group("unit")


def _abbreviation(bracket: str) -> bool:
    """Whether a bracket ending a row's name is an abbreviation of the name ("EU", "ICD"), in
    capitals and no unit of measure ("MW", "USD" are units)."""
    units = {fold(u) for u in _vocab()["measure_units"]}
    return bool(regex.fullmatch(r"[\p{Lu}\d&.-]*\p{Lu}[\p{Lu}\d&.-]*", bracket)) and fold(bracket) not in units


_NUMBER_ALONE = regex.compile(r"\s*(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s*%?\s*")


def _cell_comparator(words: str, prefix: dict[str, str]) -> str | None:
    """The comparator of the words before a table cell's figure: "=" for none or an approximate
    word alone ("Khoảng 6", as a plan's table of national aims prints them; approximate_words), the
    prefix comparator's sign ("Trên 90", "Khoảng trên 90"); None for other words (no aim read)."""
    folded = fold(words.strip())
    while (word := next((w for w in _approximate_words() if folded == w or folded.startswith(w + " ")),
                        None)) is not None:
        folded = folded[len(word):].strip()
    return prefix.get(folded) if folded else "="


@functools.cache
def _approximate_words() -> tuple[str, ...]:
    return tuple(fold(w) for w in _vocab()["approximate_words"])


def _row_readings(values: dict, row_name: str, rx: SimpleNamespace):
    """Each value cell's readings (column, match, value, upper end, the row's name): its value; and
    where the row's name ends in a part of it in brackets ("Các nước ASEAN (trong đó Campuchia)"),
    the value the cell gives in brackets after its own ("2.110 (1.240)"), named by the part, the
    cell's own named by the name without it."""
    part = rx.part_in_brackets.match(row_name)
    name = part.group("name") if part else row_name
    for i, cm in values.items():
        until = _number(cm.group("u"), thousands=True) if cm.group("u") else None
        yield i, cm, _cell_number(cm), until, name
        if part and cm.group("note") and (nm := _NUMBER_ALONE.fullmatch(cm.group("note"))):
            yield i, cm, _number(nm.group(1), thousands=True), None, part.group("part")


# The most words of the name a sum of a list opens with after its ";" ("may mặc 66,4 triệu USD").
_LISTED_NAME_WORDS = 6
# The number opening a value's match, before its unit.
_LEADING_NUMBER = regex.compile(r"^[\d.,\s–-]+")


def _listed_after_reached(text: str, m: regex.Match, rx: SimpleNamespace, lo: int) -> bool:
    """Whether a count at ``m`` follows a short name after a ";" in a list whose earlier item, on its
    line, reached a value of the same unit after a verb of reaching: the list's further sums, the
    verb left out ("… gồm thủy sản chế biến ước đạt 19,7 triệu USD (tăng 25,9%); may mặc 66,4 triệu
    USD (tăng 30,1%); …")."""
    semi = text.rfind(";", lo, m.start())
    if semi < 0:
        return False
    own = text[semi + 1:m.start()]
    if not own.strip() or len(own.split()) > _LISTED_NAME_WORDS or "," in own or "\n" in own:
        return False
    unit = _LEADING_NUMBER.sub("", m.group(0))
    start = max(text.rfind("\n", lo, semi), text.rfind(". ", lo, semi) + 1, lo - 1) + 1
    return any(_LEADING_NUMBER.sub("", v.group(0)) == unit
               and rx.reached.search(text, max(start, v.start() - 30), v.start())
               for v in _value_re().finditer(text, start, semi))


def _read_value(m, text: str, lo: int, cl: int, cr: int, in_targets: bool, heading: str = "",
                tasks_part: bool = False, ruled: bool = False) -> tuple[float, float | None, str | None, int] | None:
    """The value, upper end, unit and the unit's start of a match of :func:`_value_re` in the clause
    ``text[cl:cr]`` (under the headings ``heading``); None where the number is no aim (a year, a
    part's number, a count without a cue outside a targets section or, in a part of the plan's
    tasks (``tasks_part``), one of no counted noun of the vocabulary nor a measure, a count
    describing a percentage's indicator)."""
    v = _vocab()
    rx = vocabulary_patterns()
    s, e = m.start(), m.end()
    before = text[max(cl, s - 40):s]
    unit: str | None
    if m.group("lnum"):
        if not rx.prefix.search(fold(before)):
            return None
        value, unit, until, unit_start = _number(m.group("lnum")), "%", None, e
    elif m.group("pct"):
        value, unit = _number(m.group("num")), "%"
        until = _number(m.group("num2")) if m.group("num2") else None
        unit_start = e
    elif m.group("znum") is not None:
        # "phát thải ròng bằng “0”": an aim of none, where the plan sets aims or the clause names one.
        if not (in_targets or rx.target_head.search(text, cl, s)):
            return None
        value, unit, until, unit_start = 0, None, None, e
    elif m.group("inum"):
        # "Chỉ số … (HDI) đạt 0,85": an index, named before the value in its clause; no unit.
        # (Where the plan sets aims, or a verb of reaching opens it: "hệ số ICOR khoảng 4,7" in a
        # task is no aim; "Chỉ số … đạt 0,85" is one.)
        if not rx.index.search(fold(text[cl:s])) or rx.not_before.search(fold(text[max(lo, s - 25):s])) \
                or not (in_targets or rx.reached.search(text, max(cl, s - 30), s)):
            return None
        value, unit, until, unit_start = _number(m.group("inum")), None, None, e
    elif m.group("bnum"):
        # "VN_AQI ≥ 300": no unit; the sign is the comparator, the name before it the indicator.
        value, unit, until, unit_start = _number(m.group("bnum"), thousands=True), None, None, e
    elif m.group("wnum"):
        # "tối thiểu một lần/năm": a number in words is a value only after a comparator word (not
        # the words of computing per: "giá trị sản phẩm thu được trên một ha đất trồng trọt").
        if not rx.prefix.search(fold(before)) or rx.per_base_before.search(fold(before)):
            return None
        value = v["ocr_digits"].get(m.group("wnum")) or v["word_numbers"][fold(m.group("wnum"))]
        until = None
        if m.group("wmeasure"):
            unit, unit_start = m.group("wmeasure"), m.start("wmeasure")
        else:
            more = rx.unit_words.match(text, m.end())
            unit = " ".join((m.group("wunit") + (more.group(0) if more else "")).split())
            rate = rx.rate.match(text, m.end() + (len(more.group(0)) if more else 0))
            if rate:
                unit += _rate_suffix(rate.group("per"))
            unit_start = m.start("wunit")
    else:
        value = _number(m.group("cnum"), thousands=True)
        until = _number(m.group("cnum2"), thousands=True) if m.group("cnum2") else None
        # (A part of a whole is no more than the whole, "15/11 xã" is none; nor is a whole a year,
        # "Quyết định 12/2025 xã hội hóa" is a document's number.)
        if m.group("den") and (until is not None or value > _number(m.group("den"), thousands=True)
                               or _YEAR.fullmatch(m.group("den"))):
            return None
        folded_before = fold(text[max(lo, s - 25):s])
        # "thuộc nhóm 3 nước dẫn đầu": a rank to reach, its unit the words up to the leading word
        # (an aim where the plan sets aims or a cue word says so; else "nhóm" before makes it none).
        if rank := _rank_unit(m, text, rx, folded_before, cl, cr, in_targets or bool(rx.cue.search(text[cl:s]))):
            return value, until, " ".join(rank.group("unit").split()), rank.start("unit")
        # "năm 2030", "Điều 5", "giai đoạn 2021": a year or a part's number; neither has decimals
        # ("Giảm tỷ lệ sinh bình quân trong năm 0,4‰").
        # (Nor is a measure of a dimension named before it in its clause, "điều tra … đến độ sâu 300
        # và 1.500 mét nước", "kim loại ẩn sâu … đến 1.000 m": it says how a task is done.)
        # (Nor the places an event reaches from a level of administration down: "Hội nghị trực tuyến
        # từ tỉnh đến 124 xã, phường"; a network's reach, "kết nối mạng … từ tỉnh đến 124 xã", is.)
        head_at = m.start("unit") if m.group("unit") else m.start("noun") if m.group("noun") else m.start("measure")
        if _no_count_here(text, m, rx, cl, folded_before, head_at, value, until):
            return None
        # A count is an aim only where the plan sets aims or a cue word says so, or where it is
        # a quantity in thousands or millions of a thing not money ("sản lượng thịt hơi 2,75
        # triệu tấn").
        # (Not one in quotation marks: a name, "Chương trình “01 triệu sáng kiến …”".)
        quoted = text.count("“", cl, s) > text.count("”", cl, s)
        # (In a part of the plan's tasks, a counted noun of the vocabulary or a measure, not money,
        # nor after a preposition describing for whom or where: "tạo điều kiện cho 20 doanh nghiệp".)
        task_count = tasks_part and bool(m.group("unit") or m.group("measure")) and not quoted \
            and not rx.money.search(text, head_at, m.end()) and not rx.descriptor.search(folded_before)
        if not (in_targets or task_count or _aim_cue(text, m, rx, cl, folded_before)
                or ruled
                or _part_of_an_aim(text, rx, lo, s) or _task_quantity(text, m, cl, cr)
                or _listed_after_reached(text, m, rx, lo)
                or rx.magnitude.match(text, head_at) and not quoted):
            return None
        # A count in the clause of a percentage describes what the percentage is of ("100%
        # các khu công nghiệp có tối thiểu 1 trạm phát sóng 5G", "tốc độ 01 Gb/s đạt 100%").
        # (Not one in a parenthesis: "đạt dưới 40 μg/m3 (giảm 20% so với …)".)
        # (Not one a verb of reaching opens: "Tổng thu ngân sách nhà nước đạt 166,9 nghìn tỷ đồng,
        # vượt 11,8% dự toán năm": the percentage compares it.)
        # (Nor a quantity in thousands or millions, a figure of its own: "phát triển thêm 2,5 triệu
        # máy điện thoại, tăng 70%".)
        # (Nor a percentage of its parts after it: "khoảng 2.000 lượt cán bộ …, trong đó ít nhất 40%
        # là cán bộ cấp tỉnh" is a count and a share of it.)
        if _of_a_percentage(text, m, rx, cl, cr, head_at):
            return None
        if m.group("measure"):
            unit, unit_start = m.group("measure").strip(), m.start("measure")
        else:
            head = m.group("unit") or m.group("noun")
            unit_start = m.start("unit") if m.group("unit") else m.start("noun")
            # Any other noun: not a function word ("4 và"), not a year ("2030 tỉnh"), not a
            # description after a preposition ("đại diện cho 06 vùng").
            # (A quantity in thousands or millions after "cho" is the aim's own count, no
            # description: "Tạo việc làm cho 16 nghìn lao động", as "cho 2.000 người" is.)
            described = _describes(text, rx, folded_before, unit_start, cl, s)
            if m.group("noun") and (fold(head) in rx.stopwords or _YEAR.fullmatch(m.group("cnum")) or described):
                return None
            # (A unit of measure of the vocabulary's counted nouns takes no words after it: "Cứng
            # hóa thêm 180 km đường giao thông", "chuyển đổi 650 ha đất trồng lúa" measure in km, ha.)
            more = None if fold(head) in rx.measures else \
                fold(head) in rx.magnitude_word and rx.magnitude_measure.match(text, m.end()) \
                or rx.unit_words.match(text, m.end())
            unit = " ".join((head + (more.group(0) if more else "")).split())
            # Levels of administration listed as one counted thing: "29 xã, phường, đặc khu",
            # "15 tỉnh, thành phố".
            levels = rx.levels.match(text, unit_start)
            if levels:
                unit = " ".join(levels.group(0).split())
            # Further nouns listed after it, counted together: "5.000 tờ rơi, tờ gấp".
            elif listed := _noun_list(text, rx, m):
                unit = " ".join(text[unit_start:listed.end()].split())
            # A rate per unit: the count's noun, the slash and what it is per ("1 buổi/cơ sở
            # giáo dục").
            rate = rx.rate.match(text, m.end() + (len(more.group(0)) if more else 0))
            if rate:
                unit += _rate_suffix(rate.group("per"))
            # (A counted noun of the vocabulary longer than such a word opening it is one:
            # "02 loại hình sản phẩm" is no "loại", "100 phần quà" no "phần".)
            vocab_head = fold(m.group("unit") or "")
            # (Save a length of life where the clause names one, "Tuổi thọ trung bình đạt 76 tuổi",
            # and a multiple after a verb of growth, "tăng ít nhất 1,8 lần": aims, no age or times.)
            if fold(head) == rx.lifespan_unit and rx.lifespan.search(text, cl, s) \
                    or fold(head) == rx.multiple_unit and rx.multiple.search(text, max(cl, s - 30), s):
                return value, until, head, unit_start
            # (Places to fill, a time limit: :func:`_own_unit`; "" where the count is none.)
            if (own := _own_unit(unit, text, cl, s, heading, folded_before, rx)) is not None:
                return (value, until, own, unit_start) if own else None
            if (named := _named_by_its_clause(head, unit, text[cl:s], rx)) is not None:
                return value, until, named, unit_start
            if rx.money.search(unit) and (_budgeted(text, rx, cl, s)
                                          or _part_of_an_allotment(text, rx, lo, s, heading)):
                return None
            if _no_count_after(unit, vocab_head, rx) and not _kinds_aimed(unit, before, in_targets, rx):
                return None
    return value, until, unit, unit_start


def _carried_comparator(comparator: str, prev: Target | None, text: str, s: int, value: float,
                        unit: str | None) -> str:
    """A value's comparator, that of the value before it in its clause carried over a list's "và"
    or comma where it has none ("ít nhất 01 hội diễn văn nghệ và 01 giải thể thao"), never onto
    100% ("trên 80% ... và 100% ..." does not mean more than 100%)."""
    if comparator == "=" and prev is not None and prev.comparator != "=" and \
            _ends_list_join(text[prev.end:s]) and not (unit == "%" and value == 100):
        return prev.comparator
    return comparator


def _qualifies(text: str, rx: SimpleNamespace, prev: Target | None, s: int) -> bool:
    """Whether a bounded value at ``s`` says which of the things the figure before it in its clause
    (``prev``) counts are meant ("15 doanh nghiệp đạt kim ngạch xuất khẩu từ 100 triệu USD/năm trở
    lên"), no aim of its own; not the total of those things ("20 vùng trồng dược liệu đạt tiêu
    chuẩn GACP-WHO với tổng diện tích tối thiểu 15.000 ha" sets the area too)."""
    if prev is None or prev.end > s:
        return False
    between = text[prev.end:s]
    return bool(rx.qualifying.match(between)) \
        and not regex.search(rf"(?i)(?<!\p{{L}})(?:{rx.whole_words})\s", between)


def _kinds_aimed(unit: str, before: str, in_targets: bool, rx: SimpleNamespace) -> bool:
    """Whether a count of kinds of a thing, of areas or of trades (kind_count_words: "loại", "vùng",
    "ngành") is an aim for all that such a word after a number is none as a rule ("3 loại hình"):
    in a targets part, a minimum before it and the thing named after it ("tối thiểu 12 loại vắc
    xin", "ít nhất 03 ngành, nghề trọng điểm"), or the count opening its item there ("- Phát triển
    20 vùng trồng dược liệu tập trung")."""
    words = fold(unit).split()
    if len(words) < 2 or words[0] not in rx.kind_count_words:
        return False
    # (Anywhere, a word of striving before it in its clause: "phấn đấu đến năm 2030 hình thành 05
    # vùng nguyên liệu tập trung đạt chuẩn xuất khẩu", a task's aim.)
    if rx.striving.search(before):
        return True
    if not in_targets:
        return False
    minimum = rx.aim_minimum.search(fold(before[-20:]))
    return bool(minimum) or bool(rx.opening_verb.search(before))


def _rate_suffix(per: str) -> str:
    """What a count's rate adds to its unit: the slash and the words it is per, joined to the noun
    ("buổi/cơ sở giáo dục"), or the word of 'per' and its base after a space ("trẻ em trên 100.000
    trẻ em")."""
    per = " ".join(per.split())
    return per if per.startswith("/") else " " + per


def _opens_own_clause(text: str, o: regex.Match, s: int) -> bool:
    """Whether the words after the comma closing a percentage at ``o``, up to a count at ``s``,
    open with a verb: the count's own clause ("Tỷ lệ trường chuẩn Quốc gia đạt 100%, giải quyết
    việc làm mới cho 566 lao động")."""
    comma = text.find(",", o.end(), s)
    tagged = pos_tag(" ".join(text[comma + 1:s].split()[:4])) if comma >= 0 else []
    return bool(tagged) and tagged[0][1] == "V"


def _of_a_percentage(text: str, m: regex.Match, rx: SimpleNamespace, cl: int, cr: int, head_at: int) -> bool:
    """Whether a count at ``m`` describes what a percentage of its clause text[cl:cr] is of (see
    :func:`_read_value`)."""
    s = m.start()
    # (Nor a count a comparator word opens after a comma closing the percentage's words, "or
    # more" words at most between: "đạt 95% trở lên, với tiêu chuẩn cấp nước bình quân tối thiểu
    # 110 lít/người/ngày đêm", an aim of its own; not "100% các khu công nghiệp, cụm công nghiệp
    # có tối thiểu 1 trạm 5G", the percentage's thing named after it.)
    compared = bool(rx.prefix.search(fold(text[max(cl, s - 25):s])))

    def closed(o: regex.Match) -> bool:
        comma = text.find(",", o.end(), s)
        return comma >= 0 and fold(text[o.end():comma]).strip() in _folded_words("or_more_words") | {""}
    # (Nor a percentage a share verb opens: a count's share of its whole, the count an aim of its
    # own, "có 09/36 xã đạt chuẩn nông thôn mới, chiếm 25%", "4.195 hộ nghèo, chiếm 15,8% và 2.870
    # hộ cận nghèo, chiếm 10,8%".)
    # (Nor one after a comma and a ratio's own name: another aim, "cứng hóa được 1.245 km đường
    # giao thông nông thôn, tỷ lệ đường xã được nhựa hóa … đạt 96,4%".)
    def named_apart(o: regex.Match) -> bool:
        comma = text.find(",", m.end(), o.start())
        return comma >= 0 and rx.ratio_words.search(fold(text[comma:o.start()])) is not None
    return not rx.reached.search(text, max(cl, s - 30), s) and not rx.copula.search(text, max(cl, s - 30), s) \
        and not rx.in_magnitude.match(text, head_at) and any(
            o.group("pct") and text.count("(", cl, o.start()) <= text.count(")", cl, o.start())
            and not rx.share.search(text, max(cl, o.start() - 30), o.start())
            and not (o.start() > s and named_apart(o))
            and not (o.start() > s and rx.parts.search(text, m.end(), o.start()))
            and not (o.end() < s and closed(o) and (compared or _opens_own_clause(text, o, s)))
            # (Nor after a comma and a word of "each": what each thing has, "100% khu công nghiệp …
            # được phủ sóng 5G, mỗi khu công nghiệp có tối thiểu 02 trạm BTS 5G".)
            and not (o.end() < s and rx.distributive.search(text, o.end(), s))
            for o in _value_re().finditer(text, cl, cr))


def _budgeted(text: str, rx: SimpleNamespace, cl: int, s: int) -> bool:
    """Whether money at ``s`` is money spent or allotted, no aim (SPEC §2.1): after a budget word in
    its clause ("Tổ chức 05 lớp tập huấn với kinh phí 500 triệu đồng"), or after the copula in a
    clause of capital allotted or a budget estimate ("Tổng kế hoạch vốn đầu tư công năm 2027 … là
    11.215,6 tỷ đồng"; not "Tổng thu … phấn đấu đạt trên 14.900 tỷ đồng"), or after a colon
    there ("Vốn bố trí cho các dự án khởi công mới: 44.440 tỷ đồng")."""
    words = fold(text[cl:s])
    # (Or after a colon: "Vốn bố trí cho các dự án khởi công mới: 44.440 tỷ đồng".)
    labelled = text[max(cl, s - 30):s].rstrip().endswith(":")
    return bool(rx.budget.search(words)
                or (rx.copula.search(text, max(cl, s - 30), s) or labelled) and rx.allocation.search(words))


def _rate_indicator(named: str | None, unit: str | None, rx: SimpleNamespace) -> str | None:
    """The indicator of a rate per a unit of people whose value names nothing but its unit ("bác
    sĩ/vạn dân"; not a frequency, "đợt/năm"): the count word, the thing, the word of 'per' and the
    unit it is per, 'one' before a unit with no number ("số bác sĩ trên một vạn dân"); ``named``
    where it names more."""
    # (A list item's label may be left before it: "c) Đạt 8,6 bác sĩ/vạn dân".)
    if not named or not unit or unit.count("/") != 1 or not fold(named).endswith(fold(unit)) \
            or not _names_nothing(_LABEL.sub("", named[:len(named) - len(unit)]), rx):
        return named
    thing, per = (" ".join(p.split()) for p in unit.split("/"))
    words = rx.rate_words
    # (A thing the vocabulary counts only: "50 kg/người" is no "số kg".)
    if not regex.match(r"\p{L}", thing) or fold(thing) not in rx.counted_things \
            or not any(fold(per) == fold(w) or fold(per).endswith(" " + fold(w)) for w in words["people"]):
        return named
    one = f"{words['one']} " if regex.match(r"\p{L}", per) else ""
    return f"{rx.count_word_printed} {thing} {words['per']} {one}{per}"


def _base_rate(unit: str | None, rx: SimpleNamespace) -> bool:
    """Whether a count's unit is a rate with a base, no frequency: "bé trai/100 bé gái sinh ra sống",
    "con/phụ nữ", "trẻ/1.000 trẻ đẻ sống", "trẻ em trên 100.000 trẻ em" (not "đợt/năm")."""
    if not unit or unit == "%":
        return False
    # (Or the word of 'per' before a power of ten: "trẻ em trên 100.000 trẻ em".)
    per = regex.search(rf"(?<!\p{{L}}){regex.escape(rx.rate_words['per'])}[ \t]+(?={_PER_POWER}[ \t])", unit)
    if "/" not in unit and per is None:
        return False
    base = regex.sub(r"^[\s\d.,]+", "", unit.split("/", 1)[1] if "/" in unit else unit[per.end():])
    return bool(regex.match(r"\p{L}", base)) and fold(base.split()[0]) not in rx.rate_time_bases


def _rate_named_before(pre: str, unit: str | None, rx: SimpleNamespace) -> bool:
    """Whether the words before a count in a rate's unit with a base name the rate ("Tỷ số giới tính
    khi sinh không vượt quá 110 bé trai/100 bé gái sinh ra sống"): they measure it, not its unit.
    Only words that open with the rate's name, in one clause: "Giảm tỷ lệ tử vong, phấn đấu đạt 12
    bác sĩ/vạn dân" names another rate than the figure's."""
    if not _base_rate(unit, rx):
        return False
    words = fold(pre).lstrip(" -+•*\t")
    whole = rx.whole_opening.match(words)  # (a whole's word before it: "Tổng tỷ suất sinh (TFR)")
    return "," not in words and rx.rate_names.match(words, whole.end() if whole else 0) is not None


def _shares_a_word(part: str, measure: str) -> bool:
    """Whether a part's name says what it measures already (folded; function words aside): its
    first word is one of the measure's ("rừng tự nhiên" of "Tỷ lệ che phủ rừng", "thu nội địa" of
    "Tổng thu ngân sách", "xuất khẩu hàng công nghiệp nặng" of "kim ngạch xuất khẩu"), or the two
    share two words in a row (a Vietnamese word is two syllables often; one syllable alone is no
    word shared: "thủy sản" and "sản xuất")."""
    stop = vocabulary_patterns().stopwords
    named = [w for w in regex.findall(r"\p{L}+", fold(part)) if w not in stop]
    whole = [w for w in regex.findall(r"\p{L}+", fold(measure)) if w not in stop]
    return bool(named) and (named[0] in whole or bool(set(zip(named, named[1:])) & set(zip(whole, whole[1:]))))


def _part_of_a_measure(text: str, rx: SimpleNamespace, out: list[Target], named: str | None, unit: str | None,
                       lo: int, cl: int, s: int) -> str | None:
    """The indicator of a part of a whole measured before it in its sentence and named by a short
    name of its own after the word opening the parts ("Tổng giá trị sản xuất (giá so sánh 2010) tăng
    8,5 - 9%; trong đó: nông, lâm, thủy sản tăng 3,2%; công nghiệp - xây dựng tăng 11,5%"): the
    whole's measure, without the word of a whole, with the part's name ("giá trị sản xuất công
    nghiệp - xây dựng"). None where the name shares a word with the whole's (:func:`_shares_a_word`:
    it says what it is already, "kim ngạch xuất khẩu …, trong đó xuất khẩu hàng công nghiệp nặng …")
    or is long."""
    if not named or not out or len(regex.findall(r"\p{L}+", named)) > BOUNDED_NAME_WORDS:
        return None
    opening = next(reversed(list(rx.part_word.finditer(text, max(lo, s - 300), s))), None)
    if opening is None:
        return None
    whole = next((t for t in reversed(out) if t.end <= opening.start()), None)
    if whole is None or not whole.indicator or whole.unit != unit:
        return None
    # (The same sentence and list item: no full stop, no new line opening an item between.)
    between = text[whole.end:s]
    if regex.search(r"\.\s|\n\s*\n|\n\s*(?:[-+•*]|\d+[.)]|[a-zđ]\))\s", between):
        return None
    # (The part's own name right before its value, no other figure of the clause between: not a
    # further figure of a part, "Trung Quốc ước đạt 2,5 tỷ USD, tăng 43%".)
    if _value_re().search(text, cl, s) or fold(named) not in fold(text[cl:s]):
        return None
    # (A measure of a few words: a whole named at length is no measure to name a part by.)
    measure = rx.whole_opening.sub("", _PARENTHESIS.sub("", whole.indicator)).strip(" ,")
    if not measure or len(measure.split()) > 2 * BOUNDED_NAME_WORDS or _shares_a_word(named, measure):
        return None
    return f"{measure} {named}"


def _part_of_an_allotment(text: str, rx: SimpleNamespace, lo: int, s: int, heading: str) -> bool:
    """Whether money at ``s`` is a part of an allotted total its sentence states before the word
    opening the parts: money after the copula there, an allocation word in that clause or the
    heading ("Tổng kế hoạch vốn đầu tư công năm 2026 … là 11.846,7 tỷ đồng, gồm: vốn ngân sách
    địa phương 8.214,3 tỷ đồng …"; under "Dự toán chi ngân sách", "Tổng chi … là 812.460 triệu
    đồng, gồm: chi đầu tư phát triển 156.300 triệu đồng"). The parts of an aim are aims."""
    sl = _sentence_bounds(text, s, lo, len(text))[0]
    opening = rx.allotment_parts.search(text, sl, s)
    if opening is None:
        return False
    total = text[sl:opening.start()]
    if not rx.allocation.search(fold(total)) and not rx.allocation.search(fold(heading or "")):
        return False
    # (A total the plan strives for is an aim, and so are its parts: "Tổng thu ngân sách … phấn
    # đấu là 1.000 tỷ đồng, gồm: thu nội địa 800 tỷ đồng …" under "Dự toán thu ngân sách".)
    if rx.striving.search(total):
        return False
    for v in _value_re().finditer(total):
        if _is_figure(v, rx) and rx.copula.search(total, max(0, v.start() - 30), v.start()):
            return True
    return False


def _task_quantity(text: str, m: regex.Match, cl: int, cr: int) -> bool:
    """Whether a count of a counted noun of the vocabulary, alone in a parenthesis that closes its
    clause, follows a task in lower case ("Tập huấn nâng cao năng lực cán bộ … cấp xã (04 lớp)"):
    how much of the task the plan sets, an aim outside a targets part too. Not after a name
    ("Lãnh đạo Cục và các phòng nghiệp vụ Cục C04 (12 đại biểu)": who attends)."""
    s = m.start()
    op = text.rfind("(", cl, s)
    if op < 0 or text[op + 1:s].strip() or not m.group("unit"):
        return False
    close = regex.match(r"[ \t]*\)", text[m.end("unit"):cr])
    if close is None or text[m.end("unit") + close.end():cr].strip(" .;,"):
        return False
    words = text[cl:op].split()
    # (The bracket alone on a line a table's reader took for a cell of its own: the task is the
    # line above, "Hội nghị kết nối giao thương …\n(01 hội nghị)".)
    words = words or _line_above_bracket(text, op).split()
    # (A task opening with the counted noun, names after it or not: "Hội nghị kết nối giao thương
    # với Thương vụ Việt Nam ở nước ngoài (01 hội nghị)", a count of that activity.)
    if len(words) >= 3 and fold(" ".join(words) + " ").startswith(fold(m.group("unit")) + " "):
        return True
    return len(words) >= 3 and not any(w[:1].isupper() for w in words[1:])


def _describes(text: str, rx: SimpleNamespace, folded_before: str, unit_start: int, cl: int, s: int) -> bool:
    """Whether a count at ``s`` describes for whom or where, after a preposition ending
    ``folded_before`` ("đại diện cho 06 vùng"): not a quantity in thousands or millions ("cho 16
    nghìn lao động"), nor whom a verb of training or support reaches ("Đào tạo … cho 500 kỹ sư")."""
    return bool(rx.descriptor.search(folded_before)) and not rx.in_magnitude.match(text, unit_start) \
        and not rx.beneficiary.search(fold(text[cl:s]))


def _own_part_end(text: str, e: int, sr: int) -> int:
    """Where the part of a sentence holding a value (ending at ``e``) ends: at the next ";" or
    opening bracket after it, else the sentence's end ``sr``."""
    ends = [i for i in (text.find(";", e, sr), text.find("(", e, sr)) if i >= 0]
    return min(ends, default=sr)


def _task_dimension(clause: str, rx: SimpleNamespace) -> bool:
    """Whether a folded clause before a measure names a dimension that makes the measure a task's
    parameter ("điều tra … đến độ sâu 300"): not one summed ("Tổng chiều dài …") or said to reach
    the value ("Chiều dài đường … đạt 1.250 km"), an aim's measure."""
    dim = rx.dimension.search(clause)
    return bool(dim) and not (rx.dimension_aim_before.search(clause, 0, dim.start())
                              or rx.dimension_aim_after.search(clause, dim.end()))


def _no_count_here(text: str, m: regex.Match, rx: SimpleNamespace, cl: int, folded_before: str, head_at: int,
                   value: float, until: float | None) -> bool:
    """Whether a number with a noun after it (its head at ``head_at``) is no count where it stands:
    a year or a part's number ("năm 2030", "Điều 5", "giai đoạn 2021"; neither has decimals, "Giảm
    tỷ lệ sinh bình quân trong năm 0,4‰"); a measure of a dimension named before it in its clause
    ("điều tra … đến độ sâu 300 và 1.500 mét nước", "kim loại ẩn sâu … đến 1.000 m": it says how a
    task is done); the places an event reaches from a level of administration down ("Hội nghị trực
    tuyến từ tỉnh đến 124 xã, phường"; a network's reach, "kết nối mạng … từ tỉnh đến 124 xã", is a
    count); the people a rate is per, one or a power of ten of them after the word "per" ("Số bác sĩ
    trên 10.000 dân đạt 15 bác sĩ", "Số giường bệnh trên 1 vạn dân": a denominator), or any unit
    after the words of computing per ("giá trị tổng sản phẩm … tính trên 01 m3 nước")."""
    clause = fold(text[cl:m.start()])
    return bool(rx.not_before.search(folded_before) and "," not in m.group("cnum") or _task_dimension(clause, rx)
                or rx.level_reach.search(folded_before) and rx.reach_events.search(clause)
                or until is None and (rx.per_population_before.search(folded_before)
                                      and rx.per_population.match(text, head_at)
                                      or rx.per_base_before.search(folded_before))
                and regex.fullmatch(r"10*", f"{value:g}"))


# A number in a clause's words before a rank that is no year, no part of a name or a code ("PM2.5",
# "Top10") nor a list's number in brackets ("(1)").
_COUNT_BEFORE_RANK = regex.compile(r"(?<![\p{L}\d/.,(])(?!(?:19|20)\d\d(?!\d))\d+(?:[.,]\d+)*(?![\d/)])")


def _rank_unit(m: regex.Match, text: str, rx: SimpleNamespace, folded_before: str, cl: int, cr: int,
               aimed: bool) -> regex.Match | None:
    """The words of a rank to reach after its count, up to the leading word ("nhóm 3 nước dẫn
    đầu", "nhóm 15 tỉnh, thành phố dẫn đầu"), where a group word ends ``folded_before`` and the
    count is ``aimed`` at (None else); after a word of being within ("trong") instead, up to the
    superlative of a ranked noun ("trong 4 quốc gia có hệ thống giáo dục đại học tốt nhất")."""
    if not aimed or not (m.group("unit") or m.group("noun")):
        return None
    grouped = rx.rank_group.search(folded_before) is not None
    if not grouped and not rx.rank_within.search(folded_before):
        return None
    # (Nor one that says which of the things a count before it counts: "Có ít nhất 8 cơ sở giáo dục
    # đại học thuộc nhóm 200 trường hàng đầu châu Á" sets 8, the rank is part of its name.)
    # (A count of an earlier clause, before a semicolon, names nothing of it: "Có ít nhất 5 cơ sở …
    # được xếp hạng …; Nằm trong 4 quốc gia … tốt nhất khu vực".)
    own = max(cl, text.rfind(";", cl, m.start()) + 1)
    first = (rx.rank_opening if grouped else rx.rank_within_opening).search(text, own, m.start() + 1)
    if _COUNT_BEFORE_RANK.search(text, own, first.start() if first else m.start()):
        return None
    return (rx.rank_unit if grouped else rx.rank_superlative).match(
        text, m.start("unit") if m.group("unit") else m.start("noun"), cr)


def _no_count_after(unit: str, vocab_head: str, rx: SimpleNamespace) -> bool:
    """Whether a count's noun is a word after which a number is no count (not_after_value: "năm",
    "điểm"), save a counted noun of the vocabulary it opens ("loại hình", ``vocab_head``) and
    places a head counts with words of their own ("05 điểm giới thiệu và bán …": place_heads)."""
    words = fold(unit).split()
    if words[0] in rx.place_heads and len(words) >= 3 and all(len(w) >= 2 for w in words[1:]):
        return False
    return any((fold(unit) == w or fold(unit).startswith(w + " ")) and not vocab_head.startswith(w + " ")
               for w in _not_units())


def _next_value(text: str, rx: SimpleNamespace, e: int, cr: int, of_percentage: bool) -> regex.Match | None:
    """The next value after ``e`` in the clause ending at ``cr`` that may be a value of its own: not
    an age, a year or a part's number, which describe what the value before is of ("Huy động 98%
    trẻ em 6 tuổi vào lớp 1"); after a percentage, not a count either, which describes what
    the percentage is of (:func:`_read_value`: "80% giáo viên có 2 chứng chỉ ngoại ngữ")."""
    for m in _value_re().finditer(text, e, cr):
        # (Only in the words right after the value: after a comma, a colon or a parenthesis, the
        # next value is of its own, "đạt 95,6% (cấp tỉnh: 1.846 vụ, …)".)
        # (Nor after a joining word: "tăng 4,5% và 14 tỉnh miền Trung tăng 5%".)
        between = text[e:m.start()]
        head = m.group("unit") or m.group("noun")
        if regex.search(r"[,;:()\[\]]", between) or {rx.conjunction_and, rx.conjunction_or} & set(between.split()):
            return m
        # (Nor after a verb of reaching: "trường hợp đạt dưới 80% thì tiêu chí này đạt 0 điểm"; but a
        # grade of the thing counted, "30 sản phẩm đạt 5 sao", is a word of its own: not_after_value.)
        if rx.reached.search(text, max(e, m.start() - 30), m.start()) and not (
                m.group("cnum") and not m.group("cnum2") and head
                and any(fold(head) == w or fold(head).startswith(w + " ") for w in _not_units())):
            return m
        if of_percentage and m.group("cnum") and not _is_figure(m, rx):
            continue
        if m.group("cnum") and not m.group("cnum2") and (
                head and any(fold(head) == w or fold(head).startswith(w + " ") for w in _not_units())
                or rx.not_before.search(fold(text[max(e, m.start() - 25):m.start()]))):
            continue
        return m
    return None


def _is_figure(m: regex.Match, rx: SimpleNamespace) -> bool:
    """Whether a match of :func:`_value_re` is a figure a subject is measured by: a percentage, a
    measure, a quantity in thousands or millions ("9 tỷ USD"), not a count of a thing."""
    head = m.group("unit") or m.group("noun")
    return bool(m.group("pct") or m.group("measure") or head and rx.in_magnitude.match(head + " x"))


class _FigureScan:
    """The figures (:func:`_is_figure`) of each clause up to a value, scanned once per clause as
    the values come in order (scanning a clause from its start for each value made a paragraph of
    soft-wrapped aims quadratic: 240 values, 5.5 times the work of 60)."""

    def __init__(self, text: str, rx: SimpleNamespace):
        self.text, self.rx = text, rx
        self.by_clause: dict[int, tuple[regex.Match | None, int, int]] = {}

    def before(self, cl: int, s: int) -> tuple[regex.Match | None, int]:
        """The first figure of the clause opening at ``cl`` before ``s``, and where the last one
        before ``s`` ends (-1 if none)."""
        first, last_end, done = self.by_clause.get(cl, (None, -1, cl))
        if s < done:  # (a value out of order: the clause is scanned again)
            first, last_end, done = None, -1, cl
        for f in _value_re().finditer(self.text, done, s):
            if _is_figure(f, self.rx):
                first = first or f
                last_end = f.end()
        self.by_clause[cl] = (first, last_end, s)
        return first, last_end


def _chain_indicator(text: str, rx: SimpleNamespace, cl: int, s: int, prev: Target | None,
                     subject: str | None, post: str, scan: _FigureScan | None = None) -> str | None:
    """A further figure of its clause's subject: where the words since the value before it name
    nothing (a comparing verb, a year: "Trong đó xuất khẩu hàng công nghiệp nặng và khoáng sản là 9
    tỷ USD, chiếm 31,6% tổng kim ngạch xuất khẩu, tăng 12,5% so với …", "(năm 2001 tăng 6,9%, năm
    2002 tăng 7,1%)"), the value measures the subject (the indicator of the clause's first value);
    a share ("chiếm", "bằng") the subject within the whole named after it ("… trong tổng kim ngạch
    xuất khẩu"). None for any other value."""
    # (The figure before may be one kept as no aim: "… là 9 tỷ USD, chiếm 31,6% …"; then the clause's
    # subject is the words before its first figure.)
    first, last_end = (scan or _FigureScan(text, rx)).before(cl, s)
    end = max(prev.end if prev is not None and prev.end <= s else -1, last_end)
    if end < 0:
        return None
    if not subject and first is not None:
        words = _LABEL.sub("", rx.comparator_words.sub("", text[cl:first.start()])).strip(" ,:-–")
        subject = _trim(" ".join(rx.lead.sub("", words).split()))
    if not subject:
        return None
    since = text[end:s]
    # (Or "và": "tăng 10% so với ước thực hiện năm 2004 và chiếm 28% tổng chi".)
    joined = since.rfind(f" {rx.conjunction_and} ")
    cut = max(since.rfind(","), since.rfind("("), since.rfind(";"),
              joined + len(rx.conjunction_and) + 1 if joined >= 0 else -1)
    # (Some word, a verb or a year: a list of figures each naming its own thing after it, "100% cán
    # bộ …, 90% đoàn viên …", is no chain.)
    # (Figures of a chain stand apart, a comma or a parenthesis between: "tốc độ 01 Gb/s đạt 100%"
    # is none.)
    # (Or a parenthesis opening with a word of the plan: "GDP tăng khoảng 7,6% (kế hoạch 7,5-8%)".)
    # (Or after a comma, compared with the plan: "còn 8,3%, so với kế hoạch là dưới 10%".)
    planned = cut >= 0 and (since[cut] == "(" and rx.plan_opening.match(since[cut + 1:])
                            or since[cut] == "," and rx.plan_compared.match(since[cut + 1:]))
    if rx.bare.match(subject) or not planned and (
            cut < 0 or not since[cut + 1:].strip() or not rx.bare.match(since[cut + 1:])):
        return None
    # (Not where the value before named its thing after it, the joining word then: the thing is
    # this one's too, "có trên 38% số dân thường xuyên luyện tập thể dục thể thao và đạt 42% vào năm
    # 2030".)
    if prev is not None and prev.indicator and joined >= 0 and cut == joined + len(rx.conjunction_and) + 1 \
            and (not post.strip(" (),;") or rx.by_year.match(post.strip(" (),;"))) \
            and fold(since[:joined]).strip(" ,") == fold(prev.indicator):
        return prev.indicator
    share = rx.share.search(text, max(cl, s - 30), s)
    # (What follows may be the next figure of the series, after a comma or "và": "năm 2026 đạt 60%,
    # năm 2027 đạt 70%, năm 2028 đạt 80%", "… năm 2027 đạt 55% và đến năm 2028 đạt …".)
    post = post.strip(" (),;")
    if fold(post).startswith(f"{rx.conjunction_and} "):
        post = post[len(rx.conjunction_and):].lstrip()
    own = bool(post.split()) and not rx.compared.match(post) and not rx.by_year.match(post)
    # (A value naming its own thing after it is one of a list: "đóng góp 65% tổng sản phẩm trong
    # nước, hơn 70% cho ngân sách nhà nước".)
    if own and not share:
        return None
    if share and own:
        return _share(subject, share, post)
    return subject


def _share(subject: str, share: regex.Match, post: str) -> str:
    """The indicator of a share: the subject within the whole named after the value, up to a comma
    ("hàng qua chế biến chiếm 44,2% tổng giá trị xuất khẩu, năm 2001: …" → "hàng qua chế biến
    trong tổng giá trị xuất khẩu")."""
    join = next(j for w, j in _vocab()["share_verbs"].items() if fold(w) == fold(share.group("w")))
    whole = post.split(",")[0].strip()
    whole = whole[len(join):].lstrip() if fold(whole).startswith(fold(join) + " ") else whole
    return f"{_trim(subject)} {join} {whole}"


def _before_base_year(words: str, rx: SimpleNamespace) -> str:
    """``words`` up to the year a change is compared with ("số vụ cháy rừng so với năm 2024" →
    "số vụ cháy rừng"); where they open with it, the words after it, which name what changes
    ("so với năm 2025 số vụ cháy rừng" → "số vụ cháy rừng": three words at least, the first no
    function word, no comma between), else the words whole."""
    based = rx.base_year.search(words)
    if based and based.start() > 0:
        return words[:based.start()].rstrip(" ,;")
    if based:
        after = words[based.end():].strip()
        if len(after.split()) >= 3 and fold(after.split()[0]) not in rx.stopwords and after[0].isalpha():
            return after
    return words


def _before_period(words: str, rx: SimpleNamespace) -> str:
    """``words`` up to a period after them ("lượt người nuôi giai đoạn 2026 - 2030" → "lượt người
    nuôi"; "… trong giai đoạn 2026 - 2030"), else the words whole (a period alone, or first, or
    after a bracket only: "(thời kỳ 1992 - 1997) lên")."""
    period = rx.trailing_period.search(words)
    if period and regex.search(r"\p{L}", words[:period.start()]):
        return words[:period.start()].rstrip(" ,;")
    return words


def _bracket_change_after(text: str, rx: SimpleNamespace, before: Target, s: int) -> bool:
    """Whether the words from the figure ``before`` to a value at ``s`` are the rest of that
    figure's unit, then a bracket opening a change, a price's base before it at most ("3,2 triệu"
    + " tỷ đồng (tăng ", "(theo giá hiện hành, tăng từ ": bracket_change)."""
    head, paren, rest = text[before.end:s].partition("(")
    return bool(paren) and (not head.strip() or (before.unit or "").endswith(head.strip())) \
        and bool(rx.bracket_change.fullmatch(paren + rest))


def _words_of(text: str, rx: SimpleNamespace, m: regex.Match, nxt: regex.Match | None, e: int, post_end: int,
              cr: int) -> str:
    """The words after a value at ``m`` that may say what it is of, text[e:post_end]; for two
    percentages each after its deadline, the words after the second, which name both ("Đến năm
    2025 đạt 60% và đến năm 2030 đạt 75% các cơ quan … có lãnh đạo chủ chốt là nữ": nothing but a
    joining word, a deadline and a verb between them)."""
    if nxt is not None and m.group("pct") and nxt.group("pct") and _deadline_between(text[e:post_end], rx):
        after = _words_after(text, nxt.end(), cr)
        further = _next_value(text, rx, after, cr, True)
        return text[after:further.start() if further else cr]
    return text[e:post_end]


def _deadline_between(between: str, rx: SimpleNamespace) -> bool:
    """Whether the words between two values are a joining word, a deadline and a verb of reaching
    alone ("và đến năm 2030 đạt")."""
    between = between.lstrip()
    joined = rx.joined_opening.match(between)
    if joined is None or not rx.deadline.search(between, joined.end()):
        return False
    rest = rx.deadline.sub("", between[joined.end():])
    return bool(rx.reached.search(rest)) and not _trim(rx.reached.sub("", rest)).strip(" ,")


def _words_after(text: str, e: int, cr: int) -> int:
    """Where the words after a value ending at ``e`` begin: past a parenthesis of numbers restating
    it as a part of a whole ("100% (22/22) xã, thị trấn có …": the words after it are what the value
    is of) and a footnote's number glued to it ("đạt 10,6%2 , cao nhất …")."""
    counted = _NUMBERS_PARENTHESIS.match(text, e, cr)
    if counted:
        e = counted.end()
    mark = _FOOTNOTE_MARK.match(text, e, cr)
    e = mark.end() if mark else e
    # (And past a rate per period before a count's or a ratio's name: "giảm ít nhất 10%/năm số hộ
    # nghèo" is of "số hộ nghèo"; "tăng 7-8%/năm giai đoạn 2026 - 2030" keeps its rate.)
    per = _per_period_before_name().match(text, e, cr)
    return per.end() if per else e


@functools.cache
def _per_period_before_name() -> regex.Pattern:
    """A rate per year, month or quarter after a value, a count's or a ratio's name after it."""
    v = _vocab()
    names = alternation([v["count_word"], *v["ratio_words"]])
    return regex.compile(rf"[ \t]*/[ \t]*(?:năm|tháng|quý)(?=[ \t]+(?:{names})[ \t])", regex.I)


def _since_prev(text: str, rx: SimpleNamespace, prev: Target | None, s: int) -> tuple[str, int]:
    """The words between the value before and the value at ``s``, and where they start: past the
    respect the value before is of ("tăng 36% về số lượng và 29% …": "và")."""
    if prev is None or prev.end > s:
        return "", s
    aspect = rx.aspect.match(text, prev.end, s)
    start = aspect.end() if aspect else prev.end
    # (And past the rest of its unit, read beyond its match: "280 triệu hành khách/năm và 4,5
    # triệu tấn hàng hóa/năm" → "và".)
    words = (prev.unit or "").split()
    since = text[start:s]
    for k in range(1, len(words)):
        tail = " ".join(words[k:])
        rest = since.lstrip()[len(tail):]
        if since.lstrip().startswith(tail) and regex.match(rf"\s*(?:,|{rx.conjunction_and}(?!\p{{L}}))", rest):
            start += len(since) - len(since.lstrip()) + len(tail)
            break
    return text[start:s], start


def _counted_noun(unit: str | None, rx: SimpleNamespace) -> str | None:
    """The noun a count in thousands or millions counts, after its magnitude ("triệu lượt khách
    quốc tế" → "lượt khách quốc tế"); None for another unit, a measure ("triệu tấn"), money, or
    a noun of one word ("triệu người": "quy mô dân số người" said nothing more)."""
    magnitude = rx.magnitude.match(unit or "")
    if not unit or not magnitude or "/" in unit or rx.money.search(unit):
        return None
    noun = unit[magnitude.end() - 1:].strip()
    measure = fold(noun.split()[0]) in rx.magnitude_word or bool(rx.magnitude_measure.match(" " + noun))
    return None if measure or len(noun.split()) < 2 else noun


def _with_counted_noun(named: str | None, unit: str | None, rx: SimpleNamespace) -> str | None:
    """A count in thousands or millions named by what it counts: its noun after the words read
    before the value where they leave it out, the magnitude standing between them ("Mục tiêu cả
    nước đến hết năm 2025 đón ít nhất 25 triệu lượt khách quốc tế" → "… đón lượt khách quốc tế";
    README: a count's indicator is the counted thing with its words). (Of other counts the noun
    follows the words before it already, "05 cuộc tập huấn": appended to what a table's row or a
    rank names, it only doubled words, "Mầm non trường", "dẫn đầu khu vực nước".) Held-out prose
    aims: dev 325/54/105 → 330/49/100 true/false/missed, test 281/42/116 → 289/34/108."""
    noun = _counted_noun(unit, rx)
    if not named or noun is None \
            or regex.search(rf"(?<!\p{{L}}){regex.escape(fold(noun))}(?!\p{{L}})", fold(named)):
        return named
    return f"{named} {noun}"


def _named_by_its_thing(named: str, unit: str | None, rx: SimpleNamespace) -> bool:
    """Whether a count in thousands or millions is named by the thing it counts, a verb alone
    before it ("Năm 2005 phát triển thêm 4 triệu thuê bao điện thoại" → "thuê bao điện thoại"):
    then the thing is the subject of the further figures of its clause (", tăng 40% so với …")."""
    magnitude = rx.magnitude.match(unit or "")
    if not magnitude:
        return False
    counted = fold((unit or "")[magnitude.end() - 1:]).strip()
    return bool(counted) and counted not in rx.measures and not rx.money.search(counted) \
        and fold(named).startswith(counted)


def _part_of_an_aim(text: str, rx: SimpleNamespace, lo: int, s: int) -> bool:
    """Whether the value at ``s`` stands in a sentence opening with the parts of a whole ("Trong đó
    …") right after a sentence a cue word makes an aim ("Năm 2005 phấn đấu kim ngạch xuất khẩu đạt
    28,5 tỷ USD, …. Trong đó xuất khẩu hàng công nghiệp nặng và khoáng sản là 9 tỷ USD, …; hàng
    công nghiệp nhẹ … là 11,5 tỷ USD"): a part of an aim is an aim."""
    line = text.rfind("\n", lo, s) + 1
    stop = text.rfind(". ", line, s)
    if stop < 0 or not rx.part_start.match(text, stop + 1):
        return False
    return rx.cue.search(text, max(line, text.rfind(". ", line, stop) + 1), stop) is not None


def _with_aspect(named: str, text: str, rx: SimpleNamespace, e: int, cr: int) -> str:
    """An indicator with the respect the words after its value name ("tăng 6,8% về tấn vận chuyển"
    → "khối lượng vận tải hàng hóa về tấn vận chuyển"), where it names a subject without it."""
    aspect = rx.aspect.match(text, _words_after(text, e, cr), cr)
    if not named or not aspect or len(aspect.group("w").split()) > BOUNDED_NAME_WORDS + 2 \
            or fold(aspect.group("w")) in fold(named):
        return named
    return f"{named} {aspect.group(0).strip()}"


def _before_comparing_clause(words: str, rx: SimpleNamespace) -> str:
    """``words`` up to a comma opening a clause that compares the figure ("GDP, bằng dự toán đề
    ra" → "GDP")."""
    compares = rx.comparing_clause.search(words)
    return words[:compares.start()].rstrip() if compares else words


# The most words after a value, before a comma, that say where it holds ("toàn quốc", "khu vực
# thành thị"), not what the next value measures.
_SCOPE_AFTER_VALUE_WORDS = 3


def _past_prev_indicator(pre: str, prev: Target, rx: SimpleNamespace) -> str:
    """The words before a value past those the value before measures, or the rest of its unit
    ("… thu hút thêm 44,8 vạn lao động, đưa tổng số lao động … lên 7,8 triệu người"), where a
    comma closes them."""
    if not prev.indicator or len(prev.indicator.split()) < 2:
        return pre
    named, comma, rest = pre.partition(",")
    named = named.strip(" “\"")
    # (Or the "or more" words closing the value before: "đạt 95% trở lên, với tiêu chuẩn cấp nước
    # bình quân tối thiểu 110 lít/người/ngày đêm" → "với tiêu chuẩn cấp nước bình quân".)
    if comma and named and not rx.bare.match(rest) and (
            prev.indicator.endswith(named) or fold(prev.unit or "").endswith(" " + fold(named))
            or fold(named) in _folded_words("or_more_words")):
        return rest
    # (Or a few words of where the value before holds, a verb of reaching opening this one after
    # its own subject: "… đạt 95% toàn quốc, miền núi đạt 80%" → "miền núi".)
    if comma and named and len(named.split()) <= _SCOPE_AFTER_VALUE_WORDS and not rx.bare.match(rest) \
            and rx.reached.search(rest) and not rx.reached.search(named + " "):
        return rest
    return pre


@functools.cache
def _folded_words(key: str, part: str | None = None) -> frozenset[str]:
    """A word list of data/targets.json (``key``, or its ``part``), folded, once."""
    words = _vocab()[key] if part is None else _vocab()[key][part]
    return frozenset(fold(w) for w in words)


def _past_aim_lead(pre: str, m: regex.Match, unit: str | None, rx: SimpleNamespace) -> str:
    """The words before a value past a task and the words of aiming after its comma, which name
    what it measures: "Sở Công Thương chủ trì thu hút đầu tư …, phấn đấu chỉ số sản xuất công
    nghiệp (IIP) tăng 12%" → "chỉ số sản xuất công nghiệp (IIP)"."""
    inside = list(rx.lead_inside.finditer(pre))
    if not inside:
        return pre
    after = pre[inside[-1].end():]
    if not rx.bare.match(after):
        return after
    # (Nothing named after them but a verb: a percentage's or a sum's task names what it measures,
    # "Tăng cường xây dựng quỹ hội, phấn đấu đạt trên 10 tỷ đồng" → "Tăng cường xây dựng quỹ hội";
    # not a time alone, "Riêng năm 2026, phấn đấu đạt khoảng 130 nghìn tỷ đồng".)
    task = pre[:inside[-1].start()]
    counted = _plain_count(m) and not (unit and rx.money.search(unit))
    if not counted and len(rx.deadline.sub(" ", task).split()) >= _TASK_NAMING_WORDS:
        return task
    # (Before a count, the task names nothing it counts: "Đề án vận hành …, phấn đấu có tối thiểu
    # 20 ngân hàng, công ty … tham gia thí điểm" → "ngân hàng, công ty … tham gia thí điểm", its
    # words after it.)
    return after if _plain_count(m) else pre


# The fewest words, a deadline's left out, of a task that names what a value after it measures.
_TASK_NAMING_WORDS = 3


def _shared_with_prev(text: str, rx: SimpleNamespace, prev: Target, since_prev: str, cl: int, pre: str,
                      opening_end: int) -> tuple[str, int]:
    """The words before a value and where they end (``pre``, ``opening_end`` as found), or, where
    the value before names its thing after it and a joining word follows (``since_prev``), the words
    the two share: those before the first ("xây dựng mới 12.000 km đường dây 500 kV và 45.000 km
    cáp quang" → "xây dựng mới", its own thing after it)."""
    if not (cl <= prev.start and prev.indicator and _ends_list_join(since_prev)
            and fold(since_prev.strip(" ,")).removesuffix(" " + rx.conjunction_and) == fold(prev.indicator)):
        return pre, opening_end
    pre, opening_end = text[cl:prev.start], prev.start
    # (Where those words are an aim's word alone, the thing named after the first is the second's
    # too: "Mục tiêu giảm 10% số trẻ em bị tử vong … vào năm 2025 và 20% vào năm 2030" → "số trẻ em
    # bị tử vong …".)
    # (So where they set out aims alone: "Việt Nam cũng đặt mục tiêu có 80% lực lượng lao động có
    # kỹ năng CNTT vào năm 2025 và 90% vào năm 2030".)
    # (Not where nothing but a comparator stands there: "tối thiểu 01 lần/tháng đối với vùng nuôi
    # nhuyễn thể và 06 lần/năm đối với vùng nuôi rong biển", each its own thing.)
    shared = _LABEL.sub("", pre).strip(" ,:-–")
    words = rx.comparator_words.sub("", shared).strip()
    if words and (rx.aim_name_opening.fullmatch(fold(words)) or not _trim(rx.lead.sub("", shared))):
        pre = prev.indicator
    return pre, opening_end


def _indicator(text: str, m: regex.Match, rx: SimpleNamespace, cl: int, cr: int, prev: Target | None,
               unit: str | None, unit_start: int, subject: str | None = None,
               scan: _FigureScan | None = None) -> tuple[str, bool, int, str]:
    """What a value at ``m`` (in its clause text[cl:cr]) measures: its indicator's words, whether
    they make it a threshold (a condition: "doanh nghiệp có từ 10 lao động trở lên"), where the
    words after the value end (the next value of the clause, or the clause's end), and the words
    before the value where they name it ("" where not: the subject of the clause's further
    figures, :func:`_chain_indicator`; ``subject`` the clause's subject so far)."""
    s, e = m.start(), m.end()
    condition = False
    # Indicator: the words of the clause before the value, or after it.
    # (After a value of the same clause, the words from there: "Hà Nội có tối thiểu 200 công
    # trình, Thành phố Hồ Chí Minh có tối thiểu 500 công trình".)
    # (Not where only a deadline and a joining word stand between: "đạt 90% vào năm 2025 và
    # 95% vào năm 2030" — the second shares the first's words.)
    since_prev, since_start = _since_prev(text, rx, prev, s)
    # (Nor a parenthesis: "xuống dưới 10% (khu vực nội thành), 5% (khu vực ngoại thành)".)
    # (Nor a year alone with no word of time before it: "đạt 42% năm 2025 và 45% vào năm 2030".)
    own = len(_YEARS_LINE.sub("", rx.deadline.sub("", _PARENTHESIS.sub("", rx.comparator_words.sub("", since_prev))))
              .split()) > 2
    pre = text[since_start if own and prev is not None else cl:s]
    opening_end = s  # where the clause's words before the value end
    # (Nor the words the value before measures, after it, where a comma closes them: "100% người
    # lao động có việc làm ổn định, thu nhập bình quân đạt 8 triệu đồng/người/tháng" → "thu nhập
    # bình quân".)
    if own and prev is not None:
        pre = _past_prev_indicator(pre, prev, rx)
        # (Nor the thing the value before measures, named after it, then a joining word: the two
        # values share the words before the first, "xây dựng mới 12.000 km đường dây 500 kV và
        # 45.000 km cáp quang" → "xây dựng mới", its own thing after it.)
        pre, opening_end = _shared_with_prev(text, rx, prev, since_prev, cl, pre, opening_end)
    # (The words it shares are those before the first value: "Tỷ lệ đô thị hóa đạt 40% vào năm 2025
    # và 50% vào năm 2030" → "Tỷ lệ đô thị hóa" for both.)
    # (So do two values a joining word alone parts: "… đạt khoảng 280 triệu hành khách/năm và 4,5
    # triệu tấn hàng hóa/năm", the rest of the first's unit left out.)
    if not own and since_prev and prev is not None and cl <= prev.start and _ends_list_join(since_prev) \
            and (rx.deadline.search(since_prev) or _YEARS_LINE.search(since_prev)
                 or not regex.sub(rf"[\s,]|(?<!\p{{L}}){rx.conjunction_and}(?!\p{{L}})", "", since_prev)):
        pre = text[cl:prev.start]
    # (Nor a name of its own after a comma, however short: "lúa đạt 35,4 triệu tấn, ngô 3,6 triệu
    # tấn" → "ngô".)
    listed = since_prev[max(since_prev.rfind(","), since_prev.rfind(";")) + 1:]
    if not own and listed != since_prev and listed.strip() and not rx.bare.match(listed) \
            and not _PARENTHESIS.search(since_prev):
        own, pre = True, listed
    # (Nor the words of a figure before it in the clause, a comma after that figure: a list whose
    # first figure a colon labels, the clauses then apart, "Cơ cấu kinh tế: nông nghiệp 20%, công
    # nghiệp - xây dựng 35%" → "công nghiệp - xây dựng".)
    if prev is None or prev.start < cl:
        # (A figure, a percentage or a measure: "Tại 30 tỉnh, thành phố phía Bắc …" lists levels.)
        values = list(_value_re().finditer(pre))
        after_last = pre[values[-1].end():] if values and _is_figure(values[-1], rx) else ""
        if after_last.lstrip().startswith(","):
            named_after = after_last[max(after_last.rfind(","), after_last.rfind(";")) + 1:]
            # (A name of two words at least: "…, hiện đạt 97,4%" names none; or a rating, "Học
            # lực: Giỏi 30%, Khá 50%" → "Khá".)
            if (len(_trim(named_after).split()) >= 2 or fold(_trim(named_after)) in rx.ratings) \
                    and not rx.bare.match(named_after):
                pre = named_after
    # (The second value of a change from one to the other measures what the words before the
    # base do: "Tỷ trọng của ngành thương nghiệp tăng từ 36% năm 2003 lên 36,5% năm 2004".)
    pre = rx.change_tail.sub("", pre)
    pre = _LABEL.sub("", rx.comparator_words.sub("", pre)).strip(" ,:-–")
    pre = _past_aim_lead(pre, m, unit, rx)
    # (A parenthesis opened before the clause closes in it: the words after it are the subject,
    # "(bao gồm: Thái Nguyên, …, Ninh Bình), nồng độ bụi PM2.5 … giảm tối thiểu 10%".)
    if pre.count(")") > pre.count("("):
        pre = pre[pre.rfind(")") + 1:].strip(" ,:-–") or pre
    # (A value inside a parenthesis measures the words before it there: "lương thực có hạt đạt 38,6
    # triệu tấn (lúa 35,2 triệu tấn; …)" → "lúa".)
    elif pre.count("(") > pre.count(")") and not rx.bare.match(pre[pre.rfind("(") + 1:]) \
            and not rx.plan_opening.match(pre[pre.rfind("(") + 1:]):
        pre = pre[pre.rfind("(") + 1:].strip(" ,:-–")
    # (What the value before compares with is no part of the words before this one: "tăng khoảng
    # 2% so với năm 2004, phân NPK 2,2 triệu tấn" → "phân NPK".)
    if own and rx.compared.match(pre) and "," in pre:
        pre = pre.split(",", 1)[1].strip()
    # (A part of a whole named before the value: "…, trong đó nông nghiệp 133,2 nghìn tỷ đồng".)
    part = rx.part_opening.search(pre)
    if part and part.start() > 0 and not rx.bare.match(pre[part.end():]):
        pre = pre[part.end():]
    # (Words naming nothing, a verb and a year, are no indicator: "(năm 2001 tăng 6,9%"; nor a
    # day's date, "; đến ngày 30/6/2026 đạt tối thiểu 45%".)
    if _names_nothing(pre, rx):
        pre = ""
    e = _words_after(text, e, cr)
    post_end = cr
    nxt = _next_value(text, rx, e, cr, bool(m.group("pct")))
    if nxt:
        post_end = min(post_end, nxt.start())
    # (Where a verb of reaching opens the next value, the words after the last comma before it are
    # that value's subject: "100% người lao động có việc làm ổn định, thu nhập bình quân đạt 8
    # triệu đồng/người/tháng".)
    if nxt and rx.reached.search(text, max(e, nxt.start() - 30), nxt.start()):
        last_comma = text.rfind(",", e, nxt.start())
        if last_comma >= 0 and not rx.bare.match(text[last_comma + 1:nxt.start()]):
            post_end = last_comma
    post = rx.or_more.sub("", _words_of(text, rx, m, nxt, e, post_end, cr))
    # (An aside in brackets right after the value is no part of what it is of: "Thu nội địa tăng
    # tối thiểu 10% (không kể thu tiền sử dụng đất) so với …" is of "Thu nội địa".)
    post = _ASIDE.sub("", post, count=1)
    post, after_comma = _closed_after_value(post)
    # (The comparator words of the next value are no part of this one's indicator.)
    post = rx.comparator_words.sub("", rx.parts.sub("", post)).strip(" ,:;-–")
    # (The year a change is compared with ends what the value is of: "Giảm 10% số vụ tai nạn giao
    # thông so với năm 2025" → "số vụ tai nạn giao thông".)
    # (Nor a clause comparing the figure, after a comma: "là 5% GDP, bằng dự toán đề ra" → "GDP".)
    post = _before_period(_before_comparing_clause(_before_base_year(post, rx), rx), rx)
    # (Nor the words after a joining word and a day's date, which open the next value's clause:
    # "đạt trên 95% và đến hết ngày 31/01/2027 giải ngân 100% …".)
    joined = rx.joined_opening.match(post)
    if joined and rx.dated.match(post, joined.end()):
        post = ""
    indicator: str
    # (A quantity in thousands or millions is a measure too: "sản lượng cà phê 720 nghìn tấn", "Kim
    # ngạch xuất khẩu đạt 25 tỷ USD".)
    # (So is an index's value: "Chỉ số … (HDI) đạt 0,85", named before it.)
    measured = bool(m.group("measure") or m.group("wmeasure") or m.group("inum") or m.group("znum")
                    or unit and rx.in_magnitude.match(unit))
    figure = bool(m.group("pct")) or measured
    if m.group("znum") is not None:
        # An aim of none is of the words after the aim's word before it: "…, hướng tới mục tiêu phát
        # thải ròng bằng 0" → "phát thải ròng" (its verb no share: nothing follows the zero).
        zero_of = _trim(pre.rstrip(" “\""))
        aims = list(rx.target_head.finditer(zero_of))
        named_aim = zero_of[aims[-1].end():].strip(" ,:") if aims else ""
        return named_aim or zero_of, False, post_end, ""
    chained = _chain_indicator(text, rx, cl, s, prev, subject, "" if after_comma else post, scan) if figure else None
    if chained:
        return chained, False, post_end, ""
    # A share of a whole named after the value ("hàng qua chế biến chiếm 44,2% tổng giá trị xuất khẩu").
    share = rx.share.search(text, max(cl, s - 30), s) if figure and pre and not after_comma else None
    if share and post and not rx.compared.match(post) and not rx.by_year.match(post) and _trim(pre):
        return _share(_reported_subject(pre, rx), share, post), False, post_end, pre
    # A share of a whole printed right after the percentage, no share verb ("Kinh tế số đạt tối
    # thiểu 30% GRDP của tỉnh" → "Kinh tế số so với GRDP của tỉnh").
    whole = rx.aggregate.match(post) if m.group("pct") and pre and not after_comma and _trim(pre) else None
    if whole:
        join = next(j for w, j in _vocab()["aggregate_wholes"].items() if fold(w) == fold(whole.group("w")))
        return f"{_trim(_reported_subject(pre, rx))} {join} {post.split(',')[0].strip()}", False, post_end, pre
    if m.group("bnum"):
        indicator, condition = _bounded_name(pre)

    elif m.group("pct") or m.group("lnum") or measured:
        # After the value ("100% cán bộ ... được tập huấn"), unless the clause names a ratio
        # before it ("tỷ lệ giải ngân ... đạt trên 90% kế hoạch được giao") or the value is a
        # measure ("nồng độ bụi PM2.5 … đạt dưới 40 μg/m3").
        pre, named_before = _named_before(pre, post, measured, rx,
                                          shared=not own and prev is not None and bool(m.group("pct")))
        # (Not a bracket of the plan's figure after the value: "tốc độ tăng trưởng … ước đạt 3,89%
        # (chỉ tiêu kế hoạch là 3,88%)" measures what the words before it name.)
        # (Nor a bracket of parts after it, each with its own figure: "Tốc độ tăng tổng giá trị sản
        # xuất … đạt 8,6% (công nghiệp và xây dựng tăng 6,5%; …)" measures the words before it.)
        planned = post.startswith("(") and (bool(rx.plan_opening.match(post[1:]))
                                            or nxt is not None and text.find(")", e, nxt.start()) < 0)
        indicator = post if len(post.split()) >= 3 and not rx.by_year.match(post) and not named_before \
            and not after_comma and not rx.compared.match(post) and not planned else pre
        if indicator is pre and not after_comma:
            indicator = _after_verb_alone(text, rx, m, cl, opening_end, pre, post, unit, unit_start, post_end,
                                          measured)
        # A measure at the end of a long list of tasks measures the last of them ("quy định …
        # chu kỳ sao lưu, …, chế độ kiểm tra định kỳ và tổ chức diễn tập phương án … tối
        # thiểu một lần/năm"): the words after the last "và".
        if indicator is pre and measured \
                and len(pre.split()) > INDICATOR_WORDS and f" {rx.conjunction_and} " in pre:
            indicator = pre.rsplit(f" {rx.conjunction_and} ", 1)[1]
        # A measure whose object follows it ("duy trì công tác giao ban ít nhất 01 lần/tháng đối
        # với các địa bàn …"): the object is part of what is measured.
        if indicator is pre and measured and not after_comma \
                and rx.object_opening.match(post):
            indicator = pre + " " + post
    else:
        assert unit is not None  # a count's unit is its counted noun
        # A count: the counted thing and what follows it ("05 cuộc tập huấn cho cán bộ cơ sở"
        # → "cuộc tập huấn cho cán bộ cơ sở"); where a comma closes the counted thing, the
        # words before it and the thing ("tổng số trạm … khoảng 180 trạm, trong đó …").
        indicator = _count_indicator(text, rx, m, cl, pre, prev, unit, unit_start, post_end)
    return indicator, condition, post_end, indicator if pre and indicator is pre else ""


# The bracket a value closes, opening the words after it.
_CLOSED_BRACKET = regex.compile(r"\s*\)")
# A comma right after a value, or after the bracket it closes.
_COMMA_AFTER = regex.compile(r"\s*(?:\)\s*)?,")


def _closed_after_value(post: str) -> tuple[str, bool]:
    """The words after a value that may say what it is of, and whether a comma closes it right
    after it. A comma does: "đạt tối thiểu 30%, gắn với …"; so does one closing a parenthesis the
    value stands in, "tăng khá (15,6%), vượt kế hoạch". A bracket the value closes with no comma
    leaves it nothing after: "thu từ khu vực doanh nghiệp có vốn đầu tư nước ngoài (đạt 87,6%)\ndo
    một số doanh nghiệp …" is of the words before it."""
    if _COMMA_AFTER.match(post):
        return post, True
    return ("", False) if _CLOSED_BRACKET.match(post) else (post, False)


# A parenthesis of words and no figure opening the words after a value (a year or a period in
# brackets is no aside: "15% (thời kỳ 1992 - 1997)" tells when).
_ASIDE = regex.compile(r"^[ \t]*\((?=[^()\d]*\p{L}{2})[^()\n\d]*\)")


def _named_before(pre: str, post: str, measured: bool, rx: SimpleNamespace, shared: bool = False) -> tuple[str, bool]:
    """Whether a percentage or a measure is named by the words before it rather than after it
    (``pre``, ``post``), and those words: where the clause names a ratio before it ("tỷ lệ giải
    ngân ... đạt trên 90% kế hoạch được giao") or the value is a measure ("nồng độ bụi PM2.5 … đạt
    dưới 40 μg/m3"). ``shared``: a percentage whose words before are the value before it's, a
    comma alone between."""
    named_before = rx.ratio_words.search(fold(pre)) is not None or measured
    # (Not by the words of the value before it where words of its own follow it: "Tỷ lệ hộ nghèo
    # giảm 1,5%, 100% xã đạt chuẩn nông thôn mới"; not a time, "… được giám sát, 100% từ năm 2028".)
    if named_before and shared and not measured and len(post.split()) >= 3 and not rx.plan_opening.match(post) \
            and not _YEAR_NUMBER.search(post):
        named_before = False
    # (Or a share of the plan, its word right after the value, of a sum reported before it: "Thu
    # tiền sử dụng đất ước đạt 540.000 triệu đồng, đạt 120% dự toán, chủ yếu từ …" measures the
    # sum's subject.)
    if rx.plan_opening.match(post) and (report := rx.reported_sum.match(_clean(pre, rx))):
        pre, named_before = report.group("subject") or pre, True
    # (Not a ratio word alone, with a verb at most: "Đạt tỷ lệ 95% người dân hài lòng" names what it
    # measures after the value.)
    if named_before and not measured and not _trim(rx.ratio_words.sub("", fold(pre))).strip(" ,:;-–"):
        named_before = False
    # (A ratio named after words that are no part of it, a comma or three words and more: "Theo chỉ
    # tiêu …, ngành thể thao phấn đấu đưa tỷ lệ dân số … thường xuyên" → "tỷ lệ dân số …"; not a
    # verb before it alone, "giảm tỷ lệ hộ nghèo", and with a head on it, ratio_heads: "Phấn đấu mức
    # giảm tỷ lệ sinh" → "mức giảm tỷ lệ sinh"; nor a ratio word with no words of its own, or a
    # scale's, "đạt tỷ lệ 30%", "bản đồ … tỷ lệ 1:50.000".)
    if named_before and not measured and (ratio := rx.ratio_words.search(fold(pre))) and len(fold(pre)) == len(pre):
        opening, named = pre[:ratio.start()], pre[ratio.end():].split()
        if ("," in opening or len(opening.split()) >= 3) and len(named) >= 2 and not named[0][:1].isdigit():
            head = rx.ratio_head.search(fold(opening))
            pre = pre[head.start() if head else ratio.start():]
    return pre, named_before


def _plain_count(m: regex.Match) -> bool:
    """Whether a value is a count of a thing: no percentage, measure, quantity in thousands or
    millions, index, zero or bounded name."""
    return not any(m.group(g) for g in ("pct", "lnum", "measure", "wmeasure", "inum", "znum", "bnum"))


def _count_indicator(text: str, rx: SimpleNamespace, m: regex.Match, cl: int, pre: str, prev: Target | None,
                     unit: str, unit_start: int, post_end: int) -> str:
    """The indicator of a count (see :func:`_indicator`): ``pre`` itself where the words before the
    value name it."""
    s = m.start()
    rest = rx.or_more.sub("", text[unit_start:post_end])
    rest = rx.comparator_words.sub("", rx.parts.sub("", rest)).strip(" ,:;-–")
    # (Nor the year it is compared with: "tăng thêm tối thiểu 02 tiêu chí so với năm 2025".)
    rest = _before_period(_before_base_year(rest, rx), rx)
    # (Nor an "or more" phrase after the unit: "16,5 tiêu chí/xã trở lên theo Bộ tiêu chí mới".)
    if rest.startswith(unit) and rx.or_more.match(rest[len(unit):]):
        rest = f"{unit} {rx.or_more.sub('', rest[len(unit):])}".strip(" ,:;-–")
    # (A parenthesis the words open and leave open ends them: "47 xã (chiếm 38,5% tổng số xã)".)
    if rest.count("(") > rest.count(")"):
        rest = rest[:rest.rfind("(")].rstrip(" ,:;-–") or rest
    rest = _before_clause_after_comma(rest, unit)
    # (After all of a list of levels: "29 xã, phường, đặc khu có Quyết định …" is not closed.)
    # (Nor after further nouns listed: "150 băng rôn, khẩu hiệu tại trụ sở …".)
    levels = rx.levels.match(text, unit_start) or _noun_list(text, rx, m)
    # (Nor after its noun's further words: "khoảng 450 gian hàng, thu hút …".)
    # (Nor over a comma joining two verbs into the thing's name: "04 đoàn kiểm tra, khảo sát liên
    # ngành", comma_clause_not pairs.)
    after_unit = text[levels.end() if levels else m.end():post_end].lstrip()
    after_thing = rest[len(unit):].lstrip() if rest.startswith(unit) else after_unit
    # (Nor a deadline alone after its noun where the words before open with the count word and
    # name what is counted: "Số lao động được đào tạo đạt 95 người vào năm 2030"; not a verb's
    # object, "hoàn thành tối thiểu 30 dự án trong năm 2027".)
    counted_before = fold(pre).startswith(rx.count_word + " ")
    closed = (after_unit.startswith(",") or not rest[len(unit):].strip()
              or rest.startswith(unit) and (rest[len(unit):].lstrip().startswith(",")
                                            or counted_before and bool(rx.bare.match(rest[len(unit):])))) \
        and not (after_thing.startswith(",") and (_comma_joins_pair(unit.split(), after_thing[1:].strip())
                                                  or _noun_after_comma(unit, after_thing[1:].strip(),
                                                                       text[post_end:post_end + 12])))
    # (Not the thing again where the words before name it or it is a unit of measure: "Số bác
    # sĩ/vạn dân: 15 bác sĩ", "Tổng sản lượng lương thực: 25.000 tấn".)
    # (Nor a multiple's "lần": "Thu nhập … tăng 1,8 lần".)
    # (Nor a unit of time after the length of time it counts: "thời gian … tăng lên tối thiểu 06 giờ".)
    thing_named = bool(pre) and bool(fold(unit) in rx.measures or fold(unit) == rx.multiple_unit
                                     or _duration(unit, pre, rx) or regex.search(
        rf"(?<!\p{{L}}){regex.escape(fold(unit))}(?!\p{{L}})", fold(pre)))
    # (Not the words of the count before it where a list joins the two: "01 hội nghị khoa học
    # quốc tế và 03 hội thảo cấp khoa" → "hội thảo cấp khoa", not "khoa học quốc tế và hội
    # thảo cấp khoa"; "200 học viên cao học và 15 nghiên cứu sinh".)
    listed_count = prev is not None and prev.unit != "%" and prev.start >= cl and prev.end <= s \
        and _ends_list_join(text[prev.end:s])
    # (A unit of measure names no thing: what it measures is named before it, "Diện tích vùng
    # trồng … đạt 12.000 ha vào năm 2030, gấp 2 lần năm 2025".)
    object_measured = _measured_object(text, rx, m, cl, unit, rest)
    closed = closed or fold(unit) in rx.measures and bool(_trim(pre)) and not object_measured
    # (The first of a list of counts, another count right after the comma, is of the words of its
    # own clause alone: "Việt Nam sẽ thu hút đầu tư FDI có chọn lọc, hình thành ít nhất 100 doanh
    # nghiệp thiết kế, 1 nhà máy …" → "hình thành doanh nghiệp thiết kế".)
    thing = text[m.end():post_end].rstrip()
    if thing.endswith(",") and "," not in thing[:-1] and text[post_end:post_end + 1].isdigit():
        pre = pre.rsplit(",", 1)[-1].strip()
    indicator = (pre if thing_named else pre + " " + unit) if closed and pre and not listed_count \
        else (object_measured or rest or unit)
    indicator = _object_of(pre, unit, rest) or _activity_before(text, cl, 0, pre, unit, rest) \
        or _closing_parenthesis(text, cl, s, unit_start, unit) or indicator
    # (A multiple measures what grows, named before it or after it: "Thu nhập … tăng 1,8 lần",
    # "tăng 2 lần số lượng doanh nghiệp".)
    if fold(unit) == rx.multiple_unit:
        grows = pre
        while (verb := rx.multiple.search(grows)) is not None:
            grows = grows[:verb.start()].rstrip()
        # (Nothing but the verb since the figure before it in its clause: that figure's subject,
        # "… đạt 12.000 ha vào năm 2030, gấp 2 lần năm 2025".)
        chained = prev.indicator if prev is not None and prev.start >= cl and prev.indicator else None
        indicator = grows if _clean(grows, rx) else chained or rest[len(unit):].strip() or unit
    # (A time limit limits what the words before it name, but the words of a limit: "hỗ trợ thủ
    # tục cấp phép xây dựng trạm trong thời hạn không quá 07 ngày làm việc".)
    elif fold(unit) == rx.time_limit_unit and _trim_time_limit(pre, rx):
        indicator = _trim_time_limit(pre, rx)
    # (A score measures the index named before it: "Chỉ số cải cách hành chính đạt 90 điểm trở lên".)
    elif fold(unit) == rx.score_unit and rx.index.search(fold(pre)):
        indicator = pre
    # (An average opening the words before a count read after it: "Bình quân toàn tỉnh đạt từ 16,5
    # tiêu chí/xã trở lên" → "Bình quân tiêu chí/xã".)
    elif indicator is not pre and (average := rx.average_opening.match(pre)):
        indicator = f"{average.group(0).strip()} {indicator}"
    # (A total a verb raises: "Có thêm 09 xã đạt chuẩn …, nâng tổng số lên 47 xã" → "tổng số xã
    # đạt chuẩn …", what the figure before counts.)
    elif total := rx.raised_total.match(pre):
        counted = prev.indicator if prev is not None and prev.start >= cl and prev.unit == unit \
            and prev.indicator else unit
        indicator = total.group("total") if total.group("of") and fold(total.group("of")) != fold(unit) \
            else f"{total.group('total')} {counted}"
    # (A rate with a base measures the rate its words before name: "tỷ suất chết trẻ em dưới 5 tuổi
    # dưới 19 trẻ/1.000 trẻ đẻ sống" → "tỷ suất chết trẻ em dưới 5 tuổi".)
    if _rate_named_before(pre, unit, rx):
        indicator = pre
    return indicator


def _comma_joins_pair(before: list[str], after: str) -> bool:
    """Whether a comma between the words ``before`` it and the text ``after`` it joins two verbs
    into one (comma_clause_not pairs: "phòng, chống", "kiểm tra, khảo sát"), the last word or two
    before it the pair's first."""
    pairs = tuple(_folded_words("comma_clause_not", "pairs"))
    return any(len(before) >= k and fold(f"{' '.join(before[-k:])}, {after}").startswith(pairs) for k in (1, 2))


def _noun_after_comma(unit: str, after: str, following: str) -> bool:
    """Whether the words ``after`` a comma right after a count's noun open with another noun (the
    tagger's common noun), listed with it ("12 hội chợ, phiên chợ đưa hàng Việt về nông thôn",
    "10 chợ số, phố đi bộ thanh toán không dùng tiền mặt"): the count's words go on past it.
    ``following``: the text after those words, where a further figure may stand. (Probes dev 29
    more true, 27 fewer false; test 18 and 20.)"""
    # (Not a name in capitals, another subject: "Hà Nội có tối thiểu 200 công trình, Thành phố Hồ
    # Chí Minh có tối thiểu 500 công trình"; nor the words of a further figure: "mầm non 10 trường,
    # tiểu học 8 trường".)
    if not after[:1].islower() or regex.search(r"\d", " ".join(after.split()[:3])) \
            or len(after.split()) <= 6 and following.lstrip()[:1].isdigit():
        return False
    tags, comma = _tags_around_comma(unit.split(), after)
    return comma is not None and comma + 1 < len(tags) and tags[comma + 1][1] == "N"


def _tags_around_comma(before: list[str], after: str) -> tuple[list[tuple[str, str]], int | None]:
    """The tagger's tags of the last two words ``before`` a comma, the comma and the first three
    words ``after`` it, and where the comma stands among them (None where the tagger joined it)."""
    tags = pos_tag(" ".join([*before[-2:], ",", *after.split()[:3]]))
    return tags, next((k for k, (word, _tag) in enumerate(tags) if word == ","), None)


def _before_clause_after_comma(rest: str, unit: str) -> str:
    """A count's words after its value, up to a comma after its noun that opens a clause of its
    own, its first word a verb (the tagger's): "05 trung tâm dữ liệu vùng, bảo đảm năng lực dự
    phòng …" → "trung tâm dữ liệu vùng"; "02 trung tâm xuất sắc …, làm hạt nhân …". (Not a list of
    nouns, "doanh nghiệp, hợp tác xã được hỗ trợ", nor the passive or the copula after it, nor two
    verbs joined by it: targets.json comma_clause_not.)"""
    at = rest.find(",", len(unit) if rest.startswith(unit) else 0)
    after = rest[at + 1:].strip() if at >= 0 else ""
    if not after or fold(after).startswith(fold(unit.split()[0]) + " "):
        return rest
    before = rest[:at].split()
    if _comma_joins_pair(before, after):
        return rest
    # (Words that open a clause whatever the tagger calls them: "20 trung tâm dữ liệu, ưu tiên đặt
    # tại các khu công nghệ cao".)
    if fold(after).startswith(tuple(w + " " for w in _folded_words("comma_clause_not", "openers"))):
        return rest[:at].rstrip(" ,:;-–") or rest
    tags, comma = _tags_around_comma(before, after)
    if comma is None or comma + 1 >= len(tags) or comma and tags[comma - 1][1] == "V":
        return rest
    word, tag = tags[comma + 1]
    if tag == "V" and fold(word) not in _folded_words("comma_clause_not", "verbs"):
        return rest[:at].rstrip(" ,:;-–") or rest
    return rest


def _named_by_its_clause(head: str, unit: str, before: str, rx: SimpleNamespace) -> str | None:
    """The unit of a count whose noun the words ``before`` it in its clause name as counted, no time
    of day, date nor letter (None where they do not; :func:`_read_value`)."""
    folded = fold(before)
    # A count of what the clause names after the count word before it: "Số giờ chuẩn nghiên cứu
    # khoa học tối thiểu 150 giờ", "Số lần kiểm tra ít nhất 02 lần": hours or times counted.
    if regex.search(rf"(?<!\p{{L}})(?:{rx.count_phrases})\s+{regex.escape(fold(head))}(?!\p{{L}})", folded):
        return unit
    # A length of time the clause names, reached or bounded: "thời gian cảnh báo sớm lũ quét tăng
    # lên tối thiểu 06 giờ".
    # A score where the clause names an index: "Chỉ số cải cách hành chính đạt 90 điểm trở lên";
    # else "điểm" is a clause's letter or a place.
    if _duration(head, before, rx) or fold(head) == rx.score_unit and rx.index.search(folded):
        # (With the rate it is per: "thời gian mất điện bình quân … dưới 300 phút/năm".)
        return head + unit[len(head):] if unit.startswith(f"{head}/") else head
    return None


def _duration(unit: str, before: str, rx: SimpleNamespace) -> bool:
    """Whether a count in a unit of time (durations: units) measures a length of time the words
    ``before`` it name (durations: words), reached or bounded: a comparator word or a verb of
    reaching right before the value ("thời gian cảnh báo sớm … tăng lên tối thiểu 06 giờ"; not
    "trong thời gian 03 ngày", nor "họp vào 14 giờ")."""
    if fold(unit) not in rx.duration_units:
        return False
    found = list(rx.duration.finditer(fold(before)))
    if not found:
        return False
    after = before[found[-1].end():]
    return len(after.split()) >= 2 and bool(rx.prefix.search(before) or rx.reached.search(before))


def _noun_list(text: str, rx: SimpleNamespace, m: regex.Match) -> regex.Match | None:
    """The further counted nouns (listed_nouns, count_units) a comma joins after a count's noun and
    its words ("5.000 tờ rơi, tờ gấp tuyên truyền" → ", tờ gấp"; "02 hội thảo, diễn đàn giới thiệu
    …" → ", diễn đàn"), None where a comma opens anything else ("450 gian hàng, thu hút …").
    (With count_units: probes dev 22 more true of 20,128, 24 fewer false; test 20 and 24.)"""
    if not (m.group("unit") or m.group("noun")):
        return None
    more = rx.unit_words.match(text, m.end())
    return rx.noun_list.match(text, more.end() if more else m.end())


def _own_unit(unit: str, text: str, cl: int, s: int, heading: str, folded_before: str,
              rx: SimpleNamespace) -> str | None:
    """The unit of a count at ``s`` whose noun opens with a unit of its own: "" where the count is
    none, None where the noun opens with none of them (or the count is read on).

    Places to fill after a verb of enrolment: "Tuyển sinh đủ 2.800 chỉ tiêu được giao" (or under a
    heading of enrolment, ``heading`` folded: "1. Tuyển sinh\n- Đại học chính quy: 3.000 chỉ tiêu");
    else "05 chỉ tiêu" counts a plan's own aims, read on. A time limit in working days after a
    comparator word: "giải quyết hồ sơ không quá 07 ngày làm việc", "trong vòng 02 ngày làm việc kể
    từ …", a limit to keep, no date; else a count of working days is none ("02 ngày làm việc/01 đơn
    vị", an allowance)."""
    words = fold(unit) + " "
    if words.startswith(rx.enrolment_unit + " ") \
            and (rx.enrolment.search(text, cl, s) or rx.enrolment_folded.search(heading)):
        return " ".join(unit.split()[:len(rx.enrolment_unit.split())])
    if words.startswith(rx.time_limit_unit + " "):
        return " ".join(unit.split()[:len(rx.time_limit_unit.split())]) \
            if rx.time_limit_before.search(folded_before) else ""
    return None


_DIGITS = regex.compile(r"\d[\d.,]*")


def _no_aim_at(text: str, m: regex.Match, rx: SimpleNamespace, lo: int, cl: int, cr: int, described: bool) -> bool:
    """Whether the value at ``m`` (its clause text[cl:cr]) is none by where it stands: a grade in a
    list of products, the base a change starts from, or, in a section of the situation where no
    verb of reaching makes it a result (``described``), a count describing what a cue's act made
    (:func:`_described_after_cue`)."""
    s, e = m.start(), m.end()
    # A grade in a list of products ("cấp hóa chất Cloramin B, Chlorine 70%, máy phun …"): a
    # percentage right after a capitalised name that follows a comma, closed by a comma, is a
    # concentration, not an aim.
    # (Not a rating's share in a list of them, "Học lực: Giỏi 30%, Khá 50%, Trung bình 18%".)
    grade = _GRADE_BEFORE.search(text, cl, s)
    if m.group("pct") and grade and _GRADE_AFTER.match(text, e, cr) \
            and fold(grade.group(0).strip(" ,")) not in rx.ratings:
        return True
    # The base a change starts from ("tăng từ 33% năm 2004 lên khoảng 33,7%") is no aim.
    if rx.change_base.search(text, max(lo, s - 10), s) and rx.change_to.match(text, e):
        return True
    # Nor the make-up of a body ("Ban Tổ chức gồm 09 thành viên", "Tổ giúp việc gồm 07 đồng chí").
    if rx.composition.search(text, max(cl, s - 12), s) and (digits := _DIGITS.match(text, s)) \
            and rx.member_units.match(text, digits.end()):
        return True
    return described and not m.group("pct") and _described_after_cue(text, rx, cl, s)


def _described_after_cue(text: str, rx: SimpleNamespace, cl: int, s: int) -> bool:
    """Whether, in a section of the situation, a count at ``s`` describes what the last cue word
    before it in its clause made, that cue in the passive (``described_after_cue`` between them:
    "Xã … được thành lập trên cơ sở nhập 03 xã cũ, có diện tích tự nhiên 5.318 ha, 09 ấp với 6.412
    hộ"; "Hỗ trợ 300 hộ nghèo, có 120 hộ thoát nghèo" reports a result), no result. (The
    caller leaves percentages out: "đạt 80% số xã có điểm bưu điện, 90% số xã có báo …".)"""
    cues = list(rx.cue.finditer(text, cl, s))
    return bool(cues) and bool(rx.passive_before.search(text, cl, cues[-1].start())) \
        and bool(rx.described_after_cue.search(text, cues[-1].end(), s))


# How far back a sentence may open with its condition ("Cảnh báo khi hàm lượng oxy hòa tan (DO)
# dưới 4 mg/l; độ mặn dưới 5‰ hoặc trên 35‰; pH …": the last bound 130 characters on).
_CONDITION_REACH = 300


def _condition_bound(text: str, rx: SimpleNamespace, lo: int, s: int, folded_before: str) -> bool:
    """Whether the value at ``s``, a comparator's word right before it (``folded_before``: "dưới",
    "trên", "vượt"), bounds a measure in a sentence that opens with a condition ("khi", "nếu":
    condition_words) before it: a rule's threshold ("cảnh báo khi độ mặn dưới 5‰ hoặc trên 35‰"),
    read anywhere in the plan, kind "threshold"."""
    if not rx.prefix.search(folded_before):
        return False
    sentence = _rule_sentence_start(text, max(lo, s - _CONDITION_REACH), s)
    if _names_a_condition(text[sentence:s], rx):
        return True
    # (Or the lead-in of the list whose item holds it: "… cảnh báo đột xuất khi xảy ra một trong
    # các trường hợp sau:" over "b) Hàm lượng oxy hòa tan (DO) … giảm xuống dưới 4 mg/l.")
    item = sentence + len(text[sentence:s]) - len(text[sentence:s].lstrip())
    colon = text.rfind(":\n", max(lo, s - _LEAD_IN_REACH), item)
    if colon < 0 or not _LIST_ITEM.match(text, item):
        return False
    return _names_a_condition(text[text.rfind("\n", 0, colon) + 1:colon], rx)


def _rule_sentence_start(text: str, start: int, s: int) -> int:
    """Where the sentence holding ``s`` opens, from ``start`` on: after its last full stop or
    paragraph break (a rule's sentence runs over a legal-database page's hard wraps, which
    :func:`_sentence_bounds` stops at)."""
    return max(text.rfind(". ", start, s), text.rfind(".\n", start, s), text.rfind("\n\n", start, s), start)


def _ruled_measure(text: str, m: regex.Match, rx: SimpleNamespace, lo: int, cl: int) -> bool:
    """Whether the value ``m`` is a measure a rule bounds under a condition (:func:`_condition_bound`):
    read though its part sets no aims or a word of the past stands in its sentence ("mật độ Vibrio
    tổng số trên 1.000 CFU/ml")."""
    s = m.start()
    return bool(m.group("measure")) and _condition_bound(text, rx, lo, s, fold(text[max(cl, s - 40):s]))


def _ruled_bound(text: str, rx: SimpleNamespace, lo: int, s: int, unit: str | None, before: str, kind: str,
                 named: str | None, ruled: bool) -> tuple[str, str | None]:
    """The kind and name of a value: a rule's bound on a measure under a condition is a threshold
    named by the measure alone ("độ mặn" of "cảnh báo khi độ mặn dưới 5‰ hoặc trên 35‰", both
    bounds); any other as given. ``ruled``: :func:`_ruled_measure` found it so already."""
    if not unit or fold(unit) not in rx.measures or not (ruled or _condition_bound(text, rx, lo, s, fold(before))):
        return kind, named
    return "threshold", _bound_measure(text, rx, max(lo, s - _CONDITION_REACH), s) or named


# A list's item marker, and how far above a value its list's lead-in (a line ending with a colon)
# may stand.
_LIST_ITEM = regex.compile(r"(?:[a-zđ]\)|[-+•]|\d{1,2}[.)])\s")
_LEAD_IN_REACH = 1500


def _names_a_condition(words: str, rx: SimpleNamespace) -> bool:
    """Whether ``words`` hold a condition's word ("khi", "nếu", "trường hợp": condition_words)."""
    folded = fold(words)
    return any(w in rx.conditions for w in regex.findall(r"\p{L}+", folded)) \
        or any(f" {c} " in f" {folded} " for c in rx.conditions if " " in c)


def _bound_measure(text: str, rx: SimpleNamespace, start: int, s: int) -> str | None:
    """The measure a rule's bound at ``s`` is on: the words before its comparator back to the
    sentence's condition word ("khi"), a ";" or ","; past a bound before it on the same measure
    ("độ mặn dưới 5‰ hoặc trên" → "độ mặn"); None where no words are left."""
    sentence = _rule_sentence_start(text, start, s)
    part = regex.split(r"[;,:]", text[sentence:s])[-1].strip()
    part = part[m.end():] if (m := _LIST_ITEM.match(part)) else part  # ("b) Nhiệt độ nước …")
    words = part.split()
    for k in range(len(words) - 1, -1, -1):
        if fold(words[k]) in rx.conditions:
            words = words[k + 1:]
            break
    name = " ".join(words)
    # (The comparator's word, and a bound before it on the same measure.)
    name = regex.sub(r"\s*\S+\s*$", "", name)
    name = regex.sub(r"\s+\S+\s+[\d.,]+\s*\S*\s+(?:hoặc|và)$", "", name)
    return name.strip() or None


def _aim_cue(text: str, m: regex.Match, rx: SimpleNamespace, cl: int, folded_before: str) -> bool:
    """Whether a cue word before a count in its clause makes it an aim, or a quota's word ("mỗi đơn
    vị 01 đại biểu") or a deadline opening its sentence (:func:`_after_deadline_opening`), or it is
    a time limit, which needs no cue ("giải quyết hồ sơ không quá 05 ngày làm việc")."""
    s = m.start()
    return bool(rx.cue.search(text[cl:s]) or rx.quota.search(text, cl, s) or rx.beneficiary.search(fold(text[cl:s]))) \
        or _is_time_limit(text, m, rx, folded_before) or _after_deadline_opening(text, rx, s)


def _after_deadline_opening(text: str, rx: SimpleNamespace, s: int) -> bool:
    """Whether a deadline opens the sentence holding ``s`` on its line ("Đến năm 2025, GDP bình quân
    đầu người khoảng 4.700 - 5.000 USD; …": what the sentence names by then is aimed at). (The full
    stop is looked for on the line only: the sentence opens there at the latest, and a long annex
    with no full stop is not searched back to the text's start for each of its values.)"""
    line = text.rfind("\n", 0, s) + 1
    return rx.deadline_opening.match(text, max(text.rfind(". ", line, s) + 2, line), s) is not None


def _is_time_limit(text: str, m: regex.Match, rx: SimpleNamespace, folded_before: str) -> bool:
    """Whether a count is a time limit in working days after a comparator word or a word of time
    limits (time_limits), not in a provision quoted in its line ("quy định: “a) Trong thời hạn 60
    ngày làm việc …”")."""
    s, line = m.start(), text.rfind("\n", 0, m.start()) + 1
    return bool(m.group("unit")) and fold(m.group("unit")) == rx.time_limit_unit \
        and bool(rx.time_limit_before.search(folded_before)) and text.count("“", line, s) <= text.count("”", line, s)


def _time_limit_comparator(comparator: str, unit: str | None, before: str, rx: SimpleNamespace) -> str:
    """A time limit's comparator where its own words give it ("trong vòng 02 ngày làm việc": at
    most), else ``comparator``."""
    if comparator != "=" or not unit or fold(unit) != rx.time_limit_unit:
        return comparator
    tw = rx.time_limit_before.search(fold(before))
    return rx.time_limit_comparators.get(fold(tw.group(0)).strip(" :"), "=") if tw else comparator


def _trim_time_limit(pre: str, rx: SimpleNamespace) -> str:
    """The words before a time limit but its trailing words ("trong thời hạn", "rút ngắn còn")."""
    while (trail := rx.time_limit_trailing.search(pre)) is not None and trail.start() < len(pre):
        pre = pre[:trail.start()].rstrip(" ,:;-–")
    return pre


def _measured_object(text: str, rx: SimpleNamespace, m: regex.Match, cl: int, unit: str, rest: str) -> str | None:
    """What a unit of measure of the counted nouns measures where a verb before the value acts on
    it, printed after the unit ("Cứng hóa thêm 180 km đường giao thông nông thôn", "kiên cố hóa 40
    km kênh mương nội đồng"): the words after the unit; None where nothing in lower case follows
    it or the words before the value name what it measures (a verb of reaching or the copula right
    before it, comparator words between: "Diện tích … đạt 3.200 ha", "… là 25.000 tấn"; a colon)."""
    s = m.start()
    if fold(unit) not in rx.measures:
        return None
    before = rx.comparator_words.sub("", text[max(cl, s - 40):s]).rstrip()
    if not before or before.endswith(":") or rx.reached.search(before) or rx.copula.search(before):
        return None
    more = rx.unit_words.match(text, m.end())
    if not more or len(more.group(0).split()) < 2:
        return None
    return rest[len(unit):].strip() or None


def _after_verb_alone(text: str, rx: SimpleNamespace, m: regex.Match, cl: int, s: int, pre: str, post: str,
                      unit: str | None, unit_start: int, post_end: int, measured: bool) -> str:
    """The indicator of a figure whose clause names nothing before it but a verb (``pre`` else).
    A quantity in thousands or millions of a counted thing is a count: the thing and what follows
    it ("Trồng 1 triệu cây xanh phân tán" → "cây xanh phân tán"); a measure or a percentage
    measures the words after it ("Đảm bảo tối thiểu 1,5 m2 cây xanh/người", "Giảm 5% số vụ, …");
    a percentage after a colon whose label names a ratio, the words from the colon naming none
    ("- Tỷ lệ che phủ rừng: duy trì ổn định ở mức 52%"), the label's ratio."""
    opening = _trim(_LABEL.sub("", rx.comparator_words.sub("", text[cl:s])).strip(" ,:-–"))
    magnitude = rx.magnitude.match(unit or "")
    # (Before a count in thousands or millions, nor, since the figure before it, words of aiming,
    # a deadline or a whole's parts and the whole place alone, which name nothing: "…, trong đó có
    # khoảng 2,5 triệu việc làm trực tiếp", "Phấn đấu đến năm 2030 cả nước có 2 triệu doanh
    # nghiệp hoạt động".)
    if magnitude:
        own_words = pre[part.end():] if (part := rx.part_opening.search(pre)) else pre
        own_words = _trim(rx.lead.sub("", _LABEL.sub("", rx.comparator_words.sub("", rx.deadline.sub("", own_words)))
                                      .strip(" ,:-–")))
        if not own_words or fold(own_words) in rx.whole_places:
            opening = own_words
    # (A verb after a year and with words of estimating or of adding names no subject either:
    # "Năm 2005 dự kiến đón 3,2 triệu lượt khách quốc tế".)
    verb = rx.verb_adverbs.sub("", rx.year_opening.sub("", opening))
    if magnitude and len(verb.split()) <= 2 < len(opening.split()) and not rx.ratio_words.search(fold(pre)):
        opening = verb
    if len(opening.split()) <= 2 and not rx.ratio_words.search(fold(pre)):
        counted = fold((unit or "")[magnitude.end() - 1:]).split()[0] if magnitude else ""
        if magnitude and counted not in rx.measures and not rx.in_magnitude.match(counted + " x"):
            rest = rx.comparator_words.sub("", rx.parts.sub("", rx.or_more.sub(
                "", text[unit_start + magnitude.end() - 1:post_end]))).strip(" ,:;-–")
            return _before_base_year(rest, rx) or pre
        if (measured or m.group("pct")) and not _clean(pre, rx) and post and not rx.by_year.match(post) \
                and not rx.compared.match(post):
            return post
        # (A verb alone before a measure of a thing named after it: the thing, "Phát triển tối
        # thiểu 1.500 MW điện sinh khối" → "điện sinh khối".)
        if m.group("measure") and pre and len(post.split()) >= 2 and not rx.by_year.match(post) \
                and not rx.compared.match(post) and not rx.object_opening.match(post) \
                and fold(post.split()[0]) not in _folded_words("descriptor_prepositions"):
            return post
        # (A verb alone before a percentage of a short thing after it: the thing, then the verb,
        # "Xử lý ít nhất 85% văn bản" → "văn bản Xử lý".)
        if m.group("pct") and pre and post and len(post.split()) <= 2 and not rx.by_year.match(post) \
                and not rx.compared.match(post) and not _value_re().search(post):
            return f"{post} {pre}"
    if m.group("pct") and not rx.ratio_words.search(fold(pre)) and text[:cl].rstrip().endswith(":"):
        colon = text[:cl].rstrip()
        label = _LABEL.sub("", colon[colon.rfind("\n") + 1:-1]).strip(" ,;-–")
        if rx.ratio_words.match(fold(label)) and not _value_re().search(label):
            return label
    return pre


def _scope(text: str, rx: SimpleNamespace, lo: int, cl: int, cr: int, sl: int, sr: int) -> str | None:
    """Whom a value's aim covers (``scope`` of data/targets.json): from its clause, then its
    sentence, then the words before the sentence."""
    v = _vocab()
    sentence = text[sl:sr]
    scope = None
    # (Where the stretch the three regions cover lacks every scope phrase's last word, none
    # holds a scope. The clause is mostly inside the sentence, but not always: a value broken
    # over a line, "90\n%", ends its clause past the sentence's end.)
    widest = text[max(lo, sl - 200):sr]
    covered = text[min(cl, max(lo, sl - 200)):max(cr, sr)].lower()
    regions = (text[cl:cr], sentence, widest) if any(w in covered for w in rx.scope_last_words) else ()
    for region in regions:
        scm = rx.scope.search(region)
        if scm:
            scope = v["scope"][next(k for k in v["scope"] if fold(k) == fold(scm.group("w")))]
            break
    return scope


def _deadline(text: str, rx: SimpleNamespace, s: int, e: int, post_end: int, cl: int, sentence: str,
              heading: str) -> str | None:
    """By when a value's aim is due: a deadline after the value up to its parts, then before it in
    its clause, then in its sentence, then a year in its section headings."""
    deadline = None
    # (After the value up to its parts, then before it in the clause: "Đến năm 2025, phấn đấu
    # giới thiệu 1500 đoàn viên ưu tú cho Đảng, trong đó đến năm 2024 …" is due 2025.)
    # (Not past a ";": the next clause's deadline is its own value's, "… năm 2026 đạt 1.415 triệu
    # USD; đến năm 2030 đạt 1.900 triệu USD".)
    after = text[e:post_end].split(";", 1)[0]
    dm = rx.deadline.search(rx.parts.sub("", after)) or \
        next(iter(reversed(list(rx.deadline.finditer(text, cl, s)))), None)
    # (A year right before the value's verb in its clause is its own, before one of the sentence:
    # "Kim ngạch xuất khẩu năm 2026 đạt 1.415 triệu USD; đến năm 2030 …", "Năm 2026, kim ngạch …".)
    # (Not a price's base year, in brackets or not: "(giá so sánh năm 2010) ước đạt 268.450 tỷ
    # đồng", "năm 2004 theo giá so sánh năm 1994 ước đạt 172,8 nghìn tỷ đồng".)
    # (Nor one after another value, its own: "21,5% năm 2025, 21% năm 2026": a year right after
    # the value wins, below.)
    after_value = rx.label_year.match(text, e + len(text[e:post_end]) - len(text[e:post_end].lstrip()))
    own = None if dm or after_value and after_value.end() <= post_end else next(
        (y for y in reversed(list(rx.label_year.finditer(text, cl, s)))
         if rx.bare.match(text[y.end():s].strip(" ,")) and not _value_re().search(text, cl, y.start())
         and text.count("(", cl, y.start()) <= text.count(")", cl, y.start())
         and not any(b.end() == y.end()
                     for b in rx.price_base.finditer(text, max(cl, y.start() - 30), y.end()))), None)
    if own is not None:
        return own.group(1)
    dm = dm or rx.deadline.search(sentence)
    # (A year alone labelling a clause of nothing else is its value's: "Tỷ lệ …: năm 2024 đạt 50%;
    # năm 2025 đạt 70%", "(năm 2001 tăng 6,9%, …)"; the heading of the bullet holds the first.)
    label = rx.label_year.search(text, cl, s) if not dm and rx.bare.match(text[cl:s]) else None
    # (Or the words since the value before it in the clause: "…: năm 2025 đạt 85%, năm 2030 đạt
    # 95%" is due 2030.)
    if not dm and not label:
        since = max((v.end() for v in _value_re().finditer(text, cl, s)), default=cl)
        # (After a comma: "tăng từ 15,3 triệu đồng (năm 2000) lên 19,4 triệu đồng" is no label.)
        if since > cl and text[since:s].lstrip().startswith(",") and rx.bare.match(text[since:s]):
            label = rx.label_year.search(text, since, s)
    # (So is a year right after the value: "tăng từ 60% năm 2023 lên 75% năm 2025" is due 2025.)
    right_after = rx.label_year.match(text, e + len(text[e:post_end]) - len(text[e:post_end].lstrip()))
    if dm:
        deadline = dm.group(1) or dm.group(2)
    elif right_after and right_after.end() <= post_end:
        deadline = right_after.group(1)
    elif label:
        deadline = label.group(1)
    else:
        # (Not a year the heading compares with: the bullet "- Giảm 10% số vụ … so với năm 2025."
        # is a heading of its own; its year is the base of the change.)
        bases = [b.span() for b in rx.base_year.finditer(heading)]
        hm = next((h for h in rx.heading_year.finditer(heading)
                   if not any(a <= h.start(1) < b for a, b in bases)), None)
        if hm:
            deadline = hm.group(1)
    return deadline


def _year_part(text: str, rx: SimpleNamespace, out: list[Target], named: str | None, cl: int, s: int, sl: int,
               unit: str | None) -> tuple[str, str] | None:
    """The indicator and the deadline of a value whose clause names only a year and verbs after a
    part's opening ("…; trong đó năm 2026 đạt khoảng 6.550 triệu USD"; ``named`` none or bare):
    those of the last aim of its unit kept in its sentence (which began at ``sl``), the year its
    deadline; None else."""
    if named is not None and not rx.bare.match(named):
        return None
    opening = rx.part_start.match(text, cl, s)
    words = text[opening.end() if opening else cl:s]
    labelled = rx.label_year.search(words)
    same = next((o for o in reversed(out) if o.start >= sl and _unit_key(o.unit) == _unit_key(unit)), None)
    if labelled and same is not None and same.indicator and rx.bare.match(words):
        return _until_deadline(same.indicator) or same.indicator, labelled.group(1)
    return None


def _rank_indicator(text: str, rx: SimpleNamespace, cl: int, s: int, cr: int, unit_start: int) -> str | None:
    """What a rank to reach ranks: the words of its clause before the verb and the group word,
    then the leading word and what follows it ("Đến năm 2030, Việt Nam thuộc nhóm 3 nước dẫn đầu
    Đông Nam Á về trí tuệ nhân tạo" → "Việt Nam dẫn đầu Đông Nam Á về trí tuệ nhân tạo"); None
    where no leading word follows the count's words."""
    leading = rx.rank_unit.match(text, unit_start, cr)
    if not leading:
        return None
    first = rx.rank_opening.search(text, cl, s + 1)
    subject = _LABEL.sub("", text[cl:first.start() if first else s])
    following = rx.rank_opening.search(text, leading.end("unit"), cr)
    return _clean(subject + " " + text[leading.end("unit"):following.start() if following else cr].strip(" .;,"),
                  rx) or None


def _trim(indicator: str) -> str:
    """An indicator without the comparing, copula or estimating words left at its end ("tốc độ
    tăng xuất khẩu bình quân 4 năm là khoảng" → "… bình quân 4 năm")."""
    rx = vocabulary_patterns()
    while True:
        # (Not a noun one of them ends: "… trong đó có bằng cấp, chứng chỉ đạt 30%".)
        verbs_cut = indicator if rx.verb_nouns.search(indicator) else rx.trailing_verbs.sub("", indicator)
        trimmed = rx.trailing_join.sub("", verbs_cut).rstrip(" ,:;-–")
        if trimmed == indicator:
            return indicator
        indicator = trimmed


def _planned(text: str, rx: SimpleNamespace, lo: int, s: int) -> bool:
    """Whether the value at ``s`` stands in a parenthesis opening with a word of the plan, the
    parenthesis opened after ``lo`` ("(kế hoạch 7,5-8%)", "(mục tiêu kế hoạch 5 năm là 7,5%)"), or
    after a comma and words comparing with the plan ("…, so với kế hoạch là dưới 10%")."""
    op = text.rfind("(", lo, s)
    if op >= 0 and text.find(")", op, s) < 0 and bool(rx.plan_opening.match(text[op + 1:s])):
        return True
    comma = text.rfind(",", lo, s)
    return comma >= 0 and not regex.search(r"[;.()]", text[comma:s]) and bool(rx.plan_compared.match(text[comma + 1:s]))


def _in_quoted_name(text: str, s: int, e: int) -> bool:
    """Whether the value at ``text[s:e]`` stands inside quotation marks of its line (``name_quotes``
    of data/targets.json, a pair opened before it and closed after it) that hold words besides it:
    a name ("tiêu chí "5 không, 3 sạch""), not a value quoted alone ("bằng “0”")."""
    ls = text.rfind("\n", 0, s) + 1
    le = text.find("\n", e)
    le = len(text) if le < 0 else le
    for opening, closing in _vocab()["name_quotes"]:
        if opening == closing:
            if text.count(opening, ls, s) % 2 == 0:
                continue
            a = text.rfind(opening, ls, s)
        else:
            a = text.rfind(opening, ls, s)
            if a < 0 or text.find(closing, a, s) >= 0:
                continue
        b = text.find(closing, e, le)
        if b >= 0 and regex.search(r"\p{L}", text[a + 1:s] + text[e:b]):
            return True
    return False


def _without_reported_sum(indicator: str, rx: SimpleNamespace, label: Callable[[], str | None]) -> str:
    """An indicator without a figure reported for its subject before the value ("Thu nội địa ước
    thực hiện 3.420.000 triệu đồng" of "…, đạt 106,5% dự toán" → "Thu nội địa"): the subject is
    what the share or the growth measures (reported_sum_openings). With no subject before the
    report, the ``label`` of its clause names it ("a) Thu nội địa: ước thực hiện …")."""
    m = rx.reported_sum.match(indicator or "")
    if not m:
        return indicator
    return m.group("subject") or label() or indicator


def _reported_subject(words: str, rx: SimpleNamespace) -> str:
    """``words`` without a sum reported for their subject at their end ("Tổng thu ngân sách nhà
    nước đạt 166,9 nghìn tỷ đồng" of "…, bằng 23,5% GDP" → "Tổng thu ngân sách nhà nước"): the
    subject is what a share after it measures."""
    m = rx.reported_sum.match(_clean(words, rx))
    return m.group("subject") if m and m.group("subject") else words


def _clause_label(text: str, rx: SimpleNamespace, lo: int, cl: int, hard: frozenset[int]) -> str | None:
    """The label a clause opens after, on its line: the words before a colon that closes them, the
    clause right after it ("b) Chi thường xuyên: ước thực hiện …" → "Chi thường xuyên"). None where
    no colon stands there or its words hold a figure."""
    start = max(_line_start(text, cl, lo, hard) + 1, lo)
    # (Or the line before, ending in the colon: "b) Chi thường xuyên:\nước thực hiện …".)
    if not text[start:cl].strip() and start > lo:
        start = max(_line_start(text, start - 1, lo, hard) + 1, lo)
    colon = text.rfind(":", start, cl)
    if colon < 0 or text[colon + 1:cl].strip():
        return None
    name = " ".join(_LABEL.sub("", text[start:colon]).strip(" ,;-–").split())
    return name if name and not _holds_a_figure(name, rx) else None


def _clean(indicator: str, rx: SimpleNamespace) -> str:
    """An indicator's words as kept: no long parenthesis, no words of aiming or of a whole's parts
    at its start, at most ``INDICATOR_WORDS`` words, no comparing words at its end."""
    return _trim(_short(" ".join(rx.lead.sub("", _LONG_PARENTHESIS.sub("", indicator)).split())))


def _without_deadline_tail(t: Target, rx: SimpleNamespace) -> Target:
    """``t`` without a deadline ending its indicator ("dự án trong năm 2027" → "dự án", "kế hoạch vốn
    năm 2027 trước ngày 15/01/2027" → "kế hoạch vốn năm 2027"), words before it left."""
    if not t.indicator or not (tail := rx.deadline_tail.search(t.indicator)) or not tail.start():
        return t
    return dataclasses.replace(t, indicator=t.indicator[:tail.start()].rstrip(" ,;"))


def _until_deadline(indicator: str) -> str:
    """An indicator's words before a deadline it runs on to ("địa bàn cấp xã không ma túy trong
    năm 2026, phấn đấu …" → "địa bàn cấp xã không ma túy")."""
    m = vocabulary_patterns().deadline.search(indicator)
    return indicator[:m.start()].strip(" ,;") if m and m.start() > 0 else indicator


# A cell of a pipe row naming what its row measures: two words at least, letters before any digit
# ("Tỷ lệ hồ sơ TTHC được số hóa", not "60/63", "6,32/ 10").
_NAMING_CELL = regex.compile(r"^[^\d|]*\p{L}+[ \t]+\p{L}+")


def _row_name_before(text: str, cl: int) -> str | None:
    """The indicator of a value alone in a cell of a pipe row that no table header was read over
    (a PDF's text layer, "| 5 | Tỷ lệ hồ sơ TTHC được số hóa | 91,13% | 60/63 |"): the nearest
    cell to its left naming something, else None."""
    if cl < 1 or text[cl - 1] != "|":
        return None
    line_start = text.rfind("\n", 0, cl) + 1
    for cell in reversed(text[line_start:cl - 1].split("|")):
        if _NAMING_CELL.match(cell.strip()):
            return " ".join(cell.split())
    return None


def _colon_line_above(text: str, rx: SimpleNamespace, lo: int, s: int) -> str | None:
    """What a value labelled by a year alone on its line measures, where the line holds nothing
    else ("+ Năm 2030: 60%;"): the line ending with a colon above it, over the lines of its other
    years ("- Tỷ lệ lao động trong độ tuổi tham gia bảo hiểm xã hội:\n+ Năm 2025: 45%;\n+ Năm
    2030: 60%."), the way published lists of aims give one indicator several deadlines. None
    where the line above is no such heading."""
    end = text.rfind("\n", lo, s)
    if end < 0 or not rx.bare.match(_LABEL.sub("", text[end + 1:s])):
        return None
    # (A few sibling lines at most: "+ Năm 2026: 40%;" each a year and a value.)
    for _ in range(8):
        start = text.rfind("\n", lo, end) + 1
        if start <= lo and end <= lo:
            return None
        line = _LABEL.sub("", text[max(start, lo):end].strip())
        end = start - 1
        if not line:
            continue
        if line.endswith(":"):
            name = line.rstrip(" :")
            return None if not name or _holds_a_figure(name, rx) or rx.bare.match(name) else name
        colon = line.find(":")
        if colon < 0 or not rx.bare.match(line[:colon + 1]) or not _value_re().search(line, colon):
            return None
    return None


def _names_nothing(words: str, rx: SimpleNamespace) -> bool:
    """Whether ``words`` name nothing measured: verbs, comparator words, years, and days' dates with
    the words of a deadline ("đến ngày 30/6/2026 đạt tối thiểu")."""
    return bool(rx.bare.match(rx.dated.sub(" ", words)))


def _holds_a_figure(name: str, rx: SimpleNamespace) -> bool:
    """Whether a label holds a figure (a percentage, a measure), no label of other values then; a
    count in it says what is measured ("Tỷ lệ phụ nữ mang thai được tầm soát ít nhất 4 loại bệnh
    tật bẩm sinh: năm 2025 đạt 55%")."""
    return any(_is_figure(m, rx) for m in _value_re().finditer(name))


def _labelled_level(text: str, rx: SimpleNamespace, lo: int, cl: int, s: int,
                    hard: frozenset[int] = frozenset()) -> str | None:
    """What a value measures whose clause opens with a level of a grading (grading_levels: "mức
    Tốt", "mức Chưa đạt") after a colon's label on its line: the label, then the level ("a) Kết quả
    rèn luyện: mức Tốt từ 88% trở lên; mức Khá không quá 10%" → "Kết quả rèn luyện mức Khá", as a
    school's plan grades its pupils). None for any other value."""
    opening = rx.level_opening.match(text, cl, s)
    if opening is None:
        return None
    prefix, _ = comparators()
    words: list[str] = []
    for word in text[opening.end():s].replace(":", " ").split():
        folded = fold(word)
        after_negation = bool(words) and fold(words[-1]) in rx.level_negations
        if words and not after_negation and (folded in rx.result_verb_words or any(
                p == folded or p.startswith(folded + " ") for p in prefix)):
            break
        words.append(word)
    start = max(_line_start(text, cl, lo, hard) + 1, lo)
    colon = text.rfind(":", start, cl)
    label = " ".join(_LABEL.sub("", text[start:colon]).strip(" ,;-–").split()) if colon >= 0 else ""
    if not words or not label or _holds_a_figure(label, rx):
        return None
    return f"{label} {opening.group('word')} {' '.join(words)}"


def _colon_label_before(text: str, rx: SimpleNamespace, lo: int, cl: int, s: int,
                        hard: frozenset[int] = frozenset()) -> str | None:
    """What a value in a clause labelled by a year alone measures where its line names it before a
    colon ("- Tỷ lệ người dân sử dụng dịch vụ công trực tuyến: năm 2024 đạt 50%; năm 2025 đạt
    70%"): the words before the colon, if the words from the colon to the value are years, verbs
    and the values of the other years only. None for any other value."""
    # (A year and a comparator word alone need no values taken out: "năm 2025 không quá", where
    # "2025 không" would read as a count; the values of the other years are: "năm 2026 đạt 60%,
    # năm 2027 đạt 70%", one clause from the colon on.)
    def nothing_but_years(words: str) -> bool:
        return _names_nothing(words, rx) or _names_nothing(_value_re().sub("", rx.dated.sub(" ", words)), rx)
    if not nothing_but_years(text[cl:s]):
        return None
    start = max(_line_start(text, cl, lo, hard) + 1, lo)
    colon = text.rfind(":", start, cl)
    # (Or the line before, ending in the colon, its value wrapped onto this one: "…; phòng học bộ
    # môn:\n70%".)
    if colon < 0 and not text[start:cl].strip() and start > lo and text[lo:start].rstrip().endswith(":"):
        colon = text.rfind(":", lo, start)
        start = max(_line_start(text, colon, lo, hard) + 1, lo)
    if colon < 0 or not nothing_but_years(text[colon + 1:s]):
        return None
    # (A label after a ";" is the clause's own: "Tỷ lệ phòng học kiên cố hóa đạt 96%; phòng học bộ
    # môn: 70%".)
    start = max(start, text.rfind(";", start, colon) + 1)
    name = " ".join(_LABEL.sub("", text[start:colon]).strip(" ,;-–").split())
    return None if not name or _holds_a_figure(name, rx) or rx.bare.match(name) else name


def _announced_aims(text: str, rx: SimpleNamespace, index) -> list[tuple[int, int]]:
    """The stretches of text a line announcing aims opens, a colon ending its words (a target
    heading's word opening them or a frame of aims in them, :func:`vocabulary_patterns`
    ``announced_opening``, ``aim_frame``): the rest of the line ("Cụ thể, mục tiêu phát triển khoa
    học, công nghệ đến năm 2025 như sau: đầu tư …; có 25 - 30 tổ chức …"); for a line ending at its
    colon ("Chiến lược đề ra mục tiêu:"), the rest of its section, or, where the line ends its
    section, the items after it of one level and those under them (not the plan's parts of level 1:
    a preamble's line is no heading of the whole plan). And the paragraph under an unnumbered line
    heading aims (:func:`_aims_heading_lines`)."""
    out = []
    for m in rx.announcing.finditer(text):
        words = m.group("words")
        if not (rx.announced_opening.match(words.strip()) or rx.aim_frame.search(words)):
            continue
        colon = m.end()
        line_end = text.find("\n", colon)
        line_end = len(text) if line_end < 0 else line_end
        if text[colon:line_end].strip():
            out.append((colon, line_end))
            continue
        sec = index.section(index.at(colon))
        end = sec.end if sec else len(text)
        if text[line_end:end].strip():
            out.append((line_end, end))
            continue
        after = [x for x in index.sections if x.start >= line_end and x.kind not in ("preamble", "closing")]
        if not after or after[0].level <= 1:
            continue
        level = after[0].level
        stop = next((x.start for x in after if x.level < level), max(x.end for x in after))
        out.append((line_end, stop))
    return sorted(out + _aims_heading_lines(text, rx))


# The most words of an unnumbered line heading aims ("Mục tiêu cụ thể đến năm 2030": 7), and the
# fewest of the paragraph under it (a sentence, not a table's next cell: "Chỉ tiêu đạt được\n|").
_ANNOUNCING_HEADING_WORDS = 12
_ANNOUNCED_PARAGRAPH_WORDS = 8
_NEXT_LINE = regex.compile(r"\n[ \t]*\n?[ \t]*(?P<line>[^\n]+)")


def _aims_heading_lines(text: str, rx: SimpleNamespace) -> list[tuple[int, int]]:
    """The paragraphs under a line of a few words with no number, no stop and no colon, opening
    with a target heading's words, a blank line before it ("Mục tiêu cụ thể đến năm 2030" printed
    alone above its paragraph); the paragraph, its next non-blank line, a sentence of its own."""
    out = []
    for m in rx.announcing_line.finditer(text):
        words = m.group("words")
        before = text[max(0, m.start() - 20):m.start()].rstrip(" \t")
        if len(words.split()) > _ANNOUNCING_HEADING_WORDS or not rx.announced_opening.match(words) \
                or m.start() > len(before) and not before.endswith("\n\n"):
            continue
        nxt = _NEXT_LINE.match(text, m.end())
        if nxt and not nxt.group("line").lstrip().startswith("|") \
                and len(nxt.group("line").split()) >= _ANNOUNCED_PARAGRAPH_WORDS:
            out.append((nxt.start("line"), nxt.end("line")))
    return out


def _aims_heading_at(index, pos: int) -> bool:
    """Whether the innermost heading over ``pos`` names aims ("2. Mục tiêu cụ thể")."""
    heading = _heading_path(index, pos)
    return bool(heading) and bool(vocabulary_patterns().target_head.search(heading.split(" / ")[-1]))


def _reported_at(index, pos: int) -> bool:
    """Whether ``pos`` lies in a section reporting the situation or past results, not one setting
    aims (as :func:`find_targets` reads its headings)."""
    rx = vocabulary_patterns()
    heading = _heading_path(index, pos)
    if not heading or rx.target_head.search(heading) or _ocr_target_heading(heading):
        return False
    return bool(rx.situation.search(heading.split(" / ")[-1]))


def _top_section(index, pos: int) -> str | None:
    """The level-1 section holding ``pos`` (its id; "preamble" or "closing" outside them)."""
    sid = index.at(pos)
    while sid and sid not in ("preamble", "closing"):
        sec = index.section(sid)
        if not sec or not sec.parent or sec.parent in ("preamble", "closing"):
            break
        sid = sec.parent
    return sid


# Two percentages of one value (not 100) and deadline in two level-1 sections are one aim restated
# when their indicators have at least this token-set similarity: a plan restates its headline aim
# in its preamble, its objectives and its tasks in other words ("ít nhất 40% địa bàn cấp xã không
# ma túy" / "ít nhất 40% xã, phường, đặc khu không ma túy": 68); aims side by side in one section
# stay apart ("3% số vụ … tại khu vực biên giới" / "3% số vụ … xuyên quốc gia": 76).
RESTATED_ELSEWHERE_SIMILARITY = 60


def _is_restatement(t: Target, same_aim: list[Target], text: str, index=None) -> bool:
    """Whether ``t`` restates an aim kept already (``same_aim``: those of its value and unit)."""
    # A plan restating an aim (in its targets part, then in its tasks or an annex table) sets
    # it once: the same value and unit, whatever comparator or deadline the restatement
    # prints, and an indicator alike.
    key = fold(t.indicator) if t.indicator else None
    # (Not a fragment cut at the next value, "100% công chức và 100% viên chức ...": "công
    # chức và" is no restatement of "chỉ tiêu đào tạo, bồi dưỡng cán bộ, công chức ...".)
    # (Two deadlines printed, and different, are two milestones: "100% nhà đầu tư … được tư vấn"
    # by 2026 and again by 2030.)
    # (Aims listed side by side in one paragraph are distinct, however alike their indicators:
    # "100% thủ tục hành chính …; 100% thủ tục hành chính thuộc thẩm quyền … không phụ thuộc
    # địa giới hành chính; 100% thủ tục hành chính được tiếp nhận … tại bộ phận một cửa".)
    # (The same words printed twice are one aim wherever they stand.)
    # (A paragraph is looked for 2,000 characters back at most: a text without line breaks
    # would otherwise be read back to its start for each value.)
    s = t.start
    paragraph_start = max(text.rfind("\n", max(0, s - 2000), s), s - 2000)
    if index is not None and t.unit == "%" and t.value != 100 and t.indicator and any(
            o.indicator and o.deadline == t.deadline and _top_section(index, o.start) != _top_section(index, s)
            and fuzz.token_set_ratio(fold(_until_deadline(o.indicator)), fold(_until_deadline(t.indicator)))
            >= RESTATED_ELSEWHERE_SIMILARITY for o in same_aim):
        return True
    return any(o.indicator and t.indicator
           and (o.deadline == t.deadline or not o.deadline or not t.deadline)
           and (fold(o.indicator) == key or (
               o.start < paragraph_start
               and not _fragment(o.indicator) and not _fragment(t.indicator)
               and (t.value != 100 or t.unit != "%" or _head(o.indicator) == _head(t.indicator))
               and fuzz.token_set_ratio(fold(o.indicator), fold(t.indicator)) >= 85)) for o in same_aim)


def find_targets(text: str, layout, index, issued_year: int | None = None, title: str | None = None) -> list[Target]:
    """The plan's targets: each value of its body (percentages, counts, measures, bounded names)
    that survives the checks of what is no aim (a figure of the past outside a targets part, part
    of a date or a code, a product's grade), read with its comparator, indicator
    (:func:`_indicator`), scope (:func:`_scope`) and deadline (:func:`_deadline`), unless it
    restates an aim kept already (:func:`_is_restatement`); then the aims of its tables (the year the
    document is issued, ``issued_year``, tells a table's columns of past results). A budget plan (its
    ``title`` naming one: budget_plan_titles) projects and allots sums of money, no aims of them
    (:func:`_projected_money`)."""
    prefix, suffix = comparators()
    rx = vocabulary_patterns()
    prefix_re, suffix_re, past_re = rx.prefix, rx.suffix, rx.past
    budget_plan = bool(title and rx.budget_plan_title.search(fold(title)))
    context_re, target_head_re = rx.context, rx.target_head
    out: list[Target] = []
    # Targets already kept, by what makes two of them the same aim (save for the indicator's words).
    kept: dict[tuple, list[Target]] = {}
    last_in_clause: dict[int, Target] = {}
    subjects: dict[int, str] = {}  # the subject of a clause's latest figures, by the clause's start
    # (A heading's line ends its clause: "3. Tầm nhìn đến năm 2045\nSau năm 2030, …"; a bullet's
    # first line is no heading: "- Sản phẩm: Ban hành tối thiểu 02 bộ tiêu chí\nNhãn sinh thái …".)
    # (Nor is a first line holding a value: "đ) Đến hết năm 2045: 100%\nDNNVV, HTX, HKD …".)
    # (Nor one ending in a verb of reaching, its value on the next line: "d) Diện tích vùng nguyên
    # liệu … đạt\n25.000 ha", the item's sentence runs on.)
    hard = frozenset(p for sec in index.sections
                     for p in ((sec.start, sec.heading_end) if sec.kind != "bullet" and sec.heading_end
                               and not _value_re().search(text, sec.start, sec.heading_end)
                               and not _runs_on(text, sec.start, sec.heading_end) else (sec.start,))
                     if p)
    spans = _spans(text, layout)
    announced = _announced_aims(text, rx, index)
    # (Each line of a table written one cell a line is a cell of its own, the annex of tasks after
    # the signature too: "Tập huấn … cấp xã (04 lớp)\nChi cục Phát triển nông thôn\nQuý II/2026".)
    hard |= _line_table_breaks(text, spans)
    span_tables = _span_tables(text, spans, issued_year)
    table_targets, rows_read = _table_targets(text, span_tables, issued_year, functools.partial(_reported_at, index),
                                              functools.partial(_aims_heading_at, index))
    scale_targets, scale_rows = _scale_targets(text, span_tables)
    table_targets += scale_targets
    rows_read += scale_rows
    # The prose is read with its brackets of baselines blanked ("đạt 8,0 - 8,5% (ước năm 2025:
    # 7,4%)": the bracket's year is no deadline of the aim, its words no indicator); their figures
    # are read after (:func:`_baseline_targets`).
    source = text
    brackets = [b for lo, hi in spans for b in baselines.find_baseline_brackets(text, lo, hi, issued_year)]
    text = baselines.masked(text, brackets)
    figure_scan = _FigureScan(text, rx)
    matches = [(m, lo, hi) for lo, hi in spans for m in _value_re().finditer(text, lo, hi)]
    for m, lo, hi in matches:
        s, e = m.start(), m.end()
        if any(a <= s < b for a, b in rows_read):
            continue
        heading = baselines.masked_line(_heading_path(index, s), issued_year)
        first_heading = heading.split(" / ")[-1] if heading else ""
        # (An award's criteria and quotas are rules a plan sets, read as its aims are: kind threshold.)
        rules = bool(rx.threshold_head.search(heading))
        # (So are the words a line announcing aims opens, outside a section of the situation: "Chiến
        # lược đề ra mục tiêu:" over "a) … Hình thành được 02 trung tâm đổi mới sáng tạo quốc gia".)
        in_targets = bool(target_head_re.search(heading)) or _ocr_target_heading(heading) or rules \
            or any(a <= s < b for a, b in announced) and not rx.situation.search(first_heading)
        # A section of the situation or of past results: its figures are achieved; another part
        # of the plan's grounds (its budget, its scope) sets none.
        reported = bool(heading) and not in_targets and bool(rx.situation.search(first_heading))
        # (Not one naming the scale of what the plan does, its scope beside it: "II. THỜI GIAN, ĐỊA
        # ĐIỂM, ĐỐI TƯỢNG VÀ QUY MÔ" over "Tổng số học sinh tham dự không dưới 11.000 lượt".)
        scale = not reported and bool(rx.scale_head.search(heading))
        context = bool(heading) and bool(context_re.search(first_heading)) and not in_targets and not reported \
            and not scale
        cl, cr = _clause_bounds(text, s, e, lo, hi, hard)
        # A value in a parenthesis with words of its own after it ("đạt dưới 40 μg/m3 (giảm 20% so
        # với mức trung bình năm 2024) tại các điểm đo …"): its clause is the parenthesis.
        op = text.rfind("(", cl, s)
        cp = text.find(")", e, cr) if op >= 0 and text.find(")", op, s) < 0 else -1
        if cp >= 0 and len(text[e:cp].split()) >= 3:
            cl, cr = op + 1, cp
        sl, sr = _sentence_bounds(text, s, lo, hi, hard)
        sentence = text[sl:sr]
        # (Save a sentence that aims, "phấn đấu" (lead_words) in it: "II. ĐỐI TƯỢNG, SỐ LƯỢNG" of a
        # training plan, "Tổng số 450 học viên, chia thành 05 lớp; phấn đấu 100% học viên …".)
        # (A rule's bound on a measure under a condition is read there too: "cảnh báo khi độ mặn
        # dưới 5‰" under "IV. ĐỐI TƯỢNG, VỊ TRÍ, THÔNG SỐ …".)
        ruled = _ruled_measure(text, m, rx, lo, cl)
        if context and not rx.striving.search(sentence) and not ruled:
            continue
        # (In a targets section, an estimate of the year's result is achieved, no past cue though:
        # "Năm 2025, kim ngạch xuất khẩu … ước đạt 5.950 triệu USD, tăng 12,4% so với năm 2024".)
        estimated = in_targets and bool(rx.estimated_result.search(fold(text[sl:s])))
        kind = "achieved" if reported or estimated else "target"
        # (A past cue after a value a minimum bounds only describes what it counts: "giao ban ít
        # nhất 01 lần/tháng đối với các địa bàn đã có Quyết định công nhận …" is an aim.)
        # (Not a projection: "… dự kiến thu hút thêm 44,8 vạn lao động, đưa tổng số lao động …".)
        # (Nor after a word of striving before it: "phấn đấu tỷ lệ hồ sơ … đạt 65% tổng số hồ sơ …
        # tiếp nhận", the total a share's whole.)
        # (A cue after the value counts up to the sentence's next part, after ";" or an opening
        # bracket: "Đến năm 2027, 100% xã có điểm phục vụ bưu chính; hiện nay đạt 92%" is an aim
        # beside its baseline.)
        own_end = _own_part_end(text, e, sr)
        past = (past_re.search(fold(text[sl:s])) or (
            past_re.search(fold(text[s:own_end])) and not rx.aim_minimum.search(fold(text[max(cl, s - 40):s]))
            and not rx.striving.search(text[cl:s]))) \
            and not rx.projection.search(fold(text[sl:s])) and not ruled
        if past:
            # A figure of the past: skipped, save in a targets section: there a report of the
            # present or the past ("Hiện nay, tổng số trạm … khoảng 180 trạm") is the baseline,
            # achieved; a weaker cue ("trên tổng số giao dịch … đạt tối thiểu 90%") no report.
            if not in_targets and not reported and not scale:
                continue
            if reported or rx.achieved.search(fold(text[sl:own_end])):
                kind = "achieved"
        before = text[max(cl, s - 40):s]
        # Part of a date, a document number or a range like "2021-2025" is no value; nor is a number
        # inside a quoted name of words, part of the name ("đạt tiêu chí "5 không, 3 sạch"", "mô
        # hình “3 an toàn”"; "bằng “0”", a zero alone, is an aim).
        if _in_quoted_name(text, s, e) or _RANGE_OR_CODE_BEFORE.search(text[max(lo, s - 4):s]) \
                or _CODE_NAME_BEFORE.search(text[max(lo, s - 12):s]) or rx.exceedance.match(text, e) \
                and rx.exceedance_opening.search(text, max(lo, s - 20), s) or \
                (not m.group("pct") and not m.group("lnum") and _SLASH_AFTER.match(text, e)):
            continue
        # (In a section of the situation, a count is a result where a verb of reaching or of
        # change stands right before it, "Kim ngạch xuất khẩu đạt 25 tỷ USD"; else it describes,
        # "Xã … có 2.400 hộ, được chia thành 10 thôn, bản".)
        # (So is a count a verb done opens, "cứng hóa được 1.245 km", or whose thing reached a
        # standard, "có 09/36 xã đạt chuẩn nông thôn mới".)
        result = reported and bool(rx.reached.search(text, max(cl, s - 30), s)
                                   or rx.completed.search(text, max(cl, s - 30), s)
                                   or rx.done.search(text, max(cl, s - 30), s)
                                   or rx.reached_after.match(text, e, min(cr, e + 40)))
        if _no_aim_at(text, m, rx, lo, cl, cr, reported and not result):
            continue
        # (Under a heading of the plan's tasks, "II. NHIỆM VỤ CỤ THỂ", a count of a counted noun
        # or a measure is how much of a task the plan sets: "Trồng mới 1.500 ha rừng tập trung".)
        tasks_part = not in_targets and not reported and bool(rx.task_head.search(fold(heading)))
        read = _read_value(m, text, lo, cl, cr, in_targets or result or scale, heading, tasks_part, ruled)
        if read is None or _no_aim_budget_sum(text, rx, read[2], sl, s, heading, budget_plan, kind):
            continue
        value, until, unit, unit_start = read
        # The plan's figure beside a result ("GDP tăng khoảng 7,6% (kế hoạch 7,5-8%)") is an aim.
        if kind == "achieved" and _planned(text, rx, max(lo, s - 60), s):
            kind = "target"
        if rules or rx.threshold.search(fold(text[cl:cr])):
            kind = "threshold"
        comparator = "="
        pm = prefix_re.search(fold(before))
        # ("từ 7,5 đến 8,0%": the from-word opens a range, no minimum.)
        if pm and not (until is not None and fold(pm.group("w")) == rx.from_word):
            comparator = prefix[fold(pm.group("w"))]
        sm = suffix_re.match(fold(text[e:e + 15]))
        if sm:
            comparator = suffix[fold(sm.group("w"))]
        comparator = _time_limit_comparator(comparator, unit, before, rx)
        # "ít nhất 01 hội diễn văn nghệ và 01 giải thể thao": the comparator carries over "và"/",".
        prev = last_in_clause.get(cl)
        # A bound on what a figure before it counts ("15 doanh nghiệp đạt kim ngạch xuất khẩu từ 100
        # triệu USD/năm trở lên"): which of them are meant, no aim.
        # (Nor the same count of another thing after "or", no comma between: an alternative of the
        # aim before it, no aim of its own, "ít nhất 01 mô hình “Dân vận khéo” hoặc 01 sáng kiến …".)
        if pm and _qualifies(text, rx, prev, s) or _alternative(text, rx, prev, s, value, unit):
            continue
        comparator = _carried_comparator(comparator, prev, text, s, value, unit)
        # (Of an award's rules, a bound or a share: "không quá 45 tập thể và 90 cá nhân", "từ 99,5%
        # trở lên"; a bare count there is the dossier's, "Hồ sơ lập thành 02 bộ".)
        if rules and comparator == "=" and unit != "%":
            continue
        indicator, condition, post_end, subject_words = _indicator(text, m, rx, cl, cr, prev, unit, unit_start,
                                                           subjects.get(cl), figure_scan)
        if condition:
            kind = "threshold"
        named = _without_reported_sum(_with_aspect(_clean(indicator, rx), text, rx, e, cr), rx,
                                      functools.partial(_clause_label, text, rx, lo, cl, hard)) or None
        kind, named = _ruled_bound(text, rx, lo, s, unit, before, kind, named, ruled)
        if unit and unit != "%" and rx.rank_group.search(fold(text[max(lo, s - 25):s])):
            named = _rank_indicator(text, rx, cl, s, cr, unit_start) or named
        # A value in a parenthesis with no words of its own restates the aim just before it in
        # other terms ("đạt dưới 40 μg/m3 (giảm 20% so với mức trung bình năm 2024)"), or is a
        # part of it ("khoảng 7,2% (năm 2001 tăng 6,9%, …)"): its indicator.
        # (Or right after the count before it and its words: "tổ chức 481.581 cuộc PBGDPL trực tiếp
        # (tăng 32% so với năm 2023)", the growth of that count.)
        # (So is a change in a bracket right after the figure before, a price's base at most before
        # it: "Vốn đầu tư phát triển toàn xã hội: từ 3,1 đến 3,2 triệu tỷ đồng (theo giá hiện hành,
        # tăng từ 12,5 đến 13,5%/năm)", the clause opening at the colon.)
        if named is None and out and text[max(lo, cl - 2):cl].strip().endswith("(") \
                and (0 <= cl - out[-1].end <= 4 or _words_of_the_count_before(text, out[-1], cl)) \
                or out and out[-1].indicator and out[-1].end <= s and _bracket_change_after(text, rx, out[-1], s):
            named = out[-1].indicator
            subject_words = named or ""
        # A value labelled by a year alone in the sentence of a figure before it measures what that
        # figure does ("chiếm 44,2% tổng giá trị xuất khẩu, năm 2001: 46,7%; năm 2002: 50,4%").
        # (So does one named by nothing but its unit after a comma: "tối thiểu 5.000 km đường bộ
        # cao tốc, phấn đấu đạt khoảng 5.500 km".)
        if named is None and out and out[-1].start >= sl and out[-1].unit == unit and rx.bare.match(text[cl:s]) \
                or unit and named and fold(named) == fold(unit) and out and out[-1].start >= max(sl, cl) \
                and out[-1].unit == unit and rx.bare.match(text[max(cl, text.rfind(",", cl, s) + 1):s]):
            named = out[-1].indicator
        # (So does one after the figure before it, its words and its deadline, nothing but "và" or
        # a comma between: "50% trẻ em … biết bơi an toàn vào năm 2025 và 60% vào năm 2030".)
        named = _named_as_the_figure_before(text, rx, out, named, unit, sl, s)
        # A part of the aim before it in its sentence that is a year alone ("Kim ngạch … đạt 9.800
        # triệu USD, …; trong đó năm 2026 đạt khoảng 6.550 triệu USD"): the same subject, by that year.
        year_part = None
        if parted := _year_part(text, rx, out, named, cl, s, sl, unit):
            named, year_part = parted
        # A rate per a unit of people with no words of its own: the count of the thing per that
        # unit ("Đạt 8,6 bác sĩ/vạn dân" → "số bác sĩ trên một vạn dân").
        named = _rate_indicator(named, unit, rx)
        # A rate with a base named by nothing but its unit, labelled by a year alone after a colon,
        # measures what the colon's label names ("- Tỷ số giới tính khi sinh: năm 2025 không quá
        # 111,5 bé trai/100 bé gái sinh ra sống").
        # (Its further years in the sentence measure the same: "…; đến năm 2027 không quá 109 bé
        # trai/100 bé gái sinh ra sống".)
        named = _labelled_rate(text, rx, out, named, unit, lo, sl, cl, s, hard)
        # A part of a whole measured before it, named by a short name of its own: the whole's
        # measure with its name ("…; trong đó: công nghiệp - xây dựng tăng 11,5%").
        named = _part_of_a_measure(text, rx, out, named, unit, lo, cl, s) or named
        # A level of a grading after a colon's label on its line measures the label at that level
        # ("a) Kết quả rèn luyện: mức Tốt từ 88% trở lên; mức Khá không quá 10%").
        named = _labelled_level(text, rx, lo, cl, s, hard) or named
        # A value labelled by a year alone on its line under a line ending with a colon measures
        # what that line names ("- Tỷ lệ … tham gia bảo hiểm thất nghiệp:\n+ Năm 2026: 40%;").
        if named is None:
            named = _colon_line_above(text, rx, lo, s) or _colon_label_before(text, rx, lo, cl, s, hard) \
                or _row_name_before(text, cl)
        # A value labelled by a deadline alone on the line after an aim of its unit measures what
        # that aim does, by another deadline ("- Đến hết năm 2025: 80% thủ tục hành chính …\n- Đến
        # năm 2030: 100%.").
        if named is None and out and out[-1].unit == unit and rx.bare.match(text[cl:s]) \
                and text.count("\n", out[-1].end, cl) == 1 and rx.deadline.search(text, cl, s):
            named = out[-1].indicator
        named = named or _level_after_growth(text, rx, out, sl, cl, s, unit)
        named = _result_named(named, out, sl, unit, rx)
        if named and subject_words and (subject := _clean(subject_words, rx)):
            subjects[cl] = subject
        elif named and cl not in subjects and _named_by_its_thing(named, unit, rx):
            subjects[cl] = named
        # Scope and deadline: the clause, then the sentence, then the section headings.
        scope = _scope(text, rx, lo, cl, cr, sl, sr)
        deadline = year_part or _deadline(text, rx, s, e, post_end, cl, sentence, heading)
        t = Target(value=value, unit=unit, comparator=comparator, indicator=_with_counted_noun(named, unit, rx),
                   scope=scope, deadline=deadline, section=None, start=s, end=e, text=source[cl:cr].strip(),
                   until=until, kind=kind)
        last_in_clause[cl] = t
        same_aim = kept.setdefault((t.value, t.until, _unit_key(t.unit), t.kind), [])
        if _is_restatement(t, same_aim, text, index):
            continue
        # (A deadline ending its words is no part of what it measures; but it tells two aims
        # apart, so restatements are found with it: ``same_aim`` keeps the words as printed.)
        out.append(_without_deadline_tail(t, rx))
        same_aim.append(t)
    # A table's aims after the prose's: one the prose sets already (same value and unit, an
    # indicator alike, the same deadline or none) is a restatement; so is a cell of the same name
    # and deadline as one kept. (Cells of two rows are two aims, however alike their names: "Tàu
    # cá được đăng ký … Thanh Hóa | 100" and "… Quảng Ngãi | 100".)
    out += _baseline_targets(source, brackets, out)
    out = _with_year_series(source, spans, out, issued_year)
    # (The prose's aims as read at last, baselines and members of series with them, are those a
    # table's cell may restate.)
    kept = {}
    for t in out:
        kept.setdefault((t.value, t.until, _unit_key(t.unit), t.kind), []).append(t)
    out += _table_aims_kept(table_targets, kept)
    out.sort(key=lambda t: t.start)
    return out


# The most words of a count's thing between it and a parenthesis of its own ("481.581 cuộc PBGDPL
# trực tiếp (tăng 32% …)").
_COUNT_WORDS_BEFORE_PARENTHESIS = 8


def _words_of_the_count_before(text: str, before: Target, cl: int) -> bool:
    """Whether a parenthesis opening at ``cl`` follows a count (no percentage, no rate: "16 đợt/năm
    (02 lần/tháng, …)" restates it) and its thing's words alone, no stop between ("cho 55.877.435
    lượt người tham dự (tăng 73% so với năm 2023)")."""
    between = text[before.end:cl].rstrip(" (")
    return before.start < before.end <= cl and before.unit not in (None, "%") and "/" not in before.unit \
        and not regex.search(r"[,;:.()\n]", between) and len(between.split()) <= _COUNT_WORDS_BEFORE_PARENTHESIS


def _named_as_the_figure_before(text: str, rx: SimpleNamespace, out: list[Target], named: str | None,
                                unit: str | None, sl: int, s: int) -> str | None:
    """``named``, or where it is None and the figure before in the sentence, of the same unit, is
    followed by its indicator, its deadline and "và" or a comma up to this one, that indicator."""
    prev = out[-1] if out else None
    if named is None and prev is not None and prev.start >= sl and prev.unit == unit and prev.indicator \
            and _after_its_words(text[prev.end:s], prev.indicator, rx):
        return prev.indicator
    return named


def _after_its_words(between: str, indicator: str, rx: SimpleNamespace) -> bool:
    """Whether the words between a figure and the next are the figure's indicator, a deadline and
    a word joining the two ("% trẻ em … biết bơi an toàn vào năm 2025 và ")."""
    words = " ".join(between.split()).lstrip("% ")
    if not words.startswith(indicator):
        return False
    rest = rx.deadline.sub("", words[len(indicator):]).rstrip()
    if not _ends_list_join(rest):
        return False
    rest = rest[:-1] if rest.endswith(",") else rest[:-len(rx.conjunction_and)]
    return bool(rx.bare.match(rest))


def _result_named(named: str | None, out: list[Target], sl: int, unit: str | None,
                  rx: SimpleNamespace) -> str | None:
    """A value named by a word of results alone (result_names) measures what the figure before it
    in its sentence does ("… mục tiêu tốc độ tăng giá trị sản xuất 7,5%; kết quả ước đạt 7,8%"):
    that figure's indicator; else ``named``."""
    if named and fold(named) in rx.result_names and out and out[-1].start >= sl and out[-1].unit == unit:
        return out[-1].indicator
    return named


def _with_year_series(text: str, spans: list[tuple[int, int]], aims: list[Target],
                      issued_year: int | None) -> list[Target]:
    """The aims with those of a series by year (:mod:`pipeline.extract.series`: "Tỷ lệ che phủ
    rừng: năm 2024 đạt 41,2%, năm 2025 ước đạt 41,5%, kế hoạch năm 2026 là 41,8%") each read as
    its member: its year the deadline, its kind the member's (no rule's threshold changed), the
    series' subject its indicator where the series prints one."""
    members = {m.value_start: (s, m) for lo, hi in spans for s in series.find_year_series(text, lo, hi, issued_year)
               for m in s.members}
    out = []
    for t in aims:
        if (found := members.get(t.start)) is None:
            out.append(t)
            continue
        run, member = found
        out.append(dataclasses.replace(t, deadline=member.deadline or member.year, indicator=run.subject or t.indicator,
                                       kind=t.kind if t.kind == "threshold" or member.kind is None else member.kind))
    return out


# How far before a bracket of baselines the aim it is the baseline of may end ("đạt 6,2 triệu
# lượt (…)": the unit's words between).
_BASELINE_AFTER_AIM = 40


def _baseline_targets(text: str, brackets: list[baselines.BaselineBracket], aims: list[Target]) -> list[Target]:
    """The figures of the brackets of baselines (:mod:`pipeline.extract.baselines`), each the
    subject of the aim right before its bracket achieved in the bracket's year ("Số giường bệnh
    trên một vạn dân đạt 34 giường (năm 2025: 32,5 giường)" → 32,5 giường, achieved, 2025); none
    where no aim stands right before it on its line."""
    out: list[Target] = []
    for b in brackets:
        aim = next((t for t in reversed(aims) if t.end <= b.open), None)
        if aim is None or b.open - aim.end > _BASELINE_AFTER_AIM or "\n" in text[aim.end:b.open]:
            continue
        for m in _value_re().finditer(text, b.open + 1, b.close):
            read = _read_value(m, text, b.open + 1, b.open + 1, b.close, True)
            if read is None or read[2] is None:
                continue
            value, until, unit, _ = read
            out.append(Target(value=value, unit=unit, comparator="=", indicator=aim.indicator, scope=aim.scope,
                              deadline=baselines.bracket_year(text, b, m.start()), section=None,
                              start=m.start(), end=m.end(), text=text[b.open + 1:b.close].strip(),
                              until=until, kind="achieved"))
    return out


def _labelled_rate(text: str, rx: SimpleNamespace, out: list[Target], named: str | None, unit: str | None,
                   lo: int, sl: int, cl: int, s: int, hard: frozenset[int]) -> str | None:
    """The indicator of a rate with a base named by nothing but its unit: the label before a colon
    where a year alone labels it, else the figure's of its unit before it in its sentence where
    its clause names nothing; ``named`` for any other value."""
    if not named or not unit or not _base_rate(unit, rx) or not fold(named).startswith(fold(unit.split("/")[0])):
        return named
    same = out[-1].indicator if out and out[-1].start >= sl and out[-1].unit == unit \
        and _names_nothing(text[cl:s], rx) else None
    return _colon_line_above(text, rx, lo, s) or _colon_label_before(text, rx, lo, cl, s, hard) or same or named


def _level_after_growth(text: str, rx: SimpleNamespace, out: list[Target], sl: int, cl: int, s: int,
                        unit: str | None) -> str | None:
    """What a quantity measures whose clause holds nothing but a year and verbs, after a growth rate
    in its sentence: the growing subject ("Kim ngạch xuất khẩu hàng hóa tăng bình quân 9 - 10%/năm;
    đến năm 2030 đạt khoảng 4.780 triệu USD" → "Kim ngạch xuất khẩu hàng hóa"). None else."""
    if not out or out[-1].start < sl or not out[-1].unit or not out[-1].unit.startswith("%") \
            or not unit or unit.startswith("%") or not _names_nothing(text[cl:s], rx) or not out[-1].indicator:
        return None
    # (Not the verbs of its growth: "… tăng bình quân". A subject that is itself a rate, "Tỷ lệ hộ
    # nghèo giảm 1,5%", "Tốc độ tăng trưởng GRDP …", is no quantity's: the level after it is of
    # something else.)
    words = out[-1].indicator.split()
    while len(words) > 1:
        k = next((k for k in (2, 1) if len(words) > k and rx.bare.match(" ".join(words[-k:]))), 0)
        if not k:
            break
        del words[-k:]
    subject = fold(" ".join(words))
    if len(words) == len(out[-1].indicator.split()) or rx.rate_names.match(subject) \
            or rx.comparison_header.match(subject):
        return None
    return " ".join(words)


def _alternative(text: str, rx: SimpleNamespace, prev: Target | None, s: int, value: float,
                 unit: str | None) -> bool:
    """Whether a count at ``s`` is an alternative of the count ``prev`` of its clause: the same
    number of another thing, "or" right before it and no comma nor semicolon since ("01 mô hình
    “Dân vận khéo” hoặc 01 sáng kiến cải cách hành chính")."""
    if prev is None or prev.end > s or prev.value != value or not unit or unit == "%" or prev.unit == "%":
        return False
    between = text[prev.end:s]
    return not regex.search(r"[,;]", between) and regex.search(
        rf"(?<!\p{{L}}){regex.escape(fold(rx.conjunction_or))}\s*$", fold(between)) is not None


def _rate_words_apart(indicator: str) -> str:
    """An indicator folded, a slash between words read as a space: a table's "Số bác sĩ/vạn dân"
    restates the prose's "số bác sĩ trên một vạn dân"; so are commas and colons between words (a
    task table's "sản phẩm Đánh giá, phân hạng sản phẩm OCOP" restates "sản phẩm được đánh giá")."""
    return " ".join(regex.sub(r"(?<=\p{L})/(?=\p{L})|[,;:](?!\d)", " ", fold(indicator)).split())


def _names_a_place(printed: list[str], rx: SimpleNamespace) -> bool:
    """Whether an indicator's words as printed end with a place's name, a level of administration
    capitalised then a name ("… Xã Bạch Đằng", "… Phường Hợp Giang"), as a table's row gives it."""
    return any(printed[-n][:1].isupper() and rx.place_header.match(fold(" ".join(printed[-n:])))
               and fold(" ".join(printed[-n:])) not in rx.whole_places
               for n in range(2, min(6, len(printed) + 1)))


def _table_aims_kept(table_targets: list[Target], kept: dict[tuple, list[Target]]) -> list[Target]:
    """The table's aims that restate none of the prose's (``kept``, by value, upper end, unit and
    kind: an indicator alike, the same deadline or none) nor a cell of the same name and deadline.
    A cell of a row of totals, or of the whole area ("Toàn xã", table_whole_places), restates a
    prose aim of its value and unit whatever its indicator: the annex's total of a column is the
    whole the prose sets ("vận động 1.900 đơn vị máu tình nguyện (chỉ tiêu giao cụ thể tại Phụ lục)"
    over "Tổng cộng | … | 1.900"). A cell with no year restates a prose aim of any deadline (the
    prose's "Giúp 445 hộ nghèo … năm 2025" over "Tổng cộng | 445" of a table with no year)."""
    out: list[Target] = []
    table_kept: set[tuple] = set()
    rx = vocabulary_patterns()
    for t in table_targets:
        aim = (t.value, t.until, _unit_key(t.unit), t.kind)
        printed = (t.indicator or "").split()
        words = fold(t.indicator or "").split()
        # (A whole area's row names it as a cell does, capitalised after the column's measure,
        # "Thu nhập bình quân Toàn xã"; in a name's words it is no row of its own, "Tỷ lệ hộ sử
        # dụng điện lưới quốc gia toàn tỉnh".)
        total = any(" ".join(words[-n:]) in rx.total_rows for n in (1, 2)) or any(
            " ".join(words[-n:]) in rx.whole_places and printed[-n][:1].isupper() for n in (2, 3)
            if len(words) > n)
        # (A cell of one place's row is that place's aim, no restatement of the whole's: "Giảm tỷ lệ
        # hộ nghèo Xã Bạch Đằng | 3,5" under the prose's "Tỷ lệ hộ nghèo giảm 3,5%".)
        place = not total and _names_a_place(printed, rx)
        if any(o.indicator and t.indicator and (o.deadline == t.deadline or not o.deadline or not t.deadline)
               and (total or not place and fuzz.token_set_ratio(_rate_words_apart(o.indicator),
                                                                _rate_words_apart(t.indicator)) >= 85)
               for o in kept.get(aim, [])) \
                or (*aim, fold(t.indicator or ""), t.deadline) in table_kept:
            continue
        out.append(t)
        table_kept.add((*aim, fold(t.indicator or ""), t.deadline))
    return out
