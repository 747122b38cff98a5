"""Every operation of openapi.yaml reaches both clients: each ``x-eigenpal-method`` is a method of
``EigenpalClient`` and of ``AsyncEigenpalClient``, with one signature (the blocking twin's types are the
async ones without ``Async``). Read from the spec, so an operation added to it fails here until it has
a method, generated or hand-written."""

from __future__ import annotations

import inspect
from typing import Any

import pytest

from eigenpal import AsyncEigenpalClient, EigenpalClient
from tests.support.spec import operations, sdk_methods

METHODS = sorted({(name, op["operationId"]) for _, _, op in operations() for name in sdk_methods(op)})


@pytest.fixture(scope="module")
def clients() -> tuple[EigenpalClient, AsyncEigenpalClient]:
    return (
        EigenpalClient(api_key="k", base_url="http://every-operation.invalid"),
        AsyncEigenpalClient(api_key="k", base_url="http://every-operation.invalid"),
    )


def reach(client: object, dotted: str) -> Any:
    """The method at ``dotted`` below ``client``, or fail naming the first part that is missing."""
    node: Any = client
    for index, part in enumerate(dotted.split(".")):
        if not hasattr(node, part):
            where = ".".join(dotted.split(".")[:index]) or "the client"
            pytest.fail(f"{type(client).__name__}.{dotted}: {where} has no {part!r}")
        node = getattr(node, part)
    return node


def shape(method: Any) -> list[tuple[str, Any, Any, str]]:
    """Each parameter's name, kind, default and type, plus the return type, with ``Async`` names read as
    their blocking twins' (``AsyncPage`` is ``Page``)."""
    signature = inspect.signature(method)
    found = [
        (p.name, p.kind, p.default, str(p.annotation).replace("Async", ""))
        for p in signature.parameters.values()
    ]
    return [*found, ("return", None, None, str(signature.return_annotation).replace("Async", ""))]


@pytest.mark.parametrize(("name", "operation_id"), METHODS, ids=[name for name, _ in METHODS])
def test_every_spec_method_is_on_both_clients_with_one_signature(
    name: str, operation_id: str, clients: tuple[EigenpalClient, AsyncEigenpalClient]
) -> None:
    blocking, asynchronous = (reach(client, name) for client in clients)
    assert callable(blocking) and callable(asynchronous), name
    assert inspect.iscoroutinefunction(asynchronous) or inspect.isasyncgenfunction(asynchronous), name
    assert not inspect.iscoroutinefunction(blocking) and not inspect.isasyncgenfunction(blocking), name
    assert shape(blocking) == shape(asynchronous), f"{name} ({operation_id}) differs between the clients"


def test_the_spec_names_methods() -> None:
    """The parametrisation above is not empty, and the spec names a method for every operation."""
    assert len(METHODS) >= len(operations())
