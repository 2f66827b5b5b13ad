"""Eligibility facts read from one message, and facts carried across messages."""

from __future__ import annotations

from typing import Any

import pytest

from knowledge.lookup import get_index
from knowledge.qa.stated_facts import StatedFacts, read_facts
from knowledge.records import Degree, TitleLevel

CASES: list[tuple[str, dict[str, Any]]] = [
    ("I have a bachelor's degree", {"degree": Degree.BACHELOR}),
    ("I hold a master's in finance", {"degree": Degree.MASTER, "field": "finance"}),
    ("I have a PhD", {"degree": Degree.DOCTOR}),
    ("I have a second bachelor's degree", {"degree": Degree.SECOND_BACHELOR}),
    ("I have 10 years of relevant experience", {"years": 10.0}),
    ("I have five years of experience", {"years": 5.0}),
    (
        "I have exactly 10 years of relevant experience, 3 of them in Shanghai",
        {"years": 10.0, "years_in_shanghai": 3.0},
    ),
    ("I have 6 years of experience, all in Shanghai", {"years": 6.0, "years_in_shanghai": 6.0}),
    ("I have two years of experience, both in Shanghai", {"years": 2.0, "years_in_shanghai": 2.0}),
    ("I've got 8 yrs of experience, 2 yrs in Shanghai", {"years": 8.0, "years_in_shanghai": 2.0}),
    (
        "I have 7 years of experience and have worked in Shanghai for 3 years",
        {"years": 7.0, "years_in_shanghai": 3.0},
    ),
    (
        "I hold a Category C qualification and a bachelor's in civil engineering with exactly "
        "10 years of relevant experience, 3 of them in Shanghai",
        {
            "degree": Degree.BACHELOR,
            "field": "civil engineering",
            "years": 10.0,
            "years_in_shanghai": 3.0,
            "holds_category_c": True,
        },
    ),
    ("I hold a Category C certificate", {"holds_category_c": True}),
    # No work at all yet: none in Shanghai either.
    ("Just finished my PhD, no job yet", {"degree": Degree.DOCTOR, "years_in_shanghai": 0.0}),
    ("I have not worked yet", {"years_in_shanghai": 0.0}),
    ("I hold a cat C certificate", {"holds_category_c": True}),
    ("I don't have a Category C certificate", {"holds_category_c": False}),
    ("I have no Category C qualification", {"holds_category_c": False}),
    ("My Shanghai employer will certify the job", {"employer_certifies": True}),
    ("My employer won't certify the job", {"employer_certifies": False}),
    ("My employer refuses to certify the job", {"employer_certifies": False}),
    (
        "Video coding algorithm engineer with a master's and 3 years; my Shanghai employer "
        "will certify the job",
        {
            "occupation": "Video Coding Algorithm R&D Personnel",
            "degree": Degree.MASTER,
            "years": 3.0,
            "employer_certifies": True,
        },
    ),
    (
        "I'm a renumeration desgin specialst with a master's",
        {"occupation": "Remuneration design specialist", "degree": Degree.MASTER},
    ),
    (
        "I'm a tech-transfer consultant who helps commercialise research results",
        {"occupation": "Consultant for commercialization of scientific research achievements"},
    ),
    ("I'm an actuary", {"occupation": "Actuary"}),
    ("I'm an AI engineer with a PhD", {"occupation": "AI engineer", "degree": Degree.DOCTOR}),
    ("I'm a hotel general manager with 12 years of experience", {"years": 12.0}),
    (
        "Can I apply for an associate senior title?",
        {"title_level": TitleLevel.ASSOCIATE_SENIOR, "programme": "professional_title"},
    ),
    (
        "Can I get an intermediate title?",
        {"title_level": TitleLevel.INTERMEDIATE, "programme": "professional_title"},
    ),
    (
        "Am I eligible for a junior title?",
        {"title_level": TitleLevel.JUNIOR, "programme": "professional_title"},
    ),
    ("Am I eligible for the Qianhai list?", {"programme": "qianhai_list"}),
    ("Is my job on the Shanghai catalog?", {"programme": "shanghai_catalog"}),
    (
        "我本科学历，相关工作经验正好5年，其中在上海2年，持有C类证书，能申请中级职称吗？",
        {
            "degree": Degree.BACHELOR,
            "years": 5.0,
            "years_in_shanghai": 2.0,
            "holds_category_c": True,
            "title_level": TitleLevel.INTERMEDIATE,
            "programme": "professional_title",
        },
    ),
]


@pytest.mark.parametrize(("message", "expected"), CASES)
def test_read_facts(message: str, expected: dict[str, Any]) -> None:
    facts = read_facts(message, get_index())
    # Facts the message does not state stay None.
    assert facts == StatedFacts(**expected)


def test_a_job_on_no_list_is_no_occupation() -> None:
    assert read_facts("I'm a hotel general manager", get_index()).occupation is None


def test_profile_needs_a_degree_or_years() -> None:
    assert read_facts("I have a PhD", get_index()).has_profile
    assert read_facts("I have 4 years of experience", get_index()).has_profile
    assert not read_facts("I'm an actuary", get_index()).has_profile


def test_updated_keeps_earlier_facts_and_later_ones_win() -> None:
    first = StatedFacts(degree=Degree.BACHELOR, years=12.0, occupation="Actuary")
    correction = StatedFacts(years=9.0, holds_category_c=True)
    merged = first.updated(correction)
    assert merged == StatedFacts(
        degree=Degree.BACHELOR, years=9.0, occupation="Actuary", holds_category_c=True
    )
    assert first.years == 12.0


def test_updated_from_messages() -> None:
    index = get_index()
    facts = read_facts("I have a master's and 3 years of experience", index)
    facts = facts.updated(read_facts("Sorry, typo: it's 9 years, not 12", index))
    facts = facts.updated(read_facts("I hold a Category C certificate", index))
    assert facts.degree is Degree.MASTER
    assert facts.years == 9.0
    assert facts.holds_category_c is True


@pytest.mark.parametrize(
    ("text", "years_in_shanghai"),
    [
        ("I've only been working in Shanghai for 6 months", 0.5),
        ("master, 3 years experience, 6 months in Shanghai", 0.5),
    ],
)
def test_months_in_shanghai(text: str, years_in_shanghai: float) -> None:
    assert read_facts(text, get_index()).years_in_shanghai == years_in_shanghai
