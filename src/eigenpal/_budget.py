"""The request-body budget of a run start: which file inputs are uploaded first, so the start fits.

The hosted API refuses a request body over about 4.5 MiB (``multipart_max_bytes``). The files a start
carries as multipart parts may fill that budget less ``MULTIPART_ENVELOPE_HEADROOM_BYTES``; the others are
uploaded first (``files.upload(..., purpose="run-input")``) and sent as ``{"$fileId": ...}``. The rule,
the official client's: every input over the budget goes; then, of the rest from the largest down (ties
by name), as many as it takes for the total to fit. An input whose size is unknown (a stream that cannot
seek) cannot be counted, so it goes too. ``None`` is no limit (a self-hosted API): nothing goes first.

The unit is an input: a list of files under one name counts as one entry, the sum of its files, and
goes first whole (its order then needs no merging of parts and references).
"""

from __future__ import annotations

from collections.abc import Sequence

from ._constants import MULTIPART_ENVELOPE_HEADROOM_BYTES


def budget(max_bytes: int | None) -> int | None:
    """The bytes of files a multipart start may carry: ``max_bytes`` less the envelope's headroom."""
    return None if max_bytes is None else max(0, max_bytes - MULTIPART_ENVELOPE_HEADROOM_BYTES)


def pre_upload(inputs: Sequence[tuple[str, int | None]], max_bytes: int | None) -> set[str]:
    """The names of the inputs (``(name, size in bytes or None)``) to upload before the start."""
    limit = budget(max_bytes)
    if limit is None:
        return set()
    chosen = {name for name, size in inputs if size is None or size > limit}
    rest = sorted((-size, name) for name, size in inputs if size is not None and name not in chosen)
    total = -sum(negative for negative, _ in rest)
    for negative, name in rest:
        if total <= limit:
            break
        chosen.add(name)
        total += negative
    return chosen
