"""Shanghai catalog of jobs for foreign talent whose skills are urgently needed."""

from __future__ import annotations

from typing import ClassVar

from rasa_sdk import Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.base import KnowledgeAction, StaticAnswerAction, kb, latest_entity, send
from knowledge.answers import catalog
from knowledge.answers.common import Answer


class ActionCatalogSectors(KnowledgeAction):
    """The catalog's sectors, or the jobs in the sector named."""

    topic = "catalog_sectors"
    follow_up_entities: ClassVar[frozenset[str]] = frozenset({"sector"})

    def respond(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
        """Sectors with counts, or one sector's jobs."""
        send(dispatcher, catalog.sectors(kb(), latest_entity(tracker, "sector")))
        return []


class ActionCatalogRequirements(StaticAnswerAction):
    """The catalog's general requirements and documents."""

    topic = "catalog_requirements"

    def answer(self) -> Answer:
        """Education, two years' experience, employer certification."""
        return catalog.requirements(kb())


class ActionCatalogCount(StaticAnswerAction):
    """How many jobs: 62 stated, 61 listed."""

    topic = "catalog_count"

    def answer(self) -> Answer:
        """Stated and listed counts."""
        return catalog.count(kb())
