"""Helpers shared by actions about a named occupation or job."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.base import index, latest_entity, payload
from knowledge.answers.common import Answer
from knowledge.answers.lists import CONFIDENT_SCORE
from knowledge.chinese_names import mentioned_in_chinese
from knowledge.qa.stated_facts import occupation_in


def occupation_query(tracker: Tracker, dispatcher: CollectingDispatcher) -> str | None:
    """The occupation named now (the listed name the message means, in English words or
    by a Chinese name, when the NLU's entity names none) or in context; asks for it when
    there is none."""
    entity = latest_entity(tracker, "occupation")
    query = entity
    match = index().best(entity) if entity else None
    if match is None or match.score < CONFIDENT_SCORE:
        text = tracker.latest_message.get("text") or ""
        query = occupation_in(text, index()) or mentioned_in_chinese(text) or entity
    query = query or tracker.get_slot("occupation")
    if not query:
        dispatcher.utter_message(text="Which occupation or job title do you mean?")
    return query


def choice_buttons(answer: Answer, intent: str) -> list[dict[str, str]]:
    """The answer's "did you mean" choices as buttons asking ``intent`` about each name."""
    return [
        {"title": label, "payload": payload(intent, occupation=value)}
        for label, value in answer.choices
    ]
