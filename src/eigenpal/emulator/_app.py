"""The emulator's ASGI application: one dispatcher in front of a handler per spec operation.

Order of work for each request: request id → admin routes → routing → faults → body limit → auth →
rate limit → request validation → handler → (test mode) response validation. Every API route needs the
bearer key. Bodies are capped as the cloud caps them, before the key is looked at: at
``Config.body_limit`` (4.5 MiB; ``None``: only the upload cap, for a self-hosted service), checked on
``Content-Length`` and counted while a body streams, chunked or not. Past it the answer is the spec's
413, sent once the rest of the body is read and dropped (so the client reads it rather than a reset
connection), up to the upload cap; past that cap the connection is closed.

The control routes under ``/_emulator`` are for tests: ``POST /_emulator/faults`` (a ``Fault`` as JSON,
validated like ``Fault(...)`` and refused when no operation has its route), ``DELETE /_emulator/faults`` and ``GET /_emulator/health``. The fault
routes take JSON only, so a web page cannot post a fault cross-site as a plain form, and they need the
API key (``Authorization: Bearer``) whenever the key was configured rather than generated in-process:
with ``Emulator(api_key=...)`` and always from the command line, which prints its key. An in-process
``Emulator()`` leaves them open to its own test (``emu.fail_next()`` needs no HTTP at all). Health
is always open.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections.abc import Awaitable, Mapping
from typing import Any
from urllib.parse import parse_qs

from python_multipart.exceptions import MultipartParseError
from starlette.datastructures import UploadFile
from starlette.formparsers import MultiPartException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.types import Message, Receive, Scope, Send

from ._contract import Contract, Operation
from ._errors import ApiError, Issue, fail, too_large
from ._faults import Fault, Faults, InvalidFault, RateLimiter
from ._http import Ctx, Form, Handler, ReadLog, json_response, load_json
from ._state import ApiKey, StoredFile
from ._world import World
from .handlers import (
    artifacts,
    auth,
    automations,
    dataset,
    dataset_reviews,
    email_servers,
    evaluators,
    example_files,
    examples,
    experiments,
    files,
    folders,
    health,
    human_reviews,
    models,
    reviews,
    runs,
    templates,
    uploads,
)

logger = logging.getLogger("eigenpal.emulator")
ADMIN_PREFIX = "/_emulator"
REQUEST_ID_HEADER = "x-request-id"


def _table(*modules: Mapping[str, Handler]) -> dict[str, Handler]:
    """The handler modules' ``HANDLERS`` as one table; an operation claimed twice is a bug."""
    table: dict[str, Handler] = {}
    for handlers in modules:
        twice = sorted(table.keys() & handlers.keys())
        if twice:
            raise RuntimeError(f"emulator: more than one handler for {', '.join(twice)}")
        table.update(handlers)
    return table


HANDLERS = _table(
    auth.HANDLERS,
    automations.HANDLERS,
    folders.HANDLERS,
    files.HANDLERS,
    uploads.HANDLERS,
    runs.HANDLERS,
    artifacts.HANDLERS,
    reviews.HANDLERS,
    health.HANDLERS,
    examples.HANDLERS,
    example_files.HANDLERS,
    dataset.HANDLERS,
    dataset_reviews.HANDLERS,
    evaluators.HANDLERS,
    experiments.HANDLERS,
    human_reviews.HANDLERS,
    templates.HANDLERS,
    email_servers.HANDLERS,
    models.HANDLERS,
)
"""Every operation's handler by operationId, looked up per request."""


class EmulatorApp:
    """ASGI app serving the v1 API from a ``World``."""

    def __init__(self, world: World, contract: Contract | None = None) -> None:
        self.world = world
        self.contract = contract or Contract()
        self.faults = Faults(
            {o.operation_id for o in self.contract.operations}
            | {f"{o.method} {o.path}" for o in self.contract.operations}
        )
        limit = world.config.rate_limit
        self.limiter = RateLimiter(*limit) if limit else None
        self.unhandled = sorted({o.operation_id for o in self.contract.operations} - set(HANDLERS))
        if self.unhandled:  # a newer spec than the emulator: serve what it knows, say what it does not
            logger.warning(
                "emulator: no handler for %s; those operations answer 501", ", ".join(self.unhandled)
            )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            return await self._lifespan(receive, send)
        if scope["type"] != "http":
            return
        request = Request(
            scope, _capped(receive, self._body_cap(), self.world.config.max_upload_bytes, self.world)
        )
        request_id = "req_" + secrets.token_hex(8)
        response, _operation_id, fault = await self._respond(request, request_id)
        response.headers.setdefault(REQUEST_ID_HEADER, request_id)
        if fault is not None and fault.drop:
            return await _send_dropped(response, send)
        await response(scope, receive, send)

    def _body_cap(self) -> int:
        """The largest request body taken: the body limit, within the upload cap."""
        limit, cap = self.world.config.body_limit, self.world.config.max_upload_bytes
        return cap if limit is None else min(limit, cap)

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                for task in list(self.world.tasks):
                    task.cancel()
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def _respond(self, request: Request, request_id: str) -> tuple[Response, str | None, Fault | None]:
        raw_path = request.scope.get("raw_path", b"").decode("latin-1").split("?")[0] or request.url.path
        if raw_path.startswith(ADMIN_PREFIX):
            return await _guarded(self._admin(request, raw_path), request, request_id), None, None
        routed = self.contract.route(request.method, raw_path)
        operation = routed[0] if isinstance(routed, tuple) else None
        fault = self.faults.take(operation, request.method)
        response = await _guarded(
            self._handle(request, request_id, raw_path, routed, fault), request, request_id
        )
        response.headers.setdefault(REQUEST_ID_HEADER, request_id)
        if (
            self.world.config.validate_responses
            and operation is not None
            and operation.operation_id not in self.unhandled  # its 501 is the emulator's, not the spec's
            and not (fault and fault.status)
        ):
            body = bytes(getattr(response, "body", b""))  # a streamed body is checked by content type only
            problems = self.contract.check_response(
                operation,
                response.status_code,
                response.headers.get("content-type"),
                body,
                dict(response.headers),
            )
            if problems:
                self.world.violations.extend(problems)
                logger.error("emulator response violates openapi.yaml: %s", problems)
                issues = [Issue("response", p, "emulator_contract_violation") for p in problems]
                response = _error_response(ApiError(500, issues), request_id)
        return response, operation.operation_id if operation else None, fault

    async def _handle(
        self,
        request: Request,
        request_id: str,
        raw_path: str,
        routed: tuple[Operation, dict[str, str]] | str | None,
        fault: Fault | None,
    ) -> Response:
        """Apply the fault, then route, authenticate, validate and run the operation's handler."""
        if fault is not None:
            if fault.latency:
                await asyncio.sleep(fault.latency)
            if fault.status is not None:
                headers = {"retry-after": fault.retry_after or "1"} if fault.status == 429 else {}
                raise ApiError(
                    fault.status,
                    [Issue("", f"Injected fault: {fault.status}", "emulator_fault")],
                    headers=headers,
                )
        await self._check_length(request)
        if routed is None:
            raise ApiError(404, [Issue("path", f"No route {request.method} {raw_path}", "not_found")])
        if routed == "method":
            raise ApiError(
                404, [Issue("method", f"{request.method} is not supported on {raw_path}", "not_found")]
            )
        assert isinstance(routed, tuple)
        operation, path_params = routed
        handler = HANDLERS.get(operation.operation_id)
        if handler is None:
            raise ApiError(
                501,
                [
                    Issue(
                        "", f"The emulator does not implement {operation.operation_id} yet", "not_implemented"
                    )
                ],
                hint=f"Add a handler for {operation.operation_id!r} to a module of eigenpal.emulator.handlers",
            )
        ctx = await self._context(request, request_id, operation, path_params)
        return await handler(ctx)

    async def _context(
        self, request: Request, request_id: str, operation: Operation, path_params: dict[str, str]
    ) -> Ctx:
        key = self._authenticate(request)
        if self.limiter is not None:
            wait = self.limiter.retry_after(key.key)
            if wait is not None:
                raise ApiError(
                    429,
                    [Issue("", "Rate limit exceeded for this API key", "rate_limited")],
                    headers={"retry-after": str(wait)},
                )
        query, issues = self.contract.coerce_query(
            operation, parse_qs(request.url.query, keep_blank_values=True)
        )
        ctx = Ctx(self.world, self.contract, request, operation, path_params, query, request_id, key)
        declared = self.contract.request_content_types(operation)
        if declared:
            await self._read_body(ctx, declared, issues)
        if issues:
            raise ApiError(400, issues)
        if self.world.config.validate_responses:  # test mode: record what the handler reads
            reads = self.world.field_reads
            ctx.query = ReadLog(ctx.query, reads.setdefault((operation.operation_id, "query"), set()))
            if isinstance(ctx.body, dict):
                ctx.body = ReadLog(ctx.body, reads.setdefault((operation.operation_id, "body"), set()))
        return ctx

    async def _check_length(self, request: Request) -> None:
        """413 for a declared ``Content-Length`` past the body cap (its body drained when within the
        upload cap, see the module docstring), or for a streamed body that passes the limit (read first,
        at most the limit, as the cloud's proxy does)."""
        length, cap = request.headers.get("content-length", ""), self._body_cap()
        if not length and self.world.config.body_limit is not None and "transfer-encoding" in request.headers:
            await request.body()  # streamed: counted up to the limit before anything else, as a proxy does
        if length.isdigit() and int(length) > cap:
            if int(length) <= self.world.config.max_upload_bytes:
                async for _ in request.stream():  # the counter drains the rest and raises the 413
                    pass
            raise _too_large(cap)

    def _authenticate(self, request: Request) -> ApiKey:
        """The request's bearer key, else 401. The spec also lets the artifacts ZIP be fetched with a
        signed token; the emulator signs none, so it accepts none."""
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        key = self.world.keys.get(token.strip()) if scheme.lower() == "bearer" else None
        if key is None:
            reason = "Missing bearer API key" if not header else "Invalid API key"
            raise ApiError(
                401,
                [Issue("authorization", reason, "unauthorized")],
                hint="Send Authorization: Bearer <api key>",
            )
        return key

    async def _read_body(self, ctx: Ctx, declared: list[str], issues: list[Issue]) -> None:
        request = ctx.request
        media_type = _media_type(request)
        if media_type not in declared:
            issues.append(
                Issue("Content-Type", f"Send one of {declared}, not {media_type or 'no content type'!r}")
            )
            return
        if media_type == "application/json":
            raw = await request.body()
            try:
                ctx.body = load_json(raw, "Body") if raw else None
            except ValueError as error:
                issues.append(Issue("body", str(error)))
                return
            schema = self.contract.body_schema(ctx.operation, media_type)
            if schema is not None:
                issues.extend(self.contract.validate(schema, ctx.body, ""))
            return
        if media_type != "multipart/form-data":
            ctx.content = await request.body()
            return
        if "boundary=" not in request.headers.get("content-type", ""):
            issues.append(Issue("Content-Type", "multipart/form-data needs its boundary parameter"))
            return
        ctx.form = await self._read_form(request, issues, ctx)

    async def _read_form(self, request: Request, issues: list[Issue], ctx: Ctx) -> Form:
        form = Form()
        try:
            async with request.form(max_files=10000, max_fields=10000) as data:
                for name, value in data.multi_items():
                    if isinstance(value, UploadFile):
                        content = await value.read()
                        ctype = value.content_type if value.content_type not in (None, "") else None
                        form.files.setdefault(name, []).append(
                            StoredFile(value.filename or name, content, ctype)
                        )
                    else:
                        form.fields.setdefault(name, []).append(value)
        except (MultiPartException, MultipartParseError) as error:
            raise ApiError(400, [Issue("body", f"Malformed multipart body: {error}")]) from None
        schema = self.contract.resolve(self.contract.body_schema(ctx.operation, "multipart/form-data") or {})
        for required in schema.get("required", []):
            if required not in form.fields and required not in form.files:
                issues.append(Issue(required, f"Multipart part {required!r} is required"))
        for name in self.contract.json_parts(ctx.operation):
            if form.field(name) is not None:
                try:
                    value = load_json(form.field(name) or "", f"Part {name!r}")
                except ValueError as error:
                    issues.append(Issue(name, str(error)))
                    continue
                if not isinstance(value, dict):
                    issues.append(Issue(name, f"Part {name!r} must be a JSON object"))
        return form

    async def _admin(self, request: Request, path: str) -> Response:
        """The control routes (see the module docstring); errors use the API's envelope."""
        if path == f"{ADMIN_PREFIX}/health":
            return json_response({"ok": True, "violations": len(self.world.violations)})
        if path != f"{ADMIN_PREFIX}/faults" or request.method not in ("POST", "DELETE"):
            raise fail(404, "path", f"No admin route {request.method} {path}", "not_found")
        if self.world.config.admin_requires_key:
            self._authenticate(request)
        if request.method == "DELETE":
            self.faults.clear()
            return json_response({"cleared": True})
        try:
            fault = self.faults.add(await _read_fault(request))
        except InvalidFault as error:
            raise fail(400, error.field, str(error)) from None
        return json_response({"route": fault.route, "count": fault.count}, 201)


async def _read_fault(request: Request) -> Fault:
    """The fault in a control request's JSON body; 400 naming what is wrong."""
    if _media_type(request) != "application/json":
        raise fail(400, "Content-Type", "Send the fault as application/json")
    try:
        return Fault.from_json(load_json(await request.body(), "The fault"))
    except InvalidFault as error:
        raise fail(400, error.field, str(error)) from None
    except ValueError as error:
        raise fail(400, "body", str(error)) from None


async def _guarded(work: Awaitable[Response], request: Request, request_id: str) -> Response:
    """``work``'s response, or the error envelope for what it raised (a bug answers 500, logged)."""
    try:
        return await work
    except ApiError as error:
        return _error_response(error, request_id)
    except ClientDisconnect:  # the client gave up while sending; nothing will read the answer
        return _error_response(
            ApiError(400, [Issue("body", "Client disconnected", "client_disconnected")]), request_id
        )
    except Exception:  # a bug in the emulator: answer like a server, log loudly
        logger.exception("emulator handler failed for %s %s", request.method, request.url.path)
        return _error_response(
            ApiError(500, [Issue("", "Internal emulator error", "internal_error")]), request_id
        )


def _capped(receive: Receive, limit: int, drain_limit: int, world: World) -> Receive:
    """``receive`` that raises a 413 once the body passes ``limit`` bytes, so no body, chunked or not,
    is read past the cap; first it reads and drops the rest of the body, up to ``drain_limit`` bytes. The
    largest body seen is kept in ``world.largest_request_body`` (what tests of the budget read)."""
    received = 0

    async def capped() -> Message:
        nonlocal received
        message = await receive()
        received += len(message.get("body", b""))
        world.largest_request_body = max(world.largest_request_body, received)
        if received > limit:
            while message.get("more_body") and message["type"] == "http.request" and received <= drain_limit:
                message = await receive()
                received += len(message.get("body", b""))
            raise _too_large(limit)
        return message

    return capped


def _too_large(limit: int) -> ApiError:
    return too_large(
        "body", f"Request body exceeds the {limit}-byte limit; send large files in an upload session"
    )


def _media_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


def _error_response(error: ApiError, request_id: str) -> Response:
    envelope: dict[str, Any] = {"issues": [i.to_json() for i in error.issues], "requestId": request_id}
    if error.hint:
        envelope["hint"] = error.hint
    return json_response(envelope, error.status, {**error.headers, REQUEST_ID_HEADER: request_id})


async def _send_dropped(response: Response, send: Send) -> None:
    """Send the headers and half the body, then end the connection without finishing the response."""
    body = bytes(response.body)
    headers = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in response.headers.items()]
    await send({"type": "http.response.start", "status": response.status_code, "headers": headers})
    await send({"type": "http.response.body", "body": body[: len(body) // 2], "more_body": True})
    raise ConnectionAbortedError("emulator fault: connection dropped mid-response")
