from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
)

T = TypeVar("T", bound="RunUsage")


@_attrs_define(repr=False)
class RunUsage(Model):
    """Tokens, credits, duration and call counts a run consumed."""

    tokens: RunUsageTokens
    credits_charged: float | None
    duration_ms: float | None
    llm_call_count: float | Unset = UNSET
    ocr_pages_processed: float | Unset = UNSET
    agent_turns: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "tokens": "tokens",
        "creditsCharged": "credits_charged",
        "durationMs": "duration_ms",
        "llmCallCount": "llm_call_count",
        "ocrPagesProcessed": "ocr_pages_processed",
        "agentTurns": "agent_turns",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "tokens",
            "creditsCharged",
            "durationMs",
        }
    )
    _CLOSED: ClassVar[bool] = True
    _TITLE: ClassVar[str | None] = "RunUsage"
    _CONSTS: ClassVar[dict[str, Any]] = {}

    @classmethod
    def _match_score(cls, data: Mapping[str, Any]) -> tuple[int, int]:
        """``Model._match_score`` with this model's keys written in: unions rank members with it on every parse."""
        keys = data.keys()
        known = len(keys & cls._WIRE_NAMES.keys())
        mismatch = len(cls._REQUIRED_KEYS - keys) + len(keys) - known
        return mismatch, known

    def to_dict(self) -> dict[str, Any]:
        """The wire JSON of this model: known fields by wire name, unset ones left out, unknown ones kept."""
        field_dict: dict[str, Any] = {}
        if not isinstance(self.tokens, Unset):
            tokens = self.tokens.to_dict()
            field_dict["tokens"] = tokens

        if not isinstance(self.credits_charged, Unset):
            credits_charged: float | None
            credits_charged = self.credits_charged
            field_dict["creditsCharged"] = credits_charged

        if not isinstance(self.duration_ms, Unset):
            duration_ms: float | None
            duration_ms = self.duration_ms
            field_dict["durationMs"] = duration_ms

        llm_call_count = self.llm_call_count
        if llm_call_count is not UNSET:
            field_dict["llmCallCount"] = llm_call_count

        ocr_pages_processed = self.ocr_pages_processed
        if ocr_pages_processed is not UNSET:
            field_dict["ocrPagesProcessed"] = ocr_pages_processed

        agent_turns: float | None | Unset
        if isinstance(self.agent_turns, Unset):
            agent_turns = UNSET
        else:
            agent_turns = self.agent_turns
        if agent_turns is not UNSET:
            field_dict["agentTurns"] = agent_turns

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_tokens = d.pop("tokens", UNSET)
        if _raw_tokens is UNSET:
            tokens = missing_required("RunUsage", "tokens")
        else:
            tokens = RunUsageTokens.from_dict(_raw_tokens)

        _raw_credits_charged = d.pop("creditsCharged", UNSET)
        if _raw_credits_charged is UNSET:
            credits_charged = missing_required("RunUsage", "creditsCharged")
        else:
            credits_charged = _raw_credits_charged

        _raw_duration_ms = d.pop("durationMs", UNSET)
        if _raw_duration_ms is UNSET:
            duration_ms = missing_required("RunUsage", "durationMs")
        else:
            duration_ms = _raw_duration_ms

        llm_call_count = d.pop("llmCallCount", UNSET)

        ocr_pages_processed = d.pop("ocrPagesProcessed", UNSET)

        _raw_agent_turns = d.pop("agentTurns", UNSET)
        agent_turns = _raw_agent_turns

        run_usage = cls(
            tokens=tokens,
            credits_charged=credits_charged,
            duration_ms=duration_ms,
            llm_call_count=llm_call_count,
            ocr_pages_processed=ocr_pages_processed,
            agent_turns=agent_turns,
        )

        run_usage.additional_properties = d
        return run_usage


from ..models.run_usage_tokens import RunUsageTokens  # noqa: E402
