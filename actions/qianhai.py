"""Qianhai list of high-demand occupations and Qianhai's talent services."""

from __future__ import annotations

from abc import abstractmethod
from typing import ClassVar

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.base import KnowledgeAction, index, kb, latest_entity, send, static_action
from actions.occupations import answer_off_qianhai, occupation_query, qianhai_record
from knowledge.answers import qianhai
from knowledge.answers.common import Answer
from knowledge.filters import match_duration, match_industry, match_severity
from knowledge.records import QianhaiOccupation


class OccupationAction(KnowledgeAction):
    """An answer about one Qianhai occupation, named now or in context."""

    follow_up_entities: ClassVar[frozenset[str]] = frozenset({"occupation"})

    @abstractmethod
    def answer_for(self, record: QianhaiOccupation) -> Answer:
        """The answer for a resolved occupation."""

    def respond(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
        """Resolve the occupation, then answer (or say which lists it is on)."""
        query = occupation_query(tracker, dispatcher)
        if query is None:
            return []
        record = qianhai_record(index().best(query))
        if record is None:
            answer_off_qianhai(dispatcher, query)
            return []
        send(dispatcher, self.answer_for(record))
        return [SlotSet("occupation", record.name)]


class ActionOccupationRequirements(OccupationAction):
    """Degree, experience, specialties and skills of an occupation."""

    topic = "occupation_requirements"

    def answer_for(self, record: QianhaiOccupation) -> Answer:
        """Requirements of the occupation."""
        return qianhai.requirements(kb(), record)


class ActionOccupationShortage(OccupationAction):
    """Shortage severity and demand duration of an occupation."""

    topic = "occupation_shortage"

    def answer_for(self, record: QianhaiOccupation) -> Answer:
        """Severity and duration of the occupation."""
        return qianhai.shortage(record)


class ActionQianhaiOccupations(KnowledgeAction):
    """Occupations filtered by industry, severity or duration."""

    topic = "qianhai_occupations"
    follow_up_entities: ClassVar[frozenset[str]] = frozenset({"sector"})

    def respond(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
        """The filtered list."""
        text = tracker.latest_message.get("text") or ""
        industry = match_industry(kb(), latest_entity(tracker, "sector"))
        send(
            dispatcher,
            qianhai.occupations(
                kb(),
                industry=industry,
                severity=match_severity(text),
                duration=match_duration(text),
            ),
        )
        return []


ActionQianhaiStats = static_action("qianhai_stats", qianhai.stats)


ActionQianhaiBenefits = static_action("qianhai_benefits", qianhai.benefits)


ActionQianhaiIncentives = static_action("qianhai_incentives", qianhai.incentives)


ActionQianhaiContact = static_action("qianhai_contact", qianhai.contact)
