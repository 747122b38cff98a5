"""The Python SDK for the Eigenpal API.

    from eigenpal import EigenpalClient

    client = EigenpalClient()   # reads EIGENPAL_API_KEY
    run = client.run_and_wait("workflows.extract-invoice", input={"contract": Path("contract.pdf")})
    print(run["finished"], run["output"])

``EigenpalClient`` (blocking) and ``AsyncEigenpalClient`` (asyncio and trio) have the same tree of
methods. The async client is written once by hand (``eigenpal/_async``) and the blocking one is derived
from it mechanically (``codegen/unasync.py``, checked in CI), so the two cannot drift apart. Both send
through one request pipeline over the generated layer (``eigenpal/_generated``, from openapi.yaml).
Response models live in ``eigenpal.types``; ``to_records(models)`` flattens them into rows for a table.
"""

from typing import TYPE_CHECKING, Any

from ._errors import (
    EigenpalAPIError,
    EigenpalAuthError,
    EigenpalConnectionError,
    EigenpalError,
    EigenpalForbiddenError,
    EigenpalNotFoundError,
    EigenpalRateLimitError,
    EigenpalResponseError,
    EigenpalResponseTooLargeError,
    EigenpalServerError,
    EigenpalTimeoutError,
    EigenpalUsageError,
    EigenpalValidationError,
    EigenpalWebhookError,
    EigenpalWebhookHeaderError,
    EigenpalWebhookPayloadError,
    EigenpalWebhookSignatureError,
    EigenpalWebhookTimestampError,
)
from ._options import RequestOptions
from ._records import to_records
from ._responses import RawResponse
from ._sync._client import EigenpalClient
from ._sync._pagination import Page
from ._version import __version__

if TYPE_CHECKING:
    from ._async._client import AsyncEigenpalClient
    from ._async._pagination import AsyncPage

_LAZY = {"AsyncEigenpalClient": "._async._client", "AsyncPage": "._async._pagination"}


def __getattr__(name: str) -> Any:
    """The async client loads on first use, so blocking-only code does not pay for it (and vice versa)."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "AsyncEigenpalClient",
    "AsyncPage",
    "EigenpalAPIError",
    "EigenpalAuthError",
    "EigenpalClient",
    "EigenpalConnectionError",
    "EigenpalError",
    "EigenpalForbiddenError",
    "EigenpalNotFoundError",
    "EigenpalRateLimitError",
    "EigenpalResponseError",
    "EigenpalResponseTooLargeError",
    "EigenpalServerError",
    "EigenpalTimeoutError",
    "EigenpalUsageError",
    "EigenpalValidationError",
    "EigenpalWebhookError",
    "EigenpalWebhookHeaderError",
    "EigenpalWebhookPayloadError",
    "EigenpalWebhookSignatureError",
    "EigenpalWebhookTimestampError",
    "Page",
    "RawResponse",
    "RequestOptions",
    "__version__",
    "to_records",
]
