"""The webhook events openapi.yaml declares (its ``webhooks:`` section), the one source for
``eigenpal.webhooks``: each event type's model and the headers a delivery is signed with. Never edit by hand."""

from .models import RunCreatedEvent, RunStatusChangedEvent

EVENT_MODELS: dict[str, type[RunCreatedEvent | RunStatusChangedEvent]] = {
    "run.created": RunCreatedEvent,
    "run.status_changed": RunStatusChangedEvent,
}
"""The model of each event ``type``."""

EVENT_SUMMARIES: dict[str, str] = {
    "run.created": "A top-level run was created",
    "run.status_changed": "A top-level run moved from one persisted status to another",
}

SIGNATURE_HEADERS: tuple[str, ...] = ("webhook-id", "webhook-timestamp", "webhook-signature")
"""The headers of every delivery, in the order of the signed message ``<id>.<timestamp>.<body>``."""
