"""``make bench-load``: closed-loop REST load on the single server, the cluster and Rasa's
starter bot, one after the other in one run, with a table, a JSON file and a chart.

    .venv/bin/python -m scripts.bench_load [--seconds 30] [--users 1 8 32 50]
        [--targets single cluster starter] [--rasa 2] [--actions 1]

Each target is started fresh (free ports), warmed up with every question once, then loaded
with each number of users for ``--seconds``. The load generator runs on the same machine.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
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


def bench(
    name: str,
    start: Starter,
    questions: list[str],
    users: list[int],
    seconds: float,
    turns: int | None,
) -> dict:
    """Start one target, warm it up, load it with each number of users; the figures.

    Each figure: messages/s, latency percentiles, lost replies, CPU ms per message of each
    kind of process; then the memory of each kind after the load.
    """
    started = time.monotonic()
    with start() as (url, marker):
        ready = time.monotonic() - started
        for text in questions:
            send(url + WEBHOOK, f"{name}-warm-up", text)
        levels = {}
        for count in users:
            before = usage(marker)
            prefix = f"{name}-{count}"
            result = closed_loop(url + WEBHOOK, questions, count, seconds, prefix, turns=turns)
            after = usage(marker)
            cpu = _per_message(before, after, len(result.latencies))
            levels[str(count)] = {**result.summary(), "cpu_ms_per_message": cpu}
            print(f"{name:>8} {count:>3} users: {json.dumps(levels[str(count)])}", flush=True)
        memory = {role: round(figures["rss_mb"]) for role, figures in usage(marker).items()}
    print(f"{name:>8} ready after {ready:.0f} s; memory MB {json.dumps(memory)}", flush=True)
    return {"ready_s": round(ready, 1), "memory_mb": memory, "users": levels}


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
    results = {}
    for name in args.targets:
        start, questions = starts[name]
        turns = args.turns or None
        results[name] = bench(name, start, questions, args.users, args.seconds, turns)
    print_table(results, args.users)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    run = {"seconds": args.seconds, "turns": args.turns, "rasa": args.rasa, **results}
    args.out.write_text(json.dumps(run, indent=2))
    draw(results, args.users, args.chart)
    print(f"written {args.out} and {args.chart}")


if __name__ == "__main__":
    main()
