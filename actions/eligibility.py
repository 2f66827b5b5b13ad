"""The eligibility form: ask only for what is missing, validate, then give the verdict.

Which slots are needed depends on the programme checked. Degree and durations are read
with the spaCy rules of ``knowledge.text_parsing`` when the NLU found no entity, so a bare
answer such as "six and a half" or "MSc" fills the slot asked for.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.base import index, kb, latest_entity, send
from actions.free_answers import answer_instead
from actions.qianhai import ActionOccupationRequirements
from actions.stated_eligibility import conversation_facts, form_not_needed, stated_verdict
from knowledge.answers import eligibility as wording
from knowledge.answers import titles as title_wording
from knowledge.eligibility.service import catalog_verdict, qianhai_verdict
from knowledge.eligibility.titles import check_titles
from knowledge.i18n.patterns import with_zh
from knowledge.qa.eligibility import asks_for_verdict, programme_of
from knowledge.qa.stated_facts import occupation_in
from knowledge.records import Degree
from knowledge.text_parsing import parse_degree, parse_years

# What the form asks before a verdict; the conditions (years in Shanghai, Category C, the
# employer's certification) are asked by the verdict itself, one question at a time.
PROGRAMME_SLOTS: dict[str, tuple[str, ...]] = {
    "professional_title": ("degree", "years"),
    "qianhai_list": ("occupation", "degree", "years"),
    "shanghai_catalog": ("occupation", "years", "degree"),
}
LIST_KEYS = {"qianhai": "qianhai_list", "shanghai_catalog": "shanghai_catalog"}
TITLE_WORDS = ("title", "junior", "intermediate", "senior")


def stated_degree(tracker: Tracker) -> Degree | None:
    """The degree the latest message states, else the slot's.

    Rasa fills a text slot with the last of several entities, so "a master's, not a
    bachelor" would set "bachelor"; the spaCy rules read the message and skip negated ones.
    """
    if latest_entity(tracker, "degree"):
        stated = parse_degree(tracker.latest_message.get("text") or "")
        if stated is not None:
            return stated
    return parse_degree(tracker.get_slot("degree") or "")


def infer_programme(text: str, occupation: str | None) -> str | None:
    """The programme implied by the message or by the lists the occupation is on."""
    if any(word in text.lower() for word in TITLE_WORDS):
        return "professional_title"
    match = index().best(occupation) if occupation else None
    lists = {LIST_KEYS[e.list_key] for e in match.entries} if match else set()
    return lists.pop() if len(lists) == 1 else None


class ValidateEligibilityForm(FormValidationAction):
    """Extracts and validates the eligibility form's slots."""

    def name(self) -> str:
        """Rasa's name for this validator."""
        return "validate_eligibility_form"

    async def required_slots(
        self,
        domain_slots: list[str],
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> list[str]:
        """The programme first, then what that programme needs; nothing when the message
        that opened the form is answered without its questions."""
        if form_not_needed(tracker):
            return []
        return ["programme", *PROGRAMME_SLOTS.get(tracker.get_slot("programme"), ())]

    async def extract_programme(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """The programme the conversation named or implied, when the slot is empty."""
        if tracker.get_slot("programme"):
            return {}
        facts = conversation_facts(tracker)
        inferred = programme_of(facts, index())
        if inferred is None:
            text = tracker.latest_message.get("text") or ""
            inferred = infer_programme(text, facts.occupation or tracker.get_slot("occupation"))
        return {"programme": inferred} if inferred else {}

    async def extract_occupation(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """The listed occupation the conversation named (typos and paraphrases included)."""
        occupation = conversation_facts(tracker).occupation
        return {"occupation": occupation} if occupation else {}

    async def extract_degree(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """The degree stated anywhere in the conversation, latest correction winning."""
        degree = conversation_facts(tracker).degree
        return {"degree": degree.label} if degree else {}

    async def extract_years(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """The years of experience stated in the conversation (a bare number answers the
        years question)."""
        years = conversation_facts(tracker).years
        return {"years": f"{years:g}"} if years is not None else {}

    def validate_programme(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Only the three programmes with eligibility rules are accepted."""
        if value in PROGRAMME_SLOTS:
            return {"programme": value}
        dispatcher.utter_message(text=wording.missing_prompt("programme"))
        return {"programme": None}

    def validate_occupation(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Keep the listed name when the text matches one (typos included)."""
        match = index().best(str(value))
        return {"occupation": match.name if match else str(value)}

    def validate_degree(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """A degree the rules know, or a helpful re-ask."""
        degree = stated_degree(tracker) or parse_degree(str(value))
        if degree is None:
            dispatcher.utter_message(text=wording.missing_prompt("degree"))
            return {"degree": None}
        return {"degree": degree.label}

    def validate_years(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """A plausible number of years, stated as experience: a number tagged in an answer
        to another question ("two bachelor's degrees", "3 years in Shanghai") does not count."""
        if tracker.get_slot("requested_slot") not in (None, "years"):
            stated = conversation_facts(tracker).years
            return {"years": f"{stated:g}" if stated is not None else None}
        years = parse_years(str(value), bare_number_ok=True)
        if years is None:
            dispatcher.utter_message(text=wording.missing_prompt("years"))
            return {"years": None}
        return {"years": f"{years:g}"}

    def validate_years_in_shanghai(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Years of related work in Shanghai, 0 allowed."""
        years = parse_years(str(value), bare_number_ok=True)
        if years is None:
            dispatcher.utter_message(text=wording.missing_prompt("years_in_shanghai"))
            return {"years_in_shanghai": None}
        return {"years_in_shanghai": f"{years:g}"}


class ActionEligibilityVerdict(Action):
    """The verdict per criterion, with the rule's source, for the programme checked."""

    def name(self) -> str:
        """Rasa's name for this action."""
        return "action_eligibility_verdict"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """The verdict from everything the conversation stated (the form's answers included);
        unknown inputs stay unknown."""
        text = tracker.latest_message.get("text") or ""
        if form_not_needed(tracker) and not asks_for_verdict(text):
            return await _answer_instead(dispatcher, tracker, domain)
        stated = stated_verdict(tracker, require_question=False)
        if stated is not None:
            answer, events = stated
            send(dispatcher, answer)
            return events
        if form_not_needed(tracker):
            return await _answer_instead(dispatcher, tracker, domain)
        send(dispatcher, verdict_answer(tracker))
        degree = stated_degree(tracker)
        return [
            SlotSet("topic", "eligibility"),
            SlotSet("degree", degree.label if degree else None),
        ]


# What a job asks for: "do I need a master's to be a chip designer?" (Chinese as for
# "what are the requirements").
_ASKS_WHAT_IT_TAKES = with_zh(
    r"\b(need|needs|needed|required?|requirements?|degree|master'?s|bachelor'?s|phd|"
    r"doctorate|experience)\b",
    "lists.asks_requirements",
)


async def _answer_instead(
    dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
) -> list[EventType]:
    """For a message that is no request for a verdict: what a listed job it names asks
    for, when that is the question; else :func:`answer_instead`."""
    text = tracker.latest_message.get("text") or ""
    if _ASKS_WHAT_IT_TAKES.search(text) and occupation_in(text, index()):
        return await ActionOccupationRequirements().run(dispatcher, tracker, domain)
    return await answer_instead(dispatcher, tracker, domain)


def _number(text: str | None) -> float | None:
    return parse_years(text, bare_number_ok=True) if text else None


def verdict_answer(tracker: Tracker):
    """The worded verdict for the programme in the tracker's slots."""
    slot = tracker.get_slot
    degree = stated_degree(tracker)
    years = _number(slot("years"))
    programme = slot("programme")
    if programme == "professional_title":
        result = check_titles(
            kb().titles,
            degree,
            years,
            _number(slot("years_in_shanghai")),
            None,
            slot("holds_category_c"),
        )
        return title_wording.verdict(result)
    if programme == "shanghai_catalog":
        return wording.verdict(
            catalog_verdict(
                kb(), index(), slot("occupation"), years, degree, slot("employer_certifies")
            )
        )
    return wording.verdict(qianhai_verdict(kb(), index(), slot("occupation"), degree, years))
