"""Qianhai occupations: requirements, shortage, filtered lists, statistics and services."""

from __future__ import annotations

import dataclasses

import pytest

from knowledge.answers import qianhai
from knowledge.records import Duration, Severity
from tests.knowledge.answers import assert_answer


def occupation(kb, name):
    return next(o for o in kb.qianhai.occupations if o.name == name)


def test_requirements_of_an_occupation(kb):
    text = assert_answer(qianhai.requirements(kb, occupation(kb, "AI engineer")))
    assert "AI engineer (Qianhai list, Table 1, row 6: demand-oriented," in text
    assert "• Degree: master's degree (minimum); doctor's degree or postdoctoral" in text
    assert "More than 5 years of related experience" in text
    assert 'Exactly 5 years is not "more than 5"' in text
    assert "Computer science" in text
    assert "Ability of pioneering and innovation" in text
    assert "extremely short supply" in text and "long term (>3 years)" in text
    assert "credit points assessment" in text


def test_shortage(kb):
    text = assert_answer(qianhai.shortage(occupation(kb, "Actuary")))
    assert "moderately short supply" in text
    assert "long term (>3 years)" in text
    assert "Table 2, row 2" in text


def test_all_occupations_are_shortened_and_grouped(kb):
    text = assert_answer(qianhai.occupations(kb))
    assert text.startswith("50 occupations on the Qianhai list:")
    assert "• Professional service industry (20): " in text
    assert "; and 17 more" in text
    assert "Ask for an industry" in text


def test_occupations_of_one_industry_are_all_named(kb):
    text = assert_answer(qianhai.occupations(kb, "finance"))
    assert "8 occupations on the Qianhai list in the Financial industry" in text
    for o in kb.qianhai.occupations:
        assert (o.name in text) == (o.industry == "Financial industry")


def test_occupations_by_severity_and_duration(kb):
    text = assert_answer(qianhai.occupations(kb, severity=Severity.EXTREMELY))
    assert text.startswith("15 occupations on the Qianhai list in extremely short supply:")
    one = assert_answer(qianhai.occupations(kb, "information", Severity.EXTREMELY, Duration.NEAR))
    assert one.startswith("1 occupation on the Qianhai list")
    assert "Information system management specialist" in one


def test_no_occupation_within_the_filters(kb):
    text = assert_answer(qianhai.occupations(kb, "logistics", duration=Duration.SHORT))
    assert "No occupation on the Qianhai list is in the Modern logistics industry" in text


@pytest.mark.parametrize("industry", ["legal", "service"])
def test_an_industry_not_matched(kb, industry):
    text = assert_answer(qianhai.occupations(kb, industry))
    assert f'no industry I can match to "{industry}"' in text


def test_stats_match_the_stated_totals(kb):
    text = assert_answer(qianhai.stats(kb))
    assert "50 occupations: 29 demand-oriented and 21 strategy-oriented" in text
    assert "Financial industry 8" in text and "Professional service industry 20" in text
    assert "extremely short supply 15, relatively short supply 21" in text
    assert "master's degree 34" in text
    assert "match the totals the report states" in text


def test_stats_say_both_figures_when_they_differ(kb):
    stated = {**kb.qianhai.stated_totals, "total": 51}
    changed = dataclasses.replace(kb, qianhai=dataclasses.replace(kb.qianhai, stated_totals=stated))
    text = assert_answer(qianhai.stats(changed))
    assert "the report states 51 for total, the tables give 50" in text


def test_benefits(kb):
    text = assert_answer(qianhai.benefits(kb))
    assert "exempted from the labor market test and employer invitation" in text
    assert "subject to periodical update" in text
    assert "2020 list" in text


def test_incentives(kb):
    text = assert_answer(qianhai.incentives(kb))
    assert "personal income tax rate of 15%" in text
    assert "green card" in text
    assert "housekeepers" in text
    assert "check that they still apply" in text


def test_contact(kb):
    text = assert_answer(qianhai.contact(kb))
    assert "A211 of the Electronic One-Stop Service Center" in text
    assert "No. 19 Qianhai 1st Road, Nanshan District, Shenzhen" in text
    assert "0755-36667588" in text
    assert "qhrc@szqh.gov.cn" in text


def test_stats_for_the_breakdown_asked(kb):
    question = "How many occupations face extremely, relatively and moderately short supply?"
    dimensions = qianhai.counts_by(question)
    assert dimensions == ["shortage"]
    text = assert_answer(qianhai.stats(kb, dimensions))
    assert "By shortage: extremely short supply 15, relatively short supply 21, moderately" in text
    assert "By industry" not in text


def test_only_a_counting_question_asks_for_counts():
    assert qianhai.counts_by("How are the 50 occupations spread across industries?") == ["industry"]
    assert qianhai.counts_by("Which answers were merged into the long term category?") == []
