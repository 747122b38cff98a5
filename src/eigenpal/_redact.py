"""Keeping secrets out of messages and logs: the API key, and credentials or tokens (a signed query) in a URL."""

from __future__ import annotations

import collections
import contextlib
import logging
import re
from collections.abc import Iterator

_USERINFO = re.compile(r"(?<=://)[^/?#@]*@")
_QUERY = re.compile(r"[?#].*$", re.S)


def redact_url(url: str) -> str:
    """``url`` with any ``user:password@`` and everything from ``?`` or ``#`` on replaced by ``***``."""
    return _QUERY.sub("?***", _USERINFO.sub("***@", url))


def scrub(text: str, secret: str) -> str:
    """``text`` with every occurrence of ``secret`` (and of its bytes' repr) replaced by ``***``."""
    if not secret:
        return text
    return text.replace(secret, "***").replace(repr(secret.encode())[2:-1], "***")


_URL_IN_TEXT = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://[^\s'\"<>]*")


def redact_urls(text: str) -> str:
    """``text`` with every URL in it redacted as ``redact_url`` does (a library's error message may quote
    the URL of the request, query included)."""
    return _URL_IN_TEXT.sub(lambda found: redact_url(found.group()), text)


_SECRET_QUERIES: collections.Counter[str] = collections.Counter()
"""The queries of the signed URLs being requested now (a query may be in flight twice)."""


class _SecretQueries(logging.Filter):
    """Redacts signed URLs from the log lines of the HTTP libraries: in httpx's (``HTTP Request: GET <url>``
    at INFO) a URL whose query is being requested now; in httpcore's traces (DEBUG) the query of every URL
    in an answer's headers, where a redirect's ``Location`` names a signed URL before the SDK follows it.
    The SDK's own log lines never show a query (``redact_url``)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name.startswith("httpcore") and isinstance(record.msg, str):
            if "receive_response_headers" in record.msg:
                record.msg = _LOCATION.sub(lambda found: redact_url(found.group()), redact_urls(record.msg))
        elif _SECRET_QUERIES and isinstance(record.args, tuple):
            record.args = tuple(
                redact_url(str(arg)) if any(query in str(arg) for query in list(_SECRET_QUERIES)) else arg
                for arg in record.args
            )
        return True


_FILTER = _SecretQueries()
_LOCATION = re.compile(r"(?<=\(b'location', b')[^']*", re.IGNORECASE)
"""A ``Location`` header's value in httpcore's trace of an answer's headers (relative ones included)."""
LIBRARY_LOGGERS = ("httpx", "httpcore.http11", "httpcore.http2")


def guard_library_logs() -> None:
    """Attach the filter to the HTTP libraries' loggers (once): a download may be redirected to a signed URL."""
    for name in LIBRARY_LOGGERS:
        library = logging.getLogger(name)
        if _FILTER not in library.filters:
            library.addFilter(_FILTER)


@contextlib.contextmanager
def secret_url(url: str) -> Iterator[None]:
    """While the block runs, httpx's log lines show ``url`` without its query."""
    query = url.partition("?")[2].partition("#")[0]
    if not query:
        yield
        return
    guard_library_logs()
    _SECRET_QUERIES[query] += 1
    try:
        yield
    finally:
        _SECRET_QUERIES[query] -= 1
        if _SECRET_QUERIES[query] <= 0:
            del _SECRET_QUERIES[query]
