"""Eligibility verdicts from stated facts, and the one question asked for a missing fact."""

from __future__ import annotations

import pytest

from knowledge.lookup import OccupationIndex, get_index
from knowledge.qa.eligibility import (
    asks_for_verdict,
    asks_if_listed,
    eligibility_reply,
    programme_of,
)
from knowledge.qa.stated_facts import StatedFacts
from knowledge.records import Degree, KnowledgeBase, TitleLevel
from tests.knowledge.answers import assert_answer

TITLE_CASE = StatedFacts(
    degree=Degree.BACHELOR,
    years=10.0,
    years_in_shanghai=3.0,
    holds_category_c=True,
    title_level=TitleLevel.ASSOCIATE_SENIOR,
    programme="professional_title",
)


@pytest.fixture(scope="module")
def index() -> OccupationIndex:
    return get_index()


def test_title_case_with_everything_stated(kb: KnowledgeBase, index: OccupationIndex) -> None:
    reply = eligibility_reply(kb, index, TITLE_CASE)
    assert reply is not None
    text = assert_answer(reply.answer)
    assert reply.programme == "professional_title"
    assert reply.asks is None
    assert text.startswith("Yes: you can apply for an associate senior title")
    assert "You also need" not in text
    assert "Shanghai qualification list 3.0" in text


def test_title_case_asks_for_years_in_shanghai(kb: KnowledgeBase, index: OccupationIndex) -> None:
    facts = StatedFacts(
        degree=Degree.BACHELOR,
        years=10.0,
        holds_category_c=True,
        title_level=TitleLevel.ASSOCIATE_SENIOR,
    )
    reply = eligibility_reply(kb, index, facts)
    assert reply is not None
    assert reply.programme == "professional_title"
    assert reply.asks == "years_in_shanghai"
    assert "You also need" in assert_answer(reply.answer)


def test_qianhai_boundary_case(kb: KnowledgeBase, index: OccupationIndex) -> None:
    facts = StatedFacts(degree=Degree.MASTER, years=3.0, occupation="Financial planner")
    reply = eligibility_reply(kb, index, facts)
    assert reply is not None
    text = assert_answer(reply.answer)
    assert reply.programme == "qianhai_list"
    assert reply.asks is None
    assert text.startswith("Financial planner (Qianhai list): not eligible")
    assert "more than" in text
    assert "Boundary" in text


def test_catalog_case_short_of_experience(kb: KnowledgeBase, index: OccupationIndex) -> None:
    facts = StatedFacts(degree=Degree.DOCTOR, years=1.0, occupation="Drug Target Researcher")
    reply = eligibility_reply(kb, index, facts)
    assert reply is not None
    text = assert_answer(reply.answer)
    assert reply.programme == "shanghai_catalog"
    assert reply.asks == "employer_certification"
    assert "Drug Target Researcher is listed under Biomedicine" in text
    assert "short of the 2 years required: 1 more year needed" in text


def test_unclear_programme_gives_no_reply(kb: KnowledgeBase, index: OccupationIndex) -> None:
    assert eligibility_reply(kb, index, StatedFacts(degree=Degree.MASTER, years=3.0)) is None


@pytest.mark.parametrize(
    ("facts", "programme"),
    [
        (StatedFacts(title_level=TitleLevel.JUNIOR), "professional_title"),
        (StatedFacts(occupation="Financial planner"), "qianhai_list"),
        (StatedFacts(occupation="Drug Target Researcher"), "shanghai_catalog"),
        (
            StatedFacts(occupation="Drug Target Researcher", programme="qianhai_list"),
            "qianhai_list",
        ),
        (StatedFacts(degree=Degree.DOCTOR), None),
        # "Actuary" is on both lists: the programme is not clear.
        (StatedFacts(occupation="Actuary"), None),
    ],
)
def test_programme_of(facts: StatedFacts, programme: str | None, index: OccupationIndex) -> None:
    assert programme_of(facts, index) == programme


@pytest.mark.parametrize(
    ("message", "asks"),
    [
        ("Am I eligible for the Qianhai list?", True),
        ("Can I apply for an intermediate title?", True),
        ("能申请中级职称吗？", True),
        ("Which jobs are on the Qianhai list?", False),
        ("What does Category A give?", False),
    ],
)
def test_asks_for_verdict(message: str, asks: bool) -> None:
    assert asks_for_verdict(message) is asks


@pytest.mark.parametrize(
    "question",
    [
        "Can I go directly for the associate senior title?",
        "do i match the remuneration design specialist in the qianhai list?",
    ],
)
def test_more_ways_of_asking_for_a_verdict(question: str) -> None:
    assert asks_for_verdict(question)


@pytest.mark.parametrize(
    ("message", "job", "asks"),
    [
        ("is my job on the Qianhai list?", None, True),
        ("am i on shanghai catalog as a chip designer", None, True),
        # A job the message names, with or without an article before the list.
        ("is a hotel manager on the Qianhai list?", "hotel manager", True),
        ("is software engineer on qianhai list", "software engineer", True),
        ("is software engineer on qianhai list", None, False),
        # Not about being on a list, or a profile to check against one.
        ("who made the qianhai list and when was the research done?", "research done", False),
        ("I have a master's and 5 years, is my job on the Qianhai list?", None, False),
    ],
)
def test_asks_if_listed(message: str, job: str | None, asks: bool) -> None:
    assert asks_if_listed(message, job) is asks
