"""Labelling rounds (dataset review requests) in the emulator through the public SDK, on both clients
(blocking, and async under asyncio and trio), over loopback: a whole round decided item by item and
closed into the dataset, a cancelled round that writes nothing, the ``expectedUpdatedAt`` guard, a
final round's refusals, item files, lists and the inbox."""

from __future__ import annotations

import hashlib
import itertools
import types
from typing import Any

import pytest

from eigenpal import EigenpalNotFoundError, EigenpalValidationError
from eigenpal.emulator import Emulator
from eigenpal.emulator import _state as emulator_state
from tests.support.either import maybe

pytestmark = pytest.mark.anyio

_names = itertools.count()
NAMES = ("keep", "fix", "drop", "file", "later")


async def dataset(client: Any, emu: Emulator) -> str:
    """An automation of the test's own whose dataset holds ``NAMES``: each with an input and an expected
    output, ``file`` with an input file ``scan.pdf`` and expected files ``r.json`` and ``old.json``."""
    alias = f"workflows.labelling-{next(_names)}"
    emu.add_automation(alias)
    examples = client.automations.examples
    for name in NAMES:
        expected = {"total": 2, "currency": "EUR"} if name == "fix" else {"total": name}
        example = await maybe(examples.create(alias, name=name, input={"n": name}, expected=expected))
        if name == "file":
            await maybe(
                examples.input_files.create(alias, example.id, {"content": b"%PDF", "filename": "scan.pdf"})
            )
            for filename in ("r.json", "old.json"):
                await maybe(
                    examples.expected_files.create(
                        alias, example.id, {"content": b"{}", "filename": filename}
                    )
                )
    return alias


async def by_name(client: Any, alias: str) -> dict[str, Any]:
    page = await maybe(client.automations.examples.list(alias, limit=100))
    return {example.name: example for example in page}


async def items(client: Any, alias: str, review_id: str) -> dict[str, Any]:
    listed = await maybe(client.automations.dataset_review_requests.list_items(alias, review_id))
    return {item.example_name: item for item in listed.items_}


async def test_a_closed_round_writes_its_decisions_to_the_dataset(client: Any, emu: Emulator) -> None:
    alias = await dataset(client, emu)
    before = await by_name(client, alias)
    reviews = client.automations.dataset_review_requests
    round_ = await maybe(
        reviews.create(
            alias,
            title="July",
            example_names=list(NAMES),
            item_notes=[{"exampleName": "fix", "comment": "check"}],
        )
    )
    item = await items(client, alias, round_.id)

    async def decide(name: str, action: str, **fields: Any) -> Any:
        stamp = (await items(client, alias, round_.id))[name].updated_at
        return (await maybe(reviews.update_item(alias, round_.id, item[name].id, action=action,
                                                expected_updated_at=stamp, **fields))).item  # fmt: skip

    await decide("keep", "approve")
    await decide("fix", "edit", expected={"total": 20, "currency": "EUR", "note": "typo"})
    await decide("fix", "field-decision", field_path="note", decision="removed", comment="not a field")
    await decide("drop", "remove", comment="duplicate")
    corrected = await maybe(
        reviews.edit_item_file(
            alias,
            round_.id,
            item["file"].id,
            {"content": b'{"total": "file"}', "filename": "r.json"},
            expected_updated_at=item["file"].updated_at,
            file_path="r.json",
            comment="fixed",
        )
    )
    assert [(f.path, f.origin) for f in corrected.item.current_expected_files] == [("r.json", "corrected")]
    await decide("file", "file-decision", file_path="old.json", decision="removed")
    await decide("file", "approve")
    await decide("later", "comment", comment="not sure yet")

    events = (await maybe(reviews.events(alias, round_.id))).events
    assert [(e.action, e.item_id) for e in events] == [
        ("created", None),
        ("commented", item["fix"].id),
        ("approved", item["keep"].id),
        ("edited", item["fix"].id),
        ("field-decision", item["fix"].id),
        ("removed", item["drop"].id),
        ("file-edited", item["file"].id),
        ("file-decision", item["file"].id),
        ("approved", item["file"].id),
        ("commented", item["later"].id),
    ]
    progress = (await maybe(reviews.get(alias, round_.id))).progress
    assert (progress.total, progress.pending, progress.approved, progress.edited, progress.removed) == (
        5,
        1,
        2,
        1,
        1,
    )
    assert (progress.remaining, progress.complete) == (1, False)

    closed = await maybe(reviews.update(alias, round_.id, status="closed"))
    assert closed.status == "closed" and closed.closed_at and closed.progress.to_dict() == progress.to_dict()

    after = await by_name(client, alias)
    assert sorted(after) == ["file", "fix", "keep", "later"]  # the removed example is gone
    assert after["fix"].expected == {"total": 20, "currency": "EUR"}  # the edit, less the removed field
    assert after["fix"].updated_at
    assert after["keep"].to_dict() == before["keep"].to_dict()  # approved as it was: untouched
    assert after["later"].to_dict() == before["later"].to_dict()  # pending: left alone
    files = client.automations.examples
    assert (await maybe(files.expected_files.list(alias, after["file"].id))).files == ["r.json"]
    assert await maybe(files.expected_file.get(alias, after["file"].id, "r.json")) == b'{"total": "file"}'
    with pytest.raises(EigenpalNotFoundError):
        await maybe(files.get(alias, before["drop"].id))


async def test_a_cancelled_round_writes_nothing(client: Any, emu: Emulator) -> None:
    alias = await dataset(client, emu)
    before = {name: e.to_dict() for name, e in (await by_name(client, alias)).items()}
    reviews = client.automations.dataset_review_requests
    round_ = await maybe(reviews.create(alias, title="t", example_names=["fix", "drop", "file"]))
    item = await items(client, alias, round_.id)
    await maybe(reviews.update_item(alias, round_.id, item["fix"].id, action="edit", expected={"total": 0},
                                    expected_updated_at=item["fix"].updated_at))  # fmt: skip
    await maybe(reviews.update_item(alias, round_.id, item["drop"].id, action="remove",
                                    expected_updated_at=item["drop"].updated_at))  # fmt: skip
    upload = {"content": b"x", "filename": "r.json"}
    await maybe(reviews.edit_item_file(alias, round_.id, item["file"].id, upload,
                                       expected_updated_at=item["file"].updated_at))  # fmt: skip

    cancelled = await maybe(reviews.update(alias, round_.id, status="cancelled"))
    assert cancelled.status == "cancelled" and cancelled.closed_at
    assert {name: e.to_dict() for name, e in (await by_name(client, alias)).items()} == before


@pytest.mark.parametrize("final", ["closed", "cancelled"])
async def test_a_final_round_takes_no_more_decisions_and_no_other_status(
    client: Any, emu: Emulator, final: str
) -> None:
    alias = await dataset(client, emu)
    reviews = client.automations.dataset_review_requests
    round_ = await maybe(reviews.create(alias, title="t", example_names=["keep", "file"]))
    item = await items(client, alias, round_.id)
    done = await maybe(reviews.update(alias, round_.id, status=final))
    keep, file = item["keep"], item["file"]
    for late in (
        lambda: reviews.update_item(alias, round_.id, keep.id, action="approve",
                                    expected_updated_at=keep.updated_at),
        lambda: reviews.edit_item_file(alias, round_.id, file.id, {"content": b"x", "filename": "r.json"},
                                       expected_updated_at=file.updated_at),
        lambda: reviews.update(alias, round_.id, status="open"),
    ):  # fmt: skip
        with pytest.raises(EigenpalValidationError) as refused:  # the call is made inside: sync ones raise
            await maybe(late())
        assert refused.value.has_code("review_closed") and refused.value.issues[0].field == "status"
    again = await maybe(reviews.update(alias, round_.id, status=final, title="renamed"))
    assert (again.status, again.closed_at, again.title) == (final, done.closed_at, "renamed")
    assert [i.status for i in again.items_] == ["pending", "pending"]


async def test_a_stale_decision_is_refused_even_within_one_millisecond(
    client: Any, emu: Emulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    alias = await dataset(client, emu)
    reviews = client.automations.dataset_review_requests
    # The emulator's clock stands still: the decision still moves updatedAt, so the stale one is refused.
    monkeypatch.setattr(emulator_state, "time", types.SimpleNamespace(time=lambda: 1_800_000_000.0))
    round_ = await maybe(reviews.create(alias, title="t", example_names=["keep"]))
    (item,) = (await items(client, alias, round_.id)).values()
    approved = await maybe(
        reviews.update_item(alias, round_.id, item.id, action="approve", expected_updated_at=item.updated_at)
    )
    assert approved.item.updated_at > item.updated_at
    with pytest.raises(EigenpalValidationError) as stale:
        await maybe(
            reviews.update_item(
                alias, round_.id, item.id, action="remove", expected_updated_at=item.updated_at
            )
        )
    assert stale.value.has_code("stale_item") and stale.value.issues[0].field == "expectedUpdatedAt"
    assert (await items(client, alias, round_.id))["keep"].status == "approved"


async def test_an_item_s_files_and_a_renamed_expected_file(client: Any, emu: Emulator) -> None:
    alias = await dataset(client, emu)
    reviews = client.automations.dataset_review_requests
    round_ = await maybe(reviews.create(alias, title="t", example_names=["file"]))
    (item,) = (await items(client, alias, round_.id)).values()
    assert [f.name for f in item.snapshot_manifest.expected_files] == ["old.json", "r.json"]
    assert await maybe(reviews.get_item_file(alias, round_.id, item.id, "scan.pdf")) == b"%PDF"
    assert await maybe(reviews.get_item_file(alias, round_.id, item.id, "r.json", kind="expected")) == b"{}"
    with pytest.raises(EigenpalNotFoundError):
        await maybe(reviews.get_item_file(alias, round_.id, item.id, "r.json"))  # an expected file, not input
    moved = await maybe(
        reviews.edit_item_file(alias, round_.id, item.id, {"content": b"[1]", "filename": "x.bin"},
                               expected_updated_at=item.updated_at, file_path="r.json",
                               new_path="out/result.json")
    )  # fmt: skip
    assert [(f.path, f.filename, f.origin) for f in moved.item.current_expected_files] == [
        ("out/result.json", "result.json", "corrected")
    ]
    added = await maybe(
        reviews.edit_item_file(alias, round_.id, item.id, {"content": b"new", "filename": "extra.txt"},
                               expected_updated_at=moved.item.updated_at)
    )  # fmt: skip
    assert [(f.path, f.origin) for f in added.item.current_expected_files] == [
        ("out/result.json", "corrected"),
        ("extra.txt", "uploaded"),
    ]
    got = await maybe(reviews.get_item_file(alias, round_.id, item.id, "out/result.json", kind="expected"))
    assert got == b"[1]"
    await maybe(reviews.update(alias, round_.id, status="closed"))
    example = (await by_name(client, alias))["file"]
    assert (await maybe(client.automations.examples.expected_files.list(alias, example.id))).files == [
        "extra.txt",
        "old.json",
        "out/result.json",
    ]


async def test_rounds_list_newest_first_filtered_and_paged_and_the_inbox_spans_automations(
    client: Any, emu: Emulator
) -> None:
    first, second = await dataset(client, emu), await dataset(client, emu)
    reviews = client.automations.dataset_review_requests
    made = [await maybe(reviews.create(first, title=f"r{n}", example_names=["keep"])) for n in range(3)]
    await maybe(reviews.update(first, made[0].id, status="paused"))
    other = await maybe(reviews.create(second, title="other", example_names=["keep"], status="draft"))
    listed = await maybe(reviews.list(first))
    assert [r.id for r in listed] == [r.id for r in reversed(made)] and listed.total == 3
    assert [r.id for r in await maybe(reviews.list(first, status=["paused", "draft"]))] == [made[0].id]
    page = await maybe(reviews.list(first, limit=1, offset=1))
    assert [r.id for r in page] == [made[1].id] and (page.total, page.limit, page.offset) == (3, 1, 1)
    inbox = await maybe(client.dataset_review_requests.list(limit=100))
    mine = {r.id: r for r in inbox if r.id in {other.id, *(m.id for m in made)}}
    assert list(mine) == [other.id, made[2].id, made[1].id, made[0].id]
    assert mine[other.id].automation_name != mine[made[0].id].automation_name
    drafts = await maybe(client.dataset_review_requests.list(status="draft", limit=100))
    assert other.id in {r.id for r in drafts} and not {m.id for m in made} & {r.id for r in drafts}
    with pytest.raises(EigenpalValidationError) as unknown:
        await maybe(reviews.list(first, status="finished"))
    assert unknown.value.issues[0].field == "status"
    with pytest.raises(EigenpalValidationError):
        await maybe(reviews.list_items(first, made[0].id, status="done"))
    assert (await maybe(reviews.list_items(first, made[0].id, status="pending"))).items_[
        0
    ].example_name == "keep"


async def test_a_round_and_a_decision_are_checked(client: Any, emu: Emulator) -> None:
    alias = await dataset(client, emu)
    reviews = client.automations.dataset_review_requests
    with pytest.raises(EigenpalValidationError) as empty:
        await maybe(reviews.create(alias, title="t", example_names=[]))
    assert empty.value.issues[0].field == "exampleNames"
    with pytest.raises(EigenpalNotFoundError) as missing:
        await maybe(reviews.create(alias, title="t", example_names=["keep", "nope"]))
    assert missing.value.issues[0].field == "exampleNames.1"
    with pytest.raises(EigenpalValidationError) as stray:
        await maybe(
            reviews.create(alias, title="t", example_names=["keep"], item_notes=[{"exampleName": "fix"}])
        )
    assert stray.value.issues[0].field == "itemNotes.0.exampleName"
    round_ = await maybe(reviews.create(alias, title="t", example_names=["keep"]))
    (item,) = round_.items_
    for fields, field in (
        ({"action": "edit"}, "expected"),
        ({"action": "file-decision", "file_path": "nope.json", "decision": "removed"}, "filePath"),
        ({"action": "field-decision", "field_path": "total"}, "decision"),
    ):
        with pytest.raises(EigenpalValidationError) as refused:
            await maybe(
                reviews.update_item(alias, round_.id, item.id, expected_updated_at=item.updated_at, **fields)
            )
        assert refused.value.issues[0].field == field
    with pytest.raises(EigenpalNotFoundError):
        await maybe(reviews.get(alias, "drr_missing"))
    assert [i.status for i in (await maybe(reviews.get(alias, round_.id))).items_] == ["pending"]


async def test_an_item_says_when_its_example_s_input_drifted(client: Any, emu: Emulator) -> None:
    alias = await dataset(client, emu)
    reviews, examples = client.automations.dataset_review_requests, client.automations.examples
    round_ = await maybe(reviews.create(alias, title="t", example_names=["keep", "file", "later"]))
    item = await items(client, alias, round_.id)
    hashes = item["file"].snapshot_manifest.input_file_hashes
    assert [(h.path, h.sha256) for h in hashes] == [("scan.pdf", hashlib.sha256(b"%PDF").hexdigest())]
    assert not any(i.input_drifted for i in item.values())
    now = await by_name(client, alias)
    await maybe(examples.update(alias, now["keep"].id, input={"n": "changed"}))
    await maybe(
        examples.input_files.create(alias, now["file"].id, {"content": b"%PDF-2", "filename": "scan.pdf"})
    )
    drifted = await items(client, alias, round_.id)
    assert {name: i.input_drifted for name, i in drifted.items()} == {
        "keep": True,
        "file": True,
        "later": False,
    }
    assert (await maybe(reviews.get(alias, round_.id))).items_[0].input_drifted is True
