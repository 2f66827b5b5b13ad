"""Input limits, REST body validation and the REST channel's token rule."""

from __future__ import annotations

import asyncio
import json

import pytest
from rasa.core.channels.channel import UserMessage

from channels.rest import GuardedRestInput, is_authorized, is_loopback
from guard.limits import MAX_MESSAGE_CHARS, InvalidRequest, cut, validate_rest_body


def test_long_messages_are_cut_and_short_ones_kept() -> None:
    assert cut("hello") == ("hello", False)
    text, was_cut = cut("x" * 100_000)
    assert was_cut and len(text) == MAX_MESSAGE_CHARS


def test_a_valid_body() -> None:
    valid = validate_rest_body({"sender": "me", "message": "hi", "metadata": {"a": 1}})
    assert (valid.sender, valid.message, valid.metadata) == ("me", "hi", {"a": 1})


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ([], "JSON object"),
        ({"sender": "me"}, "'message'"),
        ({"sender": "me", "message": 3}, "'message'"),
        ({"sender": "me", "message": ["hi"]}, "'message'"),
        ({"sender": "me", "message": {"text": "hi"}}, "'message'"),
        ({"message": "hi"}, "'sender'"),
        ({"sender": "  ", "message": "hi"}, "'sender'"),
        ({"sender": 7, "message": "hi"}, "'sender'"),
        ({"sender": "x" * 129, "message": "hi"}, "at most 128"),
        ({"sender": "me", "message": "hi", "metadata": "x"}, "'metadata'"),
    ],
)
def test_malformed_bodies_are_refused_with_a_reason(body: object, reason: str) -> None:
    with pytest.raises(InvalidRequest, match=reason):
        validate_rest_body(body)


def test_without_a_token_only_loopback_callers_are_served() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("::1")
    assert is_authorized(None, {}, "127.0.0.1")
    assert not is_authorized(None, {}, "192.0.2.7")
    assert not is_authorized(None, {}, "not-an-address")


def test_with_a_token_every_caller_needs_it() -> None:
    good = {"authorization": "Bearer s3cret"}
    assert is_authorized("s3cret", good, "192.0.2.7")
    assert not is_authorized("s3cret", {}, "127.0.0.1")
    assert not is_authorized("s3cret", {"authorization": "Bearer wrong"}, "127.0.0.1")


class FakeRequest:
    """What the REST handler reads from a Sanic request."""

    def __init__(self, body: object, ip: str = "127.0.0.1", headers: dict | None = None) -> None:
        self._body, self.ip, self.headers = body, ip, headers or {}

    @property
    def json(self) -> object:
        if isinstance(self._body, Exception):
            raise self._body
        return self._body


def call_webhook(channel: GuardedRestInput, request: FakeRequest) -> tuple[int, object]:
    """Status and decoded body of the channel's POST /webhook for ``request``."""
    received: list[UserMessage] = []

    async def rasa(message: UserMessage) -> None:
        received.append(message)
        await message.output_channel.send_text_message(message.sender_id, "answer")

    blueprint = channel.blueprint(rasa)
    [route] = [r for r in blueprint._future_routes if r.uri == "/webhook"]
    reply = asyncio.run(route.handler(request))
    return reply.status, json.loads(reply.body)


def test_the_webhook_refuses_strangers_and_bad_bodies_and_answers_the_rest() -> None:
    open_channel = GuardedRestInput()
    ok = {"sender": "me", "message": "hi"}
    assert call_webhook(open_channel, FakeRequest(ok)) == (
        200,
        [{"recipient_id": "me", "text": "answer"}],
    )
    assert call_webhook(open_channel, FakeRequest(ok, ip="192.0.2.7"))[0] == 401
    assert call_webhook(open_channel, FakeRequest({"sender": "me"})) == (
        400,
        {"error": "'message' is required and must be a string"},
    )
    assert call_webhook(open_channel, FakeRequest(ValueError("not JSON")))[0] == 400
    closed = GuardedRestInput(token="s3cret")
    bearer = {"authorization": "Bearer s3cret"}
    assert call_webhook(closed, FakeRequest(ok, ip="192.0.2.7", headers=bearer))[0] == 200
    assert call_webhook(closed, FakeRequest(ok))[0] == 401


def test_the_token_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REST_TOKEN", "from-env")
    assert GuardedRestInput.from_credentials(None).token == "from-env"
    assert GuardedRestInput.from_credentials({"token": "configured"}).token == "configured"
