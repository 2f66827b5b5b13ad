"""Input limits, REST body validation and the REST channel's token rule."""

from __future__ import annotations

import pytest

from channels.rest import is_authorized, is_loopback
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
