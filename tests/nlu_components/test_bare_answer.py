"""Bare degree or duration answers get the inform intent; a bare yes or no affirm or deny."""

from __future__ import annotations

import pytest
from rasa.shared.nlu.training_data.message import Message

from nlu_components.bare_answer import BareAnswer, is_bare_answer, yes_or_no


def spans(text: str, *parts: tuple[str, str]) -> list[dict]:
    """Entity dicts for the given (entity, part of text) pairs."""
    return [
        {"entity": kind, "start": text.index(p), "end": text.index(p) + len(p), "value": p}
        for kind, p in parts
    ]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("master's degree", [("degree", "master's degree")]),
        ("a PhD.", [("degree", "PhD")]),
        ("7 years", [("years", "7 years")]),
        ("硕士，三年半", [("degree", "硕士"), ("years", "三年半")]),
    ],
)
def test_only_degrees_and_durations_are_bare_answers(text: str, parts: list) -> None:
    assert is_bare_answer(text, spans(text, *parts))


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("what does a master's degree give me", [("degree", "master's degree")]),
        ("actuary", [("occupation", "actuary")]),
        ("hello", []),
    ],
)
def test_questions_and_other_entities_are_not(text: str, parts: list) -> None:
    assert not is_bare_answer(text, spans(text, *parts))


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("no thanks", "deny"),
        ("No, thank you.", "deny"),
        ("nope", "deny"),
        ("yes please", "affirm"),
        ("Yes!", "affirm"),
        ("no thanks, what does Category B give?", None),
        ("thanks", None),
        ("nobody told me", None),
    ],
)
def test_a_bare_yes_or_no(text: str, intent: str | None) -> None:
    assert yes_or_no(text) == intent


def test_a_bare_no_leads_the_ranking_so_the_fallback_sees_no_tie() -> None:
    message = Message(
        data={
            "text": "no thanks",
            "intent": {"name": "thank", "confidence": 0.45},
            "intent_ranking": [
                {"name": "thank", "confidence": 0.45},
                {"name": "deny", "confidence": 0.44},
            ],
        }
    )
    [processed] = BareAnswer({}).process([message])
    assert processed.get("intent") == {"name": "deny", "confidence": 1.0}
    assert [r["name"] for r in processed.get("intent_ranking")] == ["deny", "thank"]
