"""Questions asking what a word means find the sentence defining it."""

from __future__ import annotations

import pytest

from knowledge.passage_search import get_passage_index
from knowledge.qa import router
from knowledge.records import KnowledgeBase


@pytest.mark.parametrize(
    ("question", "definition"),
    [
        ("How does the Qianhai report's appendix define 'occupation'?", "an occupation refers to"),
        ('What does "occupation" mean in the Qianhai report?', "an occupation refers to"),
        ("What is the meaning of foreign talent?", "A foreign talent refers to"),
        ("What does foreign talent mean in the Qianhai report?", "A foreign talent refers to"),
        # Chinese, as translated for the search: 是什么意思 is "meaning", 定义 "Definitions".
        ("Qianhai list “ foreign talent ” meaning ？", "A foreign talent refers to"),
        ("Qianhai Appendix ，“ occupation ” Definitions ？", "an occupation refers to"),
        # A section named after the term opens with its definition.
        ("How does the Qianhai report define an 'occupation list system'?", "list system contains"),
    ],
)
def test_the_sentence_defining_the_word_comes_first(question: str, definition: str) -> None:
    assert definition in get_passage_index().find(question)[0].passage.text


@pytest.mark.parametrize(
    "question",
    [
        "What does Category A mean?",  # no sentence defines it: the search as usual
        "How many occupations are on the Qianhai list?",  # no meaning asked
    ],
)
def test_other_questions_are_searched_as_usual(question: str) -> None:
    assert "refers to" not in get_passage_index().find(question)[0].passage.text


def test_a_definition_is_quoted_with_the_rest_of_its_paragraph(kb: KnowledgeBase) -> None:
    text = router.answer_freely(
        kb, "How does the Qianhai report define an 'occupation list system'?"
    ).text
    assert "These lists define occupations open to foreigners" in text
    assert text.endswith("the criteria for applications for entry and work in the country.”")
