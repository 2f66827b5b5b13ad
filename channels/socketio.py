"""Rasa 3.6's socket.io channel, fixed, with server-issued session ids bound to the socket.

Rasa accepts connections from any origin; here browsers may connect only from the
assistant's own origin and those in ``ASSISTANT_ALLOWED_ORIGINS`` (``channels/embed.py``).

Two bugs of ``rasa.core.channels.socketio`` are fixed here:

- with ``session_persistence: true``, its ``session_request`` handler calls
  ``sio.enter_room`` without awaiting it (a coroutine since python-socketio 5.10), so the
  client never joins its session's room and every reply is silently lost;
- ``send_custom_json`` passes the payload's keys as arguments of ``emit``, so a custom
  payload such as ``{"sources": [...]}`` raises a ``TypeError`` that ends the turn before
  the tracker is saved. Here it is emitted as a message ``{"custom": {...}}``.

And one hole is closed: Rasa lets the page choose its session id, in ``session_request``
and in every ``user_uttered``, so anyone knowing (or guessing) an id continues that
conversation. Here the server issues signed ids (``channels.sessions``), resumes only ids
it issued, and takes each message's session from its socket, never from the message.
Only the configured origins (``cors_origins``, default: the server's own) may connect.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels import socketio
from rasa.core.channels.channel import OutputChannel, UserMessage
from sanic import Blueprint

from channels.embed import AllowedOrigins
from channels.sessions import SessionIds
from knowledge.chinese import LANGUAGES

logger = logging.getLogger(__name__)

BAD_MESSAGE = "Sorry, I could not read that message. Please type your question."


class SocketIOOutput(socketio.SocketIOOutput):
    """Rasa's socket.io output, emitting custom payloads as ``{"custom": payload}``."""

    async def send_custom_json(
        self, recipient_id: str, json_message: dict[str, Any], **kwargs: Any
    ) -> None:
        """Send the custom payload to the recipient's room as one message."""
        await self._send_message(recipient_id, {"custom": json_message})


def chosen_language(metadata: Any) -> dict[str, str]:
    """The one piece of a message's metadata the widget may send: the language the user
    chose (``{"language": "zh"}``); anything else is dropped."""
    language = metadata.get("language") if isinstance(metadata, dict) else None
    return {"language": language} if language in LANGUAGES else {}


class SocketIOInput(socketio.SocketIOInput):
    """Rasa's socket.io input: fixed output, server-issued sessions bound to the socket."""

    def __init__(self, *args: Any, session_ids: SessionIds | None = None, **kwargs: Any) -> None:
        """Rasa's settings, and where session ids are issued and checked."""
        super().__init__(*args, **kwargs)
        self.session_ids = session_ids or SessionIds()

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
        sessions: dict[str, str] = {}  # socket id -> its session id

        @sio.on("session_request", namespace=self.namespace)
        async def session_request(sid: str, data: Any) -> None:
            requested = data.get("session_id") if isinstance(data, dict) else None
            session_id = self.session_ids.resume_or_issue(requested)
            previous = sessions.get(sid)
            if previous and previous != session_id:
                await sio.leave_room(sid, previous)
            sessions[sid] = session_id
            await sio.enter_room(sid, session_id)
            await sio.emit("session_confirm", session_id, room=sid)

        @sio.on("disconnect", namespace=self.namespace)
        async def disconnect(sid: str) -> None:
            sessions.pop(sid, None)

        @sio.on(self.user_message_evt, namespace=self.namespace)
        async def handle_message(sid: str, data: Any) -> None:
            output = self.get_output_channel()
            session_id = sessions.get(sid)
            text = data.get("message") if isinstance(data, dict) else None
            if session_id is None or not isinstance(text, str):
                await sio.emit(self.bot_message_evt, {"text": BAD_MESSAGE}, room=sid)
                return
            metadata = chosen_language(data.get("metadata"))
            await with_fixed_output(
                UserMessage(text, output, session_id, input_channel=self.name(), metadata=metadata)
            )

        return blueprint
