"""The rest of an answer that was cut to stay short ("More detail")."""

from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.base import MORE_DETAIL_KEY, before_latest_message

NOTHING_MORE = "That was the whole answer. Ask me anything else about the documents."


def latest_rest(tracker: Tracker) -> str | None:
    """The part held back from the bot's answer just before the latest user message."""
    rests = [
        (e.get("metadata") or {}).get(MORE_DETAIL_KEY)
        for e in before_latest_message(tracker)
        if e.get("event") == "bot"
    ]
    return next((rest for rest in reversed(rests) if rest), None)


class ActionMoreDetail(Action):
    """Sends the part of the last answer that was held back."""

    def name(self) -> str:
        """Rasa's name for this action."""
        return "action_more_detail"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """The held-back part, or a note that there is none."""
        dispatcher.utter_message(text=latest_rest(tracker) or NOTHING_MORE)
        return []
