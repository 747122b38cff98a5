"""The httpx transport, written once as async code; codegen/unasync.py derives the blocking twin from it."""
