"""Generate ``src/eigenpal/_generated`` from ``openapi.yaml`` with the pinned openapi-python-client.

Usage: ``python codegen/generate.py [--output DIR] [--spec FILE]``.

This runs the generator exactly as its CLI does (``--meta none --config codegen/config.yaml
--custom-template-path templates --overwrite``) with one addition: the spec's operations are exposed to the
templates as the Jinja global ``operations`` (by operationId), so templates can read our vendor extensions
(``x-eigenpal-method``, ``x-slashes``, ``x-eigenpal-pagination``) that the generator's own model drops, and
the multipart ``encoding`` content types as ``part_content_types``.
The output is then formatted with the repository's pinned ruff, and the spec itself is written beside
it as ``openapi.json`` (package data the emulator validates against). Nothing edits generated text.

The client tree is rendered too, into the runtime beside the package: ``DIR/../_async/_facade.py``
(``src/eigenpal/_async/_facade.py`` by default), from which ``codegen/unasync.py`` derives the sync one,
with the seed-era aliases of ``aliases.yaml`` (``--aliases FILE``) in it. An alias whose target method,
argument or value does not exist stops generation, as an incomplete spec does, before anything is written.
The command line's table of spec commands (``codegen/cli.py``) goes into ``DIR/../cli/_operations.py``.
"""

from __future__ import annotations

import argparse
import json
import pprint
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import aliases
import facade
import yaml
from openapi_python_client import Project, _get_document
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.properties import Class

import cli

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = ROOT / "src" / "eigenpal" / "_generated"
ENDPOINT_PACKAGE = "operations"
"""Every endpoint module is ``_generated/api/operations/<module>.py``: the import path ignores tags."""
FACADE = Path("_async") / "_facade.py"
"""Where the client tree goes, relative to the folder holding the generated package."""
RESOURCES = ROOT / "src" / "eigenpal" / "_async" / "resources"
"""The hand-written mixins, whose methods an alias may name (their signatures are read from here)."""
CLI_TABLE = Path("cli") / "_operations.py"
"""Where the command line's table of spec commands goes, relative to the same folder."""


def generate(spec_path: Path, output: Path, aliases_path: Path = ROOT / "aliases.yaml") -> list[str]:
    """Render the generated package into ``output``; return the generator's error messages."""
    config = Config.from_sources(
        ConfigFile.load_from_path(ROOT / "codegen" / "config.yaml"),
        MetaType.NONE,
        spec_path,
        "utf-8",
        overwrite=True,
        output_path=output,
    )
    document = _get_document(source=spec_path, timeout=config.http_timeout)
    if isinstance(document, GeneratorError):
        return [str(document)]
    problems = facade.check_spec(document)
    if problems:
        return problems
    for item in document["paths"].values():  # one module folder whatever the tags: a retag moves nothing
        for operation in item.values():
            if isinstance(operation, dict) and "operationId" in operation:
                operation["tags"] = [ENDPOINT_PACKAGE]
    openapi = GeneratorData.from_dict(document, config=config)
    if isinstance(openapi, GeneratorError):
        return [str(openapi)]
    _keep_mapping_methods(openapi, config)
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    endpoints = {e.name: e for c in openapi.endpoint_collections_by_tag.values() for e in c.endpoints}
    tree = facade.build(spec, endpoints)
    problems = facade.unknown_mixins(tree)
    if not aliases_path.is_file():
        problems.append(f"{aliases_path} does not exist: the seed-era aliases are rendered from it")
        return problems
    seed_era, alias_problems = aliases.attach(aliases.load(aliases_path), tree, spec, RESOURCES)
    commands, command_problems = cli.commands(spec)
    problems += alias_problems + command_problems
    if problems:
        return problems
    if output.exists():
        shutil.rmtree(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    project = Project(openapi=openapi, config=config, custom_template_path=ROOT / "templates")
    project.env.globals["operations"] = _operations(spec)
    project.env.globals["part_content_types"] = _part_content_types(spec)
    project.env.globals["schema_classes"] = _schema_classes(spec, config)
    errors = [f"{e.header or ''}: {e.detail or ''}".strip() for e in project.build()]
    # The generator always writes a project .gitignore and an HTTP client module; endpoints here only
    # build requests (the runtime sends them), so neither has a use.
    for unused in (".gitignore", "client.py"):
        (output / unused).unlink(missing_ok=True)
    _render_modules(project, spec, output)
    # The spec travels with the code generated from it: the emulator serves and validates against it.
    (output / "openapi.json").write_text(
        json.dumps(spec, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    _format(output)
    _render_facade(project, tree, seed_era, output.parent / FACADE)
    _render_cli_table(project, spec, commands, output.parent / CLI_TABLE)
    return errors


def _operations(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each operation of the spec by operationId, with its wire ``path`` and ``method`` added."""
    return {
        operation["operationId"]: {**operation, "path": path, "method": method}
        for path, item in spec["paths"].items()
        for method, operation in item.items()
    }


def _schema_classes(spec: dict[str, Any], config: Config) -> set[str]:
    """The class names of the spec's named schemas: what a repr shows by name. An object declared inline
    (a union member such as ``RunTriggerByType0``) has a made-up name, so it reads as a plain ``{...}``."""
    return {Class.from_string(string=name, config=config).name for name in spec["components"]["schemas"]}


def _render_modules(project: Project, spec: dict[str, Any], output: Path) -> None:
    """``rules.py`` (what each request field and query parameter accepts) and ``display.py`` (how models
    and pages read in a REPL, a notebook and a DataFrame)."""
    rules = project.env.get_template("rules.py.jinja").render(
        rules=facade.body_rules(spec), query=facade.query_rules(spec)
    )
    (output / "rules.py").write_text(rules, encoding="utf-8")
    display = project.env.get_template("display.py.jinja").render()
    (output / "display.py").write_text(display, encoding="utf-8")
    project.env.filters["pyrepr"] = repr
    webhooks = project.env.get_template("webhooks.py.jinja").render(**_webhooks(spec, project.config))
    (output / "webhooks.py").write_text(webhooks, encoding="utf-8")


def _webhooks(spec: dict[str, Any], config: Config) -> dict[str, Any]:
    """The spec's ``webhooks:`` (OpenAPI 3.1): each event type (the ``const`` of its body's ``type``) with
    its model class and summary, and the signature headers every delivery declares, in declared order."""
    schemas = spec["components"]["schemas"]
    parameters = spec["components"].get("parameters", {})
    events: dict[str, dict[str, str]] = {}
    headers: list[str] = []
    for name, item in spec.get("webhooks", {}).items():
        post = item["post"]
        ref = post["requestBody"]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[-1]
        event_type = schemas[ref]["properties"]["type"]["const"]
        if event_type != name:
            raise ValueError(
                f"webhooks.{name}: its body's type is {event_type!r}; name the webhook by its type"
            )
        events[event_type] = {
            "model": Class.from_string(string=ref, config=config).name,
            "summary": post["summary"],
        }
        declared = [parameters[p["$ref"].rsplit("/", 1)[-1]]["name"] for p in post.get("parameters", [])]
        if headers and declared != headers:
            raise ValueError(f"webhooks.{name}: its headers {declared} differ from the others' {headers}")
        headers = declared
    return {"events": events, "headers": tuple(headers)}


MAPPING_METHODS = frozenset({"get", "items", "keys", "values"})
"""Models are mappings of wire names, so a field may not take one of these attribute names."""


def _keep_mapping_methods(openapi: GeneratorData, config: Config) -> None:
    """A field named like a mapping method (``items`` of a list answer) gets a trailing ``_`` as its Python
    name, as a keyword does; its wire name, and ``model["items"]``, stay as the service spells them."""
    for model in openapi.models:
        for prop in (*model.required_properties, *model.optional_properties):
            if prop.python_name in MAPPING_METHODS:
                prop.set_python_name(f"{prop.python_name}_", config, skip_snake_case=True)


def _render_facade(project: Project, tree: facade.Node, seed_era: aliases.Aliases, path: Path) -> None:
    """The async client tree (``facade.py.jinja``), formatted as the hand-written code beside it is: with
    the repository's own ruff settings, as if it stood at ``src/eigenpal/_async/_facade.py`` wherever it
    is written, so ``make lint`` passes and a check in a temporary folder renders the same text."""
    nodes = tree.walk()
    models = sorted(
        {name for node in nodes for method in node.methods for name in method.imports} | seed_era.models
    )
    project.env.filters["pyrepr"] = repr
    text = project.env.get_template("facade.py.jinja").render(
        nodes=nodes, model_names=models, snake=facade.snake, aliases=seed_era
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(_ruff_format(text, DEFAULT_OUTPUT.parent / FACADE), encoding="utf-8")


def _render_cli_table(project: Project, spec: dict[str, Any], commands: list[Any], path: Path) -> None:
    """The command line's table of spec commands (``cli_operations.py.jinja``): Python literals, formatted
    with the repository's ruff settings as if written at ``src/eigenpal/cli/_operations.py``."""
    text = project.env.get_template("cli_operations.py.jinja").render(
        commands=pprint.pformat(tuple(commands), sort_dicts=False, width=100_000),
        groups=pprint.pformat(cli.groups(spec, commands), sort_dicts=False, width=100_000),
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(_ruff_format(text, DEFAULT_OUTPUT.parent / CLI_TABLE), encoding="utf-8")


def _ruff_format(text: str, where: Path) -> str:
    """``text`` with imports sorted and formatted by the repository's ruff settings, as a module at ``where``."""
    ruff = [sys.executable, "-m", "ruff"]
    config = ["--config", str(ROOT / "pyproject.toml"), "--stdin-filename", str(where)]
    for command in (["check", "--fix-only", "--exit-zero", "--quiet", "--select", "I,F401"], ["format"]):
        text = subprocess.run(
            [*ruff, *command, *config, "-"], input=text, capture_output=True, text=True, check=True
        ).stdout
    return text


def _part_content_types(spec: dict[str, Any]) -> dict[str, dict[str, str]]:
    """The declared ``encoding`` content type of each multipart text field, by schema and field name.

    OpenAPI puts ``encoding`` on the request body, not on the schema, so the model template (which renders
    a schema) reads it from here: ``RunStartMultipartRequest.input`` goes as ``application/json``. File
    fields (``format: binary``) keep the content type of the file they carry.
    """
    schemas = spec.get("components", {}).get("schemas", {})
    found: dict[str, dict[str, str]] = {}
    for operation in _operations(spec).values():
        if not isinstance(operation, dict):
            continue
        media = ((operation.get("requestBody") or {}).get("content") or {}).get("multipart/form-data") or {}
        name = (media.get("schema") or {}).get("$ref", "").rsplit("/", 1)[-1]
        fields = schemas.get(name, {}).get("properties", {})
        for field, encoding in (media.get("encoding") or {}).items():
            schema = fields.get(field, {})
            if encoding.get("contentType") and schema.get("type") == "string" and "format" not in schema:
                found.setdefault(name, {})[field] = encoding["contentType"]
    return found


def _format(output: Path) -> None:
    """Sort imports, drop unused ones and format, with fixed settings so the result never depends on where
    the tree is written (``make check-generated`` renders into a temporary directory)."""
    ruff = [sys.executable, "-m", "ruff"]
    settings = ["--isolated", "--line-length", "110", "--target-version", "py310"]
    fixes = ["--fix-only", "--exit-zero", "--quiet", "--select", "I,F401"]
    subprocess.run([*ruff, "check", *settings, *fixes, str(output)], check=True)
    subprocess.run([*ruff, "format", "--quiet", *settings, str(output)], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=ROOT / "openapi.yaml")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--aliases", type=Path, default=ROOT / "aliases.yaml")
    args: Any = parser.parse_args(argv)
    errors = generate(args.spec.resolve(), args.output.resolve(), args.aliases.resolve())
    for error in errors:
        print(f"generator: {error}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
