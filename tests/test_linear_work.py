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

from conftest import SEEDS

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
    api.extract(text=plans)  # patterns compiled, models loaded, caches warm: each count is the text's own work
    counts = {k: lines_executed("\n\n".join([plans] * k)) for k in (1, 2, 4, 8)}
    # Measured: 1.89, 3.62, 7.13 times the count of one copy (repeated clauses hit the caches).
    for k in (2, 4, 8):
        assert counts[k] <= 1.1 * k * counts[1], counts
