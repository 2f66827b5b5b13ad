"""One connection API over SQLite (the default) and PostgreSQL (the cluster).

The helpdesk tables and the retention/erasure queries are written once, with ``?``
placeholders; ``connect`` gives a connection to either database:

- a path (``tracker.db``, $ASSISTANT_DB): SQLite, the tracker store's own file;
- a URL (``postgresql://user:password@host:port/db``, $ASSISTANT_DB_URL): PostgreSQL, the
  cluster's tracker store database. psycopg2 is imported only then.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

URL_VARIABLE = "ASSISTANT_DB_URL"
PATH_VARIABLE = "ASSISTANT_DB"
Target = Path | str | None


class Connection(Protocol):
    """What the helpdesk and privacy code use of a connection."""

    dialect: str

    def execute(self, sql: str, parameters: Sequence[Any] = ()) -> Any:
        """Run one statement with ``?`` placeholders; a cursor with rows as mappings."""

    def has_table(self, name: str) -> bool:
        """Whether the table exists."""


def default_target() -> str | Path:
    """$ASSISTANT_DB_URL if set, else $ASSISTANT_DB, else ``tracker.db``."""
    return os.environ.get(URL_VARIABLE) or Path(os.environ.get(PATH_VARIABLE, "tracker.db"))


def is_url(target: Target) -> bool:
    """Whether ``target`` names a database server rather than an SQLite file."""
    return isinstance(target, str) and "://" in target


class _SQLite:
    dialect = "sqlite"

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.raw = connection

    def execute(self, sql: str, parameters: Sequence[Any] = ()) -> sqlite3.Cursor:
        return self.raw.execute(sql, tuple(parameters))

    def has_table(self, name: str) -> bool:
        query = "select 1 from sqlite_master where type = 'table' and name = ?"
        return self.raw.execute(query, (name,)).fetchone() is not None


class _Postgres:
    dialect = "postgresql"

    def __init__(self, connection: Any) -> None:
        self.raw = connection

    def execute(self, sql: str, parameters: Sequence[Any] = ()) -> Any:
        from psycopg2.extras import RealDictCursor

        cursor = self.raw.cursor(cursor_factory=RealDictCursor)
        cursor.execute(sql.replace("%", "%%").replace("?", "%s"), tuple(parameters))
        return cursor

    def has_table(self, name: str) -> bool:
        return (
            self.execute("select to_regclass(?) as found", (name,)).fetchone()["found"] is not None
        )


@contextmanager
def connect(target: Target = None) -> Iterator[Connection]:
    """A connection to ``target`` (default: :func:`default_target`); commits on success."""
    target = target or default_target()
    if is_url(target):
        import psycopg2

        raw = psycopg2.connect(str(target).replace("postgresql+psycopg2://", "postgresql://"))
        connection: Any = _Postgres(raw)
    else:
        raw = sqlite3.connect(target, timeout=10)
        raw.row_factory = sqlite3.Row
        connection = _SQLite(raw)
    try:
        yield connection
        raw.commit()
    finally:
        raw.close()
