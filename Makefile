# One entry point for every task. Each target sets up .venv from pyproject.toml first, so a fresh
# clone needs nothing but Python 3.10+ and make.
PYTHON ?= python3
VENV := .venv
BENCH_VENV := .bench-venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
GENERATED := src/eigenpal/_generated
FACADE := src/eigenpal/_async/_facade.py
CLI_TABLE := src/eigenpal/cli/_operations.py

.PHONY: setup generate check-generated spec-diff docs check-docs demo test lint format typecheck bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

## Regenerate src/eigenpal/_generated and the client tree ($(FACADE)) from openapi.yaml + templates/, and
## src/eigenpal/_sync from _async.
generate: $(STAMP)
	$(BIN)/python codegen/generate.py
	$(BIN)/python codegen/unasync.py

## Fail with a diff when the committed generated tree, client tree or CLI table differs from a fresh generation.
check-generated: $(STAMP)
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(BIN)/python codegen/generate.py --output "$$tmp/_generated" >/dev/null && \
	diff -ru -x __pycache__ $(GENERATED) "$$tmp/_generated" && \
	diff -u $(FACADE) "$$tmp/_async/_facade.py" && \
	diff -u $(CLI_TABLE) "$$tmp/cli/_operations.py" && \
	echo "check-generated: $(GENERATED), $(FACADE) and $(CLI_TABLE) match openapi.yaml + templates/"
	$(BIN)/python codegen/unasync.py --check && echo "check-generated: every _sync folder matches its _async folder"

## What changed in the spec: a Markdown report of operations, parameters, bodies, fields, enum values and
## status codes added, removed, renamed or retyped, each classified breaking or additive (codegen/README.md).
## By default it compares openapi.yaml with its previous committed version: HEAD's when the working file
## differs from it (an uncommitted edit), else the version before the last commit that changed openapi.yaml
## (that commit's first parent's; none: every operation reads as added). `make spec-diff OLD=a.yaml
## NEW=b.json` compares any two YAML or JSON files, or committed versions (`OLD=HEAD~3:openapi.yaml`).
## `SPEC_DIFF_ARGS=--fail-on-breaking` fails when a change is breaking (the script exits 1; for CI, off by
## default).
spec-diff: $(STAMP)
	@$(BIN)/python codegen/spec_diff.py $(if $(OLD),--old '$(OLD)') $(if $(NEW),--new '$(NEW)') $(SPEC_DIFF_ARGS)

## Regenerate docs/reference.md from openapi.yaml and the clients; check-docs fails when it is stale.
docs: $(STAMP)
	$(BIN)/python codegen/docs.py

check-docs: $(STAMP)
	$(BIN)/python codegen/docs.py --check

## The production lifecycle, end to end, against the embedded emulator.
demo: $(STAMP)
	$(BIN)/python examples/lifecycle_demo.py

test: $(STAMP)
	$(BIN)/python -m pytest

## Style, formatting, and the floors of docs/architecture.md (import-linter contracts in pyproject.toml).
lint: $(STAMP)
	$(BIN)/ruff check src tests codegen benchmarks examples
	$(BIN)/ruff format --check src tests codegen benchmarks examples
	$(BIN)/lint-imports --no-cache --no-logo

format: $(STAMP)
	$(BIN)/ruff check --fix src tests codegen benchmarks examples
	$(BIN)/ruff format src tests codegen benchmarks examples

typecheck: $(STAMP)
	$(BIN)/mypy --strict src

clean:
	rm -rf $(VENV) $(BENCH_VENV) build dist .mypy_cache .ruff_cache

## Benchmarks (figures, not pass/fail tests): each goal next to raw httpx and aiohttp; `BENCH_ARGS=--quick`
## for a smoke run. The SDK is measured as users install it: `pip install .` (not editable, no extras) into
## its own venv, bytecode compiled, the raw floors in that same venv; the emulator runs from .venv.
bench: $(STAMP)
	test -x $(BENCH_VENV)/bin/python || $(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python -m pip install --quiet .
	$(BENCH_VENV)/bin/python -m pip install --quiet --force-reinstall --no-deps .
	$(BENCH_VENV)/bin/python -m compileall -q $(BENCH_VENV)/lib
	$(BENCH_VENV)/bin/python benchmarks/run.py --server-python $(BIN)/python $(BENCH_ARGS)
