"""No secret in any exception (issue 18, item 7): whatever a server answers, the error a call raises holds
neither the API key nor a query value, anywhere in its chain (``__cause__`` and ``__context__``) or in
what the exceptions of that chain hold (arguments, attributes, headers mappings, request objects).

Third-party exceptions carry the request they failed on (aiohttp's ``request_info.headers``, httpx's
``.request``), with its ``Authorization`` header: an error tracker walking the chain, or a log line of
``repr(error.__cause__.__cause__)``, would ship the key. Every malformed answer below is tried on every
transport: the blocking client (httpx), the async client under asyncio (aiohttp) and under trio (httpx),
on a JSON call, a download and an NDJSON stream. The ``eigenpal`` logger's output is checked too.
"""

from __future__ import annotations

import logging
from typing import Any

import pytest

from eigenpal import EigenpalError, RequestOptions
from eigenpal._redact import redact_urls
from tests.support.clients import KEY, clients_for, close
from tests.support.either import collect, maybe
from tests.support.hostile_server import HostileServer
from tests.support.secrets import secrets_held

QUERY_SECRET = "qs_token_5f0c9e1d"
SECRETS = [KEY, QUERY_SECRET]
TARGET = "workflows.extract-invoice"
OPTIONS = RequestOptions(extra_query={"token": QUERY_SECRET})

OK_JSON = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"
CASES: dict[str, tuple[list[tuple[bytes, float]], bool]] = {
    # name: (script, reset the connection at the end instead of closing it)
    "garbled status line": ([(b"HTTP/1.1 2x0 OK\r\ncontent-length: 2\r\n\r\n{}", 0.0)], False),
    "not HTTP at all": ([(b"\x16\x03\x01 hello there\r\n\r\n", 0.0)], False),
    "bad header line": ([(OK_JSON + b"no colon here\r\ncontent-length: 2\r\n\r\n{}", 0.0)], False),
    "bad chunk size": ([(OK_JSON + b"transfer-encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n", 0.0)], False),
    "duplicate content-length": ([(OK_JSON + b"content-length: 2\r\ncontent-length: 3\r\n\r\n{}", 0.0)], False),
    "huge header": ([(OK_JSON + b"x-big: " + b"a" * 200_000 + b"\r\ncontent-length: 2\r\n\r\n{}", 0.0)], False),
    "truncated body": ([(OK_JSON + b'content-length: 100\r\n\r\n{"id": "run_', 0.0)], False),
    "reset mid-body": ([(OK_JSON + b'content-length: 100\r\n\r\n{"id": "run_', 0.0)], True),
    "closed before answering": ([], False),
    "reset before answering": ([], True),
    "not gzip": ([(OK_JSON + b"content-encoding: gzip\r\ncontent-length: 2\r\n\r\n{}", 0.0)], False),
    "error status, truncated body": (
        [(b"HTTP/1.1 500 Oops\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{", 0.0)],
        False,
    ),
}  # fmt: skip

CALLS = {
    "runs.get": lambda client: client.runs.get("run_1", options=OPTIONS),
    "files.download": lambda client: client.files.download("file_1", options=OPTIONS),
    "experiments.create_stream": lambda client: collect(
        client.automations.experiments.create_stream(TARGET, {}, options=OPTIONS)
    ),
}


def test_the_walk_finds_a_key_held_deep_in_a_chain() -> None:
    """The checker itself: a key three levels down, in a headers mapping of an attribute, is found."""

    class Info:
        def __init__(self) -> None:
            self.headers = {"Authorization": f"Bearer {KEY}"}

    inner = ValueError("bad")
    inner.request_info = Info()  # type: ignore[attr-defined]
    middle = RuntimeError("middle")
    middle.__context__ = inner
    outer = EigenpalError("outer")
    outer.__cause__ = middle
    assert secrets_held(outer, SECRETS) and not secrets_held(EigenpalError("clean"), SECRETS)


@pytest.mark.anyio
@pytest.mark.usefixtures("no_backoff")
@pytest.mark.parametrize("call", CALLS.values(), ids=list(CALLS))
@pytest.mark.parametrize("case", CASES.values(), ids=list(CASES))
async def test_no_secret_in_any_exception_of_the_chain(
    case: tuple[list[tuple[bytes, float]], bool],
    call: Any,
    anyio_backend: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="eigenpal")
    script, reset = case
    with HostileServer(script, reset=reset) as server:
        for client in clients_for(anyio_backend, server.url, max_retries=1, timeout_seconds=5):
            with pytest.raises(EigenpalError) as raised:
                await maybe(call(client))
            assert secrets_held(raised.value, SECRETS) == [], type(client).__name__
            await close(client)
    logged = [record.getMessage() for record in caplog.records if record.name.startswith("eigenpal")]
    assert not [line for line in logged if any(secret in line for secret in SECRETS)]


def test_urls_quoted_in_a_message_lose_their_query_and_credentials() -> None:
    text = (
        "ClientResponseError: url='http://me:pw@h:1/api?token=t1#x' and https://h/p?sig=t2, kept: http://h/p"
    )
    redacted = redact_urls(text)
    assert not any(secret in redacted for secret in ("pw", "t1", "t2"))
    assert (
        "http://***@h:1/api?***" in redacted
        and "https://h/p?***" in redacted
        and "kept: http://h/p" in redacted
    )
