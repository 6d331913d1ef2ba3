"""Write notebooks/explore_corpus.ipynb (kept as code here so the notebook's JSON stays clean)."""
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

cells = [
    new_markdown_cell("# Exploring the plans dataset\n\nThe tables written by `plans build` "
                      "(Parquet, one row per record, each with `doc_id` and its provenance: `source`, "
                      "`page`, `start`, `end`). Set `PLANS_DATASET` to a dataset folder; without it, "
                      "the shipped corpus is built into a temporary folder first."),
    new_code_cell("""import os, tempfile
from pathlib import Path
import pandas as pd
import matplotlib.pyplot as plt
%matplotlib inline
from pipeline.dataset import build, load

ROOT = Path.cwd().parent if Path.cwd().name == "notebooks" else Path.cwd()
DATASET = os.environ.get("PLANS_DATASET")
if not DATASET or not (Path(DATASET) / "manifest.json").exists():
    DATASET = tempfile.mkdtemp(prefix="plans-dataset-")
    corpus = [str(ROOT / "corpus" / d) for d in ("seeds", "web", "real", "generated")]
    result = build(corpus, DATASET, jobs=2, progress=False)
    print(f"built {result.documents} documents into {DATASET}")
tables = load(DATASET)
{name: len(df) for name, df in tables.items()}"""),
    new_markdown_cell("## Documents"),
    new_code_cell("""docs = tables["documents"]
docs[["source", "doc_type", "code", "issuer", "place", "issued_date", "title"]].head(10)"""),
    new_code_cell("""docs["doc_type"].value_counts(dropna=False)"""),
    new_markdown_cell("## Targets by indicator\n\nPercentage targets grouped by the first words of "
                      "their indicator: how many plans aim at each, and at what level."),
    new_code_cell("""targets = tables["targets"]
pct = targets[targets["unit"] == "%"].copy()
pct["indicator_head"] = pct["indicator"].fillna("").str.split().str[:4].str.join(" ")
by_indicator = (pct.groupby("indicator_head")
                   .agg(plans=("doc_id", "nunique"), mean_value=("value", "mean"))
                   .sort_values(["plans", "mean_value"], ascending=False).head(15))
ax = by_indicator["mean_value"].astype(float).plot.barh(figsize=(8, 6),"""  # one line of the cell, in two literals
                  """ title="Percentage targets: mean value by indicator")
ax.invert_yaxis(); plt.tight_layout(); plt.show()
by_indicator"""),
    new_markdown_cell("## Most-cited documents"),
    new_code_cell("""refs = tables["references"]
numbered = refs[refs["number"].notna() & refs["symbol"].notna()]
cited = (numbered.assign(cited=numbered["type"] + " " + numbered["code"].fillna(""))
                 .groupby("cited")["doc_id"].nunique().sort_values(ascending=False).head(15))
ax = cited.plot.barh(figsize=(8, 6), title="Documents cited by the most plans")
ax.invert_yaxis(); plt.tight_layout(); plt.show()
cited"""),
    new_markdown_cell("## Who is responsible"),
    new_code_cell("""resp = tables["responsibilities"]
resp.groupby(["role"])["unit"].count()"""),
    new_code_cell("""# Provenance: every value points back at its characters.
texts = tables["texts"].set_index("doc_id")["text"]
row = tables["dates"].iloc[0]
row["text"], texts[row["doc_id"]][row["start"]:row["end"]]"""),
]
nb = new_notebook(cells=cells, metadata={"kernelspec": {"name": "python3", "display_name": "Python 3",
                                                        "language": "python"}})
out = Path(__file__).resolve().parent.parent / "notebooks" / "explore_corpus.ipynb"
nbformat.write(nb, out)
print(f"wrote {out}")
