"""Professional-title requirements, process and the wording of title verdicts."""

from __future__ import annotations

import pytest

from knowledge.answers import titles
from knowledge.eligibility.titles import check_titles
from knowledge.records import Degree, TitleLevel
from tests.knowledge.answers import assert_answer


def test_requirements_of_every_level(kb):
    text = assert_answer(titles.requirements(kb))
    for route in kb.titles.routes:
        assert route.text in text
    for level in ("Junior", "Intermediate", "Associate senior"):
        assert f"• {level} title: " in text
    assert "at least one year of relevant work experience in Shanghai" in text
    assert "must possess a degree in science or engineering" in text
    assert "the Chinese version prevails" in text


def test_requirements_of_one_level(kb):
    text = assert_answer(titles.requirements(kb, TitleLevel.INTERMEDIATE))
    assert "Intermediate title: you need one of these routes:" in text
    assert "• Doctoral degree\n" in text
    assert "at least five years" in text
    assert "at least 10 years" not in text


def test_process_steps_in_order_with_the_upload_site(kb):
    text = assert_answer(titles.process(kb))
    positions = [text.index(f"{n}. {step.text}") for n, step in enumerate(kb.titles.steps, 1)]
    assert positions == sorted(positions)
    assert "Shanghai professional title service system" in text
    assert "https://www.rsj.sh.gov.cn/zcps/zcpssb/index" in text
    assert "recommendation from their supervising authority" in text


@pytest.mark.parametrize(
    "question",
    ["where do I upload my documents for the title evaluation?", "职称材料在哪里提交？"],
)
def test_where_the_documents_go_is_the_upload_step_alone(kb, question):
    text = assert_answer(titles.process(kb, question))
    assert text.startswith("Step 3 of the 5 of the assessment: Applicants should upload")
    assert "https://www.rsj.sh.gov.cn/zcps/zcpssb/index" in text
    assert "1. " not in text


def test_what_to_submit_gets_all_the_steps(kb):
    text = assert_answer(titles.process(kb, "what do I need to submit for a title?"))
    assert "step by step" in text


def test_verdict_names_the_highest_level_and_what_is_missing(kb):
    text = assert_answer(titles.verdict(check_titles(kb.titles, Degree.BACHELOR, 4)))
    assert text.startswith(
        "Only if you also have at least one year of relevant work in Shanghai and a Category C "
        "qualification: you can apply for a junior title, the highest level"
    )
    assert "✔ Junior title (met)" in text
    assert "✘ Intermediate title (not met): needs bachelor's degree with at least five" in text
    assert "Needs 1 year more of related experience." in text
    assert "Associate senior" not in text
    assert (
        "You also need at least one year of relevant work in Shanghai and a Category C "
        "qualification. I need your years of related work in Shanghai (at least 1)." in text
    )
    assert "Note: Note:" not in text


def test_a_yes_that_depends_on_an_unstated_condition_says_so_first(kb):
    doctor = check_titles(kb.titles, Degree.DOCTOR, 0, None, None, True)
    text = assert_answer(titles.verdict(doctor, TitleLevel.INTERMEDIATE))
    assert text.startswith(
        "Only if you also have at least one year of relevant work in Shanghai: you can apply "
        "for an intermediate title. Your doctoral degree meets this route"
    )
    stated = check_titles(kb.titles, Degree.DOCTOR, 0, 0, None, True)
    assert titles.verdict(stated, TitleLevel.INTERMEDIATE).text.startswith("Not yet")


def test_verdict_answers_the_level_asked_first(kb):
    met = check_titles(kb.titles, Degree.BACHELOR, 10, 3, None, True)
    text = assert_answer(titles.verdict(met, TitleLevel.ASSOCIATE_SENIOR, "civil engineering"))
    assert text.startswith("Yes: you can apply for an associate senior title.")
    assert "(bachelor's degree with at least 10 years)" in text
    assert "✔ Work in Shanghai (met): 3 years in Shanghai is at least 1." in text
    assert "You studied civil engineering." in text
    short = check_titles(kb.titles, Degree.MASTER, 6, 6, None, True)
    text = assert_answer(titles.verdict(short, TitleLevel.ASSOCIATE_SENIOR))
    assert text.startswith("Not yet: an associate senior title needs master's degree")
    assert "Needs 1 year more of related experience. You can apply for an intermediate" in text


def test_verdict_with_a_level_still_undecided_says_at_least(kb):
    text = assert_answer(titles.verdict(check_titles(kb.titles, Degree.MASTER, None)))
    assert "you can apply for at least a junior title" in text
    assert "? Intermediate title (unknown): needs Doctoral degree; or" in text


def test_verdict_without_degree_or_years(kb):
    text = assert_answer(titles.verdict(check_titles(kb.titles, None, None)))
    assert "I can't tell which title level you can reach yet." in text


def test_verdict_with_no_level_reached(kb):
    text = assert_answer(titles.verdict(check_titles(kb.titles, Degree.BACHELOR, 0.5)))
    assert "no title level is open to you yet" in text
    assert "Needs 0.5 years more" in text


def test_verdict_for_a_doctor_below_the_highest_level(kb):
    text = assert_answer(titles.verdict(check_titles(kb.titles, Degree.DOCTOR, 0)))
    assert "you can apply for an intermediate title" in text
    assert "✘ Associate senior title (not met)" in text
