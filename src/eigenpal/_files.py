"""File inputs and downloads: what counts as a file, streaming uploads, and writing downloads to disk.

Uploads never read a file into memory: a ``Path`` or an open binary file is streamed in chunks by
httpx, through a reader that reports progress. Downloads with ``to=`` stream to disk the same way.
"""

from __future__ import annotations

import io
import mimetypes
import os
import re
from collections.abc import Callable, Mapping, Sequence
from contextlib import ExitStack
from pathlib import Path, PurePath
from typing import IO, Any, TypedDict, Union, cast

from ._errors import EigenpalUsageError
from ._generated.types import File

Progress = Callable[[int, int | None], None]
"""``progress(bytes_done, total)``: called as bytes go out or come in; ``total`` is ``None`` when unknown."""


class FileDict(TypedDict, total=False):
    """File content given inline: ``{"content": b"...", "filename": "a.pdf", "mime_type": "application/pdf"}``."""

    content: bytes
    filename: str
    mime_type: str


FileInput = Union[str, "os.PathLike[str]", IO[bytes], FileDict]
"""A file to upload: a ``pathlib.Path`` (or path string, where a file is expected), an open binary file,
or a ``FileDict``."""

Destination = Union[str, "os.PathLike[str]", IO[bytes]]
"""Where a download goes: a path (written atomically) or an open binary file."""

FILE_REFERENCE = "$fileId"
"""The key of a reference to an uploaded file in a run's input (``{"$fileId": "file_..."}``)."""


def is_file(value: object) -> bool:
    """Whether an input value is a file to upload (a path object, a binary file or a ``FileDict``)."""
    if isinstance(value, PurePath):
        return True
    if isinstance(value, Mapping):
        return "content" in value and FILE_REFERENCE not in value
    return hasattr(value, "read") and not isinstance(value, (str, bytes))


def is_file_list(value: object) -> bool:
    return isinstance(value, (list, tuple)) and bool(value) and all(is_file(v) for v in value)


def is_file_ref(value: object) -> bool:
    """Whether a value references an uploaded file: ``{"$fileId": ...}`` or a ``File`` from ``files.upload``."""
    from ._generated.models import File as UploadedFile

    if isinstance(value, UploadedFile):  # before Mapping: a model is a mapping too, of its own wire names
        return True
    return isinstance(value, Mapping) and FILE_REFERENCE in value


def file_ref(value: Any) -> dict[str, Any]:
    """The wire form of a file reference."""
    from ._generated.models import File as UploadedFile

    if isinstance(value, UploadedFile):
        return {FILE_REFERENCE: value.id}
    return dict(value)


class ProgressReader(io.RawIOBase):
    """A binary file wrapper that counts the bytes read and reports them to a shared ``ProgressMeter``."""

    def __init__(self, raw: IO[bytes], meter: ProgressMeter | None) -> None:
        super().__init__()
        self._raw = raw
        self._meter = meter
        self._start = raw.tell() if raw.seekable() else 0
        self._done = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return self._raw.seekable()

    def read(self, size: int = -1) -> bytes:
        chunk = self._raw.read(size)
        if chunk and self._meter is not None:
            self._done += len(chunk)
            self._meter.add(len(chunk))
        return chunk

    def readinto(self, buffer: Any) -> int:
        chunk = self.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        if whence == io.SEEK_SET:
            if self._meter is not None:
                self._meter.add(-self._done)  # a resend starts this part again
            self._done = 0
            return self._raw.seek(self._start + offset) - self._start
        return self._raw.seek(offset, whence) - self._start

    def tell(self) -> int:
        return self._raw.tell() - self._start

    def fileno(self) -> int:
        if self._start:
            raise OSError("a partially read file has no usable descriptor length")
        return self._raw.fileno()


class ProgressMeter:
    """Sums bytes across the parts of one request and calls the user's callback."""

    def __init__(self, callback: Progress, total: int | None) -> None:
        self.callback, self.total, self.done = callback, total, 0

    def add(self, count: int) -> None:
        self.done += count
        self.callback(self.done, self.total)


def _size(stream: IO[bytes]) -> int | None:
    try:
        return os.fstat(stream.fileno()).st_size - stream.tell()
    except (AttributeError, OSError, io.UnsupportedOperation):
        try:
            position = stream.tell()
            end = stream.seek(0, io.SEEK_END)
            stream.seek(position)
            return end - position
        except (AttributeError, OSError):
            return None


_MIME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+/[!#$%&'*+.^_`|~0-9A-Za-z-]+")
FILE_FORMS = (
    "a pathlib.Path, a file opened with open(path, 'rb'), or {'content': b'...', 'filename': 'a.pdf'}"
)


def open_upload(value: FileInput, stack: ExitStack, argument: str) -> tuple[str, IO[bytes], str | None]:
    """``(filename, binary stream, mime type)`` for one file input; files opened here close with ``stack``.

    Everything is checked before the first byte goes out: a file that cannot be read, a file dict whose
    ``filename`` holds a path or control characters, or a ``mime_type`` that is not ``type/subtype``, is a
    usage error (refused rather than cleaned up, so what is sent is what was asked for)."""
    if isinstance(value, (str, os.PathLike)):
        path = Path(value)
        if not str(value) or not path.is_file():
            raise EigenpalUsageError(f"{argument}: {str(path)!r} is not a readable file.")
        stream: IO[bytes] = stack.enter_context(path.open("rb"))
        return path.name, stream, mimetypes.guess_type(path.name)[0]
    if isinstance(value, Mapping):
        content = value.get("content")
        if not isinstance(content, (bytes, bytearray, memoryview)):
            raise EigenpalUsageError(
                f"{argument}: a file dict needs 'content' as bytes, got {type(content).__name__}."
            )
        filename = value.get("filename") or argument.rsplit(".", 1)[-1]
        if not isinstance(filename, str) or not filename.isprintable() or any(c in filename for c in "/\\"):
            raise EigenpalUsageError(
                f"{argument}: filename={filename!r} must be a plain file name, without folders or control characters."
            )
        mime = value.get("mime_type") or mimetypes.guess_type(filename)[0]
        if mime is not None and (not isinstance(mime, str) or not _MIME.fullmatch(mime)):
            raise EigenpalUsageError(f"{argument}: mime_type={mime!r} must look like 'application/pdf'.")
        return filename, io.BytesIO(bytes(content)), mime
    if not hasattr(value, "read") or isinstance(value, (bytes, bytearray)):
        raise EigenpalUsageError(f"{argument}: expected a file ({FILE_FORMS}), got {type(value).__name__}.")
    if getattr(value, "closed", False):
        raise EigenpalUsageError(f"{argument}: the file is closed; pass it while it is open.")
    _check_stream_methods(value, argument)
    readable = getattr(value, "readable", None)
    if (
        isinstance(value, io.TextIOBase)
        or "b" not in getattr(value, "mode", "b")
        or (readable and not readable())
    ):
        raise EigenpalUsageError(
            f"{argument}: open the file for reading in binary mode, e.g. open(path, 'rb')."
        )
    filename = Path(str(getattr(value, "name", "") or argument.rsplit(".", 1)[-1])).name
    return filename, value, mimetypes.guess_type(filename)[0]


def upload_size(value: FileInput, argument: str) -> int | None:
    """The bytes ``value`` would send (``None``: a stream that cannot tell), checked as ``open_upload``
    checks it; a stream is left where it was."""
    with ExitStack() as stack:
        _, stream, _ = open_upload(value, stack, argument)
        return _size(stream)


def _check_stream_methods(value: object, argument: str) -> None:
    """A file object needs what streaming it uses: ``read`` and ``seekable``, and when it says it can seek,
    ``seek`` and ``tell`` (a retried upload starts again from where it began)."""
    needed = ["read", "seekable"]
    seekable = getattr(value, "seekable", None)
    if callable(seekable) and seekable():
        needed += ["seek", "tell"]
    missing = [name for name in needed if not callable(getattr(value, name, None))]
    if missing:
        raise EigenpalUsageError(
            f"{argument}: a {type(value).__name__} has no {'() or '.join(missing)}(); pass a binary stream "
            "such as open(path, 'rb') or io.BytesIO(data)."
        )


def check_progress(progress: object) -> None:
    """``progress`` must be callable (checked before a transfer starts, not in the middle of it)."""
    if progress is not None and not callable(progress):
        raise EigenpalUsageError(
            f"progress must be a function progress(bytes_done, total), got {type(progress).__name__}."
        )


def open_uploads(
    uploads: Sequence[tuple[str, FileInput]], stack: ExitStack, progress: Progress | None
) -> list[tuple[str, File]]:
    """``(part name, File)`` for each upload: streamed from disk, reporting progress across all parts."""
    check_progress(progress)
    opened = [(name, open_upload(value, stack, name)) for name, value in uploads]
    meter = None
    if progress is not None:
        sizes = [_size(stream) for _, (_, stream, _) in opened]
        meter = ProgressMeter(progress, None if None in sizes else sum(s or 0 for s in sizes))
    return [
        (name, File(cast(IO[bytes], ProgressReader(stream, meter)), filename, mime))
        for name, (filename, stream, mime) in opened
    ]


def open_destination(
    to: Destination, stack: ExitStack
) -> tuple[IO[bytes], Callable[[], None], Callable[[], None]]:
    """A binary sink for a download, a commit function and a reset function (for a retried download).

    A path is written to ``<path>.part`` and renamed on success, so a failed download never leaves a
    truncated file under the real name.
    """
    if isinstance(to, (str, os.PathLike)):
        final = Path(to)
        shown = repr(str(to))[:80]
        try:
            if not str(to) or final.is_dir() or not final.parent.is_dir():
                raise EigenpalUsageError(
                    f"to={shown} must be a file path in an existing folder (it is empty, is a folder, or its "
                    "folder does not exist)."
                )
            partial = final.with_name(final.name + ".part")
            sink: IO[bytes] = stack.enter_context(partial.open("wb"))
        except (OSError, ValueError) as error:  # a NUL, a name too long, a path the file system cannot encode
            if isinstance(error, EigenpalUsageError):
                raise
            raise EigenpalUsageError(
                f"to={shown} cannot be written: {type(error).__name__}: {error}"[:300]
            ) from None
        stack.callback(lambda: partial.unlink(missing_ok=True))

        def commit() -> None:
            sink.flush()
            os.replace(partial, final)

        def reset() -> None:
            sink.seek(0)
            sink.truncate()

        return sink, commit, reset
    writable = getattr(to, "writable", None)
    if not hasattr(to, "write") or getattr(to, "closed", False) or (writable and not writable()):
        raise EigenpalUsageError(
            "to must be a file path or a binary file open for writing, e.g. open(path, 'wb')."
        )
    if isinstance(to, io.TextIOBase) or "b" not in getattr(to, "mode", "b"):
        raise EigenpalUsageError("to: open the destination in binary mode, e.g. open(path, 'wb').")
    start = to.tell() if to.seekable() else None

    def reset_file() -> None:
        if start is None:
            raise EigenpalUsageError("to: the download must restart but the destination cannot seek back.")
        to.seek(start)
        to.truncate()

    return to, to.flush, reset_file
