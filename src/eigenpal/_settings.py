"""Client settings from the constructor's arguments or the environment, checked before any request.

Shared by both clients; the messages never repeat a key or the secret part of a URL.
"""

from __future__ import annotations

import enum
import os
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from ._constants import (
    DEFAULT_BASE_URL,
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MULTIPART_MAX_BYTES,
    ENV_API_KEY,
    ENV_BASE_URL,
    ENV_MULTIPART_MAX_BYTES,
)
from ._errors import EigenpalUsageError
from ._redact import redact_url

if TYPE_CHECKING:
    from ._transports.proxies import Proxy

_KEY_CHARACTERS = frozenset(chr(code) for code in range(0x21, 0x7F))

UNLIMITED_WORDS = frozenset({"none", "null", "unlimited"})


class Default(enum.Enum):
    """The value of a setting left out: the environment's, else the SDK's default (for ``with_options``:
    the client's own)."""

    DEFAULT = "DEFAULT"

    def __repr__(self) -> str:
        return "DEFAULT"  # as signatures and the reference show it


DEFAULT = Default.DEFAULT


def resolve_api_key(api_key: object, client: str) -> str:
    """The key from the argument or the environment, checked without ever echoing it."""
    key = api_key if api_key is not None else os.environ.get(ENV_API_KEY)
    if not isinstance(key, str) or not key.strip():
        raise EigenpalUsageError(
            f"api_key is missing: pass {client}(api_key=...) or set the {ENV_API_KEY} environment variable."
        )
    key = key.strip()
    if not set(key) <= _KEY_CHARACTERS:
        raise EigenpalUsageError(
            "api_key contains a character a key cannot have (whitespace, a control character or a "
            "non-ASCII character such as a zero-width space, often picked up by copy and paste); "
            "copy the key from the dashboard again."
        )
    return key


def resolve_base_url(base_url: object) -> str:
    """``https://host[/prefix]`` without a trailing slash or ``/v1`` (the paths carry it).

    An empty ``base_url`` is a mistake, not a request for production; credentials and queries are refused
    and never repeated in the message."""
    url = base_url if base_url is not None else os.environ.get(ENV_BASE_URL) or DEFAULT_BASE_URL
    source = "base_url" if base_url is not None else ENV_BASE_URL
    if not isinstance(url, str) or not url.strip():
        raise EigenpalUsageError(
            f"{source} is empty: leave it out for {DEFAULT_BASE_URL}, or give your deployment's URL."
        )
    try:
        parts = urlsplit(url.strip())
        parts.port  # noqa: B018  (raises on a malformed port)
    except ValueError:
        raise EigenpalUsageError(f"{source}={redact_url(url)!r} is not a valid URL.") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise EigenpalUsageError(
            f"{source}={redact_url(url)!r} must be an http(s) URL such as {DEFAULT_BASE_URL!r}."
        )
    if parts.query or parts.fragment or "@" in parts.netloc:
        raise EigenpalUsageError(
            f"{source}={redact_url(url)!r} must not contain credentials, a query or a fragment; "
            "pass the key as api_key."
        )
    path = parts.path.rstrip("/").removesuffix("/v1")
    return f"{parts.scheme}://{parts.netloc}{path}"


def resolve_max_response_bytes(value: object) -> int:
    """``max_response_bytes``: a positive whole number of bytes."""
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise EigenpalUsageError(
            f"max_response_bytes must be a positive whole number of bytes (got {value!r}), such as "
            f"{DEFAULT_MAX_RESPONSE_BYTES} (64 MiB, the default)."
        )
    return value


def resolve_network(proxy: object, trust_env: object, own_client: bool) -> tuple[Proxy | None, bool]:
    """``proxy`` (checked) and ``trust_env``, which configure the SDK's own pool; a caller's
    ``http_client`` keeps its own settings, so neither may be given with it."""
    from ._transports.proxies import parse_proxy

    if not isinstance(trust_env, bool):
        raise EigenpalUsageError(f"trust_env must be True or False (got {type(trust_env).__name__}).")
    if own_client and (proxy is not None or not trust_env):
        raise EigenpalUsageError(
            "proxy and trust_env configure the SDK's own connections; with http_client= set them on "
            "your client instead (it is used as it is)."
        )
    return (None if proxy is None else parse_proxy(proxy, "proxy")), trust_env and not own_client


def resolve_multipart_max_bytes(value: object) -> int | None:
    """``multipart_max_bytes``: the argument, else ``EIGENPAL_MULTIPART_MAX_BYTES``, else 4.5 MiB."""
    if value is DEFAULT:
        text = os.environ.get(ENV_MULTIPART_MAX_BYTES)
        if text is None or not text.strip():
            return DEFAULT_MULTIPART_MAX_BYTES
        text = text.strip()
        if text.lower() in UNLIMITED_WORDS:
            return None
        if not (text.isascii() and text.isdigit()):
            raise EigenpalUsageError(
                f"{ENV_MULTIPART_MAX_BYTES}={text[:40]!r} must be a whole number of bytes (0 or more), or "
                "'none' for no limit (an API without a request-body limit)."
            )
        return int(text)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise EigenpalUsageError(
            f"multipart_max_bytes must be a whole number of bytes (0 or more) or None for no limit, got "
            f"{value!r}; the default is {DEFAULT_MULTIPART_MAX_BYTES} (the hosted API's 4.5 MiB)."
        )
    return value
