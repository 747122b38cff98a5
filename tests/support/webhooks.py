"""Webhook deliveries for tests: a secret, and the body of an event as the service sends it."""

from __future__ import annotations

import base64
import json
from typing import Any

SECRET = "whsec_" + base64.b64encode(b"eigenpal-test-secret-0123").decode()
"""A Standard Webhooks secret: the prefix, then the base64 of the key."""
KEY_TEXT = SECRET.removeprefix("whsec_")


def event_body(
    run_id: str = "exec_1",
    status: str = "completed",
    *,
    previous: str | None = "running",
    event_id: str = "whev_1",
    created_at: str = "2026-12-01T10:00:00.000Z",
    **run: Any,
) -> bytes:
    """A ``run.status_changed`` body (``run.created`` when ``previous`` is None)."""
    data: dict[str, Any] = {
        "run": {
            "id": run_id,
            "type": "workflow",
            "automationId": "workflows.extract-invoice",
            "status": status,
        }
        | run
    }
    if previous is not None:
        data |= {"previousStatus": previous, "currentStatus": status}
    kind = "run.created" if previous is None else "run.status_changed"
    envelope = {
        "id": event_id,
        "type": kind,
        "apiVersion": "2026-07-01",
        "createdAt": created_at,
        "data": data,
    }
    return json.dumps(envelope).encode()
