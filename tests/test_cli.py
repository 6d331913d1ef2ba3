import json
import subprocess
import sys

from conftest import ROOT, SEED_000, SEED_004


def run(*args):
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], capture_output=True,
                          text=True, cwd=ROOT)


def test_extract_one_file_prints_the_contract():
    out = run("extract", str(SEED_000))
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert doc["schema"] == "plans/1"
    assert set(doc) >= {"document", "sections", "references", "dates", "targets", "responsibilities",
                        "recipients", "abbreviations", "warnings"}
    assert doc["document"]["issued_date"] == "2024-01-05" and "text" not in doc


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


def test_usage_errors_exit_2():
    assert run().returncode == 2
    assert run("extract").returncode == 2
    assert run("frobnicate").returncode == 2


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
