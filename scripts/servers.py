"""Starts the real action server and Rasa server on free local ports, for tests and benchmarks."""

from __future__ import annotations

import os
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from scripts.wait_for_http import wait_for

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "models" / "assistant.tar.gz"
ENDPOINTS = ROOT / "endpoints.yml"
ENV = {
    "WECHAT_TOKEN": "test-token",
    **os.environ,
    "RASA_TELEMETRY_ENABLED": "false",
    "TF_CPP_MIN_LOG_LEVEL": "2",
    "SQLALCHEMY_SILENCE_UBER_WARNING": "1",
}


@dataclass(frozen=True)
class Servers:
    """Where the running servers listen."""

    rasa_url: str
    action_url: str
    tracker_db: Path
    action_token: str
    action_pidfile: Path
    folder: Path

    @property
    def rest_webhook(self) -> str:
        """The REST channel's webhook."""
        return f"{self.rasa_url}/webhooks/rest/webhook"


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_process(args: list[str], log: Path, env: dict[str, str]) -> subprocess.Popen:
    """Start ``args`` in the project folder in a new process group, output to ``log``."""
    handle = open(log, "w")  # noqa: SIM115 - closed with the process group
    return subprocess.Popen(
        args, cwd=ROOT, env=env, stdout=handle, stderr=subprocess.STDOUT, start_new_session=True
    )


def stop_process(process: subprocess.Popen) -> None:
    """Stop the process and its group: SIGTERM, then SIGKILL after 20 s."""
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=20)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        os.killpg(process.pid, signal.SIGKILL)


def supervised(pidfile: Path) -> list[str]:
    """The prefix that restarts a command whenever it exits (``scripts/supervise.py``)."""
    return [sys.executable, "-m", "scripts.supervise", "--pidfile", str(pidfile), "--"]


def action_command(port: int) -> list[str]:
    """The action server on 127.0.0.1:``port``."""
    return [sys.executable, "-m", "action_server", "--port", str(port)]


def rasa_command(port: int, endpoints: Path, interface: str = "127.0.0.1") -> list[str]:
    """The Rasa server with the guards, the trained model and ``endpoints``."""
    return [
        *(sys.executable, "-m", "guard", "run", "--model", str(MODEL)),
        *("--port", str(port), "--interface", interface),
        *("--endpoints", str(endpoints), "--credentials", str(ROOT / "credentials.yml")),
    ]


@contextmanager
def running_servers(
    workdir: Path | None = None, timeout: float = 180, extra_env: Mapping[str, str] | None = None
) -> Iterator[Servers]:
    """Start both servers with a fresh SQLite tracker store; stop them on exit.

    ``extra_env`` adds environment variables (such as ``ASSISTANT_ALLOWED_ORIGINS``).
    """
    folder = Path(workdir or tempfile.mkdtemp(prefix="assistant-"))
    action_port, rasa_port = free_port(), free_port()
    db = folder / "tracker.db"
    endpoints = folder / "endpoints.yml"
    endpoints.write_text(
        ENDPOINTS.read_text()
        .replace("127.0.0.1:5055", f"127.0.0.1:{action_port}")
        .replace('db: "tracker.db"', f'db: "{db}"')
    )
    token = secrets.token_urlsafe(24)
    pidfile = folder / "actions.pid"
    # Tickets and ratings go to the same SQLite file as the tracker store.
    env = {
        **ENV,
        "ASSISTANT_DB": str(db),
        "ACTION_SERVER_TOKEN": token,
        "SESSION_SECRET": secrets.token_urlsafe(24),
        **(extra_env or {}),
    }
    actions = start_process(
        [*supervised(pidfile), *action_command(action_port)], folder / "actions.log", env
    )
    rasa = start_process(rasa_command(rasa_port, endpoints), folder / "rasa.log", env)
    try:
        servers = Servers(
            f"http://127.0.0.1:{rasa_port}",
            f"http://127.0.0.1:{action_port}",
            db,
            token,
            pidfile,
            folder,
        )
        for url in (f"{servers.action_url}/health", servers.rasa_url):
            if not wait_for(url, timeout):
                logs = "\n".join(p.read_text()[-3000:] for p in folder.glob("*.log"))
                raise RuntimeError(f"{url} did not start:\n{logs}")
        yield servers
    finally:
        stop_process(rasa)
        stop_process(actions)
