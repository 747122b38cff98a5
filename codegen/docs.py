"""Generate ``docs/reference.md`` from ``openapi.yaml`` and the facade's real signatures.

Usage: ``python codegen/docs.py [--check]``. ``--check`` fails with a diff when the committed reference
is stale (``make check-docs``). The spec gives routes, parameters and descriptions; the clients give the
Python signatures (sync and async), so the reference cannot drift from either.
"""

from __future__ import annotations

import argparse
import difflib
import functools
import inspect
import json
import re
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "docs" / "reference.md"
METHODS = ("get", "put", "post", "patch", "delete")
ERRORS = {
    "400": "EigenpalValidationError",
    "401": "EigenpalAuthError",
    "403": "EigenpalForbiddenError",
    "404": "EigenpalNotFoundError",
    "413": "EigenpalAPIError",
    "429": "EigenpalRateLimitError",
    "500": "EigenpalServerError",
}
CLIENT_ONLY = {
    "run_and_wait": "Start a run and wait for its end (long-poll, then polling). No route of its own.",
    "runs.wait": "Wait for an existing run to end (polling `runs.get`); resumable. No route of its own.",
}


sys.path.insert(0, str(ROOT / "codegen"))
from facade import snake  # noqa: E402  (the facade's own spelling of wire names)


def _operations(spec: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    found = {}
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if method not in METHODS:
                continue
            names = operation["x-eigenpal-method"]
            for name in names if isinstance(names, list) else [names]:
                found[name] = (method.upper(), path, operation)
    return found


def _resolve(client: Any, dotted: str) -> Any:
    target = client
    for part in dotted.split("."):
        target = getattr(target, part)
    return target


def _annotation(annotation: Any) -> str:
    """An annotation as written in the source (they are strings under ``from __future__ import annotations``)."""
    return annotation if isinstance(annotation, str) else inspect.formatannotation(annotation)


def _default(value: Any) -> str:
    """A default as it is written in Python code (strings with double quotes, as ruff formats them; a set's
    items sorted, since their order changes with the hash seed from one run to the next)."""
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, (set, frozenset)):
        items = ", ".join(_default(item) for item in sorted(value, key=repr))
        return f"{type(value).__name__}({{{items}}})" if items else f"{type(value).__name__}()"
    return repr(value)


def _signature(function: Any, prefix: str, hidden: frozenset[str] = frozenset()) -> str:
    signature = inspect.signature(function)
    parts, keyword_only = [], False
    for parameter in signature.parameters.values():
        if parameter.name in hidden:
            continue
        if parameter.kind is parameter.KEYWORD_ONLY and not keyword_only:
            parts.append("*")
            keyword_only = True
        text = parameter.name
        if parameter.annotation is not parameter.empty:
            text += f": {_annotation(parameter.annotation)}"
        if parameter.default is not parameter.empty:
            text += f" = {_default(parameter.default)}"
        parts.append(text)
    returns = (
        ""
        if signature.return_annotation is signature.empty
        else f" -> {_annotation(signature.return_annotation)}"
    )
    return f"{prefix}def {function.__name__}({', '.join(parts)}){returns}: ..."


def _schema_name(schema: dict[str, Any]) -> str:
    ref = schema.get("$ref", "")
    return ref.rsplit("/", 1)[-1] if ref else schema.get("type", "object")


def _tree(names: list[str]) -> list[str]:
    """The method tree as a nested list; every method links to its section."""
    tree: dict[str, Any] = {}
    for name in names:
        node = tree
        for part in name.split("."):
            node = node.setdefault(part, {})
    lines = ["- `client`"]

    def walk(node: dict[str, Any], prefix: str, depth: int) -> None:
        for key, child in sorted(node.items(), key=lambda kv: (bool(kv[1]), kv[0])):
            dotted = prefix + key
            label = f"[`{key}`](#{_anchor(dotted)})" if dotted in names else f"`{key}`"
            lines.append(f"{'  ' * depth}- {label}")
            walk(child, dotted + ".", depth + 1)

    walk(tree, "", 1)
    return lines


def _anchor(dotted: str) -> str:
    return "client-" + dotted.replace(".", "-").replace("_", "-")


def render() -> str:
    sys.path.insert(0, str(ROOT / "src"))
    from eigenpal import AsyncEigenpalClient, EigenpalClient

    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    operations = _operations(spec)
    sync_client = EigenpalClient(api_key="reference", base_url="http://reference.invalid")
    async_client = AsyncEigenpalClient(api_key="reference", base_url="http://reference.invalid")
    names = sorted([*operations, *CLIENT_ONLY], key=lambda n: (n.count(".") > 0, n))
    out = [
        "# eigenpal reference",
        "",
        "<!-- Generated by codegen/docs.py from openapi.yaml and the clients; edit those, then `make docs`. -->",
        "",
        "Every method exists on `EigenpalClient` (blocking) and `AsyncEigenpalClient` (awaited, asyncio",
        "and trio) with the same name and parameters. Every method also takes `options=RequestOptions(...)`",
        "(per-call `timeout_seconds`, `max_retries`, `headers`). Errors are raised as the `EigenpalError`",
        "subclass of the status; see the README for the retry policy.",
        "",
        "## Surface",
        "",
        *_tree(names),
        "",
        "## Client construction",
        "",
        "```python",
        "class EigenpalClient:",
        _signature(EigenpalClient.__init__, "    "),
        "",
        "class AsyncEigenpalClient:",
        _signature(AsyncEigenpalClient.__init__, "    "),
        "```",
        "",
        "| Option | Default | Description |",
        "|---|---|---|",
        "| `api_key` | `EIGENPAL_API_KEY` | Bearer key from the dashboard; the argument wins over the variable. |",
        "| `base_url` | `EIGENPAL_BASE_URL`, then `https://studio.eigenpal.com` | Your deployment, for self-hosted setups. |",
        "| `timeout_seconds` | `60.0` | The deadline of each attempt of a call, in seconds or an `httpx.Timeout`. |",
        "| `max_retries` | `2` | Retries of requests that are safe to repeat. |",
        "| `default_headers` | none | Extra headers on every request. |",
        "| `http_client` | a pooled client | Your own `httpx.Client` / `httpx.AsyncClient`, with its own proxies. |",
        "| `max_response_bytes` | `67108864` (64 MiB) | The most read of a JSON answer, an error body or a stream line. |",
        "| `proxy` | none | An `http://` proxy for an https API, instead of the environment's (README: Proxies). |",
        "| `trust_env` | `True` | Read `HTTPS_PROXY`, `ALL_PROXY` and `NO_PROXY` from the environment. |",
        "",
        "`with_options(api_key=..., base_url=..., timeout_seconds=..., max_retries=..., default_headers=...,",
        "max_response_bytes=...)` returns a client sharing the connection pool; `raw_responses()` records the",
        "HTTP answers of the calls made in its block (status, headers, request id).",
        "",
        "## Methods",
        "",
    ]
    for name in names:
        out += _method(name, operations.get(name), sync_client, async_client, spec)
    out += _sections()
    out += ["## Errors", "", "| Status | Exception |", "|---|---|"]
    out += [f"| {status} | `{error}` |" for status, error in ERRORS.items()]
    out += [
        "| other 4xx, 5xx | `EigenpalAPIError` / `EigenpalServerError` |",
        "| timeout | `EigenpalTimeoutError` |",
        "| no connection | `EigenpalConnectionError` |",
        "| non-API answer | `EigenpalResponseError` |",
        "| bad argument | `EigenpalUsageError` (before any request) |",
        "",
        "Every API error carries `status`, `request_id`, `envelope`, `issues`, `codes` and `response` (a",
        "`RawResponse`: status, headers, request id, method, URL); a 429 or 503 also `retry_after` (seconds).",
        "",
    ]
    return "\n".join(out)


def _sections() -> list[str]:
    """Pages, the lifecycle helpers, webhooks, the emulator and every model's fields, from the code itself."""
    from eigenpal import AsyncPage, Page, RawResponse, RequestOptions, lifecycle, webhooks
    from eigenpal._generated import models
    from eigenpal.emulator import Emulator

    out = ["## Options and pages", ""]
    for cls in (RequestOptions, RawResponse, Page, AsyncPage):
        out += _class(cls)
    out += ["## Lifecycle helpers (`eigenpal.lifecycle`)", ""]
    for name in lifecycle.__all__:
        value = getattr(lifecycle, name)
        out += _class(value) if inspect.isclass(value) and not _is_alias(value) else _function(value, name)
    out += ["## Webhooks (`eigenpal.webhooks`)", ""]
    for name in webhooks.__all__:  # its own classes and functions; the event models are under Models
        value = getattr(webhooks, name)
        if getattr(value, "__module__", "").startswith("eigenpal.webhooks"):
            out += _class(value) if inspect.isclass(value) else _function(value, name)
    out += ["## The emulator (`eigenpal.emulator`)", "", *_class(Emulator)]
    out += ["## Models (`eigenpal.types`)", ""]
    for name in sorted(models.__all__):
        out += _model(getattr(models, name), name)
    return out


def _is_alias(value: Any) -> bool:
    return getattr(value, "__origin__", None) is not None


def _class(cls: Any) -> list[str]:
    """A class's docstring and its public methods and properties, as stubs."""
    lines = [
        f"### `{cls.__name__}`",
        "",
        inspect.getdoc(cls) or "",
        "",
        "```python",
        f"class {cls.__name__}:",
    ]
    for name, member in sorted(vars(cls).items()):
        if name.startswith("_") and name != "__init__":
            continue
        if isinstance(member, property) or hasattr(member, "func"):
            getter = member.fget if isinstance(member, property) else member.func
            returns = inspect.signature(getter).return_annotation
            lines += ["    @property", f"    def {name}(self) -> {_annotation(returns)}: ..."]
        elif inspect.isfunction(member):
            lines.append(_signature(member, "    async " if inspect.iscoroutinefunction(member) else "    "))
    return [*lines, "```", ""]


def _function(function: Any, name: str) -> list[str]:
    if not callable(function) or _is_alias(function):
        return [f"### `{name}`", "", f"`{name} = {function!r}`", ""]
    return [
        f"### `{name}`",
        "",
        inspect.getdoc(function) or "",
        "",
        "```python",
        _signature(function, ""),
        "```",
        "",
    ]


@functools.cache
def _free_form_names() -> re.Pattern[str]:
    """The generated names that are free-form JSON (aliases of ``JSONObject``), to show as what they are."""
    from eigenpal._generated import models
    from eigenpal._generated.types import JSONObject

    names = [name for name in models.__all__ if getattr(models, name) is JSONObject]
    return re.compile(r"\b(" + "|".join(map(re.escape, names)) + r")\b")


def _model(cls: Any, name: str) -> list[str]:
    """One model: its fields with their wire names and types, or an enum's values."""
    import enum

    if isinstance(cls, type) and issubclass(cls, enum.Enum):
        return [f"### `{name}`", "", "Values: " + ", ".join(f"`{m.value}`" for m in cls), ""]
    if not hasattr(cls, "__attrs_attrs__"):
        return [
            f"### `{name}`",
            "",
            f"Free-form JSON: a `{cls.__name__}` (a `dict` whose keys also read as attributes).",
            "",
        ]
    wire = {python: wire for wire, python in cls._WIRE_NAMES.items()}
    lines = [f"### `{name}`", "", (inspect.getdoc(cls) or "").split("\n\n")[0], ""]
    lines += ["| Field | Wire | Type | Always sent |", "|---|---|---|---|"]
    for field in cls.__attrs_attrs__:
        if field.name == "additional_properties":
            continue
        kind = _free_form_names().sub("JSONObject", str(field.type)).replace("|", "\\|")
        sent = "yes" if wire[field.name] in cls._REQUIRED_KEYS else "no (`UNSET` when absent)"
        lines.append(f"| `{field.name}` | `{wire[field.name]}` | `{kind}` | {sent} |")
    return [*lines, ""]


def _arguments(name: str, op: dict[str, Any], function: Any, spec: dict[str, Any]) -> list[str]:
    """The argument table, one row per argument of the real signature, each matched to what the spec says
    of it (path, query and header parameters, and JSON body fields). A spec parameter without an argument
    is an error: the facade has drifted from the spec."""
    parameters = op.get("parameters", [])
    arguments = [
        a
        for a in inspect.signature(function).parameters.values()
        if a.name not in ("self", "options") and a.name not in _deprecated_keywords(name)
    ]
    positional = [a.name for a in arguments if a.kind is a.POSITIONAL_OR_KEYWORD]
    described: dict[str, tuple[str, str, dict[str, Any]]] = {}
    for parameter, argument in zip(
        [p for p in parameters if p.get("in") == "path"], positional, strict=False
    ):
        described[argument] = (parameter["name"], "path", parameter)
    for parameter in parameters:
        if parameter.get("in") == "query":
            described.setdefault(snake(parameter["name"]), (parameter["name"], "query", parameter))
        elif parameter.get("in") == "header":
            described.setdefault(
                snake(parameter["name"].split("-")[-1]), (parameter["name"], "header", parameter)
            )
    media = ((op.get("requestBody") or {}).get("content") or {}).get("application/json") or {}
    body = _resolve_schema(spec, media.get("schema") or {})
    for wire, schema in (body.get("properties") or {}).items():
        described.setdefault(snake(wire), (wire, "body", schema))
    names = {a.name for a in arguments}
    missing = [
        f"{where} {wire}"
        for key, (wire, where, _) in described.items()
        if where != "body" and key not in names
    ]
    if missing:
        raise SystemExit(f"docs: client.{name} has no argument for the spec's {', '.join(missing)}")
    if not arguments:
        return []
    lines = ["| Argument | Type | Default | Wire | Description |", "|---|---|---|---|---|"]
    for argument in arguments:
        wire, where, schema = described.get(argument.name, ("", "", {}))
        annotation = f"`{_annotation(argument.annotation)}`".replace("|", "\\|") + _limits(schema)
        default = (
            "required" if argument.default is inspect.Parameter.empty else f"`{_default(argument.default)}`"
        )
        text = (schema.get("description") or (schema.get("schema") or {}).get("description") or "").replace(
            "|", "\\|"
        )
        text = text.replace("Flag: send `true` to enable.", "Pass `True` to enable.")
        location = f"`{wire}` ({where})" if wire else "(SDK)"
        lines.append(
            f"| `{argument.name}` | {annotation} | {default} | {location} | {' '.join(text.split())} |"
        )
    return [*lines, ""]


@functools.cache
def _deprecated_keywords(name: str) -> dict[str, str]:
    """The deprecated keywords ``aliases.yaml`` keeps on a method, each with what it became (or "refused")."""
    keywords = (
        yaml.safe_load((ROOT / "aliases.yaml").read_text(encoding="utf-8")).get("keywords") or {}
    ).get(name) or {}
    found = {}
    for old, entry in keywords.items():
        target = entry if isinstance(entry, str) else entry.get("to")
        found[old] = f"`{target}`" if target else "refused"
    return found


def _limits(described: dict[str, Any]) -> str:
    """The range, length or list form a parameter or field allows, as `` · 1 to 100``."""
    schema = described.get("schema", described)
    options = [o for o in schema.get("anyOf") or [] if o.get("type") != "null"]
    schema = options[0] if len(options) == 1 else schema
    low = schema.get("minimum", schema.get("minLength"))
    high = schema.get("maximum", schema.get("maxLength"))
    unit = " characters" if "minLength" in schema or "maxLength" in schema else ""
    high = None if high is not None and high >= 2**53 - 1 else high
    if "exclusiveMinimum" in schema:
        bounds = f"> {schema['exclusiveMinimum']}" + (f", ≤ {high}" if high is not None else "")
    elif low is not None and high is not None:
        bounds = f"{low} to {high}{unit}"
    elif low is not None:
        bounds = f"≥ {low}{unit}"
    elif high is not None:
        bounds = f"≤ {high}{unit}"
    else:
        bounds = ""
    listed = "a list or a comma-separated string" if schema.get("x-format") == "comma-separated" else ""
    text = ", ".join(filter(None, [bounds, listed]))
    return f" · {text}" if text else ""


def _resolve_schema(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def _method(
    name: str,
    operation: tuple[str, str, dict[str, Any]] | None,
    sync_client: Any,
    async_client: Any,
    spec: dict[str, Any],
) -> list[str]:
    try:
        sync_function = _resolve(sync_client, name)
        async_function = _resolve(async_client, name)
    except AttributeError:
        raise SystemExit(f"docs: client.{name} is in openapi.yaml but not on the clients") from None
    lines = [f'<a id="{_anchor(name)}"></a>', "", f"### `client.{name}`", ""]
    if operation is None:
        lines += [CLIENT_ONLY[name], ""]
    else:
        verb, path, op = operation
        lines += [f"`{verb} {path}` · {op.get('summary', '')}", "", (op.get("description") or "").strip(), ""]
    hidden = frozenset(_deprecated_keywords(name))
    lines += [
        "```python",
        _signature(sync_function, "", hidden),
        _signature(async_function, "async ", hidden),
        "```",
        "",
    ]
    doc = inspect.getdoc(sync_function)
    if doc:
        lines += [doc, ""]
    if operation is None:
        return lines
    _, _, op = operation
    lines += _arguments(name, op, sync_function, spec)
    if hidden:
        renamed = ", ".join(f"`{old}` → {new}" for old, new in _deprecated_keywords(name).items())
        lines += [
            f"**Deprecated keywords** (the June 2026 API; they warn, see `aliases.yaml`): {renamed}.",
            "",
        ]
    body = op.get("requestBody")
    if body:
        kinds = ", ".join(
            f"`{ct}` → `{_schema_name(media['schema'])}`" for ct, media in body["content"].items()
        )
        lines += [f"**Request body:** {kinds}", ""]
    successes = [
        f"{status}: `{', '.join(response.get('content', {})) or 'no body'}`"
        for status, response in op["responses"].items()
        if status.startswith("2")
    ]
    lines += [f"**Responses:** {'; '.join(successes)}", ""]
    errors = sorted({ERRORS[s] for s in op["responses"] if s in ERRORS})
    lines += [f"**Errors:** {', '.join(f'`{e}`' for e in errors)}", ""]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            sys.stdout.writelines(
                difflib.unified_diff(
                    current.splitlines(True), text.splitlines(True), str(OUTPUT), "codegen/docs.py"
                )
            )
            print("docs/reference.md is stale: run `make docs`", file=sys.stderr)
            return 1
        print("check-docs: docs/reference.md matches openapi.yaml and the clients")
        return 0
    OUTPUT.parent.mkdir(exist_ok=True)
    OUTPUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
