"""pipeline.postag gives underthesea.pos_tag's tags: on every clause the extractor tags in
the corpus, and on the lines of the seed and web plans."""
import pytest

from conftest import REAL, SEEDS, WEB


def _corpus_files():
    return sorted(SEEDS.glob("*.txt")) + sorted(WEB.glob("*.txt")) + sorted(REAL.glob("*.docx"))


@pytest.fixture(scope="module")
def tagged_clauses(monkeypatch_module):
    """The clauses the responsibility extractor sends to the tagger while extracting the corpus."""
    import pipeline
    from pipeline.extract import responsibilities
    clauses = []
    original = responsibilities.pos_tag

    def spy(clause):
        clauses.append(clause)
        return original(clause)
    monkeypatch_module.setattr(responsibilities, "pos_tag", spy)
    responsibilities._tagged.cache_clear()
    for path in _corpus_files():
        pipeline.extract(path)
    responsibilities._tagged.cache_clear()
    return sorted(set(clauses))


@pytest.fixture(scope="module")
def monkeypatch_module():
    mp = pytest.MonkeyPatch()
    yield mp
    mp.undo()


def test_linear_features_are_used():
    from pipeline import postag
    assert postag._tagger() is not None  # else pos_tag is underthesea's own, and this proves nothing


@pytest.mark.slow
def test_same_tags_as_underthesea_on_the_clauses_of_the_corpus(tagged_clauses):
    from underthesea import pos_tag as underthesea_pos_tag

    from pipeline.postag import pos_tag
    assert len(tagged_clauses) > 50
    for clause in tagged_clauses:
        assert pos_tag(clause) == underthesea_pos_tag(clause), clause


@pytest.mark.slow
def test_same_tags_as_underthesea_on_the_lines_of_the_plans():
    from underthesea import pos_tag as underthesea_pos_tag

    from pipeline.postag import pos_tag
    lines = sorted({line.strip()[:200] for path in sorted(SEEDS.glob("*.txt")) + sorted(WEB.glob("*.txt"))
                    for line in path.read_text(encoding="utf-8").split("\n") if line.strip()})
    assert len(lines) > 500
    for line in lines:
        assert pos_tag(line) == underthesea_pos_tag(line), line


@pytest.mark.slow
def test_features_at_the_edges_of_a_sentence():
    """BOS/EOS, short sentences, titles of several syllables ("Hà Nội"), digits, empty tokens; and
    template entries underthesea's model does not use (n-grams backwards or past the end)."""
    import random

    from underthesea.pipeline.pos_tag.model_crf import CRFPOSTagPredictor, TaggedTransformer

    from pipeline import postag
    model, template = postag._tagger()
    transformer = CRFPOSTagPredictor.Instance().transformer
    odd = template + (postag._Feature("T[1,-1]=", 1, -1, 0, None), postag._Feature("T[-4][1]=", -4, None, 1, None),
                      postag._Feature("T[-2,9]=", -2, 9, 0, None),
                      postag._Feature("T[2,3].istitle=", 2, 3, 0, template[5].function))
    odd_transformer = TaggedTransformer([f.prefix[:-1] for f in odd])
    vocab = ["Sở", "nội vụ", "Hà Nội", "2024", "", "a b", " x", "UBND", ",", "và", "Đ", "x  y", "1.5"]
    rnd = random.Random(2)
    for n in range(1, 9):
        for _ in range(100):
            words = [rnd.choice(vocab) for _ in range(n)]
            sentence = [[(w, "X") for w in words]]
            assert postag.features(words, template) == transformer.transform(sentence)[0][0], words
            assert postag.features(words, odd) == odd_transformer.transform(sentence)[0][0], words


# --- word segmentation features --------------------------------------------------------------

def _underthesea_features(tokens):
    from pipeline import postag
    model, _, _ = postag._segmenter()
    return model.featurizer.process([[[t] for t in tokens]])[0]


@pytest.mark.slow
def test_segmentation_features_are_underthesea_featurizers_on_the_lines_of_the_plans():
    from underthesea.pipeline.word_tokenize.regex_tokenize import tokenize

    from pipeline import postag
    _, template, dictionary = postag._segmenter()
    lines = sorted({line.strip()[:220] for path in sorted(SEEDS.glob("*.txt")) + sorted(WEB.glob("*.txt"))
                    for line in path.read_text(encoding="utf-8").split("\n") if line.strip()})
    checked = 0
    for line in lines:
        tokens = tokenize(line)
        if tokens and postag._PLAIN_TEXT.match("".join(tokens)):
            assert postag.segmentation_features(tokens, template, dictionary) == _underthesea_features(tokens), line
            checked += 1
    assert checked > 500


@pytest.mark.slow
def test_segmentation_features_on_every_plain_character():
    """istitle, isdigit, lower case and the dictionary on each character the plain set admits,
    alone, doubled, inside words and among others (BOS/EOS at every distance)."""
    from pipeline import postag
    _, template, dictionary = postag._segmenter()
    plain = [c for c in map(chr, range(0x21, 0x2100)) if postag._PLAIN_TEXT.match(c)]
    assert "ơ" in plain and "ự" in plain and "ƛ" not in plain
    for c in plain:
        for tokens in ([c], [c + "a", "B" + c, c * 2], ["1" + c, c, "x", "hóa", c + c.upper()]):
            assert postag.segmentation_features(tokens, template, dictionary) == _underthesea_features(tokens), tokens


def test_word_tokenize_is_underthesea_s(tagged_clauses):
    from underthesea import word_tokenize as underthesea_word_tokenize

    from pipeline.postag import word_tokenize
    long = [c for c in tagged_clauses if len(c.split()) >= 8]
    assert len(long) > 20
    for clause in tagged_clauses + ["", "  ", "Sở Tư pháp ²", "Ƛ ƛ ǅ x y z a b c d e f g h"]:
        assert word_tokenize(clause) == underthesea_word_tokenize(clause), clause


def test_segmentation_features_of_numbers_are_underthesea_featurizers():
    """Its "isdigit" is a 32-bit integer's: account numbers, tax codes and IDs are not digits."""
    from pipeline import postag
    _, template, dictionary = postag._segmenter()
    numbers = ["0", "00", "007", "2147483647", "2147483648", "-2147483648", "-2147483649", "4300123456",
               "3761234567890", "99999999999", "+2", "-1", "1.5", "1,5", "12/2025", "-", "+"]
    for number in numbers:
        tokens = ["Tài", "khoản", "số", number, "của", "Sở", "Tài", "chính", "tỉnh"]
        assert postag.segmentation_features(tokens, template, dictionary) == _underthesea_features(tokens), number


def test_word_tokenize_with_long_numbers_is_underthesea_s():
    from underthesea import word_tokenize as underthesea_word_tokenize

    from pipeline.postag import word_tokenize
    for clause in ("lira vãng 6778937673677 sai an-gin thuộc Sở Tài chính tỉnh Lâm Đồng",
                   "Ban số 360992508108 quản trị website xin đăng toàn văn Chương trình quan trọng này",
                   "Tài khoản số 3761234567890 của Sở Tài chính mở tại Kho bạc Nhà nước tỉnh"):
        assert word_tokenize(clause) == underthesea_word_tokenize(clause), clause
