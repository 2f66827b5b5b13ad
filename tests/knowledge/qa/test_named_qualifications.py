"""A qualification asked about by its initials, which neither Shanghai list names."""

from __future__ import annotations

import pytest

from knowledge.qa import named_qualifications, router
from knowledge.records import KnowledgeBase
from knowledge.translation import with_english


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("Is ACCA on the 3.0 list?", ["ACCA"]),
        ("is my PMP certificate recognised on the Shanghai qualification list?", ["PMP"]),
        ("Is the CFA charter one of the 85 qualifications on the first list?", ["CFA"]),
        ("3.0清单认可CFA吗？", ["CFA"]),
    ],
)
def test_initials_asked_about_a_qualification_list(kb: KnowledgeBase, question, names) -> None:
    assert named_qualifications.unnamed_asked(kb, with_english(question)) == names


@pytest.mark.parametrize(
    "question",
    [
        "is the IET fellowship on the first list?",  # an example the report names
        "Is ACM on the first list?",
        "What does Category B of the 3.0 list give?",  # no initials asked about
        "Is ACCA on the Qianhai list?",  # not a qualification list
        "Is the UK fellowship on the first list?",
    ],
)
def test_other_questions_are_left_alone(kb: KnowledgeBase, question: str) -> None:
    assert named_qualifications.unnamed_asked(kb, question) == []


def test_the_answer_says_the_lists_do_not_name_it_and_gives_what_they_do(
    kb: KnowledgeBase,
) -> None:
    answer = router.preempt(kb, "Is ACCA on the 3.0 list?")
    assert answer is not None
    assert answer.text.startswith("The Shanghai qualification lists I have don't name “ACCA”")
    assert "48 in Category A, 15 in Category B and 22 in Category C" in answer.text
    assert "Institution of Engineering and Technology in the UK" in answer.text
    assert {s.doc for s in answer.sources} == {
        "shanghai_qualifications_first",
        "shanghai_qualifications_3",
    }
