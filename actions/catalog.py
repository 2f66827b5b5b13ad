"""Shanghai catalog of jobs for foreign talent whose skills are urgently needed."""

from __future__ import annotations

from typing import ClassVar

from rasa_sdk import Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.base import KnowledgeAction, index, kb, latest_entity, send, static_action
from knowledge.answers import catalog, lists
from knowledge.answers.lists import CONFIDENT_SCORE
from knowledge.chinese_names import mentioned_in_chinese


class ActionCatalogSectors(KnowledgeAction):
    """The catalog's sectors, or the jobs in the sector named."""

    topic = "catalog_sectors"
    follow_up_entities: ClassVar[frozenset[str]] = frozenset({"sector"})
    enumerates: ClassVar[frozenset[str]] = frozenset({"sectors", "industries"})

    def yields_to_quotes(self, tracker: Tracker) -> bool:
        """Not when the message names a listed job: its entry is the answer."""
        return _listed_job(tracker) is None and super().yields_to_quotes(tracker)

    def respond(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
        """Sectors with counts, or one sector's jobs; for a listed job the message names
        ("我在做光刻机研发，目录里有对应的岗位吗"), its entry and sector."""
        job = _listed_job(tracker)
        if job:
            send(dispatcher, lists.on_list(kb(), index(), job, "shanghai_catalog"))
        else:
            send(dispatcher, catalog.sectors(kb(), latest_entity(tracker, "sector")))
        return []


def _listed_job(tracker: Tracker) -> str | None:
    """The listed job the latest message names for sure: the NLU's entity when it matches
    a listed name confidently, else a listed job's Chinese name in the text."""
    entity = latest_entity(tracker, "occupation")
    match = index().best(entity) if entity else None
    if match is not None and match.score >= CONFIDENT_SCORE:
        return match.name
    return mentioned_in_chinese(tracker.latest_message.get("text") or "")


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
