"""The citation graph of a dataset: works and what they cite, as CSV or GraphML.

Nodes are works, not files (:mod:`pipeline.works`: a plan's .txt, .docx and .pdf are one node):
the dataset's works (id = work_id, with the representative doc_id and source, type, code, date,
title, whether it is a plan and how many documents render it) and the works they cite that the
dataset does not hold (id = ``code:`` and the citation's ``code_key``, or the cited work id); an
edge goes from the citing work to the cited one, once per relation (implements, basis,
mentions), with the best match score and any mismatch found (:func:`pipeline.analysis.citation_edges`).
``parents``/``children`` in :mod:`pipeline.link` walk the documents' links in Python.
The GraphML is well-formed whatever the documents hold: a character XML 1.0 forbids (a control
character in a title) is written as U+FFFD.
"""
from __future__ import annotations

import os
from pathlib import Path
from xml.sax.saxutils import quoteattr

from .analysis import citation_edges
from .dataset import DatasetError, load, records
from .spreadsheet import write_rows
from .text import xml_chars


def graph(dataset_dir) -> tuple[list[dict], list[dict]]:
    """Nodes and edges of the citation graph between works (see the module doc)."""
    tables = load(dataset_dir)
    if "works" not in tables:
        raise DatasetError(f"{dataset_dir}: no works table (made by an older plans; run plans build)")
    nodes = {}
    for w in records(tables["works"]):
        nodes[w["work_id"]] = {"id": w["work_id"], "work_id": w["work_id"], "in_dataset": True,
                               "doc_id": w["doc_id"], "source": w["source"], "doc_type": w["doc_type"],
                               "code": w["code"], "issued_date": w["issued_date"], "title": w["title"],
                               "is_plan": w["is_plan"], "n_documents": w["n_documents"]}
    edges = []
    for e in records(citation_edges(tables)):
        cited = e["cited_key"]
        if cited not in nodes:
            nodes[cited] = {"id": cited, "work_id": cited, "in_dataset": False, "doc_id": None, "source": None,
                            "doc_type": None, "code": None, "issued_date": None, "title": e["cited_label"],
                            "is_plan": None, "n_documents": 0}
        edges.append({"source": e["citing_work_id"], "target": cited, "relation": e["relation"],
                      "score": float(e["score"]), "mismatches": e["mismatches"]})
    return list(nodes.values()), edges


def write_graph(dataset_dir, out: str | os.PathLike, fmt: str = "graphml") -> tuple[int, int]:
    nodes, edges = graph(dataset_dir)
    out = Path(out)
    tmp = out.with_name(f".{out.name}.tmp-{os.getpid()}")
    if fmt == "csv":
        # Two files: OUT (edges) and OUT with "-nodes" before the suffix.
        node_path = out.with_name(out.stem + "-nodes" + out.suffix)
        for path, rows in ((node_path, nodes), (out, edges)):
            t = path.with_name(f".{path.name}.tmp-{os.getpid()}")
            write_rows(rows, list(rows[0]) if rows else ["id"], t)
            os.replace(t, path)
        return len(nodes), len(edges)
    keys_n = ["work_id", "in_dataset", "doc_id", "source", "doc_type", "code", "issued_date", "title", "is_plan",
              "n_documents"]
    types = {"in_dataset": "boolean", "is_plan": "boolean", "n_documents": "int"}
    keys_e = ["relation", "score", "mismatches"]
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">']
    for k in keys_n:
        typ = types.get(k, "string")
        lines.append(f'  <key id="{k}" for="node" attr.name="{k}" attr.type="{typ}"/>')
    for k in keys_e:
        typ = "double" if k == "score" else "string"
        lines.append(f'  <key id="{k}" for="edge" attr.name="{k}" attr.type="{typ}"/>')
    lines.append('  <graph id="citations" edgedefault="directed">')
    for n in nodes:
        lines.append(f"    <node id={_attr(n['id'])}>")
        for k in keys_n:
            if n.get(k) is not None:
                v = str(n[k]).lower() if types.get(k) == "boolean" else str(n[k])
                lines.append(f'      <data key="{k}">{_esc(v)}</data>')
        lines.append("    </node>")
    for i, e in enumerate(edges):
        lines.append(f'    <edge id="e{i}" source={_attr(e["source"])} target={_attr(e["target"])}>')
        for k in keys_e:
            if e.get(k) is not None:
                lines.append(f'      <data key="{k}">{_esc(str(e[k]))}</data>')
        lines.append("    </edge>")
    lines += ["  </graph>", "</graphml>"]
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    os.replace(tmp, out)
    return len(nodes), len(edges)


def _esc(s: str) -> str:
    """Element text: markup escaped, characters XML cannot hold replaced (:func:`~pipeline.text.xml_chars`),
    and a carriage return as a reference (a parser would turn a raw one into a line feed)."""
    return (xml_chars(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\r", "&#13;"))


def _attr(s: str) -> str:
    """A quoted attribute value, as :func:`_esc` does for element text."""
    return quoteattr(xml_chars(s))
