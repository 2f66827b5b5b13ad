"""The qualification list's overview, and the category a clarification was about."""

from __future__ import annotations

from actions.qualifications import ActionQualOverview
from tests.actions.conftest import run, slot_events, text_of, tracker


def test_naming_the_list_after_which_category_b_answers_category_b():
    messages, events = run(
        ActionQualOverview(),
        tracker(
            "The one on Shanghai's overseas qualification list 3.0, please.",
            slots={"topic": "qual_category", "category": "B"},
        ),
    )
    text = text_of(messages)
    assert "Category B of the Shanghai qualification list 3.0" in text
    assert slot_events(events)["category_scheme"] == "qualification_list"


def test_the_overview_otherwise():
    messages, _ = run(ActionQualOverview(), tracker("tell me about the shanghai list"))
    assert "Category A covers recognized overseas occupational qualifications" in text_of(messages)
