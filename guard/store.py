"""The SQLite tracker store, storing events with e-mail addresses and ID-like numbers masked.

Configured in endpoints.yml as ``type: guard.store.MaskingSQLTrackerStore``. Masking
happens when events are written, so the turn that collects an e-mail address for a ticket
still sees it (the ticket keeps it, with consent); the stored conversation does not.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import Event
from rasa.shared.core.trackers import DialogueStateTracker

from guard.masking import mask


def masked(event: Event) -> Event:
    """A copy of ``event`` whose texts, entities and slot values are masked."""
    return Event.from_parameters(json.loads(mask(json.dumps(event.as_dict()))))


class MaskingSQLTrackerStore(SQLTrackerStore):
    """Rasa's SQL tracker store writing masked copies of the events."""

    def _additional_events(self, session: Any, tracker: DialogueStateTracker) -> Iterator[Event]:
        """The events not stored yet, masked."""
        return (masked(event) for event in super()._additional_events(session, tracker))
