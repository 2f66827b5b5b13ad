"""A message that is only a degree or a duration is an answer: the ``inform`` intent.

"master's degree", "a PhD", "7 years", "硕士", "三年半" say nothing but the value the
assistant asked for; DIET sometimes ranks such a short message under a topic whose examples
mention degrees ("what does an actuary need?"). ``BareAnswer`` (after the entity
post-processors) gives it ``inform`` when nothing but ``degree`` and ``years`` entities,
articles and punctuation is left.
"""

from __future__ import annotations

import re
from typing import Any

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import ENTITIES, INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message

from nlu_components.base import StatelessComponent

INFORM = "inform"
ANSWER_ENTITIES = frozenset({"degree", "years"})
_FILLER = re.compile(r"(\b(a|an|the)\b|[\W_])+", re.I)


def is_bare_answer(text: str, entities: list[dict[str, Any]]) -> bool:
    """Whether the text is only degree and years entities (articles and punctuation aside)."""
    answers = [e for e in entities if e.get("entity") in ANSWER_ENTITIES]
    if not answers or len(answers) != len(entities):
        return False
    rest = text
    for entity in sorted(answers, key=lambda e: -e["start"]):
        rest = rest[: entity["start"]] + " " + rest[entity["end"] :]
    return not _FILLER.sub("", rest)


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class BareAnswer(StatelessComponent):
    """Gives bare degree or duration answers the ``inform`` intent."""

    def process(self, messages: list[Message]) -> list[Message]:
        """Set ``inform`` on bare answers (the ranking stays as predicted)."""
        for message in messages:
            text = message.get(TEXT) or ""
            if (
                text
                and not text.startswith("/")
                and is_bare_answer(text, message.get(ENTITIES) or [])
            ):
                message.set(INTENT, {"name": INFORM, "confidence": 1.0}, add_to_output=True)
        return messages
