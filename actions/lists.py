"""Is a job or occupation on a list?"""

from __future__ import annotations

from typing import ClassVar

from rasa_sdk import Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.base import KnowledgeAction, index, kb, latest_entity, send
from actions.occupations import choice_buttons, occupation_query
from knowledge.answers import lists
from knowledge.qa.eligibility import asks_if_listed


class ActionOnList(KnowledgeAction):
    """Which lists name the job; "did you mean" buttons for a doubtful match."""

    summary = False

    topic = "on_list"
    follow_up_entities: ClassVar[frozenset[str]] = frozenset({"occupation", "programme"})

    def yields_to_quotes(self, tracker: Tracker) -> bool:
        """Not when the message asks whether a job is listed: the lists answer that."""
        return not asks_if_listed(tracker.latest_message.get("text") or "")

    def respond(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
        """Answer for the job named now or in context."""
        query = occupation_query(tracker, dispatcher)
        if query is None:
            return []
        answer = lists.on_list(kb(), index(), query, latest_entity(tracker, "programme"))
        send(dispatcher, answer, choice_buttons(answer, "ask_on_list"))
        return []
