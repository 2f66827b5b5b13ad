"""End to end: the socket.io channel keeps a conversation across reconnections, and only
for the caller who was issued its session id."""

from __future__ import annotations

import queue
import time
import uuid

import socketio

from scripts.servers import Servers

REPLY_TIMEOUT = 60.0
# After the first reply, the turn is over when nothing more arrives for this long.
QUIET = 1.5


def exchange(servers: Servers, session_id: str | None, text: str) -> tuple[str, list[dict]]:
    """Connect, ask to resume ``session_id``, send ``text`` naming ``session_id``, disconnect;
    the session the server confirmed and the bot's messages."""
    client = socketio.Client()
    confirmed: queue.Queue[str] = queue.Queue()
    replies: queue.Queue[dict] = queue.Queue()
    client.on("session_confirm", confirmed.put)
    client.on("bot_uttered", replies.put)
    client.connect(servers.rasa_url, socketio_path="/socket.io", wait_timeout=30)
    try:
        client.emit("session_request", {"session_id": session_id})
        confirmed_id = confirmed.get(timeout=30)
        client.emit("user_uttered", {"message": text, "session_id": session_id})
        received = [replies.get(timeout=REPLY_TIMEOUT)]
        deadline = time.monotonic() + REPLY_TIMEOUT
        while time.monotonic() < deadline:
            try:
                received.append(replies.get(timeout=QUIET))
            except queue.Empty:
                break
        return confirmed_id, received
    finally:
        client.disconnect()


def texts(replies: list[dict]) -> str:
    """All reply texts joined."""
    return "\n".join(r.get("text", "") for r in replies)


def test_follow_up_after_reconnecting_with_the_issued_session(servers: Servers) -> None:
    session_id, first = exchange(
        servers, None, "what are the requirements for an AI engineer in qianhai"
    )
    assert "master" in texts(first).lower()
    assert "Source: Qianhai" in texts(first)
    resumed, follow_up = exchange(servers, session_id, "is it in short supply?")
    assert resumed == session_id
    assert "extremely short supply" in texts(follow_up).lower()


def test_a_second_caller_cannot_continue_another_conversation(servers: Servers) -> None:
    victim, _ = exchange(servers, None, "what are the requirements for an AI engineer in qianhai")
    for claimed in ("victim", uuid.uuid4().hex, victim[:-4] + "0000"):
        session_id, replies = exchange(servers, claimed, "is it in short supply?")
        assert session_id not in (victim, claimed)
        assert "extremely short supply" not in texts(replies).lower()


def test_sources_arrive_as_custom_data(servers: Servers) -> None:
    _, replies = exchange(servers, None, "What are the requirements for an AI engineer?")
    sources = [s for r in replies for s in r.get("custom", {}).get("sources", [])]
    assert sources
    assert all(source["doc"] and source["section"] for source in sources)
