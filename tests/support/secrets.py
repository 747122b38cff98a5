"""Where a secret shows in an exception: its repr and str, its chain, and everything they hold.

An error tracker walks ``__cause__`` and ``__context__`` and records what each exception holds; so does
this, a few levels deep, through arguments, attributes (``vars()`` and ``__slots__``), mappings (headers)
and sequences, without running properties.
"""

from __future__ import annotations

import contextlib
import types
from collections.abc import Iterable, Mapping

NOT_DATA = (type, types.ModuleType, types.FunctionType, types.MethodType, types.BuiltinFunctionType)
"""Code, not state: not walked."""


def secrets_held(error: BaseException, secrets: Iterable[str]) -> list[str]:
    """Where a secret shows in ``error``, its chain, or anything they hold (a few levels deep)."""
    found: list[str] = []
    needles = [(secret, secret.encode()) for secret in secrets]
    seen: set[int] = set()

    def shown(value: object) -> str:
        try:
            return f"{value!r} {value}"
        except Exception as failure:  # a repr that fails shows nothing
            return type(failure).__name__

    def visit(value: object, path: str, depth: int) -> None:
        if id(value) in seen or depth > 6 or isinstance(value, NOT_DATA):
            return
        seen.add(id(value))
        text = shown(value)
        for secret, raw in needles:
            if secret in text or (isinstance(value, (bytes, bytearray, memoryview)) and raw in bytes(value)):
                found.append(f"{path}: {text[:300]}")
        if isinstance(value, (str, bytes, bytearray, int, float, bool)) or value is None:
            return
        if isinstance(value, BaseException):
            visit(value.args, f"{path}.args", depth + 1)
            visit(value.__cause__, f"{path}.__cause__", depth + 1)
            visit(value.__context__, f"{path}.__context__", depth + 1)
        if isinstance(value, Mapping):
            for key, item in list(value.items()):
                visit(key, f"{path}[key]", depth + 1)
                visit(item, f"{path}[{key!r}]", depth + 1)
        elif isinstance(value, (list, tuple, set, frozenset)):
            for index, item in enumerate(value):
                visit(item, f"{path}[{index}]", depth + 1)
        for name, item in attributes(value):
            visit(item, f"{path}.{name}", depth + 1)

    visit(error, type(error).__name__, 0)
    return found


def attributes(value: object) -> list[tuple[str, object]]:
    """``vars()`` and ``__slots__`` values of ``value`` (properties are not run)."""
    held: list[tuple[str, object]] = list(getattr(value, "__dict__", {}).items())
    for kind in type(value).__mro__:
        for name in getattr(kind, "__slots__", ()):
            if isinstance(name, str) and name not in ("__dict__", "__weakref__"):
                with contextlib.suppress(AttributeError):  # a slot never set
                    held.append((name, object.__getattribute__(value, name)))
    return held
