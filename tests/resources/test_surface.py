"""Both clients expose every operation of openapi.yaml under its x-eigenpal-method name, alike."""

from __future__ import annotations

import inspect
from typing import Any

import pytest
import yaml

from eigenpal import AsyncEigenpalClient, EigenpalClient
from tests.support.spec import ROOT, operations, reference_methods, sdk_methods

NAMES = sorted(
    {name for _, _, op in operations() for name in sdk_methods(op)} | {"run_and_wait", "runs.wait"}
)


def resolve(client: Any, dotted: str) -> Any:
    for part in dotted.split("."):
        client = getattr(client, part)
    return client


@pytest.mark.parametrize("name", NAMES)
def test_both_clients_expose_the_method_with_the_same_signature(name: str) -> None:
    sync_method = resolve(EigenpalClient(api_key="k", base_url="http://x.invalid"), name)
    async_method = resolve(AsyncEigenpalClient(api_key="k", base_url="http://x.invalid"), name)
    assert callable(sync_method) and callable(async_method)
    assert not inspect.iscoroutinefunction(sync_method) and not inspect.isasyncgenfunction(sync_method)
    assert inspect.iscoroutinefunction(async_method) or inspect.isasyncgenfunction(async_method)
    sync_parameters = inspect.signature(sync_method).parameters
    async_parameters = inspect.signature(async_method).parameters
    assert list(sync_parameters) == list(async_parameters)
    assert "options" in sync_parameters
    assert not any(p.kind is p.VAR_KEYWORD for p in sync_parameters.values()), "no **kwargs on public methods"
    assert sync_method.__doc__ and sync_method.__doc__ == async_method.__doc__.replace(
        "awaitable", "blocking"
    )


def test_the_clients_cover_the_reference_tree() -> None:
    """Every method of the reference is on the clients (the spec may add more: they are generated), today's
    or a deprecated alias of aliases.yaml (``tests/resources/test_seed_era.py`` calls them)."""
    aliases = yaml.safe_load((ROOT / "aliases.yaml").read_text(encoding="utf-8"))["methods"]
    assert set(reference_methods()) | {"run_and_wait"} <= set(NAMES) | set(aliases)
