"""The researchers' notebook runs top to bottom on the shipped corpus (so it never rots)."""
import nbformat
import pytest
from nbclient import NotebookClient

from conftest import ROOT


@pytest.mark.slow
def test_explore_corpus_notebook_executes():
    nb = nbformat.read(ROOT / "notebooks" / "explore_corpus.ipynb", as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(ROOT / "notebooks")}}).execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    assert any("image/png" in o.get("data", {}) for o in outputs)  # the two charts
    text = "".join(str(o.get("data", {}).get("text/plain", "")) for o in outputs)
    assert "Kế hoạch 9669/KH-UBND" in text or "Quyết định" in text
