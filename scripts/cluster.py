"""The cluster: PostgreSQL, Redis, N Rasa servers and M action servers behind nginx.

    .venv/bin/python -m scripts.cluster [--rasa 2] [--actions 1] [--port 5005]

(``make run-cluster``) serves until Ctrl-C. Every Rasa and action server is supervised
(restarted when it exits). Conversations and helpdesk tables are in PostgreSQL, tickets of
the conversation lock in Redis (``cluster/endpoints.yml``); nginx (``cluster/nginx.conf``)
spreads REST requests over the Rasa servers and keeps a socket.io client on one. Tests and
``make bench-load`` use :func:`running_cluster` with free ports and a throw-away folder.
"""

from __future__ import annotations

import argparse
import os
import secrets
import shutil
import signal
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

from guard import privacy
from scripts.servers import (
    ENV,
    ROOT,
    action_command,
    free_port,
    rasa_command,
    start_process,
    stop_process,
    supervised,
)
from scripts.services import redis_socket, running_nginx, running_postgres, running_redis
from scripts.wait_for_http import wait_for

ENDPOINTS = ROOT / "cluster" / "endpoints.yml"
NGINX_TEMPLATE = ROOT / "cluster" / "nginx.conf"
# How long a conversation's lock ticket lasts (Rasa's default: 60 s). A server killed while
# handling a message leaves its ticket behind, and the conversation's next message waits
# until it expires; a turn takes well under a second, 5 s at worst under 50 users here.
TICKET_LOCK_SECONDS = 15


@dataclass(frozen=True)
class Cluster:
    """Where the cluster listens, and what a test needs to look inside it."""

    url: str
    rasa_urls: list[str]
    action_url: str
    rasa_pidfiles: list[Path]
    database_url: str
    folder: Path

    @property
    def rest_webhook(self) -> str:
        """The REST channel's webhook, through nginx."""
        return f"{self.url}/webhooks/rest/webhook"

    @property
    def urls(self) -> list[str]:
        """nginx's address, then each Rasa server's."""
        return [self.url, *self.rasa_urls]


def nginx_config(
    folder: Path, port: int, rasa_ports: list[int], action_port: int, action_ports: list[int]
) -> str:
    """``cluster/nginx.conf`` with the ports and the folder filled in."""
    servers = "\n".join(
        f"        server 127.0.0.1:{p} max_fails=1 fail_timeout=5s;" for p in rasa_ports
    )
    actions = "\n".join(f"        server 127.0.0.1:{p};" for p in action_ports)
    values = {
        "FOLDER": str(folder),
        "INTERFACE": os.environ.get("ASSISTANT_INTERFACE", "127.0.0.1"),
        "PORT": str(port),
        "ACTION_PORT": str(action_port),
        "RASA_SERVERS": servers,
        "ACTION_SERVERS": actions,
    }
    config = NGINX_TEMPLATE.read_text()
    for name, value in values.items():
        config = config.replace(f"@@{name}@@", value)
    return config


def action_url(action_ports: list[int], nginx_port: int) -> str:
    """Where the Rasa servers call the action servers: a lone one directly, several through
    nginx's second listener, which spreads the calls and skips one that is restarting."""
    port = action_ports[0] if len(action_ports) == 1 else nginx_port
    return f"http://127.0.0.1:{port}/webhook"


def postgres_password(folder: Path) -> str:
    """$POSTGRES_PASSWORD, else the one made for ``folder``'s database (kept, mode 600)."""
    if os.environ.get("POSTGRES_PASSWORD"):
        return os.environ["POSTGRES_PASSWORD"]
    kept = folder / "postgres-password"
    if not kept.exists():
        kept.touch(mode=0o600)
        kept.write_text(secrets.token_urlsafe(24))
    return kept.read_text().strip()


def pinned(number: int, servers: int) -> list[str]:
    """The ``taskset`` prefix that keeps Rasa server ``number`` on a core of its own, when
    there is a core for each server (else none: the scheduler places them).

    A Rasa server is one event loop, so one core's worth of work. Free to move, the two
    servers of the cluster at times ran on one core while the other idled (5-6 % of the
    machine idle at full load); each on its own core, under 1 % (measured alternately on one
    cluster at 32 users: 4-9 % more messages/s). Rasa's own threads (TensorFlow's) stay
    with it. Kubernetes gives the same with whole-CPU requests (deployment.md).
    """
    cores = sorted(os.sched_getaffinity(0))
    if servers > len(cores) or shutil.which("taskset") is None:
        return []
    return ["taskset", "--cpu-list", str(cores[number])]


@contextmanager
def running_cluster(
    rasa_servers: int = 2,
    action_servers: int = 1,
    folder: Path | None = None,
    port: int | None = None,
    timeout: float = 300,
    extra_env: Mapping[str, str] | None = None,
) -> Iterator[Cluster]:
    """Start the whole cluster on loopback; stop it all on exit.

    ``folder`` keeps PostgreSQL's data and the logs (default: a new temporary folder).
    Secrets come from the environment when set ($ACTION_SERVER_TOKEN, $SESSION_SECRET,
    $POSTGRES_PASSWORD), else are made up (the database's is kept in ``folder``).
    """
    folder = Path(folder or tempfile.mkdtemp(prefix="cluster-")).resolve()
    folder.mkdir(parents=True, exist_ok=True)
    folder.chmod(0o755)  # PostgreSQL's user reaches its data folder through it
    env = {**ENV, **(extra_env or {})}
    for name in ("ACTION_SERVER_TOKEN", "SESSION_SECRET"):
        env.setdefault(name, secrets.token_urlsafe(24))
    env.setdefault("TICKET_LOCK_LIFETIME", str(TICKET_LOCK_SECONDS))
    port = port or free_port()
    rasa_ports = [free_port() for _ in range(rasa_servers)]
    action_ports = [free_port() for _ in range(action_servers)]
    action_port = free_port()
    with ExitStack() as stack:
        password = postgres_password(folder)
        database_url = stack.enter_context(running_postgres(folder / "postgres", password))
        redis_port = stack.enter_context(running_redis(folder / "redis"))
        env |= {
            "ASSISTANT_DB_URL": database_url,
            "REDIS_HOST": str(redis_socket(folder / "redis") or "127.0.0.1"),
            "REDIS_PORT": str(redis_port),
            "ACTION_SERVER_URL": action_url(action_ports, action_port),
        }
        config = nginx_config(folder / "nginx", port, rasa_ports, action_port, action_ports)
        stack.enter_context(running_nginx(folder / "nginx", config, port))
        processes = []
        for number, action in enumerate(action_ports):
            pidfile = folder / f"actions-{number}.pid"
            command = [*supervised(pidfile), *action_command(action)]
            processes.append(start_process(command, folder / f"actions-{number}.log", env))
        pidfiles = [folder / f"rasa-{number}.pid" for number in range(rasa_servers)]
        for number, (rasa, pidfile) in enumerate(zip(rasa_ports, pidfiles, strict=True)):
            pin = pinned(number, rasa_servers)
            command = [*supervised(pidfile), *pin, *rasa_command(rasa, ENDPOINTS)]
            processes.append(start_process(command, folder / f"rasa-{number}.log", env))
        for process in processes:
            stack.callback(stop_process, process)
        rasa_urls = [f"http://127.0.0.1:{p}" for p in rasa_ports]
        health = [f"http://127.0.0.1:{p}/health" for p in action_ports]
        for url in [*health, *rasa_urls]:
            if not wait_for(url, timeout):
                logs = "\n".join(p.read_text()[-2000:] for p in folder.glob("*.log"))
                raise RuntimeError(f"{url} did not start:\n{logs}")
        yield Cluster(
            f"http://127.0.0.1:{port}",
            rasa_urls,
            env["ACTION_SERVER_URL"],
            pidfiles,
            database_url,
            folder,
        )


def _interrupt(*_: object) -> None:
    raise KeyboardInterrupt


def stop_on_sigterm() -> None:
    """Treat SIGTERM as Ctrl-C, so that every started server is stopped on the way out."""
    signal.signal(signal.SIGTERM, _interrupt)
    signal.signal(signal.SIGINT, _interrupt)  # even when started in the background


def main() -> None:
    """Run the cluster until Ctrl-C or SIGTERM."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rasa", type=int, default=2, help="Rasa servers")
    parser.add_argument("--actions", type=int, default=1, help="action servers")
    parser.add_argument("--port", type=int, default=int(os.environ.get("ASSISTANT_PORT", 5005)))
    parser.add_argument("--folder", type=Path, default=ROOT / ".cluster")
    args = parser.parse_args()
    stop_on_sigterm()
    with running_cluster(args.rasa, args.actions, args.folder, args.port) as cluster:
        print(f"Cluster: REST at {cluster.rest_webhook}, chat at {cluster.url}/chat/", flush=True)
        print(f"{args.rasa} Rasa and {args.actions} action servers; logs in {args.folder}")
        deleted = privacy.purge(privacy.retention_days(), cluster.database_url)
        print(f"retention: deleted {deleted.events} events, {deleted.tickets} tickets")
        try:
            signal.pause()
        except KeyboardInterrupt:
            print("stopping the cluster")


if __name__ == "__main__":
    main()
