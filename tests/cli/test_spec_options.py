"""The options of spec commands reach the wire as typed (hypothesis, against a server that records every
request): query parameters under their wire names (numbers as written, lists comma-separated, flags as
``true``), body fields as JSON of their type (text as typed, whole numbers, lists, booleans, any JSON
value), and a value the spec refuses never leaves the machine."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stderr, redirect_stdout
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eigenpal.cli import EXIT_OK, EXIT_USAGE, main
from eigenpal.cli._operations import COMMANDS
from tests.support.canned_server import Canned, CannedServer
from tests.support.spec import load_spec, operations

HEALTH = "automations.reviews.health"
SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
TEXT = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1, max_size=30
)
ITEM = st.text(
    st.characters(whitelist_categories=("L", "N"), whitelist_characters="_-."), min_size=1, max_size=12
)
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
    max_leaves=8,
)


def values(method: str, flag: str) -> list[str]:
    """The spec's values for an option, from the command line's table."""
    entry = next(entry for entry in COMMANDS if entry["method"] == method)
    return next(option["rule"]["values"] for option in entry["options"] if option["flag"] == flag)


def answer(operation_id: str) -> bytes:
    """The smallest JSON answer of the operation's shape: its required fields, each at its least value."""
    (operation,) = [o for _, _, o in operations() if o["operationId"] == operation_id]
    response = next(r for status, r in operation["responses"].items() if status.startswith("2"))
    return json.dumps(least(response["content"]["application/json"]["schema"])).encode()


def least(schema: dict[str, Any]) -> Any:
    """The least value a schema allows: required fields only, the first choice, zero, empty."""
    while "$ref" in schema:
        schema = load_spec()["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    if "const" in schema or "enum" in schema:
        return schema["const"] if "const" in schema else schema["enum"][0]
    if schema.get("anyOf") or schema.get("oneOf"):
        return least((schema.get("anyOf") or schema["oneOf"])[0])
    kind = schema.get("type")
    kind = kind[0] if isinstance(kind, list) else kind
    if kind == "object":
        return {name: least(schema["properties"][name]) for name in schema.get("required", [])}
    if kind == "string" and schema.get("format") in ("date-time", "date"):
        return "2026-01-01T00:00:00Z"[: 10 if schema["format"] == "date" else None]
    return {
        "string": "",
        "integer": schema.get("minimum", 0),
        "number": 0,
        "boolean": False,
        "array": [],
    }.get(kind or "null")


def run_at(server: CannedServer, operation_id: str, *args: str) -> tuple[int, str]:
    """The command in this process against ``server``, which answers as the operation does; the exit code
    and stderr."""
    server.requests.clear()
    server.queue.clear()
    server.push(Canned(body=answer(operation_id)))
    err = io.StringIO()
    with redirect_stdout(io.StringIO()), redirect_stderr(err):
        code = main([*args, "--base-url", server.url, "--api-key", "k"])
    return code, err.getvalue()


def options(given: dict[str, Any]) -> list[str]:
    """``--flag=value`` for each option given (``=`` keeps a value that starts with ``-`` a value)."""
    return [f"{flag}={value}" for flag, value in given.items() if value is not None]


@SETTINGS
@given(
    kind=st.none() | st.sampled_from(values("automations.reviews.health", "--type")),
    bucket=st.none() | st.sampled_from(values("automations.reviews.health", "--bucket")),
    status=st.none() | st.lists(ITEM, min_size=1, max_size=3),
    trigger=st.none() | TEXT,
    window=st.none() | st.integers(1, 1000),
)
def test_query_options_reach_the_wire_under_their_names(
    canned_server: CannedServer,
    kind: str | None,
    bucket: str | None,
    status: list[str] | None,
    trigger: str | None,
    window: int | None,
) -> None:
    typed = {
        "--type": kind,
        "--bucket": bucket,
        "--status": ",".join(status) if status else None,
        "--trigger": trigger,
        "--rolling-window": window,
    }
    code, err = run_at(
        canned_server, HEALTH, "automations", "reviews", "health", "workflows.x", *options(typed)
    )
    assert code == EXIT_OK, err
    (request,) = canned_server.requests
    assert urlsplit(request.path).path == "/v1/automations/workflows.x/reviews/health"
    wire = {
        "type": kind,
        "bucket": bucket,
        "status": typed["--status"],
        "trigger": trigger,
        "rollingWindow": window,
    }
    expected = {name: str(value) for name, value in wire.items() if value is not None}
    assert dict(parse_qsl(urlsplit(request.path).query, keep_blank_values=True)) == expected


@SETTINGS
@given(
    filename=TEXT,
    content_type=TEXT,
    size=st.integers(-(2**40), 2**40),
    purpose=st.none() | st.sampled_from(values("files.create_upload", "--purpose")),
    key=st.none() | TEXT,
)
def test_body_options_reach_the_wire_as_json_of_their_type(
    canned_server: CannedServer,
    filename: str,
    content_type: str,
    size: int,
    purpose: str | None,
    key: str | None,
) -> None:
    typed = {"--filename": filename, "--content-type": content_type, "--size": size, "--purpose": purpose}
    code, err = run_at(
        canned_server,
        "files.uploads.create",
        "files",
        "create-upload",
        *options(typed | {"--idempotency-key": key}),
    )
    assert code == EXIT_OK, err
    (request,) = canned_server.requests
    wire = {
        "filename": filename,
        "contentType": content_type,
        "size": size,
        "purpose": purpose,
        "idempotencyKey": key,
    }
    assert json.loads(request.body) == {name: value for name, value in wire.items() if value is not None}


@SETTINGS
@given(value=JSON, confirmed=st.none() | st.booleans(), names=st.lists(ITEM, min_size=1, max_size=4))
def test_json_values_booleans_and_lists_reach_the_wire(
    canned_server: CannedServer, value: Any, confirmed: bool | None, names: list[str]
) -> None:
    switch = [] if confirmed is None else ["--confirmed" if confirmed else "--no-confirmed"]
    code, err = run_at(
        canned_server, "humanReviews.fields.confirm", "human-reviews", "confirm-field", "task_1", "--expected-version=4",
        "--idempotency-key=k1", "--path=total", f"--value={json.dumps(value)}", *switch,
    )  # fmt: skip
    assert code == EXIT_OK, err
    sent = json.loads(canned_server.requests[0].body)
    expected = {"expectedVersion": 4, "idempotencyKey": "k1", "path": "total", "value": value}
    assert sent == expected | ({} if confirmed is None else {"confirmed": confirmed})
    code, err = run_at(
        canned_server, "automations.datasetReviewRequests.create", "automations", "dataset-review-requests",
        "create", "workflows.x",
        "--title=t", f"--example-names={','.join(names)}",
    )  # fmt: skip
    assert code == EXIT_OK, err
    assert json.loads(canned_server.requests[0].body) == {"title": "t", "exampleNames": names}


@SETTINGS
@given(
    window=st.integers().filter(lambda n: not 1 <= n <= 1000).map(str)
    | TEXT.filter(lambda text: not text.strip().lstrip("+-").isdigit()),
    bucket=TEXT.filter(lambda text: text not in values("automations.reviews.health", "--bucket")),
)
def test_a_value_the_spec_refuses_is_a_usage_error_and_nothing_is_sent(
    canned_server: CannedServer, window: str, bucket: str
) -> None:
    for flag, value in (("--rolling-window", window), ("--bucket", bucket)):
        code, err = run_at(
            canned_server, HEALTH, "automations", "reviews", "health", "workflows.x", f"{flag}={value}"
        )
        assert code == EXIT_USAGE and flag in err, err
        assert canned_server.requests == []
