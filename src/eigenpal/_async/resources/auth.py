"""``client.auth``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._options import RequestOptions
from ._base import AsyncResource

if TYPE_CHECKING:
    from ..._generated.models import AuthCheckResponse


class AsyncAuth(AsyncResource):
    """Identity of the API key."""

    async def check(self, *, options: RequestOptions | None = None) -> AuthCheckResponse:
        """The tenant, user, key id and scopes of the current API key (``GET /api/v1/auth/check``)."""
        from ..._generated.api.operations import auth_check

        return await self._pipeline.send(auth_check.request(), options)
