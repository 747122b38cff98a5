"""The ``eigenpal_webhooks`` pytest fixture: an emulator wired to a WebhookListener, faults from a marker."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from eigenpal.pytest_plugin import EigenpalWebhooks

pytest_plugins = ["pytester"]
TARGET = "workflows.extract-invoice"


def test_runs_of_the_fixtures_emulator_reach_its_listener(eigenpal_webhooks: EigenpalWebhooks) -> None:
    with eigenpal_webhooks.client() as client:
        run = client.run_and_wait(TARGET, input={"n": 1})

    assert str(eigenpal_webhooks.wait_for(run.id).status) == "completed"
    assert str(eigenpal_webhooks.wait_for(run.id, statuses={"completed"}).status) == "completed"
    assert {event.data.run.id for event in eigenpal_webhooks.events} == {run.id}  # type: ignore[union-attr]
    assert os.environ["EIGENPAL_BASE_URL"] == eigenpal_webhooks.emulator.url
    assert os.environ["EIGENPAL_API_KEY"] == eigenpal_webhooks.emulator.api_key
    assert os.environ["EIGENPAL_WEBHOOK_SECRET"] == eigenpal_webhooks.secret
    assert eigenpal_webhooks.emulator.webhook_url == eigenpal_webhooks.listener.url
    assert eigenpal_webhooks.secret.removeprefix("whsec_") not in repr(eigenpal_webhooks)


@pytest.mark.eigenpal_webhook_faults(duplicate=1.0, bad_signature=1.0, seed=3)
def test_the_marker_sets_the_faults(eigenpal_webhooks: EigenpalWebhooks) -> None:
    with eigenpal_webhooks.client() as client:
        run = client.run_and_wait(TARGET)
    eigenpal_webhooks.emulator.wait_for_webhooks(30)

    assert str(eigenpal_webhooks.wait_for(run.id).status) == "completed"
    assert len(eigenpal_webhooks.events) == 4
    assert eigenpal_webhooks.listener.duplicates == 4
    assert [error.check for error in eigenpal_webhooks.listener.rejected] == ["signature"] * 4


def test_the_fixture_and_marker_come_with_the_package(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import pytest
        from eigenpal.webhooks import verify

        @pytest.mark.eigenpal_webhook_faults(reorder=True, drop_first_attempt=True, seed=1)
        def test_uses_it(eigenpal_webhooks):
            client = eigenpal_webhooks.client()
            run = client.run_and_wait("workflows.extract-invoice", {"n": 1})
            assert eigenpal_webhooks.wait_for(run.id).status == "completed"
            assert eigenpal_webhooks.emulator.webhook_deliveries[0].error.startswith("lost")
        """
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "--strict-markers")
    result.assert_outcomes(passed=1)


def test_loading_the_plugin_imports_no_emulator() -> None:
    probe = (
        "import sys; sys.modules['starlette'] = sys.modules['uvicorn'] = None; "
        "import eigenpal.pytest_plugin; "
        "print([m for m in ('eigenpal.emulator', 'eigenpal.webhooks') if m in sys.modules])"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
