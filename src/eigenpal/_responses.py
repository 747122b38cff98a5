"""What happened on the wire: the status, headers and request id of a call's answer.

``client.raw_responses()`` records, for the calls made inside its block, each final answer (a retried
attempt is not recorded, only the one that was returned or raised). It works for every method, sync and
async, with the typed results unchanged; API errors carry the same record as ``error.response``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping
from contextvars import ContextVar
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._answer import Answer

REQUEST_ID_HEADER = "x-request-id"
_RECORDING: ContextVar[list[RawResponse] | None] = ContextVar("eigenpal_raw_responses", default=None)


class RawResponse:
    """One answer: ``status_code``, ``headers`` (case-insensitive), ``request_id`` (quote it to support),
    and the ``method`` and ``url`` it answered."""

    __slots__ = ("headers", "method", "request_id", "status_code", "url")

    def __init__(
        self, status_code: int, headers: Mapping[str, str], request_id: str | None, method: str, url: str
    ) -> None:
        self.status_code = status_code
        self.headers = headers
        self.request_id = request_id
        self.method = method
        self.url = url

    @classmethod
    def of(cls, answer: Answer, method: str, url: str) -> RawResponse:
        return cls(answer.status_code, answer.headers, answer.headers.get(REQUEST_ID_HEADER), method, url)

    def __repr__(self) -> str:
        return f"RawResponse({self.method} {self.url} -> {self.status_code}, request_id={self.request_id!r})"


def record(answer: Answer, method: str, url: str) -> None:
    """Add ``answer`` to the list of the ``raw_responses()`` block the current call runs in, if any."""
    recording = _RECORDING.get()
    if recording is not None:
        recording.append(RawResponse.of(answer, method, url))


@contextlib.contextmanager
def raw_responses() -> Iterator[list[RawResponse]]:
    """The answers of the calls made in the block, in order (``seen[-1]`` is the last one)."""
    seen: list[RawResponse] = []
    token = _RECORDING.set(seen)
    try:
        yield seen
    finally:
        _RECORDING.reset(token)
