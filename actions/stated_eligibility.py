"""Eligibility from what the conversation already said: a verdict at once, one question.

Every user message is read for facts (degree, years, years in Shanghai, Category C, the
employer's certification, occupation, title level, programme); later messages correct
earlier ones ("sorry, 9 years, not 12"). A reply to a question the bot asked (the form's
``requested_slot`` or the verdict's ``asked_fact``) is read as the answer to that question,
so a bare "2" after "how many years in Shanghai?" counts as years in Shanghai.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet

from actions.base import before_latest_message, index, kb
from knowledge.qa.eligibility import (
    EligibilityReply,
    asks_for_verdict,
    asks_if_listed,
    eligibility_reply,
    programme_of,
)
from knowledge.qa.stated_facts import StatedFacts, read_facts
from knowledge.text_parsing import parse_degree, parse_years

_YES = re.compile(
    r"^\s*(yes|yeah|yep|sure|i do|i have|correct|right|of course|是|有|会|对)\b", re.I
)
_NO = re.compile(r"^\s*(no|nope|not yet|i don.t|i do not|none|没有|不|否)\b", re.I)
# Topics after which a stated degree or experience asks for a verdict.
PROFILE_TOPICS = frozenset({"eligibility", "on_list", "occupation_requirements"})
# Form slots and verdict questions -> the fact the reply answers.
ASKED_FACTS = {
    "years_in_shanghai": "years_in_shanghai",
    "holds_category_c": "holds_category_c",
    "category_c": "holds_category_c",
    "employer_certifies": "employer_certifies",
    "employer_certification": "employer_certifies",
    "years": "years",
    "degree": "degree",
}


def answer_to(fact: str, text: str) -> StatedFacts:
    """The fact a reply to the question about ``fact`` gives (bare numbers, yes or no)."""
    if fact in ("years_in_shanghai", "years"):
        years = parse_years(text, bare_number_ok=True)
        return StatedFacts(**{fact: years}) if years is not None else StatedFacts()
    if fact == "degree":
        return StatedFacts(degree=parse_degree(text))
    if _YES.search(text) or _NO.search(text):
        return StatedFacts(**{fact: bool(_YES.search(text))})
    return StatedFacts()


def conversation_facts(tracker: Tracker) -> StatedFacts:
    """The facts stated so far in the conversation, latest correction winning."""
    facts, asked = StatedFacts(), None
    user_events = [e for e in tracker.events if e.get("event") == "user"]
    for event in tracker.events:
        if user_events and event is user_events[-1] and asked is None:
            slot = tracker.get_slot("requested_slot") or tracker.get_slot("asked_fact")
            asked = ASKED_FACTS.get(slot or "")
        kind = event.get("event")
        if kind == "slot" and event.get("name") in ("requested_slot", "asked_fact"):
            asked = ASKED_FACTS.get(event.get("value") or "")
        elif kind == "user":
            text = _typed_text(event)
            stated = read_facts(text, index()) if text else _payload_facts(event)
            if asked and _is_bare(stated, asked):
                if asked == "years_in_shanghai":
                    stated = replace(stated, years=None)
                stated = answer_to(asked, text).updated(stated)
            facts, asked = facts.updated(stated), None
    return facts


def verdict_events(reply: EligibilityReply, facts: StatedFacts) -> list[EventType]:
    """Slots that keep the verdict's context: topic, programme, the fact asked for."""
    return [
        SlotSet("topic", "eligibility"),
        SlotSet("programme", reply.programme),
        SlotSet("asked_fact", reply.asks),
        SlotSet("degree", facts.degree.label if facts.degree else None),
        SlotSet("occupation", facts.occupation),
    ]


def stated_verdict(tracker: Tracker, require_question: bool = True) -> tuple[Any, list] | None:
    """The verdict if the latest message gives or completes eligibility facts, else None."""
    text = tracker.latest_message.get("text") or ""
    if text.startswith("/"):
        if require_question:
            return None
        text = ""
    latest = read_facts(text, index())
    # A reply to the verdict's question, a correction after a verdict ("9 years, not 12"),
    # or a profile given right after a job's entry ("master's degree"), to check against it.
    answered = tracker.get_slot("asked_fact") is not None or (
        tracker.get_slot("topic") in PROFILE_TOPICS and latest.has_profile
    )
    if require_question and not answered and not (latest.has_profile or asks_for_verdict(text)):
        return None
    facts = conversation_facts(tracker)
    if not facts.has_profile or (require_question and not answered and not asks_for_verdict(text)):
        return None
    reply = eligibility_reply(kb(), index(), facts)
    if reply is None:
        return None
    return reply.answer, verdict_events(reply, facts)


_HOLDS_CATEGORY = re.compile(r"\b(hold|have|got|with)\b[^.?!]{0,30}\bcategory [a-d]\b", re.I)
_FIRST_PERSON = re.compile(
    r"\b(can|could|may|am|do|would|will|should) i\b|\bmy\b|\bi('m| am| have| hold)\b|我", re.I
)


def wants_own_check(tracker: Tracker) -> bool:
    """Whether the user asked about their own job ("could my job be on the list?") and has
    not yet said their degree or experience: the bot may offer to check them."""
    typed = [_typed_text(e) for e in tracker.events if e.get("event") == "user"]
    personal = any(_FIRST_PERSON.search(text) for text in typed if text)
    return personal and not conversation_facts(tracker).has_profile


def answered_a_question(tracker: Tracker) -> bool:
    """Whether the latest message answers a question the form or a verdict asked."""
    return any(
        e.get("event") == "slot"
        and e.get("name") in ("requested_slot", "asked_fact")
        and e.get("value")
        for e in before_latest_message(tracker)
    )


def form_not_needed(tracker: Tracker) -> bool:
    """Whether the message that opened the eligibility form is answered without its
    questions: it states the facts already, asks if a job is listed, or is no question
    about the user's own eligibility."""
    if tracker.get_slot("requested_slot") is not None or answered_a_question(tracker):
        return False
    text = tracker.latest_message.get("text") or ""
    if not text.strip() or text.startswith("/"):
        return False
    facts = conversation_facts(tracker)
    if facts.has_profile and programme_of(facts, index()) is not None:
        return True
    personal = _FIRST_PERSON.search(text) and asks_for_verdict(text)
    # "I hold a Category B qualification, can I get permanent residence?" asks what the
    # category gives, not whether the user is eligible for a programme.
    return asks_if_listed(text) or not personal or bool(_HOLDS_CATEGORY.search(text))


def form_start(tracker: Tracker) -> list[EventType] | None:
    """For "can I / am I eligible ..." naming a programme but no facts: the form's events."""
    text = tracker.latest_message.get("text") or ""
    if tracker.active_loop.get("name") or not _FIRST_PERSON.search(text):
        return None
    if not asks_for_verdict(text) or asks_if_listed(text):
        return None
    stated = read_facts(text, index())
    programme = programme_of(stated, index())
    if programme is None or stated.has_profile:
        return None
    return [SlotSet("programme", programme), FollowupAction("eligibility_form")]


def _payload_facts(event: dict[str, Any]) -> StatedFacts:
    """The facts a button's payload carries (``/inform{"degree": "master"}``)."""
    entities = {
        e.get("entity"): e.get("value") for e in (event.get("parse_data") or {}).get("entities", [])
    }
    degree = parse_degree(str(entities["degree"])) if entities.get("degree") else None
    years = (
        parse_years(str(entities["years"]), bare_number_ok=True) if entities.get("years") else None
    )
    return StatedFacts(degree=degree, years=years, programme=entities.get("programme"))


def _typed_text(event: dict[str, Any]) -> str:
    """The user's text, empty for button payloads such as ``/rate_answer``."""
    text = event.get("text") or ""
    return "" if text.startswith("/") else text


def _is_bare(stated: StatedFacts, asked: str) -> bool:
    """Whether a reply states nothing of its own about the fact asked for."""
    return getattr(stated, asked) is None
