from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.public_model_capabilities_item import PublicModelCapabilitiesItem
from ..models.public_model_default_for_item import PublicModelDefaultForItem
from ..models.public_model_health import PublicModelHealth
from ..models.public_model_kind import PublicModelKind
from ..models.public_model_location import PublicModelLocation
from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
)

T = TypeVar("T", bound="PublicModel")


@_attrs_define(repr=False)
class PublicModel(Model):
    """A model runs may use: id, `kind` (`llm` or `ocr`), provider, capabilities, whether it is configured and available,
    where it runs, aliases and tags, and optional limits and per-page cost.

    """

    id: str
    kind: PublicModelKind
    provider: str
    label: str
    capabilities: list[PublicModelCapabilitiesItem]
    configured: bool
    available: bool
    health: PublicModelHealth
    default_for: list[PublicModelDefaultForItem]
    location: PublicModelLocation
    aliases: list[str]
    tags: list[str]
    limits: PublicModelLimits | Unset = UNSET
    cost: PublicModelCost | Unset = UNSET
    capability_rank: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "kind": "kind",
        "provider": "provider",
        "label": "label",
        "capabilities": "capabilities",
        "configured": "configured",
        "available": "available",
        "health": "health",
        "defaultFor": "default_for",
        "location": "location",
        "aliases": "aliases",
        "tags": "tags",
        "limits": "limits",
        "cost": "cost",
        "capabilityRank": "capability_rank",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "kind",
            "provider",
            "label",
            "capabilities",
            "configured",
            "available",
            "health",
            "defaultFor",
            "location",
            "aliases",
            "tags",
        }
    )
    _CLOSED: ClassVar[bool] = False
    _TITLE: ClassVar[str | None] = "PublicModel"
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

        if not isinstance(self.kind, Unset):
            kind = self.kind.value
            field_dict["kind"] = kind

        if not isinstance(self.provider, Unset):
            provider = self.provider
            field_dict["provider"] = provider

        if not isinstance(self.label, Unset):
            label = self.label
            field_dict["label"] = label

        if not isinstance(self.capabilities, Unset):
            capabilities = []
            for capabilities_item_data in self.capabilities:
                capabilities_item = capabilities_item_data.value
                capabilities.append(capabilities_item)

            field_dict["capabilities"] = capabilities

        if not isinstance(self.configured, Unset):
            configured = self.configured
            field_dict["configured"] = configured

        if not isinstance(self.available, Unset):
            available = self.available
            field_dict["available"] = available

        if not isinstance(self.health, Unset):
            health = self.health.value
            field_dict["health"] = health

        if not isinstance(self.default_for, Unset):
            default_for = []
            for default_for_item_data in self.default_for:
                default_for_item = default_for_item_data.value
                default_for.append(default_for_item)

            field_dict["defaultFor"] = default_for

        if not isinstance(self.location, Unset):
            location = self.location.value
            field_dict["location"] = location

        if not isinstance(self.aliases, Unset):
            aliases = self.aliases

            field_dict["aliases"] = aliases

        if not isinstance(self.tags, Unset):
            tags = self.tags

            field_dict["tags"] = tags

        limits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.limits, Unset):
            limits = self.limits.to_dict()
        if limits is not UNSET:
            field_dict["limits"] = limits

        cost: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cost, Unset):
            cost = self.cost.to_dict()
        if cost is not UNSET:
            field_dict["cost"] = cost

        capability_rank = self.capability_rank
        if capability_rank is not UNSET:
            field_dict["capabilityRank"] = capability_rank

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        if _raw_id is UNSET:
            id = missing_required("PublicModel", "id")
        else:
            id = _raw_id

        _raw_kind = d.pop("kind", UNSET)
        if _raw_kind is UNSET:
            kind = missing_required("PublicModel", "kind")
        else:
            kind = PublicModelKind(_raw_kind)

        _raw_provider = d.pop("provider", UNSET)
        if _raw_provider is UNSET:
            provider = missing_required("PublicModel", "provider")
        else:
            provider = _raw_provider

        _raw_label = d.pop("label", UNSET)
        if _raw_label is UNSET:
            label = missing_required("PublicModel", "label")
        else:
            label = _raw_label

        _raw_capabilities = d.pop("capabilities", UNSET)
        if _raw_capabilities is UNSET:
            capabilities = missing_required("PublicModel", "capabilities")
        else:
            capabilities = []
            _capabilities = _raw_capabilities
            for capabilities_item_data in _capabilities:
                capabilities_item = PublicModelCapabilitiesItem(capabilities_item_data)

                capabilities.append(capabilities_item)

        _raw_configured = d.pop("configured", UNSET)
        if _raw_configured is UNSET:
            configured = missing_required("PublicModel", "configured")
        else:
            configured = _raw_configured

        _raw_available = d.pop("available", UNSET)
        if _raw_available is UNSET:
            available = missing_required("PublicModel", "available")
        else:
            available = _raw_available

        _raw_health = d.pop("health", UNSET)
        if _raw_health is UNSET:
            health = missing_required("PublicModel", "health")
        else:
            health = PublicModelHealth(_raw_health)

        _raw_default_for = d.pop("defaultFor", UNSET)
        if _raw_default_for is UNSET:
            default_for = missing_required("PublicModel", "defaultFor")
        else:
            default_for = []
            _default_for = _raw_default_for
            for default_for_item_data in _default_for:
                default_for_item = PublicModelDefaultForItem(default_for_item_data)

                default_for.append(default_for_item)

        _raw_location = d.pop("location", UNSET)
        if _raw_location is UNSET:
            location = missing_required("PublicModel", "location")
        else:
            location = PublicModelLocation(_raw_location)

        _raw_aliases = d.pop("aliases", UNSET)
        if _raw_aliases is UNSET:
            aliases = missing_required("PublicModel", "aliases")
        else:
            aliases = cast(list[str], _raw_aliases)

        _raw_tags = d.pop("tags", UNSET)
        if _raw_tags is UNSET:
            tags = missing_required("PublicModel", "tags")
        else:
            tags = cast(list[str], _raw_tags)

        _limits = d.pop("limits", UNSET)
        limits: PublicModelLimits | Unset
        if isinstance(_limits, Unset):
            limits = UNSET
        else:
            limits = PublicModelLimits.from_dict(_limits)

        _cost = d.pop("cost", UNSET)
        cost: PublicModelCost | Unset
        if isinstance(_cost, Unset):
            cost = UNSET
        else:
            cost = PublicModelCost.from_dict(_cost)

        capability_rank = d.pop("capabilityRank", UNSET)

        public_model = cls(
            id=id,
            kind=kind,
            provider=provider,
            label=label,
            capabilities=capabilities,
            configured=configured,
            available=available,
            health=health,
            default_for=default_for,
            location=location,
            aliases=aliases,
            tags=tags,
            limits=limits,
            cost=cost,
            capability_rank=capability_rank,
        )

        public_model.additional_properties = d
        return public_model


from ..models.public_model_cost import PublicModelCost  # noqa: E402
from ..models.public_model_limits import PublicModelLimits  # noqa: E402
