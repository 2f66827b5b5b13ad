"""Small post-processors for DIET's entities.

``EdgeTrimmer`` (first) cuts function words and punctuation off a span's edges ("bachelor
and" -> "bachelor").
``AdjacentEntityMerger`` (before ``EntitySynonymMapper``) joins neighbouring entities of the
same type that DIET split ("Shanghai" + "catalog of urgently needed jobs"), so the synonym
mapper sees the whole phrase. ``ClosedSetEntityFilter`` (after it) drops entities of a
closed type whose value is not one of the allowed values, such as a stray "six" tagged
as a programme, rather than passing a meaningless value on to the dialogue.
``ChineseEntityValues`` (before the synonym mapper) gives an entity written in Chinese the
English value the actions expect, from the glossary; ``YearsNormaliser`` reads durations
written in Chinese as numbers of years and drops a ``years`` entity that holds no duration
(a stray "of" in "6 years of experience").
"""

from __future__ import annotations

import re
from typing import Any

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message

from knowledge.chinese import chinese_years
from knowledge.glossary_entities import english_value
from nlu_components.base import StatelessComponent

_JOINER = re.compile(r"[\s\-/]*")
# What any duration has: a digit, a number word or a unit ("6 years", "a decade", "五年").
_DURATION = re.compile(
    r"\d|\b(years?|yrs?|months?|decades?|half|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|fifteen|twenty)\b|[年月一二两三四五六七八九十半]",
    re.I,
)


def merge_adjacent(text: str, entities: list[dict[str, Any]], types: set[str]) -> list[dict]:
    """Entities with neighbours of the same type (only spaces or hyphens between) joined."""
    merged: list[dict[str, Any]] = []
    for entity in sorted(entities, key=lambda e: e.get("start", 0)):
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and entity["entity"] in types
            and entity["entity"] == previous["entity"]
            and _JOINER.fullmatch(text[previous["end"] : entity["start"]])
        ):
            merged[-1] = {
                **previous,
                "end": entity["end"],
                "value": text[previous["start"] : entity["end"]],
            }
        else:
            merged.append(entity)
    return merged


# Words no entity of the training data starts or ends with ("bachelor and" is "bachelor").
_EDGE_WORDS = r"and|or|with|of|the|a|an|in|on|for|to|at|my|plus"
_LEADING = re.compile(rf"^(?:(?:{_EDGE_WORDS})\b|[\s,.;:!?&])*", re.I)
_TRAILING = re.compile(rf"(?:\b(?:{_EDGE_WORDS})|[\s,.;:!?&])*$", re.I)


def trim_edges(text: str, entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Entities without the function words and punctuation at their edges (an entity of
    nothing else, such as category "A", stays whole). A value that was the span's text
    follows the new span."""
    trimmed = []
    for entity in entities:
        span = text[entity["start"] : entity["end"]]
        start = entity["start"] + len(_LEADING.match(span).group(0))
        end = entity["end"] - len(_TRAILING.search(span).group(0))
        if start >= end:
            # "A of": the category letter reads as an article; its first word stays.
            first = re.match(r"\S+", span)
            rest = span[first.end() :] if first else ""
            start = entity["start"]
            end = entity["end"] - len(_TRAILING.search(rest).group(0))
        if start >= end:
            trimmed.append(entity)
            continue
        value = text[start:end] if entity.get("value") == span else entity.get("value")
        trimmed.append({**entity, "start": start, "end": end, "value": value})
    return trimmed


def keep_allowed(entities: list[dict[str, Any]], allowed: dict[str, set[str]]) -> list[dict]:
    """Entities of a closed type kept only when their value is allowed."""
    return [e for e in entities if e["entity"] not in allowed or e["value"] in allowed[e["entity"]]]


class _EntityPostProcessor(StatelessComponent):
    """Shared plumbing: no training, rewrite each message's entities."""

    def rewrite(self, message: Message) -> list[dict[str, Any]]:
        """The message's new entity list."""
        raise NotImplementedError

    def process(self, messages: list[Message]) -> list[Message]:
        """Rewrite the entities of every message."""
        for message in messages:
            if message.get(ENTITIES):
                message.set(ENTITIES, self.rewrite(message), add_to_output=True)
        return messages


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False)
class EdgeTrimmer(_EntityPostProcessor):
    """Trims function words and punctuation off the edges of DIET's spans."""

    def rewrite(self, message: Message) -> list[dict[str, Any]]:
        """Trimmed entities."""
        return trim_edges(message.get(TEXT), message.get(ENTITIES))


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False)
class AdjacentEntityMerger(_EntityPostProcessor):
    """Joins split entities of the configured types."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """Entity types to merge."""
        return {"entities": ["programme", "occupation", "sector"]}

    def rewrite(self, message: Message) -> list[dict[str, Any]]:
        """Merged entities."""
        return merge_adjacent(
            message.get(TEXT), message.get(ENTITIES), set(self.config["entities"])
        )


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False)
class ClosedSetEntityFilter(_EntityPostProcessor):
    """Drops entities of closed types whose value is not allowed."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """Entity type -> allowed values."""
        return {"closed_sets": {}}

    def rewrite(self, message: Message) -> list[dict[str, Any]]:
        """Only allowed values of closed types."""
        allowed = {k: set(v) for k, v in self.config["closed_sets"].items()}
        return keep_allowed(message.get(ENTITIES), allowed)


def english_years(entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``years`` entities written in Chinese ("五年", "3年半", "两年以上") given the value
    "5 years", "3.5 years", "2 years" that the English parsing reads; ``years`` entities
    without any duration dropped."""
    rewritten = []
    for entity in entities:
        if entity["entity"] != "years":
            rewritten.append(entity)
            continue
        if not _DURATION.search(str(entity["value"])):
            continue
        years = chinese_years(str(entity["value"]))
        rewritten.append(entity if years is None else {**entity, "value": f"{years:g} years"})
    return rewritten


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False)
class YearsNormaliser(_EntityPostProcessor):
    """Durations written in Chinese as numbers of years; no ``years`` without a duration."""

    def rewrite(self, message: Message) -> list[dict[str, Any]]:
        """Entities with Chinese durations made numeric."""
        return english_years(message.get(ENTITIES))


def english_values(entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Entities written in Chinese with the English value the glossary gives them (others
    unchanged)."""
    rewritten = []
    for entity in entities:
        value = english_value(entity["entity"], str(entity["value"]))
        rewritten.append(entity if value is None else {**entity, "value": value})
    return rewritten


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False)
class ChineseEntityValues(_EntityPostProcessor):
    """Chinese entity names ("精算师", "硕士", "前海紧缺职业清单") as the English values."""

    def rewrite(self, message: Message) -> list[dict[str, Any]]:
        """Entities with their English values."""
        return english_values(message.get(ENTITIES))
