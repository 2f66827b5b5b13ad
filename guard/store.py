"""The SQLite tracker store: events stored masked, and erased when the user asks.

Configured in endpoints.yml as ``type: guard.store.MaskingSQLTrackerStore``. Masking
happens when events are written, so the turn that collects an e-mail address for a ticket
still sees it (the ticket keeps it, with consent); the stored conversation does not.
Once a turn that ends with ``utter_data_erased`` (the user confirmed "delete my data") is
saved, the user's conversation, tickets and ratings are deleted.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore, create_engine_kwargs
from rasa.shared.core.events import ActionExecuted, Event, SessionStarted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY
from sqlalchemy.engine import Engine
from sqlalchemy.engine.url import URL

from guard import privacy
from guard.masking import mask
from helpdesk.database import Target

ERASED = "utter_data_erased"
# How many of a tracker's events are in the store (set when it is read or saved here).
STORED = "_stored_event_count"


def mask_strings(value: Any) -> Any:
    """``value`` with every string in it masked (dicts and lists walked)."""
    if isinstance(value, str):
        return mask(value)
    if isinstance(value, dict):
        return {key: mask_strings(item) for key, item in value.items()}
    if isinstance(value, list):
        return [mask_strings(item) for item in value]
    return value


def erase_requested(tracker: DialogueStateTracker) -> bool:
    """Whether the latest turn confirmed the erasure (``utter_data_erased`` ran)."""
    for event in reversed(tracker.events):
        if isinstance(event, UserUttered):
            return False
        if isinstance(event, ActionExecuted) and event.action_name == ERASED:
            return True
    return False


def database_of(url: URL) -> Target:
    """The tracker store's database as the helpdesk and privacy code name it."""
    if url.get_backend_name() == "sqlite":
        return Path(url.database or "")
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


def event_row(sender_id: str, event: Event) -> dict[str, Any]:
    """The events table's row for ``event``: its texts, entities and slot values masked."""
    data = mask_strings(event.as_dict())
    return {
        "sender_id": sender_id,
        "type_name": event.type_name,
        "timestamp": data.get("timestamp"),
        "intent_name": data.get("parse_data", {}).get("intent", {}).get(INTENT_NAME_KEY),
        "action_name": data.get("name"),
        "data": json.dumps(data),
    }


def pooled_sqlite_engine(url: URL) -> Engine:
    """An engine keeping its SQLite connections open, in WAL mode, ``synchronous=NORMAL``.

    Rasa's engine opens and closes a connection for every read and save (``NullPool``) and
    uses a rollback journal with ``synchronous=FULL``: each save waited for disk flushes
    inside the server's one event loop, and closing the last connection of a WAL database
    checkpoints it (a fifth to a quarter of the server's time under load, py-spy). Here
    connections stay open and a commit appends to the write-ahead log, flushed at
    checkpoints: a committed turn survives a crash of the process; a power cut may lose the
    last turns, never the file. Readers no longer block the writer (the action server
    writes tickets to the same file).
    """
    engine = sa.create_engine(
        url,
        poolclass=sa.pool.QueuePool,
        pool_size=2,
        max_overflow=8,
        connect_args={"check_same_thread": False, "timeout": 10},
    )

    @sa.event.listens_for(engine, "connect")
    def pragmas(connection: Any, _: Any) -> None:
        cursor = connection.cursor()
        cursor.execute("pragma journal_mode=wal")
        cursor.execute("pragma synchronous=normal")
        cursor.close()

    return engine


# Rows per INSERT statement with psycopg2 (its default, 1000, would split a long save in
# several statements); PostgreSQL takes up to 65,535 parameters, 6 per row. A save adds the
# events of one message, or those of a posted tracker (256 kB at most, guard/http.py).
ROWS_PER_INSERT = 10_000


def autocommit_postgres_engine(url: URL) -> Engine:
    """An engine whose statements each commit on their own (PostgreSQL).

    A read is one SELECT and a save one multi-row INSERT, so neither needs a transaction
    around it. In Rasa's engine each came between a BEGIN and a ROLLBACK or COMMIT: six
    round trips to the database per message instead of two.
    """
    return sa.create_engine(
        url,
        isolation_level="AUTOCOMMIT",
        executemany_values_page_size=ROWS_PER_INSERT,
        **create_engine_kwargs(url),
    )


def events_statement(table: sa.Table, all_sessions: bool) -> sa.sql.Select:
    """The data of a conversation's events, oldest first, for the parameter ``sender_id``:
    all of them, or those since the latest session start (Rasa's ``_event_query``)."""
    sender = table.c.sender_id == sa.bindparam("sender_id")
    statement = sa.select(table.c.data).where(sender)
    if not all_sessions:
        session_start = (
            sa.select(sa.func.max(table.c.timestamp))
            .where(sender, table.c.type_name == SessionStarted.type_name)
            .scalar_subquery()
        )
        statement = statement.where(
            sa.or_(table.c.timestamp >= session_start, session_start.is_(None))
        )
    return statement.order_by(table.c.id)


class MaskingSQLTrackerStore(SQLTrackerStore):
    """Rasa's SQL tracker store writing masked copies of the events (SQLite: pooled, WAL)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Rasa's SQL tracker store, its engine made by :func:`pooled_sqlite_engine` for
        SQLite, :func:`autocommit_postgres_engine` for PostgreSQL."""
        super().__init__(*args, **kwargs)
        engines = {"sqlite": pooled_sqlite_engine, "postgresql": autocommit_postgres_engine}
        make_engine = engines.get(self.engine.url.get_backend_name())
        if make_engine is not None:
            self.engine.dispose()
            self.engine = make_engine(self.engine.url)
            self.sessionmaker = sa.orm.sessionmaker(bind=self.engine)
        table = self.SQLEvent.__table__
        self._statements = {every: events_statement(table, every) for every in (False, True)}

    async def _retrieve(
        self, sender_id: str, fetch_events_from_all_sessions: bool
    ) -> DialogueStateTracker | None:
        """Rasa's read of the conversation (its latest session, or all of it), through one
        prepared statement selecting only the events' data: Rasa built an ORM query and
        loaded a row object per event, about half of the read's CPU under load (py-spy).
        A tracker of the latest session remembers how many of its events are stored.
        """
        statement = self._statements[fetch_events_from_all_sessions]
        with self.session_scope() as session:
            rows = session.execute(statement, {"sender_id": sender_id}).scalars().all()
        if not self.domain or not rows:
            return None
        tracker = DialogueStateTracker.from_dict(
            sender_id, [json.loads(row) for row in rows], self.domain.slots
        )
        if not fetch_events_from_all_sessions:
            setattr(tracker, STORED, len(tracker.events))
        return tracker

    def init_tracker(self, sender_id: str) -> DialogueStateTracker:
        """A new, empty tracker, known to have no stored events: Rasa makes one only after
        finding no event of the sender in the store (``create_tracker``)."""
        tracker = super().init_tracker(sender_id)
        setattr(tracker, STORED, 0)
        return tracker

    def _additional_events(self, session: Any, tracker: DialogueStateTracker) -> Iterator[Event]:
        """The events not stored yet.

        A tracker this store read or saved knows how many of its events are stored (the
        conversation's lock keeps other writers out until it is saved); any other tracker
        is counted in the database, as Rasa does. That count query was about 8 % of the
        server's CPU under load (py-spy).
        """
        stored = getattr(tracker, STORED, None)
        if stored is None:
            return super()._additional_events(session, tracker)
        return itertools.islice(tracker.events, stored, None)

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Store the new events masked, in one insert; erase the sender's data if asked.

        Rasa's ``SQLTrackerStore.save`` with one multi-row insert instead of an ORM object
        per event, and the masking done on the event's dictionary.
        """
        await self.stream_events(tracker)
        with self.session_scope() as session:
            rows = [
                event_row(tracker.sender_id, event)
                for event in self._additional_events(session, tracker)
            ]
            if rows:
                session.execute(sa.insert(self.SQLEvent.__table__), rows)
            session.commit()
        setattr(tracker, STORED, len(tracker.events))
        if erase_requested(tracker):
            privacy.erase(tracker.sender_id, database_of(self.engine.url))
