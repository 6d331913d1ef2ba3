"""plans check on the parent/child fixtures (tests/fixtures/check, parents are real corpus plans)."""
import json
import subprocess
import sys

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))


@pytest.fixture(scope="module")
def scores():
    from check_fixtures import run
    return run()


@pytest.mark.slow
def test_every_defect_code_is_found(scores):
    assert scores["cases"] >= 58 and sum(scores["defect_pairs"].values()) >= 41
    assert scores["defect_pairs"]["task-not-covered"] >= 14
    for code, recall in scores["recall"].items():
        # task-not-covered counts only when the flagged task is the missing one
        assert recall >= 0.95, (code, recall)


@pytest.mark.slow
def test_clean_children_get_no_warning_or_error(scores):
    assert scores["clean_pairs"] == 17
    assert scores["clean_without_warning"] >= 16


@pytest.mark.slow
def test_cli_formats_languages_and_exit_codes(tmp_path):
    child = ROOT / "tests" / "fixtures" / "check" / "p2_target_weaker" / "child.txt"
    parent = ROOT / "corpus" / "seeds" / "001_f7ed4621f7bb48e0.txt"
    def run(*a):
        return subprocess.run([sys.executable, "-m", "pipeline.cli", "check", str(child), "--against",
                               str(parent), *a], capture_output=True, text=True, cwd=ROOT)
    out = run("--format", "json")
    assert out.returncode == 1  # an error-level finding, --fail-on error
    report = json.loads(out.stdout)
    (weaker,) = [f for f in report["findings"] if f["code"] == "target-weaker"]
    assert weaker["severity"] == "error" and "cấp trên >=90%, kế hoạch >=80%" in weaker["message"]
    plan_ev = [e for e in weaker["evidence"] if e["document"] == "plan"][0]
    text = child.read_text(encoding="utf-8")
    assert plan_ev["text"] == "80%" and plan_ev["text"] in text
    md = run("--format", "md", "--lang", "en").stdout
    assert "Weaker target than the parent's" in md and "# Plan check report" in md
    html = run("--format", "html").stdout
    assert html.startswith("<!doctype html>") and "target-weaker" in html
    clean = ROOT / "tests" / "fixtures" / "check" / "p2_clean_a" / "child.txt"
    ok = subprocess.run([sys.executable, "-m", "pipeline.cli", "check", str(clean), "--against", str(parent),
                         "--fail-on", "warning"], capture_output=True, text=True, cwd=ROOT)
    assert ok.returncode == 0, ok.stdout
    bad = subprocess.run([sys.executable, "-m", "pipeline.cli", "check", str(tmp_path / "missing.txt"),
                          "--against", str(parent)], capture_output=True, text=True, cwd=ROOT)
    assert bad.returncode == 2 and "no such file" in bad.stderr


@pytest.mark.slow
def test_check_against_a_dataset(tmp_path):
    import shutil

    from pipeline import dataset
    from pipeline.check import Against, check_file
    src = tmp_path / "in"
    src.mkdir()
    for f in ("12_KH-CCHC-2026-UBND-LamDong.docx", "14_KH-thi-dua-CCHC-2026-UBND-LamDong.docx"):
        shutil.copy(ROOT / "corpus" / "real" / f, src / f)
    shutil.copy(ROOT / "corpus" / "seeds" / "004_8de1297c99c34097.txt", src / "004.txt")
    dataset.build([str(src)], tmp_path / "ds", jobs=1)
    against = Against.from_paths([str(tmp_path / "ds")])
    rep = check_file(str(ROOT / "tests" / "fixtures" / "check" / "p6_deadline_after_parent" / "child.txt"), against)
    assert [p["source"].rsplit("/", 1)[-1] for p in rep.parents] == ["004.txt"]
    assert [f.code for f in rep.findings if f.severity != "info"] == ["deadline-after-parent"]


@pytest.mark.slow
def test_two_copies_of_the_parent_in_a_dataset_are_not_merged(tmp_path):
    """The same parent under two names has one doc_id; its rows are still read from one file, so
    the check finds what it finds with one copy (merged, each task and target came twice)."""
    import shutil

    from pipeline import dataset
    from pipeline.check import Against, check_file
    fixture = ROOT / "tests" / "fixtures" / "check" / "p6_deadline_after_parent"
    reports = []
    for copies in (1, 2):
        src = tmp_path / f"in{copies}"
        src.mkdir()
        for n in range(copies):
            shutil.copy(ROOT / "corpus" / "seeds" / "004_8de1297c99c34097.txt", src / f"004-{n}.txt")
        dataset.build([str(src)], tmp_path / f"ds{copies}", jobs=1)
        against = Against.from_paths([str(tmp_path / f"ds{copies}")])
        rep = check_file(str(fixture / "child.txt"), against)
        reports.append([(f.code, f.message) for f in rep.findings])
    assert reports[1] == reports[0]
    assert [code for code, _ in reports[0] if code != "numbering-gap"] == ["deadline-after-parent"]


@pytest.mark.slow
def test_cli_checks_several_documents_in_one_process(tmp_path, capsys):
    """``plans check NEW... --against``: one JSON line per document in the order given, the exit
    code the worst of them; an unreadable NEW is an error (2) and the others are still reported;
    an --against folder with no readable document is a usage error (2)."""
    from pipeline.cli import main
    fixtures = ROOT / "tests" / "fixtures" / "check"
    parent = str(ROOT / "corpus" / "seeds" / "001_f7ed4621f7bb48e0.txt")
    weaker, clean = str(fixtures / "p2_target_weaker" / "child.txt"), str(fixtures / "p2_clean_a" / "child.txt")
    assert main(["check", clean, weaker, "--against", parent, "--format", "json"]) == 1
    lines = capsys.readouterr().out.splitlines()
    reports = [json.loads(line) for line in lines]
    assert [r["plan"].rsplit("/", 2)[-2] for r in reports] == ["p2_clean_a", "p2_target_weaker"]
    assert all(r["schema"] == "plans-check/1" for r in reports)
    assert "target-weaker" in [f["code"] for f in reports[1]["findings"]]
    assert main(["check", clean, "--against", parent, "--fail-on", "warning", "--format", "json"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1
    # Markdown: one section per document
    assert main(["check", clean, weaker, "--against", parent]) == 1
    md = capsys.readouterr().out
    assert md.count("## Kế hoạch:") == 2 and md.count("# Kết quả đối chiếu kế hoạch") == 1
    # an unreadable NEW among others: exit 2, the other still reported
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert main(["check", str(empty), weaker, "--against", parent, "--format", "json"]) == 2
    out = capsys.readouterr()
    assert len(out.out.splitlines()) == 1 and "empty.txt" in out.err
    # an empty --against folder, or one with nothing readable: usage error
    (tmp_path / "none").mkdir()
    assert main(["check", clean, "--against", str(tmp_path / "none")]) == 2
    assert "no readable document" in capsys.readouterr().err
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "x.txt").write_bytes(b"")
    assert main(["check", clean, "--against", str(tmp_path / "bad")]) == 2
    assert "no readable document" in capsys.readouterr().err
