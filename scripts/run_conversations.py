"""Black-box conversation evaluation over the REST channel: ``make eval``.

    .venv/bin/python -m scripts.run_conversations [--cases FILE ...] [--url URL] [--only RX] [-v]

Without ``--url`` it starts both servers itself (fresh SQLite tracker store). The cases
files hold ``single:`` cases (``say``) and ``conversations:`` (``turns``, or ``profile``:
``goal`` first, then the bot's questions answered from the profile's keys); each case has
``expect`` regexes that must all match the reply, ``forbid`` regexes that must match none
(case-insensitive, multiline) and a ``max_chars`` cap on the shown reply (texts and button
titles; 1,500 by default, 4,500 for profiles). For ``turns`` only the last reply is
checked; for profiles everything the bot said. Prints one ``FAIL`` line per failing case
(with ``-v`` the reply too), then ``eval: P/N passed (pct%), p50 X ms, p95 Y ms``; exits 1
unless at least ``--min-pass`` percent passed.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import urllib.request
import uuid
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from scripts.servers import running_servers

DEFAULT_CASES = Path(__file__).resolve().parent.parent / "tests" / "conversations"
DEFAULT_MAX_CHARS = 1500
PROFILE_CAP_FACTOR = 3
MAX_PROFILE_TURNS = 8
# The bot's question decides which profile key answers it: the first pattern that matches.
QUESTION_SLOTS = [
    ("category_c", r"category c"),
    ("employer", r"employer|certif"),
    ("shanghai_years", r"(in|at) shanghai"),
    ("field", r"field|major|subject|discipline|specialt|studied|study"),
    ("degree", r"degree|education|diploma|academic|bachelor|master|doctor|phd"),
    ("years", r"years?|experience|how long"),
    ("occupation", r"occupation|job|profession|role|position|what do you do|work as|line of work"),
    ("city", r"city|which (list|programme|program|scheme|catalog)|shanghai|qianhai|where"),
]
Reply = list[dict[str, Any]]


@dataclass
class Conversation:
    """One case's conversation with the bot: what it said, and how long each turn took."""

    url: str
    sender: str = field(default_factory=lambda: "eval-" + uuid.uuid4().hex[:12])
    latencies: list[float] = field(default_factory=list)

    def say(self, text: str) -> Reply:
        """Send one message; the bot's messages."""
        body = json.dumps({"sender": self.sender, "message": text}).encode()
        request = urllib.request.Request(
            f"{self.url}/webhooks/rest/webhook", body, {"Content-Type": "application/json"}
        )
        start = time.perf_counter()
        with urllib.request.urlopen(request, timeout=60) as response:
            reply = json.loads(response.read() or b"[]")
        self.latencies.append(time.perf_counter() - start)
        return reply


def shown(reply: Reply) -> str:
    """What a widget shows: the texts and the button titles."""
    parts: list[str] = []
    for message in reply:
        if message.get("text"):
            parts.append(message["text"])
        parts.extend(f"[{b.get('title', '')}]" for b in message.get("buttons") or [])
    return "\n".join(parts)


def failures(case: dict[str, Any], text: str) -> list[str]:
    """Why the reply fails the case (empty when it passes)."""
    why = [
        f"missing /{rx}/" for rx in case.get("expect", []) if not re.search(rx, text, re.I | re.M)
    ]
    why += [
        f"forbidden /{rx}/" for rx in case.get("forbid", []) if re.search(rx, text, re.I | re.M)
    ]
    cap = case.get(
        "max_chars", DEFAULT_MAX_CHARS * (PROFILE_CAP_FACTOR if "profile" in case else 1)
    )
    if len(text) > cap:
        why.append(f"reply {len(text)} chars > {cap}")
    return why


def profile_answer(profile: dict[str, str], reply: Reply, used: set[str]) -> str | None:
    """What a user with this profile answers to the bot's last question, if anything."""
    last = reply[-1] if reply else {}
    question = (last.get("text") or "").lower()
    for slot, pattern in QUESTION_SLOTS:
        if slot in profile and slot not in used and re.search(pattern, question):
            used.add(slot)
            wanted = str(profile[slot]).lower()
            for button in last.get("buttons") or []:
                words = [w for w in re.findall(r"[a-z]+", str(button.get("title", "")).lower())]
                if any(len(w) > 2 and w in wanted for w in words):
                    return button.get("payload")
            return str(profile[slot])
    return "yes" if re.search(r"(confirm|correct|is that right|right\?)", question) else None


def run_case(conversation: Conversation, case: dict[str, Any]) -> str:
    """Play the case; the text it is judged on."""
    if "say" in case:
        return shown(conversation.say(case["say"]))
    if "turns" in case:
        reply: Reply = []
        for turn in case["turns"]:
            reply = conversation.say(turn)
        return shown(reply)
    profile, used = case["profile"], set()
    reply = conversation.say(profile["goal"])
    said = [shown(reply)]
    for _ in range(MAX_PROFILE_TURNS):
        answer = profile_answer(profile, reply, used)
        if answer is None:
            break
        reply = conversation.say(answer)
        said.append(shown(reply))
    return "\n".join(said)


def load_cases(paths: list[Path]) -> list[dict[str, Any]]:
    """Every case of these files (a folder means its ``*.yml`` files)."""
    files = [f for p in paths for f in (sorted(p.glob("*.yml")) if p.is_dir() else [p])]
    cases: list[dict[str, Any]] = []
    for file in files:
        data = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
        cases += (data.get("single") or []) + (data.get("conversations") or [])
    return cases


def percentile(values: list[float], q: float) -> float:
    """The q-quantile of the values in milliseconds (nearest rank), NaN when empty."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000 if ordered else float("nan")


def evaluate(url: str, cases: list[dict[str, Any]], verbose: bool) -> tuple[int, list[float]]:
    """Run the cases; print failures; the number passed and every turn's latency."""
    passed, latencies = 0, []
    for case in cases:
        conversation = Conversation(url)
        try:
            text = run_case(conversation, case)
            why = failures(case, text)
        except Exception as error:  # a dead server or an HTTP error fails the case only
            text, why = "", [f"error {type(error).__name__}: {error}"]
        latencies += conversation.latencies
        if why:
            print(f"FAIL {case['id']}: {'; '.join(why)}")
            if verbose:
                print("   bot: " + text.replace("\n", "\n        ")[:1500])
        else:
            passed += 1
            if verbose:
                print(f"ok   {case['id']}")
    return passed, latencies


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation; exit status 0 when at least ``--min-pass`` percent passed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=Path, nargs="+", default=[DEFAULT_CASES])
    parser.add_argument("--url", help="a running server; default: start one")
    parser.add_argument("--only", help="regex on case ids")
    parser.add_argument("--min-pass", type=float, default=100.0)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    cases = [c for c in load_cases(args.cases) if not args.only or re.search(args.only, c["id"])]
    with nullcontext(None) if args.url else running_servers() as servers:
        passed, latencies = evaluate(args.url or servers.rasa_url, cases, args.verbose)
    share = 100 * passed / max(len(cases), 1)
    print(
        f"eval: {passed}/{len(cases)} passed ({share:.0f}%), "
        f"p50 {percentile(latencies, 0.5):.0f} ms, p95 {percentile(latencies, 0.95):.0f} ms"
    )
    return 0 if share >= args.min_pass else 1


if __name__ == "__main__":
    sys.exit(main())
