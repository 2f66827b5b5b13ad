"""Rasa 3.6's socket.io channel, fixed for python-socketio >= 5.10 and custom payloads.

Rasa accepts connections from any origin; here browsers may connect only from the
assistant's own origin and those in ``ASSISTANT_ALLOWED_ORIGINS`` (``channels/embed.py``).

Two bugs of ``rasa.core.channels.socketio`` are fixed here:

- with ``session_persistence: true``, its ``session_request`` handler calls
  ``sio.enter_room`` without awaiting it (a coroutine since python-socketio 5.10), so the
  client never joins its session's room and every reply is silently lost;
- ``send_custom_json`` passes the payload's keys as arguments of ``emit``, so a custom
  payload such as ``{"sources": [...]}`` raises a ``TypeError`` that ends the turn before
  the tracker is saved. Here it is emitted as a message ``{"custom": {...}}``.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels import socketio
from rasa.core.channels.channel import OutputChannel, UserMessage
from sanic import Blueprint

from channels.embed import AllowedOrigins

logger = logging.getLogger(__name__)


class SocketIOOutput(socketio.SocketIOOutput):
    """Rasa's socket.io output, emitting custom payloads as ``{"custom": payload}``."""

    async def send_custom_json(
        self, recipient_id: str, json_message: dict[str, Any], **kwargs: Any
    ) -> None:
        """Send the custom payload to the recipient's room as one message."""
        await self._send_message(recipient_id, {"custom": json_message})


class SocketIOInput(socketio.SocketIOInput):
    """Rasa's socket.io input with an awaited ``enter_room`` and the fixed output."""

    def get_output_channel(self) -> OutputChannel | None:
        """The fixed output channel (``None`` before the blueprint exists)."""
        if self.sio is None:
            return super().get_output_channel()
        return SocketIOOutput(self.sio, self.bot_message_evt)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        """Rasa's blueprint, with the fixed output channel and session handler."""

        async def with_fixed_output(message: UserMessage) -> None:
            message.output_channel = self.get_output_channel()
            await on_new_message(message)

        blueprint = super().blueprint(with_fixed_output)
        sio = self.sio
        # Browsers connect only from the assistant's origin and ASSISTANT_ALLOWED_ORIGINS.
        sio.eio.cors_allowed_origins = AllowedOrigins.from_env().accepts_socketio

        @sio.on("session_request", namespace=self.namespace)
        async def session_request(sid: str, data: dict | None) -> None:
            data = data or {}
            if not data.get("session_id"):
                data["session_id"] = uuid.uuid4().hex
            if self.session_persistence:
                await sio.enter_room(sid, data["session_id"])
            await sio.emit("session_confirm", data["session_id"], room=sid)
            logger.debug(f"User {sid} joined session {data['session_id']}.")

        return blueprint
