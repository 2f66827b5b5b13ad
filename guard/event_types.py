"""Rasa's event classes looked up by type name once, not on every event read.

``Event.resolve_by_type`` walks every subclass of ``Event`` (and asks ``inspect`` whether
each is abstract) for each event it deserializes: each message reads the session's events
from the tracker store and the action server's answer, about 4 % of the Rasa server's CPU
under load (py-spy). ``install()`` replaces it with a lookup in a table filled on first
use, with Rasa's behaviour otherwise (``topic``, ``default``, ``ValueError``).
"""

from __future__ import annotations

from rasa.shared.core.events import Event
from rasa.shared.utils.common import all_subclasses

_CLASSES: dict[str, type[Event]] = {}


def resolve_by_type(type_name: str, default: type[Event] | None = None) -> type[Event] | None:
    """The event class named ``type_name``, as Rasa's ``Event.resolve_by_type``."""
    found = _CLASSES.get(type_name)
    if found is None:
        found = next((c for c in all_subclasses(Event) if c.type_name == type_name), None)
        if found is not None:
            _CLASSES[type_name] = found
    if found is not None:
        return found
    if type_name == "topic":
        return None  # Rasa's backwards compatibility with old TopicSet events
    if default is not None:
        return default
    raise ValueError(f"Unknown event name '{type_name}'.")


def install() -> None:
    """Make ``Event.resolve_by_type`` use the table."""
    Event.resolve_by_type = staticmethod(resolve_by_type)  # type: ignore[method-assign]
