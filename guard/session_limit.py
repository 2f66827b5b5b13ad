"""A conversation session is kept to ``MAX_SESSION_EVENTS`` events; then a new one starts.

For every message Rasa reads the current session's events from the tracker store, replays
them into a tracker, featurizes them for the policies and counts them again to save: the
cost of a message grows with the length of its session (a session lasts until the user
has been idle for 60 minutes, ``domain/conversation.yml``). A script sending thousands of
messages under one id would make each of them slower than the last. ``install()`` makes a
session that holds more than ``MAX_SESSION_EVENTS`` events count as expired: the next
message starts a new session as after an idle hour (slots carry over,
``carry_over_slots_to_new_session``; the older events stay in the store, unread).
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from rasa.core.processor import MessageProcessor
from rasa.shared.core.events import SessionStarted
from rasa.shared.core.trackers import DialogueStateTracker

# About 40 exchanges (a question and its answer are 6-8 events): far beyond a usual visit.
MAX_SESSION_EVENTS = 300


def session_length(tracker: DialogueStateTracker) -> int:
    """The number of events since the tracker's latest session start."""
    for count, event in enumerate(reversed(tracker.events)):
        if isinstance(event, SessionStarted):
            return count
    return len(tracker.events)


def _expired_when_long(
    has_expired: Callable[[MessageProcessor, DialogueStateTracker], bool],
) -> Callable[[MessageProcessor, DialogueStateTracker], bool]:
    @functools.wraps(has_expired)
    def has_session_expired(self: MessageProcessor, tracker: DialogueStateTracker) -> bool:
        return has_expired(self, tracker) or session_length(tracker) > MAX_SESSION_EVENTS

    return has_session_expired


def install() -> None:
    """Wrap ``MessageProcessor._has_session_expired`` (once)."""
    if getattr(MessageProcessor._has_session_expired, "__wrapped__", None) is None:
        MessageProcessor._has_session_expired = _expired_when_long(
            MessageProcessor._has_session_expired
        )
