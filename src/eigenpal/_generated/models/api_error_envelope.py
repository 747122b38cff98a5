from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
)

T = TypeVar("T", bound="ApiErrorEnvelope")


@_attrs_define(repr=False)
class ApiErrorEnvelope(Model):
    """The body of every error response: one or more issues and the request id to quote in support requests."""

    issues: list[ApiErrorIssue]
    request_id: str
    hint: str | Unset = UNSET
    docs_url: str | Unset = UNSET
    conflicting_workflow_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "issues": "issues",
        "requestId": "request_id",
        "hint": "hint",
        "docsUrl": "docs_url",
        "conflictingWorkflowId": "conflicting_workflow_id",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "issues",
            "requestId",
        }
    )
    _CLOSED: ClassVar[bool] = True
    _TITLE: ClassVar[str | None] = "ApiErrorEnvelope"
    _CONSTS: ClassVar[dict[str, Any]] = {}

    @classmethod
    def _match_score(cls, data: Mapping[str, Any]) -> tuple[int, int]:
        """``Model._match_score`` with this model's keys written in: unions rank members with it on every parse."""
        keys = data.keys()
        known = len(keys & cls._WIRE_NAMES.keys())
        mismatch = len(cls._REQUIRED_KEYS - keys) + len(keys) - known
        return mismatch, known

    def to_dict(self) -> dict[str, Any]:
        """The wire JSON of this model: known fields by wire name, unset ones left out, unknown ones kept."""
        field_dict: dict[str, Any] = {}
        if not isinstance(self.issues, Unset):
            issues = []
            for issues_item_data in self.issues:
                issues_item = issues_item_data.to_dict()
                issues.append(issues_item)

            field_dict["issues"] = issues

        if not isinstance(self.request_id, Unset):
            request_id = self.request_id
            field_dict["requestId"] = request_id

        hint = self.hint
        if hint is not UNSET:
            field_dict["hint"] = hint

        docs_url = self.docs_url
        if docs_url is not UNSET:
            field_dict["docsUrl"] = docs_url

        conflicting_workflow_id = self.conflicting_workflow_id
        if conflicting_workflow_id is not UNSET:
            field_dict["conflictingWorkflowId"] = conflicting_workflow_id

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_issues = d.pop("issues", UNSET)
        if _raw_issues is UNSET:
            issues = missing_required("ApiErrorEnvelope", "issues")
        else:
            issues = []
            _issues = _raw_issues
            for issues_item_data in _issues:
                issues_item = ApiErrorIssue.from_dict(issues_item_data)

                issues.append(issues_item)

        _raw_request_id = d.pop("requestId", UNSET)
        if _raw_request_id is UNSET:
            request_id = missing_required("ApiErrorEnvelope", "requestId")
        else:
            request_id = _raw_request_id

        hint = d.pop("hint", UNSET)

        docs_url = d.pop("docsUrl", UNSET)

        conflicting_workflow_id = d.pop("conflictingWorkflowId", UNSET)

        api_error_envelope = cls(
            issues=issues,
            request_id=request_id,
            hint=hint,
            docs_url=docs_url,
            conflicting_workflow_id=conflicting_workflow_id,
        )

        api_error_envelope.additional_properties = d
        return api_error_envelope


from ..models.api_error_issue import ApiErrorIssue  # noqa: E402
