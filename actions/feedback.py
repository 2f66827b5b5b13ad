"""Ratings of answers: "helpful" / "not helpful" buttons under every factual answer."""

from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.base import latest_entity
from helpdesk import store

RATE_INTENT = "rate_answer"


def rated_exchange(tracker: Tracker) -> tuple[str, str] | None:
    """The question and the answer that the latest rating refers to.

    The answer is the latest bot message that offered the rating buttons; the question is
    the user message before it.
    """
    answer = None
    for event in reversed(tracker.events[:-1]):
        if answer is None and event.get("event") == "bot" and _offers_rating(event):
            answer = event.get("text") or ""
        elif answer is not None and event.get("event") == "user":
            return event.get("text") or "", answer
    return None


def _offers_rating(event: dict) -> bool:
    buttons = (event.get("data") or {}).get("buttons") or []
    return any(RATE_INTENT in (b.get("payload") or "") for b in buttons)


class ActionStoreRating(Action):
    """Stores a rating with its question and answer."""

    def name(self) -> str:
        """Rasa's name for this action."""
        return "action_store_rating"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Store the rating and thank the user."""
        exchange = rated_exchange(tracker)
        rating = latest_entity(tracker, "rating")
        if exchange is None or rating not in ("helpful", "unhelpful"):
            dispatcher.utter_message(
                text="Thanks. Which answer do you mean? Use the buttons under an answer to rate it."
            )
            return []
        store.add_rating(tracker.sender_id, rating == "helpful", *exchange)
        follow_up = "" if rating == "helpful" else " If you need more, ask for a person."
        dispatcher.utter_message(text=f"Thanks for the feedback.{follow_up}")
        return []
