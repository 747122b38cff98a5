"""The client tree, described from ``openapi.yaml`` for ``templates/facade.py.jinja``.

The template renders ``src/eigenpal/_async/_facade.py``: one class per node of the ``x-eigenpal-method``
tree (``AsyncRuns``, ``AsyncRunsReviews`` …), each with a cached property per child node and the node's
plain methods. A plain method is a pass-through: path and query arguments, an optional JSON body
(positional as a dict or a model, or field by field as keywords) and a JSON or text answer, optionally
paged. What is special is left out of the generated class and written by hand in the node's mixin in
``src/eigenpal/_async/resources/``, which ``MIXINS`` names (see ``codegen/README.md``):

- ``HAND_WRITTEN`` methods (runs started with a long-poll and a trigger header: the client's own);
- operations with a multipart body or more than one body (uploads, the two-way expected-file create);
- operations answering binary data or a stream (downloads, ZIP archives, NDJSON).

Argument rules come from the spec: ``x-values`` and ``enum`` become ``Literal`` types checked before
sending, ``x-flag`` a ``bool``, ``x-format: comma-separated`` a list, ranges and lengths are checked, a
path parameter with ``x-slashes`` is a relative path, and ``{id}`` of ``/automations/{id}`` is a target.
``check_spec`` refuses a spec that lacks what this needs, naming the operation.
"""

from __future__ import annotations

import keyword
import re
import textwrap
from dataclasses import dataclass, field
from typing import Any

HAND_WRITTEN = frozenset({"run", "rerun"})
"""Methods that are special for a reason the spec cannot say (long-polls with a trigger header)."""
MIXINS = {
    "automations.dataset": "automation_dataset.AsyncDatasetArchive",
    "automations.dataset_review_requests": "dataset_review_items.AsyncReviewItems",
    "automations.examples.expected_file": "example_files.AsyncExpectedFileDownload",
    "automations.examples.expected_files": "example_files.AsyncExpectedFilesUpload",
    "automations.examples.input_file": "example_files.AsyncInputFileDownload",
    "automations.examples.input_files": "example_files.AsyncInputFilesUpload",
    "automations.experiments": "automation_experiments.AsyncExperimentStream",
    "files": "files.AsyncFileTransfer",
    "human_reviews": "human_reviews.AsyncHumanReviewFiles",
    "runs": "runs.AsyncRunWait",
    "runs.artifacts": "run_artifacts.AsyncArtifactDownloads",
    "runs.reviews": "run_reviews.AsyncReviewFiles",
    "templates": "templates.AsyncTemplateDownload",
}
"""The hand-written mixin each node class inherits, as ``module.Class`` of ``src/eigenpal/_async/resources``:
a node's special methods. The root's (``run``, ``rerun``, ``run_and_wait``) are ``AsyncEigenpalClient``'s."""
SPECIAL_CONTENT = ("application/octet-stream", "application/zip", "*/*", "application/x-ndjson")
TARGET_PATH = "/v1/automations/{id}"
METHODS = ("get", "put", "post", "patch", "delete")


def snake(name: str) -> str:
    """The facade's Python name for a wire name: snake_case, a keyword gets a trailing ``_``."""
    value = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).replace("-", "_").lower()
    return value + "_" if keyword.iskeyword(value) else value


@dataclass
class Argument:
    """One argument of a facade method and how it reaches the endpoint's ``request()``."""

    name: str
    wire: str
    annotation: str
    value: str
    """The expression passed to the endpoint (validates and converts ``name``)."""
    endpoint_name: str
    rule: dict[str, Any] = field(default_factory=dict)
    required: bool = False
    default: str | None = None
    """A required query value's default as Python source: the service needs it sent, the caller may omit it."""


@dataclass
class Method:
    name: str
    operation_id: str
    module: str
    http: str
    path: str
    summary: str
    description: str
    path_args: list[Argument]
    query_args: list[Argument]
    body_model: str | None
    body_union: list[str]
    """The member models when the JSON body is one of several shapes (``oneOf``); then no field keywords."""
    body_fields: list[Argument]
    body_required: bool
    body_shorthand: str | None
    """``"str"`` when the body has one required text field, which may then be passed alone."""
    returns: str
    imports: set[str]
    """Model names its annotations use (imported for type checkers only)."""
    runtime_models: list[str]
    """Model names its body needs at run time (imported when the method is first called)."""
    page: dict[str, Any] | None
    legacy: Any = None
    """Its seed-era keywords (``aliases.Keywords``, from aliases.yaml), taken by a ``@deprecated`` overload."""

    @property
    def overloaded(self) -> bool:
        """A body with required fields: one overload takes the body, the other its fields as keywords, so
        a call that gives neither (or misses a new required field) fails the type check."""
        return any(argument.required for argument in self.body_fields)

    @property
    def docstring(self) -> str:
        head = f"{self.summary.rstrip('.')} (``{self.http} {self.path}``)."
        body = textwrap.fill(self.description, 100) if self.description else ""
        if self.page:
            body += ("\n\n" if body else "") + "Returns one page; ``page.iter_all()`` walks every page."
        return head + ("\n\n" + body if body else "")


@dataclass
class Node:
    path: tuple[str, ...]
    children: dict[str, Node] = field(default_factory=dict)
    methods: list[Method] = field(default_factory=list)
    aliases: list[Any] = field(default_factory=list)
    """Its seed-era methods (``aliases.AliasMethod``, from aliases.yaml)."""
    alias_of: str | None = None
    """For a node only the seed era had (``runs.feedback``): today's node its methods moved to."""

    @property
    def class_name(self) -> str:
        """``AsyncRunsReviews`` for ``runs.reviews``; the root is ``AsyncEigenpalClient``'s base."""
        stem = "".join(part.strip("_").title().replace("_", "") for part in self.path)
        return f"Async{stem}" if stem else "AsyncEigenpalClientBase"

    @property
    def mixin(self) -> tuple[str, str] | None:
        """The module and class of this node's hand-written mixin, if it has one (``MIXINS``)."""
        named = MIXINS.get(".".join(self.path))
        if named is None:
            return None
        module, name = named.split(".")
        return module, name

    def walk(self) -> list[Node]:
        """This node and every node below it, children before parents (so classes are defined in order)."""
        return [node for child in self.children.values() for node in child.walk()] + [self]


def sdk_methods(operation: dict[str, Any]) -> list[str]:
    names = operation["x-eigenpal-method"]
    return names if isinstance(names, list) else [names]


def check_spec(spec: dict[str, Any]) -> list[str]:
    """What the templates need from each operation; one message per problem, naming the operation."""
    problems = []
    for path, item in spec.get("paths", {}).items():
        for verb, operation in item.items():
            if verb not in METHODS:
                continue
            name = operation.get("operationId") or f"{verb.upper()} {path}"
            if not operation.get("operationId"):
                problems.append(f"{name}: no operationId")
            if not operation.get("x-eigenpal-method"):
                problems.append(f"{name}: no x-eigenpal-method (the facade method, such as runs.get)")
            for parameter in operation.get("parameters", []):
                text = (
                    f"{parameter.get('description', '')} {parameter.get('schema', {}).get('description', '')}"
                )
                if (
                    parameter.get("in") == "path"
                    and "/" in text
                    and "contain" in text
                    and not parameter.get("x-slashes")
                ):
                    problems.append(
                        f"{name}: path parameter {parameter['name']} may hold '/' but has no x-slashes: true"
                    )
            for status, response in operation.get("responses", {}).items():
                if not status.startswith("2") or "$ref" in response:
                    continue
                for content_type, media in (response.get("content") or {}).items():
                    schema = media.get("schema") or {}
                    if (
                        content_type not in ("application/json", "application/x-ndjson")
                        and not content_type.startswith("text/")
                        and (schema.get("format") != "binary")
                    ):
                        problems.append(
                            f"{name}: {status} {content_type} is binary; declare its schema as type: string, format: binary"
                        )
    return problems


def _resolve(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def rule_of(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """The checks a value must pass, from a JSON schema: type, nullable, values, range, length, items."""
    schema = _resolve(spec, schema)
    nullable = False
    options = schema.get("anyOf") or schema.get("oneOf")
    if options:
        concrete = [option for option in options if option.get("type") != "null"]
        nullable = len(concrete) < len(options)
        schema = _resolve(spec, concrete[0]) if len(concrete) == 1 else {}
    kind = schema.get("type")
    if isinstance(kind, list):
        nullable = nullable or "null" in kind
        kinds = [k for k in kind if k != "null"]
        kind = kinds[0] if len(kinds) == 1 else None
    rule: dict[str, Any] = {"type": kind or "any"}
    if nullable:
        rule["nullable"] = True
    values = schema.get("enum") or schema.get("x-values")
    if values:
        rule["values"] = list(values)
    for key in ("minimum", "maximum", "exclusiveMinimum", "minLength", "maxLength"):
        if key in schema:
            rule[key] = schema[key]
    if schema.get("x-flag"):
        rule["type"] = "flag"
    if schema.get("x-format") == "comma-separated":
        rule["csv"] = True
    if kind == "array":
        rule["items"] = rule_of(spec, schema.get("items") or {})
    return rule


def annotation_of(rule: dict[str, Any], *, query: bool) -> str:
    """The Python type a caller passes for a value with ``rule``."""
    kind = rule["type"]
    if "values" in rule:
        text = "Literal[" + ", ".join(repr(v) for v in rule["values"]) + "]"
    elif kind == "array":
        item = annotation_of({**(rule.get("items") or {"type": "any"}), "nullable": False}, query=True)
        text = f"Sequence[{item.removesuffix(' | None')}]"
    else:
        text = {
            "string": "str", "integer": "int", "number": "float", "boolean": "bool", "flag": "bool",
            "object": "Mapping[str, Any]",
        }.get(kind, "Any")  # fmt: skip
    if rule.get("csv"):
        text = f"{text} | Sequence[{text}]"
    if query:
        return f"{text} | None" if text != "Any" else "Any"
    if text != "Any":
        text += " | Unset"
        text += " | None" if rule.get("nullable") else ""
    return text


def unknown_mixins(root: Node) -> list[str]:
    """A message for each ``MIXINS`` entry that names no node of the tree (the spec moved or dropped it)."""
    nodes = {".".join(node.path) for node in root.walk()}
    return [
        f"facade.MIXINS: {path} is not a node of the x-eigenpal-method tree; move or drop its mixin"
        for path in sorted(set(MIXINS) - nodes)
    ]


def build(spec: dict[str, Any], endpoints: dict[str, Any]) -> Node:
    """The tree of generated nodes and their plain methods; ``endpoints`` is the generator's by operationId."""
    root = Node(())
    for path, item in spec["paths"].items():
        for verb, operation in item.items():
            if verb not in METHODS:
                continue
            for dotted in sdk_methods(operation):
                *parents, name = dotted.split(".")
                node = root
                for index, part in enumerate(parents):
                    node = node.children.setdefault(part, Node(tuple(parents[: index + 1])))
                if _plain(dotted, operation):
                    node.methods.append(
                        _method(spec, name, verb, path, operation, endpoints[operation["operationId"]])
                    )
    return root


def _plain(dotted: str, operation: dict[str, Any]) -> bool:
    if dotted in HAND_WRITTEN:
        return False
    bodies = ((operation.get("requestBody") or {}).get("content") or {}).keys()
    if len(bodies) > 1 or any(b != "application/json" for b in bodies):
        return False
    for status, response in operation.get("responses", {}).items():
        if status.startswith("2") and any(t in SPECIAL_CONTENT for t in (response.get("content") or {})):
            return False
    return True


def _method(
    spec: dict[str, Any], name: str, verb: str, path: str, operation: dict[str, Any], endpoint: Any
) -> Method:
    imports: set[str] = set()
    runtime_models: list[str] = []
    by_wire = {p.name: p for p in [*endpoint.path_parameters, *endpoint.query_parameters]}
    path_args = []
    for parameter in operation.get("parameters", []):
        if parameter["in"] != "path":
            continue
        argument, endpoint_name = snake(parameter["name"]), by_wire[parameter["name"]].python_name
        if parameter.get("x-slashes"):
            value, annotation = f'path_param({argument}, "{argument}")', "str"
        elif path.startswith(TARGET_PATH) and parameter["name"] == "id":
            value, annotation = f'automation_ref({argument}, argument="{argument}")', "Target"
        else:
            value, annotation = f'required_id({argument}, "{argument}")', "str"
        path_args.append(Argument(argument, parameter["name"], annotation, value, endpoint_name))
    query_args = []
    for parameter in operation.get("parameters", []):
        if parameter["in"] != "query":
            continue
        generated = by_wire[parameter["name"]]
        rule = rule_of(spec, parameter.get("schema") or {})
        argument = snake(parameter["name"])
        enum_class = (
            generated.get_type_string(no_optional=True) if "enum" in (parameter.get("schema") or {}) else None
        )
        if enum_class:
            runtime_models.append(enum_class)
        convert = f", {enum_class}" if enum_class else ""
        required = bool(parameter.get("required"))
        checked = {**rule, "required": True} if required else rule  # None for it is a usage error
        value = f'query({argument}, "{argument}", {checked!r}{convert})'
        annotation = annotation_of(rule, query=True)
        if required:
            annotation = annotation.removesuffix(" | None")
        default = (parameter.get("schema") or {}).get("default") if required else None
        query_args.append(
            Argument(
                argument, parameter["name"], annotation, value, generated.python_name, rule, required,
                None if default is None else repr(default),
            )
        )  # fmt: skip
    body_model, body_union, body_fields, body_required, body_shorthand = None, [], [], False, None
    if endpoint.bodies:
        body = endpoint.bodies[0]
        body_model = body.prop.get_type_string(no_optional=True)
        body_union = re.findall(r"[A-Z]\w+", body_model) if " | " in body_model else []
        imports.update(body_union or [body_model])
        runtime_models.extend(body_union or [body_model])
        body_required = bool((operation.get("requestBody") or {}).get("required"))
        schema = _resolve(spec, operation["requestBody"]["content"]["application/json"]["schema"])
        required = schema.get("required") or []
        if len(required) == 1 and rule_of(spec, schema["properties"][required[0]])["type"] == "string":
            body_shorthand = "str"  # make_body takes the one required text field's value alone
        for wire, property_schema in ({} if body_union else schema.get("properties") or {}).items():
            rule = rule_of(spec, property_schema)
            argument = snake(wire)
            annotation = annotation_of(rule, query=False)
            body_fields.append(Argument(argument, wire, annotation, argument, wire, rule, wire in required))
    returns = _returns(endpoint)
    imports.update(t for t in re.findall(r"[A-Z]\w+", returns) if t not in ("None", "Any"))
    page = operation.get("x-eigenpal-pagination")
    if page:
        page = {**page, "item": _page_item(endpoint, page["items"]), "response": returns}
        imports.update(re.findall(r"[A-Z]\w+", page["item"]))
    return Method(
        name=name,
        operation_id=operation["operationId"],
        module=_module(endpoint),
        http=verb.upper(),
        path=path,
        summary=operation.get("summary") or name,
        description=" ".join((operation.get("description") or "").split()),
        path_args=path_args,
        query_args=query_args,
        body_model=body_model,
        body_union=body_union,
        body_fields=body_fields,
        body_required=body_required,
        body_shorthand=body_shorthand,
        returns=returns,
        imports=imports,
        runtime_models=sorted(set(runtime_models)),
        page=page,
    )


def _module(endpoint: Any) -> str:
    """The endpoint module's name, as the generator spells it."""
    from openapi_python_client.utils import snake_case

    return str(snake_case(endpoint.name))


def _returns(endpoint: Any) -> str:
    types: list[str] = []
    for response in endpoint.responses.patterns:
        if not 200 <= response.status_code.range[0] < 300:
            continue
        source = (
            response.source["attribute"] if isinstance(response.source, dict) else response.source.attribute
        )
        kind = (
            "bytes"
            if source == "response.content"
            else "None"
            if source == "None"
            else response.prop.get_type_string()
        )
        if kind not in types:
            types.append(kind)
    return " | ".join(types) or "None"


def _page_item(endpoint: Any, items: str) -> str:
    """The type of one item of a paged list response, as the generator names it (a class or a union)."""
    response = next(r for r in endpoint.responses.patterns if 200 <= r.status_code.range[0] < 300)
    model = response.prop
    listed = next(p for p in (*model.required_properties, *model.optional_properties) if p.name == items)
    return str(listed.inner_property.get_type_string())


def body_rules(spec: dict[str, Any]) -> dict[str, dict[str, dict[str, Any]]]:
    """Every JSON request body schema's field rules, by model name (the schema's name)."""
    found = {}
    for item in spec["paths"].values():
        for verb, operation in item.items():
            if verb not in METHODS:
                continue
            media = ((operation.get("requestBody") or {}).get("content") or {}).get("application/json")
            ref = ((media or {}).get("schema") or {}).get("$ref")
            if ref:
                schema = _resolve(spec, {"$ref": ref})
                found[ref.rsplit("/", 1)[-1]] = {
                    wire: rule_of(spec, value) for wire, value in (schema.get("properties") or {}).items()
                }
    return dict(sorted(found.items()))


def query_rules(spec: dict[str, Any]) -> dict[str, dict[str, dict[str, Any]]]:
    """Every operation's query parameter rules, by operationId and wire name (the command line's choices)."""
    found = {}
    for item in spec["paths"].values():
        for verb, operation in item.items():
            if verb in METHODS:
                rules = {
                    p["name"]: rule_of(spec, p.get("schema") or {})
                    for p in operation.get("parameters", [])
                    if p.get("in") == "query"
                }
                if rules:
                    found[operation["operationId"]] = rules
    return dict(sorted(found.items()))
