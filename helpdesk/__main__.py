"""Helpdesk staff's command line.

    python -m helpdesk list                      # tickets, newest first
    python -m helpdesk show 3                    # one ticket with its transcript
    python -m helpdesk export tickets.csv        # every ticket as CSV
    python -m helpdesk feedback [--limit 10]     # answers rated unhelpful most often

``--db PATH_OR_URL`` chooses the database (default: ASSISTANT_DB_URL, ASSISTANT_DB or
tracker.db; a ``postgresql://`` URL for the cluster).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from dataclasses import asdict
from pathlib import Path

from helpdesk.store import get_ticket, list_tickets, unhelpful_report

CSV_FIELDS = (
    "id",
    "created_at",
    "sender_id",
    "topic",
    "desk",
    "summary",
    "email",
    "transcript",
    "language",
)


def _list(args: argparse.Namespace) -> int:
    for t in list_tickets(args.db):
        print(f"#{t.id}  {t.created_at}  {t.desk:<45}  {t.email:<30}  {t.summary}")
    return 0


def _show(args: argparse.Namespace) -> int:
    ticket = get_ticket(args.number, args.db)
    if ticket is None:
        print(f"no ticket #{args.number}", file=sys.stderr)
        return 1
    print(json.dumps(asdict(ticket), indent=2, ensure_ascii=False))
    return 0


def _export(args: argparse.Namespace) -> int:
    tickets = list_tickets(args.db)
    with open(args.path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=CSV_FIELDS)
        writer.writeheader()
        for ticket in tickets:
            row = asdict(ticket)
            row["transcript"] = "\n".join(f"{t['speaker']}: {t['text']}" for t in ticket.transcript)
            writer.writerow(row)
    print(f"{len(tickets)} tickets written to {args.path}")
    return 0


def _feedback(args: argparse.Namespace) -> int:
    for row in unhelpful_report(args.limit, args.db):
        first_line = str(row["answer"]).splitlines()[0][:90]
        print(f"{row['unhelpful']:>3} unhelpful / {row['helpful']:>3} helpful  {first_line}")
        print(f"      e.g. asked: {row['example_question']}")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run one command; returns the exit code."""
    parser = argparse.ArgumentParser(
        prog="python -m helpdesk",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--db", default=None)
    commands = parser.add_subparsers(required=True)
    commands.add_parser("list", help="tickets, newest first").set_defaults(handler=_list)
    show = commands.add_parser("show", help="one ticket with its transcript")
    show.add_argument("number", type=int)
    show.set_defaults(handler=_show)
    export = commands.add_parser("export", help="all tickets as CSV")
    export.add_argument("path", type=Path)
    export.set_defaults(handler=_export)
    feedback = commands.add_parser("feedback", help="answers rated unhelpful most often")
    feedback.add_argument("--limit", type=int, default=10)
    feedback.set_defaults(handler=_feedback)
    args = parser.parse_args(argv)
    return args.handler(args)


if __name__ == "__main__":
    raise SystemExit(main())
