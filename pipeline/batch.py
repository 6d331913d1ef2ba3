"""Running the extraction over many documents: a robust local worker pool, or a Dask cluster.

Every document ends as a :class:`Outcome`: its table rows, or an error with a reason a person can
act on. ``process_bytes`` is the unit of work (pure, picklable). :class:`WorkerPool` runs it in N
worker processes with a per-document time limit: a worker that exceeds it (a pathological PDF) or
dies (a crash in a C library) is killed and replaced, its document recorded as "timed out" or
"worker crashed", and nothing else is lost. ``run_dask`` runs the same work on a Dask distributed
cluster, sending each document's bytes to the workers (no shared file system needed), with the
time limit enforced in a child process per document on the worker.
"""
from __future__ import annotations

import contextlib
import json
import multiprocessing as mp
import os
import pickle
import select
import signal
import struct
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from dataclasses import dataclass
from multiprocessing.connection import wait
from pathlib import Path
from typing import Callable, Iterable

from .ingest import IngestError

# The memory a document may take beyond what a worker holds when it starts (the imported
# pipeline): 2 GiB. The largest document of the corpora (a 130 KB plan) takes under 150 MB; the
# hostile inputs that blew up before their readers were bounded took 3–8 GB.
DEFAULT_MAX_MEMORY = 2 * 1024 ** 3
# What a worker's result may be: the document's table rows (a build), or its SPEC JSON (``plans
# extract``, ``plans check``), with or without the normalised text.
OUTPUTS = ("rows", "document", "document+text", "document+text+lines")


# The exit code of a worker its memory watch stopped (see :func:`limit_memory`).
EXIT_OVER_MEMORY = 86
# How often the memory watch reads the worker's resident size (seconds).
MEMORY_WATCH_INTERVAL = 0.05


def _pages(field: int) -> int:
    """A field of /proc/self/statm (0: the size of the address space, 1: the resident set) in
    bytes; 0 where there is no /proc."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[field]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def limit_memory(max_memory: int | None) -> None:
    """Hold this process to ``max_memory`` bytes beyond what it holds now (None: no limit), two
    ways. A watch thread reads the resident set every ``MEMORY_WATCH_INTERVAL`` s and ends the
    process (exit code ``EXIT_OVER_MEMORY``) once it has grown by more: the memory a document
    takes, whatever the allocator. And the address space is capped at what is mapped now plus
    ``max_memory``, so that an allocation faster than the watch fails at once (MemoryError, which
    ends the document as an error while the process lives on); the cap alone is loose where the
    process inherited mappings reserved and unused (a parent that read Parquet: 1.3 GB), which
    the watch is not. The cap is inherited by the programs the process runs (Tesseract,
    antiword), so they are bounded too."""
    import resource
    import threading
    if max_memory is None:
        return
    resident = _pages(1)
    if resident:
        def watch() -> None:
            while True:
                time.sleep(MEMORY_WATCH_INTERVAL)
                if _pages(1) - resident > max_memory:
                    os._exit(EXIT_OVER_MEMORY)
        threading.Thread(target=watch, name="plans-memory-watch", daemon=True).start()
    if not hasattr(resource, "RLIMIT_AS"):
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = _pages(0) + max_memory
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))


# A short plan that takes every stage's lazily loaded parts (the POS model, underthesea's compiled
# core, the vocabularies): see :func:`warm_up`.
_WARM_UP_TEXT = ("KẾ HOẠCH\nThực hiện công tác năm 2025\nI. MỤC ĐÍCH\n1. Sở Nội vụ chủ trì, phối hợp với "
                 "Sở Tài chính đạt 100% cán bộ được tập huấn trước ngày 15/11/2025.")
_warmed = False


def warm_up() -> None:
    """Load what the extraction loads on first use (~1 s, ~100 MB), once per process. The pool does
    it before it forks its workers: they share it, instead of each loading its own, and the memory
    cap counts only what a document takes (a worker loading the models under a tight cap failed
    with an ImportError, or spent its whole time limit)."""
    global _warmed
    if not _warmed:
        from .api import extract_raw
        from .ingest import read_text
        extract_raw(read_text(_WARM_UP_TEXT))
        _warmed = True


def _megabytes(n: int) -> str:
    return f"{n / 1024 ** 2:g} MB"


def _over_memory(max_memory: int) -> str:
    return f"out of memory while extracting (over the {_megabytes(max_memory)} limit of --max-memory)"


def _crash_reason(exit_code: int | None, max_memory: int | None) -> str:
    """Why a worker died, for its document's error row. An abort (SIGABRT) under a memory cap is
    a library giving up on an allocation over the cap (underthesea's Rust core does)."""
    if exit_code == EXIT_OVER_MEMORY and max_memory is not None:
        return _over_memory(max_memory)
    code = "?" if exit_code is None else exit_code
    reason = f"worker crashed while extracting (exit code {code})"
    if exit_code == -signal.SIGABRT and max_memory is not None:
        reason += f"; an allocation over the {_megabytes(max_memory)} limit of --max-memory aborts a worker"
    return reason


@dataclass
class Task:
    source: str  # the path as given, as ``ingest.shown`` writes it (the dataset's provenance key)
    sha256: str
    data: bytes | None = None  # the file's bytes; None: read from ``path`` by the worker
    max_bytes: int | None = None  # larger files are refused ("too large")
    path: str | None = None  # the file's real name, where ``source`` differs from it (not UTF-8)
    output: str = "rows"  # one of OUTPUTS
    max_memory: int | None = None  # the cap it ran under (for the error's reason)

    def file(self) -> Path:
        return Path(self.path if self.path is not None else self.source)


@dataclass
class Outcome:
    source: str
    sha256: str
    # The document's journal line (JSON: source, sha256, rows per table, text), serialised where it
    # was extracted, so that the process collecting thousands of results only writes strings.
    line: str | None = None
    error: str | None = None
    seconds: float = 0.0

    def journal_line(self, settings: dict | None = None) -> str:
        """The journal line; an error's carries the build ``settings`` it was made under, if given
        (a rerun retries it when they grow more generous)."""
        if self.line is not None:
            return self.line
        entry: dict[str, object] = {"source": self.source, "sha256": self.sha256, "error": self.error}
        if settings is not None:
            entry["settings"] = settings
        return json.dumps(entry, ensure_ascii=False)


def process_bytes(task: Task) -> Outcome:
    """Extract one document; any failure becomes an error outcome, never an exception."""
    from .api import extract_raw
    from .ingest import read
    from .rows import document_rows
    started = time.perf_counter()
    try:
        if task.data is None:
            raw = read(task.file(), max_bytes=task.max_bytes)
            raw.source = task.source
        elif task.max_bytes is not None and len(task.data) > task.max_bytes:
            raise IngestError(task.source, f"too large ({len(task.data)} bytes; limit {task.max_bytes})")
        else:
            # Readers work on files: write the bytes to a temporary file with the same suffix.
            suffix = Path(task.source).suffix
            with tempfile.NamedTemporaryFile(suffix=suffix, delete=True) as tmp:
                tmp.write(task.data)
                tmp.flush()
                raw = read(Path(tmp.name), max_bytes=task.max_bytes)
            raw.source = task.source
        doc = extract_raw(raw)
        doc.document.source = task.source
        if task.output == "rows":
            # "source" and "sha256" first: the dataset's journal index reads them without the rest.
            line = json.dumps({"source": task.source, "sha256": task.sha256,
                               "rows": document_rows(doc.to_dict()), "text": doc.text}, ensure_ascii=False)
        elif task.output == "document+text+lines":
            # for `plans check`: where each line of the file read starts in the normalised text
            out = doc.to_dict(with_text=True)
            out["raw_lines"] = doc.raw_line_starts(raw.text)
            line = json.dumps(out, ensure_ascii=False)
        else:
            line = json.dumps(doc.to_dict(with_text=task.output == "document+text"), ensure_ascii=False)
        return Outcome(task.source, task.sha256, line=line, seconds=time.perf_counter() - started)
    except IngestError as exc:
        reason = exc.reason
    except MemoryError:
        reason = "out of memory while extracting" if task.max_memory is None else _over_memory(task.max_memory)
    except Exception as exc:  # a bug on one document must not stop the batch
        last = traceback.extract_tb(exc.__traceback__)[-1]
        reason = f"internal error: {type(exc).__name__}: {exc} ({Path(last.filename).name}:{last.lineno})"
    return Outcome(task.source, task.sha256, error=reason, seconds=time.perf_counter() - started)


# --- local pool -------------------------------------------------------------------------------

def die_with_parent(parent: int) -> None:
    """Have the kernel kill this process when its parent dies (Linux's PR_SET_PDEATHSIG), and exit
    now if the parent ``parent`` is gone already. A worker in its own process group is out of
    reach of a signal to the build's group, and a killed build's workers would otherwise wait on
    their pipes for ever (each sibling holds the others' pipe ends open)."""
    if sys.platform.startswith("linux"):
        import ctypes
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG = 1
    if os.getppid() != parent:
        os._exit(1)


def _worker_main(conn, max_memory: int | None, parent: int) -> None:
    # Its own process group: the pool kills the group, so a program the worker runs (Tesseract,
    # antiword) dies with it instead of running on after a time-out. It dies with the pool's process.
    os.setpgrp()
    die_with_parent(parent)
    limit_memory(max_memory)
    while True:
        try:
            task = conn.recv()
        except EOFError:
            return
        if task is None:
            return
        conn.send(process_bytes(task))


class _Worker:
    def __init__(self, ctx, max_memory: int | None):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child, max_memory, os.getpid()), daemon=True)
        self.proc.start()
        child.close()
        self.task: Task | None = None
        self.started = 0.0

    def give(self, task: Task) -> None:
        self.task = task
        self.started = time.monotonic()
        self.conn.send(task)

    def kill(self) -> None:
        """Kill the worker and the programs it runs (its process group)."""
        pid = self.proc.pid
        if pid is not None:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(pid, signal.SIGKILL)  # (the group: see _worker_main)
        self.proc.kill()
        self.proc.join(5)
        self.conn.close()

    def stop(self) -> None:
        with contextlib.suppress(BrokenPipeError, OSError):
            self.conn.send(None)
        self.proc.join(5)
        if self.proc.is_alive():
            self.proc.kill()
        self.conn.close()


class WorkerPool:
    """N worker processes, one document at a time each, with a per-document time limit and a
    memory cap per worker (``max_memory`` bytes beyond what it holds at start; None: no cap)."""

    def __init__(self, jobs: int, timeout: float, max_memory: int | None = DEFAULT_MAX_MEMORY):
        self.jobs = max(1, jobs)
        self.timeout = timeout
        self.max_memory = max_memory
        # fork: workers start with the pipeline already imported (fast); the pool is started
        # before any thread exists in this process.
        self.ctx = mp.get_context("fork") if os.name == "posix" else mp.get_context("spawn")

    def run(self, tasks: Iterable[Task], on_outcome: Callable[[Outcome], None]) -> None:
        pending = list(tasks)
        pending.reverse()
        if pending and self.ctx.get_start_method() == "fork":
            warm_up()
        workers = [_Worker(self.ctx, self.max_memory) for _ in range(min(self.jobs, len(pending)) or 1)]
        try:
            for w in workers:
                if pending:
                    w.give(pending.pop())
            while any(w.task is not None for w in workers):
                busy = [w for w in workers if w.task is not None]
                ready = wait([w.conn for w in busy], timeout=0.25)
                now = time.monotonic()
                for i, w in enumerate(workers):
                    task = w.task
                    if task is None:
                        continue
                    outcome = None
                    if w.conn in ready:
                        try:
                            outcome = w.conn.recv()
                        except (EOFError, OSError):
                            w.proc.join(2)
                            outcome = Outcome(task.source, task.sha256,
                                              error=_crash_reason(w.proc.exitcode, self.max_memory))
                            w.kill()
                            workers[i] = w = _Worker(self.ctx, self.max_memory)
                    elif now - w.started > self.timeout:
                        outcome = Outcome(task.source, task.sha256,
                                          error=f"timed out after {self.timeout:g} s",
                                          seconds=now - w.started)
                        w.kill()
                        workers[i] = w = _Worker(self.ctx, self.max_memory)
                    if outcome is None:
                        continue
                    w.task = None
                    on_outcome(outcome)
                    if pending:
                        w.give(pending.pop())
        finally:
            for w in workers:
                if w.task is not None or not w.proc.is_alive():
                    w.kill()
                else:
                    w.stop()


def extract_files(files: dict[str, Path], on_document: Callable[[str, dict | None, str | None], None], *,
                  timeout: float, max_memory: int | None = DEFAULT_MAX_MEMORY, with_text: bool = False,
                  jobs: int = 1, with_lines: bool = False) -> None:
    """Extract ``files`` (keyed by their ``source``) in worker processes under the time limit and
    the memory cap of a build, calling ``on_document(source, document, error)`` for each: its SPEC
    dict, or None and the reason it failed (``with_lines``: with the text and ``raw_lines``, see
    :meth:`pipeline.model.PlanDocument.raw_line_starts`). With one job (``plans extract``) the calls come in the
    order of ``files``; with more, as documents finish."""
    output = "document+text+lines" if with_lines else "document+text" if with_text else "document"
    tasks = [Task(source, "", path=str(path), output=output, max_memory=max_memory) for source, path in files.items()]

    def done(outcome: Outcome) -> None:
        if outcome.error is not None or outcome.line is None:
            on_document(outcome.source, None, outcome.error or "no result")
        else:
            on_document(outcome.source, json.loads(outcome.line), None)
    WorkerPool(jobs, timeout, max_memory).run(tasks, done)


# --- Dask -------------------------------------------------------------------------------------

class _Guard:
    """A persistent child process that extracts documents for a Dask worker, so that a time limit
    can kill it. Dask workers are daemonic processes (they may not fork multiprocessing children)
    and run threads: the child is a plain subprocess (``python -m pipeline.batch --serve``) fed
    length-prefixed pickles on its stdin; it is restarted after a timeout or a crash."""

    def __init__(self, max_memory: int | None = DEFAULT_MAX_MEMORY) -> None:
        self.proc: subprocess.Popen[bytes] | None = None
        self.max_memory = max_memory

    def _start(self) -> subprocess.Popen[bytes]:
        command = [sys.executable, "-m", "pipeline.batch", "--serve"]
        if self.max_memory is not None:
            command.append(str(self.max_memory))
        # Its own process group, killed whole (the programs it runs with it).
        self.proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=0,
                                     start_new_session=True)
        return self.proc

    def _kill(self, proc: subprocess.Popen[bytes]) -> None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.kill()

    def run(self, task: Task, timeout: float) -> Outcome:
        proc = self.proc
        if proc is None or proc.poll() is not None:
            proc = self._start()
        started = time.monotonic()
        try:
            _send_frame(proc.stdin, task)
            out = _recv_frame(proc.stdout, deadline=started + timeout)
        except TimeoutError:
            self._kill(proc)
            proc.wait()
            self.proc = None
            return Outcome(task.source, task.sha256, error=f"timed out after {timeout:g} s", seconds=timeout)
        except (EOFError, BrokenPipeError, OSError):
            code = proc.wait()
            self.proc = None
            return Outcome(task.source, task.sha256, error=_crash_reason(code, self.max_memory))
        return out


def _send_frame(stream, obj) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(struct.pack("<Q", len(data)) + data)
    stream.flush()


def _read_exact(stream, n: int, deadline: float | None) -> bytes:
    buf = bytearray()
    while len(buf) < n:
        if deadline is not None:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([stream], [], [], left)[0]:
                raise TimeoutError
        chunk = os.read(stream.fileno(), n - len(buf))
        if not chunk:
            raise EOFError
        buf += chunk
    return bytes(buf)


def _recv_frame(stream, deadline: float | None = None):
    (size,) = struct.unpack("<Q", _read_exact(stream, 8, deadline))
    return pickle.loads(_read_exact(stream, size, deadline))


def _serve(max_memory: int | None = None) -> None:
    """The guard child's loop: read a Task, write its Outcome, until stdin closes; under a cap of
    ``max_memory`` bytes beyond what it holds once the pipeline is imported."""
    warm_up()  # (before the cap is measured)
    limit_memory(max_memory)
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing else may write to the frame stream
    while True:
        try:
            task = _recv_frame(stdin)
        except EOFError:
            return
        _send_frame(stdout, process_bytes(task))


_guards = threading.local()


def _guarded(task: Task, timeout: float, max_memory: int | None) -> Outcome:
    """On a Dask worker: extract through this thread's guard child, under the time limit and the
    memory cap."""
    guard = getattr(_guards, "guard", None)
    if guard is None or guard.max_memory != max_memory:
        guard = _guards.guard = _Guard(max_memory)
    return guard.run(task, timeout)


def _guarded_chunk(tasks: list[Task], timeout: float, max_memory: int | None) -> list[Outcome]:
    return [_guarded(task, timeout, max_memory) for task in tasks]


def run_dask(tasks: Iterable[Task], scheduler: str, timeout: float, jobs: int,
             on_outcome: Callable[[Outcome], None], chunk: int = 32,
             max_memory: int | None = DEFAULT_MAX_MEMORY) -> dict:
    """Run the tasks on a Dask cluster (``scheduler`` an address, or "local" for a LocalCluster
    of ``jobs`` single-threaded workers). Returns facts about the cluster for the manifest."""
    from distributed import Client, LocalCluster, as_completed
    cluster = None
    if scheduler == "local":
        cluster = LocalCluster(n_workers=max(1, jobs), threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    else:
        client = Client(scheduler)
    try:
        info = client.scheduler_info()
        workers = len(info.get("workers", {}))
        # Documents go in chunks: one Dask task per document would spend more time scheduling
        # than extracting. The time limit still applies to each document.
        tasks = list(tasks)
        compute_started = time.perf_counter()
        size = max(1, min(chunk, len(tasks) // (4 * max(1, workers)) or 1))
        submitted = {}
        for i in range(0, len(tasks), size):
            part = tasks[i:i + size]
            for task in part:
                if task.data is None:
                    task.data = task.file().read_bytes()
            submitted[client.submit(_guarded_chunk, part, timeout, max_memory, pure=False)] = part
            for task in part:
                task.data = None  # sent: free the client's copy
        for fut in as_completed(list(submitted)):
            part = submitted.pop(fut)
            try:
                outcomes = fut.result()
            except Exception as exc:  # a lost worker or a failed task
                outcomes = [Outcome(t.source, t.sha256, error=f"dask task failed: {exc}") for t in part]
            for o in outcomes:
                on_outcome(o)
            fut.release()
        return {"engine": "dask", "scheduler": scheduler if cluster is None else "local", "workers": workers,
                "compute_seconds": round(time.perf_counter() - compute_started, 3)}
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


if __name__ == "__main__" and sys.argv[1:2] == ["--serve"]:
    # Serve through the imported module, so that pickled Tasks and Outcomes are pipeline.batch's
    # classes, not this __main__ copy's. (An optional second argument: the memory cap in bytes.)
    from pipeline.batch import _serve as serve
    serve(int(sys.argv[2]) if len(sys.argv) > 2 else None)
