"""The API's data models (``Run``, ``RunAccepted``, ``DatasetExample``, …), generated from openapi.yaml.

Every model answers ``model.python_name`` and ``model["wireName"]``; ``to_dict()`` gives the wire JSON.
Free-form JSON (a run's ``output``, ``metadata``, an example's ``expected`` …) is a ``JSONObject``: a
``dict`` whose keys read as attributes too. Streams yield ``JSONLine``: the line, with ``.data`` parsed.
Models load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._generated import models as _models
from ._generated.types import UNSET, JSONObject, Unset
from ._json_lines import JSONLine

if TYPE_CHECKING:  # checkers see every model class; at run time each loads on first use
    from ._generated.models import *  # noqa: F403

__all__ = ["UNSET", "JSONLine", "JSONObject", "Unset", *_models.__all__]

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        return getattr(_models, name)


def __dir__() -> list[str]:
    return sorted(__all__)
