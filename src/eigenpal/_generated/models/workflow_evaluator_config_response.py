from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
    unexpected_const,
)

T = TypeVar("T", bound="WorkflowEvaluatorConfigResponse")


@_attrs_define(repr=False)
class WorkflowEvaluatorConfigResponse(Model):
    """Evaluator setup of a workflow (`automationType` is `workflow`): the raw evaluator YAML and its parsed config."""

    automation_id: str
    automation_type: Literal["workflow"]
    yaml: str
    config: WorkflowEvaluatorConfig
    """ Parsed evaluator setup of a workflow: the list of evaluators and the pass threshold. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "automationId": "automation_id",
        "automationType": "automation_type",
        "yaml": "yaml",
        "config": "config",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "automationId",
            "automationType",
            "yaml",
            "config",
        }
    )
    _CLOSED: ClassVar[bool] = False
    _TITLE: ClassVar[str | None] = "WorkflowEvaluatorConfigResponse"
    _CONSTS: ClassVar[dict[str, Any]] = {
        "automationType": "workflow",
    }

    @classmethod
    def _match_score(cls, data: Mapping[str, Any]) -> tuple[int, int]:
        """``Model._match_score`` with this model's keys written in: unions rank members with it on every parse."""
        keys = data.keys()
        known = len(keys & cls._WIRE_NAMES.keys())
        mismatch = len(cls._REQUIRED_KEYS - keys)
        if "automationType" in data and data["automationType"] != "workflow":
            mismatch += 10
        return mismatch, known

    def to_dict(self) -> dict[str, Any]:
        """The wire JSON of this model: known fields by wire name, unset ones left out, unknown ones kept."""
        field_dict: dict[str, Any] = {}
        if not isinstance(self.automation_id, Unset):
            automation_id = self.automation_id
            field_dict["automationId"] = automation_id

        if not isinstance(self.automation_type, Unset):
            automation_type = self.automation_type
            field_dict["automationType"] = automation_type

        if not isinstance(self.yaml, Unset):
            yaml = self.yaml
            field_dict["yaml"] = yaml

        if not isinstance(self.config, Unset):
            config = self.config.to_dict()
            field_dict["config"] = config

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_automation_id = d.pop("automationId", UNSET)
        if _raw_automation_id is UNSET:
            automation_id = missing_required("WorkflowEvaluatorConfigResponse", "automationId")
        else:
            automation_id = _raw_automation_id

        _raw_automation_type = d.pop("automationType", UNSET)
        if _raw_automation_type is UNSET:
            automation_type = missing_required("WorkflowEvaluatorConfigResponse", "automationType")
        else:
            automation_type = cast(Literal["workflow"], _raw_automation_type)
            if automation_type != "workflow":
                unexpected_const(cls.__name__, "automationType", "workflow", automation_type)

        _raw_yaml = d.pop("yaml", UNSET)
        if _raw_yaml is UNSET:
            yaml = missing_required("WorkflowEvaluatorConfigResponse", "yaml")
        else:
            yaml = _raw_yaml

        _raw_config = d.pop("config", UNSET)
        if _raw_config is UNSET:
            config = missing_required("WorkflowEvaluatorConfigResponse", "config")
        else:
            config = WorkflowEvaluatorConfig.from_dict(_raw_config)

        workflow_evaluator_config_response = cls(
            automation_id=automation_id,
            automation_type=automation_type,
            yaml=yaml,
            config=config,
        )

        workflow_evaluator_config_response.additional_properties = d
        return workflow_evaluator_config_response


from ..models.workflow_evaluator_config import WorkflowEvaluatorConfig  # noqa: E402
