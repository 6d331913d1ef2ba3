"""The pipeline as a spaCy component: plan items as ``doc.spans`` with character offsets.

    >>> from pipeline.spacy_component import make_nlp
    >>> nlp = make_nlp()
    >>> doc = nlp(open("corpus/seeds/000_52c815cd960990dc.txt", encoding="utf-8").read())
    >>> [(s.label_, s.text) for s in doc.spans["plans_references"]][:1]

Span groups: ``plans_sections`` (level-1 headings), ``plans_references``, ``plans_dates``,
``plans_targets``, ``plans_responsibilities``; ``doc._.plan`` holds the whole
:class:`~pipeline.model.PlanDocument`. Offsets are mapped back from the normalised text to the
text spaCy was given, so spans stay on the document's own characters.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .api import extract_raw
from .ingest import read_text

if not Doc.has_extension("plan"):
    Doc.set_extension("plan", default=None)


@Language.component("plans")
def plans_component(doc: Doc) -> Doc:
    plan = extract_raw(read_text(doc.text, source="<spacy>"))
    doc._.plan = plan

    def spans(items, label_of):
        out = []
        for item in items:
            start, end = plan.raw_span(item.start, item.end)
            span = doc.char_span(start, end, label=label_of(item), alignment_mode="expand")
            if span is not None:
                out.append(span)
        return out
    doc.spans["plans_sections"] = spans([s for s in plan.sections if s.level == 1 and s.kind == "section"],
                                        lambda s: f"SECTION_{s.label}")
    doc.spans["plans_references"] = spans(plan.references, lambda r: r.code or r.type)
    doc.spans["plans_dates"] = spans(plan.dates, lambda d: d.role)
    doc.spans["plans_targets"] = spans(plan.targets, lambda t: f"{t.comparator}{t.value}{t.unit}")
    doc.spans["plans_responsibilities"] = spans(
        [r for r in plan.responsibilities if r.end - r.start < 400], lambda r: r.role)
    return doc


def make_nlp():
    """A blank Vietnamese spaCy pipeline (no pyvi, no downloaded model) with the component."""
    import spacy
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    nlp.add_pipe("plans")
    return nlp
