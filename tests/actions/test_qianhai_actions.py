"""Qianhai actions answer from the knowledge base and keep the occupation in context."""

from __future__ import annotations

import pytest

from actions.lists import ActionOnList
from actions.qianhai import (
    ActionOccupationRequirements,
    ActionOccupationShortage,
    ActionQianhaiContact,
    ActionQianhaiOccupations,
    ActionQianhaiStats,
)
from tests.actions.conftest import run, slot_events, text_of, tracker


def test_requirements_of_a_named_occupation():
    messages, events = run(
        ActionOccupationRequirements(),
        tracker("what does an ai engineer need", entities={"occupation": "ai engineer"}),
    )
    text = text_of(messages)
    assert "master" in text.lower() and "more than 5 years" in text.lower()
    assert "Source:" in text and "Table 1" in text
    assert slot_events(events) == {"topic": "occupation_requirements", "occupation": "AI engineer"}


def test_shortage_uses_the_occupation_in_context():
    messages, _ = run(
        ActionOccupationShortage(),
        tracker("is it in short supply?", slots={"occupation": "AI engineer"}),
    )
    text = text_of(messages).lower()
    assert "extremely short supply" in text and "long term" in text


def test_requirements_without_an_occupation_asks_for_one():
    messages, events = run(ActionOccupationRequirements(), tracker("what are the requirements"))
    assert "which occupation" in text_of(messages).lower()
    assert slot_events(events) == {"topic": "occupation_requirements"}


def test_a_job_off_the_qianhai_list_says_where_it_is():
    messages, _ = run(
        ActionOccupationRequirements(),
        tracker("chip architect", entities={"occupation": "chip architect"}),
    )
    assert "catalog" in text_of(messages).lower()


def test_occupations_by_severity():
    messages, _ = run(
        ActionQianhaiOccupations(), tracker("which occupations are in extremely short supply")
    )
    assert "15" in text_of(messages)


def test_contacts():
    messages, _ = run(ActionQianhaiContact(), tracker("contact"))
    text = text_of(messages)
    assert "0755-36667588" in text and "qhrc@szqh.gov.cn" in text


def test_occupations_by_industry_and_an_industry_the_list_lacks():
    messages, _ = run(
        ActionQianhaiOccupations(),
        tracker("finance jobs in qianhai", entities={"sector": "finance"}),
    )
    assert "Financial industry" in text_of(messages)
    messages, _ = run(
        ActionQianhaiOccupations(), tracker("biomedicine jobs", entities={"sector": "biomedicine"})
    )
    assert "no industry I can match" in text_of(messages)


def test_which_of_those_narrows_the_industry_the_last_answer_was_about():
    messages, _ = run(
        ActionQianhaiOccupations(),
        tracker(
            "which of those are strategy-oriented?",
            slots={"topic": "qianhai_stats", "sector": "information service"},
        ),
    )
    text = text_of(messages)
    assert "Enterprise digitalization manager" in text and "Big data engineer" in text
    assert "Actuary" not in text


def test_how_many_in_an_industry_answers_that_industrys_count():
    messages, _ = run(
        ActionQianhaiStats(),
        tracker(
            "How many occupations on the Qianhai list are in the information service industry?",
            entities={"sector": "information service"},
        ),
    )
    text = text_of(messages)
    assert text.startswith("5 occupations on the Qianhai list in the Information service industry")


def test_how_many_of_those_keeps_the_orientation_asked_before():
    current = tracker(
        "and how many of those come from the financial industry?",
        intent="ask_qianhai_stats",
        entities={"sector": "financial industry"},
        events=[{"event": "user", "text": "How many demand-oriented occupations are there?"}],
    )
    text = text_of(run(ActionQianhaiStats(), current)[0])
    assert text.startswith("5 occupations on the Qianhai list in the Financial industry")


def test_how_many_require_a_degree_names_them():
    current = tracker("how many of them strictly require a doctorate?", intent="ask_qianhai_stats")
    text = text_of(run(ActionQianhaiStats(), current)[0])
    assert text.startswith("2 occupations on the Qianhai list with a doctoral degree")
    assert "Financial technology specialist" in text


def test_which_ones_lists_the_industry_counted_before():
    current = tracker(
        "which ones?",
        intent="ask_qianhai_occupations",
        slots={"topic": "qianhai_stats", "sector": "information service industry"},
    )
    text = text_of(run(ActionQianhaiOccupations(), current)[0])
    assert "Big data engineer" in text and "Financial planner" not in text


def test_a_breakdown_asked_of_the_occupations_gets_the_counts():
    by_industry = "How are the 50 Qianhai high-demand occupations spread across industries?"
    text = text_of(run(ActionQianhaiOccupations(), tracker(by_industry))[0])
    assert "Financial industry 8" in text
    assert "Professional service industry 20" in text
    by_shortage = "How many occupations face extremely, relatively and moderately short supply?"
    text = text_of(run(ActionQianhaiOccupations(), tracker(by_shortage))[0])
    assert "extremely short supply 15, relatively short supply 21, moderately short supply 14" in (
        text
    )


def test_one_level_asked_still_lists_its_occupations():
    question = "how many occupations face extremely short supply? name them"
    text = text_of(run(ActionQianhaiOccupations(), tracker(question))[0])
    assert "15" in text
    assert "By shortage" not in text


@pytest.mark.parametrize(
    ("text", "job", "said", "unsaid"),
    [
        # The Qianhai list named in words the NLU did not tag: not on it, on the catalog.
        (
            "芯片架构师在前海清单上吗？",
            "chip architect",
            "No, Chip Architect is not on the Qianhai",
            "",
        ),
        # Also asks what the job requires: the requirements, which name both lists.
        (
            "Actuary is on both lists right? In Qianhai what degree and how many years they want?",
            "actuary",
            "Degree: master's degree (minimum)",
            "",
        ),
        # ... asked with typos too.
        (
            "cloud computting specalist in qianhai - waht do they need?",
            "cloud computting specalist",
            "Specialties: Computer science, information and communication engineering",
            "",
        ),
        # A job named without "my" or "am I" is still asked about: the lists answer, not
        # a passage that shares words with the question.
        (
            "is a 3D printing specialist on the Qianhai list?",
            "printing specialist",
            "Yes, Additive manufacturing specialist is on the Qianhai",
            "says:",
        ),
        (
            "is an AI engineer on the Shanghai catalog?",
            "AI engineer",
            "No, AI engineer is not on the Shanghai catalog",
            "says:",
        ),
        (
            "is software engineer on qianhai list",
            "software engineer",
            'No job is listed under the name "software engineer"',
            "says:",
        ),
        (
            "is a hotel manager on the Qianhai list?",
            "hotel manager",
            'No job is listed under the name "hotel manager"',
            "passage",
        ),
        # Words taken for a job in a question about something else: the documents' answer.
        (
            "who made the qianhai high demand list and when was the research done?",
            "research done",
            "Chinese Academy of Personnel Science",
            "No job is listed",
        ),
    ],
)
def test_whether_a_job_is_listed(text: str, job: str, said: str, unsaid: str) -> None:
    answer = text_of(run(ActionOnList(), tracker(text, "ask_on_list", {"occupation": job}))[0])
    assert said in answer
    assert not unsaid or unsaid not in answer
