"""``auth.check``: who the bearer key speaks for."""

from __future__ import annotations

from starlette.responses import Response

from .._http import Ctx, Handler, json_response


async def auth_check(ctx: Ctx) -> Response:
    key = ctx.key
    return json_response(
        {
            "ok": True,
            "tenantId": key.tenant_id,
            "tenantSlug": key.tenant_slug,
            "tenantName": key.tenant_name,
            "userId": key.user_id,
            "keyId": key.key_id,
            "email": key.email,
            "name": key.name,
            "scope": list(key.scopes),
            "wildcardGranted": "*" in key.scopes,
        }
    )


HANDLERS: dict[str, Handler] = {
    "auth.check": auth_check,
}
