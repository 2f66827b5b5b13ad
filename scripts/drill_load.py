"""Bounded load for the drill: N simulated users asking questions for S seconds over REST."""

from __future__ import annotations

import statistics
import threading
import time
from dataclasses import dataclass

from scripts.drill_checks import Check, say, texts
from scripts.servers import Servers

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
    """Latencies (seconds) of answered messages, and the count of lost or empty replies."""

    latencies: list[float]
    lost: int
    seconds: float

    def check(self, users: int) -> Check:
        """One line: zero lost replies; p50, p95 and throughput."""
        answered = len(self.latencies)
        if answered < 2:
            return Check(f"load, {users} users", False, f"{answered} answered, {self.lost} lost")
        cuts = statistics.quantiles(self.latencies, n=100)
        detail = (
            f"{answered} answered, {self.lost} lost or empty in {self.seconds:.0f} s; "
            f"p50 {cuts[49] * 1000:.0f} ms, p95 {cuts[94] * 1000:.0f} ms, "
            f"{answered / self.seconds:.1f} msg/s"
        )
        return Check(f"load, {users} users", self.lost == 0, detail)


def run_load(servers: Servers, users: int = 50, seconds: float = 120) -> LoadResult:
    """Each user sends the questions in turn, waiting for each reply, until time is up."""
    latencies: list[float] = []
    lost = 0
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def user(number: int) -> None:
        nonlocal lost
        turn = 0
        while time.monotonic() < deadline:
            question = QUESTIONS[(number + turn) % len(QUESTIONS)]
            turn += 1
            try:
                reply = say(servers, f"drill-load-{number}", question, timeout=60)
                ok = reply.status == 200 and bool(texts(reply))
            except OSError:
                reply, ok = None, False
            with lock:
                if ok and reply is not None:
                    latencies.append(reply.seconds)
                else:
                    lost += 1

    started = time.monotonic()
    threads = [threading.Thread(target=user, args=(n,)) for n in range(users)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return LoadResult(latencies, lost, time.monotonic() - started)
