"""Wire JSON for every generated model, drawn by hypothesis from the model's own schema in openapi.yaml.

``model_schemas()`` asks the pinned generator which schema each generated class was built from (the same
parse ``make generate`` does), so every model is covered by name, the inline ones (``RunTriggerByType0``)
included. ``wire_json(schema)`` is a small strategy for the JSON Schema subset the spec uses: ``$ref``,
``type`` (and lists of types), ``anyOf``/``oneOf``, ``enum``, ``const``, bounds, ``properties`` with
``required`` and ``additionalProperties``. Numbers are finite and strings short: the values a server sends.
"""

from __future__ import annotations

import functools
import string
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from tests.support.spec import ROOT, load_spec

MAX_DEPTH = 4
"""Below this many nested objects only required fields are drawn, so recursive schemas stay small."""

JSON_SCALARS = st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.text(max_size=8)
ANY_JSON = st.recursive(
    JSON_SCALARS | st.floats(allow_nan=False, allow_infinity=False),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=6), children, max_size=3)
    ),
    max_leaves=6,
)
KEYS = st.text(alphabet=string.ascii_letters + "_-.", min_size=1, max_size=10)


@functools.cache
def model_schemas() -> dict[str, dict[str, Any]]:
    """The schema of every generated model (free-form ones included), by class name."""
    from openapi_python_client import _get_document
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData

    spec_path = ROOT / "openapi.yaml"
    config = Config.from_sources(
        ConfigFile.load_from_path(ROOT / "codegen" / "config.yaml"),
        MetaType.NONE,
        spec_path,
        "utf-8",
        overwrite=True,
        output_path=Path("unused"),
    )
    document = _get_document(source=spec_path, timeout=config.http_timeout)
    data = GeneratorData.from_dict(document, config=config)
    assert not isinstance(data, Exception), data
    return {
        model.class_info.name: model.data.model_dump(by_alias=True, exclude_defaults=True, mode="json")
        for model in data.models
    }


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = load_spec()["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def has_binary(schema: dict[str, Any], seen: frozenset[str] = frozenset()) -> bool:
    """Whether a schema holds a file (``format: binary``): a multipart body, which has no wire JSON."""
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        return name not in seen and has_binary(_resolve(schema), seen | {name})
    if schema.get("format") == "binary":
        return True
    children = [*schema.get("properties", {}).values(), *schema.get("anyOf", []), *schema.get("oneOf", [])]
    for key in ("items", "additionalProperties"):
        if isinstance(schema.get(key), dict):
            children.append(schema[key])
    return any(has_binary(child, seen) for child in children)


def wire_json(schema: dict[str, Any], depth: int = 0) -> st.SearchStrategy[Any]:
    """Values valid for ``schema``."""
    schema = _resolve(schema)
    if "const" in schema:
        return st.just(schema["const"])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    members = schema.get("anyOf") or schema.get("oneOf")
    if members:
        return st.one_of([wire_json(member, depth) for member in members])
    kind = schema.get("type")
    if isinstance(kind, list):
        return st.one_of([wire_json({**schema, "type": one}, depth) for one in kind])
    if kind is None:
        return ANY_JSON
    if kind == "null":
        return st.none()
    if kind == "boolean":
        return st.booleans()
    if kind == "integer":
        return st.integers(
            max(schema.get("minimum", -(2**53)), -(2**53)), min(schema.get("maximum", 2**53), 2**53)
        )
    if kind == "number":
        low, high = schema.get("minimum"), schema.get("maximum")
        return st.integers(-1000, 1000) | st.floats(low, high, allow_nan=False, allow_infinity=False)
    if kind == "string":
        return st.text(min_size=schema.get("minLength", 0), max_size=min(schema.get("maxLength", 12), 12))
    if kind == "array":
        return st.lists(wire_json(schema.get("items", {}), depth + 1), max_size=3)
    return _object(schema, depth)


def _object(schema: dict[str, Any], depth: int) -> st.SearchStrategy[dict[str, Any]]:
    properties = schema.get("properties", {})
    required = set(schema.get("required", []))
    optional = (
        {}
        if depth >= MAX_DEPTH
        else {k: wire_json(v, depth + 1) for k, v in properties.items() if k not in required}
    )
    known = st.fixed_dictionaries(
        {k: wire_json(v, depth + 1) for k, v in properties.items() if k in required}, optional=optional
    )
    extra_schema = schema.get("additionalProperties", True)
    if extra_schema is False or depth >= MAX_DEPTH:
        return known
    values = ANY_JSON if extra_schema is True else wire_json(extra_schema, depth + 1)
    extra = st.dictionaries(KEYS.filter(lambda key: key not in properties), values, max_size=2)
    return st.builds(lambda fields, more: {**more, **fields}, known, extra)
