"""Benchmark: time to load the knowledge base, to run one lookup and one passage search.

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
from knowledge.passage_search import get_passage_index

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


PASSAGE_QUESTIONS = [
    "How many investors came to the venture capital sub-forum?",
    "By 2020, how many enterprises were registered in Qianhai?",
    "What will Shanghai use the results of its certificate verification platform for?",
    "Which questionnaire answers were merged into the long term category?",
    "Does the pilot ask cities to report progress to the ministries?",
    "who reviews professional title applications in shanghai",
]


def measure_passage_search(rounds: int = 100) -> list[float]:
    """Seconds per passage search (the documents a question names first), per question."""
    index = get_passage_index()
    timings = []
    for _ in range(rounds):
        for question in PASSAGE_QUESTIONS:
            start = time.perf_counter()
            index.find(question, k=3)
            timings.append(time.perf_counter() - start)
    return timings


def main() -> None:
    """Print the load and lookup figures as JSON."""
    load = measure_load()
    lookups = sorted(measure_lookup())
    searches = sorted(measure_passage_search())
    print(
        json.dumps(
            {
                "load_seconds_median": round(statistics.median(load), 4),
                "load_seconds_max": round(max(load), 4),
                "lookup_ms_mean": round(1000 * statistics.mean(lookups), 3),
                "lookup_ms_p99": round(1000 * lookups[int(0.99 * len(lookups))], 3),
                "lookups": len(lookups),
                "passage_search_ms_mean": round(1000 * statistics.mean(searches), 3),
                "passage_search_ms_p99": round(1000 * searches[int(0.99 * len(searches))], 3),
                "passage_searches": len(searches),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
