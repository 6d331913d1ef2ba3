"""Hostile and odd inputs: every one ends as rows or an error row (or an error line), in every
command; nothing is opened that would block, nothing outside the input folders is pulled in."""
from __future__ import annotations

import errno
import json
import os
import shutil
import sys
from pathlib import Path

import pytest

from pipeline import cli, dataset

from conftest import GENERATED, SEED_000, SEED_004

# A name copied from an old Windows archive: Latin-1 bytes, not UTF-8.
ODD_NAME = os.fsdecode(b"k\xe9 ho\xe1ch.txt")
ODD_SHOWN = "k\\xe9 ho\\xe1ch.txt"  # as the tables and the JSON show it


def _refuse_to_open(monkeypatch, module, path: Path) -> None:
    """Make ``open`` in ``module`` fail on ``path`` as for a file of mode 000 read by another user
    (the tests run as root, who reads any file: chmod cannot simulate it)."""
    real_open = open

    def fake_open(file, *args, **kwargs):
        if os.fspath(file) == os.fspath(path):
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(file))
        return real_open(file, *args, **kwargs)
    monkeypatch.setattr(module, "open", fake_open, raising=False)


def _odd_inputs(tmp_path: Path) -> tuple[Path, Path, Path, Path]:
    """A folder holding a document with a non-UTF-8 name, a FIFO with a document suffix and a
    document to be unreadable; and a missing path."""
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED_000, folder / ODD_NAME)
    os.mkfifo(folder / "pipe.txt")
    locked = folder / "locked.txt"
    shutil.copy(SEED_004, locked)
    return folder, folder / "pipe.txt", locked, tmp_path / "gone.txt"


def test_build_records_each_input_it_cannot_read_as_an_error_row(tmp_path, monkeypatch, capsys):
    folder, fifo, locked, missing = _odd_inputs(tmp_path)
    (folder / ODD_NAME).unlink()  # no document: no extraction, fast
    _refuse_to_open(monkeypatch, dataset, locked)
    assert cli.main(["build", str(folder), str(missing), "/dev/null", "--out", str(tmp_path / "ds")]) == 1
    assert capsys.readouterr().err.splitlines() == [
        "  error: /dev/null: not a regular file (character device)",
        f"  error: {missing}: no such file",
        f"  error: {locked}: cannot read: Permission denied",
        f"  error: {fifo}: not a regular file (fifo)"]
    assert len(dataset.load(tmp_path / "ds")["errors"]) == 4


@pytest.mark.slow
def test_build_turns_every_input_into_rows_or_an_error_row(tmp_path, monkeypatch, capsys, extracted):
    folder, fifo, locked, missing = _odd_inputs(tmp_path)
    _refuse_to_open(monkeypatch, dataset, locked)
    out = tmp_path / "ds"
    argv = ["build", str(folder), str(missing), "/dev/null", "--out", str(out), "--jobs", "1"]
    assert cli.main(argv) == 1
    expected = [("/dev/null", "not a regular file (character device)"),
                (str(missing), "no such file"),
                (str(locked), "cannot read: Permission denied"),
                (str(fifo), "not a regular file (fifo)")]
    assert capsys.readouterr().err.splitlines() == [f"  error: {s}: {r}" for s, r in expected]
    tables = dataset.load(out)
    errors = tables["errors"]
    assert list(zip(errors["source"], errors["reason"])) == expected
    assert errors["sha256"].isna().all()
    docs = tables["documents"]
    assert list(docs["source"]) == [f"{folder}/{ODD_SHOWN}"]
    assert docs["sha256"][0] == dataset.sha256_file(SEED_000)
    assert tables["texts"]["text"][0] == extracted(SEED_000).text
    assert f"{folder}/{ODD_SHOWN}" in (out / "documents.csv").read_text(encoding="utf-8")

    # A rerun changes nothing; once the file can be read, it is.
    assert cli.main(argv) == 1
    assert capsys.readouterr().out.startswith("plans build: nothing changed (1 documents, 4 errors)")
    monkeypatch.undo()
    assert cli.main(argv) == 1
    assert "2 documents, 3 errors; 1 extracted, 4 unchanged" in capsys.readouterr().out
    assert list(dataset.load(out)["documents"]["source"]) == [f"{folder}/{ODD_SHOWN}", str(locked)]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root reads a file of mode 000 (the monkeypatched test above covers it)")
def test_build_records_a_file_of_mode_000(tmp_path):
    locked = tmp_path / "locked.txt"
    shutil.copy(SEED_004, locked)
    locked.chmod(0)
    try:
        result = dataset.build([str(locked)], tmp_path / "ds", jobs=1, progress=False)
    finally:
        locked.chmod(0o644)
    assert result.errors == [{"source": str(locked), "reason": "cannot read: Permission denied"}]


def test_extract_reports_each_bad_file_and_prints_the_others(tmp_path, monkeypatch, capsys):
    folder, fifo, locked, missing = _odd_inputs(tmp_path)
    _refuse_to_open(monkeypatch, sys.modules["pipeline.ingest"], locked)
    argv = ["extract", str(fifo), str(missing), "/dev/null", str(locked), str(folder / ODD_NAME)]
    assert cli.main(argv) == 1
    out, err = capsys.readouterr()
    assert err.splitlines() == [f"plans: error: {fifo}: not a regular file (fifo)",
                                f"plans: error: {missing}: no such file",
                                "plans: error: /dev/null: not a regular file (character device)",
                                f"plans: error: {locked}: cannot read: Permission denied"]
    [line] = out.splitlines()
    assert json.loads(line)["document"]["source"] == f"{folder}/{ODD_SHOWN}"


def _linked_folder(tmp_path: Path) -> tuple[Path, Path]:
    """An input folder holding a document, a link to a document outside it, a link to a document
    inside it, a link to a folder outside it, and a folder holding a link to its own parent."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("not for the dataset", encoding="utf-8")
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("a", encoding="utf-8")
    (folder / "sub" / "b.txt").write_text("b", encoding="utf-8")
    (folder / "secret.txt").symlink_to(outside / "secret.txt")
    (folder / "other").symlink_to(outside)
    (folder / "alias.txt").symlink_to(folder / "a.txt")
    (folder / "sub" / "loop").symlink_to(folder)
    return folder, outside


def test_links_are_followed_only_inside_the_input_folders_and_a_loop_once(tmp_path):
    folder, outside = _linked_folder(tmp_path)
    found = dataset.scan_inputs([str(folder)])
    assert list(found.files) == [f"{folder}/a.txt", f"{folder}/alias.txt", f"{folder}/sub/b.txt"]
    assert found.refused == {f"{folder}/other": "symlink outside the input folders",
                             f"{folder}/secret.txt": "symlink outside the input folders"}
    # Given as inputs too, the outside folder is an input root: its links are followed.
    found = dataset.scan_inputs([str(folder), str(outside)])
    assert list(found.files) == [f"{folder}/a.txt", f"{folder}/alias.txt", f"{folder}/other/secret.txt",
                                 f"{folder}/secret.txt", f"{folder}/sub/b.txt", f"{outside}/secret.txt"]
    assert found.refused == {}
    # A glob's links are held to its fixed leading folders.
    found = dataset.scan_inputs([f"{folder}/*.txt"])
    assert (list(found.files), found.refused) == (
        [f"{folder}/a.txt", f"{folder}/alias.txt"], {f"{folder}/secret.txt": "symlink outside the input folders"})
    # glob's "**" follows links to folders, round a loop 40 times: each folder is taken once, and
    # what lies out of the glob's folders is refused.
    found = dataset.scan_inputs([f"{folder}/**/*.txt"])
    assert list(found.files) == [f"{folder}/a.txt", f"{folder}/alias.txt", f"{folder}/sub/b.txt"]
    assert found.refused == {f"{folder}/other/secret.txt": "symlink outside the input folders",
                             f"{folder}/secret.txt": "symlink outside the input folders"}


def test_follow_links_takes_links_out_of_the_input_folders(tmp_path):
    folder, outside = _linked_folder(tmp_path)
    found = dataset.scan_inputs([str(folder)], follow_links=True)
    assert list(found.files) == [f"{folder}/a.txt", f"{folder}/alias.txt", f"{folder}/other/secret.txt",
                                 f"{folder}/secret.txt", f"{folder}/sub/b.txt"]
    assert found.refused == {}


def test_build_refuses_a_link_out_of_the_input_folders(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "passwd.txt").symlink_to("/etc/passwd")
    (folder / "loop").symlink_to(folder)
    assert cli.main(["build", str(folder), "--out", str(tmp_path / "ds")]) == 1
    assert capsys.readouterr().err.splitlines() == [f"  error: {folder}/passwd.txt: symlink outside the input folders"]
    tables = dataset.load(tmp_path / "ds")
    assert (len(tables["texts"]), list(tables["errors"]["reason"])) == (0, ["symlink outside the input folders"])


def _docx_with_pages(tmp_path: Path, pages: str) -> Path:
    """A copy of a generated DOCX whose docProps/app.xml gives ``pages`` as its page count."""
    import re
    import zipfile
    copy = tmp_path / "pages.docx"
    with zipfile.ZipFile(GENERATED / "d01.docx") as src, zipfile.ZipFile(copy, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "docProps/app.xml":
                data, n = re.subn(rb"<Pages>\d+</Pages>", f"<Pages>{pages}</Pages>".encode(), data)
                assert n == 1
            dst.writestr(item, data)
    return copy


@pytest.mark.parametrize("pages, expected", [("99999999999999999999", None), ("9223372036854775808", None),
                                             ("9" * 5000, None), ("-3", None), ("0", None), ("100001", None),
                                             ("100000", 100000), ("7", 7)])
def test_a_docx_page_count_out_of_range_is_left_out(tmp_path, pages, expected):
    from pipeline.ingest import read
    assert read(_docx_with_pages(tmp_path, pages)).pages == expected


def test_a_docx_with_a_huge_page_count_builds(tmp_path):
    docx = _docx_with_pages(tmp_path, "99999999999999999999")
    result = dataset.build([str(docx)], tmp_path / "ds", jobs=1, progress=False)
    assert (result.documents, result.errors) == (1, [])
    assert dataset.load(tmp_path / "ds")["documents"]["pages"].isna().all()


def _against_folder(tmp_path: Path, parent: Path | None) -> Path:
    """A folder of parents holding an empty file, a binary file and, if given, a real parent."""
    folder = tmp_path / "parents"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    if parent is not None:
        shutil.copy(parent, folder / "parent.txt")
    return folder


def test_check_leaves_out_unreadable_parents_and_checks_against_the_rest(tmp_path, capsys):
    from conftest import ROOT
    case = json.loads((ROOT / "tests/fixtures/check/p1_clean_a/case.json").read_text(encoding="utf-8"))
    folder = _against_folder(tmp_path, ROOT / case["parent"])
    child = ROOT / "tests/fixtures/check/p1_clean_a/child.txt"
    assert cli.main(["check", str(child), "--against", str(folder), "--format", "json"]) == 0
    out, err = capsys.readouterr()
    assert err.splitlines() == [
        f"plans: warning: {folder}/binary.txt: not a text document (binary content) (left out of the collection)",
        f"plans: warning: {folder}/empty.txt: empty file (left out of the collection)"]
    assert [p["source"] for p in json.loads(out)["parents"]] == [f"{folder}/parent.txt"]


def test_check_against_nothing_readable_is_a_usage_error(tmp_path, capsys):
    folder = _against_folder(tmp_path, None)
    child = tmp_path / "child.txt"
    shutil.copy(SEED_000, child)
    assert cli.main(["check", str(child), "--against", str(folder)]) == 2
    assert capsys.readouterr().err.splitlines()[2:] == [
        f"plans: error: --against {folder}: no readable document to check against"]
