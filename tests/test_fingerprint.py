"""The pipeline fingerprint and the dataset keyed on it: a changed pipeline re-extracts everything,
an unchanged one reuses everything, and a journal of another pipeline is never resumed."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pipeline import batch, cli, dataset, fingerprint

from conftest import WEB

OLD, NEW = "a" * 64, "b" * 64


# --- the fingerprint itself ------------------------------------------------------------------

def _copy_package(tmp_path: Path) -> Path:
    root = tmp_path / "pipeline"
    shutil.copytree(fingerprint.PACKAGE_DIR, root)
    return root


def test_fingerprint_is_stable_and_the_same_for_a_copy_of_the_package(tmp_path):
    first = fingerprint.pipeline_fingerprint()
    assert len(first) == 64 and set(first) <= set("0123456789abcdef")
    assert fingerprint.pipeline_fingerprint() == first
    root = _copy_package(tmp_path)
    # Same files elsewhere: same fingerprint (paths are hashed relative to the package).
    assert fingerprint.tree_fingerprint(root) == first
    # Compiled files, caches, hidden files and non-code files outside data/ are not the pipeline.
    (root / "__pycache__").mkdir(exist_ok=True)
    (root / "__pycache__" / "scan.cpython-312.pyc").write_bytes(b"\x00junk")
    (root / "__pycache__" / "stray.py").write_text("x = 1\n")
    (root / "data" / "line_joining.pyc").write_bytes(b"\x00junk")
    (root / "data" / ".line_joining.tsv.swp").write_bytes(b"junk")
    (root / "notes.txt").write_text("not code\n")
    assert fingerprint.tree_fingerprint(root) == first


def test_fingerprint_lists_code_and_data_sorted():
    files = [rel for rel, _ in fingerprint._source_files(fingerprint.PACKAGE_DIR)]
    assert files == sorted(files)
    assert {"__init__.py", "dataset.py", "extract/dates.py", "data/line_joining.tsv",
            "data/dates.json"} <= set(files)
    assert all(rel.endswith(".py") or rel.startswith("data/") for rel in files)


@pytest.mark.parametrize("rel", ["data/line_joining.tsv", "normalize.py"])
def test_one_changed_byte_changes_the_fingerprint(tmp_path, rel):
    root = _copy_package(tmp_path)
    before = fingerprint.tree_fingerprint(root)
    path = root / rel
    data = path.read_bytes()
    changed = bytearray(data)
    changed[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(changed))
    assert fingerprint.tree_fingerprint(root) != before
    path.write_bytes(data)
    assert fingerprint.tree_fingerprint(root) == before


def test_a_new_data_file_or_a_renamed_one_changes_the_fingerprint(tmp_path):
    root = _copy_package(tmp_path)
    before = fingerprint.tree_fingerprint(root)
    (root / "data" / "extra.tsv").write_text("a\tb\n")
    with_extra = fingerprint.tree_fingerprint(root)
    assert with_extra != before
    (root / "data" / "extra.tsv").rename(root / "data" / "extra2.tsv")
    assert fingerprint.tree_fingerprint(root) not in (before, with_extra)


# --- the dataset keyed on it -----------------------------------------------------------------

@pytest.fixture
def src(tmp_path: Path) -> Path:
    """Two small corpus documents."""
    folder = tmp_path / "in"
    folder.mkdir()
    for f in sorted(WEB.glob("*.txt"))[:2]:
        shutil.copy(f, folder / f.name)
    return folder


def _use(monkeypatch, value: str) -> None:
    monkeypatch.setattr(dataset, "pipeline_fingerprint", lambda: value)


def _manifest(out: Path) -> dict:
    return json.loads((out / "manifest.json").read_text(encoding="utf-8"))


@pytest.mark.slow  # (builds twice: about 1 s)
def test_a_changed_pipeline_re_extracts_every_document(src, tmp_path, monkeypatch):
    out = tmp_path / "ds"
    _use(monkeypatch, OLD)
    first = dataset.build([str(src)], out, jobs=1)
    assert (first.extracted, first.documents, first.previous_fingerprint) == (2, 2, None)
    assert _manifest(out)["pipeline_fingerprint"] == OLD
    _use(monkeypatch, NEW)
    second = dataset.build([str(src)], out, jobs=1)
    assert (second.unchanged, second.extracted, second.reused, second.documents) == (False, 2, 0, 2)
    assert (second.previous_fingerprint, second.fingerprint) == (OLD, NEW)
    manifest = _manifest(out)
    assert manifest["pipeline_fingerprint"] == NEW
    assert manifest["package_version"] == dataset.__version__
    assert manifest["run"]["extracted"] == 2
    assert len(dataset.load(out)["documents"]) == 2  # replaced, not added twice


@pytest.mark.slow  # (builds twice: about 1 s)
def test_a_manifest_without_a_fingerprint_counts_as_another_pipeline(src, tmp_path, monkeypatch):
    out = tmp_path / "ds"
    _use(monkeypatch, NEW)
    dataset.build([str(src)], out, jobs=1)
    manifest = _manifest(out)
    del manifest["pipeline_fingerprint"]  # as written before the fingerprint existed
    (out / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    again = dataset.build([str(src)], out, jobs=1)
    assert (again.extracted, again.previous_fingerprint) == (2, "")
    assert _manifest(out)["pipeline_fingerprint"] == NEW


def test_an_unchanged_pipeline_changes_nothing(src, tmp_path, monkeypatch):
    out = tmp_path / "ds"
    _use(monkeypatch, NEW)
    dataset.build([str(src)], out, jobs=1)
    again = dataset.build([str(src)], out, jobs=1)
    assert (again.unchanged, again.extracted, again.reused, again.previous_fingerprint) == (True, 0, 2, None)
    assert _manifest(out)["pipeline_fingerprint"] == NEW


@pytest.mark.slow  # (builds twice: about 1 s)
def test_the_cli_says_why_it_re_extracts(src, tmp_path, monkeypatch, capsys):
    out = tmp_path / "ds"
    argv = ["build", str(src), "--out", str(out), "--jobs", "1"]
    _use(monkeypatch, OLD)
    assert cli.main(argv) == 0
    assert "pipeline changed" not in capsys.readouterr().out  # no previous dataset: nothing to say
    _use(monkeypatch, NEW)
    assert cli.main(argv) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == ("plans build: pipeline changed since the last build (fingerprint aaaaaaaaaaaa... -> "
                        "bbbbbbbbbbbb...): re-extracting all 2 documents")
    assert lines[1].startswith("plans build: 2 documents, 0 errors; 2 extracted, 0 unchanged, 0 removed;")
    assert cli.main(argv) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1 and lines[0].startswith("plans build: nothing changed (2 documents, 0 errors)")


# --- the journal -----------------------------------------------------------------------------

def _journal_lines(src: Path, title: str) -> list[str]:
    """Finished journal lines of the documents of ``src``, their title replaced by ``title`` (to
    see whether a build took them back)."""
    lines = []
    for f in sorted(str(p) for p in src.iterdir()):
        entry = json.loads(batch.process_bytes(batch.Task(f, dataset.sha256_file(f))).journal_line())
        entry["rows"]["documents"][0]["title"] = title
        lines.append(json.dumps(entry, ensure_ascii=False))
    return lines


@pytest.mark.parametrize("header, resumed", [(NEW, True), (OLD, False), (None, False)])
def test_a_journal_of_another_pipeline_is_not_resumed(src, tmp_path, monkeypatch, header, resumed):
    """A killed run's journal is taken back only if the same pipeline wrote it (its header line);
    one of another fingerprint, or one with no header, is discarded and everything extracted."""
    out = tmp_path / "ds"
    out.mkdir()
    with open(out / ".journal.jsonl", "w", encoding="utf-8") as fh:
        if header is not None:
            fh.write(dataset._journal_header(header) + "\n")
        for line in _journal_lines(src, "FROM THE JOURNAL"):
            fh.write(line + "\n")
    _use(monkeypatch, NEW)
    result = dataset.build([str(src)], out, jobs=1)
    titles = set(dataset.load(out)["documents"]["title"])
    if resumed:
        assert (result.extracted, titles) == (0, {"FROM THE JOURNAL"})
    else:
        assert result.extracted == 2 and "FROM THE JOURNAL" not in titles and len(titles) == 2
    assert _manifest(out)["pipeline_fingerprint"] == NEW
    assert not (out / ".journal.jsonl").exists()


def test_a_killed_run_leaves_a_journal_headed_by_its_fingerprint(src, tmp_path, monkeypatch):
    """The journal a build writes starts with its fingerprint; the same pipeline takes its finished
    work back, another one discards it."""
    out = tmp_path / "ds"
    _use(monkeypatch, NEW)

    def killed(*args, **kwargs):
        raise KeyboardInterrupt  # stands for a kill between extraction and the tables

    with monkeypatch.context() as m:
        m.setattr(dataset, "_journal_entries", killed)
        with pytest.raises(KeyboardInterrupt):
            dataset.build([str(src)], out, jobs=1)
    lines = (out / ".journal.jsonl").read_text(encoding="utf-8").splitlines()
    assert lines[0] == '{"pipeline_fingerprint": "' + NEW + '"}'
    assert len(lines) == 3 and all(line.startswith('{"source": ') for line in lines[1:])
    _use(monkeypatch, OLD)
    other = dataset.build([str(src)], out, jobs=1)
    assert other.extracted == 2
    _use(monkeypatch, NEW)
    with monkeypatch.context() as m:
        m.setattr(dataset, "_journal_entries", killed)
        with pytest.raises(KeyboardInterrupt):
            dataset.build([str(src)], out, jobs=1)  # a changed pipeline, killed again
    same = dataset.build([str(src)], out, jobs=1)
    assert (same.extracted, same.previous_fingerprint) == (0, OLD)
    assert _manifest(out)["pipeline_fingerprint"] == NEW
