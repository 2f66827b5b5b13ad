"""Rasa's REST channel with a validated body, and a token once it is reachable beyond loopback.

``POST /webhooks/rest/webhook`` takes ``{"sender": "...", "message": "..."}``. A body that
is not JSON, lacks a string ``message`` or a non-empty ``sender`` (at most 128 characters)
gets a 400 with ``{"error": "..."}``. Requests from loopback addresses are accepted as they
are; any other caller needs ``Authorization: Bearer $REST_TOKEN`` (401 otherwise), and when
``REST_TOKEN`` is set every caller needs it.
"""

from __future__ import annotations

import hmac
import ipaddress
import logging
import os
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from guard.limits import InvalidRequest, validate_rest_body

logger = logging.getLogger(__name__)

TOKEN_VARIABLE = "REST_TOKEN"
NO_ANSWER = "Sorry, I have no answer to that. Please rephrase your question."


def is_loopback(address: str) -> bool:
    """Whether ``address`` is a loopback IP address (127.0.0.0/8, ::1)."""
    try:
        return ipaddress.ip_address(address).is_loopback
    except ValueError:
        return False


def is_authorized(token: str | None, headers: Mapping[str, str], peer: str) -> bool:
    """With a token: the bearer token must match. Without one: only loopback peers."""
    if not token:
        return is_loopback(peer)
    given = headers.get("authorization", "").removeprefix("Bearer ").strip()
    return hmac.compare_digest(given.encode(), token.encode())


def _error(status: int, reason: str) -> HTTPResponse:
    return response.json({"error": reason}, status=status)


class GuardedRestInput(RestInput):
    """The REST channel (same URL as Rasa's) with body validation and the token rule."""

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> GuardedRestInput:
        """The channel with ``token`` from credentials, else from $REST_TOKEN."""
        credentials = credentials or {}
        return cls(credentials.get("token") or os.environ.get(TOKEN_VARIABLE))

    def __init__(self, token: str | None = None) -> None:
        """A channel that requires ``token`` from every caller when it is set."""
        self.token = token

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        """GET ``/`` (health) and POST ``/webhook`` (one message, the bot's replies)."""
        rest = Blueprint("guarded_rest_webhook", __name__)

        @rest.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @rest.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            if not is_authorized(self.token, request.headers, request.ip):
                return _error(401, f"a bearer token ({TOKEN_VARIABLE}) is required")
            try:
                body = request.json
            except Exception:  # Sanic raises its own InvalidUsage for unparsable JSON
                return _error(400, "the body must be JSON")
            try:
                valid = validate_rest_body(body)
            except InvalidRequest as error:
                return _error(400, str(error))
            collector = CollectingOutputChannel()
            message = UserMessage(
                valid.message,
                collector,
                valid.sender,
                input_channel=self.name(),
                metadata=valid.metadata,
            )
            try:
                await on_new_message(message)
            except Exception:
                logger.exception("REST: Rasa failed to handle a message")
            messages = collector.messages or [{"recipient_id": valid.sender, "text": NO_ANSWER}]
            return response.json(messages)

        return rest
