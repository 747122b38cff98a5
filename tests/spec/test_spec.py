"""openapi.yaml is valid, states today's wire facts exactly, and still covers the 0.9.1 reference (directly or
through an alias)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import validate

from tests.support.spec import (
    ROOT,
    WIRE_FACTS,
    alias_methods,
    load_spec,
    operations,
    reference_methods,
    sdk_methods,
)

ERROR_STATUSES = ["400", "401", "403", "404", "413", "429", "500", "503"]


def facts() -> dict[str, Any]:
    return json.loads(WIRE_FACTS.read_text(encoding="utf-8"))


def resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        _, section, kind, name = node["$ref"].split("/")
        node = spec[section][kind][name]
    return node


def test_spec_is_valid_openapi() -> None:
    validate(load_spec())


def test_every_reference_method_is_in_the_spec_with_its_route_or_is_an_alias() -> None:
    """The 0.9.1 reference still holds: each method kept its route (under ``/v1`` now) or is an alias."""
    by_method = {m: (verb, path) for verb, path, op in operations() for m in sdk_methods(op)}
    reference = reference_methods()
    assert reference, "the reference lists its methods"
    aliases = alias_methods()
    moved = {
        name: (verb, path.replace("/api/v1/", "/v1/", 1))
        for name, (verb, path) in reference.items()
        if name not in aliases and by_method.get(name) != (verb, path.replace("/api/v1/", "/v1/", 1))
    }
    assert not moved, f"reference methods missing, routed differently and not aliased: {moved}"
    assert all(target in by_method for target in aliases.values()), "an alias names no method of the spec"


def test_every_operation_names_its_sdk_method() -> None:
    ops = operations()
    assert all(op.get("x-eigenpal-method") for _, _, op in ops)
    expected_create = next(op for _, _, op in ops if op["operationId"] == "runs.reviews.expected.create")
    assert expected_create["x-eigenpal-method"] == [
        "runs.reviews.copy_output_to_expected",
        "runs.reviews.upload_expected",
    ]
    names = [m for _, _, op in ops for m in sdk_methods(op)]
    assert len(names) == len(set(names)), "an SDK method is claimed by two operations"


def test_operations_and_schemas_are_described() -> None:
    spec = load_spec()
    for verb, path, op in operations():
        assert op.get("summary") and op.get("description"), f"{verb} {path}"
        for parameter in op.get("parameters", []):
            assert parameter.get("description"), f"{verb} {path} {parameter['name']}"
    for name, schema in spec["components"]["schemas"].items():
        assert schema.get("description"), name


BEYOND_THE_GENERATED_LAYER = {"runs.reviews.close"}
"""Operations the official client calls by hand, outside its generated layer (``PATCH …/reviews``)."""


def test_every_official_operation_is_in_the_spec_at_its_route() -> None:
    mine = {op["operationId"]: (verb, path) for verb, path, op in operations()}
    theirs = {op["operationId"]: (op["method"], op["path"]) for op in facts()["operations"]}
    assert len(theirs) == 108
    assert {k: mine.get(k) for k in theirs} == theirs
    assert set(mine) - set(theirs) == BEYOND_THE_GENERATED_LAYER
    assert all(path.startswith("/v1/") for _, path in mine.values())


def test_request_bodies_and_answers_match_the_wire_facts() -> None:
    """Every status the service answers; beyond them only the empty 204s the June spec recorded."""
    ops = {op["operationId"]: op for _, _, op in operations()}
    for fact in facts()["operations"]:
        op = ops[fact["operationId"]]
        assert sorted((op.get("requestBody") or {}).get("content", {})) == fact["request_content"], fact[
            "operationId"
        ]
        extra = set(op["responses"]) - set(fact["responses"])
        assert set(fact["responses"]) <= set(op["responses"]) and extra <= {"204"}, fact["operationId"]


def test_parameters_match_the_wire_facts() -> None:
    """Names, required-ness and enums as the service has them. A query value the facts type as a plain
    string may be typed more precisely here (``sampleRate`` is a number, a flag a ``bool``)."""
    ops = {op["operationId"]: op for _, _, op in operations()}
    for fact in facts()["operations"]:
        params = {(p["in"], p["name"]): p for p in ops[fact["operationId"]].get("parameters", [])}
        expected_names = {(p["in"], p["name"]) for p in fact["parameters"]}
        assert {k for k in params if k[0] != "header"} == expected_names, fact["operationId"]
        for expected in fact["parameters"]:
            actual = params[(expected["in"], expected["name"])]
            where = (fact["operationId"], expected["name"])
            assert actual["required"] == expected["required"], where
            if "enum" in expected["schema"] and actual["schema"].get("x-flag"):  # a bool that sends "true"
                assert "true" in expected["schema"]["enum"], where
            elif (
                "enum" in expected["schema"]
            ):  # the generated layer sorts enum values; the order carries nothing
                assert sorted(actual["schema"].get("enum", [])) == sorted(expected["schema"]["enum"]), where
            if "default" in expected["schema"]:
                assert actual["schema"].get("default") == expected["schema"]["default"], where
            if expected["schema"]["type"] != "string":
                assert actual["schema"].get("type") == expected["schema"]["type"], where


def test_review_filters_are_on_the_runs_list() -> None:
    runs_list = next(op for _, _, op in operations() if op["operationId"] == "runs.list")
    names = {p["name"] for p in runs_list["parameters"]}
    filters = {
        "hasReview",
        "noReview",
        "reviewStatus",
        "reviewVerdict",
        "hasCorrections",
        "reviewNoteContains",
        "reviewCreatedAfter",
        "reviewCreatedBefore",
        "reviewUpdatedAfter",
        "reviewUpdatedBefore",
        "reviewClosedAfter",
        "reviewClosedBefore",
        "sinceLastClosed",
    }
    assert filters | {"sampleRate", "offset", "limit", "cursor"} <= names
    assert not {n for n in names if "eedback" in n}
    assert set(runs_list["x-eigenpal-pagination"]["offset_when"]) == filters


def test_schemas_match_the_wire_facts() -> None:
    spec = load_spec()
    mine = spec["components"]["schemas"]
    fact_doc = {"components": facts()["components"]}
    for name, fact in facts()["components"]["schemas"].items():
        schema = resolve(spec, mine[name])
        fact = resolve(fact_doc, fact)
        union = next((key for key in ("oneOf", "anyOf") if key in fact), None)
        if union:
            assert union in schema, (name, union)
            variants = [resolve(spec, v) for v in schema[union]]
            facts_variants = [resolve(fact_doc, v) for v in fact[union]]
        else:
            variants, facts_variants = [schema], [fact]
        for variant, fact_variant in zip(variants, facts_variants, strict=True):
            assert set(variant.get("properties", {})) == set(fact_variant.get("properties", {})), name
            assert sorted(variant.get("required", [])) == sorted(fact_variant.get("required", [])), name
            assert variant.get("enum") == fact_variant.get("enum"), name
            for field, fact_field in fact_variant.get("properties", {}).items():
                field_schema = variant["properties"][field]
                for key in ("type", "enum", "const", "items", "anyOf", "$ref"):
                    if key in fact_field:
                        assert field_schema.get(key) == fact_field[key], (name, field, key)


@pytest.mark.parametrize("status", ERROR_STATUSES)
def test_every_operation_answers_errors_with_the_envelope(status: str) -> None:
    spec = load_spec()
    for verb, path, op in operations():
        response = resolve(spec, op["responses"][status])
        schema = response["content"]["application/json"]["schema"]
        assert schema == {"$ref": "#/components/schemas/ApiErrorEnvelope"}, (verb, path)
        assert "x-request-id" in response["headers"]
        if status in ("429", "503"):
            assert "Retry-After" in response["headers"]


def test_success_responses_carry_the_request_id_and_content_types() -> None:
    kinds = {}
    for verb, path, op in operations():
        for status, response in op["responses"].items():
            if status.startswith("2"):
                assert "x-request-id" in response["headers"], (verb, path, status)
                kinds[(op["operationId"], status)] = sorted(response.get("content", {}))
    assert kinds[("files.content.get", "200")] == ["*/*"]
    assert kinds[("automations.dataset.export", "200")] == ["application/octet-stream"]
    assert kinds[("automations.experiments.export", "200")] == ["application/json", "text/csv"]
    assert kinds[("automations.experiments.createStream", "200")] == ["application/x-ndjson"]
    assert kinds[("runs.artifacts.list", "200")] == [
        "application/json",
        "application/octet-stream",
        "application/zip",
    ]
    assert kinds[("runs.reviews.expected.file.delete", "204")] == []
    assert sorted(s for op, s in kinds if op == "runs.start") == ["200", "201", "202"]


def test_request_content_types_and_multipart_parts() -> None:
    ops = {op["operationId"]: op for _, _, op in operations()}
    start = ops["runs.start"]["requestBody"]["content"]
    assert sorted(start) == ["application/json", "multipart/form-data"]
    assert start["multipart/form-data"]["encoding"] == {
        "input": {"contentType": "application/json"},
        "overrides": {"contentType": "application/json"},
        "metadata": {"contentType": "application/json"},
    }
    expected = ops["runs.reviews.expected.create"]["requestBody"]["content"]
    assert sorted(expected) == ["application/json", "multipart/form-data"]
    for op_id in ("files.create", "automations.dataset.import", "automations.examples.input.files.create"):
        assert list(ops[op_id]["requestBody"]["content"]) == ["multipart/form-data"]


def test_security_and_server() -> None:
    spec = load_spec()
    assert spec["servers"][0]["url"] == "https://api.eigenpal.com"
    assert spec["components"]["securitySchemes"]["bearerAuth"] == {
        "type": "http",
        "scheme": "bearer",
        "description": spec["components"]["securitySchemes"]["bearerAuth"]["description"],
    }
    assert spec["security"] == [{"bearerAuth": []}]


def test_nothing_reads_outside_the_repository() -> None:
    """A fresh clone has only the repository: the facts the tests need are copied into tests/data."""
    outside = re.compile(r"\.\./shared|parent\s*/\s*\"shared\"|\"shared\"\s*/")
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for folder in ("src", "tests", "codegen", "benchmarks", "examples", ".ci")
        for path in (ROOT / folder).rglob("*")
        if path.is_file() and path.suffix in {".py", ".sh", ""} and "data" not in path.parts
        for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1)
        if outside.search(line) and path != Path(__file__).resolve()
    ]
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert not offenders and not outside.search(makefile), offenders
