"""The lifecycle notebook runs top to bottom in a real Jupyter kernel (this venv's Python) and shows the
readable reprs: HTML tables for a run, a page and an experiment, DataFrames, and no attrs noise."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from tests.support.spec import ROOT

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
NOTEBOOK = ROOT / "examples" / "lifecycle_demo.ipynb"
NOISE = ("additional_properties", "UNSET", "RunTriggerByType0", "type_=", "<script")


def _outputs(notebook: Any) -> list[Any]:
    return [output for cell in notebook.cells if cell.cell_type == "code" for output in cell.outputs]


def _texts(notebook: Any, mime: str) -> list[str]:
    return [output.data[mime] for output in _outputs(notebook) if mime in output.get("data", {})]


def test_the_lifecycle_notebook_runs_in_a_jupyter_kernel_and_reads_well() -> None:
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    notebook.cells.append(nbformat.v4.new_code_cell("import sys\nprint(sys.executable)"))
    client = nbclient.NotebookClient(
        notebook, kernel_name="python3", timeout=120, resources={"metadata": {"path": str(NOTEBOOK.parent)}}
    )
    client.execute()

    errors = [output for output in _outputs(notebook) if output.output_type == "error"]
    assert not errors, errors
    kernel_python = notebook.cells[-1].outputs[0].text.strip()
    assert Path(kernel_python).resolve() == Path(sys.executable).resolve()  # the venv's Python, not another

    html = _texts(notebook, "text/html")
    plain = _texts(notebook, "text/plain")
    assert any('<caption style="text-align:left">Run</caption>' in page for page in html)
    assert any("Page: 5 RunListItem" in page and "<th>execution.status</th>" in page for page in html)
    assert any("ExperimentDetail</caption>" in page and ".score</th>" in page for page in html)
    assert sum('class="dataframe"' in page for page in html) >= 4
    assert any(
        text.startswith("Run(\n    ") and "\n    id='run_" in text for text in plain
    )  # tags come first today
    assert any(text.startswith("Page(5 items, more pages)\n  id ") for text in plain)
    assert "'closed'" in plain  # the review closed by close_loop
    for text in html + plain:
        assert not any(noise in text for noise in NOISE), text[:300]


def test_the_committed_notebook_carries_its_outputs() -> None:
    """So it reads on GitHub as it runs: the run, the page and the experiment are there as tables."""
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(notebook)
    html = _texts(notebook, "text/html")
    for caption in (
        "Run</caption>",
        "Page: 5 RunListItem",
        "ExperimentDetail</caption>",
        'class="dataframe"',
    ):
        assert any(caption in page for page in html), caption
    for text in html + _texts(notebook, "text/plain"):
        assert not any(noise in text for noise in NOISE)
