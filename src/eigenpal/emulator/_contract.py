"""The API contract, read from the spec the SDK was generated from: routing and validation both ways.

Requests are validated before a handler runs (a violation answers 400 with the spec's envelope);
responses are validated in test mode (a violation is recorded and answered as a loud 500).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any
from urllib.parse import unquote

from jsonschema import Draft202012Validator

from ._errors import Issue

HTTP_METHODS = ("get", "put", "post", "patch", "delete")


@cache
def load_spec() -> dict[str, Any]:
    """The OpenAPI document shipped with the generated layer (``eigenpal/_generated/openapi.json``)."""
    text = resources.files("eigenpal._generated").joinpath("openapi.json").read_text(encoding="utf-8")
    return dict(json.loads(text))


@dataclass
class Operation:
    operation_id: str
    method: str
    path: str
    spec: dict[str, Any]
    pattern: re.Pattern[str]
    parameters: list[dict[str, Any]] = field(default_factory=list)


class Contract:
    """Routes requests to operations and validates what goes in and out."""

    def __init__(self, spec: dict[str, Any] | None = None) -> None:
        self.spec = spec or load_spec()
        self.operations: list[Operation] = []
        for path, item in self.spec["paths"].items():
            for method, op in item.items():
                if method not in HTTP_METHODS:
                    continue
                params = op.get("parameters", [])
                slashes = {p["name"] for p in params if p.get("x-slashes")}

                def group(match: re.Match[str], slashes: set[str] = slashes) -> str:
                    name = match.group(1)
                    return f"(?P<{name}>.+)" if name in slashes else f"(?P<{name}>[^/]+)"

                pattern = re.compile("^" + re.sub(r"\{(\w+)\}", group, path) + "$")
                self.operations.append(
                    Operation(op["operationId"], method.upper(), path, op, pattern, params)
                )
        # Literal segments win over parameters: /experiments/export before /experiments/{experimentId}.
        self.operations.sort(key=lambda o: (o.path.count("{"), -len(o.path)))
        self.by_id = {o.operation_id: o for o in self.operations}

    def route(self, method: str, raw_path: str) -> tuple[Operation, dict[str, str]] | str | None:
        """The operation and decoded path parameters; ``"method"`` when only the method is wrong."""
        path_matched = False
        for operation in self.operations:
            match = operation.pattern.match(raw_path)
            if match:
                if operation.method == method:
                    return operation, {k: unquote(v) for k, v in match.groupdict().items()}
                path_matched = True
        return "method" if path_matched else None

    # ---- requests -------------------------------------------------------------------------
    def coerce_query(
        self, operation: Operation, query: dict[str, list[str]]
    ) -> tuple[dict[str, Any], list[Issue]]:
        """Query values converted to their schema types, and the issues found."""
        values: dict[str, Any] = {}
        issues: list[Issue] = []
        for param in operation.parameters:
            if param["in"] != "query":
                continue
            name, schema = param["name"], param["schema"]
            if name not in query:
                if param.get("required"):
                    issues.append(Issue(name, f"Query parameter {name} is required"))
                continue
            raw = query[name][-1]
            value: Any = raw
            if schema.get("type") == "integer":
                try:
                    value = int(raw)
                except ValueError:
                    issues.append(Issue(name, f"Expected an integer, got {raw!r}"))
                    continue
            elif schema.get("type") == "number":
                try:
                    value = float(raw)
                except ValueError:
                    value = math.nan
                if not math.isfinite(value):
                    issues.append(Issue(name, f"Expected a number, got {raw!r}"))
                    continue
            issues.extend(self.validate(schema, value, name))
            values[name] = value
        return values, issues

    def validate(self, schema: dict[str, Any], value: Any, where: str) -> list[Issue]:
        """Issues of ``value`` against a schema of the spec (refs resolve against the whole document)."""
        root = {**schema, "components": self.spec["components"]}
        validator = _validator(json.dumps(root, sort_keys=True))
        issues = []
        for error in sorted(validator.iter_errors(value), key=lambda e: [str(p) for p in e.absolute_path]):
            parts = [str(p) for p in error.absolute_path]
            if error.validator == "required" and isinstance(error.instance, dict):
                parts += [name for name in error.validator_value if name not in error.instance][:1]
            path = ".".join(parts)
            issues.append(
                Issue(f"{where}.{path}" if where and path else (where or path or "body"), error.message[:300])
            )
        return issues

    def body_schema(self, operation: Operation, content_type: str) -> dict[str, Any] | None:
        content = operation.spec.get("requestBody", {}).get("content", {})
        media = content.get(content_type)
        return None if media is None else dict(media["schema"])

    def request_content_types(self, operation: Operation) -> list[str]:
        return list(operation.spec.get("requestBody", {}).get("content", {}))

    def json_parts(self, operation: Operation) -> set[str]:
        """Multipart parts the spec encodes as JSON text."""
        media = operation.spec.get("requestBody", {}).get("content", {}).get("multipart/form-data", {})
        return {
            name
            for name, enc in media.get("encoding", {}).items()
            if enc.get("contentType") == "application/json"
        }

    def resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            name = node["$ref"].rsplit("/", 1)[-1]
            section = node["$ref"].split("/")[2]
            node = self.spec["components"][section][name]
        return node

    # ---- responses ------------------------------------------------------------------------
    def check_response(
        self,
        operation: Operation,
        status: int,
        content_type: str | None,
        body: bytes,
        headers: dict[str, str],
    ) -> list[str]:
        """Contract violations of a response (empty when it conforms)."""
        problems: list[str] = []
        declared = operation.spec["responses"].get(str(status))
        if declared is None:
            return [f"{operation.operation_id}: status {status} is not declared"]
        declared = self.resolve(declared)
        if "x-request-id" not in headers:
            problems.append(f"{operation.operation_id}: response has no x-request-id header")
        content = declared.get("content") or {}
        if not content:
            if body:
                problems.append(f"{operation.operation_id} {status}: body sent where none is declared")
            return problems
        media_type = (content_type or "").split(";")[0].strip()
        if media_type not in content and "*/*" not in content:
            return [
                *problems,
                f"{operation.operation_id} {status}: content type {media_type!r} not in {sorted(content)}",
            ]
        schema = content.get(media_type, content.get("*/*", {})).get("schema", {})
        if media_type == "application/json" and schema and schema.get("format") != "binary":
            try:
                value = json.loads(body)
            except ValueError:
                return [*problems, f"{operation.operation_id} {status}: body is not JSON"]
            problems.extend(
                f"{operation.operation_id} {status}: {i.field}: {i.message}"
                for i in self.validate(schema, value, "")
            )
        if status == 429 and "retry-after" not in headers:
            problems.append(f"{operation.operation_id}: 429 without Retry-After")
        return problems


@cache
def _validator(root_json: str) -> Draft202012Validator:
    return Draft202012Validator(json.loads(root_json))
