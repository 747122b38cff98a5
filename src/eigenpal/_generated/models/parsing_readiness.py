from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.parsing_readiness_image_reading import ParsingReadinessImageReading
from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
    unexpected_const,
)

T = TypeVar("T", bound="ParsingReadiness")


@_attrs_define(repr=False)
class ParsingReadiness(Model):
    """Readiness of the `ai.parse-v2` document parsing step: whether image reading is configured, which OCR and vision
    providers it would use, whether a live probe ran, and any warnings.

    """

    step_type: Literal["ai.parse-v2"]
    image_reading: ParsingReadinessImageReading
    providers: ParsingReadinessProviders
    native_extraction: Literal["requires-worker-probe"]
    live_probe: bool
    warnings: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "stepType": "step_type",
        "imageReading": "image_reading",
        "providers": "providers",
        "nativeExtraction": "native_extraction",
        "liveProbe": "live_probe",
        "warnings": "warnings",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "stepType",
            "imageReading",
            "providers",
            "nativeExtraction",
            "liveProbe",
            "warnings",
        }
    )
    _CLOSED: ClassVar[bool] = False
    _TITLE: ClassVar[str | None] = "ParsingReadiness"
    _CONSTS: ClassVar[dict[str, Any]] = {
        "stepType": "ai.parse-v2",
        "nativeExtraction": "requires-worker-probe",
    }

    @classmethod
    def _match_score(cls, data: Mapping[str, Any]) -> tuple[int, int]:
        """``Model._match_score`` with this model's keys written in: unions rank members with it on every parse."""
        keys = data.keys()
        known = len(keys & cls._WIRE_NAMES.keys())
        mismatch = len(cls._REQUIRED_KEYS - keys)
        if "stepType" in data and data["stepType"] != "ai.parse-v2":
            mismatch += 10
        if "nativeExtraction" in data and data["nativeExtraction"] != "requires-worker-probe":
            mismatch += 10
        return mismatch, known

    def to_dict(self) -> dict[str, Any]:
        """The wire JSON of this model: known fields by wire name, unset ones left out, unknown ones kept."""
        field_dict: dict[str, Any] = {}
        if not isinstance(self.step_type, Unset):
            step_type = self.step_type
            field_dict["stepType"] = step_type

        if not isinstance(self.image_reading, Unset):
            image_reading = self.image_reading.value
            field_dict["imageReading"] = image_reading

        if not isinstance(self.providers, Unset):
            providers = self.providers.to_dict()
            field_dict["providers"] = providers

        if not isinstance(self.native_extraction, Unset):
            native_extraction = self.native_extraction
            field_dict["nativeExtraction"] = native_extraction

        if not isinstance(self.live_probe, Unset):
            live_probe = self.live_probe
            field_dict["liveProbe"] = live_probe

        if not isinstance(self.warnings, Unset):
            warnings = self.warnings

            field_dict["warnings"] = warnings

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_step_type = d.pop("stepType", UNSET)
        if _raw_step_type is UNSET:
            step_type = missing_required("ParsingReadiness", "stepType")
        else:
            step_type = cast(Literal["ai.parse-v2"], _raw_step_type)
            if step_type != "ai.parse-v2":
                unexpected_const(cls.__name__, "stepType", "ai.parse-v2", step_type)

        _raw_image_reading = d.pop("imageReading", UNSET)
        if _raw_image_reading is UNSET:
            image_reading = missing_required("ParsingReadiness", "imageReading")
        else:
            image_reading = ParsingReadinessImageReading(_raw_image_reading)

        _raw_providers = d.pop("providers", UNSET)
        if _raw_providers is UNSET:
            providers = missing_required("ParsingReadiness", "providers")
        else:
            providers = ParsingReadinessProviders.from_dict(_raw_providers)

        _raw_native_extraction = d.pop("nativeExtraction", UNSET)
        if _raw_native_extraction is UNSET:
            native_extraction = missing_required("ParsingReadiness", "nativeExtraction")
        else:
            native_extraction = cast(Literal["requires-worker-probe"], _raw_native_extraction)
            if native_extraction != "requires-worker-probe":
                unexpected_const(cls.__name__, "nativeExtraction", "requires-worker-probe", native_extraction)

        _raw_live_probe = d.pop("liveProbe", UNSET)
        if _raw_live_probe is UNSET:
            live_probe = missing_required("ParsingReadiness", "liveProbe")
        else:
            live_probe = _raw_live_probe

        _raw_warnings = d.pop("warnings", UNSET)
        if _raw_warnings is UNSET:
            warnings = missing_required("ParsingReadiness", "warnings")
        else:
            warnings = cast(list[str], _raw_warnings)

        parsing_readiness = cls(
            step_type=step_type,
            image_reading=image_reading,
            providers=providers,
            native_extraction=native_extraction,
            live_probe=live_probe,
            warnings=warnings,
        )

        parsing_readiness.additional_properties = d
        return parsing_readiness


from ..models.parsing_readiness_providers import ParsingReadinessProviders  # noqa: E402
