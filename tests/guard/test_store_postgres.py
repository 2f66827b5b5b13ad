"""On PostgreSQL a message costs the database one SELECT and one INSERT, nothing around
them (read in the server's own statement log), sent over the server's Unix socket."""

from __future__ import annotations

import asyncio
import re
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered

from guard.store import ROWS_PER_INSERT, MaskingSQLTrackerStore
from helpdesk.database import connect
from scripts.services import running_postgres

STATEMENT = re.compile(r"LOG:  statement: (\w+)")


@pytest.fixture(scope="module")
def postgres() -> Iterator[tuple[str, Path]]:
    folder = Path(tempfile.mkdtemp(prefix="store-postgres-"))
    folder.chmod(0o755)  # PostgreSQL's user reaches its data folder through it
    with running_postgres(folder, "secret-for-tests") as url:
        engine = sa.create_engine(url, isolation_level="AUTOCOMMIT")
        with engine.connect() as connection:
            connection.execute(sa.text("alter system set log_statement = 'all'"))
            connection.execute(sa.text("select pg_reload_conf()"))
        engine.dispose()
        yield url, folder / "postgres.log"
    shutil.rmtree(folder, ignore_errors=True)


def statements_during(log: Path, action: object) -> list[str]:
    """The first word of each statement PostgreSQL logged while ``action()`` ran."""
    before = log.read_text(errors="replace")
    action()  # type: ignore[operator]
    return STATEMENT.findall(log.read_text(errors="replace")[len(before) :])


def test_the_url_reaches_the_server_over_its_unix_socket(postgres: tuple[str, Path]) -> None:
    url, _ = postgres
    query = "select inet_server_addr() is null as local"  # null: not over TCP
    with connect(url) as db:  # the helpdesk's psycopg2
        assert db.execute(query).fetchone()["local"] is True
    engine = sa.create_engine(url)  # the tracker store's SQLAlchemy
    with engine.connect() as connection:
        assert connection.execute(sa.text(query)).scalar() is True
    engine.dispose()


def test_a_read_and_a_save_are_one_statement_each(postgres: tuple[str, Path]) -> None:
    url, log = postgres
    store = MaskingSQLTrackerStore(Domain.empty(), host=url)
    tracker = asyncio.run(store.get_or_create_tracker("someone"))

    def turn() -> None:
        read = asyncio.run(store.retrieve("someone"))
        assert read is not None
        read.update(UserUttered("hello"))
        read.update(BotUttered("hi"))
        read.update(ActionExecuted("action_listen"))
        asyncio.run(store.save(read))

    asyncio.run(store.save(tracker))
    assert [word.upper() for word in statements_during(log, turn)] == ["SELECT", "INSERT"]
    final = asyncio.run(store.retrieve("someone"))
    assert final is not None and [e.type_name for e in final.events][-3:] == [
        "user",
        "bot",
        "action",
    ]


def test_a_long_save_is_one_insert(postgres: tuple[str, Path]) -> None:
    url, log = postgres
    store = MaskingSQLTrackerStore(Domain.empty(), host=url)
    tracker = asyncio.run(store.get_or_create_tracker("talkative"))
    for number in range(1500):
        tracker.update(UserUttered(f"message {number}"))
    words = statements_during(log, lambda: asyncio.run(store.save(tracker)))
    assert [word.upper() for word in words] == ["INSERT"]
    assert ROWS_PER_INSERT >= 1500
    read = asyncio.run(store.retrieve("talkative"))
    assert read is not None and len(read.events) == 1501
