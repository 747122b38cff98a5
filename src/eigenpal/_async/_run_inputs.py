"""Run inputs within the request-body budget: the file inputs ``eigenpal._budget`` picks are uploaded
first (``files.upload(..., purpose="run-input")``) and the start carries ``{"$fileId": ...}`` for them.

Every upload ends before the start is sent, and a failed one raises before it: a run starts once or not
at all. On the async client the uploads run together, ``PRE_UPLOAD_CONCURRENCY`` at a time.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from .._budget import pre_upload
from .._compat import AsyncBounded
from .._files import FILE_REFERENCE, ProgressMeter, upload_size
from .._options import RequestOptions, checked_options
from .._run_request import file_inputs

if TYPE_CHECKING:
    from .._files import Progress
    from .resources.files import AsyncFileTransfer

PRE_UPLOAD_CONCURRENCY = 4
"""Uploads of one run's inputs in flight at once (async client)."""


async def within_budget(
    files: AsyncFileTransfer,
    input: Mapping[str, Any] | None,
    max_bytes: int | None,
    progress: Progress | None,
    options: RequestOptions | None,
    check: Callable[[], object],
) -> tuple[Mapping[str, Any] | None, Progress | None]:
    """``input`` with the inputs to upload first replaced by references to their uploads, and the
    progress callback for the start's own parts (one count over every file of the run).

    ``check()`` builds the start as given, so a mistake in any argument is refused before an upload."""
    found = file_inputs(input)
    if max_bytes is None or not found or input is None:
        return input, progress
    sizes = {
        key: [upload_size(file, f"files.{key}") for file in values] for key, values in found
    }  # every file is checked before anything is sent
    entries = [(key, None if None in each else sum(s or 0 for s in each)) for key, each in sizes.items()]
    chosen = pre_upload(entries, max_bytes)
    if not chosen:
        return input, progress
    check()
    shared = None
    if progress is not None:
        known = [size for _, size in entries]
        shared = ProgressMeter(progress, None if None in known else sum(s or 0 for s in known))
    work = [(key, file) for key, values in found if key in chosen for file in values]
    calls = [
        functools.partial(
            files.upload, file, purpose="run-input", progress=_share(shared), options=_for_uploads(options)
        )
        for _, file in work
    ]
    uploaded = await AsyncBounded.map(calls, PRE_UPLOAD_CONCURRENCY)
    references: dict[str, list[dict[str, str]]] = {}
    for (key, _), made in zip(work, uploaded, strict=True):
        references.setdefault(key, []).append({FILE_REFERENCE: made.id})
    replaced = {
        key: (refs if isinstance(input[key], (list, tuple)) else refs[0]) for key, refs in references.items()
    }
    return {**input, **replaced}, _share(shared)


def _for_uploads(options: RequestOptions | None) -> RequestOptions | None:
    """The call's timeout, retries and headers; its ``extra_query`` and ``extra_body`` are the start's."""
    options = checked_options(options)
    if options is None:
        return None
    return RequestOptions(
        timeout_seconds=options.timeout_seconds, max_retries=options.max_retries, headers=options.headers
    )


def _share(meter: ProgressMeter | None) -> Progress | None:
    """A progress callback for one transfer that adds what it reports to ``meter``'s running count."""
    if meter is None:
        return None
    last = 0

    def report(done: int, total: int | None) -> None:
        nonlocal last
        meter.add(done - last)
        last = done

    return report
