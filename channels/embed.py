"""Which websites may embed the chat widget and connect to socket.io from a browser.

``ASSISTANT_ALLOWED_ORIGINS`` lists the host sites' origins (``scheme://host[:port]``,
separated by spaces or commas), read once at start-up; the assistant's own origin is always
allowed, so the default (unset) allows only the assistant itself. The list is enforced in
three places: ``channels/web.py`` refuses ``embed.js`` to pages of other origins (by their
``Referer``) and sends the chat page with ``Content-Security-Policy: frame-ancestors``, so
browsers refuse to show it in their frames; ``channels/socketio.py`` refuses socket.io
connections whose ``Origin`` is not listed.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

ENV_VAR = "ASSISTANT_ALLOWED_ORIGINS"
DEFAULT_PORTS = {"http": 80, "https": 443}
# A host name, an IPv4 address or an IPv6 address (no wildcard, no user info).
HOST = re.compile(r"[a-z0-9.-]+|[0-9a-f:.]+")


def origin_of(url: str) -> str | None:
    """The normalized origin of an absolute http(s) URL (no default port); else ``None``."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if scheme not in DEFAULT_PORTS or not HOST.fullmatch(host):
        return None
    if ":" in host:  # an IPv6 address
        host = f"[{host}]"
    if port is None or port == DEFAULT_PORTS[scheme]:
        return f"{scheme}://{host}"
    return f"{scheme}://{host}:{port}"


def parse_origin(text: str) -> str:
    """``text`` as a normalized origin; ``ValueError`` if it is not exactly an origin."""
    origin = origin_of(text)
    path = urlsplit(text.strip()).path
    if origin is None or path not in ("", "/") or "?" in text or "#" in text or "@" in text:
        raise ValueError(
            f"{ENV_VAR}: {text!r} is not an origin such as https://www.example.org "
            "(scheme, host and optional port; no path or wildcard)"
        )
    return origin


def own_origins(
    scheme: str, host: str, forwarded_proto: str | None = None, forwarded_host: str | None = None
) -> set[str]:
    """The assistant's own origin(s) as a request sees them, also through a reverse proxy.

    Mirrors python-engineio's same-origin rule: the Host header with the request's scheme,
    and ``X-Forwarded-Proto``/``X-Forwarded-Host`` (first value) when a proxy sets them.
    """
    candidates = [f"{scheme}://{host}"]
    if forwarded_proto or forwarded_host:
        proto = (forwarded_proto or scheme).split(",")[0].strip()
        candidates.append(f"{proto}://{(forwarded_host or host).split(',')[0].strip()}")
    return {origin for origin in map(origin_of, candidates) if origin}


@dataclass(frozen=True)
class AllowedOrigins:
    """The host sites' origins, besides the assistant's own."""

    origins: tuple[str, ...] = ()

    @classmethod
    def parse(cls, text: str) -> AllowedOrigins:
        """From the variable's value: origins separated by spaces or commas."""
        entries = text.replace(",", " ").split()
        return cls(tuple(dict.fromkeys(parse_origin(entry) for entry in entries)))

    @classmethod
    def from_env(cls, environ: Mapping[str, str] = os.environ) -> AllowedOrigins:
        """From ``ASSISTANT_ALLOWED_ORIGINS`` (unset or empty: none besides its own)."""
        return cls.parse(environ.get(ENV_VAR, ""))

    def allows(self, origin: str | None, own: set[str]) -> bool:
        """Whether a page of ``origin`` (any URL or origin) may embed or connect."""
        normalized = origin_of(origin or "")
        return normalized is not None and (normalized in own or normalized in self.origins)

    def accepts_socketio(self, origin: str, environ: Mapping[str, str]) -> bool:
        """python-engineio's ``cors_allowed_origins`` check for a browser's ``Origin``."""
        own = own_origins(
            environ.get("wsgi.url_scheme", "http"),
            environ.get("HTTP_HOST", ""),
            environ.get("HTTP_X_FORWARDED_PROTO"),
            environ.get("HTTP_X_FORWARDED_HOST"),
        )
        return self.allows(origin, own)

    def frame_ancestors(self) -> str:
        """The CSP directive that lets only these origins (and the assistant) frame a page."""
        return " ".join(["frame-ancestors 'self'", *self.origins])


def refusal(origin: str) -> str:
    """The message for a page whose origin may not embed the assistant."""
    return (
        f"{origin} may not embed this assistant: add it to {ENV_VAR} "
        "on the assistant's server to allow it.\n"
    )
