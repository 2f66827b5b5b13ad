"""The typed-intent rule and the apology when the action server cannot be reached."""

from __future__ import annotations

import asyncio

from rasa.core.actions.action import RemoteAction
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.nlg import TemplatedNaturalLanguageGenerator
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig

from guard import fallback
from guard.processor import as_text, offered_payloads
from scripts.servers import free_port

BUTTONS = [{"title": "Yes", "payload": "/affirm"}, {"title": "No", "payload": "/deny"}]


def tracker_after(*events: object) -> DialogueStateTracker:
    """A tracker with ``events``."""
    return DialogueStateTracker.from_events("user-1", list(events))


def message(text: str) -> UserMessage:
    """A user message with ``text``."""
    return UserMessage(text, CollectingOutputChannel(), "user-1")


def test_payloads_of_the_latest_bot_turn_are_offered() -> None:
    tracker = tracker_after(
        BotUttered("Rate it", data={"buttons": [{"title": "Bad", "payload": "/rate"}]}),
        UserUttered("hello"),
        BotUttered("Shall I?", data={"buttons": BUTTONS}),
    )
    assert offered_payloads(tracker) == {"/affirm", "/deny"}
    assert offered_payloads(None) == set()


def test_an_offered_payload_stays_an_intent() -> None:
    tracker = tracker_after(BotUttered("Shall I?", data={"buttons": BUTTONS}))
    assert as_text(message("/affirm"), tracker) is None
    assert as_text(message("plain words"), tracker) is None


def test_typed_intents_are_read_as_text() -> None:
    tracker = tracker_after(UserUttered("hi"), BotUttered("Shall I?", data={"buttons": BUTTONS}))
    for typed in ("/restart", " /restart", "/ /restart", '/inform{"degree": "PhD"}', "/affirm_"):
        plain = as_text(message(typed), tracker)
        assert plain is not None and not plain.text.strip().startswith("/")
    rating = tracker_after(
        BotUttered("x", data={"buttons": [{"payload": "/rate"}]}), UserUttered("y")
    )
    assert as_text(message("/rate"), rating) is not None


def test_an_unreachable_action_server_gets_the_apology_not_silence() -> None:
    fallback.install()
    domain = Domain.empty()
    action = RemoteAction(
        "action_human_contacts", EndpointConfig(f"http://127.0.0.1:{free_port()}")
    )
    tracker = tracker_after(ActionExecuted("action_listen"), UserUttered("who can I call?"))
    events = asyncio.run(
        action.run(
            CollectingOutputChannel(), TemplatedNaturalLanguageGenerator({}), tracker, domain
        )
    )
    [apology] = events
    assert isinstance(apology, BotUttered)
    assert apology.text.startswith(fallback.APOLOGY)
    assert "0755-36667588" in apology.text
