"""The pipeline fingerprint: one SHA-256 over the extractor's own code and data.

The dataset (``plans build``) keys its rows on it: rows made by another fingerprint — code under
``pipeline/`` or a rule file under ``pipeline/data/`` changed since — are extracted again, since
the package version alone does not move when a rule does.

What is hashed: every ``*.py`` file of the package (subpackages included) and every file under
``data/``, sorted by their path relative to the package directory (POSIX form), each as its path
and its bytes; then the output schema name. The same tree gives the same fingerprint on any
machine, whatever the order the file system lists it in. ``__pycache__`` folders, compiled files
and hidden files (editor swap files, ``.DS_Store``) are left out: they are not the pipeline.

No pandas here (and nothing heavy): it is cheap to import anywhere.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from .model import SCHEMA

PACKAGE_DIR = Path(__file__).resolve().parent

_cached: str | None = None


def _source_files(root: Path) -> list[tuple[str, Path]]:
    """(relative POSIX path, file) of the package's code and data files under ``root``, sorted by
    the relative path."""
    found: dict[str, Path] = {}
    for path in root.rglob("*"):
        rel = path.relative_to(root)
        if not path.is_file() or any(part == "__pycache__" or part.startswith(".") for part in rel.parts):
            continue
        in_data = rel.parts[0] == "data" and len(rel.parts) > 1
        if path.suffix == ".py" or (in_data and path.suffix not in (".pyc", ".pyo")):
            found[rel.as_posix()] = path
    return sorted(found.items())


def tree_fingerprint(root: str | Path) -> str:
    """The fingerprint of the pipeline package whose directory is ``root`` (not cached: tests
    compute it on a modified copy of the package)."""
    h = hashlib.sha256()
    for rel, path in _source_files(Path(root)):
        data = path.read_bytes()
        name = rel.encode("utf-8")
        # Lengths before each part, so that no two different trees hash the same bytes.
        h.update(len(name).to_bytes(8, "big") + name + len(data).to_bytes(8, "big"))
        h.update(data)
    schema = SCHEMA.encode("utf-8")
    h.update(b"schema" + len(schema).to_bytes(8, "big") + schema)
    return h.hexdigest()


def pipeline_fingerprint() -> str:
    """The fingerprint of the installed ``pipeline`` package, computed once per process."""
    global _cached
    if _cached is None:
        _cached = tree_fingerprint(PACKAGE_DIR)
    return _cached
