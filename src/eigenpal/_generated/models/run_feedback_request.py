from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_feedback_request_rating_type_0 import RunFeedbackRequestRatingType0
from ..models.run_feedback_request_status_type_0 import RunFeedbackRequestStatusType0
from ..types import (
    UNSET,
    Model,
    Unset,
)

T = TypeVar("T", bound="RunFeedbackRequest")


@_attrs_define(repr=False)
class RunFeedbackRequest(Model):
    """A partial update of a run's human feedback: omitted fields are unchanged, `null` clears a field."""

    body: None | str | Unset = UNSET
    rating: None | RunFeedbackRequestRatingType0 | Unset = UNSET
    status: None | RunFeedbackRequestStatusType0 | Unset = UNSET
    expected: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "body": "body",
        "rating": "rating",
        "status": "status",
        "expected": "expected",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset({})
    _CLOSED: ClassVar[bool] = False
    _TITLE: ClassVar[str | None] = "RunFeedbackRequest"
    _CONSTS: ClassVar[dict[str, Any]] = {}

    @classmethod
    def _match_score(cls, data: Mapping[str, Any]) -> tuple[int, int]:
        """``Model._match_score`` with this model's keys written in: unions rank members with it on every parse."""
        keys = data.keys()
        known = len(keys & cls._WIRE_NAMES.keys())
        mismatch = 0
        return mismatch, known

    def to_dict(self) -> dict[str, Any]:
        """The wire JSON of this model: known fields by wire name, unset ones left out, unknown ones kept."""
        field_dict: dict[str, Any] = {}
        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body
        if body is not UNSET:
            field_dict["body"] = body

        rating: None | str | Unset
        if isinstance(self.rating, Unset):
            rating = UNSET
        elif isinstance(self.rating, RunFeedbackRequestRatingType0):
            rating = self.rating.value
        else:
            rating = self.rating
        if rating is not UNSET:
            field_dict["rating"] = rating

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, RunFeedbackRequestStatusType0):
            status = self.status.value
        else:
            status = self.status
        if status is not UNSET:
            field_dict["status"] = status

        expected = self.expected
        if expected is not UNSET:
            field_dict["expected"] = expected

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_body = d.pop("body", UNSET)
        body = _raw_body

        def _parse_rating(data: object) -> None | RunFeedbackRequestRatingType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                rating_type_0 = RunFeedbackRequestRatingType0(data)

                return rating_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RunFeedbackRequestRatingType0 | Unset, data)

        rating = _parse_rating(d.pop("rating", UNSET))

        def _parse_status(data: object) -> None | RunFeedbackRequestStatusType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = RunFeedbackRequestStatusType0(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RunFeedbackRequestStatusType0 | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        expected = d.pop("expected", UNSET)

        run_feedback_request = cls(
            body=body,
            rating=rating,
            status=status,
            expected=expected,
        )

        run_feedback_request.additional_properties = d
        return run_feedback_request
