"""A local Eigenpal API for tests, demos and offline development.

Install with ``pip install 'eigenpal[emulator]'``. ``import eigenpal`` never imports this package.

    from eigenpal.emulator import Emulator

    with Emulator() as emu:
        client = emu.client()
        run = client.run_and_wait("workflows.extract-invoice", input={"customer": "ACME"})

It is an independent implementation of the contract in openapi.yaml (it does not use the SDK's
generated code): every request is validated against the spec, and in test mode every response too.

Every API route needs the bearer key. Faults are injected from Python (``emu.fail_next(...)``) or
over HTTP with ``POST /_emulator/faults``; that route needs the key too when one was configured
(``Emulator(api_key=...)``, and always from ``python -m eigenpal.emulator``), and both ways refuse an
invalid fault (``ValueError`` / 400) instead of breaking a later response. ``new_api_key()`` makes a
fresh key of the emulator's form, for a server whose key is printed rather than configured.
``Emulator(models=[EmulatedModel(...)])`` sets the tenant's models, and so whether document parsing is
ready (``models.parser_readiness``): ``Emulator(models=[])`` has no OCR or vision model.
``Emulator(webhook_url=...)`` sends each top-level run's ``run.created`` and ``run.status_changed``
webhooks there, signed, retried as the service retries them, and disturbed by ``WebhookFaults``.
"""

from __future__ import annotations

try:
    import starlette  # noqa: F401
    import uvicorn  # noqa: F401
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ImportError("the Eigenpal emulator needs its extra: pip install 'eigenpal[emulator]'") from exc

from ._faults import Fault
from ._human import HumanReviewStep
from ._records import EmulatedModel
from ._server import ContractViolationError, Emulator, StorageCredentialsError, new_api_key
from ._state import Limits, StoredFile
from ._webhooks import WebhookDelivery, WebhookFaults, WebhookRetry, new_webhook_secret
from ._world import Behaviour, Output, default_behaviour

EmulatedFile = StoredFile

__all__ = [
    "Behaviour",
    "ContractViolationError",
    "EmulatedFile",
    "EmulatedModel",
    "Emulator",
    "Fault",
    "HumanReviewStep",
    "Limits",
    "Output",
    "StorageCredentialsError",
    "WebhookDelivery",
    "WebhookFaults",
    "WebhookRetry",
    "default_behaviour",
    "new_api_key",
    "new_webhook_secret",
]
