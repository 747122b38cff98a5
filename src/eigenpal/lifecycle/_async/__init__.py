"""The lifecycle helpers that call the API, written once as async code; codegen/unasync.py derives the
blocking twin from it."""
