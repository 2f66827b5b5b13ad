"""Sends requests the assistant must handle itself to the free-answer path.

A message asking for a guarantee, an approval code, an altered document or a drafted
official letter, one that carries an ID or passport number, one asking for something
the documents never state (a fee, a processing time, a salary...) must not reach a
topic's structured answer, the eligibility form or the hand-off: this component (after
``FallbackClassifier``) gives such messages the ``nlu_fallback`` intent, whose action
answers them through :mod:`knowledge.qa.router` (a refusal, the answer without the number,
"the documents don't say"). A request off topic whatever else it mentions (a poem, the
weather, shares, another country's immigration) gets ``out_of_scope``.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message

from knowledge.qa.gaps import missing_kind
from knowledge.qa.safety import off_topic, screen
from knowledge.translation import with_english
from nlu_components.base import StatelessComponent

FALLBACK_INTENT = "nlu_fallback"
OUT_OF_SCOPE_INTENT = "out_of_scope"
# Only the beginning of a message is screened (the guard cuts longer messages before NLU).
MAX_SCREENED_CHARS = 2000


def screened_intent(text: str) -> str | None:
    """``nlu_fallback`` for a request to decline, a message with an ID number or a question
    the documents never answer; ``out_of_scope`` for a request off topic whatever else it
    mentions; else None (the intent stays as predicted)."""
    readable = with_english(text[:MAX_SCREENED_CHARS])
    screened = screen(readable)
    if screened.refusal or screened.had_id_number or missing_kind(screened.text):
        return FALLBACK_INTENT
    return OUT_OF_SCOPE_INTENT if off_topic(screened.text) else None


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class RequestScreen(StatelessComponent):
    """Overrides the intent of messages the free-answer path must handle."""

    def __init__(self, config: dict[str, Any]) -> None:
        """Read the glossary now rather than on the first message."""
        super().__init__(config)
        screened_intent("前海")

    def process(self, messages: list[Message]) -> list[Message]:
        """Give screened messages their intent (the ranking stays as predicted)."""
        for message in messages:
            text = message.get(TEXT) or ""
            intent = screened_intent(text) if text and not text.startswith("/") else None
            if intent is not None:
                message.set(INTENT, {"name": intent, "confidence": 1.0}, add_to_output=True)
        return messages
