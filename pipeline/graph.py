"""The citation graph of a dataset: documents and what they cite, as CSV or GraphML.

Nodes are the dataset's documents (id = doc_id, with their work id, type, code, date, title) and
the documents they cite that the dataset does not hold (id = the cited work id); edges go from
the citing document to the cited one, with the relation (implements, basis, mentions), the match
score and any mismatch found. ``parents``/``children`` in :mod:`pipeline.link` walk it in Python.
The GraphML is well-formed whatever the documents hold: a character XML 1.0 forbids (a control
character in a title) is written as U+FFFD.
"""
from __future__ import annotations

import os
from pathlib import Path
from xml.sax.saxutils import quoteattr

from .dataset import load, records
from .link import work_id
from .spreadsheet import write_rows
from .text import xml_chars


def graph(dataset_dir) -> tuple[list[dict], list[dict]]:
    tables = load(dataset_dir)
    docs, links = tables["documents"], tables["links"]
    nodes = {}
    for d in records(docs):
        g = d.get
        nodes[d["doc_id"]] = {"id": d["doc_id"], "work_id": work_id(g("doc_type"), g("number"), g("symbol"),
                                                                   g("issued_date"), g("issuer")),
                              "in_dataset": True, "source": g("source"), "doc_type": g("doc_type"),
                              "code": g("code"), "issued_date": g("issued_date"), "title": g("title")}
    edges = []
    for link in records(links):
        cited = link["cited_doc_id"] or link["cited_work_id"]
        if cited not in nodes:
            nodes[cited] = {"id": cited, "work_id": link["cited_work_id"], "in_dataset": False, "source": None,
                            "doc_type": None, "code": None, "issued_date": None, "title": link["ref_text"]}
        edges.append({"source": link["citing_doc_id"], "target": cited, "relation": link["relation"],
                      "score": float(link["score"]), "mismatches": link["mismatches"]})
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
    keys_n = ["work_id", "in_dataset", "source", "doc_type", "code", "issued_date", "title"]
    keys_e = ["relation", "score", "mismatches"]
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">']
    for k in keys_n:
        typ = "boolean" if k == "in_dataset" else "string"
        lines.append(f'  <key id="{k}" for="node" attr.name="{k}" attr.type="{typ}"/>')
    for k in keys_e:
        typ = "double" if k == "score" else "string"
        lines.append(f'  <key id="{k}" for="edge" attr.name="{k}" attr.type="{typ}"/>')
    lines.append('  <graph id="citations" edgedefault="directed">')
    for n in nodes:
        lines.append(f"    <node id={_attr(n['id'])}>")
        for k in keys_n:
            if n.get(k) is not None:
                v = str(n[k]).lower() if k == "in_dataset" else str(n[k])
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
