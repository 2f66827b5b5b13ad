"""Bounded load for the drill: N simulated users asking questions for S seconds over REST."""

from __future__ import annotations

from scripts.drill_checks import Check
from scripts.load import QUESTIONS, LoadResult, closed_loop
from scripts.servers import Servers


def load_check(result: LoadResult, users: int) -> Check:
    """One line: zero lost replies; p50, p95 and throughput."""
    answered = len(result.latencies)
    if answered < 2:
        return Check(f"load, {users} users", False, f"{answered} answered, {result.lost} lost")
    detail = (
        f"{answered} answered, {result.lost} lost or empty in {result.seconds:.0f} s; "
        f"p50 {result.percentile_ms(50):.0f} ms, p95 {result.percentile_ms(95):.0f} ms, "
        f"{result.rate:.1f} msg/s"
    )
    return Check(f"load, {users} users", result.lost == 0, detail)


def run_load(servers: Servers, users: int = 50, seconds: float = 120) -> LoadResult:
    """Each user sends the questions in turn, waiting for each reply, until time is up."""
    return closed_loop(servers.rest_webhook, QUESTIONS, users, seconds, "drill-load")
