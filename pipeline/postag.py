"""Part-of-speech tags of a clause: underthesea's tagger, its features built in linear time.

Why this module exists: ``underthesea.pos_tag`` builds each token's features with
``underthesea/pipeline/pos_tag/tagged_feature.py: template2features``, which re-parses the feature
template and rebuilds the columns of the whole sentence for every feature of every token — time
quadratic in the clause's length, and most of the extraction time of a plan. ``pos_tag``
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
        if m is None:  # a template entry of a form this module does not know
            return None
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
    model, template = tagger
    words = word_tokenize(sentence)
    return list(zip(words, model.tag(features(words, template))))


# --- word segmentation ------------------------------------------------------------------------
#
# underthesea's word segmenter (``underthesea.word_tokenize``) builds the 43 features of each
# syllable in its compiled ``CRFFeaturizer`` at ~13 µs a syllable, most of the time of tagging a
# clause. ``segmentation_features`` builds the same strings column by column (each
# n-gram, its lower case and its dictionary look-up once per clause) in about half the time. Its
# ``istitle``/``isdigit`` are written for the characters of Vietnamese text; a clause with any
# other character (:data:`_PLAIN_TEXT`) goes to underthesea's featurizer. tests/test_postag.py
# compares the two on the corpus and on every character of the plain set; and where the installed
# underthesea's featurizer disagrees on a few probes (another version), it alone is used.

_OWN_FEATURES_FROM = 8  # syllables
# The featurizer's "isdigit" is whether the token reads as a 32-bit integer ("007", "+2", but
# not "2147483648", a tax code or an account number).
_INT_TEXT = re.compile(r"[+-]?[0-9]+")
# Token lists its features are compared on when underthesea is loaded: cases, digits around the
# 32-bit limit, punctuation, words in and out of the dictionary, each edge of a clause.
_PROBES = (["Sở", "Văn", "hóa", ",", "Thể", "thao", "và", "Du", "lịch", "chủ", "trì"],
           ["UBND", "tỉnh", "2147483647", "2147483648", "-1", "+2", "007", "4300123456", "1.5"],
           ["Kế", "hoạch", "số", "12/KH-UBND", "“", "Đ", "ư", "…", "–", "a"], ["x"])
_WS_TEMPLATE_ENTRY = re.compile(r"T\[(-?\d+)(?:,(-?\d+))?\](?:\.(\w+))?")
_WS_FUNCTIONS = ("lower", "isdigit", "istitle", "is_in_dict")
# Printable ASCII, the Latin letters of Vietnamese and their neighbours (Latin-1 letters, Latin
# Extended-A, Ơ ơ Ư ư, Latin Extended Additional) and typographic quotes and dashes. (Not all of
# Latin Extended-B: underthesea's compiled code knows a newer Unicode, where "ƛ" has a capital.)
_PLAIN_TEXT = re.compile("^[\x20-\x7e\u00c0-\u017f\u01a0\u01a1\u01af\u01b0\u1e00-\u1eff"
                         "\u2013\u2014\u2018\u2019\u201c\u201d\u2026]*$")


@functools.cache
def _segmenter():
    """(underthesea's word segmentation model, its feature template as (prefix, first offset,
    last offset, function name) entries, its dictionary), or None where its internals are not the
    ones this module knows (then :func:`word_tokenize` is underthesea's own)."""
    try:
        import os

        import joblib
        from underthesea.models.fast_crf_sequence_tagger import FastCRFSequenceTagger
        from underthesea.pipeline import word_tokenize as ws
    except ImportError:
        return None
    base = os.path.join(os.path.dirname(ws.__file__), "models", "ws_crf_vlsp2013_20230727")
    try:
        model = FastCRFSequenceTagger()
        model.load(base)
        template = joblib.load(os.path.join(base, "features.bin"))
        dictionary = joblib.load(os.path.join(base, "dictionary.bin"))
    except Exception:  # noqa: BLE001 — a model of another layout: underthesea's own path
        return None
    entries = []
    for entry in template:
        m = _WS_TEMPLATE_ENTRY.fullmatch(entry)
        if m is None or (m.group(3) and m.group(3) not in _WS_FUNCTIONS):
            return None
        first = int(m.group(1))
        last = int(m.group(2)) if m.group(2) else first
        entries.append((f"{entry}=", first, last, m.group(3)))
    if not isinstance(dictionary, (set, frozenset)):
        return None
    template, dictionary = tuple(entries), frozenset(dictionary)
    try:
        if any(segmentation_features(p, template, dictionary) != model.featurizer.process([[[t] for t in p]])[0]
               for p in _PROBES):
            return None
    except Exception:  # noqa: BLE001 — a featurizer of another interface: underthesea's own path
        return None
    return model, template, dictionary


def segmentation_features(tokens: list[str], template, dictionary) -> list[list[str]]:
    """The features of each syllable for the word segmentation model, as underthesea's
    ``CRFFeaturizer`` gives them (for text matching :data:`_PLAIN_TEXT`)."""
    n = len(tokens)
    # For each n-gram length and function, its value at every start from -2 to n + 1: "BOS" before
    # the first syllable, "EOS" where the n-gram runs past the last (BOS first, as underthesea).
    reach = 1 + max(max(-first, last) for _, first, last, _ in template)
    padded: dict[tuple[int, str | None], list[str]] = {}

    def values(length: int, function: str | None) -> list[str]:
        key = (length, function)
        if key not in padded:
            if function is None:
                grams = [" ".join(tokens[j:j + length]) for j in range(n - length + 1)]
            elif function == "is_in_dict":
                lowered = values(length, "lower")[reach:reach + n - length + 1]
                grams = ["True" if g in dictionary else "False" for g in lowered]
            else:
                plain = values(length, None)[reach:reach + n - length + 1]
                if function == "lower":
                    grams = [g.lower() for g in plain]
                elif function == "isdigit":
                    grams = ["True" if _INT_TEXT.fullmatch(g) and -2 ** 31 <= int(g) < 2 ** 31 else "False"
                             for g in plain]
                else:  # istitle: every word opens with a character upper case leaves as it is
                    grams = ["True" if all(w and w[0].upper() == w[0] for w in g.split(" ")) else "False"
                             for g in plain]
            padded[key] = ["BOS"] * reach + grams + ["EOS"] * (reach + length - 1)
        return padded[key]

    bound = [(prefix, values(last - first + 1, function), reach + first) for prefix, first, last, function in template]
    return [[prefix + column[i + offset] for prefix, column, offset in bound] for i in range(n)]


def word_tokenize(sentence: str) -> list[str]:
    """The words of a sentence, the same as ``underthesea.word_tokenize(sentence)``."""
    segmenter = _segmenter()
    if segmenter is None:
        from underthesea import word_tokenize as underthesea_word_tokenize
        return underthesea_word_tokenize(sentence)
    from underthesea.pipeline.word_tokenize.regex_tokenize import tokenize
    model, template, dictionary = segmenter
    tokens = tokenize(sentence)
    if not tokens:
        return []
    # (A clause of a few syllables is as quick in underthesea's featurizer: this one's gain is per
    # syllable, its setup per clause.)
    if len(tokens) >= _OWN_FEATURES_FROM and _PLAIN_TEXT.match("".join(tokens)):
        x = segmentation_features(tokens, template, dictionary)
    else:
        x = model.featurizer.process([[[t] for t in tokens]])[0]
    words: list[str] = []
    for tag, token in zip(model.estimator.tag(x), tokens):
        if tag == "I-W" and words:
            words[-1] += " " + token
        else:
            words.append(token)
    return words
