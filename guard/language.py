"""The conversation's language, kept in the ``language`` slot by the Rasa server.

Before NLU a message's traditional Chinese characters become simplified ones. After the
message is logged, the ``language`` slot is set from it (:func:`conversation_language`: a
request to switch, the widget's setting, the message's own language, the language so far,
the channel's default). Responses (conditional variations on the slot) and the actions'
wording (``knowledge/i18n``) follow the slot.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import UserMessage
from rasa.core.processor import MessageProcessor
from rasa.shared.core.events import SlotSet
from rasa.shared.core.trackers import DialogueStateTracker

from knowledge.chinese import conversation_language, to_simplified

LANGUAGE_SLOT = "language"


def _guard_handle(
    handle: Callable[..., Awaitable[None]],
) -> Callable[..., Awaitable[None]]:
    @functools.wraps(handle)
    async def handle_message_with_tracker(
        self: MessageProcessor, message: UserMessage, tracker: DialogueStateTracker
    ) -> Any:
        if isinstance(message.text, str):
            message.text = to_simplified(message.text)
        result = await handle(self, message, tracker)
        current = tracker.get_slot(LANGUAGE_SLOT)
        language = conversation_language(message.text or "", message.metadata, current)
        if language != current and LANGUAGE_SLOT in tracker.slots:
            tracker.update(SlotSet(LANGUAGE_SLOT, language), self.domain)
        return result

    return handle_message_with_tracker


def install() -> None:
    """Wrap ``MessageProcessor._handle_message_with_tracker`` (once)."""
    method = MessageProcessor._handle_message_with_tracker
    if getattr(method, "__wrapped__", None) is None:
        MessageProcessor._handle_message_with_tracker = _guard_handle(method)
