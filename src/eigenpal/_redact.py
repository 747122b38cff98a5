"""Keeping secrets out of messages: the API key, and credentials or tokens in a URL."""

from __future__ import annotations

import re

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
