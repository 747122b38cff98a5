"""Errors raised by the generated layer itself."""


class UnexpectedStatus(Exception):
    """A parser was handed a response whose status the spec does not describe as success.

    ``status_code`` is a plain ``int``, so codes outside ``http.HTTPStatus`` (a proxy's 520) are kept.
    """

    def __init__(self, status_code: int, content: bytes) -> None:
        self.status_code = status_code
        self.content = content
        super().__init__(f"Unexpected status code: {status_code}")


__all__ = ["UnexpectedStatus"]
