"""A trained span model for targets and responsible units, and its combination with the rules.

``plans train`` (:mod:`pipeline.train`) trains a spaCy NER model on the dev split of the hand
annotations and saves it under ``models/spancat/``. It marks two kinds of span in a document's
normalised text:

- ``TARGET``: a target's number with its unit as printed right after it ("100%", "05 cuộc tập
  huấn", "60-70%", "1.200 ha") — the value and unit span, not the whole aim: it is what the
  annotations' ``text`` always holds and what the rules' parsers start from;
- ``UNIT``: the name of a responsible body or office-holder ("Sở Nội vụ", "Ủy ban nhân dân các xã,
  phường").

The model gives spans only. This module turns them into records with the rules' means: a
target's value, unit, comparator and indicator are parsed from the span and its clause (the
comparator vocabulary of ``data/targets.json``); a unit's role from the words around it (the cues
of ``data/learned.json``: "X chủ trì" lead, "phối hợp với X" coordinate, "báo cáo về X" report,
"Giao X" execute, ...); a unit the words give no role is dropped.

:func:`augment` combines: ``mode="both"`` adds to the rules' targets and units those of the model
they lack; ``mode="model"`` replaces the rules' targets and units with the model's (for
comparison). Nothing calls it by default: :func:`pipeline.api.extract` is the rules alone. Nothing
is downloaded: the model is a folder of this repository, and loading it needs only spaCy.
"""
from __future__ import annotations

import dataclasses
import functools
from pathlib import Path
from typing import Any

import regex
from rapidfuzz import fuzz

from ..model import PlanDocument, Responsibility, Target
from ..segment import Layout, SectionIndex, find_body, find_layout
from ..text import fold
from ..vocab import alternation, load_json
from .abbreviations import unit_key
from .responsibilities import is_generic
from .targets import comparators, vocabulary_patterns, wrapped_line_bounds

# The model's folder in the repository (``models/spancat``), whatever the working directory.
MODEL_DIR = Path(__file__).resolve().parents[2] / "models" / "spancat"
TOKENIZER = "plans.vi_tokenizer.v1"
LABELS = ("TARGET", "UNIT")
# Lines longer than this are cut at sentence ends (". ") into pieces of at most about this many
# characters: a table row or a long paragraph (p037 has lines of 6,000 characters) is many
# sentences, and the model sees one piece at a time, in training as in use.
MAX_PIECE = 1500


# --- the model ---------------------------------------------------------------------------------

def _register_tokenizer() -> None:
    """spaCy's rule tokenizer with its default punctuation rules, plus "/" and "%" split off
    inside a word ("1,5%/năm"): the Vietnamese tokenizer without pyvi splits on spaces only, so
    "bộ," and "(Sở" would be single tokens and a unit's name could not start or end at them."""
    import spacy
    if TOKENIZER in spacy.registry.tokenizers:
        return

    @spacy.registry.tokenizers(TOKENIZER)
    def create_tokenizer(use_pyvi: bool = False):  # (use_pyvi: the "vi" defaults pass it along)
        from spacy.lang.punctuation import TOKENIZER_INFIXES, TOKENIZER_PREFIXES, TOKENIZER_SUFFIXES
        from spacy.tokenizer import Tokenizer
        from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

        def make(nlp):
            infixes = [*TOKENIZER_INFIXES, r"/", r"(?<=%)"]
            return Tokenizer(nlp.vocab, prefix_search=compile_prefix_regex(TOKENIZER_PREFIXES).search,
                             suffix_search=compile_suffix_regex(TOKENIZER_SUFFIXES).search,
                             infix_finditer=compile_infix_regex(infixes).finditer)
        return make


def blank_nlp():
    """A blank Vietnamese pipeline (no pyvi, nothing downloaded) with the tokenizer above."""
    import spacy
    _register_tokenizer()
    return spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER, "use_pyvi": False}}})


@functools.cache
def load_model(path: str | None = None):
    """The trained pipeline in ``path`` (default :data:`MODEL_DIR`), or None where there is none."""
    import spacy
    folder = Path(path) if path else MODEL_DIR
    if not (folder / "config.cfg").exists():
        return None
    _register_tokenizer()
    return spacy.load(folder)


def pieces(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The non-blank lines of text[lo:hi] as (start, end), a line longer than :data:`MAX_PIECE`
    cut after its sentence ends (". ") into pieces of about that length."""
    out = []
    pos = lo
    while pos < hi:
        nl = text.find("\n", pos, hi)
        end = hi if nl < 0 else nl
        s = pos
        while end - s > MAX_PIECE:
            cut = text.rfind(". ", s, s + MAX_PIECE)
            cut = cut + 2 if cut > s else s + MAX_PIECE
            out.append((s, cut))
            s = cut
        if text[s:end].strip():
            out.append((s, end))
        pos = end + 1
    return out


def body_span(layout: Layout) -> tuple[int, int]:
    """Where the model is trained and used: from the header's end to the body's end. (Not only
    :meth:`Layout.content_spans`: in a decision issuing a plan, the plan after the decision's
    closing is its content too, and the layout may not say so.)"""
    return layout.header_end, layout.body_end


def content_pieces(text: str, layout: Layout) -> list[tuple[int, int]]:
    """The pieces of the document's body (:func:`body_span`)."""
    return pieces(text, *body_span(layout))


def find_spans(nlp, text: str, layout: Layout) -> list[tuple[str, int, int]]:
    """(label, start, end) of the model's spans in the content of ``text``, in text order."""
    spans = content_pieces(text, layout)
    out = []
    for (s, _), doc in zip(spans, nlp.pipe(text[a:b] for a, b in spans)):
        out += [(ent.label_, s + ent.start_char, s + ent.end_char) for ent in doc.ents]
    return out


# --- targets from spans ------------------------------------------------------------------------

# A span's number, an upper end ("60-70%"), and its unit ("%" or the counted words).
_TARGET_SPAN = regex.compile(r"""
    ^(?P<num>\d+(?:[.,]\d+)*)                        # the value: "100", "7,3", "1.200"
    (?:\s*[-–]\s*(?P<until>\d+(?:[.,]\d+)*))?        # a range's upper end: "60-70%"
    \s*(?P<unit>.*)$                                 # "%" or the counted words
    """, regex.X | regex.S)
# Thousands written with dots ("1.200", "12.500.000"): groups of three digits after the first.
_THOUSANDS = regex.compile(r"^\d{1,3}(?:\.\d{3})+$")


def number_of(s: str) -> float:
    """"7,3" → 7.3, "1.200" → 1200, "05" → 5 (the annotations' reading, README §2.1)."""
    s = s.replace(".", "") if _THOUSANDS.match(s) else s.replace(",", ".")
    try:
        v = float(s)
    except ValueError:
        return 0.0
    return int(v) if v == int(v) else v


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around text[start:end]: from after the last ";" "." ":" or line break before it
    to the next ";" ". " or line break after it, over the soft breaks of a wrapped line ("… đạt\n95%")."""
    line_start, line_end = wrapped_line_bounds(text, start, end)
    left = max(line_start, *(text.rfind(c, line_start, start) + 1 for c in (";", ". ", ":")))
    rights = [p for p in (text.find(c, end, line_end) for c in (";", ". ")) if p >= 0]
    return left, min(rights, default=line_end)


def target_of(text: str, start: int, end: int, next_start: int | None = None) -> Target | None:
    """The target a TARGET span text[start:end] states, its clause parsed as the rules parse one:
    the comparator from the words before or after the value, the indicator from the words after a
    percentage (or before it, when they name a ratio) and from the counted words and those after a
    count. None when the span has no number or no unit."""
    m = _TARGET_SPAN.match(text[start:end])
    if not m:
        return None
    unit = " ".join(m.group("unit").split())
    if not unit:
        return None
    unit = "%" if unit.startswith("%") else unit
    value = number_of(m.group("num"))
    prefix, suffix = comparators()
    rx = vocabulary_patterns()
    cl, cr = _clause(text, start, end)
    if next_start is not None and start < next_start < cr:
        cr = next_start
    before = text[cl:start]
    comparator = "="
    pm = rx.prefix.search(fold(before[-40:]))
    if pm:
        comparator = prefix[fold(pm.group("w"))]
    sm = rx.suffix.match(fold(text[end:end + 15]))
    if sm:
        comparator = suffix[fold(sm.group("w"))]
    pre = rx.comparator_words.sub("", before).strip(" ,:-–")
    post = text[end:cr]
    if sm:
        post = post[len(text[end:end + 15]) - len(text[end:end + 15].lstrip()) + len(sm.group(0).strip()):]
    post = post.strip(" ,.:;-–")
    if unit == "%":
        named_before = rx.ratio_words.search(fold(pre)) is not None
        indicator = post if len(post.split()) >= 3 and not named_before else pre
    else:
        indicator = f"{unit} {post}" if post else unit
    indicator = " ".join(indicator.split()) or None
    dm = rx.deadline.search(text[end:cr]) or rx.deadline.search(text[cl:cr])
    deadline = (dm.group(1) or dm.group(2)) if dm else None
    return Target(value=value, unit=unit, comparator=comparator, indicator=indicator, scope=None,
                  deadline=deadline, section=None, start=start, end=end, text=text[cl:cr].strip())


# --- responsible units from spans --------------------------------------------------------------

def _vocab():
    return load_json("learned.json")


@functools.cache
def _cues() -> Any:
    v = _vocab()
    verbs, to = alternation(v["report_verbs"]), alternation(v["report_to"])

    def words_after(words):
        # The phrase right after a unit or its list, "," or ":" between ("Sở Nội vụ: chủ trì").
        return regex.compile(rf"^[\s,:]*(?:{alternation(words)})(?!\p{{L}})")

    def words_before(words):
        return regex.compile(rf"(?<!\p{{L}})(?:{alternation(words)})\s*$")
    return {
        "lead": words_after(v["lead_after"]), "coordinate_after": words_after(v["coordinate_after"]),
        "monitor": words_after(v["monitor_after"]), "execute_after": words_after(v["execute_after"]),
        "coordinate": words_before(v["coordinate_before"]), "execute_before": words_before(v["execute_before"]),
        # "báo cáo Y", "báo cáo kết quả thực hiện về Y" (up to 90 lower-case words' characters
        # between the verb and the word that sends it, as in responsibilities.py).
        "report": regex.compile(rf"(?<!\p{{L}})(?:{verbs})(?:[\p{{Ll}}\s,]{{0,90}}?\s(?:{to}))?\s*$"),
    }


# What may stand between two units of one list ("Sở A, Sở B và Sở C"; "Sở A; Sở B"): the
# conjunction is responsibilities.json's and_word.
_AND = alternation([load_json("responsibilities.json")["and_word"]])
_LIST_JOIN = regex.compile(rf"^\s*(?:[,;]\s*(?:{_AND}\s+)?|{_AND}\s+)$")
# What may open a line before a unit heading: an item number, a letter, a bullet ("2.", "a)", "-").
_LINE_OPENING = regex.compile(r"^[\s\-+•*]*(?:(?:\d+(?:\.\d+)*|[a-zđ]|[IVX]+)[.)]\s*)?[\s\-+•*]*$")


def role_of(text: str, start: int, end: int) -> str | None:
    """The role the words around the unit list text[start:end] give it, or None."""
    cues = _cues()
    line_start = text.rfind("\n", 0, start) + 1
    clause_start = max(line_start, *(text.rfind(c, line_start, start) + 1 for c in (";", ". ")))
    before = fold(text[max(line_start, start - 120):start])
    after = fold(text[end:end + 60])
    if cues["report"].search(before):
        return "report"
    if cues["coordinate"].search(before):
        return "coordinate"
    if cues["lead"].match(after):
        return "lead"
    if cues["execute_before"].search(before):
        return "execute"
    if cues["coordinate_after"].match(after):
        return "coordinate"
    opening = text[clause_start:start]
    if _LINE_OPENING.match(opening):
        if cues["monitor"].match(after):
            return "monitor"
        # A unit heading over its tasks ("2. Sở Tư pháp:" or the line alone), or the subject of
        # a task ("Các sở, ngành chịu trách nhiệm ...").
        if cues["execute_after"].match(after) or not after.strip(" .:") or text[end:end + 1] == "\n":
            return "execute"
    return None


def units_of(text: str, spans: list[tuple[int, int]]) -> list[tuple[str, str, int, int]]:
    """(unit, role, start, end) of the UNIT spans (in text order): the spans of a list share the
    role the words around the whole list give."""
    out: list[tuple[str, str, int, int]] = []
    groups: list[list[tuple[int, int]]] = []
    for s, e in spans:
        if groups and _LIST_JOIN.match(text[groups[-1][-1][1]:s]):
            groups[-1].append((s, e))
        else:
            groups.append([(s, e)])
    for group in groups:
        role = role_of(text, group[0][0], group[-1][1])
        if role is None:
            continue
        for s, e in group:
            unit = " ".join(text[s:e].split()).strip(" ,.;:-–")
            if len(unit) < 3 or is_generic(unit):
                continue
            out.append((unit, role, s, e))
    return out


# --- the combination ---------------------------------------------------------------------------

def _overlaps(s: int, e: int, items) -> bool:
    return any(i.start < e and s < i.end for i in items)


def model_records(nlp, text: str, layout: Layout, index: SectionIndex) -> tuple[list[Target], list[Responsibility]]:
    """The model's targets and responsible units in ``text`` (one per distinct target and per
    (unit, role))."""
    spans = find_spans(nlp, text, layout)
    target_spans = [(s, e) for label, s, e in spans if label == "TARGET"]
    targets: list[Target] = []
    seen: set[tuple] = set()
    for i, (s, e) in enumerate(target_spans):
        nxt = target_spans[i + 1][0] if i + 1 < len(target_spans) else None
        t = target_of(text, s, e, nxt)
        if t is None:
            continue
        k = (t.value, t.unit, fold(t.indicator or ""))
        if k in seen:
            continue
        seen.add(k)
        t.section = index.at(s)
        targets.append(t)
    units: list[Responsibility] = []
    seen_units: set[tuple[str, str]] = set()
    for unit, role, s, e in units_of(text, [(s, e) for label, s, e in spans if label == "UNIT"]):
        if (fold(unit), role) in seen_units:
            continue
        seen_units.add((fold(unit), role))
        units.append(Responsibility(unit=unit, unit_expanded=None, unit_key=unit_key(unit), role=role, tasks=[],
                                    deadline=None, section=index.at(s), start=s, end=e))
    return targets, units


def _same_aim(a: Target, b: Target) -> bool:
    return a.value == b.value and (a.unit == b.unit or fold(a.unit).split()[:1] == fold(b.unit).split()[:1]) \
        and fuzz.token_set_ratio(fold(a.indicator or ""), fold(b.indicator or "")) >= 85


def augment(plan: PlanDocument, nlp=None, mode: str = "both",
            fields: tuple[str, ...] = ("targets", "responsibilities")) -> PlanDocument:
    """``plan`` with the model's targets and units: added to the rules' where they lack them
    (``mode="both"``: a target whose value span the rules have, or the same aim, is not added; a
    unit is not added where the rules name it in that role, names compared as ``plans eval``
    compares them), or instead of the rules' (``mode="model"``); only in ``fields`` (the others
    stay the rules'). Without a model (none trained), ``plan`` unchanged."""
    if mode not in ("both", "model"):
        raise ValueError(f"mode {mode!r}: 'both' or 'model'")
    nlp = nlp if nlp is not None else load_model()
    if nlp is None:
        return plan
    text = plan.text
    layout = find_layout(text, find_body(text))
    index = SectionIndex(plan.sections, layout)
    targets, units = model_records(nlp, text, layout, index)
    if mode == "both":
        rule_targets, rule_units = plan.targets, plan.responsibilities
        targets = [t for t in targets if not _overlaps(t.start, t.end, rule_targets)
                   and not any(_same_aim(t, r) for r in rule_targets)]
        units = [u for u in units if not any(
            r.role == u.role and fuzz.ratio(fold(r.unit), fold(u.unit)) >= 90 for r in rule_units)]
        targets = sorted([*rule_targets, *targets], key=lambda t: t.start)
        units = [*rule_units, *units]
    if plan.normalized is not None:
        for t in targets:
            t.page = plan.normalized.page_of(t.start) if t.page is None else t.page
        for u in units:
            u.page = plan.normalized.page_of(u.start) if u.page is None else u.page
    return dataclasses.replace(plan, targets=targets if "targets" in fields else plan.targets,
                               responsibilities=units if "responsibilities" in fields else plan.responsibilities)
