"""Eigenpal's outbound webhooks: verify a delivery, read its typed event, and act on each event once.

    from eigenpal import webhooks

    event = webhooks.verify(raw_body, request.headers, secret)   # or raises EigenpalWebhookError: answer 400
    if seen.add(event.id) and statuses.apply(event):            # the first delivery, and news about the run
        ...

The service sends ``run.created`` and ``run.status_changed`` for top-level runs, signed the Standard
Webhooks way, at least once and in no guaranteed order. The event models come from the ``webhooks:``
section of ``openapi.yaml``. ``sign`` makes the headers of a delivery, for tests; ``WebhookListener`` is a
loopback receiver that does all of the above, for tests and the command line. ``AsyncRunWaiter`` awaits
runs through the events an asyncio or trio service receives, with ``runs.get`` as the fallback.
"""

from .._errors import (
    EigenpalWebhookError,
    EigenpalWebhookHeaderError,
    EigenpalWebhookPayloadError,
    EigenpalWebhookSignatureError,
    EigenpalWebhookTimestampError,
)
from .._generated.models import (
    RunCreatedEvent,
    RunCreatedEventData,
    RunStatusChangedEvent,
    RunStatusChangedEventData,
    WebhookRun,
)
from .._generated.webhooks import EVENT_MODELS, SIGNATURE_HEADERS
from ._events import UnknownWebhookEvent, WebhookEvent, parse_event, verify
from ._listener import WebhookListener
from ._receipts import EventStore, MemoryEventStore, RunStatuses
from ._signature import DEFAULT_TOLERANCE, SECRET_PREFIX, RawBody, sign
from ._waiter import AsyncRunWaiter

__all__ = [
    "DEFAULT_TOLERANCE",
    "EVENT_MODELS",
    "SECRET_PREFIX",
    "SIGNATURE_HEADERS",
    "AsyncRunWaiter",
    "EigenpalWebhookError",
    "EigenpalWebhookHeaderError",
    "EigenpalWebhookPayloadError",
    "EigenpalWebhookSignatureError",
    "EigenpalWebhookTimestampError",
    "EventStore",
    "MemoryEventStore",
    "RawBody",
    "RunCreatedEvent",
    "RunCreatedEventData",
    "RunStatusChangedEvent",
    "RunStatusChangedEventData",
    "RunStatuses",
    "UnknownWebhookEvent",
    "WebhookEvent",
    "WebhookListener",
    "WebhookRun",
    "parse_event",
    "sign",
    "verify",
]
