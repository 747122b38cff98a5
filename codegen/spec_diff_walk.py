"""The comparison behind `spec_diff.py`: what it needs of a spec (`Spec`, `Operation`) and a `Walker` that
compares two specs' operations and the schemas they reach, recording each `Change` in its `Scope`. The
rules it applies are in `spec_diff.py`'s docstring."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import urlsplit

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
RENAMED_FROM = "x-eigenpal-renamed-from"
ROUTE_PREFIX = re.compile(r"^(?:/api(?=/|$))?(?:/v\d+(?=/|$))?")
TOLERATE = "clients must tolerate"
ANNOTATIONS = frozenset({"description", "title", "default", "example", "examples", "deprecated"})
LOWER_BOUNDS = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties")
UPPER_BOUNDS = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties")

Direction = Literal["request", "response"]


class SpecDiffError(Exception):
    """A source that cannot be read or resolved; the command line prints it and exits 2."""


@dataclass(frozen=True)
class Scope:
    """Where a change is reported: the API, the operations list, one operation, or one component schema
    (``name``) as read in one ``direction``."""

    kind: Literal["api", "operations", "operation", "schema", "components"]
    name: str = ""
    direction: str = ""


@dataclass(frozen=True)
class Change:
    """One item of the report: ``target`` (what) and ``action`` (what happened to it)."""

    scope: Scope
    target: str
    action: str
    breaking: bool
    tolerate: bool = False

    def line(self) -> str:
        label = "**breaking**" if self.breaking else f"additive ({TOLERATE})" if self.tolerate else "additive"
        return f"- {label}: {self.target} {self.action}"


@dataclass
class Spec:
    """An OpenAPI document with local ``$ref`` resolution."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document

    def resolve(self, ref: str) -> Any:
        if not isinstance(ref, str) or not ref.startswith("#/"):
            raise SpecDiffError(f"$ref {ref!r}: only references inside the document (#/...) are supported")
        node: Any = self.document
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(node, Mapping) or part not in node:
                raise SpecDiffError(f"$ref {ref!r} points at nothing")
            node = node[part]
        return node

    def follow(self, node: Any) -> Any:
        """``node`` with any chain of ``$ref`` followed (a cycle reads as an empty object)."""
        seen: set[str] = set()
        while isinstance(node, Mapping) and "$ref" in node:
            if node["$ref"] in seen:
                return {}
            seen.add(node["$ref"])
            node = self.resolve(node["$ref"])
        return node

    def schemas(self) -> Mapping[str, Any]:
        components = self.document.get("components") or {}
        return components.get("schemas") or {}

    def servers(self) -> list[str]:
        return [str(server.get("url", "")) for server in self.document.get("servers") or []]

    def base_url(self) -> str:
        """The first server's URL plus the prefix every path shares (``/api/v1``), the part of a route
        that `route` strips."""
        server = (self.servers() or [""])[0].rstrip("/")
        server_path = urlsplit(server).path
        origin = server[: len(server) - len(server_path)]
        prefixes = {_route_prefix(server_path + str(path)) for path in self.document.get("paths") or {}}
        shared = prefixes.pop() if len(prefixes) == 1 else ""
        return origin + shared if len(shared) >= len(server_path) else server

    def operations(self) -> dict[str, Operation]:
        server_path = urlsplit((self.servers() or [""])[0]).path.rstrip("/")
        operations = {}
        for path, item in (self.document.get("paths") or {}).items():
            item = self.follow(item)
            for method in METHODS:
                if isinstance(item.get(method), Mapping):
                    operation = Operation.read(self, str(path), method, item, server_path)
                    operations[operation.id] = operation
        for name, item in (self.document.get("webhooks") or {}).items():
            item = self.follow(item)
            for method in METHODS:
                if isinstance(item.get(method), Mapping):
                    operation = Operation.read_webhook(self, str(name), item[method])
                    operations[operation.id] = operation
        return operations


def _route_prefix(path: str) -> str:
    match = ROUTE_PREFIX.match(path)
    return match.group(0) if match else ""


def component_name(schema: Any) -> str | None:
    """The name of the component schema ``schema`` refers to, if it is such a reference."""
    ref = schema.get("$ref") if isinstance(schema, Mapping) else None
    prefix = "#/components/schemas/"
    return ref[len(prefix) :] if isinstance(ref, str) and ref.startswith(prefix) else None


@dataclass(frozen=True)
class Operation:
    """What the diff needs of one operation; ``route`` is its method and stripped path, parameter names
    erased."""

    id: str
    method: str
    path: str
    route: str
    sdk_method: str | None
    renamed_from: tuple[str, ...]
    parameters: dict[tuple[str, Any], Mapping[str, Any]]
    body: Mapping[str, Any] | None
    responses: dict[str, Mapping[str, Any]]

    @classmethod
    def read(cls, spec: Spec, path: str, method: str, item: Mapping[str, Any], server_path: str) -> Operation:
        op = item[method]
        full_path = server_path + path
        stripped = full_path[len(_route_prefix(full_path)) :] or "/"
        hint = op.get(RENAMED_FROM) or ()
        body = spec.follow(op["requestBody"]) if "requestBody" in op else None
        return cls(
            id=str(op.get("operationId") or f"{method.upper()} {path}"),
            method=method.upper(),
            path=path,
            route=f"{method.upper()} {re.sub(r'{[^}]*}', '{}', stripped)}",
            sdk_method=op.get("x-eigenpal-method"),
            renamed_from=(hint,) if isinstance(hint, str) else tuple(map(str, hint)),
            parameters=_parameters(
                spec, path, [*(item.get("parameters") or ()), *(op.get("parameters") or ())]
            ),
            body=body,
            responses={
                str(status): spec.follow(response) for status, response in (op.get("responses") or {}).items()
            },
        )

    @classmethod
    def read_webhook(cls, spec: Spec, name: str, op: Mapping[str, Any]) -> Operation:
        """A webhook of the spec's ``webhooks:``: the service sends its body and the SDK reads it, so the
        body is judged as an answer (response ``event``): a field the service stops sending breaks a
        receiver, a new one does not."""
        event = spec.follow(op["requestBody"]) if "requestBody" in op else {}
        return cls(
            id=str(op.get("operationId") or f"webhook {name}"),
            method="WEBHOOK",
            path=name,
            route=f"WEBHOOK {name}",
            sdk_method=None,
            renamed_from=(),
            parameters={},
            body=None,
            responses={"event": event},
        )

    def label(self) -> str:
        return f"`{self.method} {self.path}`"


def _parameters(spec: Spec, path: str, declared: list[Any]) -> dict[tuple[str, Any], Mapping[str, Any]]:
    """Parameters by key: path parameters by their position in the path, others by location and name
    (a header's name in lower case). A later declaration (the operation's) overrides an earlier one."""
    positions = re.findall(r"{([^}]*)}", path)
    keyed: dict[tuple[str, Any], Mapping[str, Any]] = {}
    for parameter in declared:
        parameter = spec.follow(parameter)
        where, name = str(parameter.get("in")), str(parameter.get("name"))
        if where == "path" and name in positions:
            keyed[(where, positions.index(name))] = parameter
        else:
            keyed[(where, name.lower() if where == "header" else name)] = parameter
    return keyed


# --------------------------------------------------------------------------------------------- schemas


@dataclass(frozen=True)
class _Context:
    """Where a schema walk reports: its scope, the place in it (``query parameter `x```, empty at the
    root of a component schema), the direction, and the node (operation or schema pair) whose uses it
    records: an operation by its id, a component schema pair by ``(old, new, direction)``."""

    scope: Scope
    where: str
    direction: Direction
    node: Any


def _types(schema: Mapping[str, Any]) -> frozenset[str]:
    """The non-null types a schema allows (empty: any), a single type with its format."""
    declared = schema.get("type")
    types = {declared} if isinstance(declared, str) else {t for t in declared or () if isinstance(t, str)}
    types.discard("null")
    if not types:
        types = {"object"} if "properties" in schema else {"array"} if "items" in schema else set()
        types |= {_JSON_TYPES.get(type(value), "object") for value in (_values(schema) or {}).values()}
    if len(types) == 1 and "format" in schema:
        types = {f"{types.pop()}({schema['format']})"}
    return frozenset(types)


_JSON_TYPES = {str: "string", bool: "boolean", int: "integer", float: "number", list: "array"}


def _covers(wide: frozenset[str], narrow: frozenset[str]) -> bool:
    """Whether every value of ``narrow`` is one of ``wide`` (an empty set allows anything)."""
    if not wide:
        return True
    return bool(narrow) and all(t in wide or (t == "integer" and "number" in wide) for t in narrow)


def _shown_types(types: frozenset[str]) -> str:
    return f"`{' | '.join(sorted(types))}`" if types else "any"


def _values(schema: Mapping[str, Any]) -> dict[str, Any] | None:
    """The values a schema is restricted to (``enum``, ``const``, known values ``x-values``), by key."""
    for key in ("enum", "x-values"):
        if isinstance(schema.get(key), list):
            return {_value_key(value): value for value in schema[key] if value is not None}
    return {_value_key(schema["const"]): schema["const"]} if "const" in schema else None


def _value_key(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str)


def _shown(value: Any) -> str:
    return f"`{value}`" if isinstance(value, str) else f"`{_value_key(value)}`"


def _narrows(key: str, before: Any, after: Any) -> bool:
    """Whether a constraint's change from ``before`` to ``after`` allows fewer values (a bound added,
    a lower bound raised, an upper bound lowered, a pattern added or changed)."""
    numbers = all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (before, after))
    if not numbers:
        return after is not None
    return bool(after > before) if key in LOWER_BOUNDS else bool(after < before)


def _shown_bound(value: Any) -> str:
    return "none" if value is None else f"`{value}`"


def _is_null(schema: Any) -> bool:
    return isinstance(schema, Mapping) and (
        schema.get("type") in ("null", ["null"]) or ("const" in schema and schema["const"] is None)
    )


def _members(schema: Mapping[str, Any]) -> list[Any]:
    return [*(schema.get("oneOf") or []), *(schema.get("anyOf") or [])]


def _path_text(path: tuple[str, ...]) -> str:
    text = ""
    for part in path:
        text += part if part == "[]" or part.startswith("<") else f".{part}" if text else part
    return text


class Walker:
    """Compares two specs' operations and the schemas they reach, recording `Change` items."""

    def __init__(self, old: Spec, new: Spec) -> None:
        self.old, self.new = old, new
        self.changes: dict[tuple[Scope, str, str], Change] = {}
        self.headings: dict[Scope, str] = {}
        self.walked: set[tuple[str, str, str]] = set()
        self.reaches: dict[Any, set[tuple[str, str, str]]] = {}

    def add(
        self, ctx: _Context | Scope, target: str, action: str, breaking: bool, tolerate: bool = False
    ) -> None:
        scope = ctx.scope if isinstance(ctx, _Context) else ctx
        self.changes.setdefault((scope, target, action), Change(scope, target, action, breaking, tolerate))

    def judged(self, ctx: _Context, target: str, action: str, narrows: bool, *, retype: bool = False) -> None:
        """A narrowing (or a widening) of what ``ctx`` accepts or sends, classified by direction."""
        if ctx.direction == "request":
            self.add(ctx, target, action, breaking=narrows)
        else:
            self.add(
                ctx, target, action, breaking=not narrows and retype, tolerate=not narrows and not retype
            )

    # -- the schema walk -----------------------------------------------------------------------------

    def unwrap(self, spec: Spec, schema: Any) -> tuple[Any, bool]:
        """``schema`` without its null alternatives and whether it allows null; refs followed, up to a
        component schema's."""
        nullable, seen = False, set()
        while isinstance(schema, Mapping):
            ref = schema.get("$ref")
            if ref is not None and component_name(schema) is None and ref not in seen:
                seen.add(ref)
                schema = spec.resolve(ref)
                continue
            if ref is not None:
                return (schema if ref not in seen else {}), nullable
            declared = schema.get("type")
            nullable |= schema.get("nullable") is True or (isinstance(declared, list) and "null" in declared)
            for key in ("anyOf", "oneOf", "allOf"):
                members = schema.get(key)
                if not isinstance(members, list):
                    continue
                rest = [member for member in members if not _is_null(member)]
                nullable |= key != "allOf" and len(rest) < len(members)
                if len(rest) == 1 and set(schema) - {key} <= ANNOTATIONS | {"nullable"}:
                    schema = rest[0]
                    break
                schema = {**schema, key: rest}
            else:
                return schema, nullable
        return ({} if not isinstance(schema, Mapping) else schema), nullable

    def schema(
        self, old: Any, new: Any, ctx: _Context, path: tuple[str, ...], seen: frozenset[object] = frozenset()
    ) -> None:
        """Compares two schemas at ``path`` of ``ctx``: a pair of component schemas in their own scope,
        once per direction; anything else in place. ``seen`` holds the component refs this place is
        already expanding in place, so that a schema that contains itself is expanded once."""
        old, old_null = self.unwrap(self.old, old)
        new, new_null = self.unwrap(self.new, new)
        base = self.target(ctx, path)
        if old_null != new_null:
            action = "became nullable" if new_null else "is no longer nullable"
            self.judged(ctx, base or "the schema", action, narrows=old_null, retype=True)
        old_name, new_name = component_name(old), component_name(new)
        old_union, new_union = self.union(self.old, old), self.union(self.new, new)
        inline_unions = old_union and not old_name and not new_name
        expanding = (old_name, new_name) if old_name or new_name else None
        if (bool(old_union) != bool(new_union) or inline_unions) and expanding not in seen:
            self.variants(old_union or [old], new_union or [new], ctx, path, seen | {expanding} - {None})
            return
        if old_name and new_name:
            self.component(old_name, new_name, ctx)
        elif old_name or new_name:
            name = old_name or new_name or ""
            if name not in seen:
                old = self.old.schemas().get(name, {}) if old_name else old
                new = self.new.schemas().get(name, {}) if new_name else new
                self.schema(old, new, ctx, path, seen | {name})
        else:
            (old, old_bases), (new, new_bases) = self.flatten(self.old, old), self.flatten(self.new, new)
            self.bases(old_bases, new_bases, ctx, path)
            self.compare(old, new, ctx, path)

    def component(self, old_name: str, new_name: str, ctx: _Context) -> None:
        key = (old_name, new_name, ctx.direction)
        self.reaches.setdefault(ctx.node, set()).add(key)
        if key in self.walked:
            return
        self.walked.add(key)
        label = f"`{old_name}`" if old_name == new_name else f"`{old_name}` → `{new_name}`"
        scope = Scope("schema", label, ctx.direction)
        inner = _Context(scope, "", ctx.direction, key)
        self.schema(self.old.schemas().get(old_name, {}), self.new.schemas().get(new_name, {}), inner, ())

    def flatten(
        self, spec: Spec, schema: Mapping[str, Any], seen: frozenset[str] = frozenset()
    ) -> tuple[Mapping[str, Any], list[str]]:
        """``schema`` with its inline ``allOf`` members merged in (properties, required, the rest if
        unset), and the component schemas among its members, which are compared in their own scope (so a
        schema that reaches itself through ``allOf`` is walked once)."""
        if not isinstance(schema.get("allOf"), list):
            return schema, []
        merged: dict[str, Any] = {key: value for key, value in schema.items() if key != "allOf"}
        bases: list[str] = []
        for member in schema["allOf"]:
            name, ref = component_name(member), member.get("$ref") if isinstance(member, Mapping) else None
            if name:
                bases.append(name)
            if name or ref in seen or not isinstance(spec.follow(member), Mapping):
                continue
            member, inner_bases = self.flatten(spec, spec.follow(member), seen | ({ref} if ref else set()))
            bases += inner_bases
            merged["properties"] = {**(member.get("properties") or {}), **(merged.get("properties") or {})}
            merged["required"] = [*(merged.get("required") or []), *(member.get("required") or [])]
            for key, value in member.items():
                merged.setdefault(key, value)
        return merged, bases

    def bases(self, old: list[str], new: list[str], ctx: _Context, path: tuple[str, ...]) -> None:
        """The component schemas an ``allOf`` merges, by name: a kept one compared in its own scope, a
        removed one breaking, an added one breaking only if a request must now send its required fields."""
        base = self.target(ctx, path)
        of = f" of {base}" if base else ""
        for name in old:
            if name in new:
                self.component(name, name, ctx)
            else:
                self.add(ctx, f"base schema `{name}`{of}", "removed", breaking=True)
        for name in new:
            if name not in old:
                required = bool((self.new.schemas().get(name) or {}).get("required"))
                self.add(
                    ctx,
                    f"base schema `{name}`{of}",
                    "added",
                    breaking=ctx.direction == "request" and required,
                )

    def compare(
        self, old: Mapping[str, Any], new: Mapping[str, Any], ctx: _Context, path: tuple[str, ...]
    ) -> None:
        base = self.target(ctx, path)
        old_types, new_types = _types(old), _types(new)
        if old_types != new_types:
            action = f"retyped {_shown_types(old_types)} → {_shown_types(new_types)}"
            if _covers(new_types, old_types):
                self.judged(ctx, base or "the schema", action, narrows=False, retype=True)
            elif _covers(old_types, new_types):
                self.judged(ctx, base or "the schema", action, narrows=True, retype=True)
            else:
                self.add(ctx, base or "the schema", action, breaking=True)
                return
        self.enum(old, new, ctx, base)
        self.constraints(old, new, ctx, base)
        self.properties(old, new, ctx, path)
        if isinstance(old.get("items"), Mapping) and isinstance(new.get("items"), Mapping):
            self.schema(old["items"], new["items"], ctx, (*path, "[]"))
        if isinstance(old.get("additionalProperties"), Mapping) and isinstance(
            new.get("additionalProperties"), Mapping
        ):
            self.schema(old["additionalProperties"], new["additionalProperties"], ctx, (*path, "*"))

    def enum(self, old: Mapping[str, Any], new: Mapping[str, Any], ctx: _Context, base: str) -> None:
        old_values, new_values = _values(old), _values(new)
        of = f" of {base}" if base else ""
        if old_values is None and new_values is not None:
            shown = ", ".join(map(_shown, new_values.values()))
            self.judged(ctx, base or "the schema", f"is now restricted to {shown}", narrows=True, retype=True)
        elif old_values is not None and new_values is None:
            shown = ", ".join(map(_shown, old_values.values()))
            self.judged(
                ctx, base or "the schema", f"is no longer restricted to {shown}", narrows=False, retype=True
            )
        elif old_values is not None and new_values is not None:
            for key, value in old_values.items():
                if key not in new_values:
                    self.add(ctx, f"enum value {_shown(value)}{of}", "removed", breaking=True)
            for key, value in new_values.items():
                if key not in old_values:
                    self.judged(ctx, f"enum value {_shown(value)}{of}", "added", narrows=False)

    def constraints(self, old: Mapping[str, Any], new: Mapping[str, Any], ctx: _Context, base: str) -> None:
        for key in (*LOWER_BOUNDS, *UPPER_BOUNDS, "pattern"):
            before, after = old.get(key), new.get(key)
            if before == after:
                continue
            action = f"`{key}` {_shown_bound(before)} → {_shown_bound(after)}"
            self.judged(ctx, base or "the schema", action, narrows=_narrows(key, before, after))

    def properties(
        self, old: Mapping[str, Any], new: Mapping[str, Any], ctx: _Context, path: tuple[str, ...]
    ) -> None:
        old_fields, new_fields = old.get("properties") or {}, new.get("properties") or {}
        old_required, new_required = set(old.get("required") or []), set(new.get("required") or [])
        for name in [*old_fields, *(name for name in new_fields if name not in old_fields)]:
            target = self.target(ctx, (*path, str(name)))
            if name not in new_fields:
                self.add(ctx, target, "removed", breaking=True)
            elif name not in old_fields:
                required = name in new_required
                self.add(
                    ctx,
                    target,
                    "added" + (" (required)" if required else ""),
                    ctx.direction == "request" and required,
                )
            else:
                if (name in old_required) != (name in new_required):
                    now = name in new_required
                    action = "became required" if now else "became optional"
                    self.add(ctx, target, action, breaking=now == (ctx.direction == "request"))
                self.schema(old_fields[name], new_fields[name], ctx, (*path, str(name)))

    def variants(
        self, old: list[Any], new: list[Any], ctx: _Context, path: tuple[str, ...], seen: frozenset[object]
    ) -> None:
        """Union members, paired by component name, constant or type (``object#2`` for the second)."""
        old_keyed, new_keyed = self.keyed(self.old, old), self.keyed(self.new, new)
        base = self.target(ctx, path)
        of = f" of {base}" if base else ""
        for key, member in old_keyed.items():
            if key not in new_keyed:
                self.add(ctx, f"variant `{key}`{of}", "removed", breaking=True)
            else:
                self.schema(member, new_keyed[key], ctx, (*path, f"<{key}>"), seen)
        for key in new_keyed:
            if key not in old_keyed:
                self.judged(ctx, f"variant `{key}`{of}", "added", narrows=False)

    def union(self, spec: Spec, schema: Any) -> list[Any]:
        """The members of ``schema`` if it is a union (``anyOf``/``oneOf``), itself or behind component refs:
        a union and a schema that is not are compared member by member (``Run`` is a member of
        ``RunStartResponse``)."""
        seen = set()
        while (name := component_name(schema)) and name not in seen:
            seen.add(name)
            schema = self.unwrap(spec, spec.schemas().get(name, {}))[0]
        return _members(schema)

    def keyed(self, spec: Spec, members: list[Any]) -> dict[str, Any]:
        keyed: dict[str, Any] = {}
        for member in members:
            member, _ = self.unwrap(spec, member)
            name = component_name(member)
            if name is None:
                shown = "|".join(sorted(_types(member))) or "any"
                name = f"const {_value_key(member['const'])}" if "const" in member else shown
                count = sum(key == name or key.startswith(f"{name}#") for key in keyed)
                name = f"{name}#{count + 1}" if count else name
            keyed[name] = member
        return keyed

    @staticmethod
    def target(ctx: _Context, path: tuple[str, ...]) -> str:
        if not path:
            return ctx.where
        shown = f"field `{_path_text(path)}`"
        return f"{shown} of {ctx.where}" if ctx.where else shown

    # -- operations ----------------------------------------------------------------------------------

    def operation(self, old: Operation, new: Operation) -> None:
        scope = Scope("operation", new.id)
        renamed = f" (was `{old.id}`)" if old.id != new.id else ""
        self.headings[scope] = f"`{new.id}`{renamed} ({new.label()})"
        self.parameters(old, new, scope)
        self.body(old, new, scope)
        self.responses(old, new, scope)

    def parameters(self, old: Operation, new: Operation, scope: Scope) -> None:
        for key in [*old.parameters, *(key for key in new.parameters if key not in old.parameters)]:
            before, after = old.parameters.get(key), new.parameters.get(key)
            shown = (after or before or {}).get("name")
            target = f"{key[0]} parameter `{shown}`"
            if after is None:
                self.add(scope, target, "removed", breaking=True)
            elif before is None:
                required = bool(after.get("required"))
                self.add(scope, target, "added" + (" (required)" if required else ""), breaking=required)
            else:
                if bool(before.get("required")) != bool(after.get("required")):
                    now = bool(after.get("required"))
                    self.add(scope, target, "became required" if now else "became optional", breaking=now)
                ctx = _Context(scope, target, "request", new.id)
                self.schema(_parameter_schema(before), _parameter_schema(after), ctx, ())

    def body(self, old: Operation, new: Operation, scope: Scope) -> None:
        before, after = old.body, new.body
        if before is None and after is None:
            return
        if after is None:
            self.add(scope, "request body", "removed", breaking=True)
        elif before is None:
            required = bool(after.get("required"))
            self.add(scope, "request body", "added" + (" (required)" if required else ""), breaking=required)
        else:
            if bool(before.get("required")) != bool(after.get("required")):
                now = bool(after.get("required"))
                self.add(scope, "request body", "became required" if now else "became optional", breaking=now)
            self.contents(before, after, scope, "request body", "request", new.id)

    def responses(self, old: Operation, new: Operation, scope: Scope) -> None:
        for status in [*old.responses, *(status for status in new.responses if status not in old.responses)]:
            success = status.startswith("2")
            target = f"response `{status}`"
            if status not in new.responses:
                self.add(scope, target, "removed", breaking=success)
            elif status not in old.responses:
                self.add(scope, target, "added", breaking=False, tolerate=success)
            else:
                self.contents(old.responses[status], new.responses[status], scope, target, "response", new.id)

    def contents(
        self,
        old: Mapping[str, Any],
        new: Mapping[str, Any],
        scope: Scope,
        target: str,
        direction: Direction,
        op: str,
    ) -> None:
        old_content, new_content = old.get("content") or {}, new.get("content") or {}
        for kind in [*old_content, *(kind for kind in new_content if kind not in old_content)]:
            if kind not in new_content:
                self.add(scope, f"content type `{kind}` of {target}", "removed", breaking=True)
            elif kind not in old_content:
                self.add(scope, f"content type `{kind}` of {target}", "added", breaking=False)
            else:
                ctx = _Context(scope, f"{target} `{kind}`", direction, op)
                before, after = old_content[kind] or {}, new_content[kind] or {}
                self.schema(before.get("schema") or {}, after.get("schema") or {}, ctx, ())

    def used_by(self) -> dict[tuple[str, str, str], list[str]]:
        """For each walked schema pair, the operations whose walk reaches it."""
        users: dict[tuple[str, str, str], set[str]] = {}
        for node in self.reaches:
            if not isinstance(node, str):
                continue
            stack, seen = list(self.reaches[node]), set()
            while stack:
                key = stack.pop()
                if key not in seen:
                    seen.add(key)
                    users.setdefault(key, set()).add(node)
                    stack += self.reaches.get(key, ())
        return {key: sorted(ops) for key, ops in users.items()}


def _parameter_schema(parameter: Mapping[str, Any]) -> Any:
    if "schema" in parameter:
        return parameter["schema"]
    content = parameter.get("content") or {}
    return next((media.get("schema") or {} for media in content.values()), {})
