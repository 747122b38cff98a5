from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.execution_status import ExecutionStatus
from ..models.webhook_run_type import WebhookRunType
from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
)

T = TypeVar("T", bound="WebhookRun")


@_attrs_define(repr=False)
class WebhookRun(Model):
    """The run an event is about, as it was when the event was made."""

    id: str
    """ The run's id (`exec_…`). """
    type_: WebhookRunType
    automation_id: str
    status: ExecutionStatus
    """ State of a run's execution: `created`, `pending`, `running`, `waiting` (held, e.g. for a person's review),
    `finalizing`, `completed`, `failed`, `cancelled` or `rejected`. """
    trigger_type: None | str | Unset = UNSET
    output: None | Unset | WebhookRunOutputType0 = UNSET
    """ The run's public output, when the event carries it within the payload limit. """
    output_omitted: bool | Unset = UNSET
    """ True when the output would have passed the payload limit and was left out; `runs.get` fetches it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "type": "type_",
        "automationId": "automation_id",
        "status": "status",
        "triggerType": "trigger_type",
        "output": "output",
        "outputOmitted": "output_omitted",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "type",
            "automationId",
            "status",
        }
    )
    _CLOSED: ClassVar[bool] = False
    _TITLE: ClassVar[str | None] = "WebhookRun"
    _CONSTS: ClassVar[dict[str, Any]] = {}

    @classmethod
    def _match_score(cls, data: Mapping[str, Any]) -> tuple[int, int]:
        """``Model._match_score`` with this model's keys written in: unions rank members with it on every parse."""
        keys = data.keys()
        known = len(keys & cls._WIRE_NAMES.keys())
        mismatch = len(cls._REQUIRED_KEYS - keys)
        return mismatch, known

    def to_dict(self) -> dict[str, Any]:
        """The wire JSON of this model: known fields by wire name, unset ones left out, unknown ones kept."""
        field_dict: dict[str, Any] = {}
        if not isinstance(self.id, Unset):
            id = self.id
            field_dict["id"] = id

        if not isinstance(self.type_, Unset):
            type_ = self.type_.value
            field_dict["type"] = type_

        if not isinstance(self.automation_id, Unset):
            automation_id = self.automation_id
            field_dict["automationId"] = automation_id

        if not isinstance(self.status, Unset):
            status = self.status.value
            field_dict["status"] = status

        trigger_type: None | str | Unset
        if isinstance(self.trigger_type, Unset):
            trigger_type = UNSET
        else:
            trigger_type = self.trigger_type
        if trigger_type is not UNSET:
            field_dict["triggerType"] = trigger_type

        output: dict[str, Any] | None | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        elif isinstance(self.output, WebhookRunOutputType0):
            output = self.output.to_dict()
        else:
            output = self.output
        if output is not UNSET:
            field_dict["output"] = output

        output_omitted = self.output_omitted
        if output_omitted is not UNSET:
            field_dict["outputOmitted"] = output_omitted

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        if _raw_id is UNSET:
            id = missing_required("WebhookRun", "id")
        else:
            id = _raw_id

        _raw_type_ = d.pop("type", UNSET)
        if _raw_type_ is UNSET:
            type_ = missing_required("WebhookRun", "type")
        else:
            type_ = WebhookRunType(_raw_type_)

        _raw_automation_id = d.pop("automationId", UNSET)
        if _raw_automation_id is UNSET:
            automation_id = missing_required("WebhookRun", "automationId")
        else:
            automation_id = _raw_automation_id

        _raw_status = d.pop("status", UNSET)
        if _raw_status is UNSET:
            status = missing_required("WebhookRun", "status")
        else:
            status = ExecutionStatus(_raw_status)

        _raw_trigger_type = d.pop("triggerType", UNSET)
        trigger_type = _raw_trigger_type

        _raw_output = d.pop("output", UNSET)
        output = (
            WebhookRunOutputType0.from_dict(_raw_output) if isinstance(_raw_output, dict) else _raw_output
        )

        output_omitted = d.pop("outputOmitted", UNSET)

        webhook_run = cls(
            id=id,
            type_=type_,
            automation_id=automation_id,
            status=status,
            trigger_type=trigger_type,
            output=output,
            output_omitted=output_omitted,
        )

        webhook_run.additional_properties = d
        return webhook_run


from ..models.webhook_run_output_type_0 import WebhookRunOutputType0  # noqa: E402
