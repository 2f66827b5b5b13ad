"""The six-city pilot for recognising high-end and urgently needed foreign talent."""

from __future__ import annotations

from typing import ClassVar

from rasa_sdk import Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.base import (
    KnowledgeAction,
    kb,
    latest_entity,
    question_action,
    send,
    static_action,
)
from knowledge.answers import pilot


class ActionPilotCities(KnowledgeAction):
    """The six cities, or whether the city named is one of them."""

    topic = "pilot_cities"
    follow_up_entities: ClassVar[frozenset[str]] = frozenset({"city"})
    enumerates: ClassVar[frozenset[str]] = frozenset({"cities"})

    def yields_to_quotes(self, tracker: Tracker) -> bool:
        """Whether a named city is one of the six is answered by the list itself."""
        return latest_entity(tracker, "city") is None and super().yields_to_quotes(tracker)

    def respond(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
        """All cities, yes/no for each city the message names, or the others it asks for."""
        named = list(tracker.get_latest_entity_values("city"))
        question = tracker.latest_message.get("text") or ""
        send(dispatcher, pilot.cities(kb(), named, question=question))
        return []


ActionPilotDates = question_action(
    "pilot_dates", lambda knowledge, question: pilot.dates(knowledge, question=question)
)


ActionPilotHighEnd = static_action("pilot_high_end", pilot.high_end)


ActionPilotUrgentFields = static_action("pilot_urgent_fields", pilot.urgent_fields)
