"""Where the cluster's services are reached: Unix sockets when the folder's path allows."""

from __future__ import annotations

from pathlib import Path

from psycopg2.extensions import parse_dsn
from sqlalchemy.engine import make_url

from scripts.services import MAX_SOCKET_PATH, local_socket, postgres_url, redis_socket


def test_a_socket_path_too_long_for_linux_is_not_offered(tmp_path: Path) -> None:
    assert redis_socket(tmp_path) == tmp_path.resolve() / "redis.sock"
    deep = tmp_path / ("d" * MAX_SOCKET_PATH)
    assert local_socket(deep, "redis.sock") is None


def test_the_postgres_url_over_tcp_or_the_socket_folder() -> None:
    assert postgres_url("pw", 5433, "assistant") == (
        "postgresql://assistant:pw@127.0.0.1:5433/assistant"
    )
    url = postgres_url("pw", 5433, "assistant", Path("/tmp/a folder/.s.PGSQL.5433"))
    # libpq (the helpdesk's psycopg2.connect) and SQLAlchemy (the tracker store) read it alike.
    assert parse_dsn(url) == {
        "user": "assistant",
        "password": "pw",
        "dbname": "assistant",
        "host": "/tmp/a folder",
        "port": "5433",
    }
    parsed = make_url(url)
    assert (parsed.host, parsed.database) == (None, "assistant")
    assert dict(parsed.query) == {"host": "/tmp/a folder", "port": "5433"}
