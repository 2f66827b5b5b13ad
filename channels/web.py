"""Serves the chat widget's page and assets at /chat/, next to the socket.io channel.

The page talks to ``channels.socketio.SocketIOInput`` on the same origin; every file it
loads comes from ``web/`` (socket.io-client from ``web/node_modules``, installed by
``npm ci``), so nothing is fetched from a CDN.
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

WEB = Path(__file__).resolve().parent.parent / "web"
# The only files served: name in the URL -> file.
ASSETS = {
    "index.html": WEB / "index.html",
    "chat.css": WEB / "chat.css",
    "chat.js": WEB / "chat.js",
    "socket.io.min.js": WEB / "node_modules" / "socket.io-client" / "dist" / "socket.io.min.js",
}
HEADERS = {
    "Cache-Control": "no-cache",
    # Same-origin only: scripts, styles and the socket.io connection ('self' covers ws:).
    "Content-Security-Policy": "default-src 'self'",
    "X-Content-Type-Options": "nosniff",
}


class WebChatInput(InputChannel):
    """The chat page: GET /chat/ and its assets; messages go through socket.io."""

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

        # Strict slashes: the page's relative asset URLs need the trailing slash.
        @web_chat.route("/", methods=["GET"], strict_slashes=True)
        async def page(_: Request) -> HTTPResponse:
            return await response.file(ASSETS["index.html"], headers=HEADERS)

        @web_chat.route("", methods=["GET"], strict_slashes=True)
        async def to_page(request: Request) -> HTTPResponse:
            return response.redirect(f"{request.path}/")

        @web_chat.route("/<name>", methods=["GET"])
        async def asset(_: Request, name: str) -> HTTPResponse:
            if name not in ASSETS:
                raise NotFound(f"No such asset: {name}")
            return await response.file(ASSETS[name], headers=HEADERS)

        return web_chat
