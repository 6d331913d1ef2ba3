"""Time the hostile inputs of tests/test_hostile_text.py: each chrome and closing pattern on long
pathological lines, and whole extraction of the repeated-unit texts, as ratios to a baseline
measured in the same run (one compiled regex pass over the same text; the extraction of a real
plan of the same size). The tests prove the work linear by counting it; this reports the times.

    .venv/bin/python benchmarks/hostile_bench.py     # ~30 s; results in benchmarks/results/hostile.json
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from test_hostile_text import HOSTILE_LINES, REPEATED  # noqa: E402

from pipeline import api  # noqa: E402
from pipeline.segment import _chrome_res  # noqa: E402

BASELINE = regex.compile(r"\d+")


def best(fn, least: float = 0.3) -> float:
    """The best of repeated calls over at least ``least`` seconds."""
    times: list[float] = []
    spent = 0.0
    while spent < least or len(times) < 3:
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
        spent += times[-1]
    return min(times)


def main() -> None:
    at_start, anywhere = _chrome_res()
    lines = []
    for line in HOSTILE_LINES:
        floor = best(lambda line=line: BASELINE.search(line))
        took = best(lambda line=line: (at_start.match(line), anywhere.search(line)))
        lines.append({"line": repr(line[:8]) + f"… ({len(line)} chars)", "seconds": round(took, 5),
                      "ratio_to_one_regex_pass": round(took / floor, 1)})
    plan = (ROOT / "corpus" / "real2" / "p037.txt").read_text(encoding="utf-8")  # (a long dev plan)
    texts = []
    for name, (unit, copies) in REPEATED.items():
        text = unit * copies * 4
        real = (plan * (len(text) // len(plan) + 1))[:len(text)]
        took = best(lambda text=text: api.extract(text=text), least=1.0)
        floor = best(lambda real=real: api.extract(text=real), least=1.0)
        texts.append({"text": name, "chars": len(text), "seconds": round(took, 4),
                      "ratio_to_a_real_plan_of_that_size": round(took / floor, 2)})
    result = {"chrome_patterns_on_long_lines": lines, "extraction_of_repeated_units": texts}
    out = ROOT / "benchmarks" / "results" / "hostile.json"
    out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    for row in lines + texts:
        print(row)


if __name__ == "__main__":
    main()
