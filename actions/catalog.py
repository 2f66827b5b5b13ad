"""Shanghai catalog of jobs for foreign talent whose skills are urgently needed."""

from __future__ import annotations

from typing import ClassVar

from rasa_sdk import Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.base import KnowledgeAction, kb, latest_entity, send, static_action
from knowledge.answers import catalog


class ActionCatalogSectors(KnowledgeAction):
    """The catalog's sectors, or the jobs in the sector named."""

    topic = "catalog_sectors"
    follow_up_entities: ClassVar[frozenset[str]] = frozenset({"sector"})
    enumerates: ClassVar[frozenset[str]] = frozenset({"sectors", "industries"})

    def respond(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
        """Sectors with counts, or one sector's jobs."""
        send(dispatcher, catalog.sectors(kb(), latest_entity(tracker, "sector")))
        return []


ActionCatalogRequirements = static_action("catalog_requirements", catalog.requirements)


class ActionCatalogCount(KnowledgeAction):
    """How many jobs the catalog lists, or how many one sector has and which."""

    topic = "catalog_count"
    follow_up_entities: ClassVar[frozenset[str]] = frozenset({"sector"})

    def respond(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
        """The count, for the sector named if there is one."""
        sector = latest_entity(tracker, "sector")
        send(dispatcher, catalog.sectors(kb(), sector) if sector else catalog.count(kb()))
        return []
