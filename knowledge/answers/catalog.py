"""Answers on the Shanghai catalog of jobs for urgently needed foreign talent.

The catalog states 62 jobs but lists 61, and two of its sector headings are missing from the
text (the parser assigns those jobs by position): answers say both plainly.
"""

from __future__ import annotations

from knowledge.answers.common import (
    Answer,
    bullet_list,
    closest_name,
    count_of,
    name_list,
    provenances,
    series,
)
from knowledge.eligibility.shanghai_catalog import required_years
from knowledge.records import CatalogJob, Fact, KnowledgeBase


def sectors(kb: KnowledgeBase, sector: str | None = None) -> Answer:
    """The sectors with their job counts, or the jobs of one sector (fuzzy-matched name)."""
    if sector is None:
        return _all_sectors(kb)
    name = closest_name(kb, sector, kb.catalog.sectors)
    if name is None:
        return _no_such_sector(kb, sector)
    return _sector_jobs(kb, name)


def requirements(kb: KnowledgeBase) -> Answer:
    """The certification documents the catalog requires, with the experience boundary."""
    catalog = kb.catalog
    lines = [f"For the {_short(kb)}, the certification documents required are:"]
    lines += _requirement_lines(catalog.requirements)
    lines.append(_count_line(kb))
    return Answer("\n".join(lines), provenances([*catalog.requirements, catalog]))


def count(kb: KnowledgeBase) -> Answer:
    """How many jobs the catalog states and how many it lists."""
    catalog = kb.catalog
    counts = [f"{name} {n}" for name, n in _sector_counts(kb).items()]
    lines = [
        _count_line(kb),
        f"By sector: {series(counts)}.",
        "The text does not say which job is missing, so I cannot tell you.",
    ]
    return Answer("\n".join(lines), provenances([catalog, *_first_job_per_sector(kb)]))


def job_requirements(kb: KnowledgeBase, job: CatalogJob) -> Answer:
    """What the catalog asks of someone in one of its jobs: its general requirements."""
    lines = [
        f"{job.name} is on the {_short(kb)}, sector {job.sector}{_heading_note(job)}.",
        "The catalog sets the same requirements for all its jobs:",
        *_requirement_lines(kb.catalog.requirements),
    ]
    return Answer("\n".join(lines), provenances([job, *kb.catalog.requirements]))


# --- Helpers ---------------------------------------------------------------------------


def _short(kb: KnowledgeBase) -> str:
    return kb.sources[kb.catalog.provenance.doc].short


def _sector_counts(kb: KnowledgeBase) -> dict[str, int]:
    return {s: sum(1 for job in kb.catalog.jobs if job.sector == s) for s in kb.catalog.sectors}


def _first_job_per_sector(kb: KnowledgeBase) -> list[CatalogJob]:
    """One job of each sector, to cite the sector's paragraph."""
    return [next(job for job in kb.catalog.jobs if job.sector == s) for s in kb.catalog.sectors]


def _heading_note(job: CatalogJob) -> str:
    if job.sector_heading_in_text:
        return ""
    return " (this heading is missing from the text; I placed the jobs by their position)"


def _count_line(kb: KnowledgeBase) -> str:
    catalog = kb.catalog
    if catalog.stated_job_count == catalog.listed_job_count:
        return f"The catalog lists {catalog.listed_job_count} jobs."
    return (
        f"The catalog says it covers {catalog.stated_job_count} jobs, but its text lists only "
        f"{catalog.listed_job_count}."
    )


def _requirement_lines(facts: tuple[Fact, ...]) -> list[str]:
    """The requirements as bullets, with the inclusive reading of "at least N years"."""
    education = next(fact for fact in facts if fact.key == "education_experience")
    years = required_years(education)
    return [
        bullet_list([fact.text for fact in facts]),
        f'"At least {years} years" includes exactly {years} years. The catalog names no '
        "minimum degree level.",
    ]


def _all_sectors(kb: KnowledgeBase) -> Answer:
    missing = [job.sector for job in _first_job_per_sector(kb) if not job.sector_heading_in_text]
    lines = [f"The {_short(kb)} has {len(kb.catalog.sectors)} sectors:"]
    lines.append(bullet_list([f"{s}: {count_of(n, 'job')}" for s, n in _sector_counts(kb).items()]))
    if missing:
        lines.append(
            f"The text has no heading for {series(missing)}; I assigned those jobs by their "
            "position, in the order the catalog names its sectors."
        )
    lines.append(_count_line(kb))
    return Answer("\n".join(lines), provenances([kb.catalog, *_first_job_per_sector(kb)]))


def _no_such_sector(kb: KnowledgeBase, sector: str) -> Answer:
    text = (
        f'The {_short(kb)} has no sector I can match to "{sector}". '
        f"Its sectors are {series(kb.catalog.sectors)}."
    )
    return Answer(text, (kb.catalog.provenance,))


def _sector_jobs(kb: KnowledgeBase, sector: str) -> Answer:
    jobs = [job for job in kb.catalog.jobs if job.sector == sector]
    lines = [
        f"{sector} in the {_short(kb)}{_heading_note(jobs[0])}: {count_of(len(jobs), 'job')}.",
        f"{name_list([job.name for job in jobs])}.",
    ]
    return Answer("\n".join(lines), provenances(jobs))
