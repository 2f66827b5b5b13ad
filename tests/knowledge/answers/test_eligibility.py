"""Wording of eligibility verdicts and the questions for missing inputs."""

from __future__ import annotations

import pytest

from knowledge.answers import eligibility
from knowledge.eligibility.service import catalog_verdict, qianhai_verdict
from knowledge.lookup import OccupationIndex
from knowledge.records import Degree
from tests.knowledge.answers import MAX_LINES, assert_answer


@pytest.fixture(scope="module")
def index(kb):
    return OccupationIndex.build(kb)


def test_boundary_case_is_not_met_and_says_why(index):
    text = assert_answer(eligibility.verdict(qianhai_verdict(index, "actuary", Degree.MASTER, 3)))
    lines = text.splitlines()
    assert lines[0] == "Actuary (Qianhai list): at least one requirement is not met."
    assert "✔ Degree (met): Your master's degree meets the minimum" in text
    assert "✘ Experience (not met): The list says more than 3 years" in text
    assert "Note: Boundary case" in text
    assert "Table 2, row 2" in lines[-1]


def test_eligible_outcome_comes_first(index):
    result = qianhai_verdict(index, "AI engineer", Degree.DOCTOR, 6)
    text = assert_answer(eligibility.verdict(result))
    assert text.startswith("AI engineer (Qianhai list): you meet every requirement I can check.")


def test_unknown_criteria_are_marked(kb, index):
    text = assert_answer(eligibility.verdict(catalog_verdict(kb, index, "chip architect", 2)))
    assert "I can't tell yet" in text
    assert "? Employer certification (unknown)" in text
    assert "62 jobs but lists 61" in text


def test_subject_is_capitalised(index):
    text = assert_answer(eligibility.verdict(qianhai_verdict(index, None, None, None)))
    assert text.startswith("An occupation (Qianhai list)")


@pytest.mark.parametrize("name", list(eligibility.QUESTIONS))
def test_every_missing_input_has_a_short_question(name):
    answer = eligibility.missing_prompt(name)
    assert answer.text.endswith("?")
    assert len(answer.render().splitlines()) <= MAX_LINES
    assert answer.sources == ()  # a question states no fact


def test_prompt_choices():
    assert ("doctoral degree", "doctor") in eligibility.missing_prompt("degree").choices
    assert eligibility.missing_prompt("category_c").choices == (("Yes", "yes"), ("No", "no"))
    values = [value for _, value in eligibility.missing_prompt("programme").choices]
    assert values == ["shanghai_catalog", "qianhai_list", "professional_title"]


def test_unknown_input_name_is_an_error():
    with pytest.raises(KeyError):
        eligibility.missing_prompt("age")
