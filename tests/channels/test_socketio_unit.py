"""The fixed socket.io channel: session rooms and custom payloads, without a server."""

from __future__ import annotations

import asyncio
from typing import Any

from rasa.core.channels.channel import UserMessage

from channels.socketio import SocketIOInput, SocketIOOutput


class RecordingServer:
    """Stands in for ``socketio.AsyncServer``: records what is emitted."""

    def __init__(self) -> None:
        self.emitted: list[tuple[str, Any, str]] = []

    async def emit(self, event: str, data: Any, room: str) -> None:
        self.emitted.append((event, data, room))


async def ignore(_: UserMessage) -> None:
    """A message handler that does nothing."""


def test_custom_payload_is_emitted_as_one_message() -> None:
    server = RecordingServer()
    output = SocketIOOutput(server, "bot_uttered")  # type: ignore[arg-type]
    sources = [{"doc": "qianhai", "section": "Table 1, row 6"}]
    asyncio.run(output.send_custom_json("session-1", {"sources": sources}))
    assert server.emitted == [("bot_uttered", {"custom": {"sources": sources}}, "session-1")]


def test_session_request_joins_the_session_room() -> None:
    channel = SocketIOInput(session_persistence=True)
    channel.blueprint(ignore)
    assert channel.sio is not None
    sio = channel.sio
    handler = sio.handlers["/"]["session_request"]

    async def connect_and_request() -> str:
        sid = await sio.manager.connect("engine-io-1", "/")
        await handler(sid, {"session_id": "session-1"})
        return sid

    sid = asyncio.run(connect_and_request())
    assert sid in sio.manager.rooms["/"]["session-1"]


def test_messages_get_the_fixed_output_channel() -> None:
    received: list[UserMessage] = []

    async def collect(message: UserMessage) -> None:
        received.append(message)

    channel = SocketIOInput(session_persistence=True)
    channel.blueprint(collect)
    assert channel.sio is not None
    handler = channel.sio.handlers["/"]["user_uttered"]
    asyncio.run(handler("sid-1", {"message": "hi", "session_id": "session-1"}))
    assert [m.sender_id for m in received] == ["session-1"]
    assert isinstance(received[0].output_channel, SocketIOOutput)
