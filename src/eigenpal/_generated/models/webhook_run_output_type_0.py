from __future__ import annotations

from ..types import (
    JSONObject,
)

WebhookRunOutputType0 = JSONObject
"""A free-form JSON object.

Free-form JSON has no class of its own: this name is ``JSONObject`` (a ``dict`` whose keys also read as
attributes), so signatures, reprs and type checkers show what it is."""
