"""Benchmark: time to load the whole knowledge base and to run one lookup.

Run with ``make bench`` (``python -m scripts.benchmark_knowledge``). Loading is measured in
fresh interpreters (no cache), lookups as the mean and 99th percentile over a fixed query
set. Prints a JSON summary.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time

from knowledge.base import load_knowledge_base
from knowledge.lookup import get_index

QUERIES = [
    "AI engineer",
    "blockchian engineer",
    "FPGA technican",
    "NLP",
    "IoT",
    "actuary",
    "chef",
    "truck driver",
    "cloud computing specialist",
    "financial planners",
]
LOAD_SNIPPET = (
    "import time; t=time.perf_counter(); "
    "from knowledge.base import load_knowledge_base; from knowledge.lookup import get_index; "
    "load_knowledge_base(); get_index(); print(time.perf_counter()-t)"
)


def measure_load(runs: int = 5) -> list[float]:
    """Seconds to import, parse every source and build the lookup index, per fresh process."""
    return [
        float(subprocess.check_output([sys.executable, "-c", LOAD_SNIPPET], text=True))
        for _ in range(runs)
    ]


def measure_lookup(rounds: int = 200) -> list[float]:
    """Seconds per lookup, over ``rounds`` passes of the query set."""
    load_knowledge_base()
    index = get_index()
    timings = []
    for _ in range(rounds):
        for query in QUERIES:
            start = time.perf_counter()
            index.search(query)
            timings.append(time.perf_counter() - start)
    return timings


def main() -> None:
    """Print the load and lookup figures as JSON."""
    load = measure_load()
    lookups = sorted(measure_lookup())
    print(
        json.dumps(
            {
                "load_seconds_median": round(statistics.median(load), 4),
                "load_seconds_max": round(max(load), 4),
                "lookup_ms_mean": round(1000 * statistics.mean(lookups), 3),
                "lookup_ms_p99": round(1000 * lookups[int(0.99 * len(lookups))], 3),
                "lookups": len(lookups),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
