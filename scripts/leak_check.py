"""Say whether a text is (part of) a document of the frozen test split, without showing any of it.

    .venv/bin/python scripts/leak_check.py FILE [FILE ...]

For helpers who read real documents through other sources (public repositories, stored pages) to
write made-up probes: a Government programme or a provincial plan of the test split may be
published elsewhere too, and reading it would leak the test split into the rules. Prints, per
file, "ok" or "LEAK" and the largest share of its 12-word runs found in any one test document
(folded; the test split's sources from corpus/annotations/splits.tsv). Measured in the twelfth
session: a test document scores 100%, dev plans of corpus/real2 at most 10% (a shared template),
probes 0-5%; "LEAK" from 25% on.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.evaluate import read_splits  # noqa: E402
from pipeline.text import fold  # noqa: E402

RUN = 12
LEAK_SHARE = 0.25


def runs(text: str) -> set[str]:
    """The runs of ``RUN`` words of ``text``, folded."""
    words = regex.findall(r"\w+", fold(text))
    return {" ".join(words[i:i + RUN]) for i in range(max(0, len(words) - RUN + 1))}


def test_sources(annotations: Path = ROOT / "corpus" / "annotations") -> list[Path]:
    """The source files of the test split's annotations."""
    splits = read_splits(annotations)
    return [ROOT / json.loads((annotations / f"{name}.json").read_text(encoding="utf-8"))["source"]
            for name, split in sorted(splits.items()) if split == "test"]


def largest_share(text: str, pools: list[set[str]]) -> float:
    """The largest share of the runs of ``text`` found in one of ``pools``."""
    own = runs(text)
    return max((len(own & pool) / len(own) for pool in pools), default=0.0) if own else 0.0


def main(argv: list[str]) -> int:
    pools = [runs(p.read_text(encoding="utf-8", errors="replace")) for p in test_sources() if p.exists()]
    for name in argv:
        share = largest_share(Path(name).read_text(encoding="utf-8", errors="replace"), pools)
        print(f"{name}: {'LEAK' if share >= LEAK_SHARE else 'ok'} ({share:.0%} of its {RUN}-word runs are in one "
              "test document)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
