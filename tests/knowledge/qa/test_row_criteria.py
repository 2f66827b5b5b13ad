"""Criteria read from questions about the Qianhai tables' rows, in English and Chinese."""

from __future__ import annotations

import pytest

from knowledge.answers.qianhai import industry_names
from knowledge.qa.row_criteria import Bound, Comparison, RowCriteria, read_criteria
from knowledge.records import Degree, Duration, KnowledgeBase, Severity
from knowledge.translation import with_english


def criteria(kb: KnowledgeBase, question: str) -> RowCriteria:
    return read_criteria(with_english(question), industry_names(kb))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which occupations need only 1 year of experience?", Bound(1)),
        ("jobs asking for more than 3 years of experience", Bound(3)),
        ("经验要求5年以上的职业有哪些？", Bound(5)),
        ("occupations needing at least 5 years of experience", Bound(5, Comparison.AT_LEAST)),
        ("jobs with 5+ years of experience", Bound(5, Comparison.AT_LEAST)),
        ("jobs requiring less than 5 years of experience", Bound(5, Comparison.BELOW)),
        ("roles where 3 years of experience is enough", Bound(3, Comparison.AT_MOST)),
        ("哪些职业3年经验就够？", Bound(3, Comparison.AT_MOST)),
    ],
)
def test_experience_thresholds(kb: KnowledgeBase, question: str, expected: Bound) -> None:
    assert criteria(kb, question).experience == expected


def test_years_in_a_durations_brackets_are_no_experience(kb: KnowledgeBase) -> None:
    read = criteria(kb, "which occupations are in demand in the near future (less than 1 year)?")
    assert (read.duration, read.experience) == (Duration.NEAR, None)
    chinese = criteria(kb, "需求只在近期（不到1年）保持旺盛的是哪3个职业？")
    assert (chinese.duration, chinese.experience) == (Duration.NEAR, None)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("occupations whose demand stays high for less than 1 year", Duration.NEAR),
        ("jobs where demand lasts 1-3 years", Duration.SHORT),
        ("jobs whose demand will remain high for more than 3 years", Duration.LONG),
        ("long-term occupations", Duration.LONG),
        ("短期需求的职业", Duration.SHORT),
    ],
)
def test_demand_durations(kb: KnowledgeBase, question: str, expected: Duration) -> None:
    assert criteria(kb, question).duration == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which occupations require a doctoral degree?", Bound(int(Degree.DOCTOR))),
        ("哪些职业要求博士学历？", Bound(int(Degree.DOCTOR))),
        ("jobs needing a master's degree or above", Bound(3, Comparison.AT_LEAST)),
        ("硕士及以上学历的职业", Bound(3, Comparison.AT_LEAST)),
        ("occupations open with at least a master's", Bound(3, Comparison.AT_LEAST)),
        ("哪些职业本科就行？", Bound(1, Comparison.AT_MOST)),
    ],
)
def test_degrees(kb: KnowledgeBase, question: str, expected: Bound) -> None:
    assert criteria(kb, question).degree == expected


def test_columns_combine(kb: KnowledgeBase) -> None:
    read = criteria(
        kb, "strategy-oriented, relatively short-supply jobs in the information service"
    )
    assert read == RowCriteria(
        industry="Information service industry",
        orientation="strategy-oriented",
        severity=Severity.RELATIVELY,
    )
    chinese = criteria(kb, "前海金融业里极度紧缺的需求导向型职业")
    assert chinese == RowCriteria(
        industry="Financial industry", orientation="demand-oriented", severity=Severity.EXTREMELY
    )


def test_a_column_named_with_several_values_sets_no_criterion(kb: KnowledgeBase) -> None:
    assert criteria(kb, "how many face extremely, relatively and moderately short supply?") == (
        RowCriteria()
    )
    # "relatively" alone is no shortage level.
    assert criteria(kb, "Are logistics degrees relatively higher requirements?").severity is None


def test_a_follow_up_keeps_the_columns_it_leaves_free(kb: KnowledgeBase) -> None:
    earlier = criteria(kb, "Which Qianhai occupations are in the financial industry?")
    now = criteria(kb, "which of those are strategy-oriented?").merged(earlier)
    assert now == RowCriteria(industry="Financial industry", orientation="strategy-oriented")


def test_an_industry_the_catalog_shares_does_not_point_to_qianhai(kb: KnowledgeBase) -> None:
    finance = criteria(kb, "which jobs are in finance?")
    assert finance.industry == "Financial industry"
    assert not finance.only_in_qianhai(kb.catalog.sectors)
    assert criteria(kb, "logistics jobs").only_in_qianhai(kb.catalog.sectors)
