"""Questions no structured topic answers: quoted passages, refusals, "the documents don't say".

Thin adapters over :mod:`knowledge.qa`: :func:`preempted` runs before every topic's own
answer (a refusal, a verdict from facts the user stated, or a gap in the documents);
:func:`free_answer` answers when no intent fits (low NLU confidence, out of scope).
"""

from __future__ import annotations

from datetime import date

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.base import (
    LIST_REQUEST,
    MAX_SHOWN_CHARS,
    REFERS_BACK,
    before_latest_message,
    kb,
    send,
)
from actions.lists import ActionOnList
from actions.stated_eligibility import asks_if_listed, form_start, stated_verdict
from knowledge.answers.common import Answer
from knowledge.qa import dates, router, safety
from knowledge.qa.documents import DOCUMENT_NAMES, documents_named
from knowledge.qa.row_filters import QIANHAI, filtered_rows

# The topic a table-rows answer leaves, so that "which of those ..." follows it up.
ROWS_TOPIC = "qianhai_occupations"


def question_of(tracker: Tracker) -> str:
    """The text the user typed in the latest message ("" for a button's payload)."""
    text = tracker.latest_message.get("text") or ""
    return "" if text.startswith("/") else text


def previous_question(tracker: Tracker) -> str:
    """The text the user typed in the message before the latest one ("" if none)."""
    typed = [e.get("text") or "" for e in tracker.events if e.get("event") == "user"]
    earlier = typed[-2] if len(typed) > 1 else ""
    return "" if earlier.startswith("/") else earlier


def contextual_question(tracker: Tracker) -> str:
    """The latest question; when it refers back ("how many of those ...", "their email")
    and names no document, with the cue of the document the last answer cited."""
    question = question_of(tracker)
    if not REFERS_BACK.search(question) or documents_named(question):
        return question
    return in_last_document(tracker, question)


def in_last_document(tracker: Tracker, question: str) -> str:
    """The question with the cue of the document the last answer cited ("(Qianhai)")."""
    for event in reversed(before_latest_message(tracker)):
        sources = ((event.get("data") or {}).get("custom") or {}).get("sources") or []
        if event.get("event") == "bot" and sources:
            cue = DOCUMENT_NAMES.get(sources[0].get("doc", ""))
            return f"{question} ({cue})" if cue else question
    return question


def preempted(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType] | None:
    """Answer first what must not get a topic's structured answer; its events, or None.

    In order: a request to decline, a verdict from the facts the user stated, a question
    the documents cannot answer, a message with an ID number (answered without it), a
    question selecting rows of the Qianhai tables.
    """
    question = question_of(tracker)
    screened = safety.screen(question)
    if screened.refusal is None:
        verdict = stated_verdict(tracker)
        if verdict is not None:
            answer, events = verdict
            note = f"{safety.ID_NOTE}\n" if screened.had_id_number else ""
            send(dispatcher, Answer(note + answer.text, answer.sources))
            return events
    context = in_last_document(tracker, "") if REFERS_BACK.search(question) else ""
    answer = router.preempt(kb(), question, context=context)
    if answer is None and screened.refusal is None:
        rows = table_rows(tracker)
        if rows is not None:
            send(dispatcher, rows)
            return [SlotSet("asked_fact", None), SlotSet("topic", ROWS_TOPIC)]
        return form_start(tracker)
    if answer is None:
        return None
    send(dispatcher, answer)
    return [SlotSet("asked_fact", None)]


def table_rows(tracker: Tracker, implied: bool = False) -> Answer | None:
    """The Qianhai rows the latest question selects ("which logistics occupations need a
    bachelor's?"), or None. A follow-up ("which of those ...", "which ones?") keeps the
    criteria of the question before; ``implied``: the intent is about the Qianhai list."""
    question = question_of(tracker)
    if not question:
        return None
    follow_up = bool(REFERS_BACK.search(question) or LIST_REQUEST.search(question))
    last = documents_named(in_last_document(tracker, "")) if follow_up else []
    if last and QIANHAI not in last:
        return None  # "which of those ..." about another document's answer
    earlier = previous_question(tracker) if follow_up else ""
    if follow_up and str(tracker.get_slot("topic") or "").startswith(QIANHAI):
        # The industry the last answer was about, if the question before does not name it.
        earlier = f"{earlier} ({tracker.get_slot('sector') or ''})"
    return filtered_rows(kb(), question, earlier, implied or bool(last))


def better_than(tracker: Tracker, messages: list[dict], summary: bool) -> Answer | None:
    """A quotation that answers the latest question better than these messages do (as well
    as them, for a topic whose answer is a ``summary``)."""
    said = "\n".join(m.get("text") or "" for m in messages)
    clarifying = not any((m.get("custom") or {}).get("sources") for m in messages)
    margin = router.SUMMARY_MARGIN if summary else router.QUOTE_MARGIN
    # A summary from another document than the one named yields; a lookup does not.
    sources = [s["doc"] for m in messages for s in (m.get("custom") or {}).get("sources", [])]
    answered = tuple(dict.fromkeys(sources))
    quote = router.better_quote(
        kb(),
        contextual_question(tracker),
        said[:MAX_SHOWN_CHARS],
        clarifying,
        margin,
        answered if summary else (),
        answered,
    )
    return None if quote is None else router.noting_absent(kb(), question_of(tracker), quote)


def add_date_note(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """After an answer, a line placing the question in time for the documents it cited."""
    custom = (dispatcher.messages[-1].get("custom") or {}) if dispatcher.messages else {}
    docs = [s["doc"] for s in custom.get("sources", [])]
    note = dates.date_note(kb(), docs, question_of(tracker), date.today()) if docs else None
    if note:
        dispatcher.utter_message(text=note)


async def answer_instead(
    dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
) -> list[EventType]:
    """For a message the eligibility form need not handle: whether the job is listed, or
    the best answer from the documents."""
    if asks_if_listed(question_of(tracker)):
        return await ActionOnList().run(dispatcher, tracker, domain)
    answer = free_answer(tracker)
    if answer is None:
        dispatcher.utter_message(text=router.NOT_FOUND)
        return []
    send(dispatcher, answer)
    add_date_note(dispatcher, tracker)
    return [SlotSet("topic", None)]


def free_answer(tracker: Tracker, today: date | None = None) -> Answer | None:
    """The router's answer to the latest message, or None when the documents have none."""
    answer = router.answer_freely(kb(), contextual_question(tracker), today)
    if answer.text == router.OUT_OF_SCOPE:
        # "Can my wife and kids come with me?" after an answer: about that document.
        in_context = in_last_document(tracker, question_of(tracker))
        again = router.answer_freely(kb(), in_context, today) if in_context else answer
        answer = again if again.sources and not again.text.startswith(router.CLOSEST) else answer
    return None if answer.text == router.NOT_FOUND else answer
