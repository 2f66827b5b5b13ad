"""Serves the chat widget's page, its assets and the embed script at /chat/.

The page talks to ``channels.socketio.SocketIOInput`` on the same origin; every file it
loads comes from ``web/`` (socket.io-client from ``web/node_modules``, installed by
``npm ci``), so nothing is fetched from a CDN. Other websites embed it with
``<script src=".../chat/embed.js">``, which shows the page in an iframe
(``/chat/?embed=1&host=<their origin>``); only origins in ``ASSISTANT_ALLOWED_ORIGINS``
may (``channels/embed.py``).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from rasa.core.channels.channel import InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.exceptions import NotFound
from sanic.request import Request
from sanic.response import HTTPResponse

from channels.embed import AllowedOrigins, origin_of, own_origins, refusal

WEB = Path(__file__).resolve().parent.parent / "web"
EMBED_SCRIPT = WEB / "embed.js"
# The only other files served: name in the URL -> file.
ASSETS = {
    "index.html": WEB / "index.html",
    "chat.css": WEB / "chat.css",
    "chat.js": WEB / "chat.js",
    "panel.js": WEB / "panel.js",
    "socket.io.min.js": WEB / "node_modules" / "socket.io-client" / "dist" / "socket.io.min.js",
}
HEADERS = {
    "Cache-Control": "no-cache",
    "X-Content-Type-Options": "nosniff",
}
# A refusal is plain text that loads nothing; it may show in any frame.
REFUSAL_HEADERS = {**HEADERS, "Content-Security-Policy": "default-src 'none'"}


def request_origins(request: Request) -> set[str]:
    """The assistant's own origin(s) as seen by ``request``."""
    return own_origins(
        request.scheme,
        request.headers.get("host", ""),
        request.headers.get("x-forwarded-proto"),
        request.headers.get("x-forwarded-host"),
    )


class WebChatInput(InputChannel):
    """The chat page: GET /chat/, its assets and embed.js; messages go through socket.io."""

    @classmethod
    def name(cls) -> str:
        """The channel's name in credentials.yml and tracker events."""
        return "web"

    def url_prefix(self) -> str:
        """Mount at /chat rather than /webhooks/web."""
        return "/chat"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        """Routes for the page and its assets (``on_new_message`` is socket.io's job)."""
        web_chat = Blueprint("web_chat", __name__)
        allowed = AllowedOrigins.from_env()
        headers = {
            **HEADERS,
            # Same-origin only: scripts, styles and the socket.io connection ('self' covers
            # ws:); only the allowed host sites may show it in a frame.
            "Content-Security-Policy": f"default-src 'self'; {allowed.frame_ancestors()}",
        }

        def refused(
            origin: str | None, request: Request, extra: dict[str, str]
        ) -> HTTPResponse | None:
            if origin is None or allowed.allows(origin, request_origins(request)):
                return None
            message = refusal(origin_of(origin) or "This page")
            return response.text(message, status=403, headers={**REFUSAL_HEADERS, **extra})

        # Strict slashes: the page's relative asset URLs need the trailing slash.
        @web_chat.route("/", methods=["GET"], strict_slashes=True)
        async def page(request: Request) -> HTTPResponse:
            # The embed script names its host page's origin; a refusal is clearer than the
            # browser's blocked frame (which frame-ancestors still ensures for a false one).
            return refused(request.args.get("host"), request, {}) or await response.file(
                ASSETS["index.html"], headers=headers
            )

        @web_chat.route("", methods=["GET"], strict_slashes=True)
        async def to_page(request: Request) -> HTTPResponse:
            return response.redirect(f"{request.path}/")

        @web_chat.route("/embed.js", methods=["GET"])
        async def embed_script(request: Request) -> HTTPResponse:
            # Browsers send the page's origin as the Referer by default; without one the
            # script loads, and the frame's Content-Security-Policy decides.
            vary = {"Vary": "Referer"}
            return refused(request.headers.get("referer"), request, vary) or await response.file(
                EMBED_SCRIPT, headers={**headers, **vary}
            )

        @web_chat.route("/<name>", methods=["GET"])
        async def asset(_: Request, name: str) -> HTTPResponse:
            if name not in ASSETS:
                raise NotFound(f"No such asset: {name}")
            return await response.file(ASSETS[name], headers=headers)

        return web_chat
