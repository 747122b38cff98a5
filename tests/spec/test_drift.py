"""The facade cannot drift from openapi.yaml: every method the spec names exists on both clients, every
parameter and body field reaches its method by name and type, the facade names nothing the spec lacks,
and the emulator's handlers read only fields the spec defines. Data-driven: no counts to keep up to date.
"""

from __future__ import annotations

import inspect
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from eigenpal import AsyncEigenpalClient, EigenpalClient
from tests.support.spec import ROOT, load_spec, operations, sdk_methods

sys.path.insert(0, str(ROOT / "codegen"))
from facade import rule_of, snake

SDK_ONLY = {"options", "progress", "to", "data"}
"""Arguments of the SDK's own: per-call options, transfer progress and destination, a whole body."""
CLIENT_ONLY = {"run_and_wait", "runs.wait"}
SESSION_ARGUMENTS = {"files.upload": {"idempotency_key"}}
"""Arguments a method takes for another operation it drives: ``files.upload`` opens an upload session
(``files.uploads.create``, whose body has ``idempotencyKey``) before it sends the file."""
SEED_ERA = yaml.safe_load((ROOT / "aliases.yaml").read_text(encoding="utf-8"))
"""The June 2026 API's methods and keywords that are deprecated aliases (aliases.yaml): not in the spec."""
TYPE_WORDS = {"string": ("str", "Literal"), "integer": ("int",), "flag": ("bool",), "number": ("float",)}


def _method(client: Any, dotted: str) -> Any:
    for part in dotted.split("."):
        client = getattr(client, part)
    return client


def _bodies(spec: dict[str, Any], operation: dict[str, Any]) -> list[dict[str, Any]]:
    """Each request body's schema (resolved), one per content type."""
    found = []
    for media in ((operation.get("requestBody") or {}).get("content") or {}).values():
        schema = media.get("schema") or {}
        while "$ref" in schema:
            schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
        found.append(schema)
    return found


CASES = [(name, operation) for _, _, operation in operations() for name in sdk_methods(operation)]


@pytest.fixture(scope="module")
def clients() -> tuple[EigenpalClient, AsyncEigenpalClient]:
    return EigenpalClient(api_key="k", base_url="http://drift.invalid"), AsyncEigenpalClient(
        api_key="k", base_url="http://drift.invalid"
    )


@pytest.mark.parametrize(("name", "operation"), CASES, ids=[name for name, _ in CASES])
def test_every_spec_method_takes_every_parameter_and_field(
    name: str, operation: dict[str, Any], clients: tuple[Any, Any]
) -> None:
    spec = load_spec()
    sync_method, async_method = (_method(client, name) for client in clients)
    sync_parameters = inspect.signature(sync_method).parameters
    assert list(sync_parameters) == list(inspect.signature(async_method).parameters), name
    assert inspect.iscoroutinefunction(async_method) or inspect.isasyncgenfunction(async_method), name
    positional = [p.name for p in sync_parameters.values() if p.kind is p.POSITIONAL_OR_KEYWORD]
    path = [p for p in operation.get("parameters", []) if p["in"] == "path"]
    assert len(positional) >= len(path), f"{name}: a path parameter has no positional argument"
    expected: dict[str, dict[str, Any]] = {}
    for parameter in operation.get("parameters", []):
        if parameter["in"] == "query":
            expected[snake(parameter["name"])] = rule_of(spec, parameter.get("schema") or {})
        elif parameter["in"] == "header":
            expected[snake(parameter["name"].split("-")[-1])] = {"type": "any"}
    for wire in {w for body in _bodies(spec, operation)[:1] for w in body.get("properties") or {}}:
        expected.setdefault(snake(wire), {"type": "any"})
    if len(_bodies(spec, operation)) > 1:  # two bodies, one method each: the method takes one of them
        options = [  # a constant field (``action: edit-file``) is the method's to send, not an argument
            {snake(w) for w, field in (body.get("properties") or {}).items() if "const" not in field}
            for body in _bodies(spec, operation)
        ]
        names = set(sync_parameters)
        assert any(o - {"file"} <= names or o <= names | {"output_file_name"} for o in options), name
        expected = {k: v for k, v in expected.items() if k in names}
    for argument, rule in expected.items():
        if argument not in sync_parameters and argument in {
            snake(w) for w in _multipart_file_fields(spec, operation)
        }:
            continue
        assert argument in sync_parameters, f"{name}: no argument for the spec's {argument}"
        annotation = str(sync_parameters[argument].annotation)
        single = len(rule.get("values") or ()) == 1  # a one-value switch (zip=1) is a bool in Python
        words = ("bool",) if single else TYPE_WORDS.get(rule["type"], ())
        assert not words or any(w in annotation for w in words), (
            f"{name}({argument}: {annotation}) is not a {rule['type']}"
        )
    known = set(expected) | {snake(p["name"]) for p in path} | set(positional[: len(path)]) | SDK_ONLY
    known |= {snake(w) for body in _bodies(spec, operation) for w in body.get("properties") or {}}
    known |= set(SEED_ERA["keywords"].get(name) or {})
    known |= SESSION_ARGUMENTS.get(name, set())
    extra = {p for p in sync_parameters if p not in known and p not in positional[: len(path)]}
    assert not extra - {"file", "files", "zip", "token", "input", "trigger"} or name in CLIENT_ONLY, (
        name,
        extra,
    )


def _multipart_file_fields(spec: dict[str, Any], operation: dict[str, Any]) -> set[str]:
    return {
        wire
        for body in _bodies(spec, operation)
        for wire, schema in (body.get("properties") or {}).items()
        if schema.get("format") == "binary" or (schema.get("items") or {}).get("format") == "binary"
    }


def test_every_spec_method_and_nothing_else_is_a_leaf_of_the_tree(clients: tuple[Any, Any]) -> None:
    """Walk both clients' trees: each public method is in the spec (or is ``run_and_wait``, or a seed-era
    alias of aliases.yaml)."""
    named = {name for name, _ in CASES} | CLIENT_ONLY | set(SEED_ERA["methods"])
    for client in clients:
        assert set(_leaves(client, "")) == named


def _leaves(node: Any, prefix: str) -> list[str]:
    """The dotted names of the public methods below ``node`` (cached properties are child nodes)."""
    found = []
    client_own = ("aclose", "close", "with_options", "raw_responses") if prefix == "" else ()
    for attribute in dir(type(node)):
        if attribute.startswith("_") or attribute in client_own:  # the client's own, not the API's
            continue
        value = getattr(type(node), attribute)
        if callable(value):
            found.append(prefix + attribute)
        elif hasattr(value, "func"):
            found += _leaves(getattr(node, attribute), f"{prefix}{attribute}.")
    return found


def test_handlers_read_only_fields_the_spec_defines() -> None:
    """The emulator records the query and body keys each handler looks up (test mode); run every leaf,
    then compare with the spec."""
    import anyio

    from eigenpal.emulator import Emulator
    from tests.resources.test_leaves import scenario

    with Emulator(latency=0.01) as emu, emu.client() as client:
        anyio.run(scenario, client, emu, Path(__import__("tempfile").mkdtemp()))
        reads = dict(emu.world.field_reads)
    assert_reads_within_spec(reads)
    with pytest.raises(AssertionError, match="bogus"):
        assert_reads_within_spec({("runs.get", "query"): {"bogus"}})


def assert_reads_within_spec(reads: dict[tuple[str, str], set[str]]) -> None:
    spec = load_spec()
    by_id = {operation["operationId"]: operation for _, _, operation in operations(spec)}
    assert reads, "the handlers read nothing: is test mode recording?"
    for (operation_id, where), keys in reads.items():
        operation = by_id[operation_id]
        if where == "query":
            allowed = {p["name"] for p in operation.get("parameters", []) if p["in"] == "query"}
        else:
            allowed = {w for body in _bodies(spec, operation) for w in body.get("properties") or {}}
        assert keys <= allowed, f"{operation_id}: the handler reads {sorted(keys - allowed)} from the {where}"
