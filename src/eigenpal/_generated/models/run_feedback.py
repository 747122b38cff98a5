from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
    parse_timestamp,
)

T = TypeVar("T", bound="RunFeedback")


@_attrs_define(repr=False)
class RunFeedback(Model):
    """Human feedback on a run: the verdict (`rating`), the review lifecycle (`status`) and who gave and resolved it."""

    rating: None | str
    """ Known values: `pass`, `fail`, `partial`. """
    status: None | str
    """ Known values: `open`, `resolved`, `ignored`. """
    body: str
    created_at: None | str
    created_by: None | str
    created_by_email: None | str
    updated_at: None | str
    resolved_at: None | str
    resolved_by: None | str
    resolved_by_email: None | str
    resolved_by_session_id: None | str
    promoted_example_name: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    @property
    def created_at_datetime(self) -> datetime.datetime | None:
        """``createdAt`` as a timezone-aware ``datetime`` (UTC if sent without an offset); ``None`` when absent."""
        return parse_timestamp(self.created_at)

    @property
    def updated_at_datetime(self) -> datetime.datetime | None:
        """``updatedAt`` as a timezone-aware ``datetime`` (UTC if sent without an offset); ``None`` when absent."""
        return parse_timestamp(self.updated_at)

    @property
    def resolved_at_datetime(self) -> datetime.datetime | None:
        """``resolvedAt`` as a timezone-aware ``datetime`` (UTC if sent without an offset); ``None`` when absent."""
        return parse_timestamp(self.resolved_at)

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "rating": "rating",
        "status": "status",
        "body": "body",
        "createdAt": "created_at",
        "createdBy": "created_by",
        "createdByEmail": "created_by_email",
        "updatedAt": "updated_at",
        "resolvedAt": "resolved_at",
        "resolvedBy": "resolved_by",
        "resolvedByEmail": "resolved_by_email",
        "resolvedBySessionId": "resolved_by_session_id",
        "promotedExampleName": "promoted_example_name",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "rating",
            "status",
            "body",
            "createdAt",
            "createdBy",
            "createdByEmail",
            "updatedAt",
            "resolvedAt",
            "resolvedBy",
            "resolvedByEmail",
            "resolvedBySessionId",
            "promotedExampleName",
        }
    )
    _CLOSED: ClassVar[bool] = True
    _TITLE: ClassVar[str | None] = "RunFeedback"
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
        if not isinstance(self.rating, Unset):
            rating: None | str
            rating = self.rating
            field_dict["rating"] = rating

        if not isinstance(self.status, Unset):
            status: None | str
            status = self.status
            field_dict["status"] = status

        if not isinstance(self.body, Unset):
            body = self.body
            field_dict["body"] = body

        if not isinstance(self.created_at, Unset):
            created_at: None | str
            created_at = self.created_at
            field_dict["createdAt"] = created_at

        if not isinstance(self.created_by, Unset):
            created_by: None | str
            created_by = self.created_by
            field_dict["createdBy"] = created_by

        if not isinstance(self.created_by_email, Unset):
            created_by_email: None | str
            created_by_email = self.created_by_email
            field_dict["createdByEmail"] = created_by_email

        if not isinstance(self.updated_at, Unset):
            updated_at: None | str
            updated_at = self.updated_at
            field_dict["updatedAt"] = updated_at

        if not isinstance(self.resolved_at, Unset):
            resolved_at: None | str
            resolved_at = self.resolved_at
            field_dict["resolvedAt"] = resolved_at

        if not isinstance(self.resolved_by, Unset):
            resolved_by: None | str
            resolved_by = self.resolved_by
            field_dict["resolvedBy"] = resolved_by

        if not isinstance(self.resolved_by_email, Unset):
            resolved_by_email: None | str
            resolved_by_email = self.resolved_by_email
            field_dict["resolvedByEmail"] = resolved_by_email

        if not isinstance(self.resolved_by_session_id, Unset):
            resolved_by_session_id: None | str
            resolved_by_session_id = self.resolved_by_session_id
            field_dict["resolvedBySessionId"] = resolved_by_session_id

        if not isinstance(self.promoted_example_name, Unset):
            promoted_example_name: None | str
            promoted_example_name = self.promoted_example_name
            field_dict["promotedExampleName"] = promoted_example_name

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_rating = d.pop("rating", UNSET)
        if _raw_rating is UNSET:
            rating = missing_required("RunFeedback", "rating")
        else:
            rating = _raw_rating

        _raw_status = d.pop("status", UNSET)
        if _raw_status is UNSET:
            status = missing_required("RunFeedback", "status")
        else:
            status = _raw_status

        _raw_body = d.pop("body", UNSET)
        if _raw_body is UNSET:
            body = missing_required("RunFeedback", "body")
        else:
            body = _raw_body

        _raw_created_at = d.pop("createdAt", UNSET)
        if _raw_created_at is UNSET:
            created_at = missing_required("RunFeedback", "createdAt")
        else:
            created_at = _raw_created_at

        _raw_created_by = d.pop("createdBy", UNSET)
        if _raw_created_by is UNSET:
            created_by = missing_required("RunFeedback", "createdBy")
        else:
            created_by = _raw_created_by

        _raw_created_by_email = d.pop("createdByEmail", UNSET)
        if _raw_created_by_email is UNSET:
            created_by_email = missing_required("RunFeedback", "createdByEmail")
        else:
            created_by_email = _raw_created_by_email

        _raw_updated_at = d.pop("updatedAt", UNSET)
        if _raw_updated_at is UNSET:
            updated_at = missing_required("RunFeedback", "updatedAt")
        else:
            updated_at = _raw_updated_at

        _raw_resolved_at = d.pop("resolvedAt", UNSET)
        if _raw_resolved_at is UNSET:
            resolved_at = missing_required("RunFeedback", "resolvedAt")
        else:
            resolved_at = _raw_resolved_at

        _raw_resolved_by = d.pop("resolvedBy", UNSET)
        if _raw_resolved_by is UNSET:
            resolved_by = missing_required("RunFeedback", "resolvedBy")
        else:
            resolved_by = _raw_resolved_by

        _raw_resolved_by_email = d.pop("resolvedByEmail", UNSET)
        if _raw_resolved_by_email is UNSET:
            resolved_by_email = missing_required("RunFeedback", "resolvedByEmail")
        else:
            resolved_by_email = _raw_resolved_by_email

        _raw_resolved_by_session_id = d.pop("resolvedBySessionId", UNSET)
        if _raw_resolved_by_session_id is UNSET:
            resolved_by_session_id = missing_required("RunFeedback", "resolvedBySessionId")
        else:
            resolved_by_session_id = _raw_resolved_by_session_id

        _raw_promoted_example_name = d.pop("promotedExampleName", UNSET)
        if _raw_promoted_example_name is UNSET:
            promoted_example_name = missing_required("RunFeedback", "promotedExampleName")
        else:
            promoted_example_name = _raw_promoted_example_name

        run_feedback = cls(
            rating=rating,
            status=status,
            body=body,
            created_at=created_at,
            created_by=created_by,
            created_by_email=created_by_email,
            updated_at=updated_at,
            resolved_at=resolved_at,
            resolved_by=resolved_by,
            resolved_by_email=resolved_by_email,
            resolved_by_session_id=resolved_by_session_id,
            promoted_example_name=promoted_example_name,
        )

        run_feedback.additional_properties = d
        return run_feedback
