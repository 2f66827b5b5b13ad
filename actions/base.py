"""Shared plumbing for the actions: the knowledge base, context reading and sending answers."""

from __future__ import annotations

import inspect
import json
import logging
import re
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable
from typing import Any, ClassVar

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from knowledge.answers.common import Answer, cite
from knowledge.base import load_knowledge_base
from knowledge.i18n.patterns import with_zh
from knowledge.lookup import OccupationIndex, get_index
from knowledge.passage_search import get_passage_index
from knowledge.qa.documents import documents_named
from knowledge.records import KnowledgeBase
from knowledge.translation import asked_in_chinese

logger = logging.getLogger(__name__)


def kb() -> KnowledgeBase:
    """The knowledge base (parsed once per process)."""
    return load_knowledge_base()


def index() -> OccupationIndex:
    """The occupation lookup index (built once per process)."""
    return get_index()


def latest_entity(tracker: Tracker, name: str) -> str | None:
    """The value of this entity in the latest user message, if any."""
    return next(tracker.get_latest_entity_values(name), None)


def current(tracker: Tracker, name: str) -> str | None:
    """This entity from the latest message, else the slot of the same name (context)."""
    return latest_entity(tracker, name) or tracker.get_slot(name)


def before_latest_message(tracker: Tracker) -> list[dict[str, Any]]:
    """The events between the previous user message and the latest one (the bot's turn)."""
    users = [i for i, e in enumerate(tracker.events) if e.get("event") == "user"]
    if not users:
        return []
    start = users[-2] + 1 if len(users) > 1 else 0
    return list(tracker.events[start : users[-1]])


def payload(intent: str, **entities: str) -> str:
    """A button payload that triggers ``intent`` with these entities."""
    return f"/{intent}{json.dumps(entities)}" if entities else f"/{intent}"


# A follow-up that refers back to the last answer ("how many of those ...", "their email").
REFERS_BACK = with_zh(
    r"\b(those|these|them|they|their|its|it|this|that|ones|what about|how about)\b",
    "conversation.refers_back",
)
# "which ones?", "name them": the items the last answer counted.
LIST_REQUEST = re.compile(
    r"^\W*(which|what) (ones|are they|are those)\b|^\W*(name|list) (them|those|these)\b", re.I
)


def cited_documents(messages: Iterable[dict[str, Any]]) -> set[str]:
    """The documents these bot messages (or their events' data) cite."""
    return {
        source["doc"]
        for m in messages
        for source in (m.get("custom") or {}).get("sources", [])
        if "doc" in source
    }


# Answers longer than this (text and buttons, as a widget shows them) are cut at a line
# break; the rest is sent on "More detail".
MAX_SHOWN_CHARS = 700
MORE_DETAIL_KEY = "more_detail"
MORE_BUTTON = {"title": "More detail", "payload": "/ask_more"}

RATING_BUTTONS = [
    {"title": "Helpful", "payload": '/rate_answer{"rating": "helpful"}'},
    {"title": "Not helpful", "payload": '/rate_answer{"rating": "unhelpful"}'},
]


def send(
    dispatcher: CollectingDispatcher,
    answer: Answer,
    buttons: list[dict[str, str]] | None = None,
    rating: bool = True,
) -> None:
    """Send an answer's text with its ``Source:`` line (sources also as custom data).

    The answer's own buttons (choices) are shown when there are any; otherwise a factual
    answer (one with sources) gets the rating buttons unless ``rating`` is False.
    """
    sources = [{"doc": p.doc, "section": p.describe()} for p in answer.sources]
    if not buttons and sources and rating:
        buttons = RATING_BUTTONS
    text, rest = shorten(answer, buttons or [])
    extra = {MORE_DETAIL_KEY: rest} if rest else {}
    dispatcher.utter_message(
        text=text,
        buttons=([MORE_BUTTON] if rest else []) + (buttons or []),
        json_message={"sources": sources} if sources else None,
        **extra,
    )


def shorten(answer: Answer, buttons: list[dict[str, str]]) -> tuple[str, str | None]:
    """The answer's text cut at a line break to fit :data:`MAX_SHOWN_CHARS` with its buttons
    and Source line, and the rest (with the full Source line), or None when it fits.

    The shown part names its documents only when the sections would crowd out a line; a
    long list of names ("a; b; c; ...") is cut between names rather than left out."""
    full = answer.render()
    budget = MAX_SHOWN_CHARS - sum(len(b["title"]) + 3 for b in [MORE_BUTTON, *buttons])
    if len(full) <= budget + len(MORE_BUTTON["title"]) + 3:
        return full, None
    lines = answer.text.split("\n")
    citation = cite(answer.sources)
    shown, rest = _fitting(lines, citation, budget)
    compact = cite(answer.sources, compact=True)
    shown_compact, rest_compact = _fitting(lines, compact, budget)
    if len("\n".join(shown_compact)) > len("\n".join(shown)):
        shown, rest, citation = shown_compact, rest_compact, compact
    tail = "\n".join(filter(None, [*rest, cite(answer.sources)]))
    return "\n".join(filter(None, ["\n".join(shown), citation])), tail


def _fitting(lines: list[str], citation: str, budget: int) -> tuple[list[str], list[str]]:
    """The first lines that fit ``budget`` with ``citation`` (at least the first line), the
    first that does not cut between the names of a "; " list when two or more fit; and the
    lines left over."""
    kept: list[str] = []
    for n, line in enumerate(lines):
        if len("\n".join([*kept, line, citation])) <= budget:
            kept.append(line)
            continue
        names = line.split("; ")
        room = budget - len("\n".join([*kept, citation])) - len("; …") - 1
        fit = 0
        while fit < len(names) and len("; ".join(names[: fit + 1])) <= room:
            fit += 1
        if kept and fit >= 2:
            return [*kept, "; ".join(names[:fit]) + "; …"], [
                "; ".join(names[fit:]),
                *lines[n + 1 :],
            ]
        return kept or lines[:1], lines[len(kept or lines[:1]) :]
    return kept, []


class KnowledgeAction(Action, ABC):
    """An action answering one topic; remembers the topic so follow-ups can reuse it.

    Subclasses set ``topic`` (the action is named ``action_<topic>``), the entities a
    follow-up may change (``follow_up_entities``) and implement ``respond``.
    """

    topic: ClassVar[str]
    follow_up_entities: ClassVar[frozenset[str]] = frozenset()
    # A summary answer (not a lookup of one job) yields to a quotation that fits as well.
    summary: ClassVar[bool] = True

    @classmethod
    def for_topic(cls, topic: str | None) -> KnowledgeAction | None:
        """The concrete action answering ``topic``, if any."""
        pending = list(cls.__subclasses__())
        while pending:
            candidate = pending.pop()
            pending.extend(candidate.__subclasses__())
            if not inspect.isabstract(candidate) and candidate.topic == topic:
                return candidate()
        return None

    # What this topic's answer enumerates ("cities"): a "which cities ...?" keeps it.
    enumerates: ClassVar[frozenset[str]] = frozenset()

    def yields_to_quotes(self, tracker: Tracker) -> bool:
        """Whether a quotation that fits the question better may replace this answer: not
        when the question asks for what the answer enumerates."""
        text = tracker.latest_message.get("text") or ""
        analyzer = get_passage_index().analyzer
        enumerated = {t for word in self.enumerates for t in analyzer.terms(word)}
        asked = analyzer.asked_for(text) | set(analyzer.terms(asked_in_chinese(text)))
        return not enumerated & asked

    def _is_summary(self, tracker: Tracker) -> bool:
        """Whether this answer is a summary: a topic's, not narrowed by an entity the
        message names (a sector's jobs are a lookup, which a quotation must beat)."""
        entities = tracker.latest_message.get("entities") or []
        narrowing = self.follow_up_entities
        return self.summary and not any(e.get("entity") in narrowing for e in entities)

    def _about_another_document(self, tracker: Tracker, messages: list[dict]) -> bool:
        """Whether the question names documents and this answer cites none of them."""
        named = set(documents_named(tracker.latest_message.get("text") or ""))
        return bool(named) and not named & cited_documents(messages)

    def _context_topic(self, tracker: Tracker, messages: list[dict]) -> KnowledgeAction | None:
        """For a follow-up that refers back ("how many of those are in finance?") which this
        topic answers from other documents than the last answer did: the last answer's
        topic, when it takes what the message names."""
        previous = KnowledgeAction.for_topic(tracker.get_slot("topic"))
        text = tracker.latest_message.get("text") or ""
        if previous is None or previous.topic == self.topic or not REFERS_BACK.search(text):
            return None
        named = {e.get("entity") for e in tracker.latest_message.get("entities") or []}
        before = cited_documents(e.get("data") or {} for e in before_latest_message(tracker))
        now = cited_documents(messages)
        takes = named & previous.follow_up_entities or (not named and LIST_REQUEST.search(text))
        if not takes or not before or now & before:
            return None
        return previous

    def name(self) -> str:
        """``action_<topic>``."""
        return f"action_{self.topic}"

    @abstractmethod
    def respond(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
        """Send the answer; return extra events."""

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        """Answer, recording the topic; a failure is logged and told to the user."""
        # Imported here: free_answers builds on this module.
        from actions.free_answers import add_date_note, better_than, preempted

        try:
            early = preempted(dispatcher, tracker)
            if early is not None:
                return early
            drafted = CollectingDispatcher()
            events = self.respond(drafted, tracker)
            context = self._context_topic(tracker, drafted.messages)
            if context is not None:
                return await context.run(dispatcher, tracker, domain)
            quotable = self.yields_to_quotes(tracker) or self._about_another_document(
                tracker, drafted.messages
            )
            quote = (
                better_than(tracker, drafted.messages, self._is_summary(tracker))
                if quotable
                else None
            )
            if quote is None:
                dispatcher.messages.extend(drafted.messages)
            else:
                send(dispatcher, quote)
                events = []
            add_date_note(dispatcher, tracker)
        except Exception:
            logger.exception("action %s failed", self.name())
            dispatcher.utter_message(
                text="Sorry, something went wrong on my side while answering that. "
                "Please rephrase, or ask for a person."
            )
            return []
        cleared = [SlotSet("asked_fact", None)] if tracker.get_slot("asked_fact") else []
        return [SlotSet("topic", self.topic), *cleared, *events]


class StaticAnswerAction(KnowledgeAction):
    """A topic answered from the knowledge base alone, or from it and the message's words
    (see ``static_action`` and ``question_action``)."""

    @abstractmethod
    def answer(self, question: str) -> Answer:
        """The answer for this topic to the latest message, ``question``."""

    def respond(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
        """Send the answer."""
        send(dispatcher, self.answer(tracker.latest_message.get("text") or ""))
        return []


def _answer_action(topic: str, answer: Callable[[str], Answer]) -> type[KnowledgeAction]:
    class_name = "Action" + "".join(part.title() for part in topic.split("_"))
    members = {"topic": topic, "answer": lambda self, question: answer(question)}
    return type(class_name, (StaticAnswerAction,), members)


def static_action(topic: str, answer: Callable[[KnowledgeBase], Answer]) -> type[KnowledgeAction]:
    """An action class named ``action_<topic>`` that sends ``answer(kb())``."""
    return _answer_action(topic, lambda _: answer(kb()))


def question_action(
    topic: str, answer: Callable[[KnowledgeBase, str], Answer]
) -> type[KnowledgeAction]:
    """An action class named ``action_<topic>`` that sends ``answer(kb(), text)``, the text
    of the latest message ("what is their phone number?" gets the phone alone)."""
    return _answer_action(topic, lambda question: answer(kb(), question))
