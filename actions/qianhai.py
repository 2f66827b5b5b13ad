"""Qianhai list of high-demand occupations and Qianhai's talent services."""

from __future__ import annotations

import re
from abc import abstractmethod
from typing import ClassVar

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.base import (
    LIST_REQUEST,
    REFERS_BACK,
    KnowledgeAction,
    current,
    index,
    kb,
    latest_entity,
    question_action,
    send,
    static_action,
)
from actions.free_answers import previous_question, question_of, table_rows
from actions.occupations import choice_buttons, occupation_query
from knowledge.answers import contacts, lists, qianhai
from knowledge.answers.common import Answer, closest_name
from knowledge.filters import match_duration, match_severity
from knowledge.text_parsing import parse_degree


class OccupationAction(KnowledgeAction):
    """An answer about one occupation or job, named now or in context."""

    summary = False

    follow_up_entities: ClassVar[frozenset[str]] = frozenset({"occupation"})
    intent: ClassVar[str]

    @abstractmethod
    def answer_for(self, query: str) -> Answer:
        """The answer for the job named ``query``."""

    def respond(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
        """Answer (with "did you mean" buttons if unsure); remember the name meant."""
        query = occupation_query(tracker, dispatcher)
        if query is None:
            return []
        answer = self.answer_for(query)
        send(dispatcher, answer, choice_buttons(answer, self.intent))
        match = lists.resolve(index(), query)
        return [SlotSet("occupation", match.name)] if match else []


class ActionOccupationRequirements(OccupationAction):
    """Degree, experience, specialties and skills of an occupation."""

    topic = "occupation_requirements"
    intent = "ask_occupation_requirements"

    def answer_for(self, query: str) -> Answer:
        """Requirements: the Qianhai row, or the catalog's rules for a catalog-only job."""
        return lists.occupation_requirements(kb(), index(), query)


class ActionOccupationShortage(OccupationAction):
    """Shortage severity and demand duration of an occupation."""

    topic = "occupation_shortage"
    intent = "ask_occupation_shortage"

    def answer_for(self, query: str) -> Answer:
        """Severity and duration from the Qianhai list."""
        return lists.occupation_shortage(kb(), index(), query)


_ORIENTATION = re.compile(r"\b(demand|strategy)[- ]oriented\b", re.I)


_SEVERITY_LEVELS = re.compile(r"\b(extremely|relatively|moderately)\b", re.I)


class ActionQianhaiOccupations(KnowledgeAction):
    """Occupations filtered by industry, severity or duration."""

    topic = "qianhai_occupations"
    follow_up_entities: ClassVar[frozenset[str]] = frozenset({"sector"})

    def respond(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
        """The filtered list (the answer matches the industry name, or says it cannot)."""
        rows = table_rows(tracker, implied=True)
        if rows is not None:  # criteria read from the question's words
            send(dispatcher, rows)
            return []
        text = tracker.latest_message.get("text") or ""
        # "Which of those ...?" narrows what the last answer was about, whatever its topic.
        follow_up = tracker.get_slot("topic") == self.topic or bool(REFERS_BACK.search(text))
        industry = current(tracker, "sector") if follow_up else latest_entity(tracker, "sector")
        if _asks_breakdown(text, industry):
            return ActionQianhaiStats().respond(dispatcher, tracker)
        # "... and how many of those are in finance?" keeps the filters asked before.
        earlier = previous_question(tracker) if REFERS_BACK.search(text) else ""
        orientation = _ORIENTATION.search(text) or _ORIENTATION.search(earlier)
        send(
            dispatcher,
            qianhai.occupations(
                kb(),
                industry=industry,
                severity=match_severity(text) or match_severity(earlier),
                duration=match_duration(text) or match_duration(earlier),
                orientation=f"{orientation.group(1).lower()}-oriented" if orientation else None,
            ),
        )
        return []

    def yields_to_quotes(self, tracker: Tracker) -> bool:
        """Not when the message counts the list's occupations (the counts answer that) or
        selects its rows."""
        text = question_of(tracker)
        if qianhai.counts_by(text) or table_rows(tracker, implied=True) is not None:
            return False
        return super().yields_to_quotes(tracker)


def _asks_breakdown(text: str, industry: str | None) -> bool:
    """Whether a question counts the list by industry, shortage or duration without picking
    one ("how are they spread across industries?", "how many face extremely, relatively and
    moderately short supply?"): the counts answer it, not a filtered list."""
    levels = len(_SEVERITY_LEVELS.findall(text))
    return (
        bool(qianhai.counts_by(text))
        and not industry
        and levels != 1
        and not (match_duration(text))
    )


class ActionQianhaiStats(KnowledgeAction):
    """The list's counts; for an industry the message names, that industry's occupations
    with their count first."""

    topic = "qianhai_stats"
    follow_up_entities: ClassVar[frozenset[str]] = frozenset({"sector"})

    def respond(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
        """Counts of the list, or of the industry named; the rows the question selects."""
        rows = table_rows(tracker, implied=True)
        if rows is not None:
            send(dispatcher, rows)
            return []
        listing = LIST_REQUEST.search(question_of(tracker))
        industry = current(tracker, "sector") if listing else latest_entity(tracker, "sector")
        if industry and closest_name(kb(), industry, qianhai.industry_names(kb())):
            return ActionQianhaiOccupations().respond(dispatcher, tracker)
        question = question_of(tracker)
        degree = parse_degree(question) if "degree" in qianhai.counts_by(question) else None
        if degree is not None:  # "how many of them require a doctorate?": those, by name
            send(dispatcher, qianhai.occupations(kb(), min_degree=degree))
            return []
        send(dispatcher, qianhai.stats(kb(), qianhai.stats_dimensions(question)))
        return []

    def yields_to_quotes(self, tracker: Tracker) -> bool:
        """Not when the message counts by what the counts give ("how many by industry") or
        selects rows."""
        rows = table_rows(tracker, implied=True)
        return not qianhai.counts_by(question_of(tracker)) and rows is None


ActionQianhaiBenefits = static_action("qianhai_benefits", qianhai.benefits)


ActionQianhaiIncentives = static_action("qianhai_incentives", qianhai.incentives)


ActionQianhaiContact = question_action("qianhai_contact", contacts.workstation_contact)
