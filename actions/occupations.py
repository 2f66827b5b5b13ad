"""Helpers shared by actions about a named occupation or job."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.base import current, index, kb, send
from knowledge.answers import lists
from knowledge.lookup import Match
from knowledge.records import QianhaiOccupation


def occupation_query(tracker: Tracker, dispatcher: CollectingDispatcher) -> str | None:
    """The occupation named now or in context; asks for it when there is none."""
    query = current(tracker, "occupation")
    if not query:
        dispatcher.utter_message(text="Which occupation or job title do you mean?")
    return query


def qianhai_record(match: Match | None) -> QianhaiOccupation | None:
    """The Qianhai record of a match, if the match is on the Qianhai list."""
    if match is None:
        return None
    return next((e.record for e in match.entries if isinstance(e.record, QianhaiOccupation)), None)


def answer_off_qianhai(dispatcher: CollectingDispatcher, query: str) -> None:
    """For a job not on the Qianhai list: say which lists it is on, if any."""
    send(dispatcher, lists.on_list(kb(), index(), query, None))
