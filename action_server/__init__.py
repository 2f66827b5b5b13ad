"""The action server, closed: loopback by default, a shared secret, errors without data."""

from __future__ import annotations

import hmac
import logging

from rasa_sdk.endpoint import create_app
from sanic import Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse

logger = logging.getLogger(__name__)

TOKEN_VARIABLE = "ACTION_SERVER_TOKEN"
OPEN_PATHS = frozenset({"/health"})
# Statuses whose rasa-sdk bodies would carry request data; 400 stays (Rasa reads its
# action_name to let a form's rejected validation fall through to other policies).
GENERIC_ERRORS = {404: "not found", 405: "method not allowed", 500: "internal error"}
# Idle connections are kept this long (Sanic's default is 5 s): longer than the Rasa
# server's client keeps them (15 s, guard/keep_alive.py), so a reused one is never
# closed by this side at the same moment.
KEEP_ALIVE_SECONDS = 75


def has_token(token: str, authorization: str | None) -> bool:
    """Whether the ``Authorization`` header carries ``Bearer <token>``."""
    given = (authorization or "").removeprefix("Bearer ").strip()
    return hmac.compare_digest(given.encode(), token.encode())


def build_app(token: str, actions_package: str = "actions") -> Sanic:
    """rasa-sdk's app requiring ``token`` on every route but /health, with sanitized errors."""
    if not token:
        raise ValueError(f"the action server needs a shared secret (${TOKEN_VARIABLE})")
    # Here: the entry point may block TensorFlow first.
    from action_server import replies
    from guard.memory import settle_after_loading
    from knowledge.warm_up import warm_up

    app = create_app(actions_package, cors_origins=None)
    app.config.KEEP_ALIVE_TIMEOUT = KEEP_ALIVE_SECONDS
    warm_up()  # the first question is then as fast as the rest
    settle_after_loading()

    @app.middleware("request")
    async def require_token(request: Request) -> HTTPResponse | None:
        if request.path in OPEN_PATHS or has_token(token, request.headers.get("authorization")):
            return None
        return response.json({"error": "unauthorized"}, status=401)

    async def sanitized_error(request: Request, exception: Exception) -> HTTPResponse:
        status = getattr(exception, "status_code", 500)
        if status >= 500:
            logger.error("Action server error: %s", type(exception).__name__, exc_info=exception)
        return response.json({"error": GENERIC_ERRORS.get(status, "error")}, status=status)

    app.error_handler.add(Exception, sanitized_error)
    replies.install(app)

    @app.middleware("response")
    async def strip_error_bodies(request: Request, reply: HTTPResponse) -> HTTPResponse | None:
        if reply.status in GENERIC_ERRORS:
            return response.json({"error": GENERIC_ERRORS[reply.status]}, status=reply.status)
        return None

    return app
