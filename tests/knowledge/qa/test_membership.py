"""Whether a thing the question names is one of the items a document lists."""

from __future__ import annotations

import pytest

from knowledge.qa import router
from knowledge.records import KnowledgeBase

LISTED = "It is listed by name."


@pytest.mark.parametrize(
    ("question", "named"),
    [
        (
            "Do members of the National Academy of Sciences count as high-end talent in the pilot?",
            "National Academy of Sciences",
        ),
        (
            "Is a Nobel laureate in chemistry counted as meeting internationally recognized "
            "standards?",
            "Nobel Prize winners",
        ),
        ("我是国际标准化组织（ISO）的理事，在六城市试点中能算“高精尖缺”外国人才吗？", "ISO"),
        (
            "拿过诺贝尔经济学奖的外国学者，在六城市试点里算“符合国际公认专业成就认定标准”的人才吗？",
            "economics",
        ),
    ],
)
def test_an_item_the_list_names_is_said_to_be_listed(
    kb: KnowledgeBase, question: str, named: str
) -> None:
    text = router.answer_freely(kb, question).text
    assert text.startswith(LISTED)
    assert named in text
    assert "includes:" in text or "mainly cover" in text  # the list it is an item of


@pytest.mark.parametrize(
    "question",
    [
        # The article lists Nobel Prizes in physics, chemistry, medicine and economics only.
        "Does a Nobel Prize in Literature winner count as high-end talent in the pilot?",
        "Does a nobel prize in literature winner count as high-end talent in the pilot?",
        "诺贝尔文学奖得主在六城市试点里算高精尖缺人才吗？",
        "诺贝尔和平奖得主算不算高精尖缺人才？",
        # "Medal" is in the list, the Fields Medal is not.
        "Does a Fields Medal winner count as high-end talent in the six-city pilot?",
        # No question whether something counts.
        "What does the six-city pilot say about Nobel Prize winners?",
    ],
)
def test_what_the_list_does_not_name_is_not_said_to_be_listed(
    kb: KnowledgeBase, question: str
) -> None:
    assert LISTED not in router.answer_freely(kb, question).text


@pytest.mark.parametrize(
    "question",
    [
        "Does a Nobel Prize in Literature winner count as high-end talent in the pilot?",
        "诺贝尔文学奖得主在六城市试点里算高精尖缺人才吗？",
    ],
)
def test_a_listed_name_with_another_qualifier_is_said_not_to_be_listed(
    kb: KnowledgeBase, question: str
) -> None:
    text = router.answer_freely(kb, question).text
    assert text.startswith("It is not listed by name.")
    assert "physiology or medicine, economics" in text  # what the list does name
    assert "does not mention “Literature”" in text
