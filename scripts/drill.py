"""The drill: start the servers, then bad inputs, exposure checks, a session takeover
attempt, a WeChat replay, the action-server kill and restart, and a bounded load; one line
per check.

    .venv/bin/python -m scripts.drill [--users 50] [--load-seconds 120]

Exits 1 if any check fails. ``make drill`` runs it; ``make test`` runs a short form.
"""

from __future__ import annotations

import argparse
import sys

from scripts.drill_checks import (
    Check,
    action_server_kill,
    bad_inputs,
    exposure,
    session_takeover,
    typed_intents,
    wechat_replay,
)
from scripts.drill_load import load_check, run_load
from scripts.servers import running_servers


def main(argv: list[str] | None = None) -> int:
    """Run every check, print each as it finishes; 0 when all pass."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--load-seconds", type=float, default=120)
    args = parser.parse_args(argv)
    checks: list[Check] = []

    def report(*new: Check) -> None:
        for check in new:
            print(check.line(), flush=True)
        checks.extend(new)

    with running_servers() as servers:
        report(*bad_inputs(servers))
        report(typed_intents(servers))
        report(*exposure(servers))
        report(session_takeover(servers))
        report(wechat_replay(servers))
        report(*action_server_kill(servers))
        report(load_check(run_load(servers, args.users, args.load_seconds), args.users))
    failed = [check for check in checks if not check.ok]
    print(f"drill: {len(checks) - len(failed)}/{len(checks)} checks passed", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
