"""Tickets and feedback ratings, in the tracker store's database (SQLite or PostgreSQL)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from helpdesk import database
from helpdesk.database import Connection, Target

SCHEMA = """
create table if not exists helpdesk_tickets (
    id {id_column},
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
    id {id_column},
    created_at text not null,
    sender_id text not null,
    helpful integer not null,
    question text not null,
    answer text not null
);
"""


ID_COLUMNS = {"sqlite": "integer primary key autoincrement", "postgresql": "serial primary key"}


@contextmanager
def connect(path: Target = None) -> Iterator[Connection]:
    """A connection with the schema in place; commits on success.

    ``path``: an SQLite file or a PostgreSQL URL; default $ASSISTANT_DB_URL, $ASSISTANT_DB
    or ``tracker.db`` (the tracker store of endpoints.yml).
    """
    with database.connect(path) as db:
        schema = SCHEMA.format(id_column=ID_COLUMNS[db.dialect])
        for statement in filter(str.strip, schema.split(";")):
            db.execute(statement)
        _add_language_column(db)
        yield db


def _add_language_column(db: Connection) -> None:
    """Tickets stored before they recorded the conversation's language get ``en``."""
    add = "alter table helpdesk_tickets add column {}language text not null default 'en'"
    if db.dialect == "postgresql":
        db.execute(add.format("if not exists "))
        return
    columns = {row["name"] for row in db.execute("pragma table_info(helpdesk_tickets)")}
    if "language" not in columns:
        db.execute(add.format(""))


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
    path: Target = None,
) -> Ticket:
    """Store a new ticket; returns it with its number."""
    created = _now()
    with connect(path) as db:
        cursor = db.execute(
            "insert into helpdesk_tickets (created_at, sender_id, topic, desk, summary, email,"
            " transcript, language) values (?, ?, ?, ?, ?, ?, ?, ?) returning id",
            (created, sender_id, topic, desk, summary, email, json.dumps(transcript), language),
        )
        number = cursor.fetchone()["id"]
    return Ticket(number, created, sender_id, topic, desk, summary, email, transcript, language)


def _ticket(row: Mapping[str, Any]) -> Ticket:
    return Ticket(**{**dict(row), "transcript": json.loads(row["transcript"])})


def list_tickets(path: Target = None) -> list[Ticket]:
    """All tickets, newest first."""
    with connect(path) as db:
        rows = db.execute("select * from helpdesk_tickets order by id desc").fetchall()
    return [_ticket(row) for row in rows]


def get_ticket(number: int, path: Target = None) -> Ticket | None:
    """One ticket by number."""
    with connect(path) as db:
        row = db.execute("select * from helpdesk_tickets where id = ?", (number,)).fetchone()
    return _ticket(row) if row else None


def add_rating(
    sender_id: str, helpful: bool, question: str, answer: str, path: Target = None
) -> None:
    """Store one rating of an answer, with the question it answered."""
    with connect(path) as db:
        db.execute(
            "insert into feedback_ratings (created_at, sender_id, helpful, question, answer)"
            " values (?, ?, ?, ?, ?)",
            (_now(), sender_id, int(helpful), question, answer),
        )


def unhelpful_report(limit: int = 10, path: Target = None) -> list[dict[str, object]]:
    """Answers rated unhelpful most often: answer, times unhelpful, times helpful, a question."""
    query = """
        select answer,
               sum(case when helpful = 0 then 1 else 0 end) as unhelpful,
               sum(helpful) as helpful,
               max(question) as example_question
        from feedback_ratings group by answer
        having sum(case when helpful = 0 then 1 else 0 end) > 0
        order by unhelpful desc, helpful asc limit ?
    """
    with connect(path) as db:
        return [dict(row) for row in db.execute(query, (limit,)).fetchall()]
