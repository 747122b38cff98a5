"""``AsyncEigenpalClient``: the asyncio (and trio) client. ``EigenpalClient`` is derived from this file.

client = AsyncEigenpalClient()          # EIGENPAL_API_KEY / EIGENPAL_BASE_URL from the environment
run = await client.run_and_wait("workflows.extract-invoice", input={"contract": Path("c.pdf")})
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from contextlib import AbstractContextManager, ExitStack
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal

import httpx

from .. import _aliases
from .._constants import (
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT_SECONDS,
)
from .._errors import EigenpalUsageError
from .._logging import configure_from_env
from .._options import RequestOptions, checked_options
from .._params import bounded, headers, required_id, retries, timeout
from .._settings import (
    DEFAULT,
    Default,
    resolve_api_key,
    resolve_base_url,
    resolve_max_response_bytes,
    resolve_multipart_max_bytes,
    resolve_network,
)
from ._base_client import AsyncAPIClient
from ._facade import SEED_ERA_BASE_URLS, SEED_ERA_FILE_REFERENCE, AsyncEigenpalClientBase

if TYPE_CHECKING:
    from .._files import Progress
    from .._generated.models import Run, RunAccepted
    from .._generated.types import Request
    from .._responses import RawResponse
    from .._run_request import Trigger
    from .._targets import Target


class AsyncEigenpalClient(AsyncEigenpalClientBase):
    """The Eigenpal API client for async code.

    Args:
        api_key: Bearer key from the dashboard; defaults to ``EIGENPAL_API_KEY``.
        base_url: Your deployment, for self-hosted setups; defaults to ``EIGENPAL_BASE_URL``, then
            ``https://api.eigenpal.com``.
        timeout_seconds: The deadline of each attempt of a call, in seconds or an ``httpx.Timeout`` (read as
            its longest limit); a long-poll adds the time it asks the server to wait.
        max_retries: Retries of requests that are safe to repeat (see the README's retry policy).
        default_headers: Extra headers sent with every request.
        http_client: Your own ``httpx.AsyncClient`` (its own proxies, transports); you close it yourself.
        max_response_bytes: The most read of a JSON answer, an error body or a stream line (64 MiB);
            past it the call raises ``EigenpalResponseTooLargeError``. Downloads are not capped.
        proxy: An ``http://[user:password@]host:port`` proxy for an https API (a CONNECT tunnel), instead of
            the environment's; a plain-http ``base_url`` never goes through a proxy.
        trust_env: Read ``HTTPS_PROXY``, ``ALL_PROXY`` and ``NO_PROXY`` (the README's "Proxies").
        multipart_max_bytes: The largest request body the API takes; a run's file inputs past it (less
            256 KiB for the rest of the request) are uploaded first and sent as ``{"$fileId": ...}``.
            Defaults to ``EIGENPAL_MULTIPART_MAX_BYTES``, then 4.5 MiB (the hosted API's limit); ``None``
            sends every file in the start (an API without the limit).
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout_seconds: float | httpx.Timeout = DEFAULT_TIMEOUT_SECONDS,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        proxy: str | None = None,
        trust_env: bool = True,
        multipart_max_bytes: int | Default | None = DEFAULT,
    ) -> None:
        configure_from_env()
        self._multipart_max_bytes = resolve_multipart_max_bytes(multipart_max_bytes)
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise EigenpalUsageError("http_client must be an httpx.AsyncClient for AsyncEigenpalClient.")
        checked_proxy, trusted = resolve_network(proxy, trust_env, http_client is not None)
        self._pipeline = AsyncAPIClient(
            api_key=resolve_api_key(api_key, "AsyncEigenpalClient"),
            base_url=_aliases.base_url(resolve_base_url(base_url), SEED_ERA_BASE_URLS),
            timeout_seconds=timeout(timeout_seconds, "timeout_seconds"),
            max_retries=retries(max_retries),
            default_headers=headers(default_headers or {}, "default_headers"),
            http_client=http_client,
            max_response_bytes=resolve_max_response_bytes(max_response_bytes),
            proxy=checked_proxy,
            trust_env=trusted,
        )

    @classmethod
    def _wrap(cls, pipeline: AsyncAPIClient, multipart_max_bytes: int | None) -> AsyncEigenpalClient:
        client = cls.__new__(cls)
        client._pipeline = pipeline
        client._multipart_max_bytes = multipart_max_bytes
        return client

    @property
    def base_url(self) -> str:
        return self._pipeline.base_url

    @property
    def timeout_seconds(self) -> float:
        return self._pipeline.timeout_seconds

    @property
    def max_retries(self) -> int:
        return self._pipeline.max_retries

    @property
    def max_response_bytes(self) -> int:
        return self._pipeline.max_response_bytes

    @property
    def multipart_max_bytes(self) -> int | None:
        return self._multipart_max_bytes

    def with_options(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout_seconds: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        max_response_bytes: int | None = None,
        multipart_max_bytes: int | Default | None = DEFAULT,
    ) -> AsyncEigenpalClient:
        """A client with other settings that shares this one's connection pool (closing it is a no-op).

        Settings left out are kept (``multipart_max_bytes=None`` is no limit, not "keep"); ``default_headers`` are added to this client's. ``proxy`` and
        ``trust_env`` belong to the pool, so they are not taken here (another ``base_url`` follows them)."""
        return self._wrap(
            self._pipeline.copy(
                api_key=None if api_key is None else resolve_api_key(api_key, "with_options"),
                base_url=None
                if base_url is None
                else _aliases.base_url(resolve_base_url(base_url), SEED_ERA_BASE_URLS),
                timeout_seconds=None
                if timeout_seconds is None
                else timeout(timeout_seconds, "timeout_seconds"),
                max_retries=None if max_retries is None else retries(max_retries),
                default_headers=None
                if default_headers is None
                else headers(default_headers, "default_headers"),
                max_response_bytes=None
                if max_response_bytes is None
                else resolve_max_response_bytes(max_response_bytes),
            ),
            self._multipart_max_bytes
            if multipart_max_bytes is DEFAULT
            else resolve_multipart_max_bytes(multipart_max_bytes),
        )

    def raw_responses(self) -> AbstractContextManager[list[RawResponse]]:
        """Record the HTTP answers of the calls made in the block: status, headers and request id.

        ``with client.raw_responses() as seen: run = client.runs.get(run_id)`` then
        ``seen[-1].request_id``. Works for every method (await inside the block with the async client);
        results stay typed as usual. API errors carry the same record as ``error.response``."""
        from .._responses import raw_responses

        return raw_responses()

    # ---- runs (the rest of the tree, and its methods, are generated: ``_facade.py``) ------------------
    async def run(
        self,
        target: Target,
        input: Mapping[str, Any] | None = None,
        *,
        version: str | None = None,
        metadata: Mapping[str, Any] | None = None,
        overrides: Mapping[str, Any] | None = None,
        tags: Sequence[str] | None = None,
        wait_for_completion: int | None = None,
        trigger: Trigger = "api",
        progress: Progress | None = None,
        options: RequestOptions | None = None,
    ) -> Run | RunAccepted:
        """Start a run (``POST /v1/runs``).

        ``target`` is ``workflows.<slug>``, ``agents.<slug>``, an id, any of those with ``@<version>``,
        or a dict. Input values that are files (``Path``, open binary file, ``{"content": ...}`` or a
        list of them) are streamed as multipart parts, never base64; ``{"$fileId": ...}`` or a ``File``
        from ``files.upload`` is sent as a reference (the June 2026 ``{"fileId": ...}`` too, deprecated).
        With ``wait_for_completion`` (seconds, at most 600) the server holds the request: the answer is
        the finished ``Run`` if it ended in time, else a ``RunAccepted`` (``finished`` is ``False``).
        ``tags`` label the run (``runs.list(tag=...)`` finds it again). File inputs that would take the
        request past ``multipart_max_bytes`` are uploaded first (``files.upload``), then referenced.
        """
        from .._run_request import start_request
        from ._run_inputs import within_budget

        input = _aliases.file_references(input, *SEED_ERA_FILE_REFERENCE)

        def build(
            given: Mapping[str, Any] | None, reporting: Progress | None, stack: ExitStack
        ) -> Request[Run | RunAccepted]:
            return start_request(
                target, given, version=version, metadata=metadata, overrides=overrides, tags=tags,
                wait_for_completion=wait_for_completion, trigger=trigger, progress=reporting, stack=stack,
            )  # fmt: skip

        input, reporting = await within_budget(
            self.files, input, self.multipart_max_bytes, progress, options,
            check=lambda: _checked(build, input, progress),
        )  # fmt: skip
        with ExitStack() as stack:
            request = build(input, reporting, stack)
            return await self._pipeline.send(
                request, _long_poll(options, wait_for_completion, self.timeout_seconds)
            )

    async def rerun(
        self,
        run_id: str,
        *,
        version: str | None = None,
        wait_for_completion: int | None = None,
        options: RequestOptions | None = None,
    ) -> Run | RunAccepted:
        """Start a new run from a previous run's input (``POST /v1/runs/{id}/rerun``).

        It runs the latest version unless ``version`` names one; ``version="original"`` pins the
        source run's version.
        """
        from .._generated.api.operations import runs_rerun
        from .._params import opt

        wait = bounded(wait_for_completion, "wait_for_completion", 0, 600)
        request = runs_rerun.request(
            required_id(run_id, "run_id"), version=opt(version), wait_for_completion=wait
        )
        return await self._pipeline.send(
            request, _long_poll(options, wait_for_completion, self.timeout_seconds)
        )

    async def run_and_wait(
        self,
        target: Target,
        input: Mapping[str, Any] | None = None,
        *,
        version: str | None = None,
        metadata: Mapping[str, Any] | None = None,
        overrides: Mapping[str, Any] | None = None,
        tags: Sequence[str] | None = None,
        timeout_seconds: float = 300,
        poll_interval_seconds: float | None = None,
        trigger: Trigger = "api",
        progress: Progress | None = None,
        human_review: Literal["return", "wait"] = "return",
        options: RequestOptions | None = None,
    ) -> Run:
        """Start a run and return it once terminal (completed, failed, cancelled or rejected: check
        ``run.execution.status`` and ``run.error``), or once it waits for a person.

        The server holds the start request until the run ends (up to 600 s), then the run is polled.
        After ``timeout_seconds`` it raises ``EigenpalTimeoutError`` with ``run_id``; the run keeps going.

        A run with a human review step stops in status ``waiting`` (not finished) until someone decides
        its task. ``human_review="return"`` (the default) hands that run back at once, since waiting on a
        person could take the whole timeout for nothing: ``eigenpal.lifecycle.waiting_task_id(run)`` is
        the task to decide (``HumanReviewQueue``, or ``eigenpal human-reviews approve``), and
        ``client.runs.wait(run.id)`` follows it afterwards. ``"wait"`` keeps polling until the run ends
        (approved: ``completed``; rejected: ``rejected``); its timeout error names the task.
        """
        from .._run_request import start_request
        from ._run_inputs import within_budget
        from ._wait import wait_for_run

        input = _aliases.file_references(input, *SEED_ERA_FILE_REFERENCE)

        def build(
            given: Mapping[str, Any] | None, reporting: Progress | None, stack: ExitStack, wait: int | None
        ) -> Request[Run | RunAccepted]:
            return start_request(
                target, given, version=version, metadata=metadata, overrides=overrides, tags=tags,
                wait_for_completion=wait, trigger=trigger, progress=reporting, stack=stack,
            )  # fmt: skip

        async def start(wait: int | None, request_timeout: float | None) -> Run | RunAccepted:
            given, reporting = await within_budget(
                self.files, input, self.multipart_max_bytes, progress, options,
                check=lambda: _checked(functools.partial(build, wait=wait), input, progress),
            )  # fmt: skip
            with ExitStack() as stack:
                request = build(given, reporting, stack, wait)
                return await self._pipeline.send(request, _with_timeout(options, request_timeout))

        async def get(run_id: str) -> Run:
            return await self.runs.get(run_id, options=options)

        return await wait_for_run(start, get, timeout_seconds, poll_interval_seconds, human_review)

    # ---- lifecycle -----------------------------------------------------------------------------------
    async def aclose(self) -> None:
        """Close the connection pool (a client made by ``with_options`` leaves it to its parent)."""
        await self._pipeline.aclose()

    async def __aenter__(self) -> AsyncEigenpalClient:
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    # ---- copies ----------------------------------------------------------------------------------------
    # ``pickle`` and ``copy.deepcopy`` raise ``EigenpalUsageError`` (the pool refuses them: see
    # ``_connections.AsyncConnections``): a pickled client would carry the API key in clear through queues and
    # across hosts, and its connections belong to this process. Make one client per process instead.
    def __copy__(self) -> AsyncEigenpalClient:
        """``copy.copy``: a client sharing this one's pool and settings, as ``with_options()`` makes."""
        return self.with_options()


def _checked(
    build: Callable[..., object], input: Mapping[str, Any] | None, progress: Progress | None
) -> None:
    """Build a start request and drop it: every argument is checked (files opened, then closed)."""
    with ExitStack() as stack:
        build(input, progress, stack)


def _with_timeout(options: RequestOptions | None, timeout_seconds: float | None) -> RequestOptions | None:
    """``options`` with ``timeout_seconds`` unless the caller set a timeout of their own."""
    options = checked_options(options)
    if timeout_seconds is None or (options is not None and options.timeout_seconds is not None):
        return options
    return (options or RequestOptions()).replace(timeout_seconds=timeout_seconds)


def _long_poll(
    options: RequestOptions | None, wait: int | None, timeout_seconds: float
) -> RequestOptions | None:
    """Options whose timeout outlasts a ``wait_for_completion`` long-poll."""
    return _with_timeout(options, timeout_seconds + wait) if wait else options
