"""pytest plugin (entry point ``pytest11``): the ``eigenpal_emulator`` and ``eigenpal_webhooks`` fixtures.

With ``eigenpal[emulator]`` installed, any test can ask for ``eigenpal_emulator`` and get a running
``Emulator`` for that test (fast runs; the contract is checked when the test ends), or for
``eigenpal_webhooks``: an emulator whose runs send their webhooks to a ``WebhookListener``, with delivery
faults from ``@pytest.mark.eigenpal_webhook_faults(duplicate=0.5, reorder=True, ...)``. This module sits
outside ``eigenpal.emulator`` so that loading the plugin never imports the server stack: without the
extra, only a test that uses a fixture fails, with the install hint.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from eigenpal import AsyncEigenpalClient, EigenpalClient
    from eigenpal.emulator import Emulator
    from eigenpal.webhooks import WebhookEvent, WebhookListener, WebhookRun

FAULTS_MARKER = "eigenpal_webhook_faults"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{FAULTS_MARKER}(**faults): the delivery faults of the eigenpal_webhooks fixture, as "
        "eigenpal.emulator.WebhookFaults(duplicate=0.5, reorder=True, delay=0.1, drop_first_attempt=True, "
        "bad_signature=0.5, seed=1) takes them",
    )


@pytest.fixture
def eigenpal_emulator(monkeypatch: pytest.MonkeyPatch) -> Iterator[Emulator]:
    """A running local Eigenpal API for one test: ``eigenpal_emulator.client()``, ``.url``, ``.api_key``.

    For the test's duration ``EIGENPAL_BASE_URL`` and ``EIGENPAL_API_KEY`` point at it, so code under test
    that builds its own ``EigenpalClient()`` talks to the emulator, and a real key in the environment can
    never reach production from a test."""
    from eigenpal.emulator import Emulator

    with Emulator(latency=0.01) as emulator:
        _point_environment_at(emulator, monkeypatch)
        yield emulator


class EigenpalWebhooks:
    """An emulator and the listener its runs' webhooks go to: run through ``client()``, then read
    ``events`` or ``wait_for(run_id)`` as a receiver of the real service would see them."""

    def __init__(self, emulator: Emulator, listener: WebhookListener) -> None:
        self.emulator = emulator
        self.listener = listener

    @property
    def secret(self) -> str:
        """The endpoint's ``whsec_`` signing secret (also ``EIGENPAL_WEBHOOK_SECRET`` during the test)."""
        return str(self.emulator.webhook_secret)

    @property
    def events(self) -> list[WebhookEvent]:
        """Each event's first delivery, in arrival order."""
        return self.listener.events

    def client(self, **options: Any) -> EigenpalClient:
        """An ``EigenpalClient`` for the emulator."""
        return self.emulator.client(**options)

    def async_client(self, **options: Any) -> AsyncEigenpalClient:
        """An ``AsyncEigenpalClient`` for the emulator."""
        return self.emulator.async_client(**options)

    def wait_for(
        self, run_id: str, *, statuses: Collection[str] | None = None, timeout: float = 10
    ) -> WebhookRun:
        """The run once a webhook brought it into one of ``statuses`` (default: a terminal one)."""
        if statuses is None:
            return self.listener.wait_for(run_id, timeout=timeout)
        return self.listener.wait_for(run_id, statuses=statuses, timeout=timeout)

    def __repr__(self) -> str:
        return f"EigenpalWebhooks({self.emulator!r} -> {self.listener!r})"


@pytest.fixture
def eigenpal_webhooks(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[EigenpalWebhooks]:
    """A running emulator whose runs send ``run.created`` and ``run.status_changed`` to a ``WebhookListener``
    (``.emulator``, ``.listener``, ``.client()``, ``.events``, ``.wait_for(run_id)``). The environment points
    at the emulator as with ``eigenpal_emulator``, and ``EIGENPAL_WEBHOOK_SECRET`` holds the secret. Faults:
    ``@pytest.mark.eigenpal_webhook_faults(duplicate=0.5, seed=1)``."""
    from eigenpal.emulator import Emulator, WebhookFaults, new_webhook_secret
    from eigenpal.webhooks import WebhookListener

    marker = request.node.get_closest_marker(FAULTS_MARKER)
    faults = WebhookFaults(*marker.args, **marker.kwargs) if marker is not None else None
    secret = new_webhook_secret()
    with (
        WebhookListener(secret) as listener,
        Emulator(
            latency=0.01, webhook_url=listener.url, webhook_secret=secret, webhook_faults=faults
        ) as emulator,
    ):
        _point_environment_at(emulator, monkeypatch)
        monkeypatch.setenv("EIGENPAL_WEBHOOK_SECRET", secret)
        yield EigenpalWebhooks(emulator, listener)


def _point_environment_at(emulator: Emulator, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EIGENPAL_BASE_URL", emulator.url)
    monkeypatch.setenv("EIGENPAL_API_KEY", emulator.api_key)
