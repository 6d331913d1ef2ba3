"""The speed shortcuts find what the plain searches they replace find: pre-scans
(pipeline.scan), prefix trees of phrases, and the quicker forms of per-line and per-name checks."""
import dataclasses
import os
import random
import re

import pytest
import regex

from conftest import REAL, ROOT, SEEDS, WEB


@pytest.fixture(scope="module")
def corpus_texts():
    """Normalised texts of the corpus plans, and some of their concatenations."""
    from pipeline.ingest import read
    from pipeline.normalize import normalize
    paths = sorted(SEEDS.glob("*.txt")) + sorted(WEB.glob("*.txt")) + sorted(REAL.glob("*.docx"))
    texts = [normalize(read(p).text).text for p in paths]
    return texts + ["\n\n".join(texts[i:i + 4]) for i in range(0, len(texts), 4)]


def _random_texts(pieces, n=3000, seed=7, length=25):
    rnd = random.Random(seed)
    glue = ["", " ", "  ", "\n", " (", ")", ", ", "/", "-", " - ", "."]
    return ["".join(rnd.choice(pieces) + rnd.choice(glue) for _ in range(rnd.randint(1, length))) for _ in range(n)]


def _spans(matches):
    return [(m.span(), m.groupdict()) for m in matches]


# --- prefix trees ---------------------------------------------------------------------------

@pytest.mark.slow
def test_prefix_tree_matches_what_the_longest_first_alternation_matches():
    from pipeline.extract.references import _type_names
    from pipeline.vocab import alternation, prefix_tree_alternation
    names = list(_type_names())
    tree, flat = prefix_tree_alternation(names), alternation(names)
    assert tree != flat
    pieces = names + [n[:k] for n in names for k in range(1, len(n))] + ["số 12", "1", "x", "Đ"]
    for suffix in ("", r"\s+số", r"(?!\p{L})"):  # a suffix forces the engine to backtrack into the tree
        a = regex.compile(rf"(?<!\p{{L}})(?P<t>{flat}){suffix}", regex.V1)
        b = regex.compile(rf"(?<!\p{{L}})(?P<t>{tree}){suffix}", regex.V1)
        for text in _random_texts(pieces, n=1500):
            assert _spans(a.finditer(text)) == _spans(b.finditer(text)), text


def test_prefix_tree_leaves_odd_spacing_to_the_alternation():
    from pipeline.vocab import alternation, prefix_tree_alternation
    assert prefix_tree_alternation(["Kế  hoạch", "Kế hoạch"]) == alternation(["Kế  hoạch", "Kế hoạch"])


# --- pre-scans ------------------------------------------------------------------------------

def test_re_takes_in_every_space_regex_does():
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    spaces = {m.start() for m in regex.finditer(r"\s", every)}
    assert spaces <= {m.start() for m in re.finditer(r"\s", every)}


@pytest.mark.slow
def test_only_one_character_lowers_to_two_and_lower_same_length_keeps_positions():
    from pipeline.scan import lower_same_length
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    assert [c for c in every if len(c.lower()) != 1] == ["\u0130"]
    assert len(lower_same_length(every)) == len(every)
    assert lower_same_length("İSTANBUL, Kế Hoạch") == "istanbul, kế hoạch"


@pytest.mark.slow
def test_a_date_word_letter_in_any_case_lowers_to_itself():
    """What the date pre-scan on the text in lower case relies on."""
    from pipeline.extract import dates
    from pipeline.scan import lower_same_length
    words = list(dates._opening_words())
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    for letter in set("".join(words).lower()) - {" "}:
        for m in regex.finditer(regex.escape(letter), every, regex.I):
            assert lower_same_length(m.group(0)) == letter, (letter, m.group(0))
    # The pre-scan's look-behind refuses no position that _DATE_START takes.
    refused = set(dates._refused_before())
    for c in every:
        if lower_same_length(c) in refused:
            assert regex.match(r"[\p{L}\d/]", c), c


@pytest.mark.slow
def test_a_described_document_word_letter_in_any_case_lowers_to_itself():
    """The types, the words after them and the citing cues of a described document."""
    from pipeline.extract import references
    from pipeline.scan import lower_same_length
    cues = references._vocab()["relation_cues"]["implements"] + references._vocab()["relation_cues"]["basis"]
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    words = references._DESCRIBED_TYPES + references._DESCRIBED_NEXT + tuple(cues)
    for letter in set("".join(words).lower()) - {" ", ","}:
        for m in regex.finditer(regex.escape(letter), every, regex.I):
            assert lower_same_length(m.group(0)) == letter, (letter, m.group(0))


@pytest.mark.slow
def test_described_references_are_skipped_only_where_there_are_none(corpus_texts):
    from pipeline.extract import references
    cited = ["Thực hiện Kế hoạch ngày 05/4/2023 của Liên đoàn Lao động tỉnh về việc ...",
             "a; CĂN CỨ  KẾ HOẠCH\tCỦA Ban Chấp hành", "Căn cứ Chương trình hành động năm 2024 của Tỉnh ủy",
             "\n  Triển khai Nghị quyết tháng 3 của", "Theo Kế hoạch số 12", "kế hoạch của", "İ",
             # an opening farther back than the window, across a long run of spaces and breaks
             "x\n" + " " * 400 + "\nCăn cứ Kế hoạch của UBND", "x;" + "\n" * 400 + "Căn cứ Kế hoạch của X"]
    found = 0
    for text in corpus_texts + cited + _random_texts(cited + ["Kế hoạch", " của ", "ngày", "Theo", "\n"], n=500):
        for start, end in ((0, len(text)), (len(text) // 2, len(text))):
            plain = _spans(references._described_ref().finditer(text, start, end))
            assert _spans(references._described_refs(text, start, end)) == plain
            found += len(plain)
    assert found > 10


@pytest.mark.slow
def test_dates_found_at_the_pre_scanned_positions_are_those_of_a_plain_search(corpus_texts):
    from pipeline.extract import dates
    pattern = dates._pattern()
    for text in corpus_texts:
        for start, end in ((0, len(text)), (len(text) // 3, len(text) - 7)):
            starts = dates._date_starts(text, start, end)
            assert starts is not None
            assert _spans(dates.matches_at(pattern, text, starts, end)) == _spans(pattern.finditer(text, start, end))
    v = dates._vocab()
    pieces = [v["day"], v["month"], v["year"], v["quarter"], *v["period_words"], *v["qualifiers"]["lone"],
              "Ngày", "THÁNG", "NĂM", "Quý", "đến", "05", "5", "12", "2023", "1975", "04/2023", "(", "IV", "x",
              "Năm học", "xngày", "3ngày"]
    for text in _random_texts(pieces):
        starts = dates._date_starts(text, 0, len(text))
        assert _spans(dates.matches_at(pattern, text, starts, len(text))) == _spans(pattern.finditer(text)), text


def test_first_date_is_the_first_of_find_dates(corpus_texts):
    from pipeline.extract.dates import find_dates, first_date
    text = corpus_texts[0]
    for m in re.finditer(r"ngày|\d", text):
        found = find_dates(text, m.start(), m.start() + 40)
        first = first_date(text, m.start(), m.start() + 40)
        assert (dataclasses.replace(first, role=found[0].role) if first else None) == (found[0] if found else None)
        assert first is None or first.role is None


def test_references_tried_at_type_names_are_those_of_a_plain_search(corpus_texts):
    from pipeline.extract import references
    from pipeline.scan import lower_same_length
    # (With "İ", the one letter whose lower case is two: positions must not shift.)
    for text in corpus_texts + [t.replace("a", "İ", 3) for t in corpus_texts[:5]]:
        starts = references._type_starts(text, lower_same_length(text), 0, len(text))
        for pattern in (references._code_ref(), references._short_ref()):
            assert _spans(references.matches_at(pattern, text, starts, len(text))) == _spans(pattern.finditer(text))


@pytest.mark.slow
def test_line_start_look_ahead_changes_no_match(corpus_texts):
    """The patterns that open with scan.LINE_START find what they find with a bare "^"."""
    from pipeline import normalize, segment
    from pipeline.extract import responsibilities
    from pipeline.scan import LINE_START
    pieces = ["Nơi nhận", "NƠI NHẬN:", "Trên đây là", "TRÊN ĐÂY", "TM. Ủy", "KT. CHỦ", "T/M Ban", "PHỤ LỤC",
              "Phụ lục II", "  ", "\n", "\n\n", " ", "x", "- + a", "Chủ thể thực hiện: Sở", "Đơn vị thực hiện :"]
    texts = corpus_texts + _random_texts(pieces, n=1500)
    for rx in (segment._FOOTER, segment._CLOSING_TEXT, segment.SIGNING, segment._APPENDIX,
               responsibilities._word_patterns().executor_line, normalize._DOUBLE_BULLET):
        assert rx.pattern.startswith(LINE_START)
        bare = regex.compile("^" + rx.pattern[len(LINE_START):], rx.flags)
        for text in texts:
            for start, end in ((0, len(text)), (len(text) // 3, max(0, len(text) - 5))):
                assert _spans(rx.finditer(text, start, end)) == _spans(bare.finditer(text, start, end))
            assert bool(rx.match(text.strip())) == bool(bare.match(text.strip()))


# --- quicker forms of checks ----------------------------------------------------------------

@pytest.mark.slow
def test_place_date_check_agrees_with_the_pattern(corpus_texts):
    from pipeline.segment import PLACE_DATE, has_place_date
    lines = {line for text in corpus_texts for line in text.split("\n")}
    lines |= {"Hà Nội , ngày 5 tháng 4 năm 2023", "x, ngày 5, Krông Nô, ngày 05 tháng 01 năm 2024",
              "a" * 80 + "   , ngày 1 tháng 2 năm 2020", "TP. Hồ Chí Minh,   ngày  tháng  năm 2025"}
    for line in lines:
        assert has_place_date(line) == bool(PLACE_DATE.search(line)), line


def test_chrome_pattern_is_any_of_the_chrome_patterns(corpus_texts):
    from pipeline.segment import is_chrome
    from pipeline.vocab import patterns
    each = [regex.compile(p, regex.I) for p in patterns("chrome.tsv")]
    made_up = {"Menu", "menu x", "• a", "www.abc.vn", "ABC.VN", "------- x -------", "Nguồn: TTXVN", "x http://a",
               "Thứ hai, ngày 5/1/2024", "Hệ thống pháp luật", "a.jpg b", "Cập nhật lúc 10:00", "|||", "<span>x"}
    for line in {line.strip() for text in corpus_texts for line in text.split("\n")} | made_up:
        assert is_chrome(line) == (bool(line) and any(r.search(line) for r in each)), line


def test_lines_of_is_a_search_for_line_breaks(monkeypatch):
    from pipeline import text as text_module
    from pipeline.text import lines_of

    def by_search(text, start=0, end=None):
        end = len(text) if end is None else end
        pos = start
        while pos <= end:
            nl = text.find("\n", pos, end)
            stop = end if nl < 0 else nl
            yield pos, stop, text[pos:stop]
            if nl < 0:
                break
            pos = nl + 1
    rnd = random.Random(1)
    for block in (text_module._LINES_BLOCK, 1, 3):  # small blocks: lines split across blocks too
        monkeypatch.setattr(text_module, "_LINES_BLOCK", block)
        for _ in range(20000):
            text = "".join(rnd.choice("ab\n") for _ in range(rnd.randint(0, 12)))
            start, end = rnd.randint(-3, len(text) + 3), rnd.choice([None, rnd.randint(-3, len(text) + 3)])
            assert list(lines_of(text, start, end)) == list(by_search(text, start, end)), block


@pytest.mark.slow
def test_expand_is_one_pattern_of_every_abbreviation_longest_first():
    from pipeline.extract.abbreviations import expand
    from pipeline.vocab import abbreviations as lexicon

    def by_one_pattern(name, inline):
        table = dict(lexicon())
        table.update(inline)
        keys = sorted(table, key=len, reverse=True)
        rx = regex.compile(r"(?<![\p{L}&])(?:" + "|".join(regex.escape(k) for k in keys) + r")(?![\p{L}&])")
        return rx.sub(lambda m: table[m.group(0)], name)
    rnd = random.Random(3)
    own = list(lexicon())[:5] + ["NLĐ", "CNVCLĐ", "LĐ", "CN", "UBND", "UB", "ND", "LĐLĐ", "KT-XH", "&B", " X", "\nY"]
    pieces = list(lexicon()) + own + [" ", "x", "&", "-", "Sở ", "a", "Đ"]
    for _ in range(3000):
        inline = {k: f"<{k}>" for k in rnd.sample(own, rnd.randint(0, 6))}
        name = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12)))
        assert expand(name, inline) == by_one_pattern(name, inline), (name, inline)


def test_phrase_set_is_a_comparison_with_each_phrase():
    from pipeline.vocab import PhraseSet
    rnd = random.Random(5)
    for _ in range(3000):
        phrases = ["".join(rnd.choice("ab .") for _ in range(rnd.randint(0, 4))) for _ in range(rnd.randint(0, 5))]
        text = "".join(rnd.choice("ab .") for _ in range(rnd.randint(0, 7)))
        for seps in (" ", " ."):
            expected = any(text == p or any(text.startswith(p + s) for s in seps) for p in phrases)
            assert PhraseSet(phrases, seps).opens(text) == expected, (phrases, text, seps)


def test_taken_spans_are_a_comparison_with_each_span():
    from pipeline.extract.references import _Spans
    rnd = random.Random(9)
    for _ in range(300):
        spans, taken = [], _Spans()
        for _ in range(rnd.randint(0, 30)):
            s = rnd.randint(0, 2000)
            e = s + rnd.randint(-3, 600)
            spans.append((s, e))
            taken.add(s, e)
        for _ in range(30):
            s = rnd.randint(0, 2000)
            e = s + rnd.randint(-3, 600)
            assert taken.free(s, e) == all(e <= a or s >= b for a, b in spans)
            assert taken.ends_within(s - 200, s) == any(0 <= s - b <= 200 for a, b in spans)


def test_place_words_are_a_search_for_each_place():
    from pipeline.extract.header import _contains_place
    from pipeline.vocab import issuer_words
    orgs, places = issuer_words()
    rnd = random.Random(11)
    pieces = list(places) + list(orgs) + ["x", "Huyện", "TỈNH", "  ", "dân", "NHÂN DÂN"]
    for _ in range(5000):
        line = " ".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 6)))
        up = " " + line.upper() + " "
        expected = any(f" {p} " in up for p in places if p not in ("DÂN", "NHÂN DÂN"))
        assert _contains_place(line, places) == expected, line


@pytest.mark.slow
def test_repeated_symbol_is_the_pattern_it_replaces():
    from pipeline.extract.references import _repeated_symbol
    rnd = random.Random(13)
    for _ in range(5000):
        symbol = "".join(rnd.choice("NQ/TW-2") for _ in range(rnd.randint(1, 6)))
        window = "".join(rnd.choice([" ", "\t", symbol, "a", "1", "Đ", ",", "/"]) for _ in range(rnd.randint(0, 4)))
        window = window[:len(symbol) + 3]
        m = regex.match(r"[ \t]+" + regex.escape(symbol) + r"(?![\p{L}\d])", window)
        assert _repeated_symbol(window, symbol) == (m.end() if m else 0), (window, symbol)


def test_regex_spaces_are_what_backslash_s_matches():
    from pipeline.scan import regex_spaces
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    assert set(regex_spaces()) == set(regex.findall(r"\s", every))


def test_a_list_join_at_the_end_is_what_the_pattern_finds():
    from pipeline.extract.targets import _ends_list_join
    pattern = regex.compile(r"(?:\s+và|,)\s*$")
    for text in _random_texts(["và", " và", ",", "x", "\u00a0", "\x1c", "\n", " ", "Và", "đạt"], n=5000, length=6):
        assert _ends_list_join(text) == (pattern.search(text) is not None), repr(text)


def test_a_scope_word_letter_in_any_case_lowers_to_itself():
    """What the targets' scope pre-check on the text in lower case relies on."""
    from pipeline.extract import targets
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    for letter in set("".join(targets.vocabulary_patterns().scope_last_words)) - {" "}:
        for m in regex.finditer(regex.escape(letter), every, regex.I):
            assert m.group(0).lower() == letter or len(m.group(0).lower()) != 1, (letter, m.group(0))


def test_line_breaks_joining_two_words_are_what_the_pattern_finds(corpus_texts):
    from pipeline.normalize import _breaks
    pattern = regex.compile(r"(?<=\S)[ ]*\n(?:[ ]*\n)*[ ]*(?=\S)")
    pieces = ["a", " ", "  ", "\n", "\n\n", " \n ", "\t", "\x1c", "\u00a0", "b c", ".", "\r"]
    for text in corpus_texts + _random_texts(pieces, n=5000, length=10):
        assert list(_breaks(text)) == [m.span() for m in pattern.finditer(text)], repr(text)


def test_date_cues_searched_from_the_end_are_found_where_a_forward_search_finds_them(corpus_texts):
    from pipeline.extract import dates
    from pipeline.text import fold
    v = dates._vocab()
    for key, reverse in dates._cue_res().items():
        forward = regex.compile(reverse.pattern, reverse.flags & ~regex.REVERSE)
        pieces = v[key] + ["x", ":", ",", "(", " ", "\n", "ngày"]
        texts = [fold(t[i:i + 40]) for t in corpus_texts[:3] for i in range(0, len(t) - 40, 13)]
        for text in texts + _random_texts(pieces, n=2000, length=5):
            assert bool(reverse.search(text)) == bool(forward.search(text)), (key, text)


def test_trailing_spaces_are_what_the_pattern_finds(corpus_texts):
    from pipeline.normalize import _trailing_spaces
    pattern = regex.compile(r"[ ]+(?=\n)|[ ]+\Z")
    for text in corpus_texts + _random_texts(["a", " ", "  ", "\n", " \n", "\t", "b c"], n=5000, length=8):
        assert list(_trailing_spaces(text)) == [m.span() for m in pattern.finditer(text)], repr(text)


def test_patterns_are_the_same_in_every_run():
    """The alternations are written in an order that does not depend on the run's string hashing
    (a set of phrases of one length once came out in its hash order)."""
    import subprocess
    import sys
    probe = ("from pipeline.vocab import alternation; "
             "print(alternation(['ab', 'cd', 'ef', 'gh', 'ij', 'kl', 'mn', 'op', 'Ủy ban', 'Sở']))")
    outputs = {subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT,
                              env={**os.environ, "PYTHONHASHSEED": seed}, check=True).stdout
               for seed in ("1", "2", "3")}
    assert len(outputs) == 1
