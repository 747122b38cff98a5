"""`make spec-diff` (codegen/spec_diff.py): every kind of change between two specs, its classification,
renames by each rule, ``$ref`` cycles, the sources (files, committed versions, the default previous
version) and the Makefile target; a property over generated specs keeps the diff symmetric."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.support.spec import ROOT

sys.path.insert(0, str(ROOT / "codegen"))
import spec_diff

DATA = Path("tests/data/spec_diff")
JSON_BODY = "application/json"


# -------------------------------------------------------------------------------------- spec builders


def spec(
    paths: dict[str, Any], schemas: dict[str, Any] | None = None, server: str = "https://x.test"
) -> dict[str, Any]:
    document: dict[str, Any] = {"openapi": "3.1.0", "servers": [{"url": server}], "paths": paths}
    document["components"] = {"schemas": schemas or {}}
    return document


def body(schema: dict[str, Any], kind: str = JSON_BODY) -> dict[str, Any]:
    return {"content": {kind: {"schema": schema}}}


def op(op_id: str, method: str | None = None, **fields: Any) -> dict[str, Any]:
    """An operation answering ``responses`` (default: 200 with an empty object)."""
    operation = {"operationId": op_id, "x-eigenpal-method": method or op_id}
    operation["responses"] = fields.pop("responses", None) or {"200": body({"type": "object"})}
    return {**operation, **fields}


def answering(schema: dict[str, Any]) -> dict[str, Any]:
    """A one-operation spec whose 200 answer is ``schema``."""
    return spec({"/v1/x": {"get": op("x.get", responses={"200": body(schema)})}})


def sending(schema: dict[str, Any]) -> dict[str, Any]:
    """A one-operation spec whose JSON request body is ``schema``."""
    return spec({"/v1/x": {"post": op("x.create", requestBody={"required": True, **body(schema)})}})


def with_query(*parameters: dict[str, Any]) -> dict[str, Any]:
    return spec({"/v1/x": {"get": op("x.list", parameters=list(parameters))}})


def obj(required: Iterable[str] = (), **properties: Any) -> dict[str, Any]:
    return {"type": "object", "required": list(required), "properties": properties}


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def items(old: dict[str, Any], new: dict[str, Any]) -> set[tuple[str, str, str]]:
    """The report as (classification, target, action); the classification is "breaking", "additive" or
    "tolerate" (additive, clients must tolerate)."""
    report = spec_diff.diff(old, new)
    return {
        ("breaking" if c.breaking else "tolerate" if c.tolerate else "additive", c.target, c.action)
        for c in report.changes
    }


# ----------------------------------------------------------------------------------------- operations


def test_operations_added_and_removed() -> None:
    old = spec({"/v1/a": {"get": op("a.get")}, "/v1/b": {"get": op("b.get")}})
    new = spec({"/v1/a": {"get": op("a.get")}, "/v1/c": {"post": op("c.create")}})
    assert items(old, new) == {
        ("breaking", "operation `b.get` (`GET /v1/b`)", "removed"),
        ("additive", "operation `c.create` (`POST /v1/c`)", "added"),
    }


def test_same_operation_id_on_another_route_is_a_move() -> None:
    old = spec({"/v1/runs/{id}/feedback": {"get": op("runs.review")}})
    new = spec({"/v1/runs/{id}/reviews": {"get": op("runs.review")}})
    assert items(old, new) == {
        (
            "breaking",
            "operation `runs.review`",
            "moved `GET /v1/runs/{id}/feedback` → `GET /v1/runs/{id}/reviews`",
        )
    }


def test_same_route_under_another_id_is_a_rename_whatever_the_prefix_and_parameter_names() -> None:
    old = spec({"/api/v1/runs/{id}": {"get": op("runs.get")}}, server="https://studio.x.test")
    new = spec(
        {"/v1/runs/{runId}": {"get": op("runs.retrieve", method="runs.get")}}, server="https://api.x.test"
    )
    assert items(old, new) == {
        ("breaking", "base URL", "`https://studio.x.test/api/v1` → `https://api.x.test/v1`"),
        ("additive", "operation `runs.get`", "renamed to `runs.retrieve` (same route)"),
    }


def test_server_url_path_counts_as_part_of_the_route() -> None:
    old = spec({"/api/v1/runs": {"get": op("runs.list")}})
    new = spec({"/runs": {"get": op("runs.all", method="runs.list")}}, server="https://x.test/v1")
    assert ("additive", "operation `runs.list`", "renamed to `runs.all` (same route)") in items(old, new)


def test_renamed_from_hint_pairs_an_operation_that_also_moved_in_either_direction() -> None:
    old = spec({"/v1/runs/{id}/feedback": {"get": op("runs.feedback.get")}})
    hinted = op("runs.reviews.get", **{"x-eigenpal-renamed-from": "runs.feedback.get"})
    new = spec({"/v1/runs/{id}/reviews": {"get": hinted}})
    moved = "moved `GET /v1/runs/{id}/feedback` → `GET /v1/runs/{id}/reviews`"
    assert items(old, new) == {
        (
            "additive",
            "operation `runs.feedback.get`",
            "renamed to `runs.reviews.get` (x-eigenpal-renamed-from)",
        ),
        ("breaking", "operation `runs.reviews.get`", moved),
        (
            "breaking",
            "operation `runs.reviews.get`",
            "changed SDK method `runs.feedback.get` → `runs.reviews.get`",
        ),
    }
    backwards = {target for _, target, action in items(new, old) if "renamed" in action}
    assert backwards == {"operation `runs.reviews.get`"}


def test_renamed_from_hint_accepts_a_list() -> None:
    old = spec({"/v1/a": {"get": op("a")}})
    new = spec({"/v1/b": {"get": op("b", method="a", **{"x-eigenpal-renamed-from": ["z", "a"]})}})
    assert ("additive", "operation `a`", "renamed to `b` (x-eigenpal-renamed-from)") in items(old, new)


def test_sdk_method_change_on_a_kept_operation_is_breaking() -> None:
    old = spec({"/v1/runs/{id}/feedback": {"put": op("runs.feedback.update")}})
    new = spec({"/v1/runs/{id}/feedback": {"put": op("runs.feedback.update", method="runs.reviews.update")}})
    assert items(old, new) == {
        (
            "breaking",
            "operation `runs.feedback.update`",
            "changed SDK method `runs.feedback.update` → `runs.reviews.update`",
        )
    }


# ----------------------------------------------------------------------------------------- parameters


def test_parameters_added_removed_and_required() -> None:
    old = with_query(
        {"name": "gone", "in": "query", "schema": {"type": "string"}},
        {"name": "relaxed", "in": "query", "required": True, "schema": {"type": "string"}},
        {"name": "tightened", "in": "query", "schema": {"type": "string"}},
    )
    new = with_query(
        {"name": "relaxed", "in": "query", "schema": {"type": "string"}},
        {"name": "tightened", "in": "query", "required": True, "schema": {"type": "string"}},
        {"name": "optional", "in": "query", "schema": {"type": "string"}},
        {"name": "needed", "in": "query", "required": True, "schema": {"type": "string"}},
    )
    assert items(old, new) == {
        ("breaking", "query parameter `gone`", "removed"),
        ("additive", "query parameter `relaxed`", "became optional"),
        ("breaking", "query parameter `tightened`", "became required"),
        ("additive", "query parameter `optional`", "added"),
        ("breaking", "query parameter `needed`", "added (required)"),
    }


def test_parameter_retyped_and_constraints() -> None:
    old = with_query(
        {"name": "limit", "in": "query", "schema": {"type": "integer", "maximum": 100}},
        {"name": "since", "in": "query", "schema": {"type": "string"}},
        {"name": "score", "in": "query", "schema": {"type": "integer", "minimum": 0}},
    )
    new = with_query(
        {"name": "limit", "in": "query", "schema": {"type": "integer", "maximum": 50}},
        {"name": "since", "in": "query", "schema": {"type": "integer"}},
        {"name": "score", "in": "query", "schema": {"type": "number"}},
    )
    assert items(old, new) == {
        ("breaking", "query parameter `limit`", "`maximum` `100` → `50`"),
        ("breaking", "query parameter `since`", "retyped `string` → `integer`"),
        ("additive", "query parameter `score`", "retyped `integer` → `number`"),
        ("additive", "query parameter `score`", "`minimum` `0` → none"),
    }


def test_path_parameter_names_are_ignored_and_header_names_are_case_insensitive() -> None:
    old = spec(
        {
            "/v1/runs/{id}": {
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "get": op(
                    "runs.get", parameters=[{"name": "X-Trace", "in": "header", "schema": {"type": "string"}}]
                ),
            }
        }
    )
    new = spec(
        {
            "/v1/runs/{runId}": {
                "get": op(
                    "runs.get",
                    parameters=[
                        {"name": "runId", "in": "path", "required": True, "schema": {"type": "integer"}},
                        {"name": "x-trace", "in": "header", "schema": {"type": "string"}},
                    ],
                )
            }
        }
    )
    assert items(old, new) == {("breaking", "path parameter `runId`", "retyped `string` → `integer`")}


# ----------------------------------------------------------------------------------- bodies and fields


def test_request_body_fields() -> None:
    old = sending(
        obj(
            ["name", "loose"],
            name={"type": "string"},
            loose={"type": "string"},
            firm={"type": "string"},
            gone={},
        )
    )
    new = sending(
        obj(
            ["name", "firm", "needed"],
            name={"type": "string"},
            loose={"type": "string"},
            firm={"type": "string"},
            needed={"type": "string"},
            extra={"type": "string"},
        )
    )
    where = "of request body `application/json`"
    assert items(old, new) == {
        ("additive", f"field `loose` {where}", "became optional"),
        ("breaking", f"field `firm` {where}", "became required"),
        ("breaking", f"field `gone` {where}", "removed"),
        ("breaking", f"field `needed` {where}", "added (required)"),
        ("additive", f"field `extra` {where}", "added"),
    }


def test_request_body_added_removed_required_and_content_types() -> None:
    plain = spec({"/v1/x": {"post": op("x.create")}})
    optional = spec({"/v1/x": {"post": op("x.create", requestBody=body({"type": "object"}))}})
    required = spec(
        {"/v1/x": {"post": op("x.create", requestBody={"required": True, **body({"type": "object"})})}}
    )
    both = {"content": {JSON_BODY: {"schema": {}}, "multipart/form-data": {"schema": {}}}}
    multipart = spec({"/v1/x": {"post": op("x.create", requestBody=both)}})
    assert items(plain, optional) == {("additive", "request body", "added")}
    assert items(plain, required) == {("breaking", "request body", "added (required)")}
    assert items(optional, plain) == {("breaking", "request body", "removed")}
    assert items(optional, required) == {("breaking", "request body", "became required")}
    assert items(required, optional) == {("additive", "request body", "became optional")}
    assert ("additive", "content type `multipart/form-data` of request body", "added") in items(
        optional, multipart
    )
    assert ("breaking", "content type `multipart/form-data` of request body", "removed") in items(
        multipart, optional
    )


def test_response_fields_are_judged_the_other_way_round() -> None:
    old = answering(
        obj(["id", "name"], id={"type": "string"}, name={"type": "string"}, note={"type": "string"})
    )
    new = answering(
        obj(
            ["id", "note", "size"],
            id={"type": ["string", "null"]},
            note={"type": "string"},
            size={"type": "integer"},
        )
    )
    where = "of response `200` `application/json`"
    assert items(old, new) == {
        ("breaking", f"field `id` {where}", "became nullable"),
        ("breaking", f"field `name` {where}", "removed"),
        ("additive", f"field `note` {where}", "became required"),
        ("additive", f"field `size` {where}", "added (required)"),
    }
    assert ("additive", f"field `id` {where}", "is no longer nullable") in items(new, old)
    assert ("breaking", f"field `note` {where}", "became optional") in items(new, old)


def test_nullable_in_every_spelling() -> None:
    plain = answering(obj(size={"type": "integer"}))
    any_of = answering(obj(size={"anyOf": [{"type": "integer"}, {"type": "null"}]}))
    listed = answering(obj(size={"type": ["integer", "null"]}))
    flagged = answering(obj(size={"type": "integer", "nullable": True}))
    for nullable in (any_of, listed, flagged):
        assert items(plain, nullable) == {
            ("breaking", "field `size` of response `200` `application/json`", "became nullable")
        }
    assert items(any_of, listed) == items(listed, flagged) == set()
    assert items(
        sending(obj(size={"type": "integer"})), sending(obj(size={"type": ["integer", "null"]}))
    ) == {("additive", "field `size` of request body `application/json`", "became nullable")}


def test_response_types_narrowed_and_widened() -> None:
    narrow, wide = answering(obj(n={"type": "integer"})), answering(obj(n={"type": "number"}))
    assert items(wide, narrow) == {
        ("additive", "field `n` of response `200` `application/json`", "retyped `number` → `integer`")
    }
    assert items(narrow, wide) == {
        ("breaking", "field `n` of response `200` `application/json`", "retyped `integer` → `number`")
    }
    dated = answering(obj(at={"type": "string", "format": "date-time"}))
    assert items(answering(obj(at={"type": "string"})), dated) == {
        (
            "breaking",
            "field `at` of response `200` `application/json`",
            "retyped `string` → `string(date-time)`",
        )
    }


def test_fields_per_status_and_content_type() -> None:
    old = spec(
        {
            "/v1/x": {
                "get": op(
                    "x.get",
                    responses={
                        "200": {
                            "content": {JSON_BODY: {"schema": obj(a={"type": "string"})}, "text/csv": {}}
                        },
                        "201": body(obj(a={"type": "string"})),
                    },
                )
            }
        }
    )
    new = spec(
        {
            "/v1/x": {
                "get": op(
                    "x.get",
                    responses={
                        "200": {"content": {JSON_BODY: {"schema": obj()}, "application/x-ndjson": {}}},
                        "201": body(obj(a={"type": "string"})),
                    },
                )
            }
        }
    )
    assert items(old, new) == {
        ("breaking", "field `a` of response `200` `application/json`", "removed"),
        ("breaking", "content type `text/csv` of response `200`", "removed"),
        ("additive", "content type `application/x-ndjson` of response `200`", "added"),
    }


def test_status_codes() -> None:
    old = spec(
        {"/v1/x": {"get": op("x.get", responses={"200": {}, "404": {}})}, "/v1/y": {"get": op("y.get")}}
    )
    new = spec(
        {"/v1/x": {"get": op("x.get", responses={"202": {}, "409": {}})}, "/v1/y": {"get": op("y.get")}}
    )
    assert items(old, new) == {
        ("breaking", "response `200`", "removed"),
        ("additive", "response `404`", "removed"),
        ("tolerate", "response `202`", "added"),
        ("additive", "response `409`", "added"),
    }


def test_a_change_every_kept_operation_shares_is_one_item() -> None:
    old = spec({"/v1/a": {"get": op("a")}, "/v1/b": {"get": op("b")}})
    new = copy.deepcopy(old)
    for path in ("/v1/a", "/v1/b"):
        new["paths"][path]["get"]["responses"]["503"] = {}
    report = spec_diff.diff(old, new)
    assert [(c.scope.kind, c.target, c.action) for c in report.changes] == [
        ("api", "response `503` of every kept operation", "added")
    ]


# ----------------------------------------------------------------------------------------------- enums


def test_enum_values_in_requests_and_responses() -> None:
    kinds = {"type": "string", "enum": ["a", "b"]}
    changed = {"type": "string", "enum": ["b", "c"]}
    request_where = "of request body `application/json`"
    assert items(sending(obj(kind=kinds)), sending(obj(kind=changed))) == {
        ("breaking", f"enum value `a` of field `kind` {request_where}", "removed"),
        ("additive", f"enum value `c` of field `kind` {request_where}", "added"),
    }
    response_where = "of response `200` `application/json`"
    assert items(answering(obj(kind=kinds)), answering(obj(kind=changed))) == {
        ("breaking", f"enum value `a` of field `kind` {response_where}", "removed"),
        ("tolerate", f"enum value `c` of field `kind` {response_where}", "added"),
    }


def test_enum_values_in_nested_objects_and_array_items_known_values_and_constants() -> None:
    def nested(values: list[str]) -> dict[str, Any]:
        step = obj(state={"type": "string", "enum": values})
        return obj(run=obj(steps={"type": "array", "items": step}))

    assert items(answering(nested(["x"])), answering(nested(["x", "y"]))) == {
        (
            "tolerate",
            "enum value `y` of field `run.steps[].state` of response `200` `application/json`",
            "added",
        )
    }
    known = {"name": "sort", "in": "query", "schema": {"type": "string", "x-values": ["asc", "desc"]}}
    fewer = {"name": "sort", "in": "query", "schema": {"type": "string", "x-values": ["asc"]}}
    assert items(with_query(known), with_query(fewer)) == {
        ("breaking", "enum value `desc` of query parameter `sort`", "removed")
    }
    ok, either = answering(obj(ok={"const": True})), answering(obj(ok={"type": "boolean"}))
    assert items(ok, either) == {
        ("breaking", "field `ok` of response `200` `application/json`", "is no longer restricted to `true`")
    }
    assert items(either, ok) == {
        ("additive", "field `ok` of response `200` `application/json`", "is now restricted to `true`")
    }


def test_enum_restriction_added_to_a_parameter_is_breaking() -> None:
    free = {"name": "type", "in": "query", "schema": {"type": "string"}}
    closed = {"name": "type", "in": "query", "schema": {"type": "string", "enum": ["workflow", "agent"]}}
    assert items(with_query(free), with_query(closed)) == {
        ("breaking", "query parameter `type`", "is now restricted to `workflow`, `agent`")
    }
    assert items(with_query(closed), with_query(free)) == {
        ("additive", "query parameter `type`", "is no longer restricted to `workflow`, `agent`")
    }


# ------------------------------------------------------------------------- refs, compositions, schemas


def test_a_component_schema_change_is_reported_once_naming_the_operations_that_use_it() -> None:
    def api(status_values: list[str]) -> dict[str, Any]:
        schemas = {
            "Run": obj(["status"], status=ref("Status")),
            "Page": obj(data={"type": "array", "items": ref("Run")}),
            "Status": {"type": "string", "enum": status_values},
        }
        paths = {
            "/v1/runs": {"get": op("runs.list", responses={"200": body(ref("Page"))})},
            "/v1/runs/{id}": {"get": op("runs.get", responses={"200": body(ref("Run"))})},
            "/v1/files": {"get": op("files.list")},
        }
        return spec(paths, schemas)

    report = spec_diff.diff(api(["queued"]), api(["queued", "done"]))
    assert [(c.scope.name, c.scope.direction, c.target, c.action) for c in report.changes] == [
        ("`Status`", "response", "enum value `done`", "added")
    ]
    scope = report.changes[0].scope
    assert report.headings[scope] == "Schema `Status` in responses, used by `runs.get`, `runs.list`"


def test_a_schema_read_in_both_directions_is_judged_in_each() -> None:
    schemas_old = {"Thing": obj(kind={"type": "string", "enum": ["a"]})}
    schemas_new = {"Thing": obj(kind={"type": "string", "enum": ["a", "b"]})}
    paths = {
        "/v1/things": {
            "put": op("things.put", requestBody=body(ref("Thing")), responses={"200": body(ref("Thing"))})
        }
    }
    report = spec_diff.diff(spec(paths, schemas_old), spec(paths, schemas_new))
    assert {(c.scope.direction, c.breaking, c.tolerate) for c in report.changes} == {
        ("request", False, False),
        ("response", False, True),
    }


def test_ref_cycles_terminate_and_report_each_change_once() -> None:
    def api(extra: dict[str, Any]) -> dict[str, Any]:
        schemas = {
            "Node": obj(children={"type": "array", "items": ref("Node")}, peer=ref("Peer"), **extra),
            "Peer": obj(back=ref("Node"), again={"anyOf": [ref("Peer"), {"type": "null"}]}),
            "Loop": ref("Loop"),
        }
        paths = {
            "/v1/tree": {
                "get": op("tree.get", responses={"200": body(ref("Node")), "201": body(ref("Loop"))})
            }
        }
        return spec(paths, schemas)

    report = spec_diff.diff(api({}), api({"depth": {"type": "integer"}}))
    assert [(c.scope.name, c.target, c.action) for c in report.changes] == [
        ("`Node`", "field `depth`", "added")
    ]
    assert spec_diff.diff(api({}), api({})).changes == []


def test_a_cycle_through_an_inline_schema_on_one_side_terminates() -> None:
    inline = answering(obj(child=obj(child=obj(child={"type": "string"}))))
    schemas = {"Tree": obj(child=ref("Tree"))}
    referred = spec({"/v1/x": {"get": op("x.get", responses={"200": body(ref("Tree"))})}}, schemas)
    assert (
        "breaking",
        "field `child.child.child` of response `200` `application/json`",
        "retyped `string` → `object`",
    ) in items(inline, referred)


def test_all_of_merges_inline_members_and_compares_component_members_as_base_schemas() -> None:
    def api(base: dict[str, Any], members: list[dict[str, Any]]) -> dict[str, Any]:
        return spec({"/v1/x": {"post": op("x.create", requestBody=body({"allOf": members}))}}, base)

    old = api(
        {"Base": obj(["id"], id={"type": "string"}), "Named": obj()}, [ref("Base"), ref("Named"), obj(a={})]
    )
    new = api(
        {"Base": obj(id={"type": "string"}), "Owned": obj(["owner"])}, [ref("Base"), obj(b={}), ref("Owned")]
    )
    where = "of request body `application/json`"
    report = spec_diff.diff(old, new)
    assert {(c.scope.name, c.target, c.action, c.breaking) for c in report.changes} == {
        ("`Base`", "field `id`", "became optional", False),
        ("x.create", f"base schema `Named` {where}", "removed", True),
        ("x.create", f"base schema `Owned` {where}", "added", True),
        ("x.create", f"field `a` {where}", "removed", True),
        ("x.create", f"field `b` {where}", "added", False),
        ("", "`Named`", "removed", True),
        ("", "`Owned`", "added", False),
    }


def test_a_schema_that_reaches_itself_through_all_of_is_walked_once() -> None:
    """Found by the property below: component members of ``allOf`` were merged inline, so a schema
    reaching itself through one recursed without end (RecursionError)."""

    def api(extra: dict[str, Any]) -> dict[str, Any]:
        node = obj(next={"allOf": [ref("Node"), obj(hop={"type": "integer"})]}, **extra)
        return spec({"/v1/x": {"get": op("x.get", responses={"200": body(ref("Node"))})}}, {"Node": node})

    report = spec_diff.diff(api({}), api({"label": {"type": "string"}}))
    assert [(c.scope.name, c.target, c.action) for c in report.changes] == [
        ("`Node`", "field `label`", "added")
    ]


def test_union_variants_and_fields_inside_them() -> None:
    old = answering(obj(trigger={"oneOf": [ref("ByApi"), obj(cron={"type": "string"})]}))
    new = answering(
        obj(trigger={"oneOf": [obj(cron={"type": "string"}, tz={"type": "string"}), ref("ByMail")]})
    )
    where = "of response `200` `application/json`"
    assert items(old, new) == {
        ("breaking", f"variant `ByApi` of field `trigger` {where}", "removed"),
        ("tolerate", f"variant `ByMail` of field `trigger` {where}", "added"),
        ("additive", f"field `trigger<object>.tz` {where}", "added"),
    }


def test_a_union_and_one_of_its_members_compare_member_by_member() -> None:
    schemas = {"Accepted": obj(id={"type": "string"}), "Run": obj(id={"type": "string"})}
    schemas["Started"] = {"anyOf": [ref("Accepted"), ref("Run")]}
    old = spec({"/v1/runs": {"post": op("runs.start", responses={"200": body(ref("Started"))})}}, schemas)
    new = spec({"/v1/runs": {"post": op("runs.start", responses={"200": body(ref("Run"))})}}, schemas)
    assert items(old, new) == {
        ("breaking", "variant `Accepted` of response `200` `application/json`", "removed")
    }
    assert items(new, old) == {
        ("tolerate", "variant `Accepted` of response `200` `application/json`", "added")
    }


def test_a_union_that_contains_itself_against_a_plain_schema_terminates() -> None:
    """Found by the property below: a union compared member by member with a schema that is not one
    expanded a union containing itself (``A = oneOf[boolean, A]``) without end (RecursionError)."""
    paths = {"/v1/x": {"get": op("x.get", responses={"200": body(ref("A"))})}}
    plain = spec(paths, {"A": {"type": "string"}})
    recursive = spec(paths, {"A": {"oneOf": [{"type": "boolean"}, ref("A")]}})
    assert items(plain, recursive) == {
        ("tolerate", "variant `boolean` of response `200` `application/json`", "added"),
        ("breaking", "variant `string`", "removed"),
        ("tolerate", "variant `boolean`", "added"),
        ("tolerate", "variant `A`", "added"),
    }


def test_component_schemas_added_and_removed_close_the_report() -> None:
    old = spec({}, {"Feedback": obj(), "Kept": obj()})
    new = spec({}, {"Review": obj(), "Kept": obj(), "Health": obj()})
    report = spec_diff.diff(old, new)
    assert report.markdown().endswith(
        "## Component schemas\n\n"
        "- **breaking**: removed (1): `Feedback`\n"
        "- additive: added (2): `Health`, `Review`\n"
    )


# --------------------------------------------------------------------------------- report and command


def test_the_report_of_the_fixture_pair() -> None:
    report = subprocess.run(
        [sys.executable, "codegen/spec_diff.py", "--old", str(DATA / "old.yaml"), "--new", str(DATA / "new.json")],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert report == (ROOT / DATA / "expected.md").read_text(encoding="utf-8")
    assert report.splitlines()[2] == "**15 breaking, 14 additive** (3 of them: clients must tolerate)"


def test_no_changes() -> None:
    report = spec_diff.diff(answering(obj()), answering(obj()), "`a`", "`b`")
    assert report.markdown() == "# Spec changes: `a` → `b`\n\n**0 breaking, 0 additive**\n\nNo changes.\n"


def test_make_spec_diff_compares_the_two_files_given() -> None:
    result = subprocess.run(
        ["make", "--no-print-directory", "-C", str(ROOT), "spec-diff", f"OLD={DATA / 'old.yaml'}", f"NEW={DATA / 'new.json'}"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert result.stdout == (ROOT / DATA / "expected.md").read_text(encoding="utf-8")


def write(path: Path, document: dict[str, Any]) -> str:
    path.write_text(yaml.safe_dump(document), encoding="utf-8")
    return path.name


def test_fail_on_breaking_exits_1_only_on_a_breaking_change(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = write(tmp_path / "base.yaml", with_query())
    additive = write(tmp_path / "additive.yaml", with_query({"name": "q", "in": "query", "schema": {}}))
    breaking = "breaking.json"
    required = {"name": "q", "in": "query", "required": True, "schema": {}}
    (tmp_path / breaking).write_text(json.dumps(with_query(required)), encoding="utf-8")
    assert spec_diff.main(["--old", base, "--new", breaking], cwd=tmp_path) == 0
    assert spec_diff.main(["--old", base, "--new", additive, "--fail-on-breaking"], cwd=tmp_path) == 0
    assert spec_diff.main(["--old", base, "--new", breaking, "--fail-on-breaking"], cwd=tmp_path) == 1
    assert "**1 breaking, 0 additive**" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "missing.yaml: no such file"),
        ("paths: [unclosed", "not YAML or JSON"),
        ("- a list", "not an OpenAPI document"),
        ("paths: [/x]", "`paths` must map each path to its operations"),
        (
            "paths: {/x: {get: {responses: {'200': {$ref: '#/components/responses/Nope'}}}}}",
            "points at nothing",
        ),
    ],
)
def test_a_source_that_cannot_be_read_exits_2_naming_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str | None, message: str
) -> None:
    write(tmp_path / "good.yaml", with_query())
    if content is not None:
        (tmp_path / "missing.yaml").write_text(content, encoding="utf-8")
    assert spec_diff.main(["--old", "good.yaml", "--new", "missing.yaml"], cwd=tmp_path) == 2
    assert message in capsys.readouterr().err


# ---------------------------------------------------------------------------- the previous committed version


def git(repo: Path, *args: str) -> str:
    identity = ["-c", "user.name=t", "-c", "user.email=t@example.test", "-c", "commit.gpgsign=false"]
    return subprocess.run(
        ["git", *identity, *args], cwd=repo, capture_output=True, text=True, check=True
    ).stdout


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    git(tmp_path, "init", "-q")
    return tmp_path


def commit(repo: Path, document: dict[str, Any], message: str, name: str = "openapi.yaml") -> str:
    write(repo / name, document)
    git(repo, "add", name)
    git(repo, "commit", "-q", "-m", message)
    return git(repo, "rev-parse", "--short", "HEAD").strip()


def test_previous_version_is_the_one_before_the_last_commit_that_changed_the_spec(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    commit(repo, with_query(), "first")
    changed = commit(repo, with_query({"name": "q", "in": "query", "schema": {}}), "second")
    write(repo / "README", {})
    git(repo, "add", "README")
    git(repo, "commit", "-q", "-m", "unrelated")
    assert spec_diff.previous_version(repo / "openapi.yaml") == f"{changed}^:openapi.yaml"
    assert spec_diff.main([], cwd=repo) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"# Spec changes: `{changed}^:openapi.yaml` → `openapi.yaml`")
    assert "- additive: query parameter `q` added" in out


def test_previous_version_of_an_edited_spec_is_head(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    commit(repo, with_query(), "first")
    commit(repo, with_query({"name": "q", "in": "query", "schema": {}}), "second")
    write(repo / "openapi.yaml", with_query({"name": "r", "in": "query", "schema": {}}))
    assert spec_diff.previous_version(repo / "openapi.yaml") == "HEAD:openapi.yaml"
    assert spec_diff.main([], cwd=repo) == 0
    out = capsys.readouterr().out
    assert "- **breaking**: query parameter `q` removed" in out
    assert "- additive: query parameter `r` added" in out


def test_previous_version_in_a_subfolder_and_committed_versions_as_sources(repo: Path) -> None:
    (repo / "api").mkdir()
    first = commit(repo, with_query(), "first", "api/spec.yaml")
    commit(repo, with_query({"name": "q", "in": "query", "schema": {}}), "second", "api/spec.yaml")
    assert (
        spec_diff.previous_version(repo / "api" / "spec.yaml")
        == f"{git(repo, 'rev-parse', '--short', 'HEAD').strip()}^:api/spec.yaml"
    )
    assert spec_diff.main(["--old", f"{first}:api/spec.yaml", "--new", "HEAD:api/spec.yaml"], cwd=repo) == 0
    assert spec_diff.main(["--old", "nope:api/spec.yaml", "--new", "api/spec.yaml"], cwd=repo) == 2


def test_a_spec_with_no_earlier_version_reads_as_all_added(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    commit(repo, with_query(), "first")
    assert spec_diff.previous_version(repo / "openapi.yaml") is None
    assert spec_diff.main([], cwd=repo) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Spec changes: nothing → `openapi.yaml`")
    assert "- additive: operation `x.list` (`GET /v1/x`) added" in out


def test_outside_a_repository_the_old_version_must_be_given(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "openapi.yaml", with_query())
    assert spec_diff.main([], cwd=tmp_path) == 2
    assert "give the old version" in capsys.readouterr().err


# ----------------------------------------------------------------------------------------- properties

NAMES = st.sampled_from(["a", "b", "c"])
LEAVES = st.one_of(
    st.builds(lambda t: {"type": t}, st.sampled_from(["string", "integer", "number", "boolean"])),
    st.builds(lambda t: {"type": [t, "null"]}, st.sampled_from(["string", "integer"])),
    st.builds(
        lambda v: {"type": "string", "enum": v}, st.lists(st.sampled_from("xyz"), min_size=1, unique=True)
    ),
    st.builds(lambda m: {"type": "integer", "maximum": m}, st.integers(1, 3)),
    st.sampled_from([ref("A"), ref("B"), {"anyOf": [ref("A"), {"type": "null"}]}]),
)
SCHEMAS = st.recursive(
    LEAVES,
    lambda inner: st.one_of(
        st.builds(lambda p, r: {"type": "object", "properties": p, "required": sorted(set(r) & set(p))},
                  st.dictionaries(NAMES, inner, max_size=3), st.lists(NAMES)),
        st.builds(lambda i: {"type": "array", "items": i}, inner),
        st.builds(lambda m: {"oneOf": m}, st.lists(inner, min_size=2, max_size=3)),
        st.builds(lambda m: {"allOf": m}, st.lists(inner, min_size=1, max_size=2)),
    ),
    max_leaves=6,
)  # fmt: skip
CONTENT = st.dictionaries(
    st.sampled_from([JSON_BODY, "multipart/form-data"]),
    st.builds(lambda s: {"schema": s}, SCHEMAS),
    max_size=2,
)
PARAMETERS = st.dictionaries(
    st.tuples(st.sampled_from(["query", "header"]), NAMES), st.tuples(st.booleans(), LEAVES), max_size=3
).map(lambda found: [{"name": n, "in": i, "required": r, "schema": s} for (i, n), (r, s) in found.items()])
OPERATIONS = st.builds(
    lambda parameters, content, required, responses, method: {
        "parameters": parameters,
        **({"requestBody": {"required": required, "content": content}} if content else {}),
        "responses": responses,
        "x-eigenpal-method": method,
    },
    PARAMETERS,
    CONTENT,
    st.booleans(),
    st.dictionaries(
        st.sampled_from(["200", "201", "404"]), st.builds(lambda c: {"content": c}, CONTENT), max_size=2
    ),
    st.sampled_from(["one", "two"]),
)
SPECS = st.builds(
    lambda operations, a, b, extra: spec(
        {
            f"/v1/{name}/{{id}}": {"get": {"operationId": name, **operation}}
            for name, operation in operations.items()
        },
        {"A": a, "B": b, **extra},
    ),
    st.dictionaries(st.sampled_from(["op1", "op2", "op3"]), OPERATIONS, max_size=3),
    SCHEMAS,
    SCHEMAS,
    st.dictionaries(st.sampled_from(["C", "D"]), SCHEMAS, max_size=2),
)


def moves(
    report: spec_diff.Report, action: str, kept: set[str], backwards: bool = False
) -> set[tuple[spec_diff.Scope, str]]:
    """The (scope, target) of every change with ``action``. An item shared by every kept operation counts
    once per operation (how it is grouped depends on the classifications, not on the direction); a pair
    of schemas (`A` → `B`) is named as the forward diff names it."""
    found = set()
    shared = " of every kept operation"
    for change in report.changes:
        scope = change.scope
        if change.action.split(" (")[0] != action:
            continue
        if backwards and " → " in scope.name:
            scope = spec_diff.Scope(
                scope.kind, " → ".join(reversed(scope.name.split(" → "))), scope.direction
            )
        if change.target.endswith(shared):
            found |= {
                (spec_diff.Scope("operation", name), change.target.removesuffix(shared)) for name in kept
            }
        else:
            found.add((scope, change.target))
    return found


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(SPECS)
def test_a_spec_against_itself_has_no_changes(document: dict[str, Any]) -> None:
    assert spec_diff.diff(document, copy.deepcopy(document)).changes == []


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(SPECS, SPECS)
def test_what_one_direction_adds_the_other_removes(old: dict[str, Any], new: dict[str, Any]) -> None:
    forwards, backwards = spec_diff.diff(old, new), spec_diff.diff(new, old)
    kept = {o["get"]["operationId"] for o in old["paths"].values()} & {
        o["get"]["operationId"] for o in new["paths"].values()
    }
    assert moves(forwards, "added", kept) == moves(backwards, "removed", kept, backwards=True)
    assert moves(forwards, "removed", kept) == moves(backwards, "added", kept, backwards=True)


# ------------------------------------------------------------------------------------------- webhooks


def with_webhook(event: dict[str, Any], name: str = "run.created") -> dict[str, Any]:
    """A spec with one operation and one webhook whose event body is ``event``."""
    document = spec({"/v1/a": {"get": op("a.get")}})
    document["webhooks"] = {name: {"post": {"operationId": f"webhooks.{name}", "requestBody": body(event)}}}
    return document


def test_webhook_events_are_judged_as_answers_the_receiver_reads() -> None:
    old = with_webhook(obj(["id", "data"], id={"type": "string"}, data={"type": "object"}))
    new = with_webhook(obj(["id"], id={"type": "string"}, test={"type": "boolean"}))
    where = "of response `event` `application/json`"
    assert items(old, new) == {
        ("breaking", f"field `data` {where}", "removed"),
        ("additive", f"field `test` {where}", "added"),
    }
    gone = spec({"/v1/a": {"get": op("a.get")}})
    assert items(old, gone) == {
        ("breaking", "operation `webhooks.run.created` (`WEBHOOK run.created`)", "removed")
    }
    assert ("additive", "operation `webhooks.run.created` (`WEBHOOK run.created`)", "added") in items(
        gone, old
    )
