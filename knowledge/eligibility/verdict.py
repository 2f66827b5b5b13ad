"""Verdict types shared by every eligibility rule."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from knowledge.records import Provenance


class Status(str, Enum):
    """Outcome of one criterion."""

    MET = "met"
    NOT_MET = "not met"
    UNKNOWN = "unknown"


class Outcome(str, Enum):
    """Outcome of a whole check."""

    ELIGIBLE = "eligible"
    NOT_ELIGIBLE = "not eligible"
    UNDETERMINED = "undetermined"


@dataclass(frozen=True)
class Criterion:
    """One criterion: its status, why, the rule applied and where the rule comes from."""

    name: str
    status: Status
    explanation: str
    rule: str
    provenance: Provenance


@dataclass(frozen=True)
class Verdict:
    """The result of an eligibility check.

    ``missing`` names the inputs still needed (e.g. ``degree``, ``years``) to settle the
    unknown criteria; ``notes`` carry caveats such as the "more than N years" boundary.
    """

    subject: str
    outcome: Outcome
    criteria: tuple[Criterion, ...]
    missing: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()


def combine(criteria: tuple[Criterion, ...]) -> Outcome:
    """Not eligible if any criterion fails; undetermined if any is unknown; else eligible."""
    statuses = {c.status for c in criteria}
    if Status.NOT_MET in statuses:
        return Outcome.NOT_ELIGIBLE
    if Status.UNKNOWN in statuses:
        return Outcome.UNDETERMINED
    return Outcome.ELIGIBLE


def format_years(years: float) -> str:
    """``6`` -> ``6 years``, ``1`` -> ``1 year``, ``3.5`` -> ``3.5 years``."""
    shown = f"{years:g}"
    return f"{shown} year" if shown == "1" else f"{shown} years"
