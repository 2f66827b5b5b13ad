"""Rasa's message processor with input limits and the typed-intent rule.

- Messages longer than ``MAX_MESSAGE_CHARS`` are cut before NLU, and the user is told so.
- A message starting with ``/`` is read by Rasa as an intent with entities (``/restart``,
  ``/inform{"degree": "PhD"}``). Buttons rely on this, so such a message is accepted as an
  intent only if it is the payload of a button of the bot's latest turn; typed by a user
  otherwise, it is understood as plain text.
"""

from __future__ import annotations

import copy
import functools
import re
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import UserMessage
from rasa.core.processor import MessageProcessor
from rasa.shared.core.events import BotUttered, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from guard.limits import cut, cut_note

INTENT_PREFIX = "/"
_LEADING_SLASHES = re.compile(r"^[\s/]+")


def offered_payloads(tracker: DialogueStateTracker | None) -> set[str]:
    """The button payloads of the bot's messages since the user's latest message."""
    payloads: set[str] = set()
    for event in reversed(tracker.events if tracker else []):
        if isinstance(event, UserUttered):
            break
        if isinstance(event, BotUttered):
            buttons = (event.data or {}).get("buttons") or []
            payloads.update(str(b.get("payload")) for b in buttons if isinstance(b, dict))
    return payloads


def as_text(message: UserMessage, tracker: DialogueStateTracker | None) -> UserMessage | None:
    """A copy of ``message`` that NLU reads as text when it is a typed ``/intent``; else None."""
    text = (message.text or "").strip()  # Rasa strips before looking for the prefix
    if not text.startswith(INTENT_PREFIX) or text in offered_payloads(tracker):
        return None
    plain = copy.copy(message)
    plain.text = _LEADING_SLASHES.sub("", text)
    return plain


def _guard_handle_message(
    handle: Callable[[MessageProcessor, UserMessage], Awaitable[Any]],
) -> Callable[[MessageProcessor, UserMessage], Awaitable[Any]]:
    @functools.wraps(handle)
    async def handle_message(self: MessageProcessor, message: UserMessage) -> Any:
        text, was_cut = cut(message.text if isinstance(message.text, str) else "")
        message.text = text
        if was_cut:
            await message.output_channel.send_text_message(message.sender_id, cut_note(text))
        return await handle(self, message)

    return handle_message


def _guard_parse_message(
    parse: Callable[..., Awaitable[dict[str, Any]]],
) -> Callable[..., Awaitable[dict[str, Any]]]:
    @functools.wraps(parse)
    async def parse_message(
        self: MessageProcessor,
        message: UserMessage,
        tracker: DialogueStateTracker | None = None,
        only_output_properties: bool = True,
    ) -> dict[str, Any]:
        plain = as_text(message, tracker)
        if plain is None:
            return await parse(self, message, tracker, only_output_properties)
        parse_data = await parse(self, plain, tracker, only_output_properties)
        parse_data["text"] = message.text
        return parse_data

    return parse_message


def install() -> None:
    """Wrap ``MessageProcessor.handle_message`` and ``parse_message`` (once)."""
    if getattr(MessageProcessor.handle_message, "__wrapped__", None) is None:
        MessageProcessor.handle_message = _guard_handle_message(MessageProcessor.handle_message)
        MessageProcessor.parse_message = _guard_parse_message(MessageProcessor.parse_message)
