"""Keeps a command running: restarts it whenever it exits, until SIGTERM or SIGINT.

``python -m scripts.supervise [--pidfile FILE] -- command args...``; the pid file holds the
current child's pid (the drill and the tests kill it to check the restart).
"""

from __future__ import annotations

import argparse
import signal
import subprocess
import sys
import time
from pathlib import Path

RESTART_DELAY = 0.5  # seconds between an exit and the restart


def main(argv: list[str] | None = None) -> int:
    """Run the command, restart it on exit; on a stop signal stop it and return 0."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pidfile", type=Path)
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("no command given")
    stopping = False
    child: subprocess.Popen | None = None

    def stop(signum: int, _frame: object) -> None:
        nonlocal stopping
        stopping = True
        if child is not None and child.poll() is None:
            child.terminate()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    while not stopping:
        child = subprocess.Popen(command)
        if stopping:  # the signal came while starting it
            child.terminate()
        if args.pidfile:
            args.pidfile.write_text(str(child.pid))
        code = child.wait()
        if not stopping:
            print(f"supervise: {command[0]} exited ({code}); restarting", file=sys.stderr)
            time.sleep(RESTART_DELAY)
    return 0


if __name__ == "__main__":
    sys.exit(main())
