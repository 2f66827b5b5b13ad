"""The action server's response checked against a validator built once, not per call.

Rasa 3.6's ``RemoteAction._validate_action_result`` calls ``jsonschema.validate`` on every
custom action's response. That function checks the schema itself and builds a new
validator each time: about 36 ms per call on our machine, more than half of the Rasa
server's CPU per message under load (py-spy). ``install()`` replaces the method with one
that validates against the same schema with validators made once, raising the same
``ValidationError`` with Rasa's explanation appended.

The schema's events are a ``oneOf`` of 23 kinds, each fixing ``event`` to its own name, so
checking every event against all of them cost about 2 ms per response. An event is valid
exactly when it passes the common part and the one kind its ``event`` names; that is what
:func:`valid_event` checks. Anything else goes through the whole schema for Rasa's error.
"""

from __future__ import annotations

import copy
import functools
from typing import Any

from jsonschema import ValidationError
from jsonschema.exceptions import best_match
from jsonschema.validators import validator_for
from rasa.core.actions.action import RemoteAction
from rasa.shared.constants import DOCS_BASE_URL

EXPLANATION = (
    ". Failed to validate Action server response from API, "
    "make sure your response from the Action endpoint is valid. "
    "For more information about the format visit "
    f"{DOCS_BASE_URL}/custom-actions"
)


@functools.lru_cache(maxsize=1)
def response_validator() -> Any:
    """A validator for Rasa's action-server response schema, its schema checked once."""
    schema = RemoteAction.action_response_format_spec()
    cls = validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


@functools.lru_cache(maxsize=1)
def _response_without_events() -> Any:
    """A validator for the response with its events unchecked (they are checked one by one)."""
    schema = copy.deepcopy(RemoteAction.action_response_format_spec())
    schema["properties"]["events"]["items"] = {}
    return validator_for(schema)(schema)


@functools.cache
def _event_validator(name: str) -> Any | None:
    """A validator for events named ``name``: the common part and that one kind; or None."""
    items = RemoteAction.action_response_format_spec()["properties"]["events"]["items"]
    common = {key: value for key, value in items.items() if key != "oneOf"}
    kinds = [k for k in items["oneOf"] if k["properties"]["event"].get("const") == name]
    if len(kinds) != 1:
        return None
    schema = {"allOf": [common, kinds[0]]}
    return validator_for(schema)(schema)


def valid_event(event: Any) -> bool:
    """Whether ``event`` passes the schema's event items (False when unsure)."""
    name = event.get("event") if isinstance(event, dict) else None
    validator = _event_validator(name) if isinstance(name, str) else None
    return validator is not None and validator.is_valid(event)


def valid_response(result: Any) -> bool:
    """Whether ``result`` passes Rasa's response schema, each event checked by its kind."""
    if not _response_without_events().is_valid(result):
        return False
    return all(valid_event(event) for event in result.get("events") or [])


def validate_action_result(_: RemoteAction, result: dict[str, Any]) -> bool:
    """Rasa's check of an action-server response, with validators built once."""
    if valid_response(result):
        return True
    error: ValidationError | None = best_match(response_validator().iter_errors(result))
    if error is not None:  # the error jsonschema.validate would raise
        error.message += EXPLANATION
        raise error
    return True


def install() -> None:
    """Make ``RemoteAction`` validate responses with the cached validator."""
    RemoteAction._validate_action_result = validate_action_result  # type: ignore[method-assign]
