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
