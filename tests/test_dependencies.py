"""Dependencies declared = dependencies imported: every third-party module the package imports
comes from a distribution `pyproject.toml` declares, and every declared runtime distribution is
imported by the package or is one of the few it uses by name only (listed here, with why)."""
from __future__ import annotations

import ast
import sys
import tomllib
from importlib.metadata import packages_distributions

import pytest
import regex

from conftest import ROOT

pytestmark = pytest.mark.slow  # (reads every module and the distributions: 4 s)

# Declared, used, but never named in an import statement of the package.
USED_WITHOUT_IMPORT = {
    "lxml": "BeautifulSoup's parser, asked for by name (ingest/html.py: 'lxml')",
    "pyarrow": "pandas' Parquet engine (dataset.py: to_parquet / read_parquet)",
    "dask": "the `dask scheduler` / `dask worker` commands of a cluster, with distributed",
}


def _distribution(requirement: str) -> str:
    name = regex.match(r"[A-Za-z0-9_.\-]+", requirement).group(0)
    return regex.sub(r"[-_.]+", "-", name).lower()


def declared() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = {_distribution(r) for r in project["dependencies"]}
    if any(r.startswith("dask[distributed]") for r in project["dependencies"]):
        names.add("distributed")
    return names


def imported_distributions() -> dict[str, str]:
    """Third-party top-level module the package imports → its distribution."""
    modules = set()
    for path in (ROOT / "pipeline").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules |= {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
                modules.add(node.module.split(".")[0])
    owners = packages_distributions()
    out = {}
    for module in modules - set(sys.stdlib_module_names) - {"pipeline"}:
        assert module in owners, f"{module}: imported but not installed"
        out[module] = _distribution(owners[module][0])
    return out


def test_every_imported_module_is_declared():
    missing = {m: d for m, d in imported_distributions().items() if d not in declared()}
    assert missing == {}


def test_every_declared_dependency_is_imported_or_used_by_name():
    used = set(imported_distributions().values()) | set(USED_WITHOUT_IMPORT)
    assert declared() - used == set()


def test_the_check_sees_the_imports():
    imported = imported_distributions()
    assert imported["sklearn"] == "scikit-learn" and imported["docx"] == "python-docx"
    assert "pdfplumber" not in imported  # a dev dependency (benchmarks, fixture scripts)
