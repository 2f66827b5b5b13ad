"""Hand-off form, ticket creation and ratings, with real Tracker objects."""

from __future__ import annotations

import asyncio

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.feedback import ActionStoreRating
from actions.handoff import ActionCreateTicket, ValidateHandoffForm
from helpdesk.store import list_tickets, unhelpful_report
from tests.actions.conftest import run, slot_events, text_of, tracker


@pytest.fixture(autouse=True)
def database(tmp_path, monkeypatch):
    """Each test gets its own SQLite database."""
    monkeypatch.setenv("ASSISTANT_DB", str(tmp_path / "assistant.db"))


def conversation() -> list[dict]:
    """A short conversation before the hand-off."""
    parse = {"intent": {"name": "ask_title_requirements"}}
    return [
        {"event": "user", "text": "what do I need for a junior title", "parse_data": parse},
        {"event": "bot", "text": "Junior title: ...", "data": {}},
    ]


def test_no_consent_means_only_the_consent_question_and_nothing_stored():
    current = tracker(slots={"handoff_consent": False})
    slots = asyncio.run(ValidateHandoffForm().required_slots([], None, current, {}))
    assert slots == ["handoff_consent"]
    messages, events = run(ActionCreateTicket(), current)
    assert [m["response"] for m in messages] == ["utter_handoff_cancelled"]
    assert list_tickets() == []
    assert slot_events(events) == dict.fromkeys(
        ["handoff_consent", "handoff_summary", "handoff_email"]
    )


def test_ticket_is_routed_and_holds_the_transcript_summary_and_email():
    current = tracker(
        "jo@example.com",
        events=conversation(),
        slots={
            "handoff_consent": True,
            "handoff_summary": "my junior title was refused",
            "handoff_email": "jo@example.com",
        },
    )
    messages, _ = run(ActionCreateTicket(), current)
    [ticket] = list_tickets()
    assert ticket.topic == "professional_title"
    assert ticket.email == "jo@example.com"
    assert ticket.summary == "my junior title was refused"
    assert ticket.transcript[0] == {"speaker": "user", "text": "what do I need for a junior title"}
    assert f"Ticket #{ticket.id}" in text_of(messages)
    assert "Professional titles desk" in text_of(messages)


def test_email_is_validated():
    form, dispatcher = ValidateHandoffForm(), CollectingDispatcher()
    assert form.validate_handoff_email("jo@example.com", dispatcher, tracker(), {}) == {
        "handoff_email": "jo@example.com"
    }
    assert form.validate_handoff_email("my email", dispatcher, tracker(), {}) == {
        "handoff_email": None
    }
    assert "email address" in text_of(dispatcher.messages)


def test_rating_is_stored_with_the_question_and_the_answer():
    rated = [
        {"event": "user", "text": "how many jobs are on the catalog?"},
        {
            "event": "bot",
            "text": "The catalog says 62 but lists 61.",
            "data": {"buttons": [{"payload": '/rate_answer{"rating": "unhelpful"}'}]},
        },
    ]
    current = tracker(
        '/rate_answer{"rating": "unhelpful"}',
        intent="rate_answer",
        entities={"rating": "unhelpful"},
        events=rated,
    )
    messages, _ = run(ActionStoreRating(), current)
    assert "Thanks" in text_of(messages)
    [row] = unhelpful_report()
    assert row["answer"] == "The catalog says 62 but lists 61."
    assert row["example_question"] == "how many jobs are on the catalog?"
