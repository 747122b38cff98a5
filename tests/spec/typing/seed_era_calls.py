# Type checked by tests/spec/test_seed_era_typing.py: every line ending in "# seed era" is a June 2026 call
# that mypy must flag as deprecated (and nothing else); the calls in today's terms must pass clean.
from __future__ import annotations

from eigenpal import AsyncEigenpalClient, EigenpalClient


def seed_era(client: EigenpalClient) -> None:
    client.runs.feedback.get("run_1")  # seed era
    client.runs.feedback.update("run_1", rating="pass", status="resolved", body="ok")  # seed era
    client.runs.feedback.update("run_1", {"rating": "fail", "expected": {"total": 0}})  # seed era
    client.runs.feedback.clear("run_1")  # seed era
    client.runs.feedback.list_expected("run_1")  # seed era
    client.runs.feedback.copy_output_to_expected("run_1", "output/a.json")  # seed era
    client.runs.feedback.upload_expected("run_1", {"content": b"{}", "filename": "a.json"})  # seed era
    client.runs.feedback.download_expected("run_1", "a.json")  # seed era
    client.runs.feedback.download_expected("run_1", "a.json", to="a.json")  # seed era
    client.runs.feedback.rename_expected("run_1", "a.json", name="b.json")  # seed era
    client.runs.feedback.delete_expected("run_1", "b.json")  # seed era
    client.runs.list(has_feedback=True)  # seed era
    client.runs.list(no_feedback=True, source="workflows.x")  # seed era
    client.runs.list(feedback_status="resolved")  # seed era
    client.runs.list(feedback_rating="pass")  # seed era
    client.runs.list(since_last_resolved=True)  # seed era
    client.runs.list(has_expected=True)  # seed era
    client.runs.list(promoted_to_example=True)  # seed era


async def seed_era_async(client: AsyncEigenpalClient) -> None:
    await client.runs.feedback.update("run_1", rating="fail", expected={"total": 0})  # seed era
    await client.runs.feedback.download_expected("run_1", "a.json")  # seed era
    await client.runs.list(feedback_status="open", limit=5)  # seed era


def today(client: EigenpalClient) -> None:
    client.runs.reviews.get("run_1")
    client.runs.reviews.update("run_1", verdict="correct", status="closed", note="ok")
    client.runs.reviews.download_expected("run_1", "a.json")
    client.runs.list(
        has_review=True, review_status="closed", review_verdict="correct", since_last_closed=True
    )
    client.runs.list(source="workflows.x", limit=5)


async def today_async(client: AsyncEigenpalClient) -> None:
    await client.runs.reviews.update("run_1", verdict="incorrect", corrected_output={"total": 0})
    await client.runs.list(no_review=True)
