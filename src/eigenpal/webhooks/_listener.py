"""``WebhookListener``: a loopback receiver of Eigenpal's webhooks, for tests and the command line.

    with WebhookListener(secret) as listener:          # listening on http://127.0.0.1:<free port>/
        ...                                           # point the emulator (or a tunnel) at listener.url
        run = listener.wait_for(run_id)               # the run once an event brings a terminal status

It does what a receiver should: verify each delivery (400 naming the failed check), act on each event once
(``store``), answer 2xx quickly, and keep each run's newest status (``statuses``, never moved backwards).
Standard library only (``http.server`` in a daemon thread), so the command line needs no extra.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
from collections.abc import Callable, Collection, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

from .._async._wait import TERMINAL_STATUSES
from .._errors import EigenpalTimeoutError, EigenpalUsageError, EigenpalWebhookError
from .._generated.models import WebhookRun
from .._params import seconds as _seconds
from ._events import WebhookEvent, verify
from ._receipts import EventStore, MemoryEventStore, RunStatuses
from ._signature import DEFAULT_TOLERANCE, check_tolerance, secret_key

DEFAULT_MAX_BODY_BYTES = 1024 * 1024
"""The largest delivery body a listener reads; a bigger one gets 413."""
_DRAIN_BYTES = 4 * 1024 * 1024
"""At most this much of an unwanted body is read and thrown away after the answer, so the client reads the
answer instead of a connection reset (closing a socket with unread input resets it)."""
_DRAIN_SECONDS = 2.0
_ANSWER_SECONDS = 10.0
"""``close()`` waits at most this long for the deliveries being handled to be answered."""

log = logging.getLogger("eigenpal.webhooks")


class WebhookListener:
    """A receiver of webhook deliveries on ``http://host:port/path`` (``port=0``: a free one; see ``url``).

    Answers: 204 for a new or repeated event, 400 with the failed check for a delivery that does not verify,
    413 for a body over ``max_body_bytes``, 405 for another method, 404 for another path, 500 when
    ``on_event`` raises (the event is forgotten, so the service's retry is handled), 411 for a body without a
    ``Content-Length`` (the service always sends one). A refused body is not read, except that up to 4 MiB of
    it are thrown away after the answer so the sender reads the answer, not a reset. ``events`` holds each
    event's first delivery in arrival order, ``duplicates`` counts repeats, ``rejected`` the failures,
    ``statuses`` each run's newest status. ``on_event`` runs once per new event, in the server's thread."""

    def __init__(
        self,
        secret: str | bytes,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        path: str = "/",
        tolerance: float | None = DEFAULT_TOLERANCE,
        store: EventStore | None = None,
        on_event: Callable[[WebhookEvent], object] | None = None,
        on_rejected: Callable[[EigenpalWebhookError], object] | None = None,
        max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    ) -> None:
        secret_key(secret)
        self._secret = secret
        self.host = _host(host)
        self.port = _port(port)
        self.path = _path(path)
        self.tolerance = check_tolerance(tolerance)
        self.store: EventStore = _store(store)
        self.on_event: Callable[[WebhookEvent], object] | None = _callback("on_event", on_event)
        self.on_rejected: Callable[[EigenpalWebhookError], object] | None = _callback(
            "on_rejected", on_rejected
        )
        self.max_body_bytes = _positive_int("max_body_bytes", max_body_bytes)
        self.events: list[WebhookEvent] = []
        self.duplicates = 0
        self.rejected: list[EigenpalWebhookError] = []
        self.statuses = RunStatuses()
        self._changed = threading.Condition()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._closed = threading.Event()
        self._answering = 0

    @property
    def url(self) -> str:
        """Where deliveries go: ``http://host:port/path``, known once ``start()`` has bound the port."""
        if self._thread is None:
            raise EigenpalUsageError("url: the listener has no port yet; call start() or enter `with` first")
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}{self.path}"

    def start(self) -> WebhookListener:
        """Bind the port and serve in a daemon thread; returns the listener. Starting twice is harmless."""
        if self._closed.is_set():
            raise EigenpalUsageError("start(): this listener was closed; make a new WebhookListener")
        if self._server is not None:
            return self
        try:
            server = _Server((self.host, self.port), _Handler, self)
        except OSError as exc:
            raise EigenpalUsageError(
                f"host/port: cannot listen on {self.host}:{self.port} ({exc.strerror or exc}); "
                "pass port=0 for a free port"
            ) from None
        self._server, self.port = server, int(server.server_address[1])
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.1}, name="eigenpal-webhooks", daemon=True
        )
        self._thread.start()
        return self

    def close(self) -> None:
        """Stop serving and free the port (idempotent); ``serve_forever`` returns."""
        self._closed.set()
        server, self._server = self._server, None
        if server is not None:
            server.shutdown()
            with self._changed:  # each delivery being handled gets its answer before the process can end
                self._changed.wait_for(lambda: self._answering == 0, _ANSWER_SECONDS)
            server.server_close()
        if self._thread is not None:
            self._thread.join()
        with self._changed:
            self._changed.notify_all()

    def serve_forever(self) -> None:
        """Start if need be, then block until ``close()`` (from another thread) or Ctrl-C, which closes the
        listener and returns: for a command that listens until stopped."""
        self.start()
        try:
            self._closed.wait()
        except KeyboardInterrupt:
            pass
        finally:
            self.close()

    def wait_for(
        self, run_id: str, *, statuses: Collection[str] = TERMINAL_STATUSES, timeout: float = 10
    ) -> WebhookRun:
        """The run, as the event that brought it into one of ``statuses`` described it (default: a terminal
        status). Blocks until such an event arrives; ``EigenpalTimeoutError`` after ``timeout`` seconds,
        naming the run and its last known status."""
        if not isinstance(run_id, str) or not run_id:
            raise EigenpalUsageError(f"run_id: the run's id (exec_…), got {run_id!r}")
        if isinstance(statuses, str) or not isinstance(statuses, Collection) or not statuses:
            raise EigenpalUsageError(
                f"statuses: a collection of run statuses such as {{'completed'}}, got {statuses!r}"
            )
        wanted = frozenset(str(status) for status in statuses)
        seconds = _seconds(timeout, "timeout", zero=True)
        with self._changed:
            arrived = self._changed.wait_for(
                lambda: self.statuses.status(run_id) in wanted or self._closed.is_set(), seconds
            )
            run = self.statuses.get(run_id)
        if arrived and run is not None and str(run.status) in wanted:
            return run
        known = "no event for it arrived" if run is None else f"its last known status is {run.status}"
        ended = "the listener was closed" if self._closed.is_set() else f"within {seconds:g} s"
        raise EigenpalTimeoutError(
            f"run {run_id}: no webhook brought it to {' or '.join(sorted(wanted))} ({ended}); {known}",
            run_id=run_id,
        )

    def __enter__(self) -> WebhookListener:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        where = self.url if self._server is not None else "closed" if self._closed.is_set() else "not started"
        return f"WebhookListener({where}, {len(self.events)} events, {len(self.rejected)} rejected)"

    @contextlib.contextmanager
    def _answering_one(self) -> Iterator[None]:
        """One delivery read, handled and answered: its handler thread is a daemon, so ``close()`` waits."""
        with self._changed:
            self._answering += 1
        try:
            yield
        finally:
            with self._changed:
                self._answering -= 1
                self._changed.notify_all()

    def _receive(self, body: bytes, headers: dict[str, str]) -> tuple[int, str]:
        """The answer to one delivery: its status and plain-text reason."""
        try:
            event = verify(body, headers, self._secret, tolerance=self.tolerance)
        except EigenpalWebhookError as exc:
            with self._changed:
                self.rejected.append(exc)
            _call(self.on_rejected, exc)
            return 400, f"rejected: the {exc.check} check failed"
        if not self.store.add(event.id):
            with self._changed:
                self.duplicates += 1
            return 204, ""
        if self.on_event is not None:
            try:
                self.on_event(event)
            except Exception:
                self.store.discard(event.id)
                log.exception(
                    "on_event failed for webhook event %s; answered 500 so it is sent again", event.id
                )
                return 500, "on_event failed; send the event again"
        with self._changed:
            self.events.append(event)
            self.statuses.apply(event)
            self._changed.notify_all()
        return 204, ""


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], handler: type[_Handler], listener: WebhookListener) -> None:
        self.address_family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        self.listener = listener
        super().__init__(address, handler)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def do_POST(self) -> None:
        with self.server.listener._answering_one():
            self._deliver()

    def _deliver(self) -> None:
        listener = self.server.listener
        if not self._on_path():
            return
        length = self._length()
        if length is None:
            return
        if length > listener.max_body_bytes:
            self._answer(413, f"the body is over {listener.max_body_bytes} bytes", unread=length)
            return
        body = self.rfile.read(length)
        status, reason = listener._receive(
            body, {name.lower(): value for name, value in self.headers.items()}
        )
        self._answer(status, reason)

    def do_GET(self) -> None:
        self._not_allowed()

    do_HEAD = do_PUT = do_PATCH = do_DELETE = do_OPTIONS = do_GET

    def _not_allowed(self) -> None:
        if self._on_path():
            self._answer(405, "webhook deliveries are POSTs", unread=self._declared(), allow="POST")

    def _on_path(self) -> bool:
        if urlsplit(self.path).path == self.server.listener.path:
            return True
        self._answer(404, f"deliveries go to {self.server.listener.path}", unread=self._declared())
        return False

    def _declared(self) -> int:
        try:
            return max(0, int(self.headers.get("Content-Length") or 0))
        except ValueError:
            return _DRAIN_BYTES

    def _length(self) -> int | None:
        value = self.headers.get("Content-Length")
        if value is None:
            self._answer(411, "send the body with a Content-Length", unread=_DRAIN_BYTES)
            return None
        if not value.strip().isdigit():
            self._answer(400, "Content-Length is not a number", unread=_DRAIN_BYTES)
            return None
        return int(value)

    def _answer(self, status: int, reason: str, *, unread: int = 0, allow: str | None = None) -> None:
        """Send the answer; with a body left unread, close the connection after throwing a bounded part of
        that body away, so the client reads this answer rather than a reset."""
        data = f"{reason}\n".encode() if reason else b""
        self.send_response(status)
        if allow:
            self.send_header("Allow", allow)
        if status != 204:
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
        if unread:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if data and self.command != "HEAD":
            self.wfile.write(data)
        self.wfile.flush()
        if unread:
            self._discard(min(unread, _DRAIN_BYTES))

    def _discard(self, limit: int) -> None:
        try:
            self.connection.shutdown(socket.SHUT_WR)
            self.connection.settimeout(_DRAIN_SECONDS)
            while limit > 0:
                chunk = self.connection.recv(min(limit, 65536))
                if not chunk:
                    break
                limit -= len(chunk)
        except OSError:
            pass

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("webhook listener: " + format, *args)


def _call(callback: Callable[[EigenpalWebhookError], object] | None, error: EigenpalWebhookError) -> None:
    if callback is None:
        return
    try:
        callback(error)
    except Exception:
        log.exception("on_rejected failed; the delivery was answered 400 all the same")


def _host(host: object) -> str:
    if not isinstance(host, str) or not host.strip():
        raise EigenpalUsageError(f"host: an address to listen on, such as '127.0.0.1'; got {host!r}")
    return host.strip().strip("[]")


def _port(port: object) -> int:
    if isinstance(port, bool) or not isinstance(port, int) or not 0 <= port <= 65535:
        raise EigenpalUsageError(f"port: a port number 0-65535 (0 picks a free one); got {port!r}")
    return port


def _path(path: object) -> str:
    if not isinstance(path, str) or not path.startswith("/") or any(c in path for c in "?# \r\n"):
        raise EigenpalUsageError(f"path: the URL path deliveries go to, starting with '/'; got {path!r}")
    return path


def _store(store: object) -> EventStore:
    if store is None:
        return MemoryEventStore()
    if not isinstance(store, EventStore):
        raise EigenpalUsageError(
            f"store: an EventStore (add(event_id) -> bool, discard(event_id)), got {type(store).__name__}"
        )
    return store


def _callback(name: str, callback: Any) -> Any:
    if callback is not None and not callable(callback):
        raise EigenpalUsageError(f"{name}: a function taking one argument, or None; got {callback!r}")
    return callback


def _positive_int(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise EigenpalUsageError(f"{name}: a whole number of bytes, at least 1; got {value!r}")
    return value
