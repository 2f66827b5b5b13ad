"""The records an occupation search goes through, and the filters of one search."""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.name_normalizer import Normalizer
from knowledge.records import CatalogJob, Degree, Duration, QianhaiOccupation, Severity


@dataclass(frozen=True)
class Entry:
    """One record of one list: a catalog job or a Qianhai occupation."""

    list_key: str
    record: CatalogJob | QianhaiOccupation


@dataclass(frozen=True)
class Criteria:
    """The filters of one call; None means no filter."""

    lists: frozenset[str] | None
    sector: frozenset[str] | None
    industry: frozenset[str] | None
    severity: Severity | None
    duration: Duration | None
    max_min_degree: Degree | None

    @property
    def needs_qianhai(self) -> bool:
        """Whether a filter applies to a field only Qianhai occupations have."""
        qianhai_filters = (self.industry, self.severity, self.duration, self.max_min_degree)
        return any(value is not None for value in qianhai_filters)

    def admits(self, entry: Entry, normalize: Normalizer) -> bool:
        """Whether the entry passes every filter."""
        if self.lists is not None and entry.list_key not in self.lists:
            return False
        record = entry.record
        if isinstance(record, CatalogJob):
            return not self.needs_qianhai and has_words(self.sector, record.sector, normalize)
        return self.sector is None and self._admits_occupation(record, normalize)

    def _admits_occupation(self, record: QianhaiOccupation, normalize: Normalizer) -> bool:
        return (
            has_words(self.industry, record.industry, normalize)
            and self.severity in (None, record.severity)
            and self.duration in (None, record.duration)
            and (self.max_min_degree is None or record.min_degree <= self.max_min_degree)
        )


def has_words(wanted: frozenset[str] | None, field: str, normalize: Normalizer) -> bool:
    """Whether the field contains all wanted words ("Financial" in "Financial industry")."""
    return wanted is None or wanted <= normalize.tokens(field)
