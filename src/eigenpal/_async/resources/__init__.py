"""The hand-written mixins of the client tree: each holds one node's special methods (uploads, downloads,
streams, waits). The node's generated class in ``_facade.py`` inherits it; ``codegen/facade.py`` (``MIXINS``)
names which node takes which mixin."""
