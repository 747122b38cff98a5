from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.automation_type import AutomationType
from ..types import UNSET, Model, Unset, missing_required

T = TypeVar("T", bound="AutomationSummary")


@_attrs_define
class AutomationSummary(Model):
    """A runnable workflow or agent as listed in the registry."""

    id: str
    type_: AutomationType
    """ The implementation type of an automation. """
    slug: str
    name: None | str
    created_at: str
    description: None | str | Unset = UNSET
    status: str | Unset = UNSET
    version: None | str | Unset = UNSET
    triggers: AutomationTriggerState | Unset = UNSET
    """ Which triggers are enabled for an automation. `api` must be on to start runs from the API. """
    implementation_available: bool | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "type": "type_",
        "slug": "slug",
        "name": "name",
        "createdAt": "created_at",
        "description": "description",
        "status": "status",
        "version": "version",
        "triggers": "triggers",
        "implementationAvailable": "implementation_available",
        "updatedAt": "updated_at",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "type",
            "slug",
            "name",
            "createdAt",
        }
    )
    _CLOSED: ClassVar[bool] = True
    _CONSTS: ClassVar[dict[str, Any]] = {}

    def to_dict(self) -> dict[str, Any]:
        """The wire JSON of this model: known fields by wire name, unset ones left out, unknown ones kept."""
        field_dict: dict[str, Any] = {}
        if not isinstance(self.id, Unset):
            id = self.id
            field_dict["id"] = id

        if not isinstance(self.type_, Unset):
            type_ = self.type_.value
            field_dict["type"] = type_

        if not isinstance(self.slug, Unset):
            slug = self.slug
            field_dict["slug"] = slug

        if not isinstance(self.name, Unset):
            name: None | str
            name = self.name
            field_dict["name"] = name

        if not isinstance(self.created_at, Unset):
            created_at = self.created_at
            field_dict["createdAt"] = created_at

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description
        if description is not UNSET:
            field_dict["description"] = description

        status = self.status
        if status is not UNSET:
            field_dict["status"] = status

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version
        if version is not UNSET:
            field_dict["version"] = version

        triggers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.triggers, Unset):
            triggers = self.triggers.to_dict()
        if triggers is not UNSET:
            field_dict["triggers"] = triggers

        implementation_available = self.implementation_available
        if implementation_available is not UNSET:
            field_dict["implementationAvailable"] = implementation_available

        updated_at = self.updated_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        if isinstance(_raw_id, Unset):
            id = missing_required("AutomationSummary", "id")
        else:
            id = _raw_id

        _raw_type_ = d.pop("type", UNSET)
        if isinstance(_raw_type_, Unset):
            type_ = missing_required("AutomationSummary", "type")
        else:
            type_ = AutomationType(_raw_type_)

        _raw_slug = d.pop("slug", UNSET)
        if isinstance(_raw_slug, Unset):
            slug = missing_required("AutomationSummary", "slug")
        else:
            slug = _raw_slug

        _raw_name = d.pop("name", UNSET)
        if isinstance(_raw_name, Unset):
            name = missing_required("AutomationSummary", "name")
        else:

            def _parse_name(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            name = _parse_name(_raw_name)

        _raw_created_at = d.pop("createdAt", UNSET)
        if isinstance(_raw_created_at, Unset):
            created_at = missing_required("AutomationSummary", "createdAt")
        else:
            created_at = _raw_created_at

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        status = d.pop("status", UNSET)

        def _parse_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        _triggers = d.pop("triggers", UNSET)
        triggers: AutomationTriggerState | Unset
        if isinstance(_triggers, Unset):
            triggers = UNSET
        else:
            triggers = AutomationTriggerState.from_dict(_triggers)

        implementation_available = d.pop("implementationAvailable", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        automation_summary = cls(
            id=id,
            type_=type_,
            slug=slug,
            name=name,
            created_at=created_at,
            description=description,
            status=status,
            version=version,
            triggers=triggers,
            implementation_available=implementation_available,
            updated_at=updated_at,
        )

        automation_summary.additional_properties = d
        return automation_summary


from ..models.automation_trigger_state import AutomationTriggerState  # noqa: E402
