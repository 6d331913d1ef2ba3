"""The package's import graph has no cycle: every module can be read (and imported) after the
modules it uses. Imports inside functions count too — a function-level import that dodges a cycle
is still one."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from conftest import ROOT

pytestmark = pytest.mark.slow  # (the import graph of every module: 2.5 s)

PACKAGE = ROOT / "pipeline"


def _modules() -> dict[str, Path]:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(ROOT).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


def import_graph() -> dict[str, set[str]]:
    """Module → the package's modules it imports (``from . import x`` of a submodule is an edge to
    the submodule alone: the package itself is already being imported)."""
    modules = _modules()
    graph: dict[str, set[str]] = {m: set() for m in modules}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")[:len(package.split(".")) - node.level + 1]
                    target = ".".join(base + ([node.module] if node.module else []))
                else:
                    target = node.module or ""
                submodules = {f"{target}.{a.name}" for a in node.names} & modules.keys()
                targets = submodules or ({target} & modules.keys())
            elif isinstance(node, ast.Import):
                targets = {a.name for a in node.names} & modules.keys()
            else:
                continue
            graph[name] |= targets - {name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_the_graph_sees_the_imports():
    graph = import_graph()
    assert "pipeline.text" in graph["pipeline.vocab"]
    assert "pipeline.ingest.legacy" in graph["pipeline.ingest.pdf"]
    assert graph["pipeline.text"] == set()  # the leaf every stage may import
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_import_cycle_in_the_package():
    assert cycles(import_graph()) == []


def test_ingestion_does_not_import_a_later_stage():
    graph = import_graph()
    later = {"pipeline.normalize", "pipeline.segment", "pipeline.api", "pipeline.resolve",
             "pipeline.link", "pipeline.check", "pipeline.dataset"} | {
        m for m in graph if m.startswith("pipeline.extract")}
    for module, targets in graph.items():
        if module.startswith("pipeline.ingest"):
            assert not targets & later, module


def test_no_module_binds_a_name_twice_at_its_top_level():
    # (A pattern defined twice in one module is the last one wherever it is used: tables.py had two
    # "_BARE_YEAR"s, and a third added for a new reader changed how every header's year was read.)
    twice = []
    for path in sorted(PACKAGE.rglob("*.py")):
        seen: set[str] = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            names = [t.id for t in node.targets if isinstance(t, ast.Name)] if isinstance(node, ast.Assign) \
                else [node.name] if isinstance(node, (ast.FunctionDef, ast.ClassDef)) else []
            twice += [f"{path.name}: {n}" for n in names if n in seen]
            seen.update(names)
    assert twice == []
