"""CPU time and memory of the processes a benchmark started, read from /proc (Linux).

The processes are found by a marker in their command line (the servers' temporary
folder) and taken with all their descendants (PostgreSQL's backends, nginx's workers),
then grouped by role.
"""

from __future__ import annotations

import os
from collections import defaultdict
from pathlib import Path

PROC = Path("/proc")
TICKS = os.sysconf("SC_CLK_TCK")
PAGE = os.sysconf("SC_PAGE_SIZE")
ROLES = {
    "scripts.supervise": "supervisor",
    "guard run": "rasa",
    "rasa run": "rasa",
    "action_server": "actions",
    "postgres": "postgres",
    "redis-server": "redis",
    "nginx": "nginx",
}


def _read(pid: int, name: str) -> str:
    try:
        return (PROC / str(pid) / name).read_bytes().decode(errors="replace")
    except OSError:  # the process ended meanwhile
        return ""


def _stat(pid: int) -> list[str]:
    """The fields of /proc/PID/stat after the command name."""
    text = _read(pid, "stat")
    return text[text.rfind(")") + 2 :].split() if text else []


def _pids() -> list[int]:
    return [int(entry.name) for entry in PROC.iterdir() if entry.name.isdigit()]


def processes(marker: str) -> dict[int, str]:
    """Each process whose command line contains ``marker``, and its descendants, by role."""
    parents = {pid: int(fields[1]) for pid in _pids() if (fields := _stat(pid))}
    roots = {pid for pid in parents if marker in _read(pid, "cmdline").replace("\0", " ")}
    found: dict[int, str] = {}
    for pid in parents:
        ancestor = pid
        while ancestor > 1 and ancestor not in roots:
            ancestor = parents.get(ancestor, 0)
        if ancestor in roots:
            command = _read(pid, "cmdline").replace("\0", " ")
            role = next((r for key, r in ROLES.items() if key in command), "other")
            found[pid] = role
    return found


def usage(marker: str) -> dict[str, dict[str, float]]:
    """CPU seconds used so far and resident memory (MB) of the marked processes, by role."""
    totals: dict[str, dict[str, float]] = defaultdict(lambda: {"cpu_s": 0.0, "rss_mb": 0.0})
    for pid, role in processes(marker).items():
        fields = _stat(pid)
        if not fields:
            continue
        totals[role]["cpu_s"] += (int(fields[11]) + int(fields[12])) / TICKS
        totals[role]["rss_mb"] += int(fields[21]) * PAGE / 2**20
    return dict(totals)
