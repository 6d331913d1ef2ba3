"""Benchmark of `plans build` on a generated corpus.

    .venv/bin/python benchmarks/build_bench.py [--n 10000] [--dask-n 2000] [--jobs 2]

Reports, measured in one run on this machine: building N plans with --jobs (wall time, documents
per second, peak memory of the whole process tree), a rerun with nothing changed, and the Dask
speed-up from 1 to 2 workers (LocalCluster) on a subset. Writes benchmarks/results/build.json and
prints a Markdown table.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))


def _tree_rss(pid: int) -> int:
    """Memory (bytes) of a process and all its descendants, from /proc: the proportional set size
    (PSS), so that pages the forked workers share with their parent are counted once."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
                children.setdefault(ppid, []).append(int(entry))
            except (OSError, ValueError, IndexError):
                continue
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/smaps_rollup") as fh:
                for line in fh:
                    if line.startswith("Pss:"):
                        total += int(line.split()[1]) * 1024
                        break
        except OSError:
            pass
        stack += children.get(p, [])
    return total


def run(cmd: list[str]) -> tuple[float, int, str]:
    """Wall time, peak tree RSS and stdout of a command."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=ROOT)
    peak = 0
    stop = threading.Event()

    def sample():
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, _tree_rss(proc.pid))
            time.sleep(0.2)
    t = threading.Thread(target=sample, daemon=True)
    t.start()
    out, _ = proc.communicate()
    stop.set()
    t.join()
    return time.perf_counter() - started, peak, out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=10000)
    ap.add_argument("--dask-n", type=int, default=2000)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--keep", action="store_true", help="keep the generated corpus and datasets")
    args = ap.parse_args()
    from make_batch import make_batch
    plans = [str(ROOT / ".venv" / "bin" / "plans")] if (ROOT / ".venv" / "bin" / "plans").exists() else ["plans"]
    work = Path(tempfile.mkdtemp(prefix="plans-bench-"))
    results: dict = {"machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                                 "platform": platform.platform()}}
    try:
        t0 = time.perf_counter()
        make_batch(work / "corpus", args.n, bad_fraction=0.0, seed=1)
        results["generate_seconds"] = round(time.perf_counter() - t0, 1)
        size = sum(f.stat().st_size for f in (work / "corpus").rglob("*") if f.is_file())
        results["corpus"] = {"documents": args.n, "megabytes": round(size / 1e6, 1)}

        build = plans + ["build", str(work / "corpus"), "--out", str(work / "ds"), "--jobs", str(args.jobs)]
        secs, peak, _ = run(build)
        results["build"] = {"seconds": round(secs, 1), "documents_per_second": round(args.n / secs, 1),
                            "peak_memory_mb": round(peak / 1e6), "jobs": args.jobs}
        secs, peak, _ = run(build)
        results["rerun_unchanged"] = {"seconds": round(secs, 2), "peak_memory_mb": round(peak / 1e6)}

        sub = work / "subset"
        sub.mkdir()
        for i, f in enumerate(sorted((work / "corpus").rglob("*.txt"))[:args.dask_n]):
            shutil.copy(f, sub / f"{i:05d}{f.suffix}")
        dask, compute = {}, {}
        for workers in (1, 2):
            secs, _, _ = run(plans + ["build", str(sub), "--out", str(work / f"dask{workers}"), "--force",
                                      "--dask-scheduler", "local", "--jobs", str(workers)])
            dask[workers] = secs
            manifest = json.loads((work / f"dask{workers}" / "manifest.json").read_text(encoding="utf-8"))
            compute[workers] = manifest["run"]["compute_seconds"]
        # End to end includes starting the LocalCluster and writing the tables (the same for 1 and
        # 2 workers); the compute phase is submit-to-last-result.
        results["dask"] = {"documents": args.dask_n, "seconds_1_worker": round(dask[1], 1),
                           "seconds_2_workers": round(dask[2], 1), "speedup": round(dask[1] / dask[2], 2),
                           "compute_seconds_1_worker": compute[1], "compute_seconds_2_workers": compute[2],
                           "compute_speedup": round(compute[1] / compute[2], 2)}
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    out = ROOT / "benchmarks" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "build.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    b, r, d = results["build"], results["rerun_unchanged"], results["dask"]
    print(f"| measure | result | goal |\n|---|---|---|\n"
          f"| build {args.n} plans, --jobs {b['jobs']} | {b['seconds']} s ({b['documents_per_second']} docs/s), "
          f"peak {b['peak_memory_mb']} MB | ≤ 300 s, ≤ 1000 MB |\n"
          f"| rerun, nothing changed | {r['seconds']} s | ≤ 10 s |\n"
          f"| Dask LocalCluster 1 → 2 workers ({d['documents']} plans), end to end | {d['seconds_1_worker']} s → "
          f"{d['seconds_2_workers']} s: ×{d['speedup']} | ≥ 1.8 |\n"
          f"| Dask 1 → 2 workers, compute phase | {d['compute_seconds_1_worker']} s → "
          f"{d['compute_seconds_2_workers']} s: ×{d['compute_speedup']} | ≥ 1.8 |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
