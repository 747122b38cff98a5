from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.human_review_task_detail_field_metadata_additional_property_confidence_type_1 import (
    HumanReviewTaskDetailFieldMetadataAdditionalPropertyConfidenceType1,
)
from ..models.human_review_task_detail_field_metadata_additional_property_review import (
    HumanReviewTaskDetailFieldMetadataAdditionalPropertyReview,
)
from ..types import (
    UNSET,
    Model,
    Unset,
)

T = TypeVar("T", bound="HumanReviewTaskDetailFieldMetadataAdditionalProperty")


@_attrs_define(repr=False)
class HumanReviewTaskDetailFieldMetadataAdditionalProperty(Model):
    confidence: float | HumanReviewTaskDetailFieldMetadataAdditionalPropertyConfidenceType1 | str | Unset = (
        UNSET
    )
    label: str | Unset = UNSET
    description: str | Unset = UNSET
    review: HumanReviewTaskDetailFieldMetadataAdditionalPropertyReview | Unset = UNSET
    display: HumanReviewTaskDetailFieldMetadataAdditionalPropertyDisplay | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "confidence": "confidence",
        "label": "label",
        "description": "description",
        "review": "review",
        "display": "display",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset({})
    _CLOSED: ClassVar[bool] = False
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
        confidence: float | str | Unset
        if isinstance(self.confidence, Unset):
            confidence = UNSET
        elif isinstance(self.confidence, HumanReviewTaskDetailFieldMetadataAdditionalPropertyConfidenceType1):
            confidence = self.confidence.value
        else:
            confidence = self.confidence
        if confidence is not UNSET:
            field_dict["confidence"] = confidence

        label = self.label
        if label is not UNSET:
            field_dict["label"] = label

        description = self.description
        if description is not UNSET:
            field_dict["description"] = description

        review: str | Unset = UNSET
        if not isinstance(self.review, Unset):
            review = self.review.value

        if review is not UNSET:
            field_dict["review"] = review

        display: dict[str, Any] | Unset = UNSET
        if not isinstance(self.display, Unset):
            display = self.display.to_dict()
        if display is not UNSET:
            field_dict["display"] = display

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)

        def _parse_confidence(
            data: object,
        ) -> float | HumanReviewTaskDetailFieldMetadataAdditionalPropertyConfidenceType1 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                confidence_type_1 = HumanReviewTaskDetailFieldMetadataAdditionalPropertyConfidenceType1(data)

                return confidence_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                float | HumanReviewTaskDetailFieldMetadataAdditionalPropertyConfidenceType1 | str | Unset,
                data,
            )

        confidence = _parse_confidence(d.pop("confidence", UNSET))

        label = d.pop("label", UNSET)

        description = d.pop("description", UNSET)

        _review = d.pop("review", UNSET)
        review: HumanReviewTaskDetailFieldMetadataAdditionalPropertyReview | Unset
        if isinstance(_review, Unset):
            review = UNSET
        else:
            review = HumanReviewTaskDetailFieldMetadataAdditionalPropertyReview(_review)

        _display = d.pop("display", UNSET)
        display: HumanReviewTaskDetailFieldMetadataAdditionalPropertyDisplay | Unset
        if isinstance(_display, Unset):
            display = UNSET
        else:
            display = HumanReviewTaskDetailFieldMetadataAdditionalPropertyDisplay.from_dict(_display)

        human_review_task_detail_field_metadata_additional_property = cls(
            confidence=confidence,
            label=label,
            description=description,
            review=review,
            display=display,
        )

        human_review_task_detail_field_metadata_additional_property.additional_properties = d
        return human_review_task_detail_field_metadata_additional_property


from ..models.human_review_task_detail_field_metadata_additional_property_display import (
    HumanReviewTaskDetailFieldMetadataAdditionalPropertyDisplay,  # noqa: E402
)
