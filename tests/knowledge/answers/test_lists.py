"""Whether a job is on a list, "did you mean", and answers about a named job."""

from __future__ import annotations

import pytest

from knowledge.answers import lists
from knowledge.lookup import OccupationIndex
from tests.knowledge.answers import assert_answer

CATALOG = "Shanghai catalog of urgently needed jobs (trial)"
QIANHAI = "Qianhai high-demand occupations list 2020"


@pytest.fixture(scope="module")
def index(kb):
    return OccupationIndex.build(kb)


def test_actuary_is_on_both_lists(kb, index):
    text = assert_answer(lists.on_list(kb, index, "actuary"))
    assert "Yes, Actuary is on 2 of the lists I know:" in text
    assert f"• the {CATALOG} (sector Finance; heading missing, placed by position)" in text
    assert f"• the {QIANHAI} (Table 2, row 2: strategy-oriented, Financial industry)" in text
    assert "I took" not in text


@pytest.mark.parametrize("query", ["chef", "truck driver"])
def test_a_job_on_no_list(kb, index, query):
    answer = lists.on_list(kb, index, query)
    text = assert_answer(answer)
    assert f'"{query}" is not on any of the lists I know' in text
    assert CATALOG in text and QIANHAI in text
    assert "the 61 jobs of" in text and "the 50 occupations of" in text
    assert answer.choices == ()


def test_a_typo_is_resolved_and_said(kb, index):
    text = assert_answer(lists.on_list(kb, index, "chip archtect"))
    assert 'I took "chip archtect" to mean Chip Architect.' in text
    assert f"Yes, Chip Architect is on the {CATALOG}, in sector Integrated circuit." in text
    assert f"It is not on the {QIANHAI}." in text


def test_a_job_on_one_list_is_said_not_to_be_on_the_other(kb, index):
    text = assert_answer(lists.on_list(kb, index, "blockchain engineer"))
    assert f"Yes, Blockchain engineer is on the {QIANHAI}, in Table 2, row 6" in text
    assert f"It is not on the {CATALOG}." in text


@pytest.mark.parametrize("programme", [None, "qianhai_list", "shanghai_catalog"])
def test_a_qianhai_job_is_given_with_what_its_row_asks_for(kb, index, programme):
    text = assert_answer(lists.on_list(kb, index, "3d printng specialist", programme))
    assert "Additive manufacturing specialist" in text
    assert (
        "The Qianhai list asks for at least a master's degree and more than 3 years of "
        "related experience.\nSource:"
    ) in text


def test_a_catalog_job_has_no_qianhai_requirements(kb, index):
    text = assert_answer(lists.on_list(kb, index, "chip architect"))
    assert "asks for" not in text


@pytest.mark.parametrize("query", ["engineer", "financial analyst", "lawyer"])
def test_a_low_confidence_match_offers_choices(kb, index, query):
    answer = lists.on_list(kb, index, query)
    text = assert_answer(answer)
    assert f'No job is listed under the name "{query}". Close names:' in text
    assert answer.choices
    for label, value in answer.choices:
        assert label == value and f"• {label} (" in text


def test_a_named_list_that_has_the_job_mentions_the_other(kb, index):
    text = assert_answer(lists.on_list(kb, index, "actuary", "qianhai_list"))
    assert text.startswith(f"Yes, Actuary is on the {QIANHAI}")
    assert f"It is also on the {CATALOG}" in text


def test_a_named_list_without_the_job(kb, index):
    answer = lists.on_list(kb, index, "chip architect", "qianhai_list")
    text = assert_answer(answer)
    assert text.startswith(f"No, Chip Architect is not on the {QIANHAI}.")
    assert f"It is on the {CATALOG}, in sector Integrated circuit." in text
    assert answer.choices == (("IoT architect", "IoT architect"),)


def test_a_named_list_is_searched_first(kb, index):
    text = assert_answer(lists.on_list(kb, index, "cloud computing", "shanghai_catalog"))
    assert f"Close names on the {CATALOG}: Financial Professional in Cloud Computing" in text


def test_requirements_of_a_job_on_both_lists(kb, index):
    text = assert_answer(lists.occupation_requirements(kb, index, "actuary"))
    assert "More than 3 years of related experience" in text
    assert f"It is also on the {CATALOG}" in text
    assert "at least two years' related work experience" in text


def test_requirements_of_a_catalog_only_job(kb, index):
    text = assert_answer(lists.occupation_requirements(kb, index, "chip architect"))
    assert "The catalog sets the same requirements for all its jobs:" in text


def test_shortage(kb, index):
    assert "extremely short supply" in assert_answer(
        lists.occupation_shortage(kb, index, "blockchain engineer")
    )
    text = assert_answer(lists.occupation_shortage(kb, index, "chip architect"))
    assert "only the Qianhai list rates shortage" in text


def test_unresolved_names_are_not_guessed(kb, index):
    text = assert_answer(lists.occupation_requirements(kb, index, "chef"))
    assert "not on any of the lists I know" in text


def test_a_job_not_listed_gets_the_occupations_whose_specialties_name_its_field(kb, index):
    answer = lists.on_list(kb, index, "architect", "qianhai_list")
    text = assert_answer(answer)
    assert 'No job is listed under the name "architect"' in text
    assert (
        f"On the {QIANHAI}, the specialties of these occupations mention it: "
        "International construction engineering specialist; "
        "Engineering information modeling specialist." in text
    )


def test_a_job_with_no_related_field_gets_no_related_line(kb, index):
    text = assert_answer(lists.on_list(kb, index, "chef"))
    assert "mention it" not in text
