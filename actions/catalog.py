"""Shanghai catalog of jobs for foreign talent whose skills are urgently needed."""

from __future__ import annotations

from typing import ClassVar

from rasa_sdk import Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.base import KnowledgeAction, index, kb, latest_entity, send, static_action
from knowledge.answers import catalog, lists
from knowledge.chinese_names import mentioned_in_chinese


class ActionCatalogSectors(KnowledgeAction):
    """The catalog's sectors, or the jobs in the sector named."""

    topic = "catalog_sectors"
    follow_up_entities: ClassVar[frozenset[str]] = frozenset({"sector"})
    enumerates: ClassVar[frozenset[str]] = frozenset({"sectors", "industries"})

    def yields_to_quotes(self, tracker: Tracker) -> bool:
        """Not when the message names a job: whether it is listed is the answer."""
        return _named_job(tracker) is None and super().yields_to_quotes(tracker)

    def respond(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
        """Sectors with counts, or one sector's jobs; first whether a job the message
        names is listed ("is there a nursing job in biomedicine?")."""
        job = _named_job(tracker)
        if job:
            send(dispatcher, lists.on_list(kb(), index(), job, "shanghai_catalog"))
        send(dispatcher, catalog.sectors(kb(), latest_entity(tracker, "sector")))
        return []


def _named_job(tracker: Tracker) -> str | None:
    """The job the latest message names: the NLU's entity or a listed job's Chinese name."""
    text = tracker.latest_message.get("text") or ""
    return latest_entity(tracker, "occupation") or mentioned_in_chinese(text)


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
