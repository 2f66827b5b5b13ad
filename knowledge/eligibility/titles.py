"""Which professional title (Qianhai list 3.0, Category C) can a degree and years reach?

Routes are "at least N years" and inclusive. A route is met only by the degree it names
(a master's route is also open to a second bachelor's degree, as the text says). The
highest reachable level is the highest level with a met route. General conditions
(a year of related work in Shanghai, a science or engineering degree for engineering
titles, holding a Category C qualification) are reported separately and never assumed.
"""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.eligibility.verdict import (
    Criterion,
    Status,
    Verdict,
    combine,
    format_years,
)
from knowledge.records import Degree, TitleLevel, TitleRoute, TitleRules


@dataclass(frozen=True)
class LevelResult:
    """One title level: each route's criterion, and whether any route is met."""

    level: TitleLevel
    routes: tuple[Criterion, ...]

    @property
    def status(self) -> Status:
        """Met if any route is met, unknown if none is met but one is unknown."""
        statuses = {r.status for r in self.routes}
        if Status.MET in statuses:
            return Status.MET
        return Status.UNKNOWN if Status.UNKNOWN in statuses else Status.NOT_MET


@dataclass(frozen=True)
class TitleVerdict:
    """Highest reachable level, every level's routes and the general conditions."""

    highest_level: TitleLevel | None
    levels: tuple[LevelResult, ...]
    verdict: Verdict


def check_titles(
    rules: TitleRules,
    degree: Degree | None,
    years: float | None,
    years_in_shanghai: float | None = None,
    science_or_engineering_degree: bool | None = None,
    holds_category_c: bool | None = None,
) -> TitleVerdict:
    """Evaluate every title level for this degree and years of related experience."""
    levels = tuple(
        LevelResult(
            level, tuple(_route_criterion(r, degree, years) for r in rules.routes_for(level))
        )
        for level in TitleLevel
    )
    reached = [lr.level for lr in levels if lr.status is Status.MET]
    highest = max(reached) if reached else None
    conditions = _general_conditions(rules, years_in_shanghai, holds_category_c)
    level_criterion = _level_criterion(rules, highest, degree, years)
    criteria = (level_criterion, *conditions)
    missing = tuple(
        name
        for name, value in (
            ("degree", degree),
            ("years", years),
            ("years_in_shanghai", years_in_shanghai),
            ("category_c", holds_category_c),
        )
        if value is None
    )
    verdict = Verdict(
        subject="Professional title (Category C route)",
        outcome=combine(criteria),
        criteria=criteria,
        missing=missing,
        notes=_notes(rules, science_or_engineering_degree),
    )
    return TitleVerdict(highest_level=highest, levels=levels, verdict=verdict)


def _route_criterion(route: TitleRoute, degree: Degree | None, years: float | None) -> Criterion:
    names = " or ".join(d.label for d in route.degrees)
    needs = f"{names} with at least {format_years(route.min_years)}" if route.min_years else names
    if degree is None or (years is None and route.min_years > 0):
        status, why = Status.UNKNOWN, f"Needs a {needs}; I don't know your degree or years yet."
    elif degree not in route.degrees:
        status, why = Status.NOT_MET, f"This route is for a {names}."
    elif route.min_years and years < route.min_years:
        short = route.min_years - years
        status, why = Status.NOT_MET, f"Needs {format_years(short)} more of related experience."
    else:
        status, why = Status.MET, f"Your {degree.label} meets this route ({needs})."
    return Criterion(route.level.label, status, why, route.text, route.provenance)


def _level_criterion(
    rules: TitleRules, highest: TitleLevel | None, degree: Degree | None, years: float | None
) -> Criterion:
    provenance = rules.routes[0].provenance
    rule = "Education and experience requirements per title level"
    if highest is not None:
        return Criterion(
            "degree and experience",
            Status.MET,
            f"Highest level reachable: {highest.label}.",
            rule,
            provenance,
        )
    if degree is None or years is None:
        return Criterion(
            "degree and experience",
            Status.UNKNOWN,
            "I need your degree and years of related experience.",
            rule,
            provenance,
        )
    return Criterion(
        "degree and experience",
        Status.NOT_MET,
        "No title route is met yet with this degree and experience.",
        rule,
        provenance,
    )


def _general_conditions(
    rules: TitleRules,
    years_in_shanghai: float | None,
    holds_category_c: bool | None,
) -> tuple[Criterion, ...]:
    facts = {f.key: f for f in rules.general_conditions}
    category_c = next(f for f in rules.facts if f.key == "category_c")
    shanghai = facts["shanghai_experience"]
    if years_in_shanghai is None:
        status, why = Status.UNKNOWN, "I need your years of related work in Shanghai (at least 1)."
    elif years_in_shanghai >= 1:
        status, why = Status.MET, f"{format_years(years_in_shanghai)} in Shanghai is at least 1."
    else:
        status, why = Status.NOT_MET, "At least one year of related work in Shanghai is required."
    criteria = [Criterion("work in Shanghai", status, why, shanghai.text, shanghai.provenance)]
    if holds_category_c is None:
        c_status, c_why = Status.UNKNOWN, "Do you hold a Category C qualification on the 3.0 list?"
    elif holds_category_c:
        c_status, c_why = Status.MET, "You hold a Category C qualification."
    else:
        c_status, c_why = Status.NOT_MET, "This route is for Category C qualification holders."
    criteria.append(
        Criterion(
            "Category C qualification", c_status, c_why, category_c.text, category_c.provenance
        )
    )
    return tuple(criteria)


def _notes(rules: TitleRules, science_or_engineering_degree: bool | None) -> tuple[str, ...]:
    facts = {f.key: f for f in rules.general_conditions}
    field_rule = facts["science_engineering_degree"].text
    if science_or_engineering_degree is True:
        field_note = (
            f"Your science or engineering degree keeps engineering titles open. ({field_rule})"
        )
    elif science_or_engineering_degree is False:
        field_note = (
            f"Without a science or engineering degree, engineering and technical titles are "
            f"closed to you; the text sets no such condition for other series. ({field_rule})"
        )
    else:
        field_note = field_rule
    return (field_note, facts["public_institution_recommendation"].text)
