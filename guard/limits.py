"""Input limits applied before NLU, and validation of the REST channel's JSON body."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from knowledge.chinese import CHINESE, ENGLISH, has_chinese
from knowledge.i18n import message

MAX_MESSAGE_CHARS = 2000
MAX_SENDER_CHARS = 128


def cut_note(text: str) -> str:
    """What the user is told when their message was cut, in the message's language."""
    language = CHINESE if has_chinese(text) else ENGLISH
    return message("cut_note", language, limit=f"{MAX_MESSAGE_CHARS:,}")


CUT_NOTE = cut_note("")


class InvalidRequest(ValueError):
    """A request body the channel refuses with 400 and this reason."""


@dataclass(frozen=True)
class RestRequest:
    """A validated REST message."""

    sender: str
    message: str
    metadata: dict[str, Any] | None


def cut(text: str) -> tuple[str, bool]:
    """``text`` within ``MAX_MESSAGE_CHARS``, and whether it had to be cut."""
    if len(text) <= MAX_MESSAGE_CHARS:
        return text, False
    return text[:MAX_MESSAGE_CHARS], True


def validate_rest_body(body: Any) -> RestRequest:
    """The sender, message and metadata of a REST body; InvalidRequest when malformed."""
    if not isinstance(body, dict):
        raise InvalidRequest("the body must be a JSON object")
    sender, message = body.get("sender"), body.get("message")
    if not isinstance(sender, str) or not sender.strip():
        raise InvalidRequest("'sender' is required and must be a non-empty string")
    if len(sender) > MAX_SENDER_CHARS:
        raise InvalidRequest(f"'sender' must be at most {MAX_SENDER_CHARS} characters")
    if not isinstance(message, str):
        raise InvalidRequest("'message' is required and must be a string")
    metadata = body.get("metadata")
    if metadata is not None and not isinstance(metadata, dict):
        raise InvalidRequest("'metadata' must be a JSON object")
    return RestRequest(sender, message, metadata)
