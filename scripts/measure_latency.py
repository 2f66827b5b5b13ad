"""Per-message latency over REST with the action server, single user, scripted conversations.

    .venv/bin/python -m scripts.measure_latency [--rounds 5] [--url http://localhost:5005]

Without ``--url`` it starts both servers itself (fresh SQLite tracker store). Prints p50,
p95 and max in milliseconds as JSON; the targets are p50 < 80 ms and p95 < 150 ms.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
import urllib.request
from contextlib import nullcontext

from scripts.servers import running_servers

CONVERSATIONS = [
    ["hello", "what can you do?", "thanks", "bye"],
    [
        "What are the requirements for an AI engineer in Qianhai?",
        "and for a cloud computing specialist?",
        "is it in short supply?",
    ],
    [
        "am I eligible?",
        "Qianhai list",
        "blockchian engineer",
        "master's",
        "6 years",
        "actually I have a PhD",
    ],
    ["which title can I get with a master's and 3 years?", "2", "yes"],
    [
        "What does Category B give me?",
        '/ask_qual_category{"category": "B", "programme": "qualification_list"}',
        "what about Category C?",
    ],
    [
        "is actuary on the list?",
        "is chef on the list?",
        "which cities are in the pilot?",
        "is Chengdu included?",
        "how long does the pilot last?",
    ],
    [
        "how many jobs are in the Shanghai catalog?",
        "which sectors does it cover?",
        "what is the income tax rate in Qianhai?",
        "how do I contact the workstation?",
    ],
    ["asdfgh qwerty", "what's the weather in Paris?", "I want to talk to a human"],
]


def post(url: str, sender: str, text: str) -> float:
    """Send one message; seconds until the full reply arrived."""
    body = json.dumps({"sender": sender, "message": text}).encode()
    request = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
    start = time.perf_counter()
    with urllib.request.urlopen(request, timeout=30) as response:
        response.read()
    return time.perf_counter() - start


def measure(webhook: str, rounds: int) -> list[float]:
    """Latencies of every message of every conversation, ``rounds`` times (after a warm-up)."""
    for text in CONVERSATIONS[0]:
        post(webhook, "warm-up", text)
    timings = []
    for round_number in range(rounds):
        for number, conversation in enumerate(CONVERSATIONS):
            sender = f"latency-{round_number}-{number}"
            timings.extend(post(webhook, sender, text) for text in conversation)
    return timings


def main() -> None:
    """Measure and print the percentiles."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--url", help="a running Rasa server; default: start one")
    args = parser.parse_args()
    context = nullcontext(None) if args.url else running_servers()
    with context as servers:
        base = args.url or servers.rasa_url
        timings = sorted(measure(f"{base}/webhooks/rest/webhook", args.rounds))
    print(
        json.dumps(
            {
                "messages": len(timings),
                "p50_ms": round(1000 * statistics.median(timings), 1),
                "p95_ms": round(1000 * timings[int(0.95 * (len(timings) - 1))], 1),
                "max_ms": round(1000 * timings[-1], 1),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
