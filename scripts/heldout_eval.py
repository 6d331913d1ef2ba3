"""Score the pipeline on the held-out real snippets of tests/fixtures/heldout/ (see its README):
each snippet, copied from a real published plan, decision or official page and annotated by hand,
is read as a small plan of its own, and its targets and units are scored as `plans eval` scores a
document's (strict matching).

    .venv/bin/python scripts/heldout_eval.py [KIND...] [--split dev|test|all] [--errors]

A snippet's split is fixed by its number: odd dev (rules may be tuned on it), even test (only
scored). Kinds: aimsprose (aims in prose, under the headings printed above them), aimstables (aims
in tables), assignprose (assignments, read under a plan's implementation part: their printed
headings are mostly the titles of the press pages that quote them); aimsprose2 and assignprose2,
a second batch of the same kinds (thirty-ninth session), read the same way; aimstables3 and
assignprose3, a third (fortieth session).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

HELDOUT = ROOT / "tests" / "fixtures" / "heldout"
KINDS = ("aimsprose", "aimstables", "assignprose", "aimsprose2", "assignprose2", "aimstables3", "assignprose3",
         "assignprose4", "aimsprose3", "aimsbudget", "aimsprose4", "aimsgov", "assigngov", "aimsprose5", "assignprose5",
         "aimsorg", "aimsprose6", "assignprose6", "assignorg")
FIELDS = ("targets", "target_values", "responsibilities", "responsibility_names")
# The plan a snippet is read in: a provincial People's Committee's header, then the snippet. The
# header carries no date: a snippet's own is mostly unknown (its documents run from 2009 to 2026),
# and under a 2026 date every column of a 2019-2021 table of aims was a past plan's, no aim.
HEADER = ("ỦY BAN NHÂN DÂN\nTỈNH AN PHÚ\n\nSố: 12/KH-UBND\n\n"
          "KẾ HOẠCH\nThực hiện nhiệm vụ năm 2026\n\n")
IMPLEMENTATION = "IV. TỔ CHỨC THỰC HIỆN\n\n"
# The kinds whose snippets were asked for from a plan's implementation part (its "TỔ CHỨC THỰC
# HIỆN", "PHÂN CÔNG NHIỆM VỤ"): read under that heading, their printed headings being mostly the
# titles of the press pages quoting them. (assigngov's dispatches and closing articles are read
# under their own.)
IMPLEMENTATION_KINDS = ("assignprose", "assignorg")


def snippets(kind: str) -> list[dict]:
    """The snippets of a kind, in their file's order."""
    path = HELDOUT / f"{kind}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def snippet(snippet_id: str) -> dict:
    """The snippet of an id ("aimstables-025"), its kind the id's part before the number."""
    return next(s for s in snippets(snippet_id.rsplit("-", 1)[0]) if s["id"] == snippet_id)


def split_of(snippet: dict) -> str:
    """``dev`` for an odd number ("assignprose-003"), ``test`` for an even one."""
    return "test" if int(snippet["id"].rsplit("-", 1)[1]) % 2 == 0 else "dev"


def plan_text(kind: str, snippet: dict) -> str:
    """The small plan a snippet is read in: the header, the headings printed above it (an
    assignment under the implementation part instead), the snippet."""
    if kind.startswith(IMPLEMENTATION_KINDS):
        return HEADER + IMPLEMENTATION + snippet["text"] + "\n"
    headings = [h for h in snippet.get("headings") or [] if h.strip()]
    if headings and snippet["text"].lstrip().startswith(headings[-1].strip()):
        headings = headings[:-1]  # (a unit's heading given as the first line of its text too)
    return HEADER + "".join(h + "\n\n" for h in headings) + snippet["text"] + "\n"


def extracted(snippet: dict):
    """The snippet read as its small plan (:func:`plan_text`) by the pipeline."""
    from pipeline.api import extract
    kind = snippet["id"].rsplit("-", 1)[0]
    return extract(text=plan_text(kind, snippet), source=f"{snippet['id']}.txt")


def snippet_plan(snippet_id: str):
    """The snippet of an id read as its small plan (:func:`extracted`)."""
    return extracted(snippet(snippet_id))


def score(kind: str, split: str = "all") -> tuple[dict, dict]:
    """(totals per field, each snippet's scores) of a kind's snippets of ``split``."""
    from pipeline.evaluate import score_document, totals_of
    scores = {}
    for snippet in snippets(kind):
        if split != "all" and split_of(snippet) != split:
            continue
        gold = {"annotated": ["targets", "responsibilities"], "targets": snippet.get("targets") or [],
                "responsibilities": snippet.get("responsibilities") or []}
        pred = extracted(snippet).to_dict()
        scores[snippet["id"]] = score_document(gold, pred, snippet["id"])
    return totals_of(scores), scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("kinds", nargs="*", default=list(KINDS), help=f"of {', '.join(KINDS)} (all by default)")
    parser.add_argument("--split", choices=("dev", "test", "all"), default="all")
    parser.add_argument("--errors", action="store_true", help="list each snippet's missed and spurious items")
    args = parser.parse_args(argv)
    for kind in args.kinds:
        if kind not in KINDS:
            parser.error(f"unknown kind {kind!r} (one of {', '.join(KINDS)})")
        splits = ("dev", "test") if args.split == "all" else (args.split,)
        for split in splits:
            totals, scores = score(kind, split)
            for field in FIELDS:
                s = totals[field]
                print(f"{kind:12} {split:5} {field:21} P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f} "
                      f"({s.tp:.0f}/{s.fp:.0f}/{s.fn:.0f})")
            if args.errors:
                for name, sc in scores.items():
                    for field in ("targets", "responsibilities"):
                        for error in sc[field].errors:
                            print(f"  {name} {field} {error[1]} {error[2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
