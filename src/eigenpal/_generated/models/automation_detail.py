from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.automation_type import AutomationType
from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
    parse_timestamp,
)

T = TypeVar("T", bound="AutomationDetail")


@_attrs_define(repr=False)
class AutomationDetail(Model):
    """A runnable workflow or agent with its input and output JSON schemas."""

    id: str
    type_: AutomationType
    """ Which kind of automation something is: `workflow` or `agent`. """
    slug: str
    name: None | str
    folder_id: None | str
    folder_path: None | str
    created_at: str
    description: None | str | Unset = UNSET
    status: str | Unset = UNSET
    version: None | str | Unset = UNSET
    triggers: AutomationTriggerState | Unset = UNSET
    """ Which triggers are enabled for an automation. `api` must be on to start runs from the API. """
    implementation_available: bool | Unset = UNSET
    updated_at: str | Unset = UNSET
    input_schema: AutomationDetailInputSchemaType0 | None | Unset = UNSET
    output_schema: AutomationDetailOutputSchemaType0 | None | Unset = UNSET
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

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "type": "type_",
        "slug": "slug",
        "name": "name",
        "folderId": "folder_id",
        "folderPath": "folder_path",
        "createdAt": "created_at",
        "description": "description",
        "status": "status",
        "version": "version",
        "triggers": "triggers",
        "implementationAvailable": "implementation_available",
        "updatedAt": "updated_at",
        "inputSchema": "input_schema",
        "outputSchema": "output_schema",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "type",
            "slug",
            "name",
            "folderId",
            "folderPath",
            "createdAt",
        }
    )
    _CLOSED: ClassVar[bool] = True
    _TITLE: ClassVar[str | None] = "AutomationDetail"
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

        if not isinstance(self.folder_id, Unset):
            folder_id: None | str
            folder_id = self.folder_id
            field_dict["folderId"] = folder_id

        if not isinstance(self.folder_path, Unset):
            folder_path: None | str
            folder_path = self.folder_path
            field_dict["folderPath"] = folder_path

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

        input_schema: dict[str, Any] | None | Unset
        if isinstance(self.input_schema, Unset):
            input_schema = UNSET
        elif isinstance(self.input_schema, AutomationDetailInputSchemaType0):
            input_schema = self.input_schema.to_dict()
        else:
            input_schema = self.input_schema
        if input_schema is not UNSET:
            field_dict["inputSchema"] = input_schema

        output_schema: dict[str, Any] | None | Unset
        if isinstance(self.output_schema, Unset):
            output_schema = UNSET
        elif isinstance(self.output_schema, AutomationDetailOutputSchemaType0):
            output_schema = self.output_schema.to_dict()
        else:
            output_schema = self.output_schema
        if output_schema is not UNSET:
            field_dict["outputSchema"] = output_schema

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        if _raw_id is UNSET:
            id = missing_required("AutomationDetail", "id")
        else:
            id = _raw_id

        _raw_type_ = d.pop("type", UNSET)
        if _raw_type_ is UNSET:
            type_ = missing_required("AutomationDetail", "type")
        else:
            type_ = AutomationType(_raw_type_)

        _raw_slug = d.pop("slug", UNSET)
        if _raw_slug is UNSET:
            slug = missing_required("AutomationDetail", "slug")
        else:
            slug = _raw_slug

        _raw_name = d.pop("name", UNSET)
        if _raw_name is UNSET:
            name = missing_required("AutomationDetail", "name")
        else:
            name = _raw_name

        _raw_folder_id = d.pop("folderId", UNSET)
        if _raw_folder_id is UNSET:
            folder_id = missing_required("AutomationDetail", "folderId")
        else:
            folder_id = _raw_folder_id

        _raw_folder_path = d.pop("folderPath", UNSET)
        if _raw_folder_path is UNSET:
            folder_path = missing_required("AutomationDetail", "folderPath")
        else:
            folder_path = _raw_folder_path

        _raw_created_at = d.pop("createdAt", UNSET)
        if _raw_created_at is UNSET:
            created_at = missing_required("AutomationDetail", "createdAt")
        else:
            created_at = _raw_created_at

        _raw_description = d.pop("description", UNSET)
        description = _raw_description

        status = d.pop("status", UNSET)

        _raw_version = d.pop("version", UNSET)
        version = _raw_version

        _triggers = d.pop("triggers", UNSET)
        triggers: AutomationTriggerState | Unset
        if isinstance(_triggers, Unset):
            triggers = UNSET
        else:
            triggers = AutomationTriggerState.from_dict(_triggers)

        implementation_available = d.pop("implementationAvailable", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        _raw_input_schema = d.pop("inputSchema", UNSET)
        input_schema = (
            AutomationDetailInputSchemaType0.from_dict(_raw_input_schema)
            if isinstance(_raw_input_schema, dict)
            else _raw_input_schema
        )

        _raw_output_schema = d.pop("outputSchema", UNSET)
        output_schema = (
            AutomationDetailOutputSchemaType0.from_dict(_raw_output_schema)
            if isinstance(_raw_output_schema, dict)
            else _raw_output_schema
        )

        automation_detail = cls(
            id=id,
            type_=type_,
            slug=slug,
            name=name,
            folder_id=folder_id,
            folder_path=folder_path,
            created_at=created_at,
            description=description,
            status=status,
            version=version,
            triggers=triggers,
            implementation_available=implementation_available,
            updated_at=updated_at,
            input_schema=input_schema,
            output_schema=output_schema,
        )

        automation_detail.additional_properties = d
        return automation_detail


from ..models.automation_detail_input_schema_type_0 import AutomationDetailInputSchemaType0  # noqa: E402
from ..models.automation_detail_output_schema_type_0 import AutomationDetailOutputSchemaType0  # noqa: E402
from ..models.automation_trigger_state import AutomationTriggerState  # noqa: E402
