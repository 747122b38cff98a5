"""Which proxy carries a client's calls: one decision per client and API host, that every transport follows.

The rules (the README's "Proxies"):

- ``proxy="http://[user:password@]host:port"`` carries the calls to an https ``base_url``; it wins over the
  environment, as every argument does.
- Otherwise, with ``trust_env=True`` (the default), the environment decides, read as urllib, httpx and
  aiohttp read it (``urllib.request.getproxies`` and ``proxy_bypass``): ``HTTPS_PROXY`` (or
  ``https_proxy``), else ``ALL_PROXY`` (``all_proxy``), unless ``NO_PROXY`` (``no_proxy``) lists the host;
  on macOS and Windows the system settings when the environment names no proxy.
- An https API is reached through the proxy in a CONNECT tunnel: the proxy sees the host and port, never
  the key. A plain-http API never goes through a proxy, which would read its ``Authorization`` header: the
  environment's proxies are not used for it (the host is reached directly), and an explicit ``proxy`` with
  an http ``base_url`` is refused.
- Only ``http://`` proxies, the same on every transport: aiohttp (asyncio) has no SOCKS without extra
  packages, and an ``https://`` proxy (TLS to the proxy itself) needs TLS in TLS, which asyncio lacks on
  Python 3.10. A caller's own ``http_client`` keeps its own proxy settings.

Credentials in a proxy URL become a ``Proxy-Authorization`` header for the proxy alone; the transports get
the URL without them, and no message repeats them.
"""

from __future__ import annotations

import base64
from typing import NamedTuple
from urllib.parse import SplitResult, unquote, urlsplit

from .._errors import EigenpalUsageError
from .._logging import logger
from .._redact import redact_url

EXAMPLE = "'http://proxy.example.com:3128'"


class Proxy(NamedTuple):
    """An HTTP proxy: its URL without credentials, and the ``Proxy-Authorization`` they make."""

    url: str
    authorization: str | None = None

    @property
    def headers(self) -> dict[str, str]:
        """What the proxy is sent with each tunnel request."""
        return {} if self.authorization is None else {"Proxy-Authorization": self.authorization}

    def __repr__(self) -> str:
        return f"Proxy({self.url!r})"  # never the credentials


def parse_proxy(value: object, source: str) -> Proxy:
    """``value`` checked as a proxy URL; ``source`` (``proxy`` or the environment variable) names it in
    messages, which show the URL without its credentials."""
    if not isinstance(value, str) or not value.strip():
        raise EigenpalUsageError(f"{source} must be an http:// URL such as {EXAMPLE}.")
    text = value.strip()
    if "://" not in text and source != "proxy":  # the environment may leave the scheme out, as curl allows
        text = "http://" + text
    shown = f"{source}={redact_url(text)!r}"
    fix = (
        " (or unset it, list the API host in NO_PROXY, or pass trust_env=False)" if source != "proxy" else ""
    )
    parts = _split(text)
    scheme = parts.scheme.lower() if parts is not None else ""
    if scheme.startswith("socks"):
        raise EigenpalUsageError(
            f"{shown} is a SOCKS proxy, which the SDK does not support (aiohttp, which carries the async "
            "client's calls, needs extra packages for SOCKS, and every transport works the same); use an "
            f"HTTP proxy, or pass http_client= a client of your own set up for SOCKS{fix}."
        )
    if scheme == "https":
        raise EigenpalUsageError(
            f"{shown} is an https:// proxy (TLS to the proxy itself), which the SDK does not support; give "
            "its http:// address: calls to an https API still travel encrypted end to end, in a tunnel "
            f"through it{fix}."
        )
    if parts is None or scheme != "http" or not parts.hostname:
        raise EigenpalUsageError(f"{shown} must be an http:// URL such as {EXAMPLE}{fix}.")
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise EigenpalUsageError(f"{shown} must be a proxy's address alone, such as {EXAMPLE}{fix}.")
    authorization = None
    if parts.username is not None or parts.password is not None:
        pair = f"{unquote(parts.username or '')}:{unquote(parts.password or '')}"
        authorization = "Basic " + base64.b64encode(pair.encode()).decode()
    return Proxy("http://" + parts.netloc.rpartition("@")[2], authorization)


def proxy_for(base_url: str, proxy: Proxy | None, trust_env: bool) -> Proxy | None:
    """The proxy that carries calls to ``base_url``, or ``None`` to reach it directly.

    Decided when a client (or a ``with_options`` copy with another ``base_url``) is made, never per call."""
    parts = urlsplit(base_url)
    if parts.scheme != "https":
        if proxy is not None:
            raise EigenpalUsageError(
                f"proxy is set but base_url {base_url!r} is plain http: through a proxy the API key would "
                "travel in clear in front of it, so the SDK never sends it that way; use an https base_url, "
                "or leave proxy out to reach the host directly."
            )
        if trust_env:
            _note_unused(parts)
        return None
    if proxy is not None or not trust_env:
        return proxy
    import urllib.request

    found = urllib.request.getproxies()
    name = "https" if found.get("https") else "all" if found.get("all") else None
    if name is None or urllib.request.proxy_bypass(parts.netloc):
        return None
    return parse_proxy(found[name], f"{name.upper()}_PROXY")


def _note_unused(parts: SplitResult) -> None:
    """Say (at debug level) that the environment's proxy is not used for a plain-http API, and why."""
    import urllib.request

    found = urllib.request.getproxies()
    name = "http" if found.get("http") else "all" if found.get("all") else None
    if name is not None and not urllib.request.proxy_bypass(parts.netloc):
        logger.debug(
            "%s_PROXY is not used for http://%s: a proxy would read the API key sent in clear, so the "
            "host is reached directly (use https to go through the proxy)",
            name.upper(),
            parts.netloc,
        )


def _split(text: str) -> SplitResult | None:
    """``text`` split into URL parts, or ``None`` when it is not a URL (a port that is not a number)."""
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018  (raises on a malformed port)
    except ValueError:
        return None
    return parts
