"""``python -m eigenpal.cli``, the same as the ``eigenpal`` console script."""

from . import main

raise SystemExit(main())
