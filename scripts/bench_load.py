"""``make bench-load``: closed-loop REST load on the single server, the cluster and Rasa's
starter bot in one run, with a table, a JSON file and a chart.

    .venv/bin/python -m scripts.bench_load [--seconds 30] [--users 1 8 32 50]
        [--targets single cluster starter] [--rasa 2] [--actions 1]

Each target is started fresh (free ports) and warmed up with every question once; all stay
running, and each number of users loads them in turn for ``--seconds`` each (single,
cluster, starter at 1 user, then at 8, ...). Taken in turn, the targets are compared at
the same moment: this machine's speed drifts by a fifth within minutes (the starter bot
took 35 to 40 ms of CPU per message in one run), which made the targets of a run taken one
after the other differ by more than their code. The load generator runs on the same
machine; idle targets use no CPU to speak of.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from scripts.bench_chart import draw
from scripts.cluster import running_cluster, stop_on_sigterm
from scripts.load import QUESTIONS, closed_loop, send
from scripts.proc_usage import usage
from scripts.servers import ROOT, running_servers
from scripts.starter_bot import FOLDER as STARTER_FOLDER
from scripts.starter_bot import QUESTIONS as STARTER_QUESTIONS
from scripts.starter_bot import running_starter_bot

WEBHOOK = "/webhooks/rest/webhook"
# Starts a target; yields its base URL and a marker found in its processes' command lines.
Starter = Callable[[], AbstractContextManager[tuple[str, str]]]


@contextmanager
def _single() -> Iterator[tuple[str, str]]:
    with running_servers() as servers:
        yield servers.rasa_url, str(servers.folder)


def _cluster(rasa: int, actions: int) -> Starter:
    @contextmanager
    def start() -> Iterator[tuple[str, str]]:
        with running_cluster(rasa, actions) as cluster:
            yield cluster.url, str(cluster.folder)

    return start


@contextmanager
def _starter() -> Iterator[tuple[str, str]]:
    with running_starter_bot() as url:
        yield url, str(STARTER_FOLDER)


def _per_message(before: dict, after: dict, answered: int) -> dict[str, float]:
    """CPU milliseconds per answered message, by role."""
    return {
        role: round(
            1000
            * (after[role]["cpu_s"] - before.get(role, {"cpu_s": 0})["cpu_s"])
            / max(answered, 1),
            1,
        )
        for role in after
    }


@dataclass
class Target:
    """A started target: its URL, the marker of its processes, its questions, its figures."""

    name: str
    url: str
    marker: str
    questions: list[str]
    ready_s: float
    levels: dict[str, dict] = field(default_factory=dict)


def started(stack: ExitStack, name: str, start: Starter, questions: list[str]) -> Target:
    """Start one target (kept running until ``stack`` closes) and warm it up."""
    began = time.monotonic()
    url, marker = stack.enter_context(start())
    ready = time.monotonic() - began
    for text in questions:
        send(url + WEBHOOK, f"{name}-warm-up", text)
    print(f"{name:>8} ready after {ready:.0f} s", flush=True)
    return Target(name, url, marker, questions, round(ready, 1))


def load(target: Target, users: int, seconds: float, turns: int | None) -> None:
    """Load the target with ``users`` closed-loop users; record messages/s, latency
    percentiles, lost replies and the CPU ms per message of each kind of process."""
    before = usage(target.marker)
    prefix = f"{target.name}-{users}"
    result = closed_loop(
        target.url + WEBHOOK, target.questions, users, seconds, prefix, turns=turns
    )
    cpu = _per_message(before, usage(target.marker), len(result.latencies))
    target.levels[str(users)] = {**result.summary(), "cpu_ms_per_message": cpu}
    print(f"{target.name:>8} {users:>3} users: {json.dumps(target.levels[str(users)])}", flush=True)


def figures(target: Target) -> dict:
    """The target's figures, with the memory of each kind of process now."""
    memory = {role: round(f["rss_mb"]) for role, f in usage(target.marker).items()}
    print(f"{target.name:>8} memory MB {json.dumps(memory)}", flush=True)
    return {"ready_s": target.ready_s, "memory_mb": memory, "users": target.levels}


def print_table(results: dict[str, dict], users: list[int]) -> None:
    """Messages/s and p50/p95/p99 (ms), errors and empty replies, side by side."""
    print(f"\n{'users':>5} " + "".join(f"| {name:^34} " for name in results))
    for count in users:
        cells = []
        for figures in results.values():
            row = figures["users"][str(count)]
            cells.append(
                f"| {row['messages_per_s']:6.1f}/s {row['p50_ms']:5}/{row['p95_ms']:5}/"
                f"{row['p99_ms']:5} ms {row['errors'] + row['empty']:3} lost "
            )
        print(f"{count:>5} " + "".join(cells))
    print("ready after start: " + ", ".join(f"{n} {f['ready_s']} s" for n, f in results.items()))


def main() -> None:
    """Run the benchmark; write results/bench_load.json and the chart."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--users", type=int, nargs="+", default=[1, 8, 32, 50])
    parser.add_argument(
        "--targets",
        nargs="+",
        default=["single", "cluster", "starter"],
        choices=["single", "cluster", "starter"],
    )
    parser.add_argument(
        "--turns", type=int, default=8, help="messages per conversation (0: one per user)"
    )
    parser.add_argument("--rasa", type=int, default=2, help="Rasa servers in the cluster")
    parser.add_argument("--actions", type=int, default=1, help="action servers in the cluster")
    parser.add_argument("--out", type=Path, default=ROOT / "results" / "bench_load.json")
    parser.add_argument("--chart", type=Path, default=ROOT / "docs" / "bench-load.png")
    args = parser.parse_args()
    stop_on_sigterm()
    starts = {
        "single": (_single, QUESTIONS),
        "cluster": (_cluster(args.rasa, args.actions), QUESTIONS),
        "starter": (_starter, STARTER_QUESTIONS),
    }
    with ExitStack() as stack:
        targets = [started(stack, name, *starts[name]) for name in args.targets]
        for users in args.users:
            for target in targets:
                load(target, users, args.seconds, args.turns or None)
        results = {target.name: figures(target) for target in targets}
    print_table(results, args.users)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    run = {"seconds": args.seconds, "turns": args.turns, "rasa": args.rasa, **results}
    args.out.write_text(json.dumps(run, indent=2))
    draw(results, args.users, args.chart)
    print(f"written {args.out} and {args.chart}")


if __name__ == "__main__":
    main()
