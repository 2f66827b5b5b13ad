"""The SQLite tracker store, storing events with e-mail addresses and ID-like numbers masked.

Configured in endpoints.yml as ``type: guard.store.MaskingSQLTrackerStore``. Masking
happens when events are written, so the turn that collects an e-mail address for a ticket
still sees it (the ticket keeps it, with consent); the stored conversation does not.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import Event
from rasa.shared.core.trackers import DialogueStateTracker

from guard.masking import mask


def mask_strings(value: Any) -> Any:
    """``value`` with every string in it masked (dicts and lists walked)."""
    if isinstance(value, str):
        return mask(value)
    if isinstance(value, dict):
        return {key: mask_strings(item) for key, item in value.items()}
    if isinstance(value, list):
        return [mask_strings(item) for item in value]
    return value


def masked(event: Event) -> Event:
    """A copy of ``event`` whose texts, entities and slot values are masked."""
    return Event.from_parameters(mask_strings(event.as_dict()))


class MaskingSQLTrackerStore(SQLTrackerStore):
    """Rasa's SQL tracker store writing masked copies of the events."""

    def _additional_events(self, session: Any, tracker: DialogueStateTracker) -> Iterator[Event]:
        """The events not stored yet, masked."""
        return (masked(event) for event in super()._additional_events(session, tracker))
