"""The command line's table of spec commands, described from ``openapi.yaml`` for
``templates/cli_operations.py.jinja``.

The template renders ``src/eigenpal/cli/_operations.py``: pure data, one entry per method of the client
tree (each ``x-eigenpal-method``), which ``eigenpal.cli._spec_commands`` turns into a command named from
the method's path (``human_reviews.approve`` is ``eigenpal human-reviews approve``). An entry says what the
command takes and where each value goes: path parameters are positionals, query parameters and JSON body
fields are options with the spec's rule (``facade.rule_of``: type, choices, bounds, flag, comma-separated),
file fields of a multipart body and a raw binary body are file positionals, and the answer is JSON, a
page, text, bytes or a stream of JSON lines. Nothing here knows which commands are written by hand: the
command line decides that.

An operation with two request bodies and two methods (a JSON one and an upload) gives each method the
body whose schema name shares the most words with the method's name (``upload_expected`` takes
``RunReviewExpectedFileUploadRequest``); a tie, an option name used twice or one the command line keeps for
itself (``--data``, ``--output``, ``--all``, the global options) stops ``make generate`` with a message
naming the operation, as ``facade.check_spec`` does.
"""

from __future__ import annotations

import re
from typing import Any

from facade import HAND_WRITTEN, METHODS, rule_of, sdk_methods, snake

RESERVED_FLAGS = frozenset(
    {"--data", "--output", "--all", "--json", "--wide", "--base-url", "--api-key", "--timeout", "--help"}
)
"""Options every spec command has (or may have) that a spec parameter may not take as its name."""
BINARY = ("application/octet-stream", "application/zip", "*/*")
MAX_HELP = 160
"""Option help is the spec's first sentence, cut to this many characters."""


def kebab(name: str) -> str:
    """``dataset_review_requests`` → ``dataset-review-requests``; a keyword's ``_`` (``import_``) is dropped."""
    return name.rstrip("_").replace("_", "-")


def first_sentence(text: str | None) -> str:
    """The description's first sentence on one line (help text), cut at ``MAX_HELP`` characters."""
    flat = " ".join((text or "").split())
    match = re.match(r"(.+?[.!?])(\s|$)", flat)
    sentence = (match[1] if match else flat).rstrip(".")
    return sentence if len(sentence) <= MAX_HELP else sentence[: MAX_HELP - 1].rstrip() + "…"


def command_line_text(text: str | None) -> str:
    """The description on one line, without the sentences that speak of Python calls (```client.…```,
    ```page.iter_all()```): a command's help says what it does in the command line's terms."""
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z`])", " ".join((text or "").split()))
    return " ".join(s for s in sentences if "`client." not in s and "`page." not in s)


def lower_first(text: str) -> str:
    """``List folders.`` → ``list folders`` (an acronym such as ``CSV`` keeps its case)."""
    text = text.strip().rstrip(".")
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]


def _resolve(spec: dict[str, Any], schema: dict[str, Any]) -> tuple[str | None, dict[str, Any]]:
    """The schema behind ``$ref`` chains, with the name of the last one."""
    name = None
    while "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        schema = spec["components"]["schemas"][name]
    return name, schema


def _is_binary(schema: dict[str, Any]) -> bool:
    return schema.get("format") == "binary" or (schema.get("items") or {}).get("format") == "binary"


def metavar(parameter: str, path: str) -> str:
    """``RUN`` for ``{id}`` of ``/v1/runs/{id}``, ``EMAIL_SERVER`` of ``/v1/email-servers/{id}``, ``TASK``
    for ``{taskId}``, ``CHUNK_INDEX`` for ``{chunkIndex}``."""
    if parameter == "id":
        segment = path.split("/{id}")[0].rsplit("/", 1)[-1]
        word = segment[:-1] if segment.endswith("s") else segment
    else:
        word = re.sub(r"(?<=[a-z])Id$", "", parameter)
    return snake(word).rstrip("_").upper()


def _words(name: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])", name.replace("_", " "))}


def _bodies_by_method(operation: dict[str, Any], methods: list[str]) -> dict[str, str]:
    """Each method's request content type: the only one, or (two bodies, two methods) the body whose schema
    name shares the most words with the method's name."""
    content = (operation.get("requestBody") or {}).get("content") or {}
    types = list(content)
    if len(types) <= 1:
        return {method: (types[0] if types else "") for method in methods}
    if len(types) != len(methods):
        raise ValueError(f"{len(types)} request bodies but {len(methods)} methods")
    names = {t: (content[t].get("schema") or {}).get("$ref", "").rsplit("/", 1)[-1] for t in types}
    found: dict[str, str] = {}
    for method in methods:
        scores = {t: len(_words(method.rsplit(".", 1)[-1]) & _words(names[t])) for t in types}
        best = max(scores.values())
        winners = [t for t, score in scores.items() if score == best]
        if len(winners) != 1:
            raise ValueError(f"{method} matches the bodies {', '.join(names[t] for t in winners)} equally")
        found[method] = winners[0]
    if len(set(found.values())) != len(found):
        raise ValueError(f"two methods take the same body: {found}")
    return found


def _answer(operation: dict[str, Any]) -> str:
    """``json``, ``text`` (CSV exports), ``bytes``, ``lines`` (an NDJSON stream) or ``none``."""
    types: list[str] = []
    for status, response in operation.get("responses", {}).items():
        if status.startswith("2"):
            types += list((response.get("content") or {}).keys())
    if "application/json" in types and not any(t.startswith("text/") for t in types):
        return "json"
    if any(t.startswith("text/") for t in types):
        return "text"
    if "application/x-ndjson" in types:
        return "lines"
    if any(t in BINARY for t in types):
        return "bytes"
    return "none"


def _option(
    spec: dict[str, Any], wire: str, schema: dict[str, Any], where: str, required: bool, help_text: str | None
) -> dict[str, Any]:
    name = snake(wire)
    rule = rule_of(spec, schema)
    if len(rule.get("values") or ()) == 1 and where == "query":
        rule = {"type": "flag"}  # a one-value switch (zip=1) is a bool in the SDK
    _, resolved = _resolve(spec, schema)
    option: dict[str, Any] = {
        "flag": "--" + kebab(name),
        "name": name,
        "wire": wire,
        "where": where,
        "rule": rule,
        "required": required,
        "help": first_sentence(help_text or resolved.get("description")),
    }
    if "default" in resolved:
        option["default"] = resolved["default"]
    return option


def _entry(
    spec: dict[str, Any], method: str, verb: str, path: str, operation: dict[str, Any], content_type: str
) -> dict[str, Any]:
    operation_id = operation["operationId"]
    arguments = [
        {
            "name": snake(p["name"]),
            "wire": p["name"],
            "metavar": metavar(p["name"], path),
            "kind": "path"
            if p.get("x-slashes")
            else "automation"
            if path.startswith("/v1/automations/{id}") and p["name"] == "id"
            else "id",
            "help": first_sentence(p.get("description") or (p.get("schema") or {}).get("description")),
        }
        for p in operation.get("parameters", [])
        if p["in"] == "path"
    ]
    options = [
        _option(
            spec, p["name"], p.get("schema") or {}, "query", bool(p.get("required")), p.get("description")
        )
        for p in operation.get("parameters", [])
        if p["in"] == "query"
    ]
    files: list[dict[str, Any]] = []
    body, whole_only, body_required = None, False, bool((operation.get("requestBody") or {}).get("required"))
    if content_type:
        media = operation["requestBody"]["content"][content_type]
        _, schema = _resolve(spec, media.get("schema") or {})
        if content_type == "application/json":
            body = "json"
            whole_only = bool(schema.get("oneOf") or schema.get("anyOf"))
        elif content_type == "multipart/form-data":
            body = "multipart"
        else:
            body = "bytes"
            text = first_sentence(operation["requestBody"].get("description")) or "the request body"
            files.append({"name": "body", "metavar": "FILE", "many": False, "required": True, "help": text})
        required = set(schema.get("required") or [])
        for wire, field_schema in ({} if whole_only else schema.get("properties") or {}).items():
            if body == "multipart" and _is_binary(field_schema):
                many = field_schema.get("type") == "array"
                files.append(
                    {
                        "name": snake(wire),
                        "metavar": "FILE",
                        "many": many,
                        "required": wire in required,
                        "help": first_sentence(field_schema.get("description"))
                        or ("files to upload" if many else "the file to upload"),
                    }
                )
            else:
                options.append(_option(spec, wire, field_schema, "body", wire in required, None))
    _check_flags(arguments, options)
    return {
        "words": tuple(kebab(part) for part in method.split(".")),
        "method": method,
        "operation": operation_id,
        "http": f"{verb.upper()} {path}",
        "summary": lower_first(operation.get("summary") or method),
        "description": command_line_text(operation.get("description")),
        "arguments": tuple(arguments),
        "files": tuple(files),
        "options": tuple(options),
        "body": body,
        "body_required": body_required,
        "whole_body_only": whole_only,
        "answer": _answer(operation),
        "paged": bool(operation.get("x-eigenpal-pagination")),
    }


def _check_flags(arguments: list[dict[str, Any]], options: list[dict[str, Any]]) -> None:
    """Refuse an option name given twice or kept by the command line, and two positionals of one name."""
    flags = [option["flag"] for option in options]
    taken = sorted({f for f in flags if flags.count(f) > 1} | (set(flags) & RESERVED_FLAGS))
    if taken:
        raise ValueError(f"the options {', '.join(taken)} are used twice or kept by the command line")
    names = [argument["metavar"] for argument in arguments]
    if len(set(names)) != len(names):
        raise ValueError(f"two path parameters read as the same positional: {', '.join(names)}")


def commands(spec: dict[str, Any]) -> tuple[list[dict[str, Any]], list[str]]:
    """Every method's command entry (in the spec's order) and the problems that stop generation."""
    found, problems = [], []
    for path, item in spec["paths"].items():
        for verb, operation in item.items():
            if verb not in METHODS:
                continue
            methods = [m for m in sdk_methods(operation) if m not in HAND_WRITTEN]
            if not methods:
                continue
            try:
                bodies = _bodies_by_method(operation, methods)
                found += [_entry(spec, m, verb, path, operation, bodies[m]) for m in methods]
            except ValueError as error:
                problems.append(f"{operation['operationId']}: {error}")
    return found, problems


def groups(spec: dict[str, Any], entries: list[dict[str, Any]]) -> dict[tuple[str, ...], str]:
    """The groups of commands (proper prefixes of their words) named like a spec tag, with the tag's
    description as their summary (``runs reviews``: the tag ``Reviews``). The command line sums up any
    other group by the commands it holds."""
    tags = {
        kebab(snake(tag["name"].replace(" ", "_"))): lower_first(first_sentence(tag.get("description")))
        for tag in spec.get("tags", [])
    }
    prefixes = sorted({entry["words"][:n] for entry in entries for n in range(1, len(entry["words"]))})
    return {prefix: tags[prefix[-1]] for prefix in prefixes if prefix[-1] in tags}
