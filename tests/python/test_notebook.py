"""examples/broadsheet-tour.ipynb runs from top to bottom without an error
(executed with nbclient when it, ipykernel, pandas and matplotlib are
installed: `pip install 'broadsheet[examples]'`)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import broadsheet

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK = ROOT / "examples" / "broadsheet-tour.ipynb"


def test_notebook_is_clean_json() -> None:
    """Committed without outputs, so that it never goes stale."""
    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert code and all(not c.get("outputs") and c.get("execution_count") is None
                        for c in code)


def test_notebook_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for module in ("nbformat", "nbclient", "ipykernel", "pandas", "matplotlib"):
        pytest.importorskip(module)
    import nbclient
    import nbformat

    # The kernel imports this very broadsheet, installed or not.
    here = str(Path(broadsheet.__file__).resolve().parents[1])
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(
        [here] + [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]))
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    nb = nbformat.read(str(NOTEBOOK), as_version=4)
    client = nbclient.NotebookClient(nb, timeout=180, kernel_name="python3",
                                     resources={"metadata": {"path": str(tmp_path)}})
    client.execute()

    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    kinds = [k for o in outputs for k in o.get("data", {})]
    assert kinds.count("image/png") == 2, "articles per day and per site"
    markdown = [o["data"]["text/markdown"] for o in outputs
                if "text/markdown" in o.get("data", {})]
    assert any(m.startswith("# Russia Sent '300 Military Instructors'") for m in markdown)
    text = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    assert "'The railway question, part 1' by Bruno Keller" in text
