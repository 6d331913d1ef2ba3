"""`plans train`: a spaCy NER model of targets and responsible units, trained on the dev split.

Training data: the annotations of the **dev** split only (``splits.tsv``; an annotation it does
not name is dev) that annotate targets or responsibilities, in each folder trained on
(:data:`TRAIN_ANNOTATIONS`: the project's own and real documents and the made-up plans). A test
annotation is never opened: the split is read first and only dev files are read. Annotations carry
no character offsets, so each gold item is looked for in the document's normalised text
(``pipeline.api.extract(path).text``), between the header's end and the body's end
(:func:`pipeline.extract.learned.body_span`):

- a target (label ``TARGET``): its annotated ``text`` (spaces and case free), then inside it the
  number whose value is the target's (``"7,3"`` = 7.3, ``"1.200"`` = 1200) followed by its upper
  end (a range) and its unit ("%" or the counted words as annotated); the span is number to unit
  end ("05 cuộc tập huấn", "60-70%"), at every place the text occurs. Where the text is not found,
  the value with its unit, if it occurs exactly once. Otherwise the target is skipped.
- a responsible unit (label ``UNIT``): every occurrence of its ``unit`` string (spaces and case
  free, not inside a longer word). A unit found nowhere is skipped.

Where spans overlap, the longest wins ("Giám đốc Sở Nội vụ" over "Sở Nội vụ"). Each line of the
content (long lines cut at sentence ends, :func:`pipeline.extract.learned.pieces`) is one example.
Some dev documents (:data:`HOLDOUT`) are held out of training, for choosing the epoch (early
stopping) and for an honest span-level score; they are dev documents too — test is never used.

The model: ``ner`` on :func:`pipeline.extract.learned.blank_nlp` (spaCy's blank Vietnamese with a
punctuation-aware tokenizer), a small hashed-embedding CNN (width 96, depth 4), a fixed seed, CPU
only. It is saved under ``models/spancat/`` (the name the brief gave; the component is ``ner``,
whose spans do not overlap and which trains faster than ``spancat`` on these long documents).
"""
from __future__ import annotations

import json
import random
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import regex

from .evaluate import read_splits
from .extract.learned import LABELS, MODEL_DIR, blank_nlp, body_span, content_pieces, number_of
from .segment import find_body, find_layout

# The annotations trained on by default: the project's own and real documents, and the made-up
# plans in real forms (their dev halves: 133 of the 211 documents, 7,300 of the 9,200 targets).
TRAIN_ANNOTATIONS = ("corpus/annotations", "corpus/probes/annotations")

# Dev documents held out of training (for early stopping and a span score on unseen plans):
# three complete real plans with both targets and units (7/24, 5/26 and 15/26 of them) and four
# made-up plans whose aims are in tables printed one cell a line (m237, m241, m249, m251).
HOLDOUT = ("p024", "p028", "p043", "m237", "m241", "m249", "m251")

# The model: transition-based NER over a small CNN of hashed embeddings (NORM, PREFIX, SUFFIX,
# SHAPE), 2,000 rows each: a few MB, trained in minutes on a CPU.
NER_MODEL = {
    "@architectures": "spacy.TransitionBasedParser.v2",
    "state_type": "ner",
    "extra_state_tokens": False,
    "hidden_width": 64,
    "maxout_pieces": 2,
    "use_upper": True,
    "nO": None,
    "tok2vec": {
        "@architectures": "spacy.HashEmbedCNN.v2",
        "pretrained_vectors": None,
        "width": 96,
        "depth": 4,
        "embed_size": 2000,
        "window_size": 1,
        "maxout_pieces": 3,
        "subword_features": True,
    },
}


def _flexible(s: str) -> str:
    """A pattern of ``s`` with any run of spaces between its words, not inside a longer word."""
    words = [regex.escape(w) for w in s.split()]
    return r"(?<![\p{L}\p{N}])" + r"\s+".join(words) + r"(?![\p{L}\p{N}])" if words else r"(?!)"


_NUMBER = regex.compile(r"(?<![\d.,])\d+(?:[.,]\d+)*")


@dataclass
class Located:
    """The gold spans found in one document, and how many gold items were (not) found."""
    name: str
    text: str
    spans: list[tuple[str, int, int]] = field(default_factory=list)
    targets: int = 0
    targets_found: int = 0
    units: int = 0
    units_found: int = 0
    # The labels whose part the annotation holds in full (a document annotated for its targets
    # only, 23 of corpus/legacy, says nothing of its units).
    labels: frozenset[str] = frozenset({"TARGET", "UNIT"})


def _target_spans(gold: dict, text: str, content: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where target ``gold`` is written: number to unit end, at each place its text occurs."""
    value = gold.get("value")
    unit = (gold.get("unit") or "").strip()
    if value is None or not unit:
        return []
    until = gold.get("until")
    unit_re = r"\s*%" if unit.startswith("%") else r"\s*" + _flexible(unit)[len(r"(?<![\p{L}\p{N}])"):]
    range_re = r"\s*[-–]\s*\d+(?:[.,]\d+)*" if until is not None else ""

    def at_numbers(lo: int, hi: int) -> list[tuple[int, int]]:
        out = []
        for m in _NUMBER.finditer(text, lo, hi):
            if number_of(m.group()) != value:
                continue
            tail = regex.compile(range_re + unit_re, regex.I).match(text, m.end(), min(len(text), hi + 80))
            if tail:
                out.append((m.start(), tail.end()))
                break
        return out
    found: list[tuple[int, int]] = []
    for pattern in _text_patterns(gold.get("text") or ""):
        for lo, hi in content:
            for m in pattern.finditer(text, lo, hi):
                found += at_numbers(m.start(), m.end())
        if found:
            break
    if not found:
        # The value with its unit anywhere in the content, when it is written once only.
        anywhere = [span for lo, hi in content for span in _all_value_spans(text, lo, hi, value, range_re, unit_re)]
        if len(anywhere) == 1:
            found = anywhere
    return found


_ELLIPSIS = regex.compile(r"\s*(?:\.\.\.|…)\s*")
_WORD = regex.compile(r"\S+")


def _text_patterns(needle: str) -> list[regex.Pattern]:
    """Patterns of a target's annotated text, most exact first: the whole text, an ellipsis
    ("... ") standing for up to 400 characters of the same line; then its words up to the fourth
    after its first number (an annotator's text may run on past the document's sentence)."""
    parts = [p for p in _ELLIPSIS.split(needle.strip()) if p.strip()]
    if not parts:
        return []
    out = [regex.compile(r"[^\n]{0,400}?".join(_flexible(p) for p in parts), regex.I)]
    first = parts[0]
    number = _NUMBER.search(first)
    if number:
        words = [w.end() for w in _WORD.finditer(first, number.end())]
        cut = words[min(3, len(words) - 1)] if words else number.end()
        if cut < len(first):
            out.append(regex.compile(_flexible(first[:cut]), regex.I))
    return out


def _all_value_spans(text, lo, hi, value, range_re, unit_re):
    for m in _NUMBER.finditer(text, lo, hi):
        if number_of(m.group()) == value:
            tail = regex.compile(range_re + unit_re, regex.I).match(text, m.end(), hi)
            if tail:
                yield (m.start(), tail.end())


def locate(name: str, gold: dict, text: str) -> Located:
    """The spans of ``gold``'s targets and units in ``text`` (its normalised text)."""
    layout = find_layout(text, find_body(text))
    content = [body_span(layout)]
    parts = set(gold.get("annotated", []))
    part_labels = (("TARGET", "targets"), ("UNIT", "responsibilities"))
    out = Located(name, text, labels=frozenset(label for label, part in part_labels if part in parts))
    candidates: list[tuple[str, int, int]] = []
    if "targets" in parts:
        for t in gold.get("targets", []):
            out.targets += 1
            spans = _target_spans(t, text, content)
            out.targets_found += bool(spans)
            candidates += [("TARGET", s, e) for s, e in spans]
    if "responsibilities" in parts:
        names = sorted({" ".join(r["unit"].split()) for r in gold.get("responsibilities", []) if r.get("unit")})
        for unit in names:
            out.units += 1
            pattern = regex.compile(_flexible(unit), regex.I)
            spans = [(m.start(), m.end()) for lo, hi in content for m in pattern.finditer(text, lo, hi)]
            out.units_found += bool(spans)
            candidates += [("UNIT", s, e) for s, e in spans]
    # The longest span wins an overlap (then the earlier, then TARGET before UNIT).
    taken: list[tuple[str, int, int]] = []
    for label, s, e in sorted(set(candidates), key=lambda c: (-(c[2] - c[1]), c[1], c[0])):
        if not any(s < te and ts < e for _, ts, te in taken):
            taken.append((label, s, e))
    out.spans = sorted(taken, key=lambda c: c[1])
    return out


def dev_annotations(annotations_dir: str | Path, pattern: str = "*") -> list[Path]:
    """The dev split's annotation files (splits.tsv read first: a test file is never opened)."""
    splits = read_splits(annotations_dir)
    return [p for p in sorted(Path(annotations_dir).glob(f"{pattern}.json"))
            if splits.get(p.stem, "dev") == "dev"]


def located_documents(annotations_dir: str | Path = "corpus/annotations", root: str | Path = ".",
                      pattern: str = "*") -> list[Located]:
    """Every dev annotation with targets or responsibilities, located in its document."""
    from .api import extract
    out = []
    for path in dev_annotations(annotations_dir, pattern):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if not {"targets", "responsibilities"} & set(gold.get("annotated", [])):
            continue
        text = extract(str(Path(root) / gold["source"])).text
        out.append(locate(path.stem, gold, text))
    return out


def examples(nlp, docs: list[Located]):
    """One spaCy Example per content piece of each document, its gold spans as entities."""
    from spacy.training import Example, offsets_to_biluo_tags
    out = []
    for d in docs:
        layout = find_layout(d.text, find_body(d.text))
        spans = d.spans
        for ps, pe in content_pieces(d.text, layout):
            doc = nlp.make_doc(d.text[ps:pe])
            ents = []
            for label, s, e in spans:
                if ps <= s and e <= pe:
                    span = doc.char_span(s - ps, e - ps, label=label, alignment_mode="contract")
                    if span is not None and len(span):
                        ents.append((span.start_char, span.end_char, label))
            if d.labels == {"TARGET", "UNIT"}:
                out.append(Example.from_dict(doc, {"entities": ents}))
            else:
                # A word outside the gold spans of a document annotated for one part only may be
                # of the other part: unknown ("-"), not outside every entity ("O").
                tags = ["-" if t == "O" else t for t in offsets_to_biluo_tags(doc, ents)]
                out.append(Example.from_dict(doc, {"entities": tags}))
    return out


@dataclass
class TrainResult:
    epochs: int
    best_epoch: int
    seconds: float
    holdout: dict  # span-level P/R/F per label on the held-out documents
    history: list = field(default_factory=list)
    size_bytes: int = 0


def train(docs: list[Located], out: str | Path | None = MODEL_DIR, holdout: tuple[str, ...] = HOLDOUT,
          max_epochs: int = 8, patience: int = 4, seed: int = 0, max_seconds: float = 900.0,
          log=print) -> tuple[object, TrainResult]:
    """Train on ``docs`` but ``holdout``; keep the epoch best on ``holdout`` (span F1 over both
    labels; with no held-out document, the last epoch). Saved to ``out`` unless None.

    The same documents and seed give the same model (one thread, NumPy ops). ``max_seconds`` is a
    guard only — a stop by the clock depends on the machine's load, so the default epochs (8:
    held-out span F1 0.48, 0.43, 0.50, 0.48, 0.51, 0.50, 0.47, 0.52 on the dev annotations of
    December 2026, about a minute each on one core) end well before it."""
    import spacy
    from spacy.util import compounding, fix_random_seed, minibatch

    spacy.require_cpu()
    fix_random_seed(seed)
    nlp = blank_nlp()
    ner = nlp.add_pipe("ner", config={"model": NER_MODEL})
    for label in LABELS:
        ner.add_label(label)
    train_docs = [d for d in docs if d.name not in holdout]
    held = [d for d in docs if d.name in holdout]
    train_ex = examples(nlp, train_docs)
    held_ex = examples(nlp, held)
    log(f"plans train: {len(train_docs)} documents ({len(train_ex)} pieces, "
        f"{sum(len(e.reference.ents) for e in train_ex)} spans); held out {len(held)} "
        f"({sum(len(e.reference.ents) for e in held_ex)} spans)")
    optimizer = nlp.initialize(lambda: train_ex)
    rng = random.Random(seed)
    started = time.perf_counter()
    best, best_epoch, best_bytes, bad = -1.0, 0, None, 0
    history = []
    epoch = 0
    for epoch in range(1, max_epochs + 1):
        rng.shuffle(train_ex)
        losses: dict[str, float] = {}
        for batch in minibatch(train_ex, size=compounding(8.0, 64.0, 1.01)):
            nlp.update(batch, drop=0.2, sgd=optimizer, losses=losses)
        f = float(nlp.evaluate(held_ex)["ents_f"] or 0.0) if held_ex else 0.0
        history.append({"epoch": epoch, "loss": round(float(losses.get("ner", 0.0)), 1), "holdout_f": round(f, 4)})
        log(f"  epoch {epoch:2d}  loss {losses.get('ner', 0.0):9.1f}  held-out span F1 {f:.3f}  "
            f"[{time.perf_counter() - started:.0f} s]")
        if not held_ex or f > best:
            best, best_epoch, bad = f, epoch, 0
            best_bytes = nlp.to_bytes()
        else:
            bad += 1
        if bad >= patience or time.perf_counter() - started > max_seconds:
            break
    nlp.from_bytes(best_bytes)
    final = nlp.evaluate(held_ex) if held_ex else {"ents_per_type": {}}
    per_type = {k: {m: round(float(v), 4) for m, v in s.items()} for k, s in (final.get("ents_per_type") or {}).items()}
    result = TrainResult(epochs=epoch, best_epoch=best_epoch, seconds=time.perf_counter() - started,
                         holdout=per_type, history=history)
    if out is not None:
        out = Path(out)
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=".train-", dir=out.parent))
        tmp.chmod(0o755)  # (mkdtemp makes it private; the model is a file of the repository)
        nlp.to_disk(tmp)
        (tmp / "training.json").write_text(json.dumps({
            "documents": sorted(d.name for d in train_docs), "holdout": sorted(d.name for d in held),
            "seed": seed, "epochs_run": epoch, "best_epoch": best_epoch, "history": history,
            "holdout_spans": per_type, "spacy": spacy.__version__}, indent=2) + "\n", encoding="utf-8")
        if out.exists():
            shutil.rmtree(out)
        tmp.rename(out)
        result.size_bytes = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    return nlp, result


def location_report(docs: list[Located]) -> str:
    t, tf = sum(d.targets for d in docs), sum(d.targets_found for d in docs)
    u, uf = sum(d.units for d in docs), sum(d.units_found for d in docs)
    n_t = sum(1 for d in docs for s in d.spans if s[0] == "TARGET")
    n_u = sum(1 for d in docs for s in d.spans if s[0] == "UNIT")
    return (f"plans train: located {tf}/{t} gold targets ({n_t} spans) and {uf}/{u} distinct units "
            f"({n_u} spans) in {len(docs)} dev documents")
