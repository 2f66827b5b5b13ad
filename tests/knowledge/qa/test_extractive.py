"""Quotations: the sentence that answers, the clauses that matter, what a question asks for."""

from __future__ import annotations

from datetime import date

from knowledge.answers.common import Answer
from knowledge.passage_search import get_passage_index
from knowledge.qa import extractive, router
from knowledge.records import KnowledgeBase

TODAY = date(2026, 11, 23)


def answer(kb: KnowledgeBase, question: str) -> Answer:
    return router.answer_freely(kb, question, today=TODAY)


def test_a_definition_quoted_with_the_sentences_that_go_through_it(kb):
    text = answer(
        kb, "How does the Qianhai report decide that an occupation is 'high-demand'?"
    ).text
    assert "identified based on three indicators" in text
    assert "the gap between the supply and demand is large" in text


def test_a_long_sentence_keeps_the_clause_with_the_number_asked_for(kb):
    text = answer(
        kb,
        "How many 'new occupations' did the Qianhai list take into account, and in which batches?",
    ).text
    assert "the 38 “new occupations”" in text
    assert "first batch of 13" in text and "third batch of 9" in text


def test_which_cities_quotes_the_sentence_that_names_them(kb):
    text = answer(kb, "Which cities are included in the guidelines released by the Ministry?").text
    for city in ("Beijing", "Shanghai", "Guangzhou", "Shenzhen", "Chongqing", "Hangzhou"):
        assert city in text


def test_a_second_question_in_the_message_gets_its_own_passage(kb):
    text = answer(
        kb,
        "How many qualifications are on the first Shanghai list of recognized overseas "
        "qualifications, and how many in each category?",
    ).text
    assert "85 qualifications" in text
    assert "Category B includes 15 qualifications" in text
    assert "Category C comprises 22 qualifications" in text


def test_the_question_in_a_long_message_decides_the_passage(kb):
    text = answer(
        kb,
        "I have a Category A qualification from the Shanghai list and 6 years of work abroad. "
        "Will that foreign work experience be counted in China?",
    ).text
    assert "Overseas work experience can be recognized as equivalent to domestic work" in text


def test_the_noun_asked_for_is_the_head_of_the_phrase():
    index = get_passage_index()
    assert index.asked_for("For which work permit categories does the pilot widen it?") == {
        "categori"
    }
    assert index.asked_for("Which cities are included?") == {"citi"}
    assert index.asked_for("What is the fee?") == frozenset()


def test_a_word_and_its_synonym_count_once_in_coverage():
    index = get_passage_index()
    groups = index.query_groups("Who decides it?")
    assert ("decid", "identifi", "defin") in groups
    assert index.coverage("Who decides it?", "They are identified by the bureau.") == 1.0


def test_a_named_subsection_is_quoted_whole(kb):
    text = answer(kb, "What are the basic requirements for a professional title in Shanghai?").text
    for requirement in ("Constitution", "professional ethics", "responsibilities", "overseas"):
        assert requirement in text


def test_who_can_qualify_gets_the_sentence_that_says_it(kb):
    text = answer(kb, "Who can qualify for Shanghai's premium services for global talent?").text
    assert "To qualify, applicants must possess internationally recognized" in text
    assert "Alternatively, they should hold important positions" in text


def test_items_of_one_long_sentence_share_its_lead_once(kb):
    text = answer(
        kb, "Which academicians and directors are named in the six-city pilot's achievements?"
    ).text
    assert text.count("includes: …") == 1
    assert "academician of the National Academy of Sciences and Engineering" in text


def test_an_age_question_gets_the_sentence_with_the_age(kb):
    question = "Up to what age can a Category A holder get a foreign professional talent permit?"
    assert "70 years" in answer(kb, question).text


def test_words_naming_the_document_count_only_where_another_document_answered():
    hits = get_passage_index().find("will a qualification be removed from the Shanghai list?")
    assert hits[0].passage.text.startswith("Items that no longer meet the requirements")
    assert (hits[0].matched, hits[0].naming) == (1, 2)  # "removed"; "qualification", "Shanghai"
    assert not extractive.plausible(hits)
    assert extractive.plausible(hits, in_named_document=True)
