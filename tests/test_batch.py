"""plans build on a generated batch of 1,000 files (variants of corpus documents + 10% bad inputs
of every kind): nothing lost, reruns skip, a SIGKILLed run resumes to the same tables, Dask equals
local."""
import json
import os
import signal
import subprocess
import sys
import time

import pandas as pd
import pytest

from pipeline import dataset

from conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))

pytestmark = pytest.mark.slow  # a 1,000-file batch, a kill and rerun, Dask

MAX_BYTES = 1_000_000
REASONS = {  # kind of bad input → the reason its errors row must give
    "empty": "empty file", "blank": "empty document", "binary": "not a text document",
    "not_a_document": None, "truncated_pdf": "corrupt or truncated PDF", "encrypted_pdf": "encrypted PDF",
    # (pages of drawings: OCR reads them and finds nothing; without Tesseract, "no text layer")
    "no_text_layer": ("OCR found no text on page", "no text layer"),
    "corrupt_docx": "corrupt DOCX", "zip_bomb_docx": "zip bomb",
    "undecodable_text": "undecodable text", "too_large": "too large",
}


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    from make_batch import make_batch
    root = tmp_path_factory.mktemp("batch")
    expected = make_batch(root / "in", 1000, bad_fraction=0.1, seed=0, max_bytes=MAX_BYTES)
    return root, expected


@pytest.fixture(scope="module")
def built(batch):
    root, expected = batch
    result = dataset.build([str(root / "in")], root / "ds", jobs=2, max_bytes=MAX_BYTES, timeout=60)
    return result, dataset.load(root / "ds")


def _norm(path):
    return os.path.normpath(path)


def test_every_good_document_has_rows_every_bad_one_an_error(batch, built):
    root, expected = batch
    result, tables = built
    good = {_norm(root / "in" / p) for p in expected["good"]}
    bad = {_norm(root / "in" / p): kind for p, kind in expected["bad"].items()}
    assert len(good) + len(bad) == 1000 and len(bad) >= 100
    assert set(REASONS) == set(bad.values())
    assert set(tables["documents"]["source"].map(_norm)) == good
    errors = dict(zip(tables["errors"]["source"].map(_norm), tables["errors"]["reason"]))
    assert set(errors) == set(bad)
    for source, kind in bad.items():
        wanted = REASONS[kind]
        if wanted:
            assert any(w in errors[source] for w in ((wanted,) if isinstance(wanted, str) else wanted)), \
                (kind, errors[source])
    assert result.documents == len(good) and len(result.errors) == len(bad)
    # and every good document its text, for full-text search
    assert set(tables["texts"]["source"].map(_norm)) == good


def test_rerun_skips_everything(batch, built):
    root, _ = batch
    again = dataset.build([str(root / "in")], root / "ds", jobs=2, max_bytes=MAX_BYTES)
    assert again.unchanged and again.extracted == 0 and again.reused == 1000


def _assert_same_tables(a, b):
    ta, tb = dataset.load(a), dataset.load(b)
    assert set(ta) == set(tb)
    for name in ta:
        pd.testing.assert_frame_equal(ta[name].reset_index(drop=True), tb[name].reset_index(drop=True))


def _processes_naming(word: str) -> list[int]:
    """The live processes (not zombies) whose command line holds ``word``."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/cmdline", "rb") as fh:
                cmdline = fh.read().decode("utf-8", "replace")
        except OSError:
            continue
        if word in cmdline and _state(int(entry)) not in (None, "Z"):
            found.append(int(entry))
    return found


def test_sigkill_midway_then_rerun_gives_the_same_tables(batch, built):
    root, _ = batch
    out = root / "killed"
    cmd = [sys.executable, "-m", "pipeline.cli", "build", str(root / "in"), "--out", str(out),
           "--jobs", "2", "--max-bytes", str(MAX_BYTES)]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    journal = out / ".journal.jsonl"

    def documents_in_journal() -> int:  # its lines but the header (the pipeline fingerprint)
        # (Read as bytes: the line the build is writing may end in the middle of a character.)
        with open(journal, "rb") as lines:
            return sum(1 for line in lines if line.startswith(b'{"source": '))

    deadline = time.monotonic() + 1200  # (a bound on a stuck build, not a speed check)
    while time.monotonic() < deadline:
        if journal.exists() and documents_in_journal() >= 300:
            break
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)  # the build (its workers have groups of their own)
    proc.wait()
    # The workers die with the build (PR_SET_PDEATHSIG): none is left waiting on its pipe.
    for _ in range(100):  # (the kernel's kill may take a moment; a bound, not a speed check)
        if not _processes_naming(str(out)):
            break
        time.sleep(0.05)
    assert _processes_naming(str(out)) == []
    assert not (out / "manifest.json").exists()  # killed before it finished
    header = dataset._journal_header(dataset.pipeline_fingerprint())
    with open(journal, encoding="utf-8") as fh:
        assert fh.readline() == header + "\n"
    done = documents_in_journal()
    assert 300 <= done < 1000
    resumed = dataset.build([str(root / "in")], out, jobs=2, max_bytes=MAX_BYTES)
    assert resumed.extracted <= 1000 - done + 1  # the journal's finished work was taken back
    _assert_same_tables(out, root / "ds")


def test_dask_local_cluster_equals_the_local_run(batch, built):
    root, _ = batch
    result = dataset.build([str(root / "in")], root / "dask", jobs=2, max_bytes=MAX_BYTES,
                           dask_scheduler="local")
    assert result.extracted == 1000
    manifest = json.loads((root / "dask" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["run"]["engine"] == "dask" and manifest["run"]["workers"] == 2
    _assert_same_tables(root / "dask", root / "ds")


def _state(pid: int) -> str | None:
    """A process's state letter from /proc ("S", "R", "Z"...), or None when it is gone."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0]
    except OSError:  # (gone, or not ours to read)
        return None


@pytest.mark.slow
def test_a_program_the_worker_runs_dies_with_the_timed_out_worker(tmp_path, monkeypatch):
    """A stand-in antiword that hangs: when the worker reading the .doc is killed at its time limit,
    the program it started is killed with it (its process group) instead of running on."""
    from pipeline.batch import Task, WorkerPool
    tools = tmp_path / "bin"
    tools.mkdir()
    pid_file = tmp_path / "antiword.pid"
    fake = tools / "antiword"
    fake.write_text(f"#!/bin/sh\necho $$ > {pid_file}\nexec sleep 300\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{tools}:{os.environ['PATH']}")
    doc = tmp_path / "plan.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2048)
    outcomes = []
    WorkerPool(1, timeout=3).run([Task(str(doc), "", path=str(doc))], outcomes.append)
    assert [o.error for o in outcomes] == ["timed out after 3 s"]
    pid = int(pid_file.read_text())
    for _ in range(50):  # the kill is sent before run() returns; the kernel may take a moment
        if _state(pid) in (None, "Z"):
            break
        time.sleep(0.1)
    assert _state(pid) in (None, "Z")
