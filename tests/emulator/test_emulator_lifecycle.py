"""The production guide's lifecycle, end to end against the emulator with plain HTTP (no SDK client).

Run in production, sample for review, mark one incorrect with a corrected output and an expected file,
promote it, fix the automation, and watch the experiment go from failing to passing; then close the review.
"""

from __future__ import annotations

import json
import time
from typing import Any

import httpx

from eigenpal.emulator import Emulator, Output

TARGET = "workflows.extract-invoice"
BASE = f"/v1/automations/{TARGET}"


def extract_v1(input: dict[str, Any], files: dict[str, Any]) -> Output:
    """A buggy extractor: it drops the currency."""
    return Output({"total": input.get("amount", 0)}, {"invoice.json": json.dumps(input).encode()})


def extract_v2(input: dict[str, Any], files: dict[str, Any]) -> Output:
    """The fixed extractor."""
    return Output({"total": input.get("amount", 0), "currency": input.get("currency", "EUR")})


def _experiment(http: httpx.Client, experiment_id: str) -> dict[str, Any]:
    for _ in range(200):
        detail = http.get(f"{BASE}/experiments/{experiment_id}").json()
        if detail["status"] == "completed":
            return dict(detail)
        time.sleep(0.02)
    raise AssertionError("experiment did not complete")


def test_review_fail_promote_fix_and_close_the_loop() -> None:
    with Emulator(latency=0.01) as emu:
        emu.register(TARGET, extract_v1)
        http = httpx.Client(base_url=emu.url, headers={"Authorization": f"Bearer {emu.api_key}"})

        # Integrate: production runs through the API trigger, waiting for short jobs.
        runs = []
        for amount in (10, 20, 30):
            response = http.post(
                "/v1/runs",
                params={"wait_for_completion": 10},
                json={"target": TARGET, "input": {"amount": amount, "currency": "USD"}},
            )
            assert response.status_code == 200 and response.json()["finished"] is True
            runs.append(response.json())

        # Sample for review: completed runs without a review, offset paging.
        queue = http.get(
            "/v1/runs", params={"source": TARGET, "status": "completed", "noReview": "true"}
        ).json()
        assert {r["id"] for r in queue["runs"]} == {r["id"] for r in runs} and queue["nextCursor"] is None
        reviewed = runs[0]["id"]

        # Verdict: incorrect (so the review stays open), the corrected output, an expected file, then promote.
        corrected = {"total": 10, "currency": "USD"}
        review = http.put(
            f"/v1/runs/{reviewed}/reviews",
            json={"verdict": "incorrect", "note": "currency dropped", "correctedOutput": corrected},
        ).json()["review"]
        assert (review["verdict"], review["status"], review["reviewedBy"]) == (
            "incorrect",
            "open",
            "usr_emulator",
        )
        copied = http.post(f"/v1/runs/{reviewed}/reviews/expected", json={"outputFileName": "invoice.json"})
        assert copied.status_code == 201
        promoted = http.post(f"/v1/runs/{reviewed}/promote", json={"name": "usd-invoice"}).json()
        example = http.get(f"{BASE}/examples/{promoted['exampleId']}").json()
        assert example["expected"] == corrected and example["expectedFiles"] == [{"name": "invoice.json"}]
        still_open = http.get(
            "/v1/runs", params={"reviewStatus": "open", "reviewVerdict": "incorrect"}
        ).json()
        assert [r["id"] for r in still_open["runs"]] == [reviewed]

        # Confirm the miss: the experiment over the dataset fails on the promoted example.
        failing = http.post(f"{BASE}/experiments", json={"examples": [promoted["exampleId"]]}).json()
        before = _experiment(http, failing["id"])
        assert (before["passedCount"], before["failedCount"]) == (0, 1)

        # Fix the automation and re-run the experiment: the example now passes.
        emu.register(TARGET, extract_v2)
        passing = http.post(f"{BASE}/experiments", json={"examples": [promoted["exampleId"]]}).json()
        after = _experiment(http, passing["id"])
        assert (after["passedCount"], after["failedCount"], after["avgScore"]) == (1, 0, 1.0)
        run_id = after["runs"][0]["id"]
        assert all(score["passed"] for score in http.get(f"/v1/runs/{run_id}/scores").json()["scores"])

        # Close the loop: the review is closed, and later runs are "since last closed".
        closed = http.patch(f"/v1/runs/{reviewed}/reviews", json={"note": "fixed in the new release"}).json()
        assert closed["review"]["status"] == "closed" and closed["review"]["closedAt"]
        assert closed["review"]["closedNote"] == "fixed in the new release"
        assert closed["review"]["correctedOutput"] == corrected
        trace = http.get(f"/v1/runs/{reviewed}/trace").json()
        assert trace["events"]
        newer = http.post("/v1/runs", json={"target": TARGET, "input": {"amount": 5}}).json()
        since = http.get("/v1/runs", params={"source": TARGET, "sinceLastClosed": "true"}).json()
        assert newer["id"] in {r["id"] for r in since["runs"]} and reviewed not in {
            r["id"] for r in since["runs"]
        }
