"""The six-city pilot for recognising high-end and urgently needed foreign talent."""

from __future__ import annotations

import datetime
from typing import ClassVar

from rasa_sdk import Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.base import KnowledgeAction, StaticAnswerAction, kb, latest_entity, send
from knowledge.answers import pilot
from knowledge.answers.common import Answer


class ActionPilotCities(KnowledgeAction):
    """The six cities, or whether the city named is one of them."""

    topic = "pilot_cities"
    follow_up_entities: ClassVar[frozenset[str]] = frozenset({"city"})

    def respond(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
        """All cities, or yes/no for one."""
        send(dispatcher, pilot.cities(kb(), latest_entity(tracker, "city")))
        return []


class ActionPilotDates(StaticAnswerAction):
    """Start, length, and whether the period has passed."""

    topic = "pilot_dates"

    def answer(self) -> Answer:
        """Dates against today's date."""
        return pilot.dates(kb(), datetime.date.today())


class ActionPilotHighEnd(StaticAnswerAction):
    """What counts as high-end and scarce talent."""

    topic = "pilot_high_end"

    def answer(self) -> Answer:
        """Kinds of high-end talent and the achievements listed."""
        return pilot.high_end(kb())


class ActionPilotUrgentFields(StaticAnswerAction):
    """The urgently needed fields."""

    topic = "pilot_urgent_fields"

    def answer(self) -> Answer:
        """Fields listed as urgently needed."""
        return pilot.urgent_fields(kb())
