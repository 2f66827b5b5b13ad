"""Wording of eligibility verdicts and the questions for missing inputs."""

from __future__ import annotations

import pytest

from knowledge.answers import eligibility
from knowledge.eligibility.service import catalog_verdict, qianhai_verdict
from knowledge.lookup import OccupationIndex
from knowledge.records import Degree
from tests.knowledge.answers import assert_answer


@pytest.fixture(scope="module")
def index(kb):
    return OccupationIndex.build(kb)


def test_boundary_case_is_not_met_and_says_why(kb, index):
    text = assert_answer(
        eligibility.verdict(qianhai_verdict(kb, index, "actuary", Degree.MASTER, 3))
    )
    lines = text.splitlines()
    assert lines[0] == (
        "Actuary (Qianhai list): not eligible: at least one requirement is not met."
    )
    assert "✔ Degree (met): Your master's degree meets the minimum" in text
    assert "✘ Experience (not met): The list says more than 3 years" in text
    assert "Note: Boundary case" in text
    assert "Table 2, row 2" in lines[-1]


def test_eligible_outcome_comes_first(kb, index):
    result = qianhai_verdict(kb, index, "AI engineer", Degree.DOCTOR, 6)
    text = assert_answer(eligibility.verdict(result))
    assert text.startswith("AI engineer (Qianhai list): eligible: you meet every requirement")


def test_unknown_criteria_are_marked(kb, index):
    text = assert_answer(eligibility.verdict(catalog_verdict(kb, index, "chip architect", 2)))
    assert "undetermined: I can't tell yet" in text
    assert "? Employer certification (unknown)" in text
    assert "62 jobs but lists 61" in text


def test_subject_is_capitalised(kb, index):
    text = assert_answer(eligibility.verdict(qianhai_verdict(kb, index, None, None, None)))
    assert text.startswith("An occupation (Qianhai list)")


@pytest.mark.parametrize(
    ("name", "word"),
    [
        ("degree", "degree"),
        ("years", "years"),
        ("occupation", "occupation"),
        ("years_in_shanghai", "Shanghai"),
        ("category_c", "Category C"),
        ("employer_certification", "employer"),
        ("programme", "Qianhai"),
    ],
)
def test_every_missing_input_has_a_one_line_question(name, word):
    question = eligibility.missing_prompt(name)
    assert word in question
    assert question.endswith("?") and "\n" not in question


def test_unknown_input_name_is_an_error():
    with pytest.raises(KeyError):
        eligibility.missing_prompt("age")
