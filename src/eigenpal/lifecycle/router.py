"""``Router``, ``Routed`` and ``RouterStats`` where earlier releases kept them; ``eigenpal.lifecycle`` has
them too."""

from ._routing import Routed, RouterStats
from ._sync.router import Router

__all__ = ["Routed", "Router", "RouterStats"]
