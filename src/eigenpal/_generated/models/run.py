from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_type import RunType
from ..types import (
    UNSET,
    Model,
    Unset,
    best_match,
    missing_required,
)

T = TypeVar("T", bound="Run")


@_attrs_define(repr=False)
class Run(Model):
    """A run with its timing, source, trigger, execution and, once terminal, its output, files and error."""

    tags: list[str]
    id: str
    type_: RunType
    finished: bool
    sample_rank: float
    timing: RunTiming
    """ When the run was created, started and completed, its duration and any cancellation request. """
    source: RunSource
    """ The automation and version a run executed. """
    trigger: RunTrigger
    """ What started the run and, for user-started runs, who. """
    execution: AgentRunExecution | RunExecutionMeta | WorkflowRunExecution
    parent_execution_id: str | Unset = UNSET
    eval_: RunEval | Unset = UNSET
    """ The evaluation context of a run started by an experiment: its example and score. """
    output: None | RunOutputType0 | Unset = UNSET
    files: list[RunArtifact] | Unset = UNSET
    error: None | str | Unset = UNSET
    input_: RunInput | Unset = UNSET
    """ The input a run was started with (`expand=input`). """
    usage: None | RunUsage | Unset = UNSET
    debug: RunDebug | Unset = UNSET
    """ Observability data for debugging a run (`expand=debug`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "tags": "tags",
        "id": "id",
        "type": "type_",
        "finished": "finished",
        "sampleRank": "sample_rank",
        "timing": "timing",
        "source": "source",
        "trigger": "trigger",
        "execution": "execution",
        "parentExecutionId": "parent_execution_id",
        "eval": "eval_",
        "output": "output",
        "files": "files",
        "error": "error",
        "input": "input_",
        "usage": "usage",
        "debug": "debug",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "tags",
            "id",
            "type",
            "finished",
            "sampleRank",
            "timing",
            "source",
            "trigger",
            "execution",
        }
    )
    _CLOSED: ClassVar[bool] = True
    _TITLE: ClassVar[str | None] = "Run"
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
        if not isinstance(self.tags, Unset):
            tags = self.tags

            field_dict["tags"] = tags

        if not isinstance(self.id, Unset):
            id = self.id
            field_dict["id"] = id

        if not isinstance(self.type_, Unset):
            type_ = self.type_.value
            field_dict["type"] = type_

        if not isinstance(self.finished, Unset):
            finished = self.finished
            field_dict["finished"] = finished

        if not isinstance(self.sample_rank, Unset):
            sample_rank = self.sample_rank
            field_dict["sampleRank"] = sample_rank

        if not isinstance(self.timing, Unset):
            timing = self.timing.to_dict()
            field_dict["timing"] = timing

        if not isinstance(self.source, Unset):
            source = self.source.to_dict()
            field_dict["source"] = source

        if not isinstance(self.trigger, Unset):
            trigger = self.trigger.to_dict()
            field_dict["trigger"] = trigger

        if not isinstance(self.execution, Unset):
            execution: dict[str, Any]
            if isinstance(self.execution, AgentRunExecution):
                execution = self.execution.to_dict()
            elif isinstance(self.execution, RunExecutionMeta):
                execution = self.execution.to_dict()
            else:
                execution = self.execution.to_dict()

            field_dict["execution"] = execution

        parent_execution_id = self.parent_execution_id
        if parent_execution_id is not UNSET:
            field_dict["parentExecutionId"] = parent_execution_id

        eval_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.eval_, Unset):
            eval_ = self.eval_.to_dict()
        if eval_ is not UNSET:
            field_dict["eval"] = eval_

        output: dict[str, Any] | None | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        elif isinstance(self.output, RunOutputType0):
            output = self.output.to_dict()
        else:
            output = self.output
        if output is not UNSET:
            field_dict["output"] = output

        files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = []
            for files_item_data in self.files:
                files_item = files_item_data.to_dict()
                files.append(files_item)

        if files is not UNSET:
            field_dict["files"] = files

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error
        if error is not UNSET:
            field_dict["error"] = error

        input_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_, Unset):
            input_ = self.input_.to_dict()
        if input_ is not UNSET:
            field_dict["input"] = input_

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, RunUsage):
            usage = self.usage.to_dict()
        else:
            usage = self.usage
        if usage is not UNSET:
            field_dict["usage"] = usage

        debug: dict[str, Any] | Unset = UNSET
        if not isinstance(self.debug, Unset):
            debug = self.debug.to_dict()
        if debug is not UNSET:
            field_dict["debug"] = debug

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_tags = d.pop("tags", UNSET)
        if _raw_tags is UNSET:
            tags = missing_required("Run", "tags")
        else:
            tags = cast(list[str], _raw_tags)

        _raw_id = d.pop("id", UNSET)
        if _raw_id is UNSET:
            id = missing_required("Run", "id")
        else:
            id = _raw_id

        _raw_type_ = d.pop("type", UNSET)
        if _raw_type_ is UNSET:
            type_ = missing_required("Run", "type")
        else:
            type_ = RunType(_raw_type_)

        _raw_finished = d.pop("finished", UNSET)
        if _raw_finished is UNSET:
            finished = missing_required("Run", "finished")
        else:
            finished = _raw_finished

        _raw_sample_rank = d.pop("sampleRank", UNSET)
        if _raw_sample_rank is UNSET:
            sample_rank = missing_required("Run", "sampleRank")
        else:
            sample_rank = _raw_sample_rank

        _raw_timing = d.pop("timing", UNSET)
        if _raw_timing is UNSET:
            timing = missing_required("Run", "timing")
        else:
            timing = RunTiming.from_dict(_raw_timing)

        _raw_source = d.pop("source", UNSET)
        if _raw_source is UNSET:
            source = missing_required("Run", "source")
        else:
            source = RunSource.from_dict(_raw_source)

        _raw_trigger = d.pop("trigger", UNSET)
        if _raw_trigger is UNSET:
            trigger = missing_required("Run", "trigger")
        else:
            trigger = RunTrigger.from_dict(_raw_trigger)

        _raw_execution = d.pop("execution", UNSET)
        if _raw_execution is UNSET:
            execution = missing_required("Run", "execution")
        else:

            def _parse_execution(data: object) -> AgentRunExecution | RunExecutionMeta | WorkflowRunExecution:
                if isinstance(data, dict):
                    member = best_match(
                        (
                            AgentRunExecution,
                            RunExecutionMeta,
                            WorkflowRunExecution,
                        ),
                        data,
                        "execution",
                    )
                    if member == 0:
                        return AgentRunExecution.from_dict(data)
                    if member == 1:
                        return RunExecutionMeta.from_dict(data)
                    return WorkflowRunExecution.from_dict(data)
                return cast(AgentRunExecution | RunExecutionMeta | WorkflowRunExecution, data)

            execution = _parse_execution(_raw_execution)

        parent_execution_id = d.pop("parentExecutionId", UNSET)

        _eval_ = d.pop("eval", UNSET)
        eval_: RunEval | Unset
        if isinstance(_eval_, Unset):
            eval_ = UNSET
        else:
            eval_ = RunEval.from_dict(_eval_)

        _raw_output = d.pop("output", UNSET)
        output = RunOutputType0.from_dict(_raw_output) if isinstance(_raw_output, dict) else _raw_output

        _files = d.pop("files", UNSET)
        files: list[RunArtifact] | Unset = UNSET
        if _files is not UNSET:
            files = []
            for files_item_data in _files:
                files_item = RunArtifact.from_dict(files_item_data)

                files.append(files_item)

        _raw_error = d.pop("error", UNSET)
        error = _raw_error

        _input_ = d.pop("input", UNSET)
        input_: RunInput | Unset
        if isinstance(_input_, Unset):
            input_ = UNSET
        else:
            input_ = RunInput.from_dict(_input_)

        _raw_usage = d.pop("usage", UNSET)
        usage = RunUsage.from_dict(_raw_usage) if isinstance(_raw_usage, dict) else _raw_usage

        _debug = d.pop("debug", UNSET)
        debug: RunDebug | Unset
        if isinstance(_debug, Unset):
            debug = UNSET
        else:
            debug = RunDebug.from_dict(_debug)

        run = cls(
            tags=tags,
            id=id,
            type_=type_,
            finished=finished,
            sample_rank=sample_rank,
            timing=timing,
            source=source,
            trigger=trigger,
            execution=execution,
            parent_execution_id=parent_execution_id,
            eval_=eval_,
            output=output,
            files=files,
            error=error,
            input_=input_,
            usage=usage,
            debug=debug,
        )

        run.additional_properties = d
        return run


from ..models.agent_run_execution import AgentRunExecution  # noqa: E402
from ..models.run_artifact import RunArtifact  # noqa: E402
from ..models.run_debug import RunDebug  # noqa: E402
from ..models.run_eval import RunEval  # noqa: E402
from ..models.run_execution_meta import RunExecutionMeta  # noqa: E402
from ..models.run_input import RunInput  # noqa: E402
from ..models.run_output_type_0 import RunOutputType0  # noqa: E402
from ..models.run_source import RunSource  # noqa: E402
from ..models.run_timing import RunTiming  # noqa: E402
from ..models.run_trigger import RunTrigger  # noqa: E402
from ..models.run_usage import RunUsage  # noqa: E402
from ..models.workflow_run_execution import WorkflowRunExecution  # noqa: E402
