from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.execution_status import ExecutionStatus
from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
)

T = TypeVar("T", bound="AgentRunExecution")


@_attrs_define(repr=False)
class AgentRunExecution(Model):
    """Full execution of an agent run: status, output files, its review and expected output."""

    status: ExecutionStatus
    """ State of a run's execution: `created`, `pending`, `running`, `waiting` (held, e.g. for a person's review),
    `finalizing`, `completed`, `failed`, `cancelled` or `rejected`. """
    schema_valid: bool | None
    batch_id: None | str
    retry: RunExecutionRetry
    """ Links between a run and its retries. """
    files: AgentRunExecutionFiles
    review: None | RunReview | Unset = UNSET
    human_review: None | RunHumanReviewSummary | Unset = UNSET
    expected: AgentRunExecutionExpected | Unset = UNSET
    comparison: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "status": "status",
        "schemaValid": "schema_valid",
        "batchId": "batch_id",
        "retry": "retry",
        "files": "files",
        "review": "review",
        "humanReview": "human_review",
        "expected": "expected",
        "comparison": "comparison",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "status",
            "schemaValid",
            "batchId",
            "retry",
            "files",
        }
    )
    _CLOSED: ClassVar[bool] = True
    _TITLE: ClassVar[str | None] = "AgentRunExecution"
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
        if not isinstance(self.status, Unset):
            status = self.status.value
            field_dict["status"] = status

        if not isinstance(self.schema_valid, Unset):
            schema_valid: bool | None
            schema_valid = self.schema_valid
            field_dict["schemaValid"] = schema_valid

        if not isinstance(self.batch_id, Unset):
            batch_id: None | str
            batch_id = self.batch_id
            field_dict["batchId"] = batch_id

        if not isinstance(self.retry, Unset):
            retry = self.retry.to_dict()
            field_dict["retry"] = retry

        if not isinstance(self.files, Unset):
            files = self.files.to_dict()
            field_dict["files"] = files

        review: dict[str, Any] | None | Unset
        if isinstance(self.review, Unset):
            review = UNSET
        elif isinstance(self.review, RunReview):
            review = self.review.to_dict()
        else:
            review = self.review
        if review is not UNSET:
            field_dict["review"] = review

        human_review: dict[str, Any] | None | Unset
        if isinstance(self.human_review, Unset):
            human_review = UNSET
        elif isinstance(self.human_review, RunHumanReviewSummary):
            human_review = self.human_review.to_dict()
        else:
            human_review = self.human_review
        if human_review is not UNSET:
            field_dict["humanReview"] = human_review

        expected: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expected, Unset):
            expected = self.expected.to_dict()
        if expected is not UNSET:
            field_dict["expected"] = expected

        comparison = self.comparison
        if comparison is not UNSET:
            field_dict["comparison"] = comparison

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_status = d.pop("status", UNSET)
        if _raw_status is UNSET:
            status = missing_required("AgentRunExecution", "status")
        else:
            status = ExecutionStatus(_raw_status)

        _raw_schema_valid = d.pop("schemaValid", UNSET)
        if _raw_schema_valid is UNSET:
            schema_valid = missing_required("AgentRunExecution", "schemaValid")
        else:
            schema_valid = _raw_schema_valid

        _raw_batch_id = d.pop("batchId", UNSET)
        if _raw_batch_id is UNSET:
            batch_id = missing_required("AgentRunExecution", "batchId")
        else:
            batch_id = _raw_batch_id

        _raw_retry = d.pop("retry", UNSET)
        if _raw_retry is UNSET:
            retry = missing_required("AgentRunExecution", "retry")
        else:
            retry = RunExecutionRetry.from_dict(_raw_retry)

        _raw_files = d.pop("files", UNSET)
        if _raw_files is UNSET:
            files = missing_required("AgentRunExecution", "files")
        else:
            files = AgentRunExecutionFiles.from_dict(_raw_files)

        _raw_review = d.pop("review", UNSET)
        review = RunReview.from_dict(_raw_review) if isinstance(_raw_review, dict) else _raw_review

        _raw_human_review = d.pop("humanReview", UNSET)
        human_review = (
            RunHumanReviewSummary.from_dict(_raw_human_review)
            if isinstance(_raw_human_review, dict)
            else _raw_human_review
        )

        _expected = d.pop("expected", UNSET)
        expected: AgentRunExecutionExpected | Unset
        if isinstance(_expected, Unset):
            expected = UNSET
        else:
            expected = AgentRunExecutionExpected.from_dict(_expected)

        comparison = d.pop("comparison", UNSET)

        agent_run_execution = cls(
            status=status,
            schema_valid=schema_valid,
            batch_id=batch_id,
            retry=retry,
            files=files,
            review=review,
            human_review=human_review,
            expected=expected,
            comparison=comparison,
        )

        agent_run_execution.additional_properties = d
        return agent_run_execution


from ..models.agent_run_execution_expected import AgentRunExecutionExpected  # noqa: E402
from ..models.agent_run_execution_files import AgentRunExecutionFiles  # noqa: E402
from ..models.run_execution_retry import RunExecutionRetry  # noqa: E402
from ..models.run_human_review_summary import RunHumanReviewSummary  # noqa: E402
from ..models.run_review import RunReview  # noqa: E402
