"""Building ``POST /runs``: JSON when no input is a file, multipart (``files.<key>`` parts) when any is.

A file input already uploaded (``{"$fileId": ...}``, a ``File``, or one the SDK uploaded first to keep the
start within ``multipart_max_bytes``: ``eigenpal._budget``) goes in the JSON body's ``files``, or in a
multipart start's ``input`` part, as the service reads both."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from contextlib import ExitStack
from typing import TYPE_CHECKING, Any, Literal

from ._errors import EigenpalUsageError
from ._files import FileInput, Progress, file_ref, is_file, is_file_list, is_file_ref, open_uploads
from ._generated.types import Request
from ._params import bounded, opt, to_wire
from ._targets import LATEST, Target, run_target

if TYPE_CHECKING:
    from ._generated.models import Run, RunAccepted

Trigger = Literal["api", "cli"]


def resolve_version(target: Target, version: str | None) -> tuple[str, str | None]:
    """The wire target and version; ``target@v`` and ``version=`` must agree when both are given.

    ``"latest"`` (either way) sends no version, which the service reads as the latest one."""
    wire_target, from_target = run_target(target)
    if version is not None and (not isinstance(version, str) or not version.strip() or "@" in version):
        raise EigenpalUsageError(f"version={version!r} must be a version name such as 'v3', or 'latest'.")
    version = None if version == LATEST else version
    if from_target is not None and version is not None and from_target != version:
        raise EigenpalUsageError(
            f"target={target!r} names version {from_target!r} but version={version!r}; give the version once."
        )
    return wire_target, version if version is not None else from_target


def run_tags(tags: object) -> list[str] | None:
    """``tags`` as the service takes them: a list of non-empty texts (a lone string would be split into
    letters by accident, so it is refused)."""
    if tags is None:
        return None
    if isinstance(tags, (str, bytes)) or not isinstance(tags, Sequence):
        raise EigenpalUsageError(f"tags must be a list of texts such as ['nightly'], got {tags!r}.")
    for tag in tags:
        if not isinstance(tag, str) or not tag.strip() or "," in tag:
            raise EigenpalUsageError(
                f"tags must be non-empty texts without commas, got {tag!r} in tags={list(tags)!r}."
            )
    return list(tags)


def file_inputs(input: object) -> list[tuple[str, list[FileInput]]]:
    """The inputs whose values are files to send (a file, or a list of files), each as its files."""
    if not isinstance(input, Mapping):
        return []
    found: list[tuple[str, list[FileInput]]] = []
    for key, value in input.items():
        if is_file(value):
            found.append((key, [value]))
        elif is_file_list(value):
            found.append((key, list(value)))
    return found


def start_request(
    target: Target,
    input: Mapping[str, Any] | None,
    *,
    version: str | None,
    metadata: Mapping[str, Any] | None,
    overrides: Mapping[str, Any] | None,
    tags: Sequence[str] | None,
    wait_for_completion: int | None,
    trigger: Trigger,
    progress: Progress | None,
    stack: ExitStack,
) -> Request[Run | RunAccepted]:
    """The prepared start request; files opened for it close with ``stack``."""
    from ._generated.api.operations import runs_start
    from ._generated.models import RunsStartXEigenpalTrigger, RunStartBody, RunStartMultipartRequest

    wire_target, wire_version = resolve_version(target, version)
    if input is not None and not isinstance(input, Mapping):
        raise EigenpalUsageError(
            f"input must be a dict of input names to values, got {type(input).__name__}."
        )
    for name, value in (("metadata", metadata), ("overrides", overrides)):
        if value is not None and not isinstance(value, Mapping):
            raise EigenpalUsageError(f"{name} must be a dict, got {type(value).__name__}.")
    tag_list = run_tags(tags)
    plain: dict[str, Any] = {}
    uploads: list[tuple[str, FileInput]] = []
    references: dict[str, Any] = {}
    for key, value in (input or {}).items():
        if not isinstance(key, str) or not key:
            raise EigenpalUsageError(f"input keys are input names (non-empty strings), got {key!r}.")
        if is_file(value):
            uploads.append((f"files.{key}", value))
        elif is_file_list(value):
            uploads.extend((f"files.{key}", item) for item in value)
        elif is_file_ref(value):
            references[key] = file_ref(value)
        elif isinstance(value, (list, tuple)) and value and all(is_file_ref(v) for v in value):
            references[key] = [file_ref(v) for v in value]
        else:
            plain[key] = to_wire(value, f"input[{key!r}]")
    wait = bounded(wait_for_completion, "wait_for_completion", 0, 600)
    if trigger not in ("api", "cli"):
        raise EigenpalUsageError(f"trigger={trigger!r} is not valid; use 'api' or 'cli'.")
    trigger_header = RunsStartXEigenpalTrigger(trigger)
    if uploads:
        multipart = RunStartMultipartRequest(
            target=wire_target,
            input_=json.dumps({**plain, **references}),  # uploaded files ride in the input
            metadata=json.dumps(to_wire(metadata, "metadata")) if metadata is not None else opt(None),
            overrides=json.dumps(to_wire(overrides, "overrides")) if overrides is not None else opt(None),
            tags=json.dumps(tag_list) if tag_list is not None else opt(None),
        )
        request = runs_start.request(
            body=multipart,
            version=opt(wire_version),
            wait_for_completion=wait,
            x_eigenpal_trigger=trigger_header,
        )
        assert request.files is not None
        request.files.extend((name, part.to_tuple()) for name, part in open_uploads(uploads, stack, progress))
        return request
    body: dict[str, Any] = {"target": wire_target, "input": plain}
    if references:
        body["files"] = references
    if tag_list is not None:
        body["tags"] = tag_list
    if metadata is not None:
        body["metadata"] = to_wire(metadata, "metadata")
    if overrides is not None:
        body["overrides"] = to_wire(overrides, "overrides")
    return runs_start.request(
        body=RunStartBody.from_dict(body),
        version=opt(wire_version),
        wait_for_completion=wait,
        x_eigenpal_trigger=trigger_header,
    )
