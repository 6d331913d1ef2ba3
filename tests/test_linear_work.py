"""No super-linear step in the package's own code, checked by counting work, not time: the lines
of `pipeline/` executed while extracting a text grow at most in proportion to the text, from 1 to
8 concatenated copies of the seed plans (42 KB → 340 KB). A loop over all earlier items for each
item (a quadratic step) would make the count of 8 copies far more than 8 times that of one.
Deterministic on any machine; what happens inside a compiled pattern is the speed benchmark's to
report (`benchmarks/speed_bench.py`, time per KB from 1 KB to 5 MB)."""
from __future__ import annotations

import sys

import pytest

import pipeline
from pipeline import api

from conftest import ROOT, SEEDS

pytestmark = pytest.mark.slow  # (counted work over growing texts: 2.7 s)

PACKAGE = str(SEEDS.parent.parent / "pipeline")


def lines_executed(text: str) -> int:
    """How many lines of the package run while extracting ``text`` (other code is not traced)."""
    count = 0

    def in_function(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return in_function

    def on_call(frame, event, arg):
        return in_function if frame.f_code.co_filename.startswith(PACKAGE) else None

    sys.settrace(on_call)
    try:
        api.extract(text=text)
    finally:
        sys.settrace(None)
    return count


def test_the_count_sees_the_package_s_work():
    assert pipeline.__file__.startswith(PACKAGE)
    api.extract(text="KẾ HOẠCH\nI. MỤC ĐÍCH\n1. Giao Sở Nội vụ chủ trì.")  # patterns compiled, models loaded
    small, large = lines_executed("KẾ HOẠCH\nI. MỤC ĐÍCH\n1. Giao Sở Nội vụ chủ trì."), \
        lines_executed("KẾ HOẠCH\nI. MỤC ĐÍCH\n" + "".join(f"{i}. Giao Sở Nội vụ chủ trì.\n" for i in range(1, 40)))
    assert 0 < small < large


def test_work_grows_in_proportion_to_the_text():
    plans = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    # Patterns compiled and models loaded on another text: warmed on the plans themselves, the
    # count of one copy left out the work its caches held (the readers of tables' spans), which the
    # copies after it do, and the ratios rose with any work added there, linear or not.
    api.extract(text="KẾ HOẠCH\nI. MỤC ĐÍCH\n1. Giao Sở Nội vụ chủ trì.")
    counts = {k: lines_executed("\n\n".join([plans] * k)) for k in (1, 2, 4, 8)}
    # Measured: 1.60, 3.18, 6.40 times the count of one copy (repeated clauses hit the caches).
    for k in (2, 4, 8):
        assert counts[k] <= 1.1 * k * counts[1], counts


def test_a_clauses_opening_is_the_patterns_tenth_session():
    """Differential: :func:`_opening` reads where the rest begins over the clause's characters but
    spaces; it built a pattern of the rest's words at each call before (7 s of the dev split's
    18). Both on every (clause, rest) the units' readers ask of four real plans."""
    import regex

    from pipeline.api import extract
    from pipeline.extract import responsibilities as R

    def by_pattern(clause, rest):
        words = rest.split()
        if not words:
            return clause
        m = regex.search(r"\s*".join(regex.escape(w) for w in words) + r"\s*$", clause)
        return clause[:m.start()] if m else clause[:max(0, len(clause) - len(rest))]

    asked = []
    opening = R._opening

    def recording(clause, rest):
        asked.append((clause, rest))
        return opening(clause, rest)

    R._opening = recording
    try:
        for name in ("p009", "p024", "p037", "p022"):
            extract(path=ROOT / "corpus" / "real2" / f"{name}.txt")
    finally:
        R._opening = opening
    assert len(asked) > 100
    assert [opening(c, r) for c, r in asked] == [by_pattern(c, r) for c, r in asked]
    assert opening("Sở Nội vụ theo dõi, đôn đốc", "theo dõi , đôn đốc") == "Sở Nội vụ "


def test_a_documents_province_from_patterns_compiled_once_tenth_session():
    """Differential: :func:`document_province` tries patterns compiled once, in the order the
    patterns built at each call were tried, on every issuer of the annotated corpus."""
    import json

    import regex

    from pipeline.resolve import _province_names, document_province
    from pipeline.text import fold
    from pipeline.vocab import load_json

    def by_pattern(issuer):
        folded = " ".join(fold(issuer or "").split())
        for key, name in _province_names():
            for word in load_json("references.json")["province_words"]:
                if regex.search(rf"(?<!\p{{L}}){regex.escape(fold(word))}\.?\s+{regex.escape(key)}(?!\p{{L}})", folded):
                    return f"{'thành phố' if fold(word) in ('thành phố', 'tp') else fold(word)} {name}"
        return None

    issuers = {json.loads(p.read_text(encoding="utf-8")).get("document", {}).get(k)
               for p in (ROOT / "corpus" / "annotations").glob("[!s]*.json")
               for k in ("issuer", "parent_issuer")} - {None}
    assert len(issuers) > 50
    assert [document_province(i) for i in sorted(issuers)] == [by_pattern(i) for i in sorted(issuers)]
