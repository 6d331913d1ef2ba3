"""Part-of-speech tags of a clause: underthesea's tagger, its features built in linear time.

Why this module exists: ``underthesea.pos_tag`` builds each token's features with
``underthesea/pipeline/pos_tag/tagged_feature.py: template2features``, which re-parses the feature
template and rebuilds the columns of the whole sentence for every feature of every token — time
quadratic in the clause's length, and most of the extraction time of a plan (issue 5). ``pos_tag``
here gives the same tags by the same means, only without the repeated work: underthesea's own word
segmentation (``word_tokenize``), its own feature template and feature functions (``text_lower``,
``text_istitle``, ...), and its own CRF model. ``tests/test_postag.py`` checks that the tags equal
``underthesea.pos_tag``'s on the clauses of the corpus.
"""
from __future__ import annotations

import functools
import re
from typing import Callable, NamedTuple

# The syntax of one template entry, "T[-1,0]" or "T[0].lower" or "T[-3][1]" (as underthesea reads it).
_TEMPLATE_ENTRY = re.compile(
    r"T\[(?P<index1>\-?\d+)(\,(?P<index2>\-?\d+))?\](\[(?P<column>.*)\])?(\.(?P<function>.*))?")


class _Feature(NamedTuple):
    prefix: str  # "T[-1].lower=": the feature's name, as the model was trained with it
    first: int  # offset of the first token it reads
    last: int | None  # offset of the last token of an n-gram, None for one token
    column: int  # 0: the token; 1: its tag column, always "X" when predicting
    function: Callable[[str], object] | None


@functools.cache
def _tagger():
    """(the CRF model, the parsed feature template), or None where underthesea's tagger internals
    are not the ones this module knows (then :func:`pos_tag` is underthesea's own)."""
    try:
        from underthesea.pipeline.pos_tag import tagged_feature
        from underthesea.pipeline.pos_tag.model_crf import CRFPOSTagPredictor
    except ImportError:
        return None
    predictor = CRFPOSTagPredictor.Instance()
    features = []
    for entry in predictor.transformer.template:
        m = _TEMPLATE_ENTRY.match(entry)
        name = m.group("function")
        function = getattr(tagged_feature, f"text_{name}", None) if name else None
        if name and function is None:
            return None
        features.append(_Feature(f"{entry}=", int(m.group("index1")),
                                 int(m.group("index2")) if m.group("index2") else None,
                                 int(m.group("column")) if m.group("column") else 0, function))
    return predictor.model, tuple(features)


def features(tokens: list[str], template: tuple[_Feature, ...]) -> list[list[str]]:
    """The feature strings of every token, as ``template2features`` gives them (a position
    before the first token reads "BOS", after the last "EOS")."""
    n = len(tokens)
    columns = (tokens, ["X"] * n)
    computed: dict[tuple, str] = {}  # a function of a word, once per word
    out = []
    for i in range(n):
        row = []
        for f in template:
            first = i + f.first
            if first < 0:
                row.append(f.prefix + "BOS")
                continue
            if first >= n or (f.last is not None and i + f.last >= n):
                row.append(f.prefix + "EOS")
                continue
            if f.last is None:
                word = columns[f.column][first]
            else:
                word = " ".join(columns[f.column][first:i + f.last + 1])
            if f.function is not None:
                key = (f.function, word)
                value = computed.get(key)
                if value is None:
                    value = computed[key] = f"{f.function(word)}"
                word = value
            row.append(f.prefix + word)
        out.append(row)
    return out


def pos_tag(sentence: str) -> list[tuple[str, str]]:
    """(word, tag) for the words of a sentence, the same as ``underthesea.pos_tag(sentence)``."""
    tagger = _tagger()
    if tagger is None:
        from underthesea import pos_tag as underthesea_pos_tag
        return underthesea_pos_tag(sentence)
    from underthesea import word_tokenize
    model, template = tagger
    words = word_tokenize(sentence)
    return list(zip(words, model.tag(features(words, template))))
