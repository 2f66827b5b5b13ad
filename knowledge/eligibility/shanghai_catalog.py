"""Does a job and experience fit the Shanghai catalog of urgently needed jobs?

The catalog asks for educational qualifications, at least two years' related work
experience (inclusive) and the employer's certification of the job. The job itself must be
one of the jobs the catalog lists (61 listed although the text states 62).
"""

from __future__ import annotations

import re

from knowledge.eligibility.verdict import Criterion, Status, Verdict, combine, format_years
from knowledge.parsers.text import parse_count
from knowledge.records import CatalogJob, Degree, Fact, ShanghaiCatalog


def required_years(requirement: Fact) -> int:
    """The minimum years stated in the education-and-experience requirement ("at least two")."""
    match = re.search(r"at least (\w+) years?", requirement.text)
    if match is None:
        raise ValueError(f"no 'at least N years' in: {requirement.text}")
    return parse_count(match.group(1))


def check_catalog_job(
    catalog: ShanghaiCatalog,
    job: CatalogJob | None,
    query: str | None,
    years: float | None,
    degree: Degree | None = None,
    employer_certifies: bool | None = None,
) -> Verdict:
    """Verdict for a job (``None`` when ``query`` matched no listed job) and experience."""
    requirements = {f.key: f for f in catalog.requirements}
    education = requirements["education_experience"]
    certification = requirements["employer_certification"]
    criteria = (
        _job_criterion(catalog, job, query),
        _years_criterion(education, years),
        _degree_criterion(education, degree),
        _certification_criterion(certification, employer_certifies),
    )
    missing = tuple(
        name
        for name, value in (
            ("occupation", query),
            ("years", years),
            ("degree", degree),
            ("employer_certification", employer_certifies),
        )
        if value is None
    )
    subject = job.name if job else (query or "a job")
    return Verdict(
        subject=f"{subject} (Shanghai catalog)",
        outcome=combine(criteria),
        criteria=criteria,
        missing=missing,
        notes=(_count_note(catalog),),
    )


def _job_criterion(
    catalog: ShanghaiCatalog, job: CatalogJob | None, query: str | None
) -> Criterion:
    rule = f"The catalog lists jobs in {len(catalog.sectors)} sectors."
    if job is not None:
        return Criterion(
            "job on the catalog",
            Status.MET,
            f"{job.name} is listed under {job.sector}.",
            rule,
            job.provenance,
        )
    if query is None:
        return Criterion(
            "job on the catalog", Status.UNKNOWN, "I need your job title.", rule, catalog.provenance
        )
    return Criterion(
        "job on the catalog",
        Status.NOT_MET,
        f'"{query}" is not among the jobs the catalog lists.',
        rule,
        catalog.provenance,
    )


def _years_criterion(requirement: Fact, years: float | None) -> Criterion:
    minimum = required_years(requirement)
    if years is None:
        status, why = Status.UNKNOWN, f"I need your years of related work (at least {minimum})."
    elif years >= minimum:
        status, why = Status.MET, f"{format_years(years)} is at least the {minimum} years required."
    else:
        short = minimum - years
        more = f"{short:g} more year{'' if short == 1 else 's'}"
        status, why = (
            Status.NOT_MET,
            f"{format_years(years)} is short of the {minimum} years required: {more} needed.",
        )
    return Criterion("experience", status, why, requirement.text, requirement.provenance)


def _degree_criterion(requirement: Fact, degree: Degree | None) -> Criterion:
    if degree is None:
        status, why = (
            Status.UNKNOWN,
            "Educational qualifications are required: what is your degree?",
        )
    else:
        status, why = (
            Status.MET,
            (
                f"Your {degree.label} is an educational qualification; the "
                "catalog sets no minimum level."
            ),
        )
    return Criterion(
        "educational qualifications", status, why, requirement.text, requirement.provenance
    )


def _certification_criterion(requirement: Fact, employer_certifies: bool | None) -> Criterion:
    if employer_certifies is None:
        status, why = Status.UNKNOWN, "Will your employer issue the certification of the job?"
    elif employer_certifies:
        status, why = Status.MET, "Your employer will certify the job."
    else:
        status, why = Status.NOT_MET, "The employer's certification of the job is required."
    return Criterion(
        "employer certification", status, why, requirement.text, requirement.provenance
    )


def _count_note(catalog: ShanghaiCatalog) -> str:
    return (
        f"The catalog says it covers {catalog.stated_job_count} jobs but lists "
        f"{catalog.listed_job_count}; a job missing from the text cannot be confirmed."
    )
