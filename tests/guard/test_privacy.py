"""Retention and erasure against the real SQLite store (tracker events, tickets, ratings)."""

from __future__ import annotations

import asyncio
import sqlite3
import time
from pathlib import Path

from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from guard import privacy
from guard.store import MaskingSQLTrackerStore
from helpdesk.store import add_rating, create_ticket, list_tickets

DAY = 86_400


def save_conversation(db: Path, sender: str, at: float, *extra: object) -> None:
    """Store a short conversation of ``sender`` that happened at ``at``."""
    store = MaskingSQLTrackerStore(Domain.empty(), dialect="sqlite", db=str(db))
    events = [UserUttered("hello", timestamp=at), BotUttered("Hi!", timestamp=at), *extra]
    asyncio.run(store.save(DialogueStateTracker.from_events(sender, events)))


def senders(db: Path) -> set[str]:
    """Senders with stored events."""
    with sqlite3.connect(db) as connection:
        return {row[0] for row in connection.execute("select sender_id from events")}


def backdate_tickets(db: Path, sender: str, days: int) -> None:
    """Make the sender's tickets and ratings ``days`` old."""
    when = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime(time.time() - days * DAY))
    with sqlite3.connect(db) as connection:
        for table in ("helpdesk_tickets", "feedback_ratings"):
            connection.execute(
                f"update {table} set created_at = ? where sender_id = ?",
                (when, sender),
            )


def ticket_for(db: Path, sender: str) -> None:
    """A ticket and a rating from ``sender``."""
    create_ticket(sender, "other", "Desk", "help", "jo@example.com", [], path=db)
    add_rating(sender, False, "q", "a", path=db)


def test_purge_deletes_conversations_and_tickets_older_than_the_retention(
    tmp_path: Path,
) -> None:
    db = tmp_path / "tracker.db"
    save_conversation(db, "old", time.time() - 100 * DAY)
    save_conversation(db, "recent", time.time() - 10 * DAY)
    ticket_for(db, "old")
    ticket_for(db, "recent")
    backdate_tickets(db, "old", 100)
    deleted = privacy.purge(90, db)
    assert (deleted.events, deleted.tickets, deleted.ratings) == (2, 1, 1)
    assert senders(db) == {"recent"}
    assert [t.sender_id for t in list_tickets(db)] == ["recent"]


def test_a_conversation_still_going_is_kept_whole(tmp_path: Path) -> None:
    db = tmp_path / "tracker.db"
    save_conversation(db, "long", time.time() - 100 * DAY, UserUttered("again"))
    assert privacy.purge(90, db).events == 0
    assert senders(db) == {"long"}


def test_the_retention_defaults_to_90_days(monkeypatch) -> None:
    monkeypatch.delenv(privacy.RETENTION_VARIABLE, raising=False)
    assert privacy.retention_days() == 90
    monkeypatch.setenv(privacy.RETENTION_VARIABLE, "30")
    assert privacy.retention_days() == 30


def test_confirmed_erasure_deletes_only_the_users_data(tmp_path: Path) -> None:
    db = tmp_path / "tracker.db"
    save_conversation(db, "other", time.time())
    ticket_for(db, "other")
    ticket_for(db, "leaving")
    save_conversation(db, "leaving", time.time())
    assert senders(db) == {"other", "leaving"}
    save_conversation(
        db,
        "leaving",
        time.time(),
        UserUttered("yes"),
        ActionExecuted("utter_data_erased"),
        BotUttered("Done"),
    )
    assert senders(db) == {"other"}
    assert [t.sender_id for t in list_tickets(db)] == ["other"]


def test_the_command_line_purges_and_erases(tmp_path: Path, capsys) -> None:
    db = tmp_path / "tracker.db"
    save_conversation(db, "old", time.time() - 100 * DAY)
    save_conversation(db, "someone", time.time())
    assert privacy.main(["--db", str(db), "purge"]) == 0
    assert "deleted 2 conversation events" in capsys.readouterr().out
    assert privacy.main(["--db", str(db), "erase", "someone"]) == 0
    assert senders(db) == set()
