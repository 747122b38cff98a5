"""The API's data models (``Run``, ``RunAccepted``, ``DatasetExample``, …), generated from openapi.yaml.

Every model answers ``model.python_name`` and ``model["wireName"]``; ``to_dict()`` gives the wire JSON.
Free-form JSON (a run's ``output``, ``metadata``, an example's ``expected`` …) is a ``JSONObject``: a
``dict`` whose keys read as attributes too. Streams yield ``JSONLine``: the line, with ``.data`` parsed.
Models load on first use.
"""

from __future__ import annotations

from typing import Any

from ._generated import models as _models
from ._generated.types import UNSET, JSONObject, Unset
from ._json_lines import JSONLine

__all__ = ["UNSET", "JSONLine", "JSONObject", "Unset", *_models.__all__]


def __getattr__(name: str) -> Any:
    return getattr(_models, name)


def __dir__() -> list[str]:
    return sorted(__all__)
