"""The tracker store reads what Rasa's reads and saves each event once, without counting a
tracker it read itself."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, Event, SessionStarted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from guard.store import MaskingSQLTrackerStore


@pytest.fixture
def store(tmp_path: Path) -> MaskingSQLTrackerStore:
    return MaskingSQLTrackerStore(Domain.empty(), dialect="sqlite", db=str(tmp_path / "t.db"))


def stored_texts(store: MaskingSQLTrackerStore) -> list[str]:
    with sqlite3.connect(store.engine.url.database) as connection:
        return [row[0] for row in connection.execute("select type_name from events order by id")]


def turn(tracker: DialogueStateTracker, text: str) -> None:
    tracker.update(UserUttered(text))
    tracker.update(BotUttered(f"answer to {text}"))
    tracker.update(ActionExecuted("action_listen"))


def test_a_tracker_read_from_the_store_saves_its_new_events_without_a_count(
    store: MaskingSQLTrackerStore,
) -> None:
    tracker = DialogueStateTracker.from_events("someone", [ActionExecuted("action_listen")])
    asyncio.run(store.save(tracker))
    statements: list[str] = []
    sa.event.listen(
        store.engine, "before_cursor_execute", lambda *args: statements.append(args[2].lower())
    )
    for text in ("hello", "what is category a?"):
        read = asyncio.run(store.retrieve("someone"))
        assert read is not None
        turn(read, text)
        asyncio.run(store.save(read))
    assert not any("count(" in statement for statement in statements)
    assert stored_texts(store) == ["action"] + ["user", "bot", "action"] * 2
    final = asyncio.run(store.retrieve("someone"))
    assert final is not None and final.latest_message.text == "what is category a?"


def test_saving_one_tracker_twice_stores_each_event_once(store: MaskingSQLTrackerStore) -> None:
    tracker = DialogueStateTracker.from_events("someone", [])
    turn(tracker, "hello")
    asyncio.run(store.save(tracker))
    asyncio.run(store.save(tracker))
    turn(tracker, "thanks")
    asyncio.run(store.save(tracker))
    assert stored_texts(store) == ["user", "bot", "action"] * 2


def test_a_tracker_made_elsewhere_is_counted_in_the_database(
    store: MaskingSQLTrackerStore,
) -> None:
    first = DialogueStateTracker.from_events("someone", [])
    turn(first, "hello")
    asyncio.run(store.save(first))
    rebuilt = DialogueStateTracker.from_events("someone", list(first.events))
    turn(rebuilt, "thanks")
    asyncio.run(store.save(rebuilt))
    assert stored_texts(store) == ["user", "bot", "action"] * 2


@pytest.mark.parametrize("all_sessions", [False, True])
def test_reads_return_the_events_rasas_store_returns(
    store: MaskingSQLTrackerStore, all_sessions: bool
) -> None:
    def session(start: float) -> list[Event]:
        return [
            ActionExecuted("action_session_start", timestamp=start),
            SessionStarted(timestamp=start),
            UserUttered(f"hello at {start}", timestamp=start + 1),
            ActionExecuted("action_listen", timestamp=start + 2),
        ]

    domain = Domain.empty()
    store.domain = domain
    asyncio.run(store.save(DialogueStateTracker.from_events("someone", session(1) + session(10))))
    rasas = SQLTrackerStore(domain, dialect="sqlite", db=store.engine.url.database)
    ours = asyncio.run(store._retrieve("someone", all_sessions))
    theirs = asyncio.run(rasas._retrieve("someone", all_sessions))
    assert ours is not None and theirs is not None
    assert list(ours.events) == list(theirs.events)
    assert len(ours.events) == (8 if all_sessions else 4)
    assert asyncio.run(store._retrieve("nobody", all_sessions)) is None


def test_a_new_conversation_is_saved_without_a_count(store: MaskingSQLTrackerStore) -> None:
    store.domain = Domain.empty()
    statements: list[str] = []
    sa.event.listen(
        store.engine, "before_cursor_execute", lambda *args: statements.append(args[2].lower())
    )
    tracker = asyncio.run(store.get_or_create_tracker("newcomer"))
    turn(tracker, "hello")
    asyncio.run(store.save(tracker))
    assert not any("count(" in statement for statement in statements)
    assert stored_texts(store) == ["action", "user", "bot", "action"]
