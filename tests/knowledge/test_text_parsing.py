"""Tests of degree, years and occupation extraction from free text."""

from __future__ import annotations

import pytest

from knowledge.records import Degree
from knowledge.text_parsing import MAX_YEARS, ParsedMessage, extract, parse_degree, parse_years

LONG_TEXT = "lorem ipsum dolor sit amet " * 4000  # about 100 KB

DEGREE_CASES: list[tuple[str, Degree | None]] = [
    ("MSc", Degree.MASTER),
    ("M.Sc", Degree.MASTER),
    ("I hold a master's degree", Degree.MASTER),
    ("MBA from INSEAD", Degree.MASTER),
    ("MA in economics", Degree.MASTER),
    ("postgraduate", Degree.MASTER),
    ("PhD", Degree.DOCTOR),
    ("Ph.D.", Degree.DOCTOR),
    ("a doctorate in physics", Degree.DOCTOR),
    ("Doctor's degree", Degree.DOCTOR),
    ("I did a post-doc at MIT", Degree.DOCTOR),
    ("second bachelor's", Degree.SECOND_BACHELOR),
    ("a double degree", Degree.SECOND_BACHELOR),
    ("bachelor's", Degree.BACHELOR),
    ("BSc", Degree.BACHELOR),
    ("B.Sc. in chemistry", Degree.BACHELOR),
    ("I have a BA", Degree.BACHELOR),
    ("university degree", Degree.BACHELOR),
    ("I have a master and a PhD", Degree.DOCTOR),
    ("I don't have a PhD, only a master's", Degree.MASTER),
    ("no degree", None),
    ("no university degree", None),
    ("high school", None),
    ("ma", None),
    ("LLM engineer", None),
    ("🎓 PhD 🎉", Degree.DOCTOR),
    ("😀", None),
    ("", None),
    ("我有硕士学位", Degree.MASTER),
    ("博士", Degree.DOCTOR),
    ("本科毕业", Degree.BACHELOR),
    (LONG_TEXT, None),
]

YEARS_CASES: list[tuple[str, float | None]] = [
    ("6 yrs", 6.0),
    ("6yrs", 6.0),
    ("six years", 6.0),
    ("three and a half years", 3.5),
    ("one and a half years", 1.5),
    ("a year and a half", 1.5),
    ("half a year", 0.5),
    ("1.5 years", 1.5),
    ("18 months", 1.5),
    ("6 years and 3 months", 6.25),
    ("10+ years", 10.0),
    ("10+yrs", 10.0),
    ("over 5 years", 5.0),
    ("5-6 years", 5.0),
    ("a decade", 10.0),
    ("a two-year contract", 2.0),
    ("no experience", 0.0),
    ("fresh graduate", 0.0),
    ("0 years", 0.0),
    ("no experience in China but 5 years abroad", 5.0),
    ("6", None),
    ("-5 years", None),
    ("100 years", None),
    ("🙂 3 years", 3.0),
    ("😀", None),
    ("", None),
    (LONG_TEXT, None),
]

BARE_NUMBER_CASES: list[tuple[str, float | None]] = [
    ("6", 6.0),
    ("six", 6.0),
    ("about 7", 7.0),
    ("between 5 and 7", None),
    ("75", None),
    ("-3", None),
    ("none", None),
]


@pytest.mark.parametrize(("text", "degree"), DEGREE_CASES, ids=lambda v: str(v)[:30])
def test_parse_degree(text: str, degree: Degree | None) -> None:
    assert parse_degree(text) == degree


@pytest.mark.parametrize(("text", "years"), YEARS_CASES, ids=lambda v: str(v)[:30])
def test_parse_years(text: str, years: float | None) -> None:
    assert parse_years(text) == years


@pytest.mark.parametrize(("text", "years"), BARE_NUMBER_CASES)
def test_parse_years_of_a_bare_number(text: str, years: float | None) -> None:
    assert parse_years(text, bare_number_ok=True) == years


def test_years_above_the_maximum_are_rejected() -> None:
    assert parse_years(f"{MAX_YEARS:g} years") == MAX_YEARS
    assert parse_years(f"{MAX_YEARS + 1:g} years") is None


@pytest.mark.parametrize(
    ("text", "parsed"),
    [
        (
            "I'm an AI engineer with an MSc and 6 years",
            ParsedMessage(Degree.MASTER, 6.0, "AI engineer"),
        ),
        ("I am a blockchain engineer", ParsedMessage(None, None, "blockchain engineer")),
        ("NLP R&D personnel, PhD", ParsedMessage(Degree.DOCTOR, None, "NLP R&D personnel")),
        (
            "internet of things architect for 4 years",
            ParsedMessage(None, 4.0, "internet of things architect"),
        ),
        ("We hire HCI R&D Personnel", ParsedMessage(None, None, "HCI R&D Personnel")),
        ("fintech specialist", ParsedMessage(None, None, "fintech specialist")),
        ("I'm a chef with a BA", ParsedMessage(Degree.BACHELOR, None, None)),
        ("", ParsedMessage(None, None, None)),
        (LONG_TEXT, ParsedMessage(None, None, None)),
    ],
    ids=lambda v: str(v)[:30],
)
def test_extract(text: str, parsed: ParsedMessage) -> None:
    assert extract(text) == parsed


def test_extract_takes_the_longest_occupation_name() -> None:
    longer = "Financial Professional in Cloud Computing Application"
    assert extract(f"a cloud computing specialist, formerly {longer}").occupation == longer


def test_durations_in_chinese_are_years() -> None:
    assert parse_years("在上海2年", bare_number_ok=True) == 2
    assert parse_years("三年半") == 3.5
    assert parse_years("一百年") is None
