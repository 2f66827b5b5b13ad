"""The Rasa server keeps the conversation's language in the ``language`` slot."""

from __future__ import annotations

import asyncio

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.processor import MessageProcessor
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from guard import language

DOMAIN = Domain.from_yaml(
    """
version: "3.1"
slots:
  language:
    type: categorical
    values: [en, zh]
    influence_conversation: false
    mappings:
      - type: custom
"""
)


class FakeProcessor:
    """What the wrapped method needs of a processor: the domain, and logging the message."""

    domain = DOMAIN

    async def _handle_message_with_tracker(
        self, message: UserMessage, tracker: DialogueStateTracker
    ) -> None:
        tracker.update(UserUttered(message.text, {"name": "greet"}))


def send(text: str, tracker: DialogueStateTracker, metadata: dict | None = None) -> str:
    """Handle one message; the text the processor got."""
    handle = language._guard_handle(FakeProcessor._handle_message_with_tracker)
    message = UserMessage(text, CollectingOutputChannel(), "u", metadata=metadata)
    asyncio.run(handle(FakeProcessor(), message, tracker))
    return tracker.latest_message.text


def test_the_slot_follows_the_messages_and_the_channels_default() -> None:
    tracker = DialogueStateTracker.from_events("u", [], slots=DOMAIN.slots)
    send("5", tracker, {"default_language": "zh"})
    assert tracker.get_slot("language") == "zh"
    send("is actuary on the list?", tracker)
    assert tracker.get_slot("language") == "en"
    send("3", tracker, {"default_language": "zh"})
    assert tracker.get_slot("language") == "en"


def test_traditional_characters_reach_nlu_simplified() -> None:
    tracker = DialogueStateTracker.from_events("u", [], slots=DOMAIN.slots)
    assert send("我是精算師", tracker) == "我是精算师"
    assert tracker.get_slot("language") == "zh"


def test_install_wraps_once() -> None:
    language.install()
    wrapped = MessageProcessor._handle_message_with_tracker
    language.install()
    assert MessageProcessor._handle_message_with_tracker is wrapped
