"""Personal data: the retention period, and erasing one user's or all older conversations.

Conversations (the tracker store's ``events``), tickets and ratings live in one database:
the SQLite file, or PostgreSQL in the cluster ($ASSISTANT_DB_URL). ``purge`` deletes
conversations whose latest message is older than the retention period (default 90 days,
$ASSISTANT_RETENTION_DAYS) and older tickets and ratings; ``erase`` deletes everything
about one sender id.

    .venv/bin/python -m guard.privacy purge [--days 90] [--db tracker.db or URL]
    .venv/bin/python -m guard.privacy erase SENDER_ID [--db tracker.db or URL]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timezone

from helpdesk.database import Target, default_target
from helpdesk.store import connect

RETENTION_VARIABLE = "ASSISTANT_RETENTION_DAYS"
DEFAULT_RETENTION_DAYS = 90
DAY = 86_400


@dataclass(frozen=True)
class Deleted:
    """How many rows went: conversation events, tickets, ratings."""

    events: int
    tickets: int
    ratings: int


def retention_days() -> int:
    """The retention period in days ($ASSISTANT_RETENTION_DAYS, default 90)."""
    return int(os.environ.get(RETENTION_VARIABLE, DEFAULT_RETENTION_DAYS))


def erase(sender_id: str, path: Target = None) -> Deleted:
    """Delete the sender's conversation, tickets and ratings."""
    with connect(path) as db:
        events = 0
        if db.has_table("events"):
            events = db.execute("delete from events where sender_id = ?", (sender_id,)).rowcount
        tickets = db.execute("delete from helpdesk_tickets where sender_id = ?", (sender_id,))
        ratings = db.execute("delete from feedback_ratings where sender_id = ?", (sender_id,))
        return Deleted(events, tickets.rowcount, ratings.rowcount)


def purge(days: int, path: Target = None, now: float | None = None) -> Deleted:
    """Delete conversations idle for more than ``days``, and older tickets and ratings."""
    cutoff = (time.time() if now is None else now) - days * DAY
    cutoff_iso = datetime.fromtimestamp(cutoff, timezone.utc).isoformat(timespec="seconds")
    with connect(path) as db:
        events = 0
        if db.has_table("events"):
            events = db.execute(
                "delete from events where sender_id in (select sender_id from events"
                " group by sender_id having max(timestamp) < ?)",
                (cutoff,),
            ).rowcount
        tickets = db.execute("delete from helpdesk_tickets where created_at < ?", (cutoff_iso,))
        ratings = db.execute("delete from feedback_ratings where created_at < ?", (cutoff_iso,))
        return Deleted(events, tickets.rowcount, ratings.rowcount)


def main(argv: list[str] | None = None) -> int:
    """The command line; prints what was deleted."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--db", default=None, help="default: $ASSISTANT_DB_URL, $ASSISTANT_DB or tracker.db"
    )
    commands = parser.add_subparsers(dest="command", required=True)
    purge_command = commands.add_parser("purge", help="delete data older than the retention")
    purge_command.add_argument("--days", type=int, default=None)
    erase_command = commands.add_parser("erase", help="delete one sender's data")
    erase_command.add_argument("sender_id")
    args = parser.parse_args(argv)
    path = args.db or default_target()
    if args.command == "purge":
        deleted = purge(args.days if args.days is not None else retention_days(), path)
    else:
        deleted = erase(args.sender_id, path)
    print(
        f"deleted {deleted.events} conversation events, {deleted.tickets} tickets, "
        f"{deleted.ratings} ratings from {path}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
