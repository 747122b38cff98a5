"""Downloads that redirect to storage, against hostile answers, on every transport (httpx blocking and
aiohttp under asyncio, httpx under trio): the key and the SDK's headers stay on the API's origin, plain
http is refused unless the API is local, a loop ends, and a signed URL is a secret (never in a log line or
an error message).

An https origin is not served here: plain http is what the refusal looks at (it happens before
connecting), so a loopback API is made to count as remote instead."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from eigenpal import EigenpalError, EigenpalResponseError
from eigenpal._async import _base_client as async_base
from eigenpal._generated.types import Request
from eigenpal._sync import _base_client as sync_base
from tests.support.canned_server import Canned, CannedServer
from tests.support.clients import KEY, clients_for, close
from tests.support.either import maybe
from tests.support.hostile_server import HostileServer

pytestmark = pytest.mark.anyio

SIGNATURE = "X-Signature=deadbeefcafe"
SIGNED = f"/bucket/blob.pdf?{SIGNATURE}&X-Expires=60"
BLOB = b"%PDF stored elsewhere" * 100
OCTETS = {"content-type": "application/octet-stream"}
SDK_HEADERS = {"authorization", "x-tenant", "cookie", "x-eigenpal-sdk", "x-eigenpal-sdk-version", "x-call"}


@pytest.fixture
def storage() -> Iterator[CannedServer]:
    with CannedServer() as server:
        yield server


def redirect(to: str, **headers: str) -> Canned:
    return Canned(302, b"", {"location": to, **headers})


def _no_credentials(server: CannedServer) -> None:
    assert server.requests
    for sent in server.requests:
        assert not SDK_HEADERS & set(sent.headers), sent.headers
        assert KEY not in repr(sent) and "session-secret" not in repr(sent)


async def test_the_key_never_reaches_the_storage_origin(
    anyio_backend: str, canned_server: CannedServer, storage: CannedServer
) -> None:
    """Storage on another port (another origin) gets no key, default headers, call headers or cookies,
    though the API set a cookie and every request of the API carried the key."""
    from eigenpal import RequestOptions

    options = RequestOptions(headers={"X-Call": "c-secret"})
    for client in clients_for(anyio_backend, canned_server.url, default_headers={"X-Tenant": "t-secret"}):
        try:
            for _ in range(2):
                canned_server.push(
                    redirect(storage.url + SIGNED, **{"set-cookie": "s=session-secret; Path=/"})
                )
                storage.push(Canned(200, BLOB, OCTETS))
                assert await maybe(client.files.download("file_1", options=options)) == BLOB
        finally:
            await close(client)
    assert all(r.headers["authorization"] == f"Bearer {KEY}" for r in canned_server.requests)
    _no_credentials(storage)


async def test_a_storage_url_on_another_host_gets_no_credentials(
    anyio_backend: str, canned_server: CannedServer, storage: CannedServer
) -> None:
    elsewhere = storage.url.replace("127.0.0.1", "localhost")
    for client in clients_for(anyio_backend, canned_server.url, default_headers={"X-Tenant": "t-secret"}):
        try:
            canned_server.push(redirect(elsewhere + SIGNED, **{"set-cookie": "s=session-secret"}))
            storage.push(Canned(200, BLOB, OCTETS))
            assert await maybe(client.runs.artifacts.download("run_1", "output/a.pdf")) == BLOB
        finally:
            await close(client)
    _no_credentials(storage)


async def test_a_redirect_to_plain_http_is_refused_when_the_api_is_not_local(
    anyio_backend: str,
    canned_server: CannedServer,
    storage: CannedServer,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    for module in (async_base, sync_base):
        monkeypatch.setattr(module, "_is_local", lambda base_url: False)
    caplog.set_level(logging.DEBUG)
    for client in clients_for(anyio_backend, canned_server.url):
        try:
            canned_server.push(redirect(storage.url + SIGNED))
            with pytest.raises(EigenpalResponseError, match="plain http") as raised:
                await maybe(client.files.download("file_1"))
        finally:
            await close(client)
        assert "not local" in str(raised.value) and SIGNATURE not in str(raised.value)
    assert storage.requests == []  # refused before connecting
    assert SIGNATURE not in caplog.text


@pytest.mark.parametrize(
    ("current", "location", "local", "allowed"),
    [
        ("https://api.example/v1/files/f/content", "https://s3.example/b?sig=1", False, True),
        ("https://api.example/v1/files/f/content", "http://s3.example/b?sig=1", False, False),
        ("https://storage.example/a?sig=1", "http://127.0.0.1:9/b?sig=1", True, False),  # https -> http
        ("https://localhost/v1/files/f/content", "http://localhost:9/b?sig=1", True, False),
        ("http://127.0.0.1:8/v1/files/f/content", "http://127.0.0.1:9/b?sig=1", True, True),
        ("http://127.0.0.1:8/v1/files/f/content", "https://s3.example/b?sig=1", True, True),
    ],
)
async def test_which_hops_are_followed(
    anyio_backend: str, current: str, location: str, local: bool, allowed: bool
) -> None:
    """The rule itself, for the https hops no loopback server here can answer (the same on both clients:
    the blocking one's is derived from the async one)."""
    request = Request(
        operation_id="files.content.get", response_kind="bytes", parse=bytes, method="GET", url=""
    )
    for module in (async_base, sync_base):
        if allowed:
            assert module._redirect_target(request, current, location, local=local) == location
        else:
            with pytest.raises(EigenpalResponseError, match="plain http") as raised:
                module._redirect_target(request, current, location, local=local)
            assert "sig=1" not in str(raised.value)


@pytest.mark.parametrize(
    ("base_url", "local"),
    [
        ("http://127.0.0.1:8080", True),
        ("http://127.5.0.1", True),
        ("http://[::1]:8080", True),
        ("http://localhost:8080", True),
        ("http://app.localhost", True),
        ("https://api.eigenpal.com", False),
        ("http://192.0.2.2:8080", False),
        ("http://localhost.example.com", False),
    ],
)
async def test_what_counts_as_a_local_api(anyio_backend: str, base_url: str, local: bool) -> None:
    assert async_base._is_local(base_url) is local


async def test_a_redirect_loop_ends_with_a_clear_error(
    anyio_backend: str, canned_server: CannedServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    with CannedServer(default=redirect(f"/again?{SIGNATURE}")) as looping:
        for client in clients_for(anyio_backend, canned_server.url):
            try:
                canned_server.push(redirect(looping.url + SIGNED))
                with pytest.raises(EigenpalResponseError, match="redirected more than 5 times") as raised:
                    await maybe(client.files.download("file_1"))
            finally:
                await close(client)
            assert SIGNATURE not in str(raised.value) and looping.url + "/again" in str(raised.value)
    assert SIGNATURE not in caplog.text


async def test_a_signed_url_is_never_in_a_log_line_or_an_error(
    anyio_backend: str,
    canned_server: CannedServer,
    storage: CannedServer,
    caplog: pytest.LogCaptureFixture,
    no_backoff: None,
) -> None:
    """Followed (httpcore traces the redirect's headers at DEBUG), refused by storage, and cut off by storage."""
    caplog.set_level(logging.DEBUG)
    failures: list[str] = []
    with HostileServer([(b"HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\nshort", 0.0)]) as cut:
        for client in clients_for(anyio_backend, canned_server.url, max_retries=0):
            try:
                canned_server.push(redirect(storage.url + SIGNED))
                storage.push(Canned(200, BLOB, OCTETS))
                assert await maybe(client.files.download("file_1")) == BLOB
                canned_server.push(redirect(storage.url + SIGNED))
                storage.push(
                    Canned(403, f"<Error>{SIGNED} expired</Error>".encode(), {"content-type": "text/xml"})
                )
                with pytest.raises(EigenpalError) as refused:
                    await maybe(client.files.download("file_1"))
                canned_server.push(redirect(cut.url + SIGNED))
                with pytest.raises(EigenpalError) as broken:
                    await maybe(client.files.download("file_1"))
                failures += [repr(refused.value), str(refused.value), repr(broken.value), str(broken.value)]
            finally:
                await close(client)
    for record in caplog.records:
        assert SIGNATURE not in record.getMessage()
    for text in failures:
        assert SIGNATURE not in text and KEY not in text


async def test_a_redirect_answering_a_json_call_says_check_base_url(
    anyio_backend: str, canned_server: CannedServer, storage: CannedServer
) -> None:
    for client in clients_for(anyio_backend, canned_server.url):
        try:
            canned_server.push(redirect(storage.url + SIGNED))
            with pytest.raises(EigenpalError, match="base_url") as raised:
                await maybe(client.files.get("file_1"))
            assert SIGNATURE not in str(raised.value)
        finally:
            await close(client)
    assert storage.requests == []
