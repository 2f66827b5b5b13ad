"""Helpers shared by actions about a named occupation or job."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.base import current, payload
from knowledge.answers.common import Answer


def occupation_query(tracker: Tracker, dispatcher: CollectingDispatcher) -> str | None:
    """The occupation named now or in context; asks for it when there is none."""
    query = current(tracker, "occupation")
    if not query:
        dispatcher.utter_message(text="Which occupation or job title do you mean?")
    return query


def choice_buttons(answer: Answer, intent: str) -> list[dict[str, str]]:
    """The answer's "did you mean" choices as buttons asking ``intent`` about each name."""
    return [
        {"title": label, "payload": payload(intent, occupation=value)}
        for label, value in answer.choices
    ]
