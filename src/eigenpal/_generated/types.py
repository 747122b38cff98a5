"""Shared types of the generated layer: the unset sentinel, file parts, prepared requests and the model bases.

Nothing here imports attrs or any model, so importing an endpoint or the runtime stays cheap.
"""

from __future__ import annotations

import datetime
import logging
from collections.abc import Callable, ItemsView, Iterator, KeysView, Mapping, Sequence, ValuesView
from typing import IO, TYPE_CHECKING, Any, ClassVar, Generic, Literal, TypeVar

if TYPE_CHECKING:
    import httpx

logger = logging.getLogger("eigenpal")


class Unset:
    """The type of ``UNSET``: a field the server did not send, or an argument the caller did not pass.

    There is one ``UNSET``, and it stays the same object through ``pickle``, ``copy`` and ``deepcopy``, so
    a model sent back from another process (a process pool, a dask worker) still tests ``is UNSET``.
    """

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"  # pickled by name: unpickling (and copying) gives back the module's one UNSET


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


class File:
    """A file part of a multipart body. ``payload`` may be an open binary file, streamed as it is sent."""

    __slots__ = ("file_name", "mime_type", "payload")

    def __init__(
        self, payload: IO[bytes] | bytes, file_name: str | None = None, mime_type: str | None = None
    ) -> None:
        self.payload = payload
        self.file_name = file_name
        self.mime_type = mime_type

    def to_tuple(self) -> FileTypes:
        """Return the tuple httpx accepts for a multipart file part."""
        return self.file_name, self.payload, self.mime_type

    def __repr__(self) -> str:
        return f"File(file_name={self.file_name!r}, mime_type={self.mime_type!r})"


T = TypeVar("T")

ResponseKind = Literal["json", "binary", "text", "ndjson", "empty"]


class Request(Generic[T]):
    """A prepared API request: what to send, and how to parse a successful answer.

    Endpoint modules build these; the runtime sends them (auth, retries, timeouts, error mapping) and
    calls ``parse`` on a 2xx response. ``response_kind`` tells the runtime whether the body is JSON,
    raw bytes (which it may stream to disk), text, or an NDJSON stream.
    """

    __slots__ = (
        "content",
        "files",
        "headers",
        "json",
        "method",
        "operation_id",
        "params",
        "parse",
        "response_kind",
        "url",
    )

    def __init__(
        self,
        *,
        operation_id: str,
        response_kind: ResponseKind,
        parse: Callable[[httpx.Response], T],
        method: str,
        url: str,
        params: dict[str, Any] | None = None,
        headers: dict[str, Any] | None = None,
        json: Any = UNSET,
        files: RequestFiles | None = None,
        content: bytes | None = None,
    ) -> None:
        self.operation_id = operation_id
        self.response_kind = response_kind
        self.parse = parse
        self.method = method.upper()
        self.url = url
        self.params = params or {}
        self.headers = headers or {}
        self.json = json
        self.files = files
        self.content = content

    def __repr__(self) -> str:
        return f"Request({self.operation_id}: {self.method} {self.url})"


def missing_required(model: str, field: str) -> Any:
    """Record a required field the server left out, and return the value it reads as (``UNSET``)."""
    logger.debug("response model %s: required field %r is missing; it reads as UNSET", model, field)
    return UNSET


def unexpected_const(model: str, field: str, expected: object, got: object) -> None:
    """Record a constant field with an unexpected value; the value is kept as sent."""
    logger.debug(
        "response model %s: field %r should be %r, got %r; kept as sent", model, field, expected, got
    )


def best_match(
    candidates: Sequence[type[Model] | type[FreeFormModel]], data: Mapping[str, Any], field: str
) -> int:
    """Index of the union member that fits ``data`` best.

    Members are ranked by how many required keys are missing, unknown keys a closed model would
    reject, and constants that differ (fewest wins), then by how many of their keys are present
    (most wins), then by declaration order. A best member that still does not fit exactly is logged,
    so a mis-parse is never silent.
    """
    scores = [candidate._match_score(data) for candidate in candidates]
    best = min(range(len(candidates)), key=lambda i: (scores[i][0], -scores[i][1], i))
    if scores[best][0]:
        logger.debug(
            "union %r: no member fits exactly; parsed as %s (mismatch %d)",
            field,
            candidates[best].__name__,
            scores[best][0],
        )
    return best


class Model(Mapping[str, Any]):
    """Base of generated response and request models.

    A model answers ``model["wireName"]`` as well as ``model.python_name``: known fields by their wire
    name, anything else the server sent from ``additional_properties``. Unset fields raise ``KeyError``.
    It is a ``collections.abc.Mapping`` of the wire names present, in ``to_dict()`` order (``dict(model)``,
    ``for key in model``, ``pd.DataFrame(models)``: one row per model, one column per field), while ``==``
    stays field equality between models of one class. A model is always truthy, even one with no fields:
    ``if run.usage:`` tells a usage that was sent from ``None`` or ``UNSET``.

    In a REPL or a notebook it reads as the fields that were sent (``eigenpal._generated.display`` says how,
    and where it is cut); ``to_records()`` flattens it for a table.
    """

    __slots__ = ()

    _WIRE_NAMES: ClassVar[dict[str, str]] = {}
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset()
    _CLOSED: ClassVar[bool] = False
    _CONSTS: ClassVar[dict[str, Any]] = {}
    _TITLE: ClassVar[str | None] = None
    """The name a repr shows: the schema's name, or ``None`` for an object the spec declares inline (a
    union member such as ``RunTriggerByType0``), which reads as a plain ``{...}`` of its wire names."""

    if TYPE_CHECKING:
        additional_properties: dict[str, Any]

    def __getitem__(self, key: str) -> Any:
        attribute = self._WIRE_NAMES.get(key)
        if attribute is None:
            return self.additional_properties[key]
        value = getattr(self, attribute)
        if isinstance(value, Unset):
            raise KeyError(key)
        return value

    def __setitem__(self, key: str, value: Any) -> None:
        attribute = self._WIRE_NAMES.get(key)
        if attribute is None:
            self.additional_properties[key] = value
        else:
            setattr(self, attribute, value)

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        attribute = self._WIRE_NAMES.get(key)
        if attribute is None:
            return key in self.additional_properties
        return not isinstance(getattr(self, attribute), Unset)

    def get(self, key: str, default: Any = None) -> Any:
        """``model[key]``, or ``default`` when the field is unset or unknown."""
        try:
            return self[key]
        except KeyError:
            return default

    def __iter__(self) -> Iterator[str]:
        """The wire names of the fields present, in the order ``to_dict()`` has them (values stay models)."""
        for key, attribute in self._WIRE_NAMES.items():
            if not isinstance(getattr(self, attribute), Unset):
                yield key
        yield from self.additional_properties

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __bool__(self) -> bool:
        return True

    def keys(self) -> KeysView[str]:
        return _Keys(self)

    def items(self) -> ItemsView[str, Any]:
        return _Items(self)

    def values(self) -> ValuesView[Any]:
        return _Values(self)

    def __dir__(self) -> list[str]:
        """Tab completion offers the fields by Python name and the public methods, not the internals."""
        return sorted(name for name in super().__dir__() if not name.startswith("_") or name.startswith("__"))

    def _ipython_key_completions_(self) -> list[str]:
        """``model["`` completes the wire names present."""
        return list(self)

    def __repr__(self) -> str:
        from .display import model_repr

        return model_repr(self)

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        """IPython's pretty printer: the same text as ``repr``; a model met again inside itself is elided."""
        printer.text(f"{type(self).__name__}(...)" if cycle else repr(self))

    def _repr_html_(self) -> str:
        """A notebook shows a model as a table of the fields that were sent (values HTML-escaped)."""
        from .display import model_html

        return model_html(self)

    def to_records(self) -> list[dict[str, Any]]:
        """The rows this model reads as in a table, for ``pd.DataFrame(model.to_records())``.

        An experiment's detail gives one row per example run with each evaluator's score and verdict; any
        other model one flat row of its wire JSON, nested fields under dotted names (``timing.createdAt``).
        """
        from .display import model_records

        return model_records(self)

    @classmethod
    def _match_score(cls, data: Mapping[str, Any]) -> tuple[int, int]:
        keys = data.keys()
        mismatch = len(cls._REQUIRED_KEYS - keys)
        if cls._CLOSED:
            mismatch += len(keys - cls._WIRE_NAMES.keys())
        mismatch += sum(10 for key, value in cls._CONSTS.items() if key in data and data[key] != value)
        return mismatch, len(keys & cls._WIRE_NAMES.keys())


def _view_repr(view: KeysView[Any] | ItemsView[Any, Any] | ValuesView[Any]) -> str:
    return f"{type(view).__name__[1:].lower()}({list(view)!r})"


class _Keys(KeysView[str]):
    """``model.keys()``: a live view, as ``dict.keys()`` is, that prints as ``keys(['id', ...])``."""

    __slots__ = ()

    def __repr__(self) -> str:
        return _view_repr(self)


class _Items(ItemsView[str, Any]):
    __slots__ = ()

    def __repr__(self) -> str:
        return _view_repr(self)


class _Values(ValuesView[Any]):
    __slots__ = ()

    def __repr__(self) -> str:
        return _view_repr(self)


class JSONObject(dict[str, Any]):
    """A JSON object from the API: a real ``dict`` whose keys also read as attributes, at every depth.

    ``run.output.total`` is ``run.output["total"]``; a key that is not a Python name, or that shares its
    name with a ``dict`` method (``items``, ``keys``, ``get`` …), is read with ``[...]``. It compares equal
    to the plain ``dict`` and serialises to the same JSON, so ``to_dict()`` is still the wire JSON.
    """

    __slots__ = ()

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") and name.endswith(
            "__"
        ):  # a key "__deepcopy__" must not become a protocol method
            raise AttributeError(name)
        try:
            value = self[name]
        except KeyError:
            raise AttributeError(f"this JSON object has no key {name!r}") from None
        if type(value) is dict:  # built from plain dicts (not parsed by the SDK): read nested ones alike
            value = self[name] = JSONObject(value)
        elif type(value) is list:
            value[:] = [JSONObject(item) if type(item) is dict else item for item in value]
        return value

    def __dir__(self) -> list[str]:
        return sorted({*super().__dir__(), *(key for key in self if key.isidentifier())})

    def _ipython_key_completions_(self) -> list[str]:
        """``output["`` completes the keys."""
        return [key for key in self if isinstance(key, str)]

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Every key: a free-form object has no declared fields."""
        return self

    def to_dict(self) -> dict[str, Any]:
        return dict(self)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> JSONObject:
        return cls(src_dict)

    @classmethod
    def _match_score(cls, data: Mapping[str, Any]) -> tuple[int, int]:
        return 0, 0


def parse_timestamp(value: object) -> datetime.datetime | None:
    """An ISO 8601 timestamp as a timezone-aware ``datetime`` (UTC when it has no offset); ``None`` for
    a missing or null value. A malformed one raises ``ValueError``."""
    if not isinstance(value, str):
        return None
    from dateutil.parser import isoparse  # loaded on first use, not by ``import eigenpal``

    parsed = isoparse(value)
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=datetime.timezone.utc)


def parse_json(response: httpx.Response) -> Any:
    """The body as JSON, every object a ``JSONObject``. Nesting too deep to parse, or a non-finite number
    (``NaN``, ``Infinity``), raises ``ValueError``."""
    import json

    try:
        return json.loads(response.content, object_hook=JSONObject, parse_constant=_not_json)
    except RecursionError:
        raise ValueError("the JSON body is nested too deeply to parse") from None


def _not_json(constant: str) -> Any:
    """``NaN`` and ``Infinity`` are not JSON (Python's parser accepts them): an answer holding one is garbled,
    never a ``Run(id=nan)``."""
    raise ValueError(f"the JSON body holds {constant}, which JSON does not allow")


FreeFormModel = JSONObject
"""The base the generated free-form names alias (kept for the union ranking's signature)."""


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "FreeFormModel",
    "JSONObject",
    "Model",
    "Request",
    "RequestFiles",
    "ResponseKind",
    "Unset",
    "parse_json",
    "parse_timestamp",
]
