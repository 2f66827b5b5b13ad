"""Event classes by type name: the same answers as Rasa's walk over the subclasses."""

from __future__ import annotations

import pytest
from rasa.shared.core.events import ActionExecuted, Event, SlotSet, UserUttered

from guard import event_types


def test_events_resolve_to_their_classes() -> None:
    event_types.install()
    assert Event.resolve_by_type("user") is UserUttered
    assert Event.resolve_by_type("slot") is SlotSet
    assert Event.resolve_by_type("action") is ActionExecuted
    assert Event.from_parameters({"event": "slot", "name": "degree", "value": "PhD"}) == SlotSet(
        "degree", "PhD"
    )


def test_unknown_types_behave_as_in_rasa() -> None:
    event_types.install()
    assert Event.resolve_by_type("topic") is None
    assert Event.resolve_by_type("no such event", default=SlotSet) is SlotSet
    with pytest.raises(ValueError, match="Unknown event name"):
        Event.resolve_by_type("no such event")
