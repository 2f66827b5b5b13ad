"""PostgreSQL, Redis and nginx from Debian, each started in a folder of its own on loopback.

Each ``running_*`` context manager starts the daemon in the foreground as a child process
(no system service, no fixed port), waits until it answers and stops it on exit. The
packages come from ``scripts/install_services.sh``.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from scripts.servers import free_port


def _binary(name: str, pattern: str = "") -> str:
    found = shutil.which(name) or next(iter(sorted(glob.glob(pattern), reverse=True)), None)
    if not found:
        raise RuntimeError(f"{name} is not installed: run scripts/install_services.sh")
    return found


def _wait_port(port: int, process: subprocess.Popen, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{process.args[0]} exited with {process.returncode}")
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError(f"nothing listens on port {port} after {timeout} s")


def _stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@contextmanager
def _daemon(args: Sequence[str], log: Path, port: int) -> Iterator[subprocess.Popen]:
    with open(log, "w") as handle:
        process = subprocess.Popen(args, stdout=handle, stderr=subprocess.STDOUT)
        try:
            _wait_port(port, process)
            yield process
        finally:
            _stop(process)


# The longest path of a Unix socket (108 bytes on Linux, with the terminating zero).
MAX_SOCKET_PATH = 107


def local_socket(folder: Path, name: str) -> Path | None:
    """``folder/name`` if it is short enough for a Unix socket's path, else None."""
    path = folder.resolve() / name
    return path if len(os.fsencode(path)) <= MAX_SOCKET_PATH else None


def redis_socket(folder: Path) -> Path | None:
    """The Unix socket of the Redis server :func:`running_redis` starts in ``folder``."""
    return local_socket(folder, "redis.sock")


@contextmanager
def running_redis(folder: Path, port: int | None = None) -> Iterator[int]:
    """A Redis server on 127.0.0.1 (a free port by default) without persistence, also on
    the Unix socket :func:`redis_socket` (owner only) when the folder's path allows one."""
    port = port or free_port()
    folder.mkdir(parents=True, exist_ok=True)
    socket_path = redis_socket(folder)
    args = [
        _binary("redis-server"),
        *("--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"),
        *(("--unixsocket", str(socket_path), "--unixsocketperm", "700") if socket_path else ()),
        *("--dir", str(folder)),
        # Keep the command line (with the folder) as the title: the benchmarks find the
        # processes they started by their folder (scripts/proc_usage.py).
        *("--set-proc-title", "no"),
    ]
    with _daemon(args, folder / "redis.log", port):
        yield port


def _as_postgres_user(args: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: run it as the ``postgres`` user then."""
    return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else args


@contextmanager
def running_postgres(
    folder: Path, password: str, port: int | None = None, database: str = "assistant"
) -> Iterator[str]:
    """A PostgreSQL server on 127.0.0.1 with one database; yields its SQLAlchemy URL,
    through the server's Unix socket in ``folder`` when the path allows one.

    The data folder is created on first use and kept, so conversations survive a restart.
    The user ``assistant`` logs in with ``password`` (scram-sha-256), on either way in.
    """
    port = port or free_port()
    data = folder / "data"
    pg_bin = Path(_binary("initdb", "/usr/lib/postgresql/*/bin/initdb")).parent
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    if not (data / "PG_VERSION").exists():
        password_file = folder / "password"
        password_file.write_text(password)
        if os.geteuid() == 0:
            shutil.chown(password_file, "postgres", "postgres")
        initdb = [str(pg_bin / "initdb"), "-D", str(data), "-U", "assistant"]
        initdb += ["--auth=scram-sha-256", f"--pwfile={password_file}", "--encoding=UTF8"]
        subprocess.run(_as_postgres_user(initdb), check=True, capture_output=True)
        password_file.unlink()
    server = [str(pg_bin / "postgres"), "-D", str(data), "-p", str(port), "-k", str(folder)]
    server += ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"]
    # A commit returns before its log is flushed (at most ~0.6 s of turns lost if the
    # machine dies, never corruption): the same trade as SQLite's WAL with NORMAL.
    server += ["-c", "synchronous_commit=off"]
    with _daemon(_as_postgres_user(server), folder / "postgres.log", port):
        url = postgres_url(password, port, database, local_socket(folder, f".s.PGSQL.{port}"))
        _create_database(postgres_url(password, port, "postgres"), database)
        yield url


def postgres_url(password: str, port: int, database: str, socket_path: Path | None = None) -> str:
    """The URL of ``database`` for the user ``assistant``: over TCP on loopback, or over the
    Unix socket ``socket_path`` (libpq takes the socket's folder as its host). On one
    machine a round trip over the socket costs both sides less CPU."""
    if socket_path is None:
        return f"postgresql://assistant:{password}@127.0.0.1:{port}/{database}"
    folder = quote(str(socket_path.parent), safe="/")
    return f"postgresql://assistant:{password}@/{database}?host={folder}&port={port}"


def _create_database(postgres_database: str, database: str) -> None:
    import sqlalchemy as sa

    engine = sa.create_engine(postgres_database, isolation_level="AUTOCOMMIT")
    deadline = time.monotonic() + 30
    while True:
        try:
            with engine.connect() as connection:
                query = sa.text("select 1 from pg_database where datname = :name")
                if connection.execute(query, {"name": database}).first() is None:
                    connection.execute(sa.text(f'create database "{database}"'))
                break
        except sa.exc.OperationalError:  # still starting
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)
    engine.dispose()


@contextmanager
def running_nginx(folder: Path, config: str, port: int) -> Iterator[int]:
    """nginx with ``config`` (a complete nginx.conf listening on ``port``) from ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    conf = folder / "nginx.conf"
    conf.write_text(config)
    args = [_binary("nginx", "/usr/sbin/nginx"), "-p", str(folder), "-c", str(conf)]
    args += ["-e", str(folder / "error.log"), "-g", "daemon off;"]
    with _daemon(args, folder / "nginx.out", port):
        yield port
