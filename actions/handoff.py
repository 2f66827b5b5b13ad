"""Hand-off to the helpdesk: consent first, then a summary and an email, then a ticket."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from helpdesk import routing, store, webhook
from helpdesk.emails import find_email

HANDOFF_SLOTS = ("handoff_consent", "handoff_summary", "handoff_email")
MAX_SUMMARY = 300


def transcript(tracker: Tracker) -> list[dict[str, str]]:
    """The conversation's user and bot turns, oldest first."""
    speakers = {"user": "user", "bot": "bot"}
    return [
        {"speaker": speakers[e["event"]], "text": e.get("text") or ""}
        for e in tracker.events
        if e.get("event") in speakers and e.get("text")
    ]


def intents(tracker: Tracker) -> list[str]:
    """The intents of the user's messages, oldest first."""
    return [
        (e.get("parse_data") or {}).get("intent", {}).get("name") or ""
        for e in tracker.events
        if e.get("event") == "user"
    ]


class ValidateHandoffForm(FormValidationAction):
    """Asks for nothing more once consent is refused; checks the summary and the email."""

    def name(self) -> str:
        """Rasa's name for this validator."""
        return "validate_handoff_form"

    async def required_slots(
        self,
        domain_slots: list[str],
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> list[str]:
        """Only the consent question until the user agrees."""
        if tracker.get_slot("handoff_consent") is False:
            return ["handoff_consent"]
        return list(HANDOFF_SLOTS)

    def validate_handoff_summary(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """A non-empty line, cut to a reasonable length."""
        summary = " ".join(str(value or "").split())
        if not summary:
            dispatcher.utter_message(text="Please describe your question in one line.")
            return {"handoff_summary": None}
        return {"handoff_summary": summary[:MAX_SUMMARY]}

    def validate_handoff_email(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """A plausible email address, or a re-ask."""
        email = find_email(str(value or ""))
        if email is None:
            dispatcher.utter_message(
                text="That does not look like an email address (for example name@example.com). "
                "Please type it again, or say no to cancel."
            )
        return {"handoff_email": email}


class ActionCreateTicket(Action):
    """Stores the ticket (with consent) and tells the user its number and the desk."""

    def name(self) -> str:
        """Rasa's name for this action."""
        return "action_create_ticket"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Create, route and announce the ticket; then forget the hand-off slots."""
        reset = [SlotSet(slot, None) for slot in HANDOFF_SLOTS]
        if not tracker.get_slot("handoff_consent"):
            dispatcher.utter_message(response="utter_handoff_cancelled")
            return reset
        summary = tracker.get_slot("handoff_summary")
        desk = routing.route(routing.classify(summary, intents(tracker)))
        ticket = store.create_ticket(
            tracker.sender_id,
            desk.topic,
            desk.name,
            summary,
            tracker.get_slot("handoff_email"),
            transcript(tracker),
            language=tracker.get_slot("language") or "en",
        )
        webhook.post_ticket(ticket, routing.webhook_url())
        dispatcher.utter_message(
            text=f"Ticket #{ticket.id} is with the {desk.name} ({desk.contact}, {desk.hours}). "
            f"They will reply to {ticket.email}."
        )
        return reset
