"""Proxies (issue 18, item 9), the same on every transport: ``HTTPS_PROXY``, ``ALL_PROXY`` and ``NO_PROXY``
(either case) are honoured unless ``trust_env=False``; ``proxy=`` names one explicitly; an https API goes
through it in a CONNECT tunnel, so the proxy sees the host and port but never the key; a plain-http API
never goes through a proxy; a caller's ``http_client`` keeps its own settings.

The proxy is ``tests/support/recording_proxy.py``: it accepts the tunnel, records the CONNECT and the first
bytes through it (a TLS ClientHello), and closes, so each call ends in a connection error after showing
where it went. The API host is a second recorder on ``localhost`` (not in ``NO_PROXY`` unless a test puts
it there), which shows when a client came directly.
"""

from __future__ import annotations

import base64
import logging
import urllib.request
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from eigenpal import (
    AsyncEigenpalClient,
    EigenpalClient,
    EigenpalConnectionError,
    EigenpalUsageError,
)
from eigenpal.emulator import Emulator
from tests.support.clients import KEY, clients_for, close
from tests.support.either import maybe
from tests.support.recording_proxy import RecordingProxy
from tests.support.secrets import secrets_held

VARIABLES = ["http_proxy", "https_proxy", "all_proxy", "no_proxy"]


@pytest.fixture(autouse=True)
def no_proxy_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts from an environment that names no proxy."""
    for name in VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)


@pytest.fixture
def proxy() -> Iterator[RecordingProxy]:
    with RecordingProxy() as recorder:
        yield recorder


@pytest.fixture
def api() -> Iterator[RecordingProxy]:
    """The API host: records a client that comes to it directly."""
    with RecordingProxy() as recorder:
        yield recorder


async def call_fails(client: Any) -> EigenpalConnectionError:
    """A call that cannot complete (the recorder closes the connection), and the error it raised."""
    with pytest.raises(EigenpalConnectionError) as raised:
        await maybe(client.runs.get("run_1"))
    await close(client)
    return raised.value


def assert_tunnelled(proxy: RecordingProxy, api: RecordingProxy, calls: int) -> None:
    """Every call went through ``proxy`` in a tunnel to ``api``, and the key never crossed it readably."""
    assert len(proxy.connections) == calls and api.connections == []
    for seen in proxy.connections:
        assert seen.request_line == f"CONNECT localhost:{api.port} HTTP/1.1"
        assert seen.tunnel[:2] == b"\x16\x03" and b"localhost" in seen.tunnel  # a TLS ClientHello, with SNI
        assert KEY.encode() not in seen.raw and b"authorization" not in seen.raw.lower().replace(
            b"proxy-authorization", b""
        )


def assert_direct(proxy: RecordingProxy, api: RecordingProxy, calls: int) -> None:
    assert proxy.connections == [] and len(api.connections) == calls
    assert all(seen.raw[:2] == b"\x16\x03" for seen in api.connections)  # TLS from the first byte


# ---- the environment ---------------------------------------------------------------------------------------
@pytest.mark.anyio
@pytest.mark.parametrize("variable", ["HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"])
async def test_an_https_api_goes_through_the_environments_proxy_in_a_tunnel(
    variable: str,
    proxy: RecordingProxy,
    api: RecordingProxy,
    anyio_backend: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(variable, proxy.url)
    clients = clients_for(anyio_backend, f"https://localhost:{api.port}", max_retries=0, timeout_seconds=5)
    for client in clients:
        error = await call_fails(client)
        assert f"through the proxy {proxy.url}" in str(error) and secrets_held(error, [KEY]) == []
    assert_tunnelled(proxy, api, len(clients))


@pytest.mark.anyio
async def test_https_proxy_wins_over_all_proxy(
    proxy: RecordingProxy, api: RecordingProxy, anyio_backend: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with RecordingProxy() as other:
        monkeypatch.setenv("ALL_PROXY", other.url)
        monkeypatch.setenv("HTTPS_PROXY", proxy.url)
        clients = clients_for(anyio_backend, f"https://localhost:{api.port}", max_retries=0)
        for client in clients:
            await call_fails(client)
        assert other.connections == []
    assert_tunnelled(proxy, api, len(clients))


@pytest.mark.anyio
@pytest.mark.parametrize("variable", ["NO_PROXY", "no_proxy"])
@pytest.mark.parametrize(
    "hosts", ["localhost", ".localhost", "*", "example.com, localhost", "localhost:{port}"]
)
async def test_no_proxy_hosts_are_reached_directly_and_the_proxy_sees_nothing(
    variable: str,
    hosts: str,
    proxy: RecordingProxy,
    api: RecordingProxy,
    anyio_backend: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    monkeypatch.setenv(variable, hosts.format(port=api.port))
    clients = clients_for(anyio_backend, f"https://localhost:{api.port}", max_retries=0, timeout_seconds=5)
    for client in clients:
        error = await call_fails(client)
        assert "proxy" not in str(error)
    assert_direct(proxy, api, len(clients))


@pytest.mark.anyio
async def test_trust_env_false_ignores_the_environment(
    proxy: RecordingProxy, api: RecordingProxy, anyio_backend: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    monkeypatch.setenv("ALL_PROXY", proxy.url)
    base_url = f"https://localhost:{api.port}"
    clients = clients_for(anyio_backend, base_url, max_retries=0, timeout_seconds=5, trust_env=False)
    for client in clients:
        await call_fails(client)
    assert_direct(proxy, api, len(clients))


@pytest.mark.anyio
async def test_the_decision_is_made_with_the_client_not_per_call(
    proxy: RecordingProxy, api: RecordingProxy, anyio_backend: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The environment is read when a client (or a copy with another base_url) is made; no call reads it."""
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    clients = clients_for(anyio_backend, f"https://127.0.0.1:{api.port}", max_retries=0, timeout_seconds=5)
    copies = [client.with_options(base_url=f"https://localhost:{api.port}") for client in clients]

    def read_per_call() -> None:
        raise AssertionError("a call read the environment's proxies")

    monkeypatch.setattr(urllib.request, "getproxies", read_per_call)
    for client, copy in zip(clients, copies, strict=True):
        await call_fails(copy)  # localhost: through the proxy
        await call_fails(client)  # 127.0.0.1 is in NO_PROXY: directly
    assert len(proxy.connections) == len(clients) and len(api.connections) == len(clients)


# ---- an explicit proxy -------------------------------------------------------------------------------------
@pytest.mark.anyio
async def test_an_explicit_proxy_wins_over_the_environment(
    proxy: RecordingProxy, api: RecordingProxy, anyio_backend: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with RecordingProxy() as other:
        monkeypatch.setenv("HTTPS_PROXY", other.url)
        calls = 0
        for trust_env in (True, False):
            base_url = f"https://localhost:{api.port}"
            for client in clients_for(
                anyio_backend, base_url, max_retries=0, proxy=proxy.url, trust_env=trust_env
            ):
                await call_fails(client)
                calls += 1
        assert other.connections == []
    assert_tunnelled(proxy, api, calls)


@pytest.mark.anyio
async def test_proxy_credentials_go_to_the_proxy_alone_and_are_never_shown(
    api: RecordingProxy, anyio_backend: str
) -> None:
    refused = b"HTTP/1.1 407 Proxy Authentication Required\r\ncontent-length: 0\r\nconnection: close\r\n\r\n"
    password = "pa55:w@rd"
    expected = "Basic " + base64.b64encode(f"me:{password}".encode()).decode()
    with RecordingProxy(answer=refused) as proxy:
        url = proxy.url.replace("http://", "http://me:pa55%3Aw%40rd@")
        clients = clients_for(anyio_backend, f"https://localhost:{api.port}", max_retries=0, proxy=url)
        for client in clients:
            error = await call_fails(client)
            assert "ProxyError" in str(error) and "407" in str(error)
            assert secrets_held(error, [KEY, "pa55", expected.split()[1]]) == []
    assert len(proxy.connections) == len(clients) and api.connections == []
    for seen in proxy.connections:
        assert seen.request_line.startswith("CONNECT ") and seen.headers["proxy-authorization"] == expected


@pytest.mark.anyio
async def test_a_callers_http_client_keeps_its_own_proxy(
    proxy: RecordingProxy, api: RecordingProxy, anyio_backend: str
) -> None:
    base_url = f"https://localhost:{api.port}"
    async with httpx.AsyncClient(proxy=proxy.url) as own:
        await call_fails(AsyncEigenpalClient(api_key=KEY, base_url=base_url, max_retries=0, http_client=own))
    calls = 1
    if anyio_backend == "asyncio":
        with httpx.Client(proxy=proxy.url) as own_sync:
            await call_fails(
                EigenpalClient(api_key=KEY, base_url=base_url, max_retries=0, http_client=own_sync)
            )
        calls += 1
    assert_tunnelled(proxy, api, calls)


# ---- a plain-http API never goes through a proxy -----------------------------------------------------------
@pytest.mark.anyio
async def test_a_plain_http_api_is_reached_directly_whatever_the_environment_says(
    emu: Emulator,
    proxy: RecordingProxy,
    anyio_backend: str,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Through a proxy the key would travel in clear in front of it: the proxy records nothing, and the
    debug log says why the environment's proxy was not used."""
    caplog.set_level(logging.DEBUG, logger="eigenpal")
    for variable in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.setenv(variable, proxy.url)
    for client in clients_for(anyio_backend, emu.url, api_key=emu.api_key):
        assert (await maybe(client.auth.check())).ok
        await close(client)
    assert proxy.connections == []
    assert any("HTTP_PROXY is not used for http://" in record.getMessage() for record in caplog.records)


def test_an_explicit_proxy_with_a_plain_http_api_is_refused(proxy: RecordingProxy) -> None:
    for factory in (EigenpalClient, AsyncEigenpalClient):
        with pytest.raises(EigenpalUsageError, match="plain http: through a proxy the API key would travel"):
            factory(api_key=KEY, base_url="http://api.example.com", proxy=proxy.url)
        client = factory(api_key=KEY, base_url="https://api.example.com", proxy=proxy.url)
        with pytest.raises(EigenpalUsageError, match="plain http"):
            client.with_options(base_url="http://api.example.com")
    assert proxy.connections == []


# ---- settings checked up front -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("socks5://me:secret@127.0.0.1:1080", "SOCKS proxy, which the SDK does not support"),
        ("socks5h://127.0.0.1:1080", "SOCKS"),
        ("https://me:secret@proxy.example.com:443", "https:// proxy"),
        ("ftp://proxy.example.com", "must be an http:// URL"),
        ("proxy.example.com:3128", "must be an http:// URL"),
        ("http://", "must be an http:// URL"),
        ("http://proxy.example.com:port", "must be an http:// URL"),
        ("http://me:secret@proxy.example.com:3128/path?token=secret", "address alone"),
        ("", "must be an http:// URL"),
        (3128, "must be an http:// URL"),
    ],
)
def test_a_proxy_the_sdk_cannot_use_is_refused_without_echoing_credentials(value: Any, message: str) -> None:
    for factory in (EigenpalClient, AsyncEigenpalClient):
        with pytest.raises(EigenpalUsageError, match=message) as raised:
            factory(api_key=KEY, base_url="https://api.example.com", proxy=value)
        assert "proxy" in str(raised.value) and secrets_held(raised.value, ["secret", KEY]) == []


@pytest.mark.parametrize("variable", ["ALL_PROXY", "https_proxy"])
def test_an_environment_proxy_the_sdk_cannot_use_is_refused_naming_the_variable(
    variable: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(variable, "socks5://me:secret@127.0.0.1:1080")
    for factory in (EigenpalClient, AsyncEigenpalClient):
        with pytest.raises(EigenpalUsageError, match=f"{variable.upper()}=.*trust_env=False") as raised:
            factory(api_key=KEY, base_url="https://api.example.com")
        assert secrets_held(raised.value, ["secret"]) == []
        factory(api_key=KEY, base_url="https://api.example.com", trust_env=False)  # the way out
        factory(api_key=KEY, base_url="http://127.0.0.1:9")  # plain http: no proxy is read at all
    monkeypatch.setenv("NO_PROXY", "api.example.com")
    EigenpalClient(api_key=KEY, base_url="https://api.example.com")


def test_an_environment_proxy_may_leave_out_its_scheme(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "127.0.0.1:3128")
    client = EigenpalClient(api_key=KEY, base_url="https://api.example.com")
    assert client._pipeline._route.url == "http://127.0.0.1:3128"


@pytest.mark.parametrize("settings", [{"proxy": "http://127.0.0.1:3128"}, {"trust_env": False}])
def test_proxy_settings_with_a_callers_http_client_are_refused(settings: dict[str, Any]) -> None:
    with httpx.Client() as own, pytest.raises(EigenpalUsageError, match="set them on your client"):
        EigenpalClient(api_key=KEY, base_url="https://api.example.com", http_client=own, **settings)


def test_trust_env_must_be_a_boolean() -> None:
    with pytest.raises(EigenpalUsageError, match="trust_env"):
        EigenpalClient(api_key=KEY, base_url="https://api.example.com", trust_env="no")  # type: ignore[arg-type]
