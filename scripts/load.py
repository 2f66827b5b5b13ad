"""Closed-loop load over REST: N users, each waiting for its reply before the next message.

Shared by the drill (``scripts/drill_load.py``) and ``make bench-load``
(``scripts/bench_load.py``). Every request loop is bounded by a deadline and a timeout.
"""

from __future__ import annotations

import http.client
import json
import statistics
import threading
import time
import urllib.parse
from collections.abc import Sequence
from dataclasses import dataclass

# The assistant's load: greetings, lookups, a follow-up needing context, counts, contacts.
QUESTIONS = [
    "hello",
    "What are the requirements for an AI engineer in Qianhai?",
    "is it in short supply?",
    "how many jobs are in the Shanghai catalog?",
    "which cities are in the pilot?",
    "What does Category B give me?",
    "is actuary on the list?",
    "how do I contact the workstation?",
]


@dataclass(frozen=True)
class LoadResult:
    """Latencies (seconds) of answered messages, failed requests, empty replies, duration."""

    latencies: list[float]
    errors: int
    empty: int
    seconds: float

    @property
    def lost(self) -> int:
        """Messages without an answer: failed requests and empty replies."""
        return self.errors + self.empty

    @property
    def rate(self) -> float:
        """Answered messages per second."""
        return len(self.latencies) / self.seconds if self.seconds else 0.0

    def percentile_ms(self, percent: int) -> float:
        """The ``percent``-th percentile latency in milliseconds (0 without answers)."""
        if len(self.latencies) < 2:
            return 1000 * self.latencies[0] if self.latencies else 0.0
        return 1000 * statistics.quantiles(self.latencies, n=100)[percent - 1]

    def summary(self) -> dict[str, float]:
        """Messages/s, p50/p95/p99 in ms, answered, errors and empty replies."""
        return {
            "messages_per_s": round(self.rate, 1),
            "p50_ms": round(self.percentile_ms(50)),
            "p95_ms": round(self.percentile_ms(95)),
            "p99_ms": round(self.percentile_ms(99)),
            "answered": len(self.latencies),
            "errors": self.errors,
            "empty": self.empty,
        }


# A kept-alive connection the server had closed while idle fails before any reply: the
# message was never read, and is sent again on a new connection (as browsers do).
STALE = (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError)


class Client:
    """One user's HTTP/1.1 connection to a REST webhook, kept alive between messages.

    Browsers, WeChat's servers and nginx keep their connections open; a load generator
    opening one per message spent more CPU than nginx on the machine it measures (0.41-0.44
    against 0.21-0.28 ms per message, 32 users on the cluster).
    """

    def __init__(self, webhook: str, timeout: float = 60) -> None:
        parts = urllib.parse.urlsplit(webhook)
        self._host, self._port = parts.hostname or "localhost", parts.port
        self._path = parts.path or "/"
        self._timeout = timeout
        self._connection: http.client.HTTPConnection | None = None

    def send(self, sender: str, text: str) -> list[dict]:
        """POST one message; the bot's messages. Raises ``OSError`` on a failed request or
        an HTTP error status, ``ValueError`` on a body that is not JSON."""
        body = json.dumps({"sender": sender, "message": text}).encode()
        reused = self._connection is not None
        try:
            status, data = self._post(body)
        except STALE:
            if not reused:
                raise
            status, data = self._post(body)
        if status >= 400:
            raise OSError(f"HTTP {status}")
        messages = json.loads(data)
        return messages if isinstance(messages, list) else []

    def _post(self, body: bytes) -> tuple[int, bytes]:
        if self._connection is None:
            self._connection = http.client.HTTPConnection(
                self._host, self._port, timeout=self._timeout
            )
        try:
            self._connection.request("POST", self._path, body, {"Content-Type": "application/json"})
            response = self._connection.getresponse()
            return response.status, response.read()
        except OSError:
            self.close()
            raise
        except http.client.HTTPException as error:
            self.close()
            raise OSError(f"bad HTTP reply: {error!r}") from error

    def close(self) -> None:
        """Close the connection (the next message opens a new one)."""
        if self._connection is not None:
            self._connection.close()
            self._connection = None


def send(webhook: str, sender: str, text: str, timeout: float = 60) -> list[dict]:
    """POST one message to a REST webhook on a connection of its own; the bot's messages."""
    client = Client(webhook, timeout)
    try:
        return client.send(sender, text)
    finally:
        client.close()


def has_text(messages: list[dict]) -> bool:
    """Whether a reply has at least one non-empty text."""
    return any(isinstance(m, dict) and str(m.get("text") or "").strip() for m in messages)


def closed_loop(
    webhook: str,
    questions: Sequence[str],
    users: int,
    seconds: float,
    sender_prefix: str = "load",
    timeout: float = 60,
    turns: int | None = None,
) -> LoadResult:
    """``users`` threads send ``questions`` in turn, each awaiting its reply, until time is up.

    Each user keeps one connection open (:class:`Client`) and is one conversation, or, with
    ``turns``, a new conversation (sender id) every ``turns`` messages: visitors one after
    another, each asking a few questions.
    """
    latencies: list[float] = []
    counts = {"errors": 0, "empty": 0}
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def user(number: int) -> None:
        client = Client(webhook, timeout)
        turn = 0
        while time.monotonic() < deadline:
            text = questions[(number + turn) % len(questions)]
            sender = f"{sender_prefix}-{number}-{turn // turns if turns else 0}"
            turn += 1
            start = time.perf_counter()
            try:
                answered = has_text(client.send(sender, text))
            except (OSError, ValueError):
                with lock:
                    counts["errors"] += 1
                continue
            elapsed = time.perf_counter() - start
            with lock:
                if answered:
                    latencies.append(elapsed)
                else:
                    counts["empty"] += 1
        client.close()

    started = time.monotonic()
    threads = [threading.Thread(target=user, args=(n,), daemon=True) for n in range(users)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(seconds + timeout + 5)
    return LoadResult(latencies, counts["errors"], counts["empty"], time.monotonic() - started)
