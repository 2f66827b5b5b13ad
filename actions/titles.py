"""Professional titles for Category C holders: requirements and process."""

from __future__ import annotations

from typing import ClassVar

from rasa_sdk import Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.base import KnowledgeAction, current, kb, question_action, send
from knowledge.answers import titles
from knowledge.records import TitleLevel


def title_level(text: str | None) -> TitleLevel | None:
    """``junior`` / ``intermediate`` / ``associate senior`` (entity synonyms) to a level."""
    if not text:
        return None
    wanted = text.strip().lower().replace("-", " ").replace("_", " ")
    return next((level for level in TitleLevel if level.label == wanted), None)


class ActionTitleRequirements(KnowledgeAction):
    """Requirements per title level (one level when named, else all)."""

    topic = "title_requirements"
    follow_up_entities: ClassVar[frozenset[str]] = frozenset({"title_level"})

    def respond(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
        """Routes of the level asked about, with the general conditions."""
        send(dispatcher, titles.requirements(kb(), title_level(current(tracker, "title_level"))))
        return []


ActionTitleProcess = question_action("title_process", titles.process)
