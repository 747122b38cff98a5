"""Downloads answered with a redirect to storage (``302`` to a signed URL): followed on every transport
(httpx blocking, httpx under trio, aiohttp under asyncio), the bytes arrive, and the API key and the
client's own headers go only to the API's origin, never to the storage host. Two loopback servers on
different ports are two origins."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from eigenpal import AsyncEigenpalClient, EigenpalAPIError, EigenpalClient, EigenpalResponseError
from tests.support.canned_server import Canned, CannedServer
from tests.support.clients import KEY, clients_for, close
from tests.support.either import maybe

pytestmark = pytest.mark.anyio

BLOB = b"%PDF-1.7 stored elsewhere \x00\xff" * 1000
OCTETS = {"content-type": "application/octet-stream"}
SIGNED = "/bucket/blob.pdf?X-Signature=deadbeef&X-Expires=60"

DOWNLOADS: dict[str, Callable[..., Any]] = {
    "files.download": lambda client, **to: client.files.download("file_1", **to),
    "templates.download": lambda client, **to: client.templates.download("tpl_1", **to),
    "human_reviews.download_file": lambda client, **to: client.human_reviews.download_file(
        "task_1", "f_1", **to
    ),
    "automations.dataset_review_requests.get_item_file": lambda client, **to: (
        client.automations.dataset_review_requests.get_item_file(
            "workflows.w", "rev_1", "item_1", "a/b.pdf", **to
        )
    ),
    "runs.artifacts.download": lambda client, **to: client.runs.artifacts.download(
        "run_1", "output/a.pdf", **to
    ),
    "runs.artifacts.list": lambda client, **to: client.runs.artifacts.list("run_1", bundle=True, **to),
    "automations.dataset.export": lambda client, **to: client.automations.dataset.export("workflows.w", **to),
}
"""Each download method, called on a client (with ``to=`` when given)."""


@pytest.fixture
def storage() -> Iterator[CannedServer]:
    with CannedServer() as server:
        yield server


def redirect(to: str, status: int = 302) -> Canned:
    return Canned(status, b"", {"location": to})


@pytest.mark.parametrize("method", sorted(DOWNLOADS))
async def test_a_redirect_to_storage_is_followed_without_the_key(
    method: str, anyio_backend: str, canned_server: CannedServer, storage: CannedServer, tmp_path: Path
) -> None:
    call = DOWNLOADS[method]
    for client in clients_for(anyio_backend, canned_server.url, default_headers={"X-Tenant": "t-secret"}):
        try:
            canned_server.push(redirect(storage.url + SIGNED), redirect(storage.url + SIGNED))
            storage.push(Canned(200, BLOB, OCTETS), Canned(200, BLOB, OCTETS))
            assert await maybe(call(client)) == BLOB
            assert await maybe(call(client, to=tmp_path / "copy.pdf")) == len(BLOB)
            assert (tmp_path / "copy.pdf").read_bytes() == BLOB
        finally:
            await close(client)
    assert canned_server.requests and all(
        r.headers["authorization"] == f"Bearer {KEY}" for r in canned_server.requests
    )
    assert [r.path for r in storage.requests] == [SIGNED] * len(canned_server.requests)
    for sent in storage.requests:
        assert "authorization" not in sent.headers and "x-tenant" not in sent.headers
        assert KEY not in repr(sent)


async def test_a_redirect_within_the_api_keeps_the_key(
    anyio_backend: str, canned_server: CannedServer
) -> None:
    for client in clients_for(anyio_backend, canned_server.url):
        try:
            canned_server.push(redirect("/v1/files/file_1/signed"), Canned(200, BLOB, OCTETS))
            assert await maybe(client.files.download("file_1")) == BLOB
        finally:
            await close(client)
    assert [r.path for r in canned_server.requests][-2:] == [
        "/v1/files/file_1/content",
        "/v1/files/file_1/signed",
    ]
    assert all(r.headers["authorization"] == f"Bearer {KEY}" for r in canned_server.requests)


async def test_storage_that_redirects_back_to_the_api_gets_no_key_there(
    anyio_backend: str, canned_server: CannedServer, storage: CannedServer
) -> None:
    """Once a redirect has left the API's origin, no later hop carries the key, wherever it points."""
    for client in clients_for(anyio_backend, canned_server.url):
        try:
            canned_server.push(redirect(storage.url + SIGNED), Canned(200, BLOB, OCTETS))
            storage.push(redirect(canned_server.url + "/v1/after-storage"))
            assert await maybe(client.files.download("file_1")) == BLOB
        finally:
            await close(client)
    back = [r for r in canned_server.requests if r.path == "/v1/after-storage"]
    assert back and all("authorization" not in r.headers for r in back)


async def test_a_failed_storage_answer_asks_the_api_again(
    anyio_backend: str, canned_server: CannedServer, storage: CannedServer, no_backoff: None
) -> None:
    """A 503 from storage is retried from the API's redirect (a signed URL may expire)."""
    for client in clients_for(anyio_backend, canned_server.url):
        try:
            canned_server.push(redirect(storage.url + SIGNED), redirect(storage.url + SIGNED))
            storage.push(Canned(503, b"busy", {"content-type": "text/plain"}), Canned(200, BLOB, OCTETS))
            assert await maybe(client.files.download("file_1")) == BLOB
        finally:
            await close(client)
    assert len(canned_server.requests) == len(storage.requests) == 2 * (1 + (anyio_backend == "asyncio"))


async def test_storage_refusing_raises_an_api_error_without_the_key(
    anyio_backend: str, canned_server: CannedServer, storage: CannedServer
) -> None:
    for client in clients_for(anyio_backend, canned_server.url):
        try:
            canned_server.push(redirect(storage.url + SIGNED))
            storage.push(
                Canned(403, b"<Error>Request has expired</Error>", {"content-type": "application/xml"})
            )
            with pytest.raises(EigenpalAPIError) as raised:
                await maybe(client.files.download("file_1"))
            assert raised.value.status == 403 and "expired" in str(raised.value)
            assert KEY not in str(raised.value) and "deadbeef" not in str(raised.value)
        finally:
            await close(client)


@pytest.mark.parametrize(
    "location",
    [
        "ftp://storage.example/blob",
        "file:///etc/passwd",
        "javascript:alert(1)",
        "https://:443/no-host",
        "http://[::1/garbled",
        "http://storage.example:99999/port",
        "https://störage.example/not-ascii",
    ],
)
async def test_a_redirect_that_is_not_to_an_http_url_is_refused(
    location: str, anyio_backend: str, canned_server: CannedServer
) -> None:
    for client in clients_for(anyio_backend, canned_server.url):
        try:
            canned_server.push(redirect(location))
            with pytest.raises(EigenpalResponseError, match="redirected to"):
                await maybe(client.files.download("file_1"))
        finally:
            await close(client)


async def test_a_redirect_loop_ends_with_an_error(
    anyio_backend: str, canned_server: CannedServer, storage: CannedServer
) -> None:
    for client in clients_for(anyio_backend, canned_server.url, max_retries=0):
        try:
            canned_server.push(redirect(storage.url + "/loop"))
            storage.push(*[redirect(storage.url + "/loop")] * 20)
            with pytest.raises(EigenpalResponseError, match="redirected more than"):
                await maybe(client.files.download("file_1"))
        finally:
            await close(client)
        storage.queue.clear()


async def test_a_caller_s_http_client_follows_without_the_key_too(
    canned_server: CannedServer, storage: CannedServer
) -> None:
    """With ``http_client=`` the redirect goes through the caller's client, still without the key."""
    canned_server.push(redirect(storage.url + SIGNED), redirect(storage.url + SIGNED))
    storage.push(Canned(200, BLOB, OCTETS), Canned(200, BLOB, OCTETS))
    with EigenpalClient(api_key=KEY, base_url=canned_server.url, http_client=httpx.Client()) as client:
        assert client.files.download("file_1") == BLOB
    async with AsyncEigenpalClient(
        api_key=KEY, base_url=canned_server.url, http_client=httpx.AsyncClient()
    ) as async_client:
        assert await async_client.files.download("file_1") == BLOB
    assert len(storage.requests) == 2 and all("authorization" not in r.headers for r in storage.requests)
