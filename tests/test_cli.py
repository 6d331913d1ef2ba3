import json
import subprocess
import sys
import time

import pytest

from conftest import ROOT, SEED_000, SEED_001, SEED_004


def run(*args):
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], capture_output=True,
                          text=True, cwd=ROOT)


@pytest.mark.slow  # (a process starting the pipeline: 2 s)
def test_extract_one_file_prints_the_contract():
    out = run("extract", str(SEED_000))
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert doc["schema"] == "plans/2"
    assert set(doc) >= {"document", "sections", "references", "dates", "targets", "responsibilities",
                        "recipients", "abbreviations", "warnings"}
    assert doc["document"]["issued_date"] == "2024-01-05" and "text" not in doc


@pytest.mark.slow  # (a process starting the pipeline: 2 s)
def test_extract_several_files_json_lines_and_failures(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    out = run("extract", "--with-text", str(SEED_000), str(bad), str(SEED_004))
    assert out.returncode == 1
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert [line["document"]["source"] for line in lines] == [str(SEED_000), str(SEED_004)]
    start, end = lines[0]["dates"][0]["start"], lines[0]["dates"][0]["end"]
    assert lines[0]["text"][start:end] == lines[0]["dates"][0]["text"]
    assert f"{bad}: empty file" in out.stderr and "Traceback" not in out.stderr


@pytest.mark.slow  # 1.9 s: spawns the CLI six times
def test_usage_errors_exit_2():
    assert run().returncode == 2
    assert run("extract").returncode == 2
    assert run("frobnicate").returncode == 2

def test_a_memory_size_that_is_none_is_a_usage_error(capsys):
    from pipeline.cli import main
    for size in ("inf", "nan", "2X", "10M"):  # not sizes, or under the 64M floor: a message, no traceback
        assert main(["extract", str(SEED_000), "--max-memory", size]) == 2
        assert "argument --max-memory" in capsys.readouterr().err


@pytest.mark.slow
def test_build_writes_tables(tmp_path):
    out = run("build", str(SEED_000), str(SEED_004), "--out", str(tmp_path / "ds"))
    assert out.returncode == 0, out.stderr
    assert "2 documents, 0 errors" in out.stdout
    from pipeline.dataset import load
    tables = load(tmp_path / "ds")
    assert len(tables["documents"]) == 2
    refs = tables["references"]
    row = refs[refs["code"] == "31/KH-LĐLĐ"].iloc[0]
    assert (row["date"], row["relation"], row["source"]) == ("2024-03-29", "implements", str(SEED_004))
    assert (tmp_path / "ds" / "manifest.json").exists() and (tmp_path / "ds" / "dates.csv").exists()


# The first build of the lock test: its workers wait for a file before extracting, so it is
# certainly still running (holding the lock) when the second build starts.
HELD_BUILD = """
import sys, time
from pathlib import Path
from pipeline import batch, cli
real, go = batch.process_bytes, Path(sys.argv[1])
def held(task):
    deadline = time.monotonic() + 600  # (a bound on a stuck test, not a speed check)
    while not go.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    return real(task)
batch.process_bytes = held  # inherited by the forked workers
sys.exit(cli.main(sys.argv[2:]))
"""


@pytest.mark.slow
def test_a_second_build_into_the_same_folder_exits_2_and_leaves_the_first_alone(tmp_path):
    out, go = tmp_path / "ds", tmp_path / "go"
    first = subprocess.Popen([sys.executable, "-c", HELD_BUILD, str(go), "build", str(SEED_000), str(SEED_004),
                              "--out", str(out), "--jobs", "1"],
                             cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 600  # (a bound on a stuck build, not a speed check)
        while not (out / ".journal.jsonl").exists():  # written under the lock
            assert first.poll() is None and time.monotonic() < deadline
            time.sleep(0.05)
        second = run("build", str(SEED_001), "--out", str(out))
        assert (second.returncode, second.stdout) == (2, "")
        assert second.stderr == f"plans: error: {out}: another plans build is writing this dataset (pid {first.pid})\n"
    finally:
        go.touch()
        stdout, stderr = first.communicate(timeout=600)
    assert first.returncode == 0, stderr
    assert "2 documents, 0 errors" in stdout
    from pipeline.dataset import load
    assert sorted(load(out)["documents"]["source"]) == [str(SEED_000), str(SEED_004)]


@pytest.mark.slow
def test_build_refuses_a_folder_that_is_not_a_dataset(tmp_path):
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "documents.csv").write_text("my,own\n1,2\n", encoding="utf-8")
    (mine / "manifest.json").write_text('{"title": "my project"}', encoding="utf-8")
    before = {p.name: p.read_bytes() for p in mine.iterdir()}
    out = run("build", str(SEED_000), "--out", str(mine))
    assert (out.returncode, out.stdout) == (2, "")
    assert out.stderr == (f"plans: error: {mine}: not a plans dataset (holds other files); "
                          "choose an empty or new folder\n")
    assert {p.name: p.read_bytes() for p in mine.iterdir()} == before  # not even a lock file
    empty = tmp_path / "empty"
    empty.mkdir()
    assert run("build", str(SEED_000), "--out", str(empty)).returncode == 0
    again = run("build", str(SEED_000), "--out", str(empty))  # its own dataset: fine
    assert again.returncode == 0 and "nothing changed" in again.stdout


@pytest.mark.slow
def test_build_retry_errors(tmp_path):
    args = ("build", str(SEED_000), "--out", str(tmp_path / "ds"), "--max-bytes", "100")
    first = run(*args)
    assert first.returncode == 1
    assert first.stderr == f"  error: {SEED_000}: too large (9582 bytes; limit 100)\n"
    same = run(*args)
    assert same.returncode == 1 and same.stdout.startswith("plans build: nothing changed (0 documents, 1 errors)")
    retried = run(*args, "--retry-errors")
    assert retried.returncode == 1
    assert "0 documents, 1 errors; 1 extracted (1 earlier errors retried), 0 unchanged" in retried.stdout
