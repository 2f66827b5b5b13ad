"""Shanghai list of recognized overseas occupational qualifications (first list and 3.0)."""

from __future__ import annotations

import functools
import re
from typing import ClassVar

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.base import KnowledgeAction, kb, latest_entity, payload, send, static_action
from actions.free_answers import contextual_question, question_of
from knowledge.answers import qualifications
from knowledge.answers.common import Answer
from knowledge.i18n.patterns import with_zh
from knowledge.passage_search import get_passage_index
from knowledge.qa.documents import documents_named
from knowledge.search_terms import ASKS_NUMBER

SCHEMES = ("qualification_list", "work_permit")
LIST_TOPICS = frozenset(
    {
        "qual_category",
        "qual_overview",
        "qual_fellowships",
        "qual_verification",
        "title_requirements",
        "title_process",
    }
)


# A category entity's value: "B", "Category B", "cat. B" (not "Shanghai's").
_LETTER = re.compile(r"(?:(?:category|cat\.?|class)\s*)?([A-Da-d])", re.I)
# "Category B certificate holders": the letter of a qualification someone holds ...
_HELD = re.compile(r"\s*(qualification|certificate|holder)", re.I)
# ... or "I hold a qualification that is in Category A".
_HOLDS_BEFORE = re.compile(
    r"\b(hold|holding|have|having|got)\b[^.?!]{0,20}\b(qualification|certificate)\b[^.?!]{0,25}$",
    re.I,
)
# "How many on the list in total, and how many in Category A?": every category's count
# answers ("C类一共有几个" asks Category C's own count).
_ASKS_TOTAL = with_zh(
    r"\b(in total|altogether|in all)\b[^?]{0,30}\blist\b|\blist\b[^?]{0,30}\b(in total|"
    r"altogether|in all)\b",
    "qualifications.asks_total",
)
_CATEGORY_WORD = re.compile(r"(categor(y|ies)|cat\.?|class)\s*[-:]?\s*$", re.IGNORECASE)


def named_category(tracker: Tracker) -> str | None:
    """The category letter of the latest message.

    A letter right after "category"/"cat."/"class" wins over a stray one (the article "a"
    in "a category B qualification" is sometimes tagged as Category A), and one followed
    by "qualification", "certificate" or "holder", or after "I hold a qualification in",
    over a work-permit class.
    """
    text = tracker.latest_message.get("text") or ""
    found = [
        e
        for e in tracker.latest_message.get("entities", [])
        if e["entity"] == "category" and _LETTER.fullmatch(str(e["value"]).strip())
    ]
    named = [e for e in found if "start" in e and _CATEGORY_WORD.search(text[: e["start"]])]
    held = [
        e
        for e in named
        if "end" in e
        and (_HELD.match(text[e["end"] :]) or _HOLDS_BEFORE.search(text[: e["start"]]))
    ]
    chosen = (held or named or found)[-1:]
    return str(chosen[0]["value"]).strip().upper()[-1:] if chosen else None


class ActionQualCategory(KnowledgeAction):
    """What a category gives. "Category A/B" is ambiguous: ask which scheme is meant."""

    topic = "qual_category"
    follow_up_entities: ClassVar[frozenset[str]] = frozenset({"category", "programme"})

    def respond(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
        """Answer for the category in the scheme meant, or ask which scheme is meant."""
        if _asks_several(tracker):
            send(dispatcher, _overview(tracker))
            return []
        letter = named_category(tracker) or _slot_letter(tracker)
        if not letter:
            buttons = [
                {"title": f"Category {x}", "payload": payload("ask_qual_category", category=x)}
                for x in "ABCD"
            ]
            dispatcher.utter_message(text="Which category do you mean?", buttons=buttons)
            return []
        scheme = _scheme(tracker, letter)
        if scheme is None:
            question = qualifications.ambiguity_choices(letter, kb())
            send(dispatcher, question, _scheme_buttons(question, letter))
            return [SlotSet("category", letter)]
        first_list = _means_first_list(tracker)
        if scheme == qualifications.QUALIFICATION_LIST and not first_list and _asks_count(tracker):
            answer = qualifications.category_count(kb(), letter)
        else:
            question = question_of(tracker)
            answer = qualifications.category(kb(), letter, scheme, first_list, question)
        send(dispatcher, answer)
        return [SlotSet("category", letter), SlotSet("category_scheme", scheme)]

    def yields_to_quotes(self, tracker: Tracker) -> bool:
        """Not when several categories are asked about (the overview answers that), nor
        how many qualifications one has (the counts do)."""
        quotable = not (_asks_several(tracker) or _asks_count(tracker))
        return quotable and super().yields_to_quotes(tracker)


def _slot_letter(tracker: Tracker) -> str:
    """The category letter the ``category`` slot holds ("A" from "a", "Category A")."""
    found = re.search(r"\b([A-Z])\b", str(tracker.get_slot("category") or "").upper())
    return found.group(1) if found else ""


def _asks_several(tracker: Tracker) -> bool:
    """Whether the message asks about the list's categories together ("the four categories
    A, B, C and D", or the total with one of them), not about one category and a
    work-permit class."""
    text = tracker.latest_message.get("text") or ""
    letters = _named_letters(tracker)
    total = bool(letters and _ASKS_TOTAL.search(text))
    return total or len(letters) > 2 or (len(letters) == 2 and "categories" in text.lower())


def _named_letters(tracker: Tracker) -> set[str]:
    """The distinct category letters the latest message names ("A, B, C and D")."""
    entities = tracker.latest_message.get("entities") or []
    values = [str(e["value"]) for e in entities if e["entity"] == "category"]
    return {match.group(1).upper() for v in values if (match := _LETTER.fullmatch(v.strip()))}


def _means_first_list(tracker: Tracker) -> bool:
    """Whether the question, or the answer it refers back to, is about the first list only."""
    named = documents_named(contextual_question(tracker))
    return "shanghai_qualifications_first" in named and "shanghai_qualifications_3" not in named


# Words that say which scheme a bare "Category A/B" belongs to.
_PERMIT_WORDS = re.compile(
    r"work[- ]permit|permit (class|categor)|high-end foreign talent|foreign professional talent",
    re.I,
)
# "a Category A qualification", "the 3.0 list": the list's category, whatever else is said.
_LIST_NAMED = re.compile(r"category [a-d] (qualification|certificate)|\b3\.0\b", re.I)
_LIST_WORDS = re.compile(r"qualification|certificate|\bholders?\b|\blist\b|清单|证书", re.I)


def _scheme(tracker: Tracker, letter: str) -> str | None:
    """The scheme named now, else the one in context; C and D exist only on the list."""
    if _LIST_NAMED.search(tracker.latest_message.get("text") or ""):
        return "qualification_list"
    named = latest_entity(tracker, "programme")
    if named in SCHEMES:
        return named
    if letter in "CD":
        return "qualification_list"
    text = tracker.latest_message.get("text") or ""
    if _PERMIT_WORDS.search(text):
        return "work_permit"
    if _LIST_WORDS.search(text):
        return "qualification_list"
    previous_topic = tracker.get_slot("topic")
    if previous_topic == "qual_category":
        return tracker.get_slot("category_scheme")
    return "qualification_list" if previous_topic in LIST_TOPICS else None


def _scheme_buttons(question: Answer, letter: str) -> list[dict[str, str]]:
    return [
        {"title": label, "payload": payload("ask_qual_category", category=letter, programme=value)}
        for label, value in question.choices
    ]


# What the first list's counts count ("how many qualifications / items / in each category").
_FIRST_LIST_COUNTS = ("qualifications", "certificates", "categories", "items", "professions")


def _asks_count(tracker: Tracker, wordless: bool = False) -> bool:
    """Whether the message asks how many qualifications (or items...) there are: it asks
    for a number, naming nothing but what the counts count. ``wordless``: also when it
    names none of the search's terms, as a Chinese question does (not by default: "face
    age limits" asks for a number and names none either)."""
    question = question_of(tracker)
    asked = get_passage_index().analyzer.asked_for(question)
    return bool(ASKS_NUMBER.search(question) and (asked or wordless)) and asked <= _counted()


@functools.cache
def _counted() -> frozenset[str]:
    """The terms of what the first list's counts count, stemmed once."""
    analyzer = get_passage_index().analyzer
    return frozenset(term for word in _FIRST_LIST_COUNTS for term in analyzer.terms(word))


class ActionQualOverview(KnowledgeAction):
    """The list's overview; or, right after "which Category B do you mean?", the
    category on the list the user names ("the one on the 3.0 list")."""

    topic = "qual_overview"

    def respond(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
        """The category asked about before, on the qualification list, or the overview."""
        letter = _pending_category(tracker)
        if letter:
            send(dispatcher, qualifications.category(kb(), letter, "qualification_list"))
            return [SlotSet("category_scheme", "qualification_list")]
        if _named_letters(tracker) and not _asks_several(tracker):
            return ActionQualCategory().respond(dispatcher, tracker)
        send(dispatcher, _overview(tracker))
        return []

    def yields_to_quotes(self, tracker: Tracker) -> bool:
        """Not for an answer to "which Category B?" or about the categories together, nor
        for how many the first list has: its counts answer that (not "how many investors
        came to the summit?")."""
        counts = _means_first_list(tracker) and _asks_count(tracker, wordless=True)
        return not (counts or _pending_category(tracker) or _asks_several(tracker))


def _overview(tracker: Tracker) -> Answer:
    """The overview of the list the message means: the first list, or the current 3.0."""
    if _means_first_list(tracker):
        return qualifications.first_list_overview(kb())
    return qualifications.overview(kb())


def _pending_category(tracker: Tracker) -> str:
    """The category letter of an unanswered "which Category B do you mean?" ("" if none)."""
    pending = tracker.get_slot("topic") == "qual_category" and not tracker.get_slot(
        "category_scheme"
    )
    return (tracker.get_slot("category") or "").upper()[-1:] if pending else ""


ActionQualFellowships = static_action("qual_fellowships", qualifications.fellowships)


ActionQualVerification = static_action("qual_verification", qualifications.verification)


ActionLanguageVersion = static_action("language_version", qualifications.language_version)
