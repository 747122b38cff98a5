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

T = TypeVar("T", bound="RunSource")


@_attrs_define(repr=False)
class RunSource(Model):
    """The automation and version a run executed."""

    id: str
    name: None | str
    version: None | str
    version_id: None | str | Unset = UNSET
    slug: None | str | Unset = UNSET
    model: None | str | Unset = UNSET
    git: None | RunSourceGit | Unset = UNSET
    implementation_available: bool | Unset = UNSET
    automation_found: bool | Unset = UNSET
    current_version: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "name": "name",
        "version": "version",
        "versionId": "version_id",
        "slug": "slug",
        "model": "model",
        "git": "git",
        "implementationAvailable": "implementation_available",
        "automationFound": "automation_found",
        "currentVersion": "current_version",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "name",
            "version",
        }
    )
    _CLOSED: ClassVar[bool] = True
    _TITLE: ClassVar[str | None] = "RunSource"
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

        if not isinstance(self.name, Unset):
            name: None | str
            name = self.name
            field_dict["name"] = name

        if not isinstance(self.version, Unset):
            version: None | str
            version = self.version
            field_dict["version"] = version

        version_id: None | str | Unset
        if isinstance(self.version_id, Unset):
            version_id = UNSET
        else:
            version_id = self.version_id
        if version_id is not UNSET:
            field_dict["versionId"] = version_id

        slug: None | str | Unset
        if isinstance(self.slug, Unset):
            slug = UNSET
        else:
            slug = self.slug
        if slug is not UNSET:
            field_dict["slug"] = slug

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model
        if model is not UNSET:
            field_dict["model"] = model

        git: dict[str, Any] | None | Unset
        if isinstance(self.git, Unset):
            git = UNSET
        elif isinstance(self.git, RunSourceGit):
            git = self.git.to_dict()
        else:
            git = self.git
        if git is not UNSET:
            field_dict["git"] = git

        implementation_available = self.implementation_available
        if implementation_available is not UNSET:
            field_dict["implementationAvailable"] = implementation_available

        automation_found = self.automation_found
        if automation_found is not UNSET:
            field_dict["automationFound"] = automation_found

        current_version: None | str | Unset
        if isinstance(self.current_version, Unset):
            current_version = UNSET
        else:
            current_version = self.current_version
        if current_version is not UNSET:
            field_dict["currentVersion"] = current_version

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        if _raw_id is UNSET:
            id = missing_required("RunSource", "id")
        else:
            id = _raw_id

        _raw_name = d.pop("name", UNSET)
        if _raw_name is UNSET:
            name = missing_required("RunSource", "name")
        else:
            name = _raw_name

        _raw_version = d.pop("version", UNSET)
        if _raw_version is UNSET:
            version = missing_required("RunSource", "version")
        else:
            version = _raw_version

        _raw_version_id = d.pop("versionId", UNSET)
        version_id = _raw_version_id

        _raw_slug = d.pop("slug", UNSET)
        slug = _raw_slug

        _raw_model = d.pop("model", UNSET)
        model = _raw_model

        _raw_git = d.pop("git", UNSET)
        git = RunSourceGit.from_dict(_raw_git) if isinstance(_raw_git, dict) else _raw_git

        implementation_available = d.pop("implementationAvailable", UNSET)

        automation_found = d.pop("automationFound", UNSET)

        _raw_current_version = d.pop("currentVersion", UNSET)
        current_version = _raw_current_version

        run_source = cls(
            id=id,
            name=name,
            version=version,
            version_id=version_id,
            slug=slug,
            model=model,
            git=git,
            implementation_available=implementation_available,
            automation_found=automation_found,
            current_version=current_version,
        )

        run_source.additional_properties = d
        return run_source


from ..models.run_source_git import RunSourceGit  # noqa: E402
