"""The pipeline as a spaCy component: every extracted item a labelled span, its record attached.

    >>> from pipeline.spacy_component import make_nlp, DISPLACY_OPTIONS
    >>> nlp = make_nlp()
    >>> doc = nlp(open("corpus/seeds/000_52c815cd960990dc.txt", encoding="utf-8").read())
    >>> [(s.label_, s.text) for s in doc.spans["plans"] if s.label_ == "REFERENCE"][:1]
    >>> doc.spans["plans"][0]._.record            # the record (a dict of the "plans/1" JSON)
    >>> from spacy import displacy; html = displacy.render(doc, style="span", options=DISPLACY_OPTIONS)

``doc.spans["plans"]`` holds one span per extracted item, labelled by kind (:data:`LABELS`):
HEADER (a header field), SECTION (a heading), REFERENCE, DATE, TARGET (the figure), UNIT (the
responsible unit's name), RESPONSIBILITY (the item giving it its tasks), ABBREVIATION, RECIPIENT.
``span._.record`` is the item's record and ``span._.records`` all records of that label on the
span (a unit that leads and executes the same item has two); ``doc._.plan`` is the document's
whole "plans/1" JSON (``PlanDocument.to_dict()``).

What this design keeps:

- **Serialisable**: the JSON is stored as plain dicts in ``doc.user_data["plans"]`` and the
  span → record index as ``doc.user_data["plans_index"]`` (keyed by label and character offsets,
  which a ``Doc``'s serialisation keeps); ``span._.record`` and ``doc._.plan`` are getters over
  them. So ``Doc.to_bytes()``, ``DocBin(store_user_data=True)`` and ``nlp.pipe(..., n_process=2)``
  (which sends docs between processes as bytes) all carry the plan.
- **Exact spans**: the component re-tokenises the doc so that every span's ends are token ends
  (spaCy's tokenizer keeps "2024." whole; the date ends before the full stop), then makes each
  span strictly on its characters: none is widened, none dropped for its length (a
  responsibility item of 2,000 characters is a span). Trailing spaces and punctuation (". , ; :")
  of an item, and markdown's "**" around it, are left out of its span (its record keeps the
  extractor's offsets).
- **Offsets**: records' ``start``/``end`` index the normalised text (``doc._.plan["text"]`` is
  not stored: see :func:`pipeline.extract`); spans are mapped back to the raw text spaCy was
  given, so they stay on the document's own characters.
"""
from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from .api import extract_raw
from .ingest import read_text

SPANS_KEY = "plans"
# kind -> label, in the order spans are listed for one position (outer kinds first)
LABELS = {"header": "HEADER", "sections": "SECTION", "responsibilities": "RESPONSIBILITY", "units": "UNIT",
          "references": "REFERENCE", "dates": "DATE", "targets": "TARGET", "abbreviations": "ABBREVIATION",
          "recipients": "RECIPIENT"}
# displaCy's span view, a colour per label (the palette of plans show's page).
COLORS = {"HEADER": "#d9c7ea", "SECTION": "#c9c9c9", "RESPONSIBILITY": "#cfeee0", "UNIT": "#7fd1ad",
          "REFERENCE": "#a9d2f0", "DATE": "#f2b9d6", "TARGET": "#f0e442", "ABBREVIATION": "#e0e0e0",
          "RECIPIENT": "#e6d5f3"}
DISPLACY_OPTIONS = {"spans_key": SPANS_KEY, "colors": COLORS}
# Left out at a span's end: spaces, punctuation, and the "**" of markdown bold (markers the
# normalisation drops, which the raw text still has after an item's last word).
_TRAILING = " \t\n.,;:*"

if not Doc.has_extension("plan"):
    Doc.set_extension("plan", getter=lambda doc: doc.user_data.get("plans"))
if not Span.has_extension("records"):
    Span.set_extension("records", getter=lambda span: _records_of(span))
if not Span.has_extension("record"):
    Span.set_extension("record", getter=lambda span: next(iter(_records_of(span)), None))


def _key(label: str, start: int, end: int) -> str:
    return f"{label} {start} {end}"


def _records_of(span: Span) -> list[dict]:
    """The records behind a span: the index gives (table, row) pairs into the plan's JSON."""
    plan = span.doc.user_data.get("plans") or {}
    index = span.doc.user_data.get("plans_index") or {}
    out: list[dict] = []
    for table, row in index.get(_key(span.label_, span.start_char, span.end_char), ()):
        if table == "header":
            out.append({"field": row, "value": plan["document"].get(row)})
        else:
            out.append(plan[table][row])
    return out


def _items(plan) -> list[tuple[str, Any, int, int]]:
    """(table, row, start, end) of every item, in the normalised text. UNIT spans are the unit's
    name inside its item, found by search (the record spans the item)."""
    out: list[tuple[str, Any, int, int]] = [("header", name, s.start, s.end) for name, s in plan.document.spans.items()]
    out += [("sections", i, s.start, s.heading_end) for i, s in enumerate(plan.sections) if s.heading_end > s.start]
    for i, r in enumerate(plan.responsibilities):
        out.append(("responsibilities", i, r.start, r.end))
        u = plan.text.find(r.unit, r.start, r.end) if r.unit else -1
        if u >= 0:
            out.append(("units", i, u, u + len(r.unit)))
    for table in ("references", "dates", "targets", "abbreviations", "recipients"):
        out += [(table, i, x.start, x.end) for i, x in enumerate(getattr(plan, table)) if x.start is not None]
    return out


def _split_at(doc: Doc, cuts: set[int]) -> Doc:
    """The doc re-tokenised so that every offset in ``cuts`` is a token boundary (same text)."""
    words: list[str] = []
    spaces: list[bool] = []
    text = doc.text  # (built from the tokens at each call: once)
    for tok in doc:
        a, b = tok.idx, tok.idx + len(tok.text)
        inner = sorted(c for c in cuts if a < c < b) if len(tok.text) > 1 else []
        bounds = [a, *inner, b]
        for i in range(len(bounds) - 1):
            words.append(text[bounds[i]:bounds[i + 1]])
            spaces.append(bool(tok.whitespace_) if i == len(bounds) - 2 else False)
    if len(words) == len(doc):
        return doc
    new = Doc(doc.vocab, words=words, spaces=spaces)
    new.user_data.update(doc.user_data)
    return new


@Language.component("plans")
def plans_component(doc: Doc) -> Doc:
    text = doc.text  # (built from the tokens at each call: once)
    plan = extract_raw(read_text(text, source="<spacy>"))
    wanted: dict[tuple[str, int, int], list] = {}
    order = {table: i for i, table in enumerate(LABELS)}
    for table, row, start, end in sorted(_items(plan), key=lambda t: (t[2], -t[3], order[t[0]])):
        a, b = plan.raw_span(start, end)
        while b > a and text[b - 1] in _TRAILING:
            b -= 1
        while a < b and (text[a].isspace() or text[a] == "*"):
            a += 1
        if a < b:
            label = LABELS[table]
            records_table = "responsibilities" if table == "units" else table
            wanted.setdefault((label, a, b), []).append((records_table, row))
    doc = _split_at(doc, {a for _, a, _ in wanted} | {b for _, _, b in wanted})
    spans: list[Span] = []
    index: dict[str, list] = {}
    for (label, a, b), ids in wanted.items():
        span = doc.char_span(a, b, label=label, alignment_mode="strict")
        if span is None:  # (not expected: every end was made a token boundary above)
            span = doc.char_span(a, b, label=label, alignment_mode="expand")
        if span is not None:
            spans.append(span)
            index.setdefault(_key(label, span.start_char, span.end_char), []).extend(ids)
    doc.spans[SPANS_KEY] = spans
    doc.user_data["plans"] = plan.to_dict()
    doc.user_data["plans_index"] = index
    return doc


def make_nlp():
    """A blank Vietnamese spaCy pipeline (no pyvi, no downloaded model) with the component."""
    import spacy
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    nlp.add_pipe("plans")
    return nlp
