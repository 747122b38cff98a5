"""Fork safety: a pool is only ever used by the process that made it.

A child made by fork (multiprocessing's fork start method, gunicorn ``--preload``, Celery prefork)
inherits the parent's memory, each client's pool and the sockets in it included: a child calling
through it would write requests to the parent's connections and read answers meant for another
process. ``os.register_at_fork`` runs ``_after_fork_in_child`` in every child before it runs anything
else, and each pool registered with ``track`` forgets what it inherited (``_async/_connections.py``):
the next call makes a pool of the child's own. The hot path pays nothing, not even a pid compare.

What is forgotten is dropped, never closed: closing a connection could write to a socket the parent
still uses (TLS's ``close_notify``, asyncio unregistering it from an epoll set the two processes
share). Python's collection of the dropped objects only releases the child's copies of the descriptors
(``close(2)``, which sends nothing while the parent holds them); aiohttp's transport
(``_transports/aiohttp.py``) compares the pid so that aiohttp's own finalizers do nothing else.
"""

from __future__ import annotations

import os
import warnings
import weakref
from typing import Protocol


class Inherited(Protocol):
    def forget_after_fork(self) -> None:
        """Drop what was inherited from the parent (without closing it) and renew locks."""
        ...


_POOLS: weakref.WeakSet[Inherited] = weakref.WeakSet()


def track(pool: Inherited) -> None:
    """Have ``pool`` forget its connections in a forked child."""
    _POOLS.add(pool)


def _after_fork_in_child() -> None:
    with warnings.catch_warnings():  # the child's copies of the sockets are released on purpose
        warnings.simplefilter("ignore", ResourceWarning)
        for pool in list(_POOLS):
            pool.forget_after_fork()


if hasattr(os, "register_at_fork"):  # POSIX; Windows has no fork
    os.register_at_fork(after_in_child=_after_fork_in_child)
