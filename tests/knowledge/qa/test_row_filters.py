"""The Qianhai rows a question selects: exact rows, checked against Tables 1 and 2."""

from __future__ import annotations

import re

import pytest

from knowledge.answers.common import Answer
from knowledge.qa import router
from knowledge.qa.row_filters import filtered_rows
from knowledge.records import KnowledgeBase

MAX_CHARS = 700
ONE_YEAR = [
    "Occupational training and talent development specialist",
    "Remuneration design specialist",
]
NEAR_FUTURE = [
    "Information system management specialist",
    "Logistics equipment and R&D specialist",
    "Digital media art specialist",
]
DOCTORATE = ["Financial technology specialist", "Geophysical science and technology specialist"]
LOGISTICS = ["Supply chain management specialist", "Logistics equipment and R&D specialist"]
FINANCE_EXTREMELY = [
    "Investment management specialist",
    "Capital operation specialist",
    "Financial planner",
    "Risk underwriter",
    "Financial technology specialist",
]
INFO_STRATEGY = [
    "Big data engineer",
    "Cloud computing specialist",
    "Engineering information modeling specialist",
    "Enterprise digitalization manager",
]


def listed(answer: Answer | None) -> list[str]:
    """The names of the rows one per line ("• name" or "• name: details")."""
    assert answer is not None
    return [m.group(1) for m in re.finditer(r"^• (.+?)(?::.*)?$", answer.text, re.M)]


def rows_cited(answer: Answer) -> list[tuple[str | None, int | None]]:
    return [(p.table, p.row) for p in answer.sources]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which Qianhai occupations need only 1 year of experience?", ONE_YEAR),
        ("前海清单有没有经验门槛比较低、1年以上就行的职业？", ONE_YEAR),
        (
            "which 3 Qianhai occupations are high-demand only in the near future (less than 1 "
            "year)?",
            NEAR_FUTURE,
        ),
        ("前海报告里，需求只在近期（不到1年）保持旺盛的是哪3个职业？", NEAR_FUTURE),
        ("Which logistics occupations in Qianhai need a bachelor's degree?", LOGISTICS),
        ("which extremely short-supply jobs are in the financial industry?", FINANCE_EXTREMELY),
        ("前海金融业里极度紧缺的职业有哪些？", FINANCE_EXTREMELY),
        (
            "strategy-oriented occupations in the information service industry?",
            INFO_STRATEGY,
        ),
        ("信息服务业的战略导向型职业有哪些？", INFO_STRATEGY),
    ],
)
def test_the_rows_a_question_selects(kb: KnowledgeBase, question: str, expected: list) -> None:
    answer = filtered_rows(kb, question)
    assert listed(answer) == expected
    assert answer.text.startswith(f"{len(expected)} occupations on the Qianhai list")
    assert len(answer.render()) <= MAX_CHARS


def test_the_rows_are_cited_by_table_and_row(kb: KnowledgeBase) -> None:
    answer = filtered_rows(kb, "Which Qianhai occupations need only 1 year of experience?")
    assert rows_cited(answer) == [("Table 2", 17), ("Table 2", 19)]
    assert answer.render().endswith("(Table 2, rows 17, 19)")


@pytest.mark.parametrize(
    "question",
    ["Which Qianhai occupations require a doctoral degree?", "前海清单里哪些职业要求博士学历？"],
)
def test_a_doctorate_required_and_a_doctorate_preferred_are_told_apart(
    kb: KnowledgeBase, question: str
) -> None:
    answer = filtered_rows(kb, question)
    assert answer.text.split("\n")[:3] == [
        "2 occupations on the Qianhai list with a doctoral degree as the minimum degree:",
        *(f"• {name}" for name in DOCTORATE),
    ]
    assert "Preferring a doctoral degree, with a lower minimum:\n• AI engineer: master's" in (
        answer.text
    )
    assert rows_cited(answer) == [("Table 1", 5), ("Table 1", 6), ("Table 1", 11), ("Table 1", 14)]


def test_a_column_asked_about_is_shown_beside_each_name(kb: KnowledgeBase) -> None:
    answer = filtered_rows(kb, "前海清单里现代物流业的职位对学历卡得严吗？")
    assert answer.text.split("\n")[1:] == [
        "• Supply chain management specialist: bachelor's degree",
        "• Logistics equipment and R&D specialist: bachelor's degree",
    ]


def test_no_match_is_said_plainly_with_what_the_rows_have(kb: KnowledgeBase) -> None:
    answer = filtered_rows(kb, "Which Qianhai occupations require 2 years of experience?")
    assert answer.text == (
        "I found no occupation on the Qianhai list requiring more than 2 years of experience.\n"
        "The tables' experience thresholds are more than 1, 3, 5 and 10 years."
    )
    logistics = filtered_rows(kb, "Which logistics jobs in Qianhai need a master's degree?")
    assert logistics.text.split("\n")[0].startswith("I found no occupation")
    assert listed(logistics) == LOGISTICS


def test_many_rows_give_the_count_and_the_first_names_by_industry(kb: KnowledgeBase) -> None:
    answer = filtered_rows(kb, "How many Qianhai occupations need a master's degree or above?")
    assert answer.text.startswith(
        "36 occupations on the Qianhai list requiring at least a master's degree:"
    )
    # All 8 financial rows: 7 with a master's, Financial technology specialist a doctorate.
    assert "• Financial industry (8): Investment management specialist" in answer.text


def test_a_follow_up_keeps_the_criteria_asked_before(kb: KnowledgeBase) -> None:
    earlier = "前海清单里现代物流业有哪些职业？"
    answer = filtered_rows(kb, "它们的紧缺程度分别怎么样？", earlier=earlier)
    assert answer.text.split("\n")[1:] == [
        "• Supply chain management specialist: relatively short supply",
        "• Logistics equipment and R&D specialist: moderately short supply",
    ]
    doctorate = filtered_rows(kb, "how many of them strictly require a doctorate?", "x", True)
    assert listed(doctorate)[:2] == DOCTORATE


@pytest.mark.parametrize(
    "question",
    [
        "Which jobs in the Shanghai catalog need a bachelor's degree?",  # another document
        "What degree does the AI engineer need?",  # one occupation
        "Which occupations need a master's degree?",  # no Qianhai column, Qianhai not named
        "Which industries face extremely short supply?",  # asks for industries
        "What percentage of occupations are long term?",  # a share
        "In the Qianhai report, which questionnaire answers were merged into the long term?",
    ],
)
def test_questions_that_select_no_rows(kb: KnowledgeBase, question: str) -> None:
    assert filtered_rows(kb, question) is None


def test_a_free_question_gets_the_rows_not_a_passage(kb: KnowledgeBase) -> None:
    answer = router.answer_freely(kb, "前海清单里哪些职业要求博士学历？")
    assert listed(answer)[:2] == DOCTORATE


@pytest.mark.parametrize(
    ("question", "head", "names"),
    [
        (
            "前海清单里哪个职业要求的工作年限最长？",
            "1 occupation on the Qianhai list requiring more than 10 years of experience:",
            ["Executive in charge of technological innovation"],
        ),
        (
            "Which occupations on the Qianhai list need the least experience?",
            "2 occupations on the Qianhai list requiring more than 1 year of experience:",
            ["Occupational training and talent development specialist"],
        ),
        (
            "前海清单里学历要求最低的是哪些职业？",
            "14 occupations on the Qianhai list with a bachelor's degree as the minimum degree:",
            ["AI trainer"],
        ),
    ],
)
def test_the_rows_at_the_extreme_of_a_column(
    kb: KnowledgeBase, question: str, head: str, names: list[str]
) -> None:
    answer = filtered_rows(kb, question)
    assert answer is not None
    assert answer.text.startswith(head)
    assert all(name in answer.text for name in names)
