"""Tickets and feedback ratings in SQLite, the same database file as the tracker store."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

SCHEMA = """
create table if not exists helpdesk_tickets (
    id integer primary key autoincrement,
    created_at text not null,
    sender_id text not null,
    topic text not null,
    desk text not null,
    summary text not null,
    email text not null,
    transcript text not null,
    language text not null default 'en'
);
create table if not exists feedback_ratings (
    id integer primary key autoincrement,
    created_at text not null,
    sender_id text not null,
    helpful integer not null,
    question text not null,
    answer text not null
);
"""


def default_db_path() -> Path:
    """``ASSISTANT_DB`` if set, else ``tracker.db`` (the tracker store of endpoints.yml)."""
    return Path(os.environ.get("ASSISTANT_DB", "tracker.db"))


@contextmanager
def connect(path: Path | None = None) -> Iterator[sqlite3.Connection]:
    """A connection with the schema in place; commits on success."""
    connection = sqlite3.connect(path or default_db_path(), timeout=10)
    connection.row_factory = sqlite3.Row
    try:
        connection.executescript(SCHEMA)
        _add_language_column(connection)
        yield connection
        connection.commit()
    finally:
        connection.close()


def _add_language_column(connection: sqlite3.Connection) -> None:
    """Tickets stored before they recorded the conversation's language get ``en``."""
    columns = {row[1] for row in connection.execute("pragma table_info(helpdesk_tickets)")}
    if "language" not in columns:
        connection.execute(
            "alter table helpdesk_tickets add column language text not null default 'en'"
        )


@dataclass(frozen=True)
class Ticket:
    """A hand-off ticket; the transcript is a list of {"speaker", "text"} turns."""

    id: int
    created_at: str
    sender_id: str
    topic: str
    desk: str
    summary: str
    email: str
    transcript: list[dict[str, str]]
    # The conversation's language (en or zh), so the desk can reply in it.
    language: str = "en"


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def create_ticket(
    sender_id: str,
    topic: str,
    desk: str,
    summary: str,
    email: str,
    transcript: list[dict[str, str]],
    language: str = "en",
    path: Path | None = None,
) -> Ticket:
    """Store a new ticket; returns it with its number."""
    created = _now()
    with connect(path) as db:
        cursor = db.execute(
            "insert into helpdesk_tickets (created_at, sender_id, topic, desk, summary, email,"
            " transcript, language) values (?, ?, ?, ?, ?, ?, ?, ?)",
            (created, sender_id, topic, desk, summary, email, json.dumps(transcript), language),
        )
        number = cursor.lastrowid
    return Ticket(number, created, sender_id, topic, desk, summary, email, transcript, language)


def _ticket(row: sqlite3.Row) -> Ticket:
    return Ticket(**{**dict(row), "transcript": json.loads(row["transcript"])})


def list_tickets(path: Path | None = None) -> list[Ticket]:
    """All tickets, newest first."""
    with connect(path) as db:
        rows = db.execute("select * from helpdesk_tickets order by id desc").fetchall()
    return [_ticket(row) for row in rows]


def get_ticket(number: int, path: Path | None = None) -> Ticket | None:
    """One ticket by number."""
    with connect(path) as db:
        row = db.execute("select * from helpdesk_tickets where id = ?", (number,)).fetchone()
    return _ticket(row) if row else None


def add_rating(
    sender_id: str, helpful: bool, question: str, answer: str, path: Path | None = None
) -> None:
    """Store one rating of an answer, with the question it answered."""
    with connect(path) as db:
        db.execute(
            "insert into feedback_ratings (created_at, sender_id, helpful, question, answer)"
            " values (?, ?, ?, ?, ?)",
            (_now(), sender_id, int(helpful), question, answer),
        )


def unhelpful_report(limit: int = 10, path: Path | None = None) -> list[dict[str, object]]:
    """Answers rated unhelpful most often: answer, times unhelpful, times helpful, a question."""
    query = """
        select answer,
               sum(case when helpful = 0 then 1 else 0 end) as unhelpful,
               sum(helpful) as helpful,
               max(question) as example_question
        from feedback_ratings group by answer
        having unhelpful > 0 order by unhelpful desc, helpful asc limit ?
    """
    with connect(path) as db:
        return [dict(row) for row in db.execute(query, (limit,)).fetchall()]
