"""Typed records extracted from the source documents, each with its provenance."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum, IntEnum


@dataclass(frozen=True)
class Source:
    """One source document, as listed in ``sources/index.yml``."""

    key: str
    file: str
    title: str
    short: str
    issuer: str
    version: str
    topic: str
    chinese_version_prevails: bool


@dataclass(frozen=True)
class Provenance:
    """Where a record comes from: document key, section and, where there is one, table and row."""

    doc: str
    section: str
    table: str | None = None
    row: int | None = None
    line: int | None = None

    def describe(self) -> str:
        """Short human-readable location, e.g. ``Table 1, row 6`` (a numbered table's row
        needs no section) or the section name."""
        parts = [] if self.table and self.row is not None else [self.section]
        if self.table:
            parts.append(self.table)
        if self.row is not None:
            parts.append(f"row {self.row}")
        return ", ".join(parts)


@dataclass(frozen=True)
class Fact:
    """A statement the bot may repeat, verbatim or nearly so, from a source."""

    key: str
    text: str
    provenance: Provenance


class Degree(IntEnum):
    """Degrees named by the sources. Order is bachelor < second bachelor < master < doctor."""

    BACHELOR = 1
    SECOND_BACHELOR = 2
    MASTER = 3
    DOCTOR = 4

    @property
    def label(self) -> str:
        """Plain-language name of the degree."""
        return {
            Degree.BACHELOR: "bachelor's degree",
            Degree.SECOND_BACHELOR: "second bachelor's degree",
            Degree.MASTER: "master's degree",
            Degree.DOCTOR: "doctoral degree",
        }[self]


# --- Shanghai catalog of urgently needed jobs -------------------------------------------


@dataclass(frozen=True)
class CatalogJob:
    """One job title listed in the Shanghai catalog."""

    name: str
    sector: str
    sector_heading_in_text: bool
    provenance: Provenance


@dataclass(frozen=True)
class ShanghaiCatalog:
    """The Shanghai catalog: jobs by sector, general requirements and the stated total."""

    jobs: tuple[CatalogJob, ...]
    sectors: tuple[str, ...]
    stated_job_count: int
    requirements: tuple[Fact, ...]
    facts: tuple[Fact, ...]
    provenance: Provenance

    @property
    def listed_job_count(self) -> int:
        """How many jobs the text actually lists."""
        return len(self.jobs)


# --- Shanghai list of recognized overseas occupational qualifications ------------------


@dataclass(frozen=True)
class QualificationCategory:
    """A category (A, B, C or D) of one version of the Shanghai qualification list."""

    letter: str
    summary: str
    count: int | None
    services: tuple[Fact, ...]
    examples: tuple[str, ...]
    provenance: Provenance


@dataclass(frozen=True)
class QualificationList:
    """One version of the Shanghai List of Recognized Overseas Occupational Qualifications."""

    version: str
    doc: str
    is_current: bool
    stated_total: int | None
    categories: tuple[QualificationCategory, ...]
    facts: tuple[Fact, ...]

    def category(self, letter: str) -> QualificationCategory | None:
        """The category with this letter, or None if this version has none."""
        return next((c for c in self.categories if c.letter == letter.upper()), None)


# --- Professional titles (qualification list 3.0, Category C) -------------------------


class TitleLevel(IntEnum):
    """Professional-title levels open to Category C holders, lowest first."""

    JUNIOR = 1
    INTERMEDIATE = 2
    ASSOCIATE_SENIOR = 3

    @property
    def label(self) -> str:
        """Plain-language name of the level."""
        return self.name.lower().replace("_", " ")


@dataclass(frozen=True)
class TitleRoute:
    """One degree-plus-years route to a title level ("at least N years" is inclusive)."""

    level: TitleLevel
    degrees: tuple[Degree, ...]
    min_years: int
    text: str
    provenance: Provenance


@dataclass(frozen=True)
class TitleRules:
    """Everything the 3.0 notice says about the professional-title route."""

    routes: tuple[TitleRoute, ...]
    basic_requirements: tuple[Fact, ...]
    general_conditions: tuple[Fact, ...]
    steps: tuple[Fact, ...]
    upload_site_name: str
    upload_url: str
    facts: tuple[Fact, ...]

    def routes_for(self, level: TitleLevel) -> tuple[TitleRoute, ...]:
        """Routes to one level, in the order the text gives them."""
        return tuple(r for r in self.routes if r.level == level)

    @property
    def upload_step(self) -> Fact:
        """The step that names the site where the documents are uploaded."""
        return next(step for step in self.steps if self.upload_url in step.text)


# --- Six-city pilot --------------------------------------------------------------------


@dataclass(frozen=True)
class PilotCity:
    """A city of the six-city pilot and its tier as the article names it."""

    name: str
    tier: str
    provenance: Provenance


@dataclass(frozen=True)
class SixCityPilot:
    """The six-city pilot for recognising high-end and urgently needed foreign talent."""

    cities: tuple[PilotCity, ...]
    start_date: str
    duration_years: int
    high_end_kinds: tuple[Fact, ...]
    achievements: tuple[Fact, ...]
    urgent_fields: tuple[Fact, ...]
    facts: tuple[Fact, ...]


# --- Qianhai list of high-demand occupations -------------------------------------------


class Duration(str, Enum):
    """How long the demand stays high, as the Qianhai tables put it."""

    LONG = "long term (>3 years)"
    SHORT = "short term (1-3 years)"
    NEAR = "near future (<1 year)"


class Severity(str, Enum):
    """Severity of short supply, as the Qianhai tables put it."""

    EXTREMELY = "extremely short supply"
    RELATIVELY = "relatively short supply"
    MODERATELY = "moderately short supply"


@dataclass(frozen=True)
class QianhaiOccupation:
    """One row of Table 1 (demand-oriented) or Table 2 (strategy-oriented)."""

    number: int
    name: str
    orientation: str
    industry: str
    competencies: tuple[str, ...]
    specialties: str
    min_degree: Degree
    preferred_degree: str | None
    education_text: str
    min_years_exclusive: int
    experience_text: str
    duration: Duration
    severity: Severity
    provenance: Provenance


@dataclass(frozen=True)
class QianhaiList:
    """The Qianhai list: its 50 occupations, the report's stated totals and its facts."""

    occupations: tuple[QianhaiOccupation, ...]
    stated_totals: dict[str, int] = field(default_factory=dict)
    facts: tuple[Fact, ...] = ()


@dataclass(frozen=True)
class KnowledgeBase:
    """Everything the assistant knows, with the index of its sources."""

    sources: dict[str, Source]
    catalog: ShanghaiCatalog
    qualification_lists: tuple[QualificationList, ...]
    titles: TitleRules
    pilot: SixCityPilot
    qianhai: QianhaiList

    def qualification_list(self, version: str | None = None) -> QualificationList:
        """The list of this version, or the current one when version is None."""
        if version is None:
            return next(q for q in self.qualification_lists if q.is_current)
        return next(q for q in self.qualification_lists if q.version == version)
