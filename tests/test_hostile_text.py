"""Hostile texts cost work in proportion to their length, proved by counting work, not time.

Each text below is a pattern repeated (an adversarial probe found each quadratic or worse: 1 MB of
"1. a" lines took minutes). The package's own loops are counted as in tests/test_linear_work.py:
the lines of ``pipeline/`` executed for a text of size n and of size 4n, at most 4.4 times apart.
Work inside one C call is not seen by line tracing, so it is bounded otherwise: what reaches
``unicodedata.normalize`` is measured, the chrome and closing patterns are run on the long lines
and blank runs that once took them minutes (each takes milliseconds now; no time is asserted:
``scripts/bench_hostile.py`` times them), and the memory of many empty lines is traced.
"""
from __future__ import annotations

import random
import tracemalloc
import unicodedata
from collections import deque

import pytest
import regex
from test_linear_work import lines_executed

from pipeline import api, normalize, segment
from pipeline.segment import _chrome_res
from pipeline.vocab import patterns

from conftest import SEEDS, WEB

# (unit, copies for the small text): the large text has four times the copies.
REPEATED = {
    "number lines": ("1.\n", 500),
    "numbers in a line": ("1. ", 1000),
    "items sharing one label": ("1. Giao Sở Nội vụ chủ trì.\n", 300),
    "letter items under one item": ("a) Giao Sở Nội vụ chủ trì.\n", 300),
    "double bullets in a line": ("- + ", 1000),
    "double bullet lines": ("- + Giao Sở Nội vụ.\n", 300),
    "dashes and spaces": ("- ", 2000),
    "line breaks": ("\n", 4000),
    # each cue read its name's line end over every capitalised line after it (4,000 lines: 29 s)
    "capitalised lines after a cue": ("Sở Nội vụ phối hợp với Sở Tài Chính\n", 150),
    # each value's clause walked back over every soft line break of its paragraph (47 s)
    "wrapped lines of aims": ("đạt 90% cán bộ được tập huấn về\n", 60),
    # each recurring date's clause walked a character at a time over the paragraph (150 s); the
    # copies put the small text past the 600-character cap of a clause, where the work is linear
    "recurring dates in one paragraph": ("trước ngày 15/11 hằng năm, ", 100),
}


@pytest.mark.slow  # (counted work on texts of two sizes, every case: 6 s)
@pytest.mark.parametrize("name", REPEATED)
def test_repeated_units_cost_work_in_proportion(name):
    unit, copies = REPEATED[name]
    head = "KẾ HOẠCH\nI. MỤC ĐÍCH\n1. Giao Sở Nội vụ chủ trì.\n"
    api.extract(text=head)  # patterns compiled, models loaded
    small = lines_executed(head + unit * copies)
    large = lines_executed(head + unit * (4 * copies))
    assert large <= 4.4 * small, (small, large)


def _nfc_sort_work(monkeypatch) -> list[int]:
    """Patches ``unicodedata.normalize`` to add, for each string it is given, the square of each
    run of combining marks in it (the cost of putting a run in canonical order) to the list
    returned; and the longest run to its end. (The package calls ``unicodedata.normalize``
    through the module, so every caller is counted.)"""
    work = [0, 0]
    plain = unicodedata.normalize
    runs = regex.compile(r"\p{M}+")

    def counting(form, text):
        for m in runs.finditer(text):
            work[0] += len(m.group(0)) ** 2
            work[1] = max(work[1], len(m.group(0)))
        return plain(form, text)

    monkeypatch.setattr(unicodedata, "normalize", counting)
    return work


@pytest.mark.parametrize("text", [
    lambda n: "Kế hoạch a" + "\u0301\u0323" * n,  # one character with 2n marks of two classes
    lambda n: "\u0301\u0323" * n + " Kế hoạch",  # marks before any character
    lambda n: "Kế hoạch " + ("a" + "\u0301\u0323" * 20 + " ") * (n // 20),  # many long clusters
], ids=["one cluster", "leading marks", "many clusters"])
def test_combining_marks_reach_normalisation_capped(monkeypatch, text):
    api.extract(text=text(10))
    work = _nfc_sort_work(monkeypatch)
    api.extract(text=text(2500))
    small, longest = work
    work[:] = [0, 0]
    api.extract(text=text(10000))
    assert work[0] <= 4.4 * small + 1000, (small, work[0])
    assert max(longest, work[1]) <= normalize.MOST_MARKS + 1


def test_marks_past_the_cap_are_dropped_and_offsets_kept():
    raw = "xa" + "\u0301" * 100 + "b"
    norm = normalize.normalize(raw)
    assert norm.text == "x" + unicodedata.normalize("NFC", "a" + "\u0301") + "\u0301" * 31 + "b"
    assert norm.to_raw(norm.text.index("b")) == raw.index("b")


# Long lines of the kinds that made a pattern backtrack: letters and spaces, dashes, digits, bars,
# dotted words, dashes with spaces or letters between.
HOSTILE_LINES = ["a " * 200_000, "-" * 400_000, "1" * 400_000, "|" * 400_000, "a." * 200_000,
                 "- " * 200_000, "-a" * 200_000, "a-" * 200_000, "- + " * 100_000, "a.b-" * 100_000,
                 "------a" * 60_000, "-----a" * 70_000]


@pytest.mark.parametrize("pattern", patterns("chrome.tsv"))
def test_chrome_patterns_do_not_backtrack_on_long_lines(pattern):
    """Each pattern passes over lines of 400 K characters (each pass takes a few milliseconds;
    "^.*-{6,}.*-{6,}.*$" took 14 s on "- " repeated, growing as the square); what each finds is
    what it finds on a short line of the same unit."""
    rx = regex.compile(pattern, regex.I)
    find = rx.match if pattern.startswith("^") else rx.search
    for line in HOSTILE_LINES:
        assert (find(line) is None) == (find(line[:4000]) is None), (pattern, line[:10])


def test_the_chrome_test_does_not_backtrack_on_long_lines():
    at_start, anywhere = _chrome_res()
    for line in HOSTILE_LINES:
        assert (at_start.match(line) is None) == (at_start.match(line[:4000]) is None)
        assert (anywhere.search(line) is None) == (anywhere.search(line[:4000]) is None)


def test_many_empty_lines_are_not_held_at_once():
    """The lines of a text are read as they are needed: 49 MB of line breaks held as a list of
    (start, end, line) took 7 GB, 150 bytes a line. Traced here on 50 K line breaks: the peak
    stays within a few copies of the text (8.5 bytes a character measured), where a list of its
    lines took 7 MB."""
    text = "\n" * 50_000
    api.extract(text="KẾ HOẠCH\n1. Giao.\n")
    tracemalloc.start()
    try:
        api.extract(text=text)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 20 * len(text), peak


def test_last_line_match_is_finditer_s_last():
    """segment._last_match, which skips the line starts of a run of blank lines, finds what the
    last match of finditer is, on the corpus and on random texts of cues, spaces and line breaks."""
    texts = [normalize.normalize(p.read_text(encoding="utf-8")).text
             for p in sorted(SEEDS.glob("*.txt")) + sorted(WEB.glob("*.txt"))]
    rnd = random.Random(5)
    pieces = ["Nơi nhận", "Trên đây", "TM. ỦY BAN", "KT.", "x", ":", " ", "\t", "\n", "\n\n", " \n "]
    texts += ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 30))) for _ in range(3000)]
    for text in texts:
        for rx in (segment._FOOTER, segment.SIGNING, segment._CLOSING_TEXT):
            start = rnd.randint(0, len(text))
            for span in ((0, len(text)), (start, rnd.randint(start, len(text)))):
                last = deque(rx.finditer(text, *span), maxlen=1)
                found = segment._last_match(rx, text, *span)
                assert (found.span() if found else None) == (last[0].span() if last else None), (text, span)


def test_blank_lines_in_the_body_cost_work_in_proportion():
    """The closing's patterns ("Nơi nhận", "Trên đây", "TM.") open with a line start and spaces:
    searched over n blank lines, each line start ran over all the blank lines after it."""
    def text(n):
        return "KẾ HOẠCH\nVề việc x\n" + "\n" * n + "Giao Sở Nội vụ chủ trì.\n"
    api.extract(text=text(10))
    small, large = lines_executed(text(500)), lines_executed(text(2000))
    assert large <= 4.4 * small, (small, large)
    for tail in ("Nơi nhận:\n", "Trên đây là kế hoạch.\n", "TM. ỦY BAN\n", "x\n"):
        body = "x\n" + "\n" * 500 + tail + "\n" * 500
        for rx in (segment._FOOTER, segment.SIGNING, segment._CLOSING_TEXT):
            last = deque(rx.finditer(body), maxlen=1)
            found = segment._last_match(rx, body, 0, len(body))
            assert (found.span() if found else None) == (last[0].span() if last else None), (tail, rx)


def test_blank_lines_before_the_closing_are_passed_once():
    """200 K blank lines: a pass over them from each line start was 2·10¹⁰ steps."""
    text = "KẾ HOẠCH\n" + "\n" * 200_000 + "Giao Sở Nội vụ chủ trì.\n"
    assert segment.find_closing(text, (0, len(text)), 9) == (len(text), None, None)
