"""Seed-era aliases: ``aliases.yaml`` checked against the client tree and attached to it for the template.

``aliases.yaml`` (at the repository root, next to ``openapi.yaml``) lists the June 2026 API's call shapes
that keep running: renamed methods (``methods:``, with renamed arguments and value maps), renamed keywords
of methods that kept their name (``keywords:``), the old file-reference key of run inputs and the old
default host. ``attach`` checks every entry against the tree ``facade.build`` made (and the hand-written
mixins it names) and returns one message per problem, naming the entry: a target method, argument or
value that does not exist, or an old name that today's tree still uses. Without problems it attaches:

- to each node holding an alias, an ``AliasMethod`` (a node the old name needs and today's tree lacks,
  such as ``runs.feedback``, is added as an alias node: ``Node.alias_of``);
- to each method with renamed keywords, its ``Keywords`` (a ``@deprecated`` overload takes them).

``templates/facade.py.jinja`` renders them; ``src/eigenpal/_aliases.py`` translates at run time.
"""

from __future__ import annotations

import ast
import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import facade
import yaml

SECTIONS = {"values", "methods", "keywords", "file_reference", "base_urls"}
FACADE_NAMES = {
    "Any", "Literal", "Mapping", "Sequence", "overload", "RequestOptions", "UNSET", "Unset", "Target",
}  # fmt: skip
"""Names the client tree imports anyway (a mixin's annotation using one needs no import of its own)."""
BUILTINS = {"str", "int", "float", "bool", "bytes", "None", "list", "dict", "tuple", "object"}


@dataclass
class Renamed:
    """One old argument and today's (``new`` is ``None`` when any value of it is refused)."""

    old: str
    new: str | None
    old_wire: str
    new_wire: str | None
    annotation: str
    query: bool
    flag: bool = False
    values: str | None = None
    """The value map's name in ``aliases.yaml`` (``_SEED_ERA_VALUES_<NAME>`` in the client tree)."""
    refused: str | None = None

    @property
    def default(self) -> str:
        return "None" if self.query else "UNSET"


@dataclass
class AliasMethod:
    """An old method: a deprecated method of the node that calls today's (``target``) with translated
    arguments. A generated target's signature is rendered by the template's macro from ``method`` (today's,
    under the old names); a hand-written one's is copied from its mixin (``signatures``)."""

    old: str
    target: str
    target_class: str
    message: str
    method: facade.Method | None
    signatures: list[tuple[bool, str]]
    """Each overload's and then the implementation's ``(parameters) -> returns`` (``True``: an overload)."""
    call: list[str]
    renamed: list[Renamed]
    translates_body: bool
    awaits: bool
    """Today's method is a coroutine function (the blocking client's twin is a plain call)."""

    @property
    def name(self) -> str:
        return self.old.rsplit(".", 1)[-1]

    @property
    def target_name(self) -> str:
        return self.target.rsplit(".", 1)[-1]

    @property
    def table(self) -> str:
        return table_name(self.old)

    @property
    def docstring(self) -> str:
        renamed = ", ".join(f"``{r.old}`` is ``{r.new}``" for r in self.renamed if r.old != r.new)
        head = f"Deprecated: ``{self.old}`` is today's ``{self.target}`` (aliases.yaml)."
        return head + (
            f"\n\n{renamed[0].upper()}{renamed[1:]}; values are translated or refused." if renamed else ""
        )


@dataclass
class Keywords:
    """The old keywords of a method that kept its name: a ``@deprecated`` overload takes them."""

    call: str
    renamed: list[Renamed]
    message: str

    @property
    def table(self) -> str:
        return table_name(self.call)

    @property
    def translated(self) -> list[Renamed]:
        return [renamed for renamed in self.renamed if renamed.new]


@dataclass
class Aliases:
    """What the template renders besides the tree: value maps, tables, imports and the run-time data."""

    values: dict[str, dict[str, dict[Any, Any]]]
    tables: dict[str, list[Renamed]]
    imports: dict[str, set[str]] = field(default_factory=dict)
    """Modules (relative to the client tree) and names that copied mixin signatures annotate with."""
    models: set[str] = field(default_factory=set)
    file_reference: tuple[str, str] = ("", "")
    base_urls: dict[str, str] = field(default_factory=dict)


def table_name(dotted: str) -> str:
    return "_SEED_ERA_" + dotted.replace(".", "_").upper()


def load(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data if isinstance(data, dict) else {}


def attach(data: dict[str, Any], root: facade.Node, spec: dict[str, Any], resources: Path) -> tuple[Aliases, list[str]]:  # fmt: skip
    """Check ``aliases.yaml`` against the tree and attach its aliases; the problems, one message each."""
    problems = [f"aliases.yaml: unknown section {name!r}" for name in sorted(set(data) - SECTIONS)]
    values = {name: _value_map(name, entry, problems) for name, entry in (data.get("values") or {}).items()}
    result = Aliases(values=values, tables={})
    mixins = _Mixins(resources)
    for old, entry in (data.get("methods") or {}).items():
        alias = _method_alias(old, entry, root, values, mixins, result, problems)
        if alias is not None:
            _node(root, old.split(".")[:-1], alias.target).aliases.append(alias)
            if alias.renamed:
                result.tables[alias.table] = alias.renamed
    for dotted, entry in (data.get("keywords") or {}).items():
        keywords = _keyword_aliases(dotted, entry or {}, root, values, problems)
        if keywords is not None:
            result.tables[keywords.table] = keywords.renamed
    result.file_reference = _file_reference(data.get("file_reference") or {}, spec, problems)
    result.base_urls = {str(old): str(new) for old, new in (data.get("base_urls") or {}).items()}
    return result, problems


def _value_map(name: str, entry: Any, problems: list[str]) -> dict[str, dict[Any, Any]]:
    entry = entry or {}
    mapped, refused = entry.get("map") or {}, entry.get("refuse") or {}
    for value in set(mapped) & set(refused):
        problems.append(f"aliases.yaml: values.{name}: {value!r} is both mapped and refused")
    return {
        "map": dict(mapped),
        "refuse": {key: " ".join(str(text).split()) for key, text in refused.items()},
    }


def _find(root: facade.Node, dotted: str) -> tuple[facade.Node | None, str]:
    *parents, name = dotted.split(".")
    node: facade.Node | None = root
    for part in parents:
        node = node.children.get(part) if node else None
    return node, name


def _node(root: facade.Node, parts: list[str], target: str) -> facade.Node:
    """The node holding an old method, made (as an alias node of the target's node) if today's tree lacks it."""
    node = root
    target_parent = target.split(".")[:-1]
    for index, part in enumerate(parts):
        if part not in node.children:
            node.children[part] = facade.Node(tuple(parts[: index + 1]), alias_of=".".join(target_parent))
        node = node.children[part]
    return node


def _method_alias(
    old: str,
    entry: Any,
    root: facade.Node,
    values: dict[str, dict[str, dict[Any, Any]]],
    mixins: _Mixins,
    result: Aliases,
    problems: list[str],
) -> AliasMethod | None:
    where = f"aliases.yaml: methods.{old}"
    if not isinstance(entry, dict):
        problems.append(f"{where}: give today's method as {{to: <method>}}")
        return None
    target = str(entry.get("to") or "")
    node, name = _find(root, target)
    old_node, old_name = _find(root, old)
    if old_node is not None and (
        old_name in old_node.children or any(m.name == old_name for m in old_node.methods)
    ):
        problems.append(f"{where}: {old} is in today's client tree; an alias cannot hide it")
        return None
    method = next((m for m in node.methods if m.name == name), None) if node else None
    mixin = mixins.method(node, name, where, problems) if node and method is None else None
    if method is None and mixin is None:
        problems.append(f"{where}: its target {target!r} is not a method of today's client tree")
        return None
    assert node is not None
    arguments = entry.get("arguments") or {}
    if method is None:
        if arguments:
            problems.append(f"{where}: {target} is hand-written; rename its arguments in its mixin instead")
            return None
        assert mixin is not None
        for module, names in mixin.imports.items():
            if module.endswith("_generated.models"):
                result.models |= names
            else:
                result.imports.setdefault(module, set()).update(names)
        message = f"client.{old} is deprecated: use client.{target}."
        return AliasMethod(
            old, target, node.class_name, message, None, mixin.signatures, mixin.call, [], False, mixin.awaits
        )
    renamed, by_new = [], {}
    for old_argument, spec_entry in arguments.items():
        found = _renamed(
            f"{where}.arguments.{old_argument}", old_argument, spec_entry, method, values, problems
        )
        if found is not None:
            renamed.append(found)
            by_new[found.new] = found
    alias_method = _renamed_method(method, old.rsplit(".", 1)[-1], by_new)
    call = [argument.name for argument in method.path_args]
    translates_body = any(not r.query for r in renamed) and method.body_model is not None
    if method.body_model:
        call.append("_data" if translates_body else "data")
    for argument in [*method.query_args, *method.body_fields]:
        renamed_argument = by_new.get(argument.name)
        value = (
            f'_today.get("{argument.name}", {renamed_argument.default})'
            if renamed_argument
            else argument.name
        )
        call.append(f"{argument.name}={value}")
    call.append("options=options")
    result.models |= method.imports
    notes = [_note(r, values) for r in renamed]
    message = f"client.{old} is deprecated: use client.{target}" + (
        f" ({', '.join(notes)})." if notes else "."
    )
    return AliasMethod(
        old, target, node.class_name, message, alias_method, [], call, renamed, translates_body, True
    )


def _note(renamed: Renamed, values: dict[str, dict[str, dict[Any, Any]]]) -> str:
    """``rating → verdict ('pass' → 'correct', ...)``: a renamed argument and its changed values."""
    name = renamed.old if renamed.old == renamed.new else f"{renamed.old} → {renamed.new}"
    changed = {
        old: new for old, new in (values.get(renamed.values or "") or {}).get("map", {}).items() if old != new
    }
    return name + (f" ({', '.join(f'{o!r} → {n!r}' for o, n in changed.items())})" if changed else "")


def _renamed(
    where: str,
    old: str,
    entry: Any,
    method: facade.Method,
    values: dict[str, dict[str, dict[Any, Any]]],
    problems: list[str],
) -> Renamed | None:
    """One old argument of ``method`` (today's) from its ``aliases.yaml`` entry; ``None`` on a problem."""
    entry = {"to": entry} if isinstance(entry, str) else (entry or {})
    arguments = {a.name: a for a in [*method.query_args, *method.body_fields]}
    if old in arguments and old != entry.get("to"):
        problems.append(f"{where}: {method.name} still takes {old}; an alias cannot hide it")
        return None
    if "refuse" in entry:
        rule = {"type": str(entry.get("type") or "any")}
        annotation = facade.annotation_of(rule, query=True)
        text = " ".join(str(entry["refuse"]).split())
        return Renamed(old, None, _camel(old), None, annotation, True, rule["type"] == "flag", refused=text)
    new = str(entry.get("to") or "")
    argument = arguments.get(new)
    if argument is None:
        problems.append(f"{where}: {method.name} has no argument {new!r}")
        return None
    query = argument in method.query_args
    annotation, map_name = argument.annotation, entry.get("values")
    if map_name is not None:
        value_map = values.get(map_name)
        if value_map is None:
            problems.append(f"{where}: no value map {map_name!r} under values:")
            return None
        allowed = list(argument.rule.get("values") or []) + ([None] if argument.rule.get("nullable") else [])
        for old_value, new_value in value_map["map"].items():
            if new_value not in allowed and not (query and old_value is None):
                problems.append(
                    f"{where}: values.{map_name} maps {old_value!r} to {new_value!r}, which {method.name}"
                    f"({new}=...) does not take ({', '.join(map(repr, allowed))})"
                )
        olds = [v for v in [*value_map["map"], *value_map["refuse"]] if v is not None]
        nullable = None in value_map["map"] or None in value_map["refuse"] or query
        annotation = "Literal[" + ", ".join(map(repr, olds)) + "]" + ("" if query else " | Unset")
        annotation += " | None" if nullable else ""
    flag = argument.rule.get("type") == "flag"
    return Renamed(old, new, _camel(old), argument.wire, annotation, query, flag, map_name)


def _renamed_method(method: facade.Method, name: str, by_new: dict[str | None, Renamed]) -> facade.Method:
    """Today's method under the old name, its renamed arguments under their old names and types."""

    def rename(arguments: list[facade.Argument]) -> list[facade.Argument]:
        return [
            dataclasses.replace(a, name=by_new[a.name].old, annotation=by_new[a.name].annotation)
            if a.name in by_new
            else a
            for a in arguments
        ]

    return dataclasses.replace(
        method, name=name, query_args=rename(method.query_args), body_fields=rename(method.body_fields)
    )


def _keyword_aliases(
    dotted: str,
    entry: dict[str, Any],
    root: facade.Node,
    values: dict[str, dict[str, dict[Any, Any]]],
    problems: list[str],
) -> Keywords | None:
    where = f"aliases.yaml: keywords.{dotted}"
    node, name = _find(root, dotted)
    method = next((m for m in node.methods if m.name == name), None) if node else None
    if method is None:
        problems.append(f"{where}: {dotted!r} is not a generated method of today's client tree")
        return None
    if method.overloaded:
        problems.append(f"{where}: {dotted} has body overloads; renamed keywords are not supported on it")
        return None
    renamed = []
    for old, spec_entry in entry.items():
        found = _renamed(f"{where}.{old}", old, spec_entry, method, values, problems)
        if found is not None and not found.query:
            problems.append(f"{where}.{old}: {found.new} is a body field; keywords: renames query parameters")
        elif found is not None:
            renamed.append(found)
    notes = [f"{r.old} → {r.new}" if r.new else f"{r.old} (refused)" for r in renamed]
    message = f"{dotted}'s keywords {', '.join(r.old for r in renamed)} are deprecated: {', '.join(notes)}."
    method.legacy = Keywords(dotted, renamed, message)
    return method.legacy


def _file_reference(entry: dict[str, Any], spec: dict[str, Any], problems: list[str]) -> tuple[str, str]:
    old, new = str(entry.get("from") or ""), str(entry.get("to") or "")
    body = _run_start_body(spec)
    if not old or not new or new not in _property_names(spec, body, set()):
        problems.append(
            f"aliases.yaml: file_reference: {new!r} is not a field of the run start body (runs.start)"
        )
    return old, new


def _run_start_body(spec: dict[str, Any]) -> dict[str, Any]:
    for item in spec.get("paths", {}).values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("x-eigenpal-method") == "run":
                content = (operation.get("requestBody") or {}).get("content") or {}
                return dict((content.get("application/json") or {}).get("schema") or {})
    return {}


def _property_names(spec: dict[str, Any], schema: Any, seen: set[str]) -> set[str]:
    """Every property name in a schema, at any depth (following ``$ref`` once each)."""
    if isinstance(schema, list):
        return set().union(*(_property_names(spec, item, seen) for item in schema)) if schema else set()
    if not isinstance(schema, dict):
        return set()
    ref = schema.get("$ref")
    if isinstance(ref, str):
        name = ref.rsplit("/", 1)[-1]
        if name in seen:
            return set()
        seen.add(name)
        return _property_names(spec, spec["components"]["schemas"].get(name, {}), seen)
    found = set(schema.get("properties") or {})
    for value in schema.values():
        found |= _property_names(spec, value, seen)
    return found


def _camel(name: str) -> str:
    head, *rest = name.rstrip("_").split("_")
    return head + "".join(part.title() for part in rest)


class _Mixins:
    """The hand-written methods of the node mixins (``facade.MIXINS``), read from their source with ``ast``."""

    def __init__(self, resources: Path) -> None:
        self.resources = resources

    def method(self, node: facade.Node, name: str, where: str, problems: list[str]) -> Mixin | None:
        """A mixin method's signatures, the call forwarding its arguments and the imports its annotations
        need; ``None`` when the node's mixin has no such method (or it cannot be forwarded: a problem)."""
        if node.mixin is None:
            return None
        module, class_name = node.mixin
        tree = ast.parse((self.resources / f"{module}.py").read_text(encoding="utf-8"))
        cls = next((c for c in tree.body if isinstance(c, ast.ClassDef) and c.name == class_name), None)
        defs = [
            d for d in (cls.body if cls else []) if isinstance(d, ast.AsyncFunctionDef | ast.FunctionDef) and d.name == name
        ]  # fmt: skip
        if not defs:
            return None
        implementation = defs[-1]
        if any(isinstance(n, ast.Yield | ast.YieldFrom) for n in ast.walk(implementation)):
            problems.append(f"{where}: {name} of {class_name} yields; an alias cannot forward a generator")
            return None
        signatures = []
        for definition in defs:
            overload = any(isinstance(d, ast.Name) and d.id == "overload" for d in definition.decorator_list)
            returns = f" -> {ast.unparse(definition.returns)}" if definition.returns else ""
            signatures.append((overload, f"({ast.unparse(definition.args)}){returns}"))
        arguments = implementation.args
        call = [a.arg for a in arguments.args[1:]] + [f"{a.arg}={a.arg}" for a in arguments.kwonlyargs]
        imports = _imports(tree, defs, f"{where}: {module}.{class_name}.{name}", problems)
        return Mixin(signatures, call, imports, isinstance(implementation, ast.AsyncFunctionDef))


@dataclass
class Mixin:
    signatures: list[tuple[bool, str]]
    call: list[str]
    imports: dict[str, set[str]]
    awaits: bool


def _imports(tree: ast.Module, defs: list[Any], where: str, problems: list[str]) -> dict[str, set[str]]:
    """The imports, relative to the client tree, of the names the signatures in ``defs`` annotate with."""
    imported: dict[str, tuple[int, str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            for alias in node.names:
                imported[alias.asname or alias.name] = (node.level, node.module or "")
    used = set()
    for definition in defs:
        for part in (definition.args, definition.returns):
            used |= {n.id for n in ast.walk(part) if isinstance(n, ast.Name)} if part else set()
    needed: dict[str, set[str]] = {}
    for name in sorted(used - FACADE_NAMES - BUILTINS - {"self"}):
        if name not in imported:
            problems.append(f"{where}: its annotation {name} is not imported in its module")
            continue
        level, module = imported[name]
        if level == 0:
            source = module
        elif level == 1:  # a sibling in resources/, which sits one folder below the client tree
            source = ".resources." + module
        else:
            source = "." * (level - 1) + module
        needed.setdefault(source, set()).add(name)
    return needed
