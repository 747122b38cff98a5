"""The handlers of the emulated API, one module per node of the client tree.

Each module exposes ``HANDLERS``, its operations' handlers by operationId; ``_app`` assembles them.
"""
