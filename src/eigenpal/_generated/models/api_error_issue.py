from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_error_issue_severity import ApiErrorIssueSeverity
from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
)

T = TypeVar("T", bound="ApiErrorIssue")


@_attrs_define(repr=False)
class ApiErrorIssue(Model):
    """One problem with a request: the field it concerns, a message, a machine-readable code and its severity."""

    field: str
    message: str
    code: str
    severity: ApiErrorIssueSeverity
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "field": "field",
        "message": "message",
        "code": "code",
        "severity": "severity",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "field",
            "message",
            "code",
            "severity",
        }
    )
    _CLOSED: ClassVar[bool] = True
    _TITLE: ClassVar[str | None] = "ApiErrorIssue"
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
        if not isinstance(self.field, Unset):
            field = self.field
            field_dict["field"] = field

        if not isinstance(self.message, Unset):
            message = self.message
            field_dict["message"] = message

        if not isinstance(self.code, Unset):
            code = self.code
            field_dict["code"] = code

        if not isinstance(self.severity, Unset):
            severity = self.severity.value
            field_dict["severity"] = severity

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_field = d.pop("field", UNSET)
        if _raw_field is UNSET:
            field = missing_required("ApiErrorIssue", "field")
        else:
            field = _raw_field

        _raw_message = d.pop("message", UNSET)
        if _raw_message is UNSET:
            message = missing_required("ApiErrorIssue", "message")
        else:
            message = _raw_message

        _raw_code = d.pop("code", UNSET)
        if _raw_code is UNSET:
            code = missing_required("ApiErrorIssue", "code")
        else:
            code = _raw_code

        _raw_severity = d.pop("severity", UNSET)
        if _raw_severity is UNSET:
            severity = missing_required("ApiErrorIssue", "severity")
        else:
            severity = ApiErrorIssueSeverity(_raw_severity)

        api_error_issue = cls(
            field=field,
            message=message,
            code=code,
            severity=severity,
        )

        api_error_issue.additional_properties = d
        return api_error_issue
