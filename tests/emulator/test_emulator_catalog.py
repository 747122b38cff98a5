"""The catalog areas of the emulator through the public SDK, on both clients (asyncio and trio): what a
target runs after versions are created, promoted and restored and after an automation moves or is deleted;
folders, templates, email servers, models and parser readiness; each refusal as our typed error naming
the field."""

from __future__ import annotations

import io
import itertools
import zipfile
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest

from eigenpal import (
    EigenpalAPIError,
    EigenpalError,
    EigenpalNotFoundError,
    EigenpalUsageError,
    EigenpalValidationError,
)
from eigenpal.emulator import EmulatedModel, Emulator
from eigenpal.types import ApiErrorIssue
from tests.support.either import collect, maybe

pytestmark = pytest.mark.anyio
_names = itertools.count()


def unique(prefix: str) -> str:
    """A name no other test (or client kind of this one) on the shared emulator uses."""
    return f"{prefix}-{next(_names)}"


async def refused(
    error: type[EigenpalError], call: Callable[[], Any], status: int | None = None
) -> ApiErrorIssue:
    """The first issue of the ``error`` that ``call`` raises (checking its status when given)."""
    with pytest.raises(error) as caught:
        await maybe(call())
    if status is not None:
        assert caught.value.status == status, caught.value
    return caught.value.issues[0]


async def output_of(c: Any, target: str) -> tuple[str | None, Any]:
    """The version a run of ``target`` executed, and its output."""
    run = await maybe(c.run_and_wait(target, {"n": 1}))
    assert run.source.version_id, run.source
    return run.source.version, run.output


# ---- versions ---------------------------------------------------------------------------------------------
async def test_a_target_runs_the_version_create_promote_and_restore_choose(
    client: Any, emu: Emulator
) -> None:
    c, alias = client, f"workflows.{unique('desk')}.price"
    emu.add_automation(alias)
    assert (await output_of(c, alias))[0] == "v1"

    draft = await maybe(c.automations.create_version(alias, {"yaml": "output: {rule: B}", "version": "v2"}))
    assert (draft.version, draft.is_current) == ("v2", False)
    assert (await output_of(c, alias))[0] == "v1"  # not live until promoted
    assert await output_of(c, f"{alias}@v2") == ("v2", {"rule": "B"})
    assert await output_of(c, f"{alias}@{draft.id}") == ("v2", {"rule": "B"})  # by version id
    by_id = await maybe(c.run_and_wait(alias, {}, version=draft.id))
    assert (by_id.source.version, by_id.source.version_id) == ("v2", draft.id)

    live = {"yaml": "output: {rule: C}", "version": "v3", "activate": True}
    assert (await maybe(c.automations.create_version(alias, live))).is_current is True
    assert await output_of(c, alias) == ("v3", {"rule": "C"})

    promoted = await maybe(c.automations.promote_version(alias, draft.id))
    assert (promoted.version, promoted.is_current) == ("v2", True)
    assert await output_of(c, alias) == await output_of(c, f"{alias}@latest") == ("v2", {"rule": "B"})

    restored = await maybe(c.automations.restore_version(alias, "v3", message="back to C"))
    assert (restored.version, restored.is_current) == ("v4", True)
    assert await output_of(c, alias) == ("v4", {"rule": "C"})  # v3's definition, as a new version

    copied = await maybe(c.automations.create_version(alias, {"historyId": draft.id, "version": "v5"}))
    assert copied.is_current is False and await output_of(c, f"{alias}@v5") == ("v5", {"rule": "B"})
    listed = (await maybe(c.automations.versions(alias))).data
    assert [(v.version, v.is_current) for v in listed][:2] == [("v5", False), ("v4", True)]
    assert (await maybe(c.automations.get(alias))).version == "v4"


async def test_version_refusals_name_the_field(client: Any, emu: Emulator) -> None:
    c, alias = client, f"workflows.{unique('refuse')}"
    emu.add_automation(alias, versions=["v1", "v2"])
    create = c.automations.create_version
    assert (await refused(EigenpalNotFoundError, lambda: c.run(f"{alias}@v9"))).field == "version"
    assert (
        await refused(EigenpalNotFoundError, lambda: c.automations.promote_version(alias, "v9"))
    ).field == ("versionId")
    assert (
        await refused(EigenpalAPIError, lambda: create(alias, {"yaml": "a: 1", "version": "v2"}), 409)
    ).field == ("version")
    for body, field in [
        ({"yaml": "steps: [", "version": "v3"}, "yaml"),
        ({"yaml": "just text", "version": "v3"}, "yaml"),
        ({"yaml": "output: [1, 2]", "version": "v3"}, "yaml.output"),
        ({"yaml": "a: 1", "version": "latest"}, "version"),
        ({"yaml": "a: 1", "historyId": "v1", "version": "v3"}, "historyId"),
    ]:
        assert (await refused(EigenpalValidationError, lambda body=body: create(alias, body))).field == field
    assert (
        await refused(EigenpalNotFoundError, lambda: create(alias, {"historyId": "ver_x", "version": "v3"}))
    ).field == ("historyId")
    assert (
        await refused(EigenpalAPIError, lambda: c.automations.restore_version(alias, "v2"), 409)
    ).field == ("versionId")
    assert [v.version for v in (await maybe(c.automations.versions(alias))).data] == ["v2", "v1"]


# ---- moves, folders, deletes ------------------------------------------------------------------------------
async def test_moving_an_automation_changes_the_path_that_runs_it(client: Any, emu: Emulator) -> None:
    c, team, leaf = client, unique("team"), unique("intake")
    old = f"workflows.{team}.{leaf}"
    made = emu.add_automation(old)
    emu.register(old, lambda input, files: {"ran": "intake"})

    moved = await maybe(c.automations.update(old, folder_path=f"{team}-ops/inbox"))
    assert (moved.slug, moved.folder_path) == (f"{team}-ops/inbox/{leaf}", f"{team}-ops/inbox")
    gone = await refused(EigenpalNotFoundError, lambda: c.run(old))
    assert gone.field == "target" and "new path" in gone.message
    new = f"workflows.{team}-ops.inbox.{leaf}"
    assert (await maybe(c.run_and_wait(new, {}))).output == {"ran": "intake"}  # its behaviour moved along
    assert (await maybe(c.run_and_wait({"type": "workflow", "id": made.id}, {}))).source.slug == moved.slug

    ops = next(f for f in await maybe(c.folders.list(type="workflow")) if f.name == f"{team}-ops")
    renamed = await maybe(c.folders.update(ops.id, name=f"{team}-desk"))
    assert renamed.name == f"{team}-desk"
    assert (await maybe(c.run_and_wait(f"workflows.{team}-desk.inbox.{leaf}", {}))).output == {
        "ran": "intake"
    }
    inbox = (await maybe(c.folders.list(type="workflow", parent_id=ops.id)))[0]
    await maybe(c.folders.delete(inbox.id))  # what it held moves up to its parent
    assert (await maybe(c.automations.get(made.id))).folder_path == f"{team}-desk"
    assert (await maybe(c.run_and_wait(f"workflows.{team}-desk.{leaf}", {}))).output == {"ran": "intake"}
    back = await maybe(c.automations.update(made.id, folder_id=None))
    assert (back.folder_id, back.folder_path, back.slug) == (None, None, leaf)


async def test_folder_and_move_refusals_name_the_field(client: Any, emu: Emulator) -> None:
    c, team = client, unique("crew")
    made = emu.add_automation(f"workflows.{team}.a.job")
    emu.add_automation(f"workflows.{team}.job")
    outer = next(f for f in await maybe(c.folders.list(type="workflow")) if f.name == team)
    inner = (await maybe(c.folders.list(type="workflow", parent_id=outer.id)))[0]
    letters = await maybe(c.folders.create(name=unique("letters"), type="template"))
    update = c.automations.update
    for call, field in [
        (lambda: update(made.id, folder_id=outer.id, folder_path="x"), "folderPath"),
        (lambda: update(made.id, folder_path="v1.2/x"), "folderPath"),
        (lambda: update(made.id, folder_id=letters.id), "folderId"),
        (lambda: update(made.id, folder_id=outer.id), "folderId"),  # workflows.<team>.job is there
        (lambda: c.folders.create(name="q1.2026", type="workflow"), "name"),
        (lambda: c.folders.update(outer.id, parent_id=inner.id), "parentId"),
        (lambda: c.folders.delete(inner.id), "id"),  # its job would clash with the parent's
    ]:
        assert (await refused(EigenpalValidationError, call)).field == field
    assert (
        await refused(EigenpalNotFoundError, lambda: update(made.id, folder_id="fld_missing"))
    ).field == "folderId"
    clash = lambda: c.folders.create(name="a", type="workflow", parent_id=outer.id)  # noqa: E731
    assert (await refused(EigenpalAPIError, clash, 409)).field == "name"
    assert (await maybe(c.automations.get(made.id))).slug == f"{team}/a/job"  # nothing moved


async def test_a_deleted_automation_stops_running_and_its_runs_stay_readable(
    client: Any, emu: Emulator
) -> None:
    c, alias = client, f"workflows.{unique('retired')}"
    made = emu.add_automation(alias)
    run = await maybe(c.run_and_wait(alias, {"n": 1}))
    assert (await maybe(c.automations.delete(alias))).deleted is True
    kept = await maybe(c.runs.get(run.id))
    assert (kept.output, kept.source.version, kept.source.automation_found) == (run.output, "v1", False)
    assert (await refused(EigenpalNotFoundError, lambda: c.run(alias))).field == "target"
    assert (await refused(EigenpalNotFoundError, lambda: c.automations.get(made.id))).field == "id"
    rerun = await refused(EigenpalNotFoundError, lambda: c.rerun(run.id))
    assert "deleted" in rerun.message


# ---- templates --------------------------------------------------------------------------------------------
def package(part: str, text: str) -> bytes:
    """A minimal OOXML package: one XML ``part`` holding ``text`` (a DOCX under word/, an XLSX under xl/)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo(part, date_time=(2026, 1, 1, 0, 0, 0)), text)
    return buffer.getvalue()


LETTER = package(
    "word/document.xml",
    "<w:p><w:r><w:t>Dear {{cust</w:t></w:r><w:r><w:t>omer.name}},</w:t></w:r></w:p>"
    "<w:p><w:t>{{#items}}{{sku}}{{/items}} {{customer.name}}</w:t></w:p>",
)


async def upload(c: Any, content: bytes, filename: str) -> str:
    return str((await maybe(c.files.upload({"content": content, "filename": filename}))).id)


async def test_templates_round_trip_with_revisions_and_downloads(client: Any, emu: Emulator) -> None:
    c = client
    made = await maybe(
        c.templates.create(file_id=await upload(c, LETTER, "请求.docx"), description="Dunning")
    )
    assert (made.name, made.format_, made.filename, made.description) == (
        "请求",
        "docx",
        "请求.docx",
        "Dunning",
    )
    assert [(t.name, t.kind, t.type_) for t in made.tokens] == [
        ("customer.name", "variable", "string"),  # found though Word split it over two runs
        ("items", "loop", "array"),
        ("sku", "variable", "string"),
    ]
    assert (await maybe(c.templates.get(made.id))).to_dict() == {
        k: v for k, v in made.to_dict().items() if k != "cleanupProof"
    }
    assert made.id in {t.id for t in await collect(await maybe(c.templates.list(limit=100)))}
    assert await maybe(c.templates.download(made.id)) == LETTER  # a name beyond Latin-1 (500 before)

    second = package("word/document.xml", "<w:t>{{total}}</w:t>")
    replaced = await maybe(c.templates.replace(made.id, file_id=await upload(c, second, "v2.docx")))
    assert replaced.current_revision.number == 2 and [t.name for t in replaced.tokens] == ["total"]
    assert await maybe(c.templates.download(made.id)) == second
    assert await maybe(c.templates.download(made.id, revision_id=made.current_revision.id)) == LETTER
    with httpx.Client(base_url=emu.url, headers={"Authorization": f"Bearer {emu.api_key}"}) as raw:
        answer = raw.get(
            f"/v1/templates/{made.id}/content",
            params={"revisionId": made.current_revision.id},
            follow_redirects=True,
        )
    assert answer.headers["content-type"] == "application/octet-stream"
    assert answer.headers["content-disposition"].endswith("filename*=UTF-8''%E8%AF%B7%E6%B1%82.docx")

    assert (await maybe(c.templates.delete(made.id))).deleted is True
    assert (await refused(EigenpalNotFoundError, lambda: c.templates.get(made.id))).field == "id"


async def test_staged_templates_settle_with_their_proof(client: Any) -> None:
    c = client
    sheet = await upload(c, package("xl/sharedStrings.xml", "<t>{{total}}</t>"), "sheet.xlsx")
    kept = await maybe(c.templates.create(file_id=sheet, staged=True, name="Totals"))
    dropped = await maybe(c.templates.create(file_id=sheet, staged=True))
    assert (kept.format_, kept.name, dropped.name) == ("xlsx", "Totals", "sheet")
    wrong = await refused(
        EigenpalAPIError, lambda: c.templates.stage(kept.id, proof="x", action="finalize"), 409
    )
    assert wrong.field == "proof"
    assert (
        await maybe(c.templates.stage(kept.id, proof=kept.cleanup_proof, action="finalize"))
    ).finalized is True
    again = lambda: c.templates.stage(kept.id, proof=kept.cleanup_proof, action="cleanup")  # noqa: E731
    assert (await refused(EigenpalAPIError, again, 409)).field == "id"
    assert (await maybe(c.templates.stage(dropped.id, proof=dropped.cleanup_proof, action="cleanup"))).cleaned
    assert (await refused(EigenpalNotFoundError, lambda: c.templates.get(dropped.id))).field == "id"


async def test_template_refusals_name_the_field(client: Any) -> None:
    c = client
    letter = await upload(c, LETTER, "letter.docx")
    sheet = await upload(c, package("xl/sharedStrings.xml", "<t/>"), "sheet.xlsx")
    made = await maybe(c.templates.create(file_id=letter))
    for content, filename in [
        (b"{{x}}", "notes.txt"),
        (b"not a zip", "fake.docx"),
        (package("xl/a.xml", ""), "x.docx"),
    ]:
        bad = await upload(c, content, filename)
        assert (
            await refused(EigenpalAPIError, lambda bad=bad: c.templates.create(file_id=bad), 422)
        ).field == "fileId"
    assert (
        await refused(EigenpalAPIError, lambda: c.templates.replace(made.id, file_id=sheet), 422)
    ).field == "fileId"
    assert (
        await refused(EigenpalValidationError, lambda: c.templates.create(file_id=letter, name=" "))
    ).field == "name"
    assert (
        await refused(EigenpalNotFoundError, lambda: c.templates.create(file_id="file_missing"))
    ).field == "fileId"
    missing_revision = lambda: c.templates.download(made.id, revision_id="rev_missing")  # noqa: E731
    assert (await refused(EigenpalNotFoundError, missing_revision)).field == "revisionId"


# ---- email servers ----------------------------------------------------------------------------------------
SECRETS = ("hunter2-smtp", "-----BEGIN CERTIFICATE-----", "re_secret_key")


def smtp(name: str, **changes: Any) -> dict[str, Any]:
    return {"name": name, "transport": "smtp", "host": "smtp.local", "port": 465, "security": "tls",
            "fromEmail": "ops@x.test", "fromName": "Ops", "username": "ops", "password": SECRETS[0],
            "caPem": SECRETS[1], **changes}  # fmt: skip


async def test_email_servers_round_trip_without_their_secrets(client: Any) -> None:
    c, name = client, unique("mail")
    server = await maybe(c.email_servers.create(smtp(name)))
    assert (server.host, server.port, server.password_configured, server.ca_pem_configured) == (
        "smtp.local", 465, True, True
    )  # fmt: skip
    resend = {"name": f"{name}-r", "transport": "resend", "apiKey": SECRETS[2], "fromEmail": "a@x.test",
              "fromName": "A"}  # fmt: skip
    other = await maybe(c.email_servers.create(resend))
    assert other.api_key_configured is True
    sent = await maybe(c.email_servers.test(other.id, to="me@x.test"))
    assert (sent.ok, sent.transport) == (True, "resend")
    assert (await maybe(c.email_servers.test(server.id, to="me@nowhere.invalid"))).ok is False
    updated = await maybe(c.email_servers.update(server.id, {"name": f"{name}-2", "enabled": False}))
    assert updated.name == f"{name}-2" and updated.enabled is False
    assert (await maybe(c.email_servers.get(server.id))).to_dict() == updated.to_dict()
    listed = await collect(await maybe(c.email_servers.list(limit=100)))
    assert updated.to_dict() in [s.to_dict() for s in listed]
    disabled = await refused(EigenpalAPIError, lambda: c.email_servers.test(server.id, to="me@x.test"), 409)
    assert disabled.field == "id"
    answers = [s.to_dict() for s in (server, other, updated, *listed)]
    assert not [secret for secret in SECRETS for answer in answers if secret in str(answer)]
    switched = await maybe(c.email_servers.update(other.id, smtp(f"{name}-r", host="mail.invalid")))
    assert (switched.transport, switched.password_configured) == ("smtp", True)
    assert (
        await maybe(c.email_servers.test(other.id, to="me@x.test"))
    ).ok is False  # its host is unreachable
    assert (await maybe(c.email_servers.delete(server.id))).deleted is True
    assert (await refused(EigenpalNotFoundError, lambda: c.email_servers.get(server.id))).field == "id"


async def test_email_server_refusals_name_the_field(client: Any) -> None:
    c, name = client, unique("post")
    server = await maybe(c.email_servers.create(smtp(name)))
    create, update = c.email_servers.create, c.email_servers.update
    assert (await refused(EigenpalAPIError, lambda: create(smtp(name)), 409)).field == "name"
    resend_without_key = {"transport": "resend", "fromEmail": "a@x.test", "fromName": "A"}
    for call, field in [
        (lambda: create(smtp(unique("post"), fromEmail="not-an-address")), "fromEmail"),
        (lambda: create(smtp(unique("post"), port=70000)), "port"),
        (lambda: create(smtp(unique("post"), host=" ")), "host"),
        (lambda: create(smtp(" ")), "name"),
        (lambda: update(server.id, {"port": "25"}), "port"),
        (lambda: update(server.id, {"transport": "smtp", "host": "h"}), "port"),  # restate smtp in full
        (lambda: update(server.id, resend_without_key), "apiKey"),
        (lambda: c.email_servers.test(server.id, to="nobody"), "to"),
    ]:
        assert (await refused(EigenpalValidationError, call)).field == field
    assert (await maybe(c.email_servers.get(server.id))).to_dict() == server.to_dict()


# ---- models and parser readiness --------------------------------------------------------------------------
async def test_models_filter_by_capability_and_the_parser_is_ready(client: Any) -> None:
    c = client
    every = await maybe(c.models.list())
    assert every.total == len(every.data) == 2
    for capability, model in [("ocr", "emulator/ocr"), ("vision", "emulator/text-vision")]:
        found = (await maybe(c.models.list(capability=capability))).data
        assert [(m.id, capability in m.default_for) for m in found] == [(model, True)]
    with pytest.raises(EigenpalUsageError, match="capability"):
        await maybe(c.models.list(capability="audio"))
    ready = await maybe(c.models.parser_readiness())
    assert (ready.image_reading, ready.providers.ocr, ready.providers.vision, ready.warnings) == (
        "configured", "emulator/ocr", "emulator/text-vision", []
    )  # fmt: skip


UNREADY = [
    EmulatedModel("acme/llm", "llm", ("text",), label="Text only"),
    EmulatedModel("acme/ocr", "ocr", ("ocr",), configured=False),
]


@pytest.fixture(scope="module")
def unready_emu() -> Any:
    with Emulator(latency=0.01, models=UNREADY) as emulator:
        yield emulator


@pytest.fixture(params=["sync", "async"])
async def unready(
    request: pytest.FixtureRequest, unready_emu: Emulator, anyio_backend: str
) -> AsyncIterator[Any]:
    """A client of either kind on an emulator whose tenant has no configured OCR or vision model."""
    if request.param == "sync":
        with unready_emu.client() as made:
            yield made
    else:
        async with unready_emu.async_client() as made:
            yield made


async def test_a_tenant_without_image_models_has_a_parser_that_is_not_ready(unready: Any) -> None:
    ready = await maybe(unready.models.parser_readiness())
    assert (ready.image_reading, ready.providers.ocr, ready.providers.vision) == ("unconfigured", None, None)
    assert ready.warnings and "OCR or vision" in ready.warnings[0]
    listed = (await maybe(unready.models.list(capability="ocr"))).data
    assert [(m.id, m.configured, m.health, m.default_for) for m in listed] == [
        ("acme/ocr", False, "unconfigured", [])
    ]
