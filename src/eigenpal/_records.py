"""``eigenpal.to_records``: models as flat rows for a table, without importing pandas."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ._errors import EigenpalUsageError


def to_records(models: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """One flat ``dict`` per model (or per ``dict``): its wire JSON, nested objects under dotted names
    (``timing.createdAt``), lists kept whole, as ``pandas.json_normalize`` would.

    ``pd.DataFrame(eigenpal.to_records(runs))`` is a table with one row per run and one column per leaf
    field. A page works too (``page.to_records()`` is the same for its items).
    """
    if isinstance(models, (str, bytes, Mapping)) or not isinstance(models, Iterable):
        raise EigenpalUsageError(
            f"to_records(models) takes a list (or a page) of models, got {type(models).__name__}; "
            "for one model pass [model], for an async page's iter_all() collect it first "
            "([item async for item in page.iter_all()])."
        )
    items = list(models)
    for index, item in enumerate(items):
        if not isinstance(item, Mapping):
            raise EigenpalUsageError(
                f"to_records(models): item {index} is a {type(item).__name__}, not a model or a dict."
            )
    from ._generated.display import record

    return [record(item) for item in items]
