"""A message that is only a degree or a duration is an answer: the ``inform`` intent; a
message that is only "yes" or "no" (with "please" or "thanks") is ``affirm`` or ``deny``.

"master's degree", "a PhD", "7 years", "硕士", "三年半" say nothing but the value the
assistant asked for; DIET sometimes ranks such a short message under a topic whose examples
mention degrees ("what does an actuary need?"). ``BareAnswer`` (after the entity
post-processors) gives it ``inform`` when nothing but ``degree`` and ``years`` entities,
articles and punctuation is left. "No thanks" shares a word with "thanks" (the ``thank``
intent) and DIET may rank it there, or nowhere, though the form asked a yes/no question.
"""

from __future__ import annotations

import re
from typing import Any

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from nlu_components.base import StatelessComponent

INFORM = "inform"
ANSWER_ENTITIES = frozenset({"degree", "years"})
_FILLER = re.compile(r"(\b(a|an|the)\b|[\W_])+", re.I)
# Only a yes or a no, with at most a "please" or a "thanks" ("no thank you", "yes please").
_POLITE = r"(\W*(please|thanks?( you)?|thank u))?\W*"
YES_NO = {
    "affirm": re.compile(rf"(yes|yeah|yep|yup|sure){_POLITE}", re.I),
    "deny": re.compile(rf"(no|nope|nah){_POLITE}", re.I),
}


def yes_or_no(text: str) -> str | None:
    """``affirm`` or ``deny`` for a message that is only a yes or a no, else None."""
    return next((name for name, rx in YES_NO.items() if rx.fullmatch(text.strip())), None)


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
    """Gives bare degree or duration answers the ``inform`` intent, a bare yes or no
    ``affirm`` or ``deny``."""

    def process(self, messages: list[Message]) -> list[Message]:
        """Set the intent of bare answers, first in the ranking."""
        for message in messages:
            text = message.get(TEXT) or ""
            if not text or text.startswith("/"):
                continue
            intent = yes_or_no(text) or (
                INFORM if is_bare_answer(text, message.get(ENTITIES) or []) else None
            )
            if intent:
                chosen = {"name": intent, "confidence": 1.0}
                others = [r for r in message.get(INTENT_RANKING_KEY) or [] if r["name"] != intent]
                message.set(INTENT, chosen, add_to_output=True)
                # First in the ranking too, so that the fallback sees no ambiguity.
                message.set(INTENT_RANKING_KEY, [chosen, *others], add_to_output=True)
        return messages
