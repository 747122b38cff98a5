"""The Python SDK for the Eigenpal API."""

from ._errors import (
    EigenpalAPIError,
    EigenpalAuthError,
    EigenpalConnectionError,
    EigenpalError,
    EigenpalForbiddenError,
    EigenpalNotFoundError,
    EigenpalRateLimitError,
    EigenpalResponseError,
    EigenpalServerError,
    EigenpalTimeoutError,
    EigenpalUsageError,
    EigenpalValidationError,
)

__version__ = "0.1.0"

__all__ = [
    "EigenpalAPIError",
    "EigenpalAuthError",
    "EigenpalConnectionError",
    "EigenpalError",
    "EigenpalForbiddenError",
    "EigenpalNotFoundError",
    "EigenpalRateLimitError",
    "EigenpalResponseError",
    "EigenpalServerError",
    "EigenpalTimeoutError",
    "EigenpalUsageError",
    "EigenpalValidationError",
    "__version__",
]
