from __future__ import annotations

from enum import Enum


class WebhookRunType(str, Enum):
    """Values the server adds later are kept as members created on the fly, never rejected."""

    AGENT = "agent"
    WORKFLOW = "workflow"

    def __str__(self) -> str:
        return str(self.value)

    def __repr__(self) -> str:
        """The value as it reads in JSON, so a list of statuses prints ``['completed']``."""
        return repr(self.value)

    @classmethod
    def _missing_(cls, value: object) -> WebhookRunType | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
