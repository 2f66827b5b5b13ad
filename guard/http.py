"""HTTP hardening of the Rasa server: no version banner, a bounded request size."""

from __future__ import annotations

import os

import rasa.server
from sanic import Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse

# Sanic reads SANIC_* variables into its config: bodies beyond this get 413.
MAX_REQUEST_BYTES = 256 * 1024


def add_root_route(app: Sanic) -> None:
    """``GET /`` answers that the server is up, without naming Rasa or its version."""

    @app.get("/")
    async def status(_: Request) -> HTTPResponse:
        return response.json({"status": "ok"})


def install() -> None:
    """Replace Rasa's root route and cap the request size (before the app is created)."""
    rasa.server.add_root_route = add_root_route
    os.environ.setdefault("SANIC_REQUEST_MAX_SIZE", str(MAX_REQUEST_BYTES))
