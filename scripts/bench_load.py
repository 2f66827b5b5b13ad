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
from scripts.cluster import running_cluster
from scripts.load import QUESTIONS, closed_loop, send
from scripts.servers import ROOT, running_servers
from scripts.starter_bot import QUESTIONS as STARTER_QUESTIONS
from scripts.starter_bot import running_starter_bot

WEBHOOK = "/webhooks/rest/webhook"


@contextmanager
def _single() -> Iterator[str]:
    with running_servers() as servers:
        yield servers.rasa_url


def _cluster(rasa: int, actions: int) -> Callable[[], AbstractContextManager[str]]:
    @contextmanager
    def start() -> Iterator[str]:
        with running_cluster(rasa, actions) as cluster:
            yield cluster.url

    return start


def bench(
    name: str,
    start: Callable[[], AbstractContextManager[str]],
    questions: list[str],
    users: list[int],
    seconds: float,
) -> dict:
    """Start one target, warm it up, load it with each number of users; the figures."""
    started = time.monotonic()
    with start() as url:
        ready = time.monotonic() - started
        for text in questions:
            send(url + WEBHOOK, f"{name}-warm-up", text)
        levels = {}
        for count in users:
            result = closed_loop(url + WEBHOOK, questions, count, seconds, f"{name}-{count}")
            levels[str(count)] = result.summary()
            print(f"{name:>8} {count:>3} users: {json.dumps(levels[str(count)])}", flush=True)
    return {"ready_s": round(ready, 1), "users": levels}


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
    parser.add_argument("--rasa", type=int, default=2, help="Rasa servers in the cluster")
    parser.add_argument("--actions", type=int, default=1, help="action servers in the cluster")
    parser.add_argument("--out", type=Path, default=ROOT / "results" / "bench_load.json")
    parser.add_argument("--chart", type=Path, default=ROOT / "docs" / "bench-load.png")
    args = parser.parse_args()
    starts = {
        "single": (_single, QUESTIONS),
        "cluster": (_cluster(args.rasa, args.actions), QUESTIONS),
        "starter": (running_starter_bot, STARTER_QUESTIONS),
    }
    results = {}
    for name in args.targets:
        start, questions = starts[name]
        results[name] = bench(name, start, questions, args.users, args.seconds)
    print_table(results, args.users)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    run = {"seconds": args.seconds, "rasa": args.rasa, "actions": args.actions, **results}
    args.out.write_text(json.dumps(run, indent=2))
    draw(results, args.users, args.chart)
    print(f"written {args.out} and {args.chart}")


if __name__ == "__main__":
    main()
