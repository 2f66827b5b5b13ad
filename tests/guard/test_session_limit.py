"""A session longer than the limit counts as expired, so the next message starts afresh."""

from __future__ import annotations

from unittest.mock import MagicMock

from rasa.core.processor import MessageProcessor
from rasa.shared.core.events import ActionExecuted, SessionStarted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from guard import session_limit


def tracker_with(exchanges: int, earlier_session: int = 0) -> DialogueStateTracker:
    """A tracker whose current session has ``exchanges`` user messages (two events each)."""
    events = [UserUttered("hi"), ActionExecuted("action_listen")] * earlier_session
    events.append(SessionStarted())
    events += [UserUttered("hi"), ActionExecuted("action_listen")] * exchanges
    return DialogueStateTracker.from_events("someone", events)


def expired(tracker: DialogueStateTracker) -> bool:
    session_limit.install()
    processor = MagicMock()
    processor.domain.session_config.are_sessions_enabled.return_value = True
    processor.domain.session_config.session_expiration_time = 60
    return MessageProcessor._has_session_expired(processor, tracker)


def test_a_recent_session_within_the_limit_goes_on() -> None:
    assert not expired(tracker_with(session_limit.MAX_SESSION_EVENTS // 2))


def test_a_session_past_the_limit_has_expired() -> None:
    assert expired(tracker_with(session_limit.MAX_SESSION_EVENTS // 2 + 1))


def test_only_the_current_session_counts() -> None:
    long_ago = session_limit.MAX_SESSION_EVENTS
    assert not expired(tracker_with(10, earlier_session=long_ago))
