"""plans build on real corpus files: incremental reruns, robustness, export."""
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from pipeline import batch, dataset
from pipeline.rows import TABLES
from pipeline.spreadsheet import write_frame

from conftest import GENERATED, REAL, ROOT, SEED_000, SEED_004, SEEDS, WEB


def _corpus(tmp_path, n_web=8):
    src = tmp_path / "in"
    src.mkdir()
    for f in sorted(SEEDS.glob("*.txt")) + sorted(WEB.glob("*.txt"))[:n_web]:
        shutil.copy(f, src / f.name)
    shutil.copy(GENERATED / "d01.pdf", src / "d01.pdf")
    shutil.copy(REAL / "14_KH-thi-dua-CCHC-2026-UBND-LamDong.docx", src / "kh14.docx")
    return src


def _tables_equal(a, b):
    ta, tb = dataset.load(a), dataset.load(b)
    assert set(ta) == set(tb)
    for name in ta:
        x = ta[name].sort_values(list(ta[name].columns[:3])).reset_index(drop=True)
        y = tb[name].sort_values(list(tb[name].columns[:3])).reset_index(drop=True)
        pd.testing.assert_frame_equal(x, y, check_dtype=True)


@pytest.mark.slow
def test_incremental_rerun_changes_removals_and_force(tmp_path):
    src = _corpus(tmp_path)
    out = tmp_path / "ds"
    first = dataset.build([str(src)], out, jobs=2)
    assert (first.documents, first.extracted, first.errors) == (15, 15, [])
    again = dataset.build([str(src)], out, jobs=2)
    assert again.unchanged and again.extracted == 0
    # change one, remove one, add one
    (src / "d01.txt").write_text((src / "d01.txt").read_text(encoding="utf-8") + "\nII. NỘI DUNG\n", encoding="utf-8")
    (src / "d02.txt").unlink()
    shutil.copy(WEB / "d20.txt", src / "d20.txt")
    third = dataset.build([str(src)], out, jobs=2)
    assert (third.extracted, third.removed, third.reused, third.documents) == (2, 1, 13, 15)
    tables = dataset.load(out)
    assert "d02.txt" not in " ".join(tables["documents"]["source"])
    sec = tables["sections"]
    assert ((sec["source"] == str(src / "d01.txt")) & (sec["label"] == "II")).any()
    dataset.build([str(src)], tmp_path / "fresh", jobs=1, force=True)
    _tables_equal(out, tmp_path / "fresh")


def test_load_dtypes_and_provenance(tmp_path):
    src = _corpus(tmp_path, n_web=2)
    dataset.build([str(src)], tmp_path / "ds", jobs=1)
    t = dataset.load(tmp_path / "ds")
    assert str(t["targets"]["value"].dtype) == "Float64" and str(t["dates"]["start"].dtype) == "Int64"
    # A range's upper end and the target's kind (SPEC §2.1): "until" null but for ranges.
    assert str(t["targets"]["until"].dtype) == "Float64"
    assert set(t["targets"]["kind"]) <= {"target", "achieved", "threshold"}
    assert str(t["references"]["short_form"].dtype) == "boolean"
    row = t["dates"][t["dates"]["role"] == "deadline"].iloc[0]
    text = t["texts"].set_index("doc_id").loc[row["doc_id"], "text"]
    assert text[row["start"]:row["end"]] == row["text"]
    pdf_dates = t["dates"][t["dates"]["source"].str.endswith("d01.pdf")]
    assert pdf_dates["page"].notna().all()


def _slow_or_crash(task):
    import os
    import time
    if task.source.endswith("slow.txt"):
        time.sleep(3600)  # hangs: only the time limit ends it
    if task.source.endswith("crash.txt"):
        os._exit(3)
    return _real_process(task)


_real_process = batch.process_bytes


@pytest.mark.slow
def test_time_limit_and_crashed_worker_lose_nothing_else(tmp_path, monkeypatch):
    # The limit is far above what a plan takes on a loaded machine (under 2 s alone; the first
    # in a worker loads the tagger), and the hanging document never ends by itself.
    src = _corpus(tmp_path, n_web=3)
    shutil.copy(SEEDS / "000_52c815cd960990dc.txt", src / "slow.txt")
    shutil.copy(SEEDS / "001_f7ed4621f7bb48e0.txt", src / "crash.txt")
    monkeypatch.setattr(batch, "process_bytes", _slow_or_crash)  # inherited by forked workers
    result = dataset.build([str(src)], tmp_path / "ds", jobs=2, timeout=60)
    reasons = {e["source"].rsplit("/", 1)[-1]: e["reason"] for e in result.errors}
    assert reasons == {"slow.txt": "timed out after 60 s", "crash.txt": "worker crashed while extracting (exit code 3)"}
    assert result.documents == 10
    errors = dataset.load(tmp_path / "ds")["errors"]
    assert sorted(errors["reason"]) == sorted(reasons.values())


@pytest.mark.slow  # (a build and an export: 1.1 s; tests/test_archive.py covers the export)
def test_export_sqlite_full_text(tmp_path):
    from pipeline.export import export_sqlite
    src = _corpus(tmp_path, n_web=2)
    dataset.build([str(src)], tmp_path / "ds", jobs=1)
    counts = export_sqlite(tmp_path / "ds", tmp_path / "plans.sqlite")
    assert counts["documents"] == 9
    con = sqlite3.connect(tmp_path / "plans.sqlite")
    hits = con.execute("SELECT source, kind FROM search WHERE search MATCH ? ORDER BY rank",
                       ('"phòng cháy"',)).fetchall()
    assert {h[0].rsplit("/", 1)[-1] for h in hits} == {"d01.txt", "d01.pdf"}
    assert "title" in {h[1] for h in hits}
    n_refs = con.execute('SELECT count(*) FROM "references"').fetchone()[0]
    assert n_refs == len(dataset.load(tmp_path / "ds")["references"]) > 0


@pytest.mark.slow
def test_a_journal_line_cut_by_a_kill_is_dropped_and_its_document_extracted_again(tmp_path):
    """A run killed while writing leaves its journal's last line unfinished; the rerun appends
    after it. The cut line is dropped first, so the next line is read whole, the finished lines
    are taken back and the cut document is extracted again."""
    src = _corpus(tmp_path, n_web=2)
    reference = dataset.build([str(src)], tmp_path / "ref", jobs=1)
    out = tmp_path / "killed"
    out.mkdir()
    files = sorted(str(p) for p in src.iterdir())
    lines = [batch.process_bytes(batch.Task(f, dataset.sha256_file(f))).journal_line() for f in files[:3]]
    with open(out / ".journal.jsonl", "w", encoding="utf-8") as fh:
        fh.write(dataset._journal_header(dataset.pipeline_fingerprint()) + "\n")
        fh.write(lines[0] + "\n" + lines[1] + "\n" + lines[2][:len(lines[2]) // 2])
    resumed = dataset.build([str(src)], out, jobs=1)
    assert resumed.extracted == reference.documents - 2  # two whole lines taken back, the cut one redone
    _tables_equal(out, tmp_path / "ref")
    assert not (out / ".journal.jsonl").exists()


def test_dropping_a_cut_journal_line(tmp_path):
    path = tmp_path / "j.jsonl"
    for content, kept in ((b"", b""), (b'{"a": 1}\n', b'{"a": 1}\n'), (b'{"a": 1}\n{"b"', b'{"a": 1}\n'),
                          (b'{"b"', b""), (b"x" * 200000, b""), (b"y\n" + b"x" * 200000, b"y\n")):
        path.write_bytes(content)
        dataset._drop_torn_tail(path)
        assert path.read_bytes() == kept
    dataset._drop_torn_tail(tmp_path / "missing.jsonl")  # no journal: nothing to do


def test_csv_cells_that_would_start_a_formula_get_a_quote_and_parquet_keeps_the_text(tmp_path):
    """OWASP's CSV-injection rule, in the CSV files only: the Parquet files keep the exact text; a
    cell holding a line break (a lone CR too) is quoted, so every row reads back whole."""
    titles = ["=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "\tTab", "\rCR", "Kế hoạch = 5", None,
              "một\rhai", "ba\nbốn"]
    df = dataset._frame("documents", [{"doc_id": f"d{i}", "title": t, "pages": -3 if i == 2 else 1}
                                      for i, t in enumerate(titles)])
    df.to_parquet(tmp_path / "documents.parquet", index=False)
    write_frame(df, tmp_path / "documents.csv")  # as the build writes it
    csv = pd.read_csv(tmp_path / "documents.csv", dtype=str, keep_default_na=False)
    assert list(csv["doc_id"]) == [f"d{i}" for i in range(10)]
    assert list(csv["title"]) == ["'=HYPERLINK(\"http://x\")", "'+1", "'-2", "'@SUM(A1)", "'\tTab", "'\rCR",
                                  "Kế hoạch = 5", "", "một\rhai", "ba\nbốn"]
    assert list(csv["pages"]) == ["1", "1", "-3", "1", "1", "1", "1", "1", "1", "1"]  # a number is no formula
    assert list(pd.read_parquet(tmp_path / "documents.parquet")["title"].iloc[:7]) == titles[:7]
    assert list(df["title"].iloc[:7]) == titles[:7]  # the frame itself is not changed
    # and the standard library's reader, as a spreadsheet import would read it
    import csv as stdcsv
    with open(tmp_path / "documents.csv", newline="", encoding="utf-8") as fh:
        assert [row["title"] for row in stdcsv.DictReader(fh)] == list(csv["title"])


def test_the_graph_csv_is_neutralised_too(tmp_path):
    from pipeline.spreadsheet import write_rows
    write_rows([{"id": "=1+1", "title": "a\rb"}, {"id": "x", "title": "@c"}], ["id", "title"], tmp_path / "g.csv")
    assert pd.read_csv(tmp_path / "g.csv", dtype=str).to_dict("records") == [
        {"id": "'=1+1", "title": "a\rb"}, {"id": "x", "title": "'@c"}]


def test_a_build_into_a_locked_dataset_fails_at_once_and_touches_nothing(tmp_path):
    import fcntl
    out = tmp_path / "ds"
    out.mkdir()
    with open(out / ".lock", "w") as fh:  # as another build holds it
        fh.write("4242\n")
        fh.flush()
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        with pytest.raises(dataset.DatasetBusy) as exc:
            dataset.build([str(SEED_000)], out, jobs=1)
        assert str(exc.value) == f"{out}: another plans build is writing this dataset (pid 4242)"
        assert sorted(p.name for p in out.iterdir()) == [".lock"]
        assert (out / ".lock").read_text() == "4242\n"
    assert dataset.build([str(SEED_000)], out, jobs=1).documents == 1  # released: it builds


@pytest.mark.slow
@pytest.mark.parametrize("reader", ["load", "build"])
def test_a_build_killed_while_switching_its_tables_in_is_completed_by_the_next_reader(tmp_path, monkeypatch,
                                                                                     reader):
    src = _corpus(tmp_path, n_web=2)
    out = tmp_path / "ds"
    dataset.build([str(src)], out, jobs=1)
    (src / "d02.txt").unlink()
    dataset.build([str(src)], tmp_path / "clean", jobs=1)
    replace, made = os.replace, []

    def killed_after_the_first_rename(a, b):  # the swap's record is written, one table switched
        if Path(b).name != ".swap.json":
            if made:
                raise OSError("killed")
            made.append(Path(b).name)
        replace(a, b)
    monkeypatch.setattr(os, "replace", killed_after_the_first_rename)
    with pytest.raises(OSError, match="killed"):
        dataset.build([str(src)], out, jobs=1)
    monkeypatch.undo()
    # On disk, a mix: the new documents beside the old manifest and the other old tables.
    assert made == ["documents.parquet"]
    old_manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert (len(pd.read_parquet(out / "documents.parquet")), old_manifest["rows"]["documents"]) == (8, 9)
    assert (out / ".swap.json").exists() and (out / ".journal.jsonl").exists()
    if reader == "load":
        dataset.load(out)
    else:
        assert dataset.build([str(src)], out, jobs=1).unchanged
    assert not (out / ".swap.json").exists()
    assert [p.name for p in out.iterdir() if ".tmp-" in p.name] == []
    _tables_equal(out, tmp_path / "clean")
    assert json.loads((out / "manifest.json").read_text(encoding="utf-8"))["rows"]["documents"] == 8
    again = dataset.build([str(src)], out, jobs=1)
    assert again.unchanged and not (out / ".journal.jsonl").exists()


def test_load_names_a_table_that_does_not_match_the_manifest(tmp_path):
    out = tmp_path / "ds"
    dataset.build([str(SEED_000)], out, jobs=1)
    dates = pd.read_parquet(out / "dates.parquet")
    dates.iloc[:-1].to_parquet(out / "dates.parquet", index=False)
    with pytest.raises(dataset.DatasetError) as exc:
        dataset.load(out)
    assert str(exc.value) == (f"{out}: table dates has {len(dates) - 1} rows where the manifest records "
                              f"{len(dates)}: it was changed after the build; rebuild (plans build --force)")
    (out / "dates.parquet").unlink()
    with pytest.raises(dataset.DatasetError) as exc:
        dataset.load(out)
    assert str(exc.value) == f"{out}: table dates is missing (the manifest records {len(dates)} rows)"


def test_a_build_removes_the_temporary_files_of_killed_builds(tmp_path):
    out = tmp_path / "ds"
    dataset.build([str(SEED_000)], out, jobs=1)
    for name in (".documents.parquet.tmp-999999-0badcafe", ".swap.json.tmp-999999", ".manifest.json.tmp-4"):
        (out / name).write_bytes(b"cut")
    assert dataset.build([str(SEED_000)], out, jobs=1).unchanged
    tables = [*TABLES, "links", "works"]
    files = {".lock", "manifest.json"} | {f"{t}.{ext}" for t in tables for ext in ("parquet", "csv")}
    assert sorted(p.name for p in out.iterdir()) == sorted(files)


@pytest.mark.slow  # (two builds: 2.5 s)
def test_errors_of_a_size_limit_are_retried_when_it_grows(tmp_path):
    out, big, small = tmp_path / "ds", str(SEED_000), str(SEED_004)  # 9,582 and 7,784 bytes

    def build(**kwargs):
        return dataset.build([big, small], out, jobs=1, **kwargs)
    first = build(max_bytes=100)
    assert first.documents == 0
    assert first.errors == [{"source": big, "reason": "too large (9582 bytes; limit 100)"},
                            {"source": small, "reason": "too large (7784 bytes; limit 100)"}]
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["inputs"][small] == {
        "sha256": dataset.sha256_file(small), "status": "error", "reason": "too large (7784 bytes; limit 100)",
        "depends_on": "max_bytes",
        "settings": {"timeout": 120.0, "max_bytes": 100, "jobs": 1, "max_memory": dataset.DEFAULT_MAX_MEMORY}}
    assert build(max_bytes=100).unchanged
    grown = build(max_bytes=9000)
    assert (grown.unchanged, grown.extracted, grown.retried, grown.reused, grown.documents) == (False, 2, 2, 0, 1)
    assert grown.errors == [{"source": big, "reason": "too large (9582 bytes; limit 9000)"}]
    assert build(max_bytes=9000).unchanged
    assert build(max_bytes=8000).unchanged  # less generous: the error stands
    again = build(max_bytes=9000, retry_errors=True)
    assert (again.extracted, again.retried, again.reused, again.documents) == (1, 1, 1, 1)
    unlimited = build()
    assert (unlimited.extracted, unlimited.retried, unlimited.documents, unlimited.errors) == (1, 1, 2, [])
    assert sorted(dataset.load(out)["documents"]["source"]) == [big, small]


@pytest.mark.parametrize(("reason", "made_under", "now", "retried"), [
    ("timed out after 60 s", {"timeout": 60.0}, {"timeout": 120.0}, True),
    ("timed out after 60 s", {"timeout": 60.0}, {"timeout": 60.0}, False),
    ("timed out after 60 s", {"timeout": 60.0}, {"timeout": 30.0}, False),
    ("worker crashed while extracting (exit code -9)", {"jobs": 4}, {"jobs": 2}, True),
    ("worker crashed while extracting (exit code -9)", {"jobs": 2}, {"jobs": 2}, False),
    ("out of memory while extracting", {"jobs": 4}, {"jobs": 1}, True),
    ("out of memory while extracting", {"jobs": 1, "max_memory": 2 ** 28}, {"jobs": 1, "max_memory": 2 ** 30}, True),
    ("out of memory while extracting", {"jobs": 1, "max_memory": 2 ** 30}, {"jobs": 1, "max_memory": 2 ** 30}, False),
    ("worker crashed while extracting (exit code -6)", {"jobs": 1, "max_memory": 2 ** 28},
     {"jobs": 1, "max_memory": None}, True),
    ("worker crashed while extracting (exit code -6)", {"jobs": 1, "max_memory": None},
     {"jobs": 1, "max_memory": 2 ** 30}, False),
    ("too large (9582 bytes; limit 100)", {"max_bytes": 100}, {"max_bytes": None}, True),
    ("too large (9582 bytes; limit 100)", {"max_bytes": 100}, {"max_bytes": 99}, False),
    ("timed out after 60 s", None, {"timeout": 60.0}, True),  # settings not recorded
    ("encrypted PDF (password protected)", {"timeout": 60.0}, {"timeout": 600.0}, False),
    ("not a text document (binary content)", None, {"timeout": 60.0}, False),
])
def test_which_errors_a_rerun_retries(reason, made_under, now, retried):
    assert dataset._retry(reason, made_under, now, retry_errors=False) is retried
    assert dataset._retry(reason, made_under, now, retry_errors=True) is True


@pytest.mark.parametrize(("journal_timeout", "extracted"), [(1.0, 1), (120.0, 0)])
def test_an_interrupted_runs_timeout_is_retried_under_a_longer_timeout(tmp_path, journal_timeout, extracted):
    out = tmp_path / "ds"
    out.mkdir()
    source = str(SEED_000)
    error = {"source": source, "sha256": dataset.sha256_file(source), "error": "timed out after 1 s",
             "settings": {"timeout": journal_timeout, "max_bytes": None, "jobs": 1}}
    with open(out / ".journal.jsonl", "w", encoding="utf-8") as fh:
        fh.write(dataset._journal_header(dataset.pipeline_fingerprint()) + "\n" + json.dumps(error) + "\n")
    result = dataset.build([source], out, jobs=1, timeout=120)
    assert (result.extracted, result.documents, len(result.errors)) == (extracted, extracted, 1 - extracted)


@pytest.mark.slow
def test_a_document_over_the_memory_cap_is_an_error_row_and_retried_when_the_cap_grows(tmp_path):
    """The 34 plans of corpus/real2 three times in one file (3.8 MB) take 100–200 MB beyond a
    worker's start, a 7 KB plan under 5 MB: under `--max-memory 64M` the big one fails (the
    worker's memory watch, Python's MemoryError, or underthesea's Rust core aborting), the small
    one beside it keeps its rows, the pool goes on (exit 1); a build with a larger cap retries it
    without --force. (The build reads Parquet before it forks its workers: 1.3 GB of address space
    reserved and unused, which an address-space cap alone let a worker grow into.)"""
    folder = tmp_path / "in"
    folder.mkdir()
    plans = "".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus" / "real2").glob("p*.txt")))
    (folder / "big.txt").write_text(plans * 3, encoding="utf-8")
    shutil.copy(SEED_004, folder / "small.txt")
    out = tmp_path / "ds"

    def build(cap):
        return subprocess.run([sys.executable, "-m", "pipeline.cli", "build", str(folder), "--out", str(out),
                               "--jobs", "1", "--max-memory", cap], capture_output=True, text=True, cwd=ROOT)
    capped = build("64M")
    assert capped.returncode == 1, capped.stderr
    assert capped.stderr.strip() in (
        f"error: {folder / 'big.txt'}: out of memory while extracting (over the 64 MB limit of --max-memory)",
        f"error: {folder / 'big.txt'}: worker crashed while extracting (exit code -6); an allocation over the "
        "64 MB limit of --max-memory aborts a worker")
    assert list(dataset.load(out)["documents"]["source"]) == [str(folder / "small.txt")]
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["inputs"][str(folder / "big.txt")]["settings"]["max_memory"] == 64 * 1024 ** 2
    assert "nothing changed" in build("64M").stdout
    grown = build("1G")
    assert grown.returncode == 0, grown.stderr
    assert "(1 earlier errors retried)" in grown.stdout
    assert sorted(dataset.load(out)["documents"]["source"]) == [str(folder / "big.txt"), str(folder / "small.txt")]
