# Type checked by tests/spec/test_typing.py: what an editor and mypy see when users annotate with our types.
from __future__ import annotations

from typing import Any

from typing_extensions import assert_type

from eigenpal import AsyncEigenpalClient, AsyncPage, EigenpalClient, Page
from eigenpal.types import DatasetExample, ExecutionStatus, JSONLine, Run, RunAccepted, RunListItem


def sync_calls(client: EigenpalClient) -> None:
    run = client.runs.get("run_1")
    assert_type(run, Run)
    assert_type(run.id, str)
    page = client.runs.list(limit=5)
    assert_type(page, Page[RunListItem])
    assert_type(page[0], RunListItem)
    assert_type(page[1:], list[RunListItem])
    assert_type(page.next_cursor, str | None)
    started = client.run("workflows.finance.extract-invoice", {"n": 1})
    assert_type(started, Run | RunAccepted)
    example = client.automations.examples.create("workflows.x", {"name": "n"})
    assert_type(example, DatasetExample)
    for line in client.automations.experiments.create_stream("workflows.x"):
        assert_type(line, JSONLine)
    assert_type(client.files.download("file_1"), bytes)
    assert_type(client.files.download("file_1", to="out.pdf"), int)


async def async_calls(client: AsyncEigenpalClient) -> None:
    run = await client.run_and_wait("workflows.x", {})
    assert_type(run, Run)
    page = await client.automations.examples.list("workflows.x")
    assert_type(page, AsyncPage[DatasetExample])
    status: ExecutionStatus | Any = run.execution
    print(status)
