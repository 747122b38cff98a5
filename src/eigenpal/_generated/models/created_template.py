from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.created_template_format import CreatedTemplateFormat
from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
    parse_timestamp,
)

T = TypeVar("T", bound="CreatedTemplate")


@_attrs_define(repr=False)
class CreatedTemplate(Model):
    """The template just created: the fields of `Template`, plus an optional `cleanupProof` to hand to the staging call."""

    id: str
    name: str
    filename: str
    format_: CreatedTemplateFormat
    mime_type: str
    tokens: list[CreatedTemplateTokensItem]
    grammar: CreatedTemplateGrammar
    created_at: str
    description: None | str | Unset = UNSET
    size: int | None | Unset = UNSET
    sha256: None | str | Unset = UNSET
    current_revision: None | TemplateRevision | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    cleanup_proof: str | Unset = UNSET
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
        "name": "name",
        "filename": "filename",
        "format": "format_",
        "mimeType": "mime_type",
        "tokens": "tokens",
        "grammar": "grammar",
        "createdAt": "created_at",
        "description": "description",
        "size": "size",
        "sha256": "sha256",
        "currentRevision": "current_revision",
        "updatedAt": "updated_at",
        "cleanupProof": "cleanup_proof",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "name",
            "filename",
            "format",
            "mimeType",
            "tokens",
            "grammar",
            "createdAt",
        }
    )
    _CLOSED: ClassVar[bool] = False
    _TITLE: ClassVar[str | None] = "CreatedTemplate"
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

        if not isinstance(self.name, Unset):
            name = self.name
            field_dict["name"] = name

        if not isinstance(self.filename, Unset):
            filename = self.filename
            field_dict["filename"] = filename

        if not isinstance(self.format_, Unset):
            format_ = self.format_.value
            field_dict["format"] = format_

        if not isinstance(self.mime_type, Unset):
            mime_type = self.mime_type
            field_dict["mimeType"] = mime_type

        if not isinstance(self.tokens, Unset):
            tokens = []
            for tokens_item_data in self.tokens:
                tokens_item = tokens_item_data.to_dict()
                tokens.append(tokens_item)

            field_dict["tokens"] = tokens

        if not isinstance(self.grammar, Unset):
            grammar = self.grammar.to_dict()
            field_dict["grammar"] = grammar

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

        size: int | None | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size
        if size is not UNSET:
            field_dict["size"] = size

        sha256: None | str | Unset
        if isinstance(self.sha256, Unset):
            sha256 = UNSET
        else:
            sha256 = self.sha256
        if sha256 is not UNSET:
            field_dict["sha256"] = sha256

        current_revision: dict[str, Any] | None | Unset
        if isinstance(self.current_revision, Unset):
            current_revision = UNSET
        elif isinstance(self.current_revision, TemplateRevision):
            current_revision = self.current_revision.to_dict()
        else:
            current_revision = self.current_revision
        if current_revision is not UNSET:
            field_dict["currentRevision"] = current_revision

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        cleanup_proof = self.cleanup_proof
        if cleanup_proof is not UNSET:
            field_dict["cleanupProof"] = cleanup_proof

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        if _raw_id is UNSET:
            id = missing_required("CreatedTemplate", "id")
        else:
            id = _raw_id

        _raw_name = d.pop("name", UNSET)
        if _raw_name is UNSET:
            name = missing_required("CreatedTemplate", "name")
        else:
            name = _raw_name

        _raw_filename = d.pop("filename", UNSET)
        if _raw_filename is UNSET:
            filename = missing_required("CreatedTemplate", "filename")
        else:
            filename = _raw_filename

        _raw_format_ = d.pop("format", UNSET)
        if _raw_format_ is UNSET:
            format_ = missing_required("CreatedTemplate", "format")
        else:
            format_ = CreatedTemplateFormat(_raw_format_)

        _raw_mime_type = d.pop("mimeType", UNSET)
        if _raw_mime_type is UNSET:
            mime_type = missing_required("CreatedTemplate", "mimeType")
        else:
            mime_type = _raw_mime_type

        _raw_tokens = d.pop("tokens", UNSET)
        if _raw_tokens is UNSET:
            tokens = missing_required("CreatedTemplate", "tokens")
        else:
            tokens = []
            _tokens = _raw_tokens
            for tokens_item_data in _tokens:
                tokens_item = CreatedTemplateTokensItem.from_dict(tokens_item_data)

                tokens.append(tokens_item)

        _raw_grammar = d.pop("grammar", UNSET)
        if _raw_grammar is UNSET:
            grammar = missing_required("CreatedTemplate", "grammar")
        else:
            grammar = CreatedTemplateGrammar.from_dict(_raw_grammar)

        _raw_created_at = d.pop("createdAt", UNSET)
        if _raw_created_at is UNSET:
            created_at = missing_required("CreatedTemplate", "createdAt")
        else:
            created_at = _raw_created_at

        _raw_description = d.pop("description", UNSET)
        description = _raw_description

        _raw_size = d.pop("size", UNSET)
        size = _raw_size

        _raw_sha256 = d.pop("sha256", UNSET)
        sha256 = _raw_sha256

        _raw_current_revision = d.pop("currentRevision", UNSET)
        current_revision = (
            TemplateRevision.from_dict(_raw_current_revision)
            if isinstance(_raw_current_revision, dict)
            else _raw_current_revision
        )

        _raw_updated_at = d.pop("updatedAt", UNSET)
        updated_at = _raw_updated_at

        cleanup_proof = d.pop("cleanupProof", UNSET)

        created_template = cls(
            id=id,
            name=name,
            filename=filename,
            format_=format_,
            mime_type=mime_type,
            tokens=tokens,
            grammar=grammar,
            created_at=created_at,
            description=description,
            size=size,
            sha256=sha256,
            current_revision=current_revision,
            updated_at=updated_at,
            cleanup_proof=cleanup_proof,
        )

        created_template.additional_properties = d
        return created_template


from ..models.created_template_grammar import CreatedTemplateGrammar  # noqa: E402
from ..models.created_template_tokens_item import CreatedTemplateTokensItem  # noqa: E402
from ..models.template_revision import TemplateRevision  # noqa: E402
