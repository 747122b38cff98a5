"""``client.automations.evaluators``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..._generated.types import UNSET, Unset
from ..._options import RequestOptions
from ..._params import make_body
from ..._targets import Target, automation_ref
from ._base import AsyncResource

if TYPE_CHECKING:
    from ..._generated.models import EvaluatorConfigResponse, EvaluatorConfigUpdate


class AsyncAutomationEvaluators(AsyncResource):
    """The evaluator YAML that scores experiment runs (automated scores, separate from human ratings)."""

    async def get(self, id: Target, *, options: RequestOptions | None = None) -> EvaluatorConfigResponse:
        """The evaluator YAML and its parsed config (``GET /api/v1/automations/{id}/evaluators``)."""
        from ..._generated.api.operations import automations_evaluators_get

        return await self._pipeline.send(automations_evaluators_get.request(automation_ref(id)), options)

    async def update(
        self,
        id: Target,
        data: str | EvaluatorConfigUpdate | Mapping[str, Any] | None = None,
        *,
        yaml: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> EvaluatorConfigResponse:
        """Replace the evaluator YAML; the service validates it first (``PUT …/evaluators``).

        Pass the YAML text, or the body (``{"yaml": ...}`` or an ``EvaluatorConfigUpdate``), positionally."""
        from ..._generated.api.operations import automations_evaluators_update
        from ..._generated.models import EvaluatorConfigUpdate

        if isinstance(data, str):
            yaml, data = data, None
        if isinstance(yaml, str) and not 1 <= len(yaml) <= 1048576:
            from ..._errors import EigenpalUsageError

            raise EigenpalUsageError("yaml must be 1 to 1048576 characters of evaluator YAML.")
        body = make_body(EvaluatorConfigUpdate, data, yaml=yaml)
        return await self._pipeline.send(
            automations_evaluators_update.request(automation_ref(id), body=body), options
        )
