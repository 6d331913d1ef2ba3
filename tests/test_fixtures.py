"""The fixture script renders a corpus text into the official layout, reproducibly."""
import subprocess
import sys

from pipeline.ingest import read

from conftest import GENERATED, ROOT


def test_make_fixtures_reproduces_the_committed_files(tmp_path):
    out = subprocess.run([sys.executable, "scripts/make_fixtures.py", "--out", str(tmp_path), "d01"],
                         capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    for ext in ("pdf", "docx"):
        assert (tmp_path / f"d01.{ext}").read_bytes() == (GENERATED / f"d01.{ext}").read_bytes()
    text = read(tmp_path / "d01.pdf").text
    assert text.startswith("ỦY BAN NHÂN DÂN\nTỈNH TRÀ VINH")
