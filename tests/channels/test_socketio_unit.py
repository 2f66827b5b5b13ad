"""The fixed socket.io channel: session rooms and custom payloads, without a server."""

from __future__ import annotations

import asyncio
from typing import Any

from rasa.core.channels.channel import UserMessage

from channels.sessions import SessionIds
from channels.socketio import BAD_MESSAGE, SocketIOInput, SocketIOOutput, chosen_language


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


def channel_with(handler: Any = ignore) -> SocketIOInput:
    """A channel with its blueprint built and a fixed signing key."""
    channel = SocketIOInput(session_persistence=True, session_ids=SessionIds("test-key"))
    channel.blueprint(handler)
    assert channel.sio is not None
    return channel


def request_session(channel: SocketIOInput, engine_id: str, requested: Any) -> tuple[str, str]:
    """Connect a socket and send ``session_request``; its sid and the confirmed session."""
    sio = channel.sio
    confirmed: list[str] = []

    async def run() -> str:
        sid = await sio.manager.connect(engine_id, "/")
        original = sio.emit

        async def record(event: str, data: Any, room: str) -> None:
            confirmed.append(data)

        sio.emit = record
        try:
            await sio.handlers["/"]["session_request"](sid, requested)
        finally:
            sio.emit = original
        return sid

    sid = asyncio.run(run())
    return sid, confirmed[-1]


def test_the_server_issues_the_session_id_and_joins_its_room() -> None:
    channel = channel_with()
    sid, session_id = request_session(channel, "engine-io-1", {"session_id": "victim"})
    assert session_id != "victim"
    assert channel.session_ids.is_valid(session_id)
    assert sid in channel.sio.manager.rooms["/"][session_id]


def test_an_issued_session_is_resumed_and_a_forged_one_is_not() -> None:
    channel = channel_with()
    _, issued = request_session(channel, "engine-io-1", None)
    assert request_session(channel, "engine-io-2", {"session_id": issued})[1] == issued
    forged = issued[:-1] + ("0" if issued[-1] != "0" else "1")
    assert request_session(channel, "engine-io-3", {"session_id": forged})[1] != issued
    other_key = SessionIds("another-key").issue()
    assert request_session(channel, "engine-io-4", {"session_id": other_key})[1] != other_key


def test_messages_use_the_socket_session_not_the_one_they_name() -> None:
    received: list[UserMessage] = []

    async def collect(message: UserMessage) -> None:
        received.append(message)

    channel = channel_with(collect)
    sid, session_id = request_session(channel, "engine-io-1", None)
    handler = channel.sio.handlers["/"]["user_uttered"]
    asyncio.run(handler(sid, {"message": "hi", "session_id": "victim"}))
    assert [m.sender_id for m in received] == [session_id]
    assert isinstance(received[0].output_channel, SocketIOOutput)


def test_a_message_without_a_session_or_text_gets_an_error_reply() -> None:
    received: list[UserMessage] = []

    async def collect(message: UserMessage) -> None:
        received.append(message)

    channel = channel_with(collect)
    sio = channel.sio
    emitted: list[tuple[str, Any, str]] = []

    async def record(event: str, data: Any, room: str) -> None:
        emitted.append((event, data, room))

    sio.emit = record
    sid, _ = request_session(channel, "engine-io-1", None)
    sio.emit = record
    asyncio.run(sio.handlers["/"]["user_uttered"]("no-session", {"message": "hi"}))
    asyncio.run(sio.handlers["/"]["user_uttered"](sid, {"message": 42}))
    assert received == []
    assert [e[1] for e in emitted] == [{"text": BAD_MESSAGE}, {"text": BAD_MESSAGE}]


def test_only_the_configured_origins_may_connect(monkeypatch) -> None:
    monkeypatch.setenv("ASSISTANT_ALLOWED_ORIGINS", "https://example.org")
    check = channel_with().sio.eio.cors_allowed_origins
    environ = {"wsgi.url_scheme": "http", "HTTP_HOST": "localhost:5005"}
    assert check("http://localhost:5005", environ)  # the page's own origin
    assert check("https://example.org", environ)
    assert not check("https://evil.example", environ)


def test_the_widget_may_send_only_the_language_the_user_chose() -> None:
    assert chosen_language({"language": "zh", "other": "x"}) == {"language": "zh"}
    assert chosen_language({"language": "fr"}) == {}
    assert chosen_language("zh") == {}
