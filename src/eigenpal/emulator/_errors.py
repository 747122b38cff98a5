"""The error envelope any layer of the emulator may raise: ``ApiError`` and the issues it carries.

It knows no web framework: the world raises these as its domain errors, and the app turns them into
the spec's ``{"issues": [...], "requestId": ...}`` answer.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Issue:
    """One problem in an error envelope: which field, what is wrong, a machine-readable code."""

    field: str
    message: str
    code: str = "invalid_value"
    severity: str = "error"

    def to_json(self) -> dict[str, str]:
        return {"field": self.field, "message": self.message, "code": self.code, "severity": self.severity}


class ApiError(Exception):
    """Raised anywhere in the emulator to answer with the error envelope."""

    def __init__(
        self,
        status: int,
        issues: list[Issue],
        *,
        hint: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(f"{status}: {issues}")
        self.status = status
        self.issues = issues
        self.hint = hint
        self.headers = headers or {}


def fail(
    status: int, field_name: str, message: str, code: str = "invalid_value", hint: str | None = None
) -> ApiError:
    """An ``ApiError`` with one issue: ``raise fail(404, "id", "Run not found", "not_found")``."""
    return ApiError(status, [Issue(field_name, message, code)], hint=hint)


def not_found(what: str, value: str, field_name: str = "id") -> ApiError:
    return fail(404, field_name, f"{what} {value!r} not found", "not_found")


def too_large(field_name: str, message: str) -> ApiError:
    """A 413 that also closes the connection: the rest of the body is not worth reading."""
    return ApiError(413, [Issue(field_name, message, "payload_too_large")], headers={"connection": "close"})
