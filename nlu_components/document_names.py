"""Document names as the training data tags them, whatever DIET's epochs.

The training data tags "the [pilot]" as the programme but leaves "pilot cities" or "the
title application" untagged: a name followed by the noun it describes is not the entity.
DIET learns that unevenly, so :class:`DocumentNameEntities` learns it from the same data:

* for each tagged name, the words that follow it where it is left untagged and never
  where it is tagged (twice or more): an entity of that name followed by one of them is
  dropped;
* the names tagged at least :data:`MIN_TAGGED` times and never left untagged (but before
  a word they modify): when DIET tags no name of the type that the training data knows (a
  tagged name or a synonym), the longest such name in the message is tagged (the synonym
  mapper then gives its value).
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from nlu_components.base import KeepsTrainingData

_NEXT_WORD = re.compile(r"[\s\"'“”]*([a-z][a-z-]*)")
_FILE = "modifiers.json"
# A word must follow an untagged name this often to be learned (one untagged example may
# be an annotation slip).
MIN_SEEN = 2
MIN_TAGGED = 5


def next_word(text: str, end: int) -> str | None:
    """The Latin word right after position ``end`` (lower case), or None."""
    found = _NEXT_WORD.match(text.lower(), end)
    return found.group(1) if found else None


def _occurrences(name: str, text: str) -> list[re.Match[str]]:
    return list(re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text.lower()))


def learn(examples: list[tuple[str, list[dict[str, Any]]]]) -> dict[str, Any]:
    """From ``(text, entities)`` pairs whose entities are of the filtered types:
    ``modifiers`` (name -> the words that follow it untagged, :data:`MIN_SEEN` times or
    more, and never tagged) and ``always`` (the Latin names tagged :data:`MIN_TAGGED`
    times or more and untagged only before a word -> those words)."""
    tagged: dict[str, set[str | None]] = defaultdict(set)
    counts: Counter[str] = Counter()
    for text, entities in examples:
        for entity in entities:
            name = text[entity["start"] : entity["end"]].lower()
            tagged[name].add(next_word(text, entity["end"]))
            counts[name] += 1
    untagged: dict[str, Counter[str | None]] = defaultdict(Counter)
    for text, entities in examples:
        spans = [(e["start"], e["end"]) for e in entities]
        for name in tagged:
            for found in _occurrences(name, text):
                if not any(s <= found.start() < e for s, e in spans):
                    untagged[name][next_word(text, found.end())] += 1
    modifiers = {
        name: sorted(w for w, n in seen.items() if w and n >= MIN_SEEN and w not in tagged[name])
        for name, seen in untagged.items()
    }
    always = [
        name
        for name, count in counts.items()
        if count >= MIN_TAGGED
        and re.search("[a-z]", name)
        and not any(w is None or w in tagged[name] for w in untagged.get(name, {}))
    ]
    blocked = {name: sorted(w for w in untagged.get(name, {}) if w) for name in always}
    return {
        "modifiers": {k: v for k, v in modifiers.items() if v},
        "always": {name: words for name, words in sorted(blocked.items())},
    }


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=True)
class DocumentNameEntities(KeepsTrainingData, GraphComponent):
    """Drops tagged names that only modify the next word; tags an always-tagged name DIET
    missed (see the module's docstring)."""

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        learned: dict[str, Any] | None = None,
    ) -> None:
        self.config = config
        self._storage = model_storage
        self._resource = resource
        learned = learned or {}
        self.modifiers = {k: set(v) for k, v in learned.get("modifiers", {}).items()}
        always = learned.get("always", {})
        self.always = {name: set(always[name]) for name in sorted(always, key=len, reverse=True)}
        self.known = set(learned.get("known", []))

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """The entity type of document names."""
        return {"entity": "programme"}

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> DocumentNameEntities:
        """Rasa's constructor hook for training."""
        return cls(config, model_storage, resource)

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> DocumentNameEntities:
        """The component with what it learned."""
        with model_storage.read_from(resource) as directory:
            learned = json.loads((directory / _FILE).read_text(encoding="utf-8"))
        return cls(config, model_storage, resource, learned)

    def train(self, training_data: TrainingData) -> Resource:
        """Learns the modifiers and the always-tagged names; saves them."""
        kind = self.config["entity"]
        examples = [
            (m.get(TEXT), [e for e in m.get(ENTITIES) or [] if e["entity"] == kind])
            for m in training_data.training_examples
            if m.get(TEXT)
        ]
        learned = learn(examples)
        tagged = {text[e["start"] : e["end"]].lower() for text, found in examples for e in found}
        synonyms = {name.lower() for name in training_data.entity_synonyms}
        learned["known"] = sorted(tagged | synonyms)
        with self._storage.write_to(self._resource) as directory:
            (directory / _FILE).write_text(json.dumps(learned), encoding="utf-8")
        return self._resource

    def process(self, messages: list[Message]) -> list[Message]:
        """Each message's document names as the training data tags them."""
        for message in messages:
            text = message.get(TEXT) or ""
            entities = message.get(ENTITIES) or []
            kept = [e for e in entities if not self._modifies(text, e)]
            if not any(self._is_known_name(text, e) for e in kept):
                kept += self._missed(text)
            if kept != entities:
                message.set(ENTITIES, kept, add_to_output=True)
        return messages

    def _modifies(self, text: str, entity: dict[str, Any]) -> bool:
        name = text[entity["start"] : entity["end"]].lower()
        words = self.modifiers.get(name, set())
        return entity["entity"] == self.config["entity"] and next_word(text, entity["end"]) in words

    def _is_known_name(self, text: str, entity: dict[str, Any]) -> bool:
        """Whether the entity is of the type and names a document as the training data
        does (not a stray span like "catalog list" that no synonym maps)."""
        name = text[entity["start"] : entity["end"]].lower()
        return entity["entity"] == self.config["entity"] and name in self.known

    def _missed(self, text: str) -> list[dict[str, Any]]:
        """The longest always-tagged name in the text that modifies no word, as an entity."""
        for name, modified in self.always.items():
            for found in _occurrences(name, text):
                if next_word(text, found.end()) not in modified:
                    return [
                        {
                            "entity": self.config["entity"],
                            "start": found.start(),
                            "end": found.end(),
                            "value": text[found.start() : found.end()],
                            "extractor": type(self).__name__,
                        }
                    ]
        return []
