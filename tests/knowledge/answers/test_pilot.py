"""The six-city pilot: cities, dates against today, and the kinds of talent."""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.answers import pilot
from tests.knowledge.answers import assert_answer

AFTER = date(2026, 11, 21)
DURING = date(2023, 6, 1)


def test_dates_after_the_trial_say_it_ended_and_to_check_an_extension(kb):
    text = assert_answer(pilot.dates(kb, AFTER))
    assert "started on 1 January 2023" in text
    assert "ended on 31 December 2024, which has passed" in text
    assert "whether it was extended" in text


def test_dates_during_the_trial_say_it_is_running(kb):
    text = assert_answer(pilot.dates(kb, DURING))
    assert "The trial is running: it lasts until 31 December 2024." in text
    assert "extended" not in text


def test_dates_before_the_trial(kb):
    assert "has not started yet" in pilot.dates(kb, date(2022, 12, 31)).text


def test_end_date_is_computed_from_the_record(kb):
    assert pilot.end_date(kb.pilot) == date(2024, 12, 31)
    assert pilot.dates(kb).text  # defaults to today


def test_all_cities_by_tier(kb):
    text = assert_answer(pilot.cities(kb, today=AFTER))
    assert "4 first-tier (Beijing, Shanghai, Guangzhou and Shenzhen)" in text
    assert "2 new first-tier (Chongqing and Hangzhou)" in text
    assert "31 December 2024" in text


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Hangzhou", "Yes, Hangzhou is one of the 6 pilot cities (new first-tier city)."),
        ("shenzen", "Yes, Shenzhen is one of the 6 pilot cities (first-tier city)."),
        ("Wuhan", "No, Wuhan is not among the 6 pilot cities:"),
    ],
)
def test_one_city(kb, query, expected):
    assert expected in assert_answer(pilot.cities(kb, [query], AFTER))


def test_each_city_a_message_names_is_answered(kb):
    text = assert_answer(pilot.cities(kb, ["Hangzhou", "Tianjin"], AFTER))
    assert "Yes, Hangzhou is one of the 6 pilot cities" in text
    assert "No, Tianjin is not among the 6 pilot cities:" in text


def test_high_end_kinds_and_achievements(kb):
    text = assert_answer(pilot.high_end(kb, AFTER))
    assert "• Those selected for the Domestic Talent Introduction Program" in text
    assert "• Outstanding young talents" in text
    assert "Nobel Prize winners" in text
    assert "international high-level scientific and technological journals" in text


def test_urgent_fields_are_open_ended(kb):
    text = assert_answer(pilot.urgent_fields(kb, DURING))
    assert "new generation of information technology, integrated circuits" in text
    assert "education and finance" in text
    assert '"etc."' in text
    assert "in Chinese only" in text


def test_who_released_the_guidelines_comes_first_when_asked(kb):
    text = assert_answer(pilot.dates(kb, AFTER, "Which ministry published the pilot?"))
    assert text.startswith("The article says: The Ministry of Science and Technology")
    assert "The article also says" not in text
    assert "The pilot's trial started on 1 January 2023" in text
    assert assert_answer(pilot.dates(kb, AFTER)).startswith("The pilot's trial started")


def test_asked_which_others_the_cities_not_named_are_given(kb):
    question = "Which 2 cities are in the pilot along with Beijing, Shanghai, Guangzhou, Shenzhen?"
    named = ["Beijing", "Shanghai", "Guangzhou", "Shenzhen"]
    text = assert_answer(pilot.cities(kb, named, AFTER, question))
    assert text.startswith(
        "Besides Beijing, Shanghai, Guangzhou and Shenzhen, the pilot's other cities: "
        "Chongqing (new first-tier) and Hangzhou (new first-tier)."
    )
    chinese = pilot.cities(kb, ["Beijing"], AFTER, "除了北京，试点还有哪些城市？").text
    assert chinese.startswith("Besides Beijing, the pilot's other cities: Shanghai (first-tier)")


def test_whether_named_cities_are_in_the_pilot_is_still_yes_or_no(kb):
    text = pilot.cities(kb, ["Beijing", "Chengdu"], AFTER, "Are Beijing and Chengdu in it?").text
    assert text.startswith("Yes, Beijing is one of the 6 pilot cities")
    assert "No, Chengdu is not among the 6 pilot cities" in text
