"""The hostile-input cases of issue 12, each run alone through `plans extract` and all together in
one `plans build` batch beside good files: outcome, wall time and peak memory per case.

    .venv/bin/python benchmarks/hostile_cases.py      # ~3 min; results in benchmarks/results/hostile_cases.json

Each case's file is built here (the generators of tests/test_hostile_readers.py and
tests/test_hostile_text.py). Peak memory is the largest resident set of the command and its
workers (GNU time's %M).
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from test_hostile_readers import _docx, _p, _roman_list, _ruled_pdf  # noqa: E402

PLANS = [sys.executable, "-m", "pipeline.cli"]
GOOD = [ROOT / "corpus" / "seeds" / "004_8de1297c99c34097.txt",
        ROOT / "corpus" / "real" / "12_KH-CCHC-2026-UBND-LamDong.docx",
        ROOT / "corpus" / "real" / "01_KH-related_TTr-124-SNV-LamDong_ke-hoach-thi-dua-CCHC-2026.pdf"]


def _docx_app_pages(folder: Path) -> Path:
    import zipfile
    path = folder / "pages-2e63.docx"
    source = _docx(folder, _p("Kế hoạch") + _p("Nội dung"), name="base.docx")
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(path, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/app.xml":
                data = data.replace(b"<Pages>", b"<Pages>9223372036854775808").replace(b"</Pages>", b"</Pages>")
                if b"<Pages>" not in data:
                    data = data.replace(b"</Properties>", b"<Pages>9223372036854775808</Pages></Properties>")
            zout.writestr(info.filename, data)
    source.unlink()
    return path


def _scan_200_inch(folder: Path) -> Path:
    from PIL import Image
    from reportlab.pdfgen import canvas
    image = folder / "scan.png"
    Image.new("L", (400, 400), 255).save(image)
    path = folder / "scan-200-inch.pdf"
    side = 200 * 72.0
    c = canvas.Canvas(str(path), pagesize=(side, side))
    c.drawImage(str(image), 0, 0, side, side)
    c.save()
    image.unlink()
    return path


def build_cases(folder: Path) -> dict[str, Path]:
    """Every case's file, by the name the table gives it."""
    plan = (ROOT / "corpus" / "web" / "d01.txt").read_bytes()
    cases: dict[str, Path] = {}

    def text(name: str, data: bytes) -> None:
        path = folder / name
        path.write_bytes(data)
        cases[name] = path
    cases["DOCX Roman list from 10^15"] = _docx(folder, _p("Mục", "3") * 3, _roman_list("1000000000000000"),
                                                "roman.docx")
    cases["DOCX gridSpan 10^8"] = _docx(folder, '<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="100000000"/></w:tcPr>'
                                        + _p("Ô") + "</w:tc></w:tr></w:tbl>", name="gridspan.docx")
    cases["DOCX 60 MB of empty paragraphs (60 KB zipped)"] = _docx(folder, "<w:p/>" * 10_000_000,
                                                                   name="empty-paras.docx")
    cases["DOCX page count 2^63 in app.xml"] = _docx_app_pages(folder)
    text("html-20000-nested-tables.html",
         ("".join(f"<table><tr><td>c{i}" for i in range(20_000)) + "</td></tr></table>" * 20_000).encode())
    text("html-1000-deep.html", ("<div>" * 1000 + "<p>Mục tiêu</p>" + "</div>" * 1000).encode())
    text("newlines-49MB.txt", b"K\n" + b"\n" * 49_000_000)
    cases["PDF 4,000 x 4,000 ruled grid"] = _ruled_pdf(folder / "grid.pdf", 4000, 3.0)
    cases["PDF 200-inch scanned page"] = _scan_200_inch(folder)
    text("1MB-of-1.txt", b"1.\n" * 350_000)
    text("5MB-of-dash-plus.txt", b"- + " * 1_250_000)
    text("1MB-combining-marks.txt", b"a" + "\u0301\u0323".encode() * 250_000)
    text("5MB-items-one-label.txt", "1. Giao Sở Nội vụ chủ trì.\n".encode() * 180_000)
    text("utf8-one-bad-byte.txt", plan[:1200] + b"\xff" + plan[1200:])
    text("utf8-cut-mid-character.txt", plan[:plan.index("KẾ HOẠCH".encode()) + 3])
    text("nbsp-between-words.txt", plan.decode().replace(" ", "\u00a0").encode())
    text("zero-width-spaces.txt", plan.decode().replace(" ", " \u200b").encode())
    text("rtl-marks.txt", plan.decode().replace(" ", "\u200f ").encode())
    text("empty.txt", b"")
    text("binary.txt", bytes(range(256)) * 64)
    text("-x.doc", b"\xd0\xcf\x11\xe0" + b"\x00" * 600)
    from PIL import Image
    page = Image.new("L", (620, 877), 255)
    page.save(folder / "blank-scan.pdf", save_all=True, append_images=[page], resolution=75)
    cases["blank scan (2 pages)"] = folder / "blank-scan.pdf"
    fifo = folder / "fifo.txt"
    os.mkfifo(fifo)
    cases["FIFO"] = fifo
    (folder / "loop").symlink_to(folder, target_is_directory=True)
    cases["/dev/zero (symlink)"] = folder / "zero.txt"
    (folder / "zero.txt").symlink_to("/dev/zero")
    cases["missing file"] = folder / "missing.txt"
    odd = os.fsencode(str(folder)) + b"/k\xe9-ho\xe1ch.txt"
    with open(odd, "wb") as fh:
        fh.write(plan)
    cases["non-UTF-8 file name"] = Path(os.fsdecode(odd))
    return cases


def run(command: list[str]) -> tuple[int, str, float, int]:
    """(exit code, stderr's last line, seconds, peak RSS in MB) of a command run under GNU time."""
    started = time.perf_counter()
    done = subprocess.run(["/usr/bin/time", "-f", "%M", *command], capture_output=True, cwd=ROOT,
                          env=dict(os.environ, PYTHONPATH=str(ROOT)), timeout=900)
    seconds = time.perf_counter() - started
    err = [line for line in done.stderr.decode("utf-8", "replace").strip().splitlines()
           if not line.startswith("Command exited with non-zero status")]
    peak = int(err[-1]) // 1024 if err and err[-1].isdigit() else -1
    message = err[-2] if len(err) >= 2 else ""
    return done.returncode, message, seconds, peak


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="hostile-"))
    try:
        cases = build_cases(folder)
        rows = []
        for name, path in cases.items():
            label = name
            code, message, seconds, peak = run([*PLANS, "extract", os.fsdecode(path)])
            message = message.replace(str(folder) + "/", "")
            rows.append({"case": label, "exit": code, "outcome": message[:160] or "extracted",
                         "seconds": round(seconds, 2), "peak_mb": peak})
            print(rows[-1], flush=True)
        good = folder / "good"
        good.mkdir()
        for path in GOOD:
            shutil.copy(path, good / path.name)
        out = folder / "dataset"
        code, message, seconds, peak = run([*PLANS, "build", str(folder), "--out", str(out), "--jobs", "2",
                                            "--timeout", "120"])
        import pandas as pd
        documents = pd.read_parquet(out / "documents.parquet")
        errors = pd.read_parquet(out / "errors.parquet")
        kept = sorted(Path(s).name for s in documents["source"] if "/good/" in s)
        batch = {"exit": code, "seconds": round(seconds, 1), "peak_mb": peak, "documents": len(documents),
                 "errors": len(errors), "good_files_with_rows": kept, "good_files": sorted(p.name for p in GOOD)}
        print(batch)
        result = {"cases": rows, "batch": batch}
        (ROOT / "benchmarks" / "results" / "hostile_cases.json").write_text(
            json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
