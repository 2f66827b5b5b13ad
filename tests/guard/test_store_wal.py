"""The SQLite tracker store writes through a write-ahead log, without a flush per save."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

from rasa.shared.core.domain import Domain
from rasa.shared.core.events import UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from guard.store import MaskingSQLTrackerStore


def test_saves_go_through_a_write_ahead_log(tmp_path: Path) -> None:
    db = tmp_path / "tracker.db"
    store = MaskingSQLTrackerStore(Domain.empty(), dialect="sqlite", db=str(db))
    tracker = DialogueStateTracker.from_events("someone", [UserUttered("hello")])
    asyncio.run(store.save(tracker))
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("pragma synchronous").scalar() == 1  # NORMAL
    with sqlite3.connect(db) as other:  # the helpdesk's and the privacy tools' connections
        assert other.execute("pragma journal_mode").fetchone() == ("wal",)
        assert other.execute("select count(*) from events").fetchone() == (1,)
    assert asyncio.run(store.retrieve("someone")).latest_message.text == "hello"
