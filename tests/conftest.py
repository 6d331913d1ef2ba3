from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "corpus" / "seeds"
WEB = ROOT / "corpus" / "web"
REAL = ROOT / "corpus" / "real"
LEGACY = ROOT / "corpus" / "legacy"
GENERATED = ROOT / "corpus" / "generated"
PROBES = ROOT / "corpus" / "probes"

SEED_000 = SEEDS / "000_52c815cd960990dc.txt"
SEED_001 = SEEDS / "001_f7ed4621f7bb48e0.txt"
SEED_002 = SEEDS / "002_e859b3787dc53850.txt"
SEED_003 = SEEDS / "003_d7c72909e470e888.txt"
SEED_004 = SEEDS / "004_8de1297c99c34097.txt"


@pytest.fixture(scope="session")
def extracted():
    """Extract each corpus document once per test session."""
    import pipeline
    cache = {}

    def get(path):
        path = Path(path)
        if path not in cache:
            cache[path] = pipeline.extract(path)
        return cache[path]
    return get


@pytest.fixture(scope="session")
def corpus_outputs():
    """Every document of corpus/ that `plans build corpus` reads, extracted once per test session
    as `plans extract --with-text` does it (worker processes, both cores): (the inputs found, each
    output's dict by its real path, each failure's reason by its source). The corpus-wide tests
    read these (the schema checks of every output, the scores of every annotated document), so
    that the corpus, about 700 documents, is extracted once rather than once per test."""
    from pipeline import dataset
    from pipeline.batch import extract_files
    found = dataset.scan_inputs([str(ROOT / "corpus")])
    docs: dict[Path, dict] = {}
    failed: dict[str, str] = {}

    def keep(source: str, doc: dict | None, error: str | None) -> None:
        if doc is None:
            failed[source] = error or "no result"
        else:
            docs[found.files[source].resolve()] = doc
    extract_files(found.files, keep, timeout=300, jobs=2, with_text=True)
    return found, docs, failed


class _Output:
    """An output dict in the shape :func:`pipeline.evaluate.evaluate_documents` reads (``to_dict``)."""

    def __init__(self, doc: dict) -> None:
        self.doc = doc

    def to_dict(self) -> dict:
        return self.doc


@pytest.fixture(scope="session")
def corpus_extract(corpus_outputs):
    """An ``extract_fn`` for :func:`pipeline.evaluate.evaluate_documents` that answers from
    :func:`corpus_outputs` (a document outside corpus/ is extracted)."""
    import pipeline
    docs = corpus_outputs[1]

    def extract(source: str):
        doc = docs.get(Path(source).resolve())
        return _Output(doc) if doc is not None else pipeline.extract(source)
    return extract


@pytest.fixture(scope="session")
def plans(extracted):
    """A probe of corpus/probes by its name ("m317"), extracted once per test session."""
    return lambda name: extracted(PROBES / f"{name}.txt")


@pytest.fixture(scope="session")
def lamdong_pair(tmp_path_factory):
    """A dataset of two real Lâm Đồng plans, one citing the other (12_KH-CCHC as basis of
    14_KH-thi-dua), built once per session: (the folder of inputs, the dataset folder)."""
    import shutil

    from pipeline import dataset
    base = tmp_path_factory.mktemp("lamdong_pair")
    src = base / "in"
    src.mkdir()
    for name in ("12_KH-CCHC-2026-UBND-LamDong.docx", "14_KH-thi-dua-CCHC-2026-UBND-LamDong.docx"):
        shutil.copy(REAL / name, src / name)
    dataset.build([str(src)], base / "ds", jobs=1)
    return src, base / "ds"


@pytest.fixture(autouse=True)
def _cwd_root(monkeypatch):
    monkeypatch.chdir(ROOT)
