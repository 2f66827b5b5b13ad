"""The action server's responses: validated as Rasa does, with a validator built once."""

from __future__ import annotations

import pytest
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction

from guard import schema


@pytest.fixture
def remote_action() -> RemoteAction:
    schema.install()
    return RemoteAction("action_answer", None)


def test_a_valid_response_passes(remote_action: RemoteAction) -> None:
    result = {
        "events": [{"event": "slot", "name": "degree", "value": "PhD"}],
        "responses": [{"text": "Yes.", "buttons": [{"title": "More", "payload": "/more"}]}],
    }
    assert remote_action._validate_action_result(result) is True


def test_an_invalid_response_raises_rasas_error(remote_action: RemoteAction) -> None:
    with pytest.raises(ValidationError, match="Failed to validate Action server response"):
        remote_action._validate_action_result({"events": [{"no_event_key": 1}]})


def test_the_validator_is_built_once() -> None:
    assert schema.response_validator() is schema.response_validator()


@pytest.mark.parametrize(
    "result",
    [
        {"events": [{"event": "slot", "name": "degree", "value": "PhD"}], "responses": []},
        {"events": [{"event": "slot"}]},
        {"events": [{"event": "slot", "name": 3, "value": None}]},
        {"events": [{"event": "nope"}]},
        {"events": ["slot"]},
        {"events": [{"event": "user", "text": 3}]},
        {"events": [{"event": "user", "text": "hi", "parse_data": {"entities": [{}]}}]},
        {"events": [{"event": "bot", "text": "Yes.", "data": {"buttons": []}}]},
        {"events": [{"event": "followup", "name": "action_more"}, {"event": "restart"}]},
        {"events": [{"event": "action", "name": "utter_x", "timestamp": "now"}]},
        {"events": None},
        {"responses": [{"text": "Yes."}, "no"]},
        {},
    ],
)
def test_checking_events_by_kind_agrees_with_the_whole_schema(result: dict) -> None:
    whole = schema.response_validator().is_valid(result)
    assert schema.valid_response(result) is whole
