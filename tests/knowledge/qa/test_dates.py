"""Dates in questions placed against the six-city trial and the 2020 Qianhai list."""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.qa import dates
from knowledge.records import KnowledgeBase

TODAY = date(2026, 11, 23)

LATER = date(2026, 11, 23)
DURING = date(2024, 6, 1)


@pytest.mark.parametrize(
    ("question", "month"),
    [
        ("Can I apply in March 2024?", date(2024, 3, 1)),
        ("march 2024", date(2024, 3, 1)),
        ("Mar. 15, 2024", date(2024, 3, 1)),
        ("Sept 2023", date(2023, 9, 1)),
        ("2024年3月", date(2024, 3, 1)),
        ("2024年12月可以申请试点吗？", date(2024, 12, 1)),
        ("Was it open in 2025?", date(2025, 1, 1)),
        ("in 2025", date(2025, 1, 1)),
    ],
)
def test_mentioned_month(question: str, month: date) -> None:
    assert dates.mentioned_month(question) == month


@pytest.mark.parametrize("question", ["What about next year?", "Is 2024-ish fine?", "Category C"])
def test_no_month_mentioned(question: str) -> None:
    assert dates.mentioned_month(question) is None


def test_month_within_the_trial_that_has_passed(kb: KnowledgeBase) -> None:
    line = dates.pilot_period_line(kb, "Could I apply under the pilot in March 2024?", LATER)
    assert line is not None
    assert line.startswith("Yes: March 2024 falls within the trial period")
    assert "from 1 January 2023" in line
    assert "to 31 December 2024" in line
    assert "As of today (23 November 2026) that period has passed" in line


def test_month_after_the_trial(kb: KnowledgeBase) -> None:
    line = dates.pilot_period_line(kb, "Could I apply under the pilot in February 2025?", LATER)
    assert line is not None
    assert line.startswith("No: February 2025 is after the trial period")
    assert "has passed" in line


def test_month_before_the_trial(kb: KnowledgeBase) -> None:
    line = dates.pilot_period_line(kb, "Was the pilot open in December 2022?", LATER)
    assert line is not None
    assert line.startswith("No: December 2022 is before the trial period")


def test_trial_still_running_on_an_injected_today(kb: KnowledgeBase) -> None:
    line = dates.pilot_period_line(kb, "Is the pilot still running?", DURING)
    assert line is not None
    assert "As of today (1 June 2024) that period is still running" in line
    assert "has passed" not in line


def test_pilot_question_without_a_date_gets_no_line(kb: KnowledgeBase) -> None:
    assert dates.pilot_period_line(kb, "What does the pilot cover?", LATER) is None
    assert dates.pilot_date_answer(kb, "Is the pilot still on?", LATER) is None


@pytest.mark.parametrize(
    "question",
    ["Is the Qianhai list still valid?", "Which jobs are on the Qianhai list now?"],
)
def test_qianhai_age_line_for_questions_about_now(kb: KnowledgeBase, question: str) -> None:
    line = dates.qianhai_age_line(kb, question, LATER)
    assert line is not None
    assert "2020" in line
    assert "periodical update" in line
    assert "today is 23 November 2026" in line
    assert "0755-36667588" in line


def test_no_qianhai_age_line_otherwise(kb: KnowledgeBase) -> None:
    assert dates.qianhai_age_line(kb, "Which jobs are on the Qianhai list?", LATER) is None


@pytest.mark.parametrize("doc", ["shanghai_qualifications_first", "shanghai_qualifications_3"])
def test_no_date_note_for_the_qualification_lists(kb: KnowledgeBase, doc: str) -> None:
    assert dates.date_note(kb, [doc], "Is this still valid now, in 2025?", LATER) is None


def test_catalog_note_places_it_in_the_pilot_period(kb: KnowledgeBase) -> None:
    question = "Is the Shanghai catalog still valid?"
    later = dates.date_note(kb, ["shanghai_catalog"], question, LATER)
    during = dates.date_note(kb, ["shanghai_catalog"], question, DURING)
    assert later is not None and during is not None
    assert later.startswith("The catalog itself states no dates")
    assert "to 31 December 2024" in later
    assert "as of today (23 November 2026) that period has passed" in later
    assert "as of today (1 June 2024) that period is still running" in during
    assert dates.date_note(kb, ["shanghai_catalog"], "Which jobs are listed?", LATER) is None


def test_date_note_picks_the_document_line(kb: KnowledgeBase) -> None:
    pilot = dates.date_note(kb, ["six_city_pilot"], "Is it still valid?", LATER)
    qianhai = dates.date_note(kb, ["qianhai"], "Is it still valid?", LATER)
    assert pilot is not None and pilot.startswith("The article says the trial was implemented")
    assert "As of today (23 November 2026) that period has passed" in pilot
    assert qianhai is not None and qianhai.startswith("Note the date: this is the 2020 list")


@pytest.mark.parametrize(
    ("doc", "question", "expected"),
    [
        ("qianhai", "Is the Qianhai list up to date?", '"subject to periodical update"'),
        ("six_city_pilot", "Can I still be recognised, or is it over?", "that period has passed"),
        ("shanghai_catalog", "Is the Shanghai catalog still valid?", "states no dates"),
        ("shanghai_qualifications_first", "Is the first list out of date?", "replaced by"),
        ("shanghai_qualifications_3", "Is list 3.0 up to date?", "will be removed from the list"),
    ],
)
def test_currency_of_each_document(kb: KnowledgeBase, doc: str, question: str, expected: str):
    answer = dates.currency_answer(kb, doc, question, TODAY)
    assert answer is not None and expected in answer.text
    assert answer.sources


def test_currency_needs_a_question_about_it(kb: KnowledgeBase) -> None:
    assert dates.currency_answer(kb, "qianhai", "Which industries are on the list?", TODAY) is None
