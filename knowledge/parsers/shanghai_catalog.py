"""Parser for the Shanghai catalog of jobs for urgently needed foreign talent (shanghai_catalog).

The text lists one paragraph of comma-separated jobs per sector, in the order the introduction
names the sectors. Two sector headings (biomedicine, finance) are missing from the text, so
paragraphs are matched to sectors by position and each job records whether its heading is there.
"""

from __future__ import annotations

from knowledge.parsers.text import Line, SourceText, split_series, split_top_level, strip_bullet
from knowledge.records import CatalogJob, Fact, ShanghaiCatalog

DOC = "shanghai_catalog"
SCOPE_PATTERN = r"concerns (\d+) jobs covering [^,]+, namely (.+)\."
REQUIREMENTS_HEADING = r"^The certification documents required:$"
REQUIREMENTS_SECTION = "The certification documents required"
REQUIREMENT_KEYS = {
    "education_experience": r"^Educational qualifications",
    "employer_certification": r"issued by the employer$",
}


def parse(text: str) -> ShanghaiCatalog:
    """Parse the catalog: sectors, jobs by sector, certification documents and general facts."""
    source = SourceText(DOC, text)
    scope_line, scope = source.match(SCOPE_PATTERN)
    sectors = tuple(_sector_name(item) for item in split_series(scope.group(2)))
    return ShanghaiCatalog(
        jobs=_jobs(source, sectors),
        sectors=sectors,
        stated_job_count=int(scope.group(1)),
        requirements=_requirements(source),
        facts=_facts(source),
        provenance=source.provenance("Catalog scope", scope_line),
    )


def _sector_name(item: str) -> str:
    """Sector name as a heading: first letter capitalised, the rest as written."""
    return item[0].upper() + item[1:]


def _bullets(source: SourceText) -> tuple[Line, ...]:
    """The bullet lines of the certification-documents block."""
    block = source.block(REQUIREMENTS_HEADING, lambda line: line.text.endswith(":"))
    return tuple(line for line in block if line.text.startswith("•"))


def _requirements(source: SourceText) -> tuple[Fact, ...]:
    """The certification documents required, one fact per bullet, keyed by keyword."""
    bullets = _bullets(source)
    if len(bullets) != len(REQUIREMENT_KEYS):
        raise ValueError(f"{DOC}: expected {len(REQUIREMENT_KEYS)} bullets, got {len(bullets)}")
    return source.keyed_facts(REQUIREMENTS_SECTION, _stripped(bullets), REQUIREMENT_KEYS)


def _stripped(lines: tuple[Line, ...]) -> tuple[Line, ...]:
    """The lines without their bullet marks, so patterns can anchor on the text."""
    return tuple(Line(line.number, strip_bullet(line.text)) for line in lines)


def _jobs(source: SourceText, sectors: tuple[str, ...]) -> tuple[CatalogJob, ...]:
    """Jobs of every paragraph after the certification documents, sector by position."""
    start = _bullets(source)[-1].number
    headings: list[str] = []
    jobs: list[CatalogJob] = []
    paragraphs = 0
    for line in source.lines[start:]:
        if not line.text:
            continue
        if line.text.endswith(":"):
            headings.append(line.text[:-1])
            continue
        if paragraphs >= len(sectors):
            raise ValueError(f"{DOC}: more job paragraphs than sectors (line {line.number})")
        jobs.extend(_paragraph_jobs(source, line, sectors[paragraphs], headings))
        paragraphs += 1
        headings = []
    if paragraphs != len(sectors):
        raise ValueError(f"{DOC}: {paragraphs} job paragraphs for {len(sectors)} sectors")
    return tuple(jobs)


def _paragraph_jobs(
    source: SourceText, line: Line, sector: str, headings: list[str]
) -> list[CatalogJob]:
    """The jobs of one paragraph; the heading just above it, if any, must name the sector."""
    if any(h.lower() != sector.lower() for h in headings):
        raise ValueError(f"{DOC}: heading {headings} does not match sector {sector!r}")
    in_text = bool(headings)
    section = f"Catalog: {sector}" + ("" if in_text else " (heading missing; sector by position)")
    provenance = source.provenance(section, line)
    return [
        CatalogJob(name=name, sector=sector, sector_heading_in_text=in_text, provenance=provenance)
        for name in split_top_level(line.text)
    ]


def _facts(source: SourceText) -> tuple[Fact, ...]:
    """Who notified the catalog, for what purpose, and its stated scope."""
    return (
        source.match_fact("issuers", "Introduction", r"notified by (the General Office .+?), in"),
        source.sentence_fact("purpose", "Introduction", r"pilot accreditation standards"),
        source.sentence_fact("scope", "Catalog scope", SCOPE_PATTERN),
    )
