"""Builds real rasa-sdk ``Tracker`` objects and runs actions with a ``CollectingDispatcher``."""

from __future__ import annotations

import asyncio
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher


def tracker(
    text: str = "",
    intent: str = "inform",
    entities: dict[str, str] | None = None,
    slots: dict[str, Any] | None = None,
    events: list[dict[str, Any]] | None = None,
    active_loop: str | None = None,
    ranking: list[tuple[str, float]] | None = None,
) -> Tracker:
    """A tracker whose latest message has this text, intent and entities."""
    entity_list = [{"entity": name, "value": value} for name, value in (entities or {}).items()]
    message = {
        "text": text,
        "intent": {"name": intent, "confidence": 0.9},
        "entities": entity_list,
        "intent_ranking": [{"name": n, "confidence": c} for n, c in (ranking or [])],
    }
    all_events = [*(events or []), {"event": "user", "text": text, "parse_data": message}]
    return Tracker(
        sender_id="test",
        slots=dict(slots or {}),
        latest_message=message,
        events=all_events,
        paused=False,
        followup_action=None,
        active_loop={"name": active_loop} if active_loop else {},
        latest_action_name="action_listen",
    )


def run(action: Action, current: Tracker, domain: dict | None = None):
    """Run an action; returns (messages sent, events returned)."""
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, current, domain or {}))
    return dispatcher.messages, events


def text_of(messages: list[dict[str, Any]]) -> str:
    """All message texts joined."""
    return "\n".join(m.get("text") or "" for m in messages)


def slot_events(events: list[dict[str, Any]]) -> dict[str, Any]:
    """Slot name -> value for the SlotSet events returned."""
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
