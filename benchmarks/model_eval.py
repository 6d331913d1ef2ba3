"""Rules vs the trained model vs both, on targets and responsible units.

    .venv/bin/python benchmarks/model_eval.py [--split dev|test] [--docs GLOB] [--model DIR] [--json FILE]

Three systems per annotated document of the split, scored with the strict matching of
``plans eval`` (pipeline/evaluate.py: a target by value, unit and indicator; a unit by role and a
name edit ratio ≥ 90):
- ``rules``: ``pipeline.api.extract`` as shipped;
- ``model``: the rules' targets and units replaced by the model's (:func:`pipeline.extract.learned.augment`,
  mode "model"): spans from the model, value/unit/comparator/indicator and role from the words
  around them (a unit the words give no role is dropped);
- ``both``: the rules' plus the model's that the rules lack (mode "both").

Also a looser, span-level score of the model alone: the gold spans ``plans train`` locates
(TARGET: number to unit end; UNIT: each occurrence of a unit's name) against the model's spans,
exact character match, per label. It says how well the model finds what to find, apart from the
parsing of roles and indicators.

The model is trained on dev documents, so dev figures are optimistic except on the documents held
out of training (listed in the model's ``training.json``): the dev figures are given for those
apart. The test split is for the lead's one final run (``--split test``); never tune on it.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.api import extract  # noqa: E402
from pipeline.evaluate import Score, read_splits, score_document  # noqa: E402
from pipeline.extract.learned import MODEL_DIR, augment, find_spans, load_model  # noqa: E402
from pipeline.segment import find_body, find_layout  # noqa: E402
from pipeline.train import locate  # noqa: E402

FIELDS = ("targets", "responsibilities")
SYSTEMS = ("rules", "model", "both")


def _spans_score(gold: list[tuple[str, int, int]], pred: list[tuple[str, int, int]]) -> dict[str, Score]:
    out = {}
    for label in ("TARGET", "UNIT"):
        g = {s for s in gold if s[0] == label}
        p = {s for s in pred if s[0] == label}
        out[label] = Score(tp=len(g & p), fp=len(p - g), fn=len(g - p))
    return out


def run(split: str, pattern: str, model_dir: Path) -> dict:
    nlp = load_model(str(model_dir))
    if nlp is None:
        raise SystemExit(f"model_eval: no model in {model_dir} (run plans train)")
    meta_path = model_dir / "training.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
    trained_on = set(meta.get("documents", []))
    ann = ROOT / "corpus" / "annotations"
    splits = read_splits(ann)
    # The split is read first: an annotation of another split is never opened.
    paths = [p for p in sorted(ann.glob(f"{pattern}.json")) if splits.get(p.stem, "dev") == split]
    per_doc: dict[str, dict] = {}
    started = time.perf_counter()
    for path in paths:
        gold = json.loads(path.read_text(encoding="utf-8"))
        if not set(FIELDS) & set(gold.get("annotated", [])):
            continue
        plan = extract(str(ROOT / gold["source"]))
        preds = {"rules": plan.to_dict(), "model": augment(plan, nlp, "model").to_dict(),
                 "both": augment(plan, nlp, "both").to_dict()}
        row: dict = {"trained_on": path.stem in trained_on}
        for system, pred in preds.items():
            scores = score_document(gold, pred, path.stem)
            row[system] = {f: scores[f] for f in FIELDS if f in scores}
        located = locate(path.stem, gold, plan.text)
        layout = find_layout(plan.text, find_body(plan.text))
        row["spans"] = _spans_score(located.spans, find_spans(nlp, plan.text, layout))
        per_doc[path.stem] = row
    groups = {"all": list(per_doc)}
    if split == "dev":
        groups["held out of training"] = [n for n, r in per_doc.items() if not r["trained_on"]]
        groups["trained on"] = [n for n, r in per_doc.items() if r["trained_on"]]
        groups["real2 held out"] = [n for n in groups["held out of training"] if n.startswith("p")]
    shown = model_dir.resolve()
    shown_name = str(shown.relative_to(ROOT)) if shown.is_relative_to(ROOT) else str(shown)
    out: dict = {"split": split, "model": shown_name, "seconds": round(time.perf_counter() - started, 1),
                 "groups": {}}
    for group, names in groups.items():
        g: dict = {"documents": names, "systems": {}, "spans": {}}
        for system in SYSTEMS:
            for f in FIELDS:
                total = Score()
                for n in names:
                    if f in per_doc[n][system]:
                        total.add(per_doc[n][system][f])
                g["systems"].setdefault(system, {})[f] = total
        for label in ("TARGET", "UNIT"):
            total = Score()
            for n in names:
                total.add(per_doc[n]["spans"][label])
            g["spans"][label] = total
        out["groups"][group] = g
    return out


def _fmt(s: Score) -> str:
    return f"{s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:5.0f} {s.fp:5.0f} {s.fn:5.0f}"


def report(result: dict) -> str:
    lines = [f"model_eval: split {result['split']}, model {result['model']} [{result['seconds']} s]"]
    for group, g in result["groups"].items():
        lines.append(f"\n{group} ({len(g['documents'])} documents)")
        lines.append(f"  {'field':17} {'system':7} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}")
        for f in FIELDS:
            for system in SYSTEMS:
                lines.append(f"  {f:17} {system:7} {_fmt(g['systems'][system][f])}")
        for label, s in g["spans"].items():
            lines.append(f"  {'span ' + label:17} {'model':7} {_fmt(s)}")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=["dev", "test"], default="dev")
    ap.add_argument("--docs", default="*", metavar="GLOB")
    ap.add_argument("--model", default=str(MODEL_DIR), metavar="DIR")
    ap.add_argument("--json", metavar="FILE", help="also write the totals as JSON")
    args = ap.parse_args(argv)
    result = run(args.split, args.docs, Path(args.model))
    print(report(result))
    if args.json:
        plain = {k: v for k, v in result.items() if k != "groups"}
        plain["groups"] = {
            group: {"documents": g["documents"],
                    "systems": {s: {f: {"p": sc.precision, "r": sc.recall, "f1": sc.f1, "tp": sc.tp, "fp": sc.fp,
                                        "fn": sc.fn} for f, sc in fs.items()} for s, fs in g["systems"].items()},
                    "spans": {k: {"p": sc.precision, "r": sc.recall, "f1": sc.f1} for k, sc in g["spans"].items()}}
            for group, g in result["groups"].items()}
        Path(args.json).write_text(json.dumps(plain, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
