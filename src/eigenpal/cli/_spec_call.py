"""Running a spec command: its arguments become the method's call, and its answer is printed.

The call: the path values, then the file(s) or the JSON body (``--data`` with the field options laid
over it), as positionals; the query options and a multipart body's other fields as keywords by their
Python names; ``to=`` for a binary answer and ``progress=`` for a transfer. The call is checked against
the method's signature first, so an SDK without the method or an argument says so instead of failing
half-way. The SDK's usage errors are reworded in the command's own flags (``--expected-version`` for
``expected_version``).

The answer: JSON as every command prints it (a person's view, or the wire JSON with ``--json``), a
page's items (every page with ``--all``), text to stdout or ``--output``, bytes to ``--output`` or a pipe
(never to a terminal), a stream of JSON lines one per line as they arrive.
"""

from __future__ import annotations

import argparse
import inspect
import json
import re
import sys
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from eigenpal import EigenpalClient, EigenpalUsageError

from ._command import Handler, client_for, show
from ._messages import CliError, cli_terms, usage_error
from ._operations import Entry
from ._output import ProgressBar, note, to_jsonable
from ._spec_views import answer_view

_MISSING = object()


def handler_for(entry: Entry) -> Handler:
    def handler(args: argparse.Namespace) -> None:
        run(entry, args)

    return handler


def run(entry: Entry, args: argparse.Namespace) -> None:
    """Call the entry's method with the parsed arguments and print its answer."""
    destination = _destination(entry, args)
    method = _method(client_for(args), entry)
    positional, keywords = call_arguments(entry, args)
    if destination is not None:
        keywords["to"] = destination
    parameters = _check_call(entry, method, positional, keywords)
    with _progress(entry, parameters, keywords):
        try:
            result = method(*positional, **keywords)
        except EigenpalUsageError as error:
            raise usage_error(in_flags(entry, error.message)) from None
    show_answer(entry, args, result, destination)


def call_arguments(entry: Entry, args: argparse.Namespace) -> tuple[list[Any], dict[str, Any]]:
    """The method's positionals and keywords from the parsed arguments (options left out are not sent)."""
    positional: list[Any] = [getattr(args, f"path_{argument['name']}") for argument in entry["arguments"]]
    keywords: dict[str, Any] = {}
    for file in entry["files"]:
        value = getattr(args, f"file_{file['name']}")
        if value is not None:
            positional.append(list(value) if file["many"] else value)
    body: dict[str, Any] = dict(getattr(args, "data", None) or {})
    for option in entry["options"]:
        value = getattr(args, f"{option['where']}_{option['name']}", _MISSING)
        if value is _MISSING:
            continue
        if option["where"] == "body" and entry["body"] == "json":
            body[option["wire"]] = value
        else:
            keywords[option["name"]] = value
    if entry["body"] == "json" and (body or entry["body_required"]):
        positional.append(body)
    return positional, keywords


def in_flags(entry: Entry, message: str) -> str:
    """An SDK usage message in the command's terms: ``expected_version=...`` reads ``--expected-version``,
    ``task_id`` reads ``TASK``, a required field no option gives reads ``'apiKey' is required in --data``."""
    labels = {option["name"]: option["flag"] for option in entry["options"]}
    labels |= {argument["name"]: argument["metavar"] for argument in entry["arguments"]}
    labels |= {file["name"]: file["metavar"] for file in entry["files"]}
    labels |= {"data": "--data"} if entry["body"] == "json" else {}

    def required(match: re.Match[str]) -> str:
        name, wire = match[1], match[2]
        return (
            f"'{wire}' is required in --data"
            if name not in labels
            else f"{name} is required: pass {name}=... or '{wire}' in --data"
        )

    message = re.sub(r"\b(\w+) is required: pass \1=\.\.\. or '([^']+)' in data", required, message)
    for name, label in labels.items():
        pattern = rf"(?<![\w.'\"-]){re.escape(name)}(?==|\[|\s+(?:is|must|cannot|has|matches)\b)"
        message = re.sub(pattern, label, message)
    return cli_terms(message.replace(" in data", " in --data"))


def _method(client: EigenpalClient, entry: Entry) -> Callable[..., Any]:
    found: Any = client
    try:
        for part in entry["method"].split("."):
            found = getattr(found, part)
    except AttributeError:
        raise CliError(
            f"this version of the SDK has no client.{entry['method']} ({entry['operation']}); "
            "upgrade eigenpal to use this command"
        ) from None
    return found  # type: ignore[no-any-return]


def _check_call(
    entry: Entry, method: Callable[..., Any], positional: list[Any], keywords: dict[str, Any]
) -> Mapping[str, inspect.Parameter]:
    """The method's parameters, once the call is known to fit them (else an error naming the flags)."""
    signature = inspect.signature(method)
    parameters = signature.parameters
    try:
        signature.bind(*positional, **keywords)
    except TypeError as error:
        flags = {option["name"]: option["flag"] for option in entry["options"]}
        unknown = [flags.get(name, name) for name in keywords if name not in parameters]
        what = f"cannot send {', '.join(unknown)}" if unknown else f"does not fit this call ({error})"
        raise CliError(
            f"this version of the SDK's client.{entry['method']} {what}; upgrade eigenpal to use it"
        ) from None
    return parameters


@contextmanager
def _progress(
    entry: Entry, parameters: Mapping[str, inspect.Parameter], keywords: dict[str, Any]
) -> Iterator[None]:
    """A transfer bar on a terminal for an upload or a download that reports progress."""
    label = "download" if entry["answer"] == "bytes" else "upload" if entry["files"] else None
    if label is None or "progress" not in parameters:
        yield
        return
    with ProgressBar(label) as bar:
        keywords["progress"] = bar
        yield


def _destination(entry: Entry, args: argparse.Namespace) -> str | IO[bytes] | None:
    """Where a binary answer goes: ``--output FILE``, else stdout when it is not a terminal (checked
    before anything is sent)."""
    if entry["answer"] != "bytes":
        return None
    if args.output and args.output != "-":
        return str(args.output)
    if sys.stdout.isatty():
        raise usage_error(
            "the answer is binary: pass --output FILE, or redirect stdout (> FILE)",
            [("usage", f"eigenpal {' '.join(entry['words'])} --help")],
        )
    sys.stdout.flush()
    return sys.stdout.buffer


def show_answer(entry: Entry, args: argparse.Namespace, result: Any, destination: Any) -> None:
    if entry["paged"]:
        items = list(result.iter_all()) if args.all else list(result)
        show(args, items, answer_view)
        if not args.all and result.has_next_page():
            note("more exist: pass --all to list every page")
    elif entry["answer"] == "lines":
        for line in result:  # each line as sent (a JSONLine is the text of one JSON value)
            text = line if isinstance(line, str) else json.dumps(to_jsonable(line), ensure_ascii=False)
            print(text, flush=True)
    elif entry["answer"] == "text" and isinstance(result, str):
        _write_text(args, result)
    elif entry["answer"] == "bytes":
        if isinstance(destination, str):
            show(args, {"path": destination, "bytes": result})
    elif result is not None:
        show(args, result, answer_view)


def _write_text(args: argparse.Namespace, text: str) -> None:
    if args.output and args.output != "-":
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
