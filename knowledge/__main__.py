"""Command-line tool over the knowledge base, for helpdesk staff and debugging.

    python -m knowledge totals
    python -m knowledge lookup "blockchian engineer" [--list qianhai] [--limit 5]
    python -m knowledge title --degree MSc --years 3 [--shanghai-years 1] [--category-c yes]
    python -m knowledge qianhai --occupation "AI engineer" --degree PhD --years "6 years"
    python -m knowledge catalog --job Actuary --years 2 [--degree MSc] [--certified yes]

Every command prints JSON.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from enum import Enum
from typing import Any

from knowledge.base import load_knowledge_base
from knowledge.eligibility.service import catalog_verdict, qianhai_verdict
from knowledge.eligibility.titles import check_titles
from knowledge.light import block_unused_libraries, read_degree, read_years
from knowledge.lookup import get_index
from knowledge.stats import totals


def main(argv: list[str] | None = None) -> int:
    """Run one command and print its JSON result; returns the exit code."""
    block_unused_libraries()
    args = _parser().parse_args(argv)
    kb = load_knowledge_base()
    result = args.handler(kb, args)
    json.dump(result, sys.stdout, indent=2, ensure_ascii=False, default=_to_json)
    sys.stdout.write("\n")
    return 0


def _to_json(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.name.lower() if isinstance(value, int) else value.value
    if dataclasses.is_dataclass(value):
        return {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}
    raise TypeError(f"cannot serialise {type(value).__name__}")


def _yes_no(text: str | None) -> bool | None:
    return None if text is None else text.strip().lower() in {"yes", "y", "true", "1"}


def _years(text: str | None) -> float | None:
    return None if text is None else read_years(text)


def _degree(text: str | None):
    return None if text is None else read_degree(text)


def _totals(kb, args) -> Any:
    return totals(kb)


def _lookup(kb, args) -> Any:
    lists = [args.list] if args.list else None
    return get_index().search(args.query, limit=args.limit, lists=lists)


def _title(kb, args) -> Any:
    return check_titles(
        kb.titles,
        _degree(args.degree),
        _years(args.years),
        _years(args.shanghai_years),
        _yes_no(args.science),
        _yes_no(args.category_c),
    )


def _qianhai(kb, args) -> Any:
    return qianhai_verdict(
        kb, get_index(), args.occupation, _degree(args.degree), _years(args.years)
    )


def _catalog(kb, args) -> Any:
    return catalog_verdict(
        kb, get_index(), args.job, _years(args.years), _degree(args.degree), _yes_no(args.certified)
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m knowledge",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(required=True)
    commands.add_parser(
        "totals", help="counts by list, sector, industry, severity, duration"
    ).set_defaults(handler=_totals)
    lookup = commands.add_parser("lookup", help="find a job or occupation by name")
    lookup.add_argument("query")
    lookup.add_argument("--list", choices=["shanghai_catalog", "qianhai"])
    lookup.add_argument("--limit", type=int, default=5)
    lookup.set_defaults(handler=_lookup)
    title = commands.add_parser("title", help="professional title levels for degree and years")
    title.add_argument("--degree")
    title.add_argument("--years")
    title.add_argument("--shanghai-years")
    title.add_argument("--science", help="yes/no: science or engineering degree")
    title.add_argument("--category-c", help="yes/no: holds a Category C qualification")
    title.set_defaults(handler=_title)
    qianhai = commands.add_parser("qianhai", help="check a Qianhai occupation's requirements")
    qianhai.add_argument("--occupation", required=True)
    qianhai.add_argument("--degree")
    qianhai.add_argument("--years")
    qianhai.set_defaults(handler=_qianhai)
    catalog = commands.add_parser("catalog", help="check the Shanghai catalog's requirements")
    catalog.add_argument("--job", required=True)
    catalog.add_argument("--years")
    catalog.add_argument("--degree")
    catalog.add_argument("--certified", help="yes/no: employer certifies the job")
    catalog.set_defaults(handler=_catalog)
    return parser


if __name__ == "__main__":
    raise SystemExit(main())
