"""``AsyncRouter`` where earlier releases kept it; ``eigenpal.lifecycle`` has it too."""

from ._async.router import AsyncRouter

__all__ = ["AsyncRouter"]
