"""Conversation actions: capabilities, human contacts, clarification and follow-ups."""

from __future__ import annotations

import re

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

# The topic modules are imported so that every topic's action can be found for follow-ups.
from actions import catalog, lists, pilot, qianhai, qualifications, titles  # noqa: F401
from actions.base import KnowledgeAction, before_latest_message, kb, payload, send
from actions.eligibility import ActionEligibilityVerdict
from actions.free_answers import add_date_note, free_answer, preempted
from knowledge.answers import contacts

# Human-readable labels for the clarification buttons, per intent.
INTENT_LABELS = {
    "ask_qual_category": "What a qualification category gives",
    "ask_qual_overview": "The Shanghai qualification list",
    "ask_qual_fellowships": "Fellowships on the list",
    "ask_qual_verification": "Verifying a certificate",
    "ask_language_version": "Which language version prevails",
    "ask_title_requirements": "Professional title requirements",
    "ask_title_process": "How to apply for a title",
    "ask_catalog_sectors": "Sectors of the Shanghai catalog",
    "ask_catalog_requirements": "Shanghai catalog requirements",
    "ask_catalog_count": "How many jobs the Shanghai catalog has",
    "ask_on_list": "Is a job on a list?",
    "ask_pilot_cities": "Six-city pilot: the cities",
    "ask_pilot_dates": "Six-city pilot: dates",
    "ask_pilot_high_end": "High-end and scarce talent",
    "ask_pilot_urgent_fields": "Urgently needed fields",
    "ask_occupation_requirements": "Requirements of an occupation",
    "ask_occupation_shortage": "Shortage of an occupation",
    "ask_qianhai_occupations": "Qianhai occupations by industry or shortage",
    "ask_qianhai_stats": "Qianhai list statistics",
    "ask_qianhai_benefits": "What the Qianhai list gives",
    "ask_qianhai_incentives": "Qianhai tax and incentives",
    "ask_qianhai_contact": "Qianhai workstation contacts",
    "check_eligibility": "Check my eligibility",
    "request_human": "Talk to a person",
}
# Entities that point to a topic when a follow-up comes with no topic in context.
ENTITY_TOPICS = {
    "category": "qual_category",
    "city": "pilot_cities",
    "title_level": "title_requirements",
    "sector": "catalog_sectors",
    "occupation": "on_list",
}


class ActionCapabilities(Action):
    """What the bot can answer, built from the source index."""

    def name(self) -> str:
        """Rasa's name for this action."""
        return "action_capabilities"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Send the capabilities."""
        send(dispatcher, contacts.capabilities(kb()), rating=False)
        return []


class ActionHumanContacts(Action):
    """The contacts the documents give, for a person to take over."""

    def name(self) -> str:
        """Rasa's name for this action."""
        return "action_human_contacts"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Send the official contacts."""
        send(dispatcher, contacts.human_contacts(kb()), rating=False)
        return []


def consecutive_fallbacks(tracker: Tracker) -> int:
    """How many of the latest user messages in a row fell below the NLU threshold."""
    count = 0
    for event in reversed(tracker.events):
        if event.get("event") != "user":
            continue
        if (event.get("parse_data") or {}).get("intent", {}).get("name") != "nlu_fallback":
            break
        count += 1
    return count


def answers_asked_entity(tracker: Tracker) -> bool:
    """Whether the message answers the bot's own question ("Which occupation do you
    mean?") with what the topic in context needs (an occupation), however unsure the NLU."""
    asked = [e.get("text") or "" for e in before_latest_message(tracker) if e.get("event") == "bot"]
    action = KnowledgeAction.for_topic(tracker.get_slot("topic"))
    entities = {e["entity"] for e in tracker.latest_message.get("entities", [])}
    needed = action.follow_up_entities if action else frozenset()
    return bool(asked and asked[-1].rstrip().endswith("?") and entities & needed)


class ActionClarify(Action):
    """Low confidence: offer the best guesses, then say what the bot can answer."""

    def name(self) -> str:
        """Rasa's name for this action."""
        return "action_clarify"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """A free answer if the documents have one; else buttons with the top intents the
        first time, capabilities and contacts after."""
        early = preempted(dispatcher, tracker)
        if early is not None:
            return early
        if answers_asked_entity(tracker):
            return await ActionFollowUp().run(dispatcher, tracker, domain)
        answer = free_answer(tracker)
        if answer is not None:
            send(dispatcher, answer)
            add_date_note(dispatcher, tracker)
            return [SlotSet("topic", None), SlotSet("asked_fact", None)]
        ranking = tracker.latest_message.get("intent_ranking") or []
        guesses = [r["name"] for r in ranking if r.get("name") in INTENT_LABELS][:3]
        if consecutive_fallbacks(tracker) >= 2:
            dispatcher.utter_message(text="Sorry, I still did not understand that.")
            send(dispatcher, contacts.capabilities(kb()), rating=False)
            return [FollowupAction("handoff_form")]
        if not guesses:
            dispatcher.utter_message(text="Sorry, I did not understand that.")
            send(dispatcher, contacts.capabilities(kb()), rating=False)
            return []
        buttons = [{"title": INTENT_LABELS[name], "payload": payload(name)} for name in guesses]
        dispatcher.utter_message(
            text="Sorry, I'm not sure what you mean. Did you mean:", buttons=buttons
        )
        return []


# Where a quoted occupation's row is (a source's section: "Table 1, row 26").
_ROW = re.compile(r"^Table \d+, row \d+$")


def quoted_a_row(tracker: Tracker) -> bool:
    """Whether the last answer quoted one occupation's row of a table."""
    for event in reversed(before_latest_message(tracker)):
        sources = ((event.get("data") or {}).get("custom") or {}).get("sources") or []
        if event.get("event") == "bot" and sources:
            return any(_ROW.match(source.get("section") or "") for source in sources)
    return False


class ActionFollowUp(Action):
    """A bare answer or "what about ...?": answer again on the topic in context."""

    def name(self) -> str:
        """Rasa's name for this action."""
        return "action_follow_up"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """A verdict if the message completes stated facts; else re-run the topic's action
        with the new entities, or pick a topic from them."""
        early = preempted(dispatcher, tracker)
        if early is not None:
            return early
        topic = tracker.get_slot("topic")
        entities = {e["entity"] for e in tracker.latest_message.get("entities", [])}
        if topic == "eligibility" and entities:
            return await ActionEligibilityVerdict().run(dispatcher, tracker, domain)
        action = KnowledgeAction.for_topic(topic)
        if action is None or not entities & action.follow_up_entities:
            named = next((ENTITY_TOPICS[e] for e in ENTITY_TOPICS if e in entities), None)
            if named == "on_list" and quoted_a_row(tracker):
                named = "occupation_requirements"  # "and the X?" after one job's row
            action = KnowledgeAction.for_topic(named)
        if action is None:
            answer = free_answer(tracker)
            if answer is not None:
                send(dispatcher, answer)
                return [SlotSet("topic", None)]
            dispatcher.utter_message(text="OK. What would you like to know?")
            send(dispatcher, contacts.capabilities(kb()), rating=False)
            return []
        return await action.run(dispatcher, tracker, domain)
