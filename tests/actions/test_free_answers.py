"""Free answers read a follow-up in the context of the document the last answer cited."""

from __future__ import annotations

from datetime import date

from actions.free_answers import contextual_question, free_answer
from knowledge.qa.documents import DOCUMENT_NAMES, documents_named
from tests.actions.conftest import tracker

TODAY = date(2026, 11, 23)


def _after_answer_from(doc: str, text: str):
    bot = {"event": "bot", "text": "...", "data": {"custom": {"sources": [{"doc": doc}]}}}
    first = {"event": "user", "text": "first question", "parse_data": {}}
    return tracker(text, events=[first, bot])


def test_every_document_name_is_recognised_as_its_document():
    for doc, name in DOCUMENT_NAMES.items():
        assert documents_named(f"what about {name}?")[:1] == [doc]


def test_a_follow_up_that_refers_back_gets_the_last_answers_document():
    follow_up = _after_answer_from(
        "shanghai_qualifications_first", "how many of those are category B?"
    )
    assert contextual_question(follow_up) == "how many of those are category B? (first list)"
    answer = free_answer(follow_up)
    assert answer is not None and "Category B includes 15 qualifications" in answer.text


def test_a_question_naming_its_document_or_not_referring_back_is_left_alone():
    named = _after_answer_from("qianhai", "how many of those are on the 3.0 list?")
    assert contextual_question(named) == "how many of those are on the 3.0 list?"
    fresh = _after_answer_from("qianhai", "what is category B?")
    assert contextual_question(fresh) == "what is category B?"


def test_a_follow_up_without_subject_words_is_read_in_the_last_document():
    current = _after_answer_from("shanghai_qualifications_3", "can my wife and kids come with me?")
    answer = free_answer(current, TODAY)
    assert answer is not None and "Their foreign spouses and minors may apply" in answer.text


def test_an_unrelated_follow_up_stays_out_of_scope():
    current = _after_answer_from("shanghai_qualifications_3", "give me a recipe for dumplings")
    answer = free_answer(current, TODAY)
    assert answer is not None and answer.text.startswith("Sorry, I can't help with that")
