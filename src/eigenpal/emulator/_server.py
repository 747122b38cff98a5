"""``Emulator``: the emulated service on a real loopback socket, in a background thread.

The server runs in its own thread with its own event loop, so the same object serves sync tests,
asyncio and trio alike; ``with Emulator() as emu`` (or ``async with``) starts it on a free port of
127.0.0.1 and stops it, leaving no thread or socket behind.

Connections are bounded in time as well as in size: uvicorn's h11 protocol caps a request head at
``MAX_HEAD_BYTES`` and closes idle keep-alive connections after ``KEEP_ALIVE_SECONDS``, and the
protocol here adds the deadline uvicorn lacks, ``header_timeout`` seconds to send each request head,
so stalled half-sent requests (slowloris) cannot hold sockets. Bodies are bounded by the upload cap.
"""

from __future__ import annotations

import asyncio
import secrets
import socket
import threading
from collections.abc import Callable, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, TypeVar

import h11
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from .. import EigenpalUsageError
from ..webhooks import sign
from ._app import EmulatorApp
from ._contract import Contract
from ._faults import Fault
from ._human import HumanReviewStep
from ._records import DEFAULT_MODELS, EmulatedModel
from ._sessions import UPLOAD_TRANSPORTS
from ._state import Automation, Limits
from ._storage_origin import StorageApp
from ._webhooks import (
    WebhookDelivery,
    WebhookFaults,
    WebhookRetry,
    WebhookSender,
    check_url,
    new_webhook_secret,
)
from ._world import DEFAULT_BODY_LIMIT, Behaviour, Config, World

if TYPE_CHECKING:
    from .. import AsyncEigenpalClient, EigenpalClient

T = TypeVar("T")
KEEP_ALIVE_SECONDS = 10
"""Longer than httpx's 5 s keep-alive expiry, so a client never reuses a connection being closed."""
MAX_HEAD_BYTES = 16 * 1024


class ContractViolationError(AssertionError):
    """The emulator answered something openapi.yaml does not allow (test mode)."""


class StorageCredentialsError(AssertionError):
    """A client sent credentials (``Authorization``, a cookie, the API key) to the storage origin."""


class Emulator:
    """A local Eigenpal API. ``emu.url`` is the base URL to give a client, ``emu.api_key`` its key."""

    def __init__(
        self,
        *,
        port: int = 0,
        host: str = "127.0.0.1",
        api_key: str | None = None,
        latency: float = 0.05,
        max_upload_bytes: int = 512 * 1024 * 1024,
        rate_limit: tuple[int, float] | None = None,
        validate_responses: bool = True,
        limits: Limits | None = None,
        header_timeout: float = 10.0,
        spec: dict[str, Any] | None = None,
        models: Sequence[EmulatedModel] | None = None,
        body_limit: int | None = DEFAULT_BODY_LIMIT,
        upload_transport: str = "auto",
        presigned_put_max_bytes: int = 32 * 1024 * 1024,
        part_bytes: int = 8 * 1024 * 1024,
        redirect_downloads: bool = True,
        presign_seconds: int = 900,
        webhook_url: str | None = None,
        webhook_secret: str | None = None,
        webhook_faults: WebhookFaults | None = None,
        webhook_output_limit: int = 64 * 1024,
        webhook_retry: WebhookRetry | None = None,
    ) -> None:
        """``spec`` serves another version of openapi.yaml (parsed); operations without a handler answer 501.
        ``models`` are the tenant's models (``models.list``, parser readiness: none configured, not ready);
        ``None`` gives a language model with text and vision and an OCR model.

        Files travel as in the cloud (see ``Config`` for each option): API request bodies past
        ``body_limit`` (4.5 MiB; ``None``: no limit) answer 413, upload sessions negotiate
        ``upload_transport`` (``auto``: a presigned PUT up to ``presigned_put_max_bytes``, presigned
        multipart parts of ``part_bytes`` above) against the storage origin at ``storage_url``, and with
        ``redirect_downloads`` downloads answer 302 to a signed storage URL.

        With ``webhook_url`` every top-level run sends ``run.created`` and ``run.status_changed`` there,
        signed with ``webhook_secret`` (default: a fresh ``whsec_`` secret, ``emu.webhook_secret``), retried
        per ``webhook_retry`` and disturbed by ``webhook_faults``; an output whose JSON passes
        ``webhook_output_limit`` bytes is left out (``outputOmitted``). See ``emu.webhook_deliveries`` and
        ``emu.wait_for_webhooks()``."""
        if upload_transport not in UPLOAD_TRANSPORTS:
            raise ValueError(
                f"upload_transport must be one of {', '.join(UPLOAD_TRANSPORTS)}, not {upload_transport!r}"
            )
        if body_limit is not None and body_limit < 1:
            raise ValueError(f"body_limit must be a positive number of bytes or None, not {body_limit!r}")
        if part_bytes < 1 or presigned_put_max_bytes < 0:
            raise ValueError("part_bytes must be positive and presigned_put_max_bytes not negative")
        config = Config(
            api_key=api_key or new_api_key(),
            latency=latency,
            max_upload_bytes=max_upload_bytes,
            rate_limit=rate_limit,
            validate_responses=validate_responses,
            limits=limits or Limits(),
            admin_requires_key=api_key is not None,
            header_timeout=header_timeout,
            models=DEFAULT_MODELS if models is None else tuple(models),
            body_limit=body_limit,
            upload_transport=upload_transport,
            presigned_put_max_bytes=presigned_put_max_bytes,
            part_bytes=part_bytes,
            redirect_downloads=redirect_downloads,
            presign_seconds=presign_seconds,
        )
        self.world = World(config)
        self.app = EmulatorApp(self.world, Contract(spec) if spec is not None else None)
        self.webhook_url = None if webhook_url is None else check_url(webhook_url)
        self.webhook_secret = webhook_secret or (new_webhook_secret() if webhook_url is not None else None)
        if self.webhook_url is not None and self.webhook_secret is not None:
            _check_webhook_options(self.webhook_secret, webhook_faults, webhook_output_limit, webhook_retry)
            self.world.webhooks = WebhookSender(
                self.webhook_url,
                self.webhook_secret,
                faults=webhook_faults,
                retry=webhook_retry,
                output_limit=webhook_output_limit,
                check=self._check_event,
                violations=self.world.violations,
            )
        self._host, self._port = host, port
        self._servers: list[uvicorn.Server] = []
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self.url = ""

    @property
    def api_key(self) -> str:
        return self.world.config.api_key

    @property
    def storage_url(self) -> str:
        """The storage origin's base URL (another port: another origin); ``""`` until started."""
        return self.world.storage.url

    # ---- lifecycle -------------------------------------------------------------------------------
    def start(self) -> Emulator:
        """Bind the API's socket and the storage origin's and serve until ``stop()``; returns once
        requests are accepted on both."""
        api_socket, self.url = _bind(self._host, self._port)
        storage_socket, self.world.storage.url = _bind(self._host, 0)
        servers = [
            (self._uvicorn(self.app, lifespan="on"), api_socket),
            (self._uvicorn(StorageApp(self.world), lifespan="off", http=_storage_protocol()), storage_socket),
        ]
        self._servers = [server for server, _ in servers]
        started = threading.Event()

        def serve() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            asyncio.set_event_loop(loop)
            try:
                loop.run_until_complete(self._serve(servers, started))
            finally:
                loop.run_until_complete(loop.shutdown_asyncgens())
                loop.close()
                for _, sock in servers:
                    sock.close()

        port = self.url.rsplit(":", 1)[1]
        self._thread = threading.Thread(target=serve, name=f"eigenpal-emulator:{port}", daemon=True)
        self._thread.start()
        if not started.wait(10) or not all(server.started for server in self._servers):
            self.stop()
            raise RuntimeError("the Eigenpal emulator did not start within 10 seconds")
        return self

    def _uvicorn(self, app: Any, *, lifespan: Literal["on", "off"], http: Any = None) -> uvicorn.Server:
        config = uvicorn.Config(
            app,
            http=http or _protocol(self.world.config.header_timeout),
            log_level="critical",
            lifespan=lifespan,
            access_log=False,
            timeout_graceful_shutdown=2,
            timeout_keep_alive=KEEP_ALIVE_SECONDS,
            h11_max_incomplete_event_size=MAX_HEAD_BYTES,
        )
        return uvicorn.Server(config)

    async def _serve(
        self, servers: list[tuple[uvicorn.Server, socket.socket]], started: threading.Event
    ) -> None:
        tasks = [asyncio.ensure_future(server.serve(sockets=[sock])) for server, sock in servers]
        while not all(server.started for server, _ in servers) and not any(task.done() for task in tasks):
            await asyncio.sleep(0.005)
        started.set()
        await asyncio.gather(*tasks)

    def stop(self) -> None:
        """Stop serving, cancel pending run work and join the server thread; webhooks not yet delivered are
        dropped (``wait_for_webhooks`` first to have them)."""
        for server in self._servers:
            server.should_exit = True
        if self._thread is not None:
            self._thread.join(15)
        self._servers, self._thread = [], None
        if self.world.webhooks is not None:
            self.world.webhooks.close()

    def __enter__(self) -> Emulator:
        return self.start()

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
        if kind is None:
            self.check_contract()
            self.check_storage()

    async def __aenter__(self) -> Emulator:
        return self.start()

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.__exit__(kind, error, tb)

    def check_contract(self) -> None:
        """Raise ``ContractViolationError`` if any response broke openapi.yaml (test mode)."""
        if self.world.violations:
            raise ContractViolationError(
                "emulator responses violated openapi.yaml:\n" + "\n".join(self.world.violations)
            )

    def check_storage(self) -> None:
        """Raise ``StorageCredentialsError`` if any request carried credentials to the storage origin
        (a test that sends them on purpose clears ``emu.world.storage.violations``)."""
        if self.world.storage.violations:
            raise StorageCredentialsError(
                "requests carried credentials to the storage origin:\n"
                + "\n".join(self.world.storage.violations)
            )

    # ---- configuration, thread-safe from the test's side ------------------------------------------------
    def _call(self, function: Callable[[], T]) -> T:
        """Run ``function`` on the server's loop (state belongs to it) and return its result."""
        if self._loop is None or self._thread is None:
            return function()
        future = asyncio.run_coroutine_threadsafe(_as_coroutine(function), self._loop)
        return future.result(10)

    def register(self, target: str, behaviour: Behaviour) -> None:
        """Use ``behaviour(input, files) -> output dict | Output`` for runs of ``target`` (``workflows.x``)."""
        self._call(lambda: self.world.behaviours.__setitem__(target, behaviour))

    def add_automation(
        self,
        alias: str,
        *,
        versions: list[str] | None = None,
        api_trigger: bool = True,
        human_review: HumanReviewStep | None = None,
    ) -> Automation:
        """Register another automation (``workflows.<slug>``, ``agents.<slug>``, or in folders
        ``workflows.<folder>.<slug>``). With ``human_review`` each run waits in ``waiting`` for a person
        to confirm its output's fields: ``human_review=HumanReviewStep(confidences={"total": 0.4})``."""
        return self._call(
            lambda: self.world.add_automation(
                alias, versions=versions, api_trigger=api_trigger, human_review=human_review
            )
        )

    def set_api_trigger(self, target: str, enabled: bool) -> None:
        """Turn the API trigger of an automation on or off (a dashboard action on the real service)."""
        self._call(lambda: self.world.automation(target).triggers.__setitem__("api", enabled))

    def fail_next(self, route: str, status: int, count: int = 1, *, retry_after: str | None = None) -> Fault:
        """Answer the next ``count`` requests of ``route`` (operationId, ``"METHOD /v1/path/{template}"`` or
        ``"*"``; ``ValueError`` for a route no operation has) with ``status``."""
        return self.add_fault(Fault(route, count, status=status, retry_after=retry_after))

    def add_latency(self, route: str, seconds: float, count: int = 1) -> Fault:
        """Delay the next ``count`` requests of ``route`` by ``seconds``."""
        return self.add_fault(Fault(route, count, latency=seconds))

    def drop_next(self, route: str, count: int = 1) -> Fault:
        """Drop the connection mid-response for the next ``count`` requests of ``route``."""
        return self.add_fault(Fault(route, count, drop=True))

    def add_fault(self, fault: Fault) -> Fault:
        return self._call(lambda: self.app.faults.add(fault))

    def clear_faults(self) -> None:
        self._call(self.app.faults.clear)

    def set_latency(self, seconds: float) -> None:
        """Seconds a run takes from creation to its end."""
        self.world.config.latency = seconds

    # ---- webhooks --------------------------------------------------------------------------------------
    @property
    def webhook_deliveries(self) -> list[WebhookDelivery]:
        """Every delivery attempt so far, in the order they ended (empty without a ``webhook_url``)."""
        sender = self.world.webhooks
        return [] if sender is None else list(sender.deliveries)

    def wait_for_webhooks(self, timeout: float = 10) -> None:
        """Block until every event made so far is delivered or given up (``EigenpalTimeoutError`` after
        ``timeout`` seconds). Events of runs still going come later: wait for the runs first."""
        if self.world.webhooks is not None:
            self.world.webhooks.wait(timeout)

    def _check_event(self, event: dict[str, Any]) -> list[str]:
        """The ways ``event`` breaks its body schema in the spec's ``webhooks:`` section; checked when
        answers are (``validate_responses``)."""
        if not self.world.config.validate_responses:
            return []
        delivery = self.app.contract.spec["webhooks"][event["type"]]["post"]["requestBody"]
        schema = delivery["content"]["application/json"]["schema"]
        return [
            f"{issue.field}: {issue.message}" for issue in self.app.contract.validate(schema, event, "event")
        ]

    # ---- clients ---------------------------------------------------------------------------------------
    def client(self, **options: Any) -> EigenpalClient:
        """An ``EigenpalClient`` for this emulator (``options`` as for the client's constructor)."""
        from .. import EigenpalClient

        return EigenpalClient(api_key=self.api_key, base_url=self.url, **options)

    def async_client(self, **options: Any) -> AsyncEigenpalClient:
        """An ``AsyncEigenpalClient`` for this emulator."""
        from .. import AsyncEigenpalClient

        return AsyncEigenpalClient(api_key=self.api_key, base_url=self.url, **options)

    def __repr__(self) -> str:
        return f"Emulator(url={self.url!r})"


def _check_webhook_options(secret: str, faults: object, output_limit: object, retry: object) -> None:
    """Refuse a webhook option that would fail later, naming it."""
    sign(b"", secret, event_id="whev_check")  # a secret that does not sign is refused here
    if faults is not None and not isinstance(faults, WebhookFaults):
        raise EigenpalUsageError(f"webhook_faults: a WebhookFaults(...), got {type(faults).__name__}")
    if retry is not None and not isinstance(retry, WebhookRetry):
        raise EigenpalUsageError(f"webhook_retry: a WebhookRetry(...), got {type(retry).__name__}")
    if isinstance(output_limit, bool) or not isinstance(output_limit, int) or output_limit < 0:
        raise EigenpalUsageError(
            f"webhook_output_limit: a whole number of bytes, at least 0; got {output_limit!r}"
        )


async def _as_coroutine(function: Callable[[], T]) -> T:
    return function()


def _bind(host: str, port: int) -> tuple[socket.socket, str]:
    """A listening-ready socket on ``host:port`` (0: a free port) and its base URL."""
    # IPPROTO_TCP (not 0) lets asyncio set TCP_NODELAY on accepted connections; without it every
    # response waits ~40 ms for a delayed ACK between uvicorn's header and body writes.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    bound_host, bound_port = sock.getsockname()[:2]
    return sock, f"http://{bound_host}:{bound_port}"


def new_api_key() -> str:
    """A fresh random key, as the emulator uses when none is configured."""
    return "ep_test_" + secrets.token_urlsafe(18)


class _HeadDeadlineProtocol(H11Protocol):
    """uvicorn's h11 protocol with a deadline for each request head: a client that connects, or
    starts a request, and then stalls is disconnected after ``head_timeout`` seconds."""

    head_timeout: float
    _deadline: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._watch_head()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        self._watch_head()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _watch_head(self) -> None:
        """Arm the deadline while a request head is awaited; disarm it once the head is in."""
        if self.conn.their_state is not h11.IDLE or self.transport.is_closing():
            self._disarm()
        elif self._deadline is None:
            self._deadline = self.loop.call_later(self.head_timeout, self.transport.close)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None


def _storage_protocol() -> str | None:
    """httptools (the emulator extra installs it) for the storage origin: uvicorn's pure-Python h11 body
    path takes a large PUT at about half the speed of a server that does nothing (``make bench``, row 8),
    so the origin would be the bottleneck of the transfers it serves. h11 when httptools is missing. The
    head deadline (slow-client defence) stays on the API routes, which face the tests of it."""
    try:
        import httptools  # noqa: F401
    except ImportError:
        return None
    return "httptools"


def _protocol(seconds: float) -> type[H11Protocol]:
    """The protocol class uvicorn instantiates per connection, with this emulator's deadline."""

    class Protocol(_HeadDeadlineProtocol):
        head_timeout = seconds

    return Protocol
