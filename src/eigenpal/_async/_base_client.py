"""The request pipeline: every API call goes through ``AsyncAPIClient.send``.

Generated endpoint modules build a ``Request`` and hand it here; this is the one place that adds the
base URL and auth, sends it, maps error statuses (any code, including ones like 520) to exceptions and
parses a successful answer.
"""

from __future__ import annotations

from typing import Any, TypeVar

import httpx

from .._errors import EigenpalResponseError, error_from_response
from .._generated.types import UNSET, Request

T = TypeVar("T")


class AsyncAPIClient:
    """Sends prepared requests with one pooled ``httpx.AsyncClient``."""

    def __init__(
        self,
        *,
        api_key: str,
        base_url: str,
        timeout_seconds: float,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        self._api_key = api_key
        self._base_url = base_url.rstrip("/")
        self._http = http_client or httpx.AsyncClient(timeout=timeout_seconds)

    async def send(self, request: Request[T]) -> T:
        """Send ``request`` and return its parsed result, or raise the ``EigenpalError`` for the answer."""
        kwargs: dict[str, Any] = {"params": request.params, "headers": self._headers(request)}
        if request.json is not UNSET:
            kwargs["json"] = request.json
        if request.files is not None:
            kwargs["files"] = request.files
        if request.content is not None:
            kwargs["content"] = request.content
        response = await self._http.request(request.method, self._base_url + request.url, **kwargs)
        if not response.is_success:
            raise error_from_response(response)
        try:
            return request.parse(response)
        except ValueError as exc:
            raise EigenpalResponseError(
                f"{request.operation_id}: the answer from {self._base_url} is not valid API JSON "
                f"({response.headers.get('content-type', 'no content type')}); check base_url"
            ) from exc

    def _headers(self, request: Request[Any]) -> dict[str, str]:
        return {**request.headers, "Authorization": f"Bearer {self._api_key}"}

    async def aclose(self) -> None:
        await self._http.aclose()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._base_url!r})"
