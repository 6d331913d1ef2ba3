"""The first questions a researcher asks of a dataset, answered over works, not files.

A plan's ``.txt``, ``.docx`` and ``.pdf`` are three rows of ``documents`` but one work
(:mod:`pipeline.works`); a report, a cover letter or a guidance is not a plan. Each answer here
counts each work once, through its representative document (the rows whose ``rendering_of`` and
``version_of`` are empty), and takes only plans where the question is about plans
(``works.is_plan``):

- :func:`most_cited`: the works cited by the most plans (a cited work of the dataset by its
  ``work_id``; one it does not hold by the citation's number and symbol, ``code_key``);
- :func:`plan_targets` and :func:`targets_by_indicator`: aims (``kind == "target"``, not a report's
  achieved figures) of plans, by indicator and year;
- :func:`units_by_tasks`: responsible units (``unit_key``) by the tasks plans give them
  (:func:`count_tasks` reads ``tasks`` as a JSON array in a string or as a list column);
- :func:`citation_edges`: the citation graph between works (:mod:`pipeline.graph` writes it).

Every function takes the dict of tables :func:`pipeline.dataset.load` returns.
"""
from __future__ import annotations

import json
from collections.abc import Iterable

import pandas as pd


def count_tasks(tasks) -> int:
    """The number of tasks of a ``responsibilities`` row: ``tasks`` as a JSON array in a string
    (``'["Chủ trì …; phối hợp …", "Báo cáo …"]'``: a task may hold "; " itself), as a list or
    array (a Parquet list column), or missing (0)."""
    if tasks is None or tasks is pd.NA:
        return 0
    if isinstance(tasks, str):
        if not tasks.strip():
            return 0
        value = json.loads(tasks)
        return len(value) if isinstance(value, list) else 1
    if isinstance(tasks, float) and tasks != tasks:  # NaN
        return 0
    if isinstance(tasks, Iterable):
        return len(list(tasks))
    return 0


def representatives(tables: dict[str, pd.DataFrame], plans_only: bool = True) -> pd.DataFrame:
    """One ``documents`` row per work (its representative), with the work's ``is_plan``; only
    plans with ``plans_only``."""
    docs = tables["documents"]
    works = tables["works"][["work_id", "doc_id", "is_plan"]]
    reps = docs.merge(works, on=["work_id", "doc_id"], how="inner")
    if plans_only:
        reps = reps[reps["is_plan"].fillna(False).astype(bool)]
    return reps.reset_index(drop=True)


def _cited_labels(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Each link with its citing work, its cited work's key (the dataset's ``work_id`` where the
    citation was resolved, else ``code:`` and the citation's ``code_key``, else the cited work id
    the citation gives) and a label ("Kế hoạch 9669/KH-UBND")."""
    docs = tables["documents"][["doc_id", "work_id"]]
    links = tables["links"]
    refs = (tables["references"][["doc_id", "ref_id", "type", "code", "code_key"]]
            .drop_duplicates(["doc_id", "ref_id"]))
    df = links.merge(refs, left_on=["citing_doc_id", "ref_id"], right_on=["doc_id", "ref_id"], how="left")
    df = df.merge(docs.rename(columns={"doc_id": "citing_doc_id", "work_id": "citing_work_id"}),
                  on="citing_doc_id", how="left")
    df = df.merge(docs.rename(columns={"doc_id": "cited_doc_id", "work_id": "cited_dataset_work"}),
                  on="cited_doc_id", how="left")
    code_key = "code:" + df["code_key"].astype("string")
    df["cited_key"] = df["cited_dataset_work"].fillna(code_key).fillna(df["cited_work_id"])
    # "Kế hoạch 9669/KH-UBND"; a citation without symbol by its number ("Chỉ thị số 05"), one
    # without either (a law named) by its text.
    number = df["cited_work_id"].str.rsplit("/", n=1).str[-1].where(lambda n: n != "draft", "")
    label = (df["type"].fillna("") + " " + df["code"].fillna(number.fillna(""))).str.strip()
    df["cited_label"] = label.where(df["type"].notna() & (label != ""), df["ref_text"].str.slice(0, 60))
    return df[df["citing_work_id"] != df["cited_key"]]


def most_cited(tables: dict[str, pd.DataFrame], top: int = 15) -> pd.DataFrame:
    """The works cited by the most plans: ``cited_key``, ``cited`` (the label most citations give),
    ``in_dataset`` and ``plans`` (distinct citing plan works), most cited first (ties by label)."""
    df = _cited_labels(tables)
    plans = set(representatives(tables)["work_id"])
    df = df[df["citing_work_id"].isin(plans)]
    grouped = df.groupby("cited_key", sort=False)
    out = pd.DataFrame({
        "cited": grouped["cited_label"].agg(lambda s: s.value_counts().index[0]),
        "in_dataset": grouped["cited_doc_id"].agg(lambda s: bool(s.notna().any())),
        "plans": grouped["citing_work_id"].nunique(),
    }).reset_index()
    out = out.sort_values(["plans", "cited"], ascending=[False, True], kind="stable").head(top)
    return out.reset_index(drop=True)


def plan_targets(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Aims of plans: ``targets`` rows of ``kind == "target"`` of each plan work's representative,
    with ``work_id`` and ``year`` (the aim's deadline year, else its plan's issue year)."""
    reps = representatives(tables)[["doc_id", "work_id", "issued_date"]]
    targets = tables["targets"]
    aims = targets[targets["kind"] == "target"].merge(reps, on="doc_id", how="inner")
    deadline_year = aims["deadline"].astype("string").str.extract(r"((?:19|20)\d\d)", expand=False)
    aims["year"] = deadline_year.fillna(aims["issued_date"].astype("string").str.slice(0, 4))
    return aims.reset_index(drop=True)


def targets_by_indicator(tables: dict[str, pd.DataFrame], unit: str = "%", words: int = 4,
                         top: int = 15) -> pd.DataFrame:
    """Aims in ``unit`` by the first ``words`` words of their indicator: ``plans`` (distinct plan
    works), ``aims``, ``mean_value`` and ``years`` (the years they are for, "2025–2030"), the
    indicators most plans aim at first."""
    aims = plan_targets(tables)
    aims = aims[aims["unit"] == unit].copy()
    aims["indicator_head"] = aims["indicator"].fillna("").str.split().str[:words].str.join(" ")
    aims = aims[aims["indicator_head"] != ""]
    grouped = aims.groupby("indicator_head")
    out = pd.DataFrame({
        "plans": grouped["work_id"].nunique(),
        "aims": grouped.size(),
        "mean_value": grouped["value"].mean().astype(float).round(1),
        "years": grouped["year"].agg(_year_span),
    }).reset_index()
    out = out.sort_values(["plans", "aims", "indicator_head"], ascending=[False, False, True], kind="stable")
    return out.head(top).reset_index(drop=True)


def _year_span(years: pd.Series) -> str:
    known = sorted(y for y in years.dropna().unique())
    if not known:
        return ""
    return known[0] if known[0] == known[-1] else f"{known[0]}–{known[-1]}"


def units_by_tasks(tables: dict[str, pd.DataFrame], top: int = 15) -> pd.DataFrame:
    """Responsible units (``unit_key``, with the spelling most rows give) by the tasks plans give
    them: ``tasks`` (count over the plan works' representatives), ``plans`` (distinct works),
    ``roles`` (lead, coordinate, …, most frequent first)."""
    reps = representatives(tables)[["doc_id", "work_id"]]
    resp = tables["responsibilities"].merge(reps, on="doc_id", how="inner")
    resp = resp.assign(n_tasks=[count_tasks(t) for t in resp["tasks"]],
                       key=resp["unit_key"].fillna(resp["unit"]))
    grouped = resp.groupby("key")
    out = pd.DataFrame({
        "unit": grouped["unit"].agg(lambda s: s.value_counts().index[0]),
        "tasks": grouped["n_tasks"].sum(),
        "plans": grouped["work_id"].nunique(),
        "roles": grouped["role"].agg(lambda s: ", ".join(s.value_counts().index)),
    }).reset_index(names="unit_key")
    out = out.sort_values(["tasks", "plans", "unit_key"], ascending=[False, False, True], kind="stable")
    return out.head(top).reset_index(drop=True)


def citation_edges(tables: dict[str, pd.DataFrame], plans_only: bool = False) -> pd.DataFrame:
    """The citation graph between works: one edge per (citing work, cited work, relation), with the
    best match ``score``, ``cited_label`` and whether the cited work is in the dataset
    (``cited_key`` is its ``work_id`` then). Only citing plans with ``plans_only``."""
    df = _cited_labels(tables)
    if plans_only:
        df = df[df["citing_work_id"].isin(set(representatives(tables)["work_id"]))]
    df = df.sort_values(["score"], ascending=False, kind="stable")
    df = df.assign(in_dataset=df["cited_doc_id"].notna())
    edges = df.drop_duplicates(["citing_work_id", "cited_key", "relation"])
    cols = ["citing_work_id", "cited_key", "relation", "score", "in_dataset", "cited_label", "mismatches"]
    return edges[cols].sort_values(["citing_work_id", "cited_key", "relation"]).reset_index(drop=True)
