"""No answer shows more than 700 characters: every topic's action, verdicts and free answers.

What a widget shows of a reply is its texts and its button titles; an answer longer than
that is cut at a line break and the rest waits behind "More detail". The question asked
of each action is a bare one ("tell me about ..."), so the topic's own answer is what is
measured, not a quotation that might replace it.
"""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk import Action

from actions import catalog, lists, pilot, qianhai, qualifications, titles
from actions.base import MAX_SHOWN_CHARS, MORE_DETAIL_KEY, shorten
from actions.conversation import ActionCapabilities, ActionClarify, ActionHumanContacts
from actions.eligibility import ActionEligibilityVerdict
from actions.more_detail import ActionMoreDetail
from knowledge.answers.common import Answer
from tests.actions.conftest import run, tracker

# Action, message, intent, entities: the widest answer of each topic.
CASES: list[tuple[Action, str, str, dict[str, str]]] = [
    (catalog.ActionCatalogSectors(), "sectors", "ask_catalog_sectors", {}),
    (catalog.ActionCatalogSectors(), "AI jobs", "ask_catalog_sectors", {"sector": "AI"}),
    (catalog.ActionCatalogRequirements(), "requirements", "ask_catalog_requirements", {}),
    (catalog.ActionCatalogCount(), "count", "ask_catalog_count", {}),
    (lists.ActionOnList(), "actuary", "ask_on_list", {"occupation": "Actuary"}),
    (pilot.ActionPilotCities(), "cities", "ask_pilot_cities", {}),
    (pilot.ActionPilotDates(), "dates", "ask_pilot_dates", {}),
    (pilot.ActionPilotHighEnd(), "high end", "ask_pilot_high_end", {}),
    (pilot.ActionPilotUrgentFields(), "fields", "ask_pilot_urgent_fields", {}),
    (qianhai.ActionOccupationRequirements(), "ai", "x", {"occupation": "AI engineer"}),
    (qianhai.ActionOccupationShortage(), "ai", "x", {"occupation": "AI engineer"}),
    (qianhai.ActionQianhaiOccupations(), "all", "ask_qianhai_occupations", {}),
    (qianhai.ActionQianhaiStats(), "stats", "ask_qianhai_stats", {}),
    (qianhai.ActionQianhaiBenefits(), "benefits", "ask_qianhai_benefits", {}),
    (qianhai.ActionQianhaiIncentives(), "incentives", "ask_qianhai_incentives", {}),
    (qianhai.ActionQianhaiContact(), "contact", "ask_qianhai_contact", {}),
    (qualifications.ActionQualCategory(), "b", "ask_qual_category", {"category": "C"}),
    (qualifications.ActionQualOverview(), "overview", "ask_qual_overview", {}),
    (qualifications.ActionQualFellowships(), "fellowships", "ask_qual_fellowships", {}),
    (qualifications.ActionQualVerification(), "verify", "ask_qual_verification", {}),
    (qualifications.ActionLanguageVersion(), "language", "ask_language_version", {}),
    (titles.ActionTitleRequirements(), "titles", "ask_title_requirements", {}),
    (titles.ActionTitleProcess(), "process", "ask_title_process", {}),
    (ActionCapabilities(), "what can you do", "ask_capabilities", {}),
    (ActionHumanContacts(), "a person", "request_human", {}),
    (ActionEligibilityVerdict(), "I have a master's and 3 years, which title can I get?", "x", {}),
    (
        ActionClarify(),
        "Does the catalog ask for a fee, and what about the Qianhai salary levels?",
        "nlu_fallback",
        {},
    ),
    (
        ActionClarify(),
        "What does the Qianhai report say about the workstation and its services?",
        "nlu_fallback",
        {},
    ),
]


def shown(messages: list[dict[str, Any]]) -> int:
    """Characters a widget shows: texts and button titles."""
    texts = sum(len(m.get("text") or "") for m in messages)
    return texts + sum(len(b["title"]) for m in messages for b in m.get("buttons") or [])


@pytest.mark.parametrize(("action", "text", "intent", "entities"), CASES)
def test_no_answer_shows_more_than_700_characters(
    action: Action, text: str, intent: str, entities: dict[str, str]
) -> None:
    messages, _ = run(action, tracker(text, intent, entities))
    assert messages, "an answer was sent"
    assert shown(messages) <= MAX_SHOWN_CHARS, [m.get("text") for m in messages]


def test_a_cut_answer_keeps_the_rest_for_more_detail() -> None:
    messages, _ = run(qianhai.ActionQianhaiStats(), tracker("stats", "ask_qianhai_stats"))
    cut = messages[0]
    assert any(b["title"] == "More detail" for b in cut["buttons"])
    assert cut["text"].splitlines()[-1].startswith("Source: ")
    rest = cut[MORE_DETAIL_KEY]
    bot = {"event": "bot", "text": cut["text"], "metadata": {MORE_DETAIL_KEY: rest}}
    more, _ = run(ActionMoreDetail(), tracker("/ask_more", "ask_more", events=[bot]))
    assert more[0]["text"] == rest
    assert rest.splitlines()[-1].startswith("Source: ")


def test_a_long_list_of_names_is_cut_between_names():
    answer = Answer("Header: 3 jobs.\n" + "; ".join(f"Job number {n} R&D" for n in range(60)))
    shown, rest = shorten(answer, [])
    assert shown.split("\n")[1].endswith("; …")
    assert rest is not None and rest.startswith("Job number")
    assert len(shown) <= MAX_SHOWN_CHARS
