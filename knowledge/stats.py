"""Totals computed from the extracted records, next to the totals the documents state."""

from __future__ import annotations

from collections import Counter
from typing import Any

from knowledge.records import KnowledgeBase


def totals(kb: KnowledgeBase) -> dict[str, Any]:
    """Counts by list, sector, industry, severity and duration, with the stated figures."""
    occupations = kb.qianhai.occupations
    first = kb.qualification_list("first")
    return {
        "shanghai_catalog": {
            "listed": kb.catalog.listed_job_count,
            "stated": kb.catalog.stated_job_count,
            "by_sector": dict(Counter(job.sector for job in kb.catalog.jobs)),
        },
        "shanghai_qualifications_first": {
            "stated_total": first.stated_total,
            "by_category": {c.letter: c.count for c in first.categories},
        },
        "shanghai_qualifications_3": {
            "categories": [c.letter for c in kb.qualification_list("3.0").categories],
        },
        "professional_titles": {"routes": len(kb.titles.routes)},
        "six_city_pilot": {"cities": [c.name for c in kb.pilot.cities]},
        "qianhai": {
            "total": len(occupations),
            "by_orientation": dict(Counter(o.orientation for o in occupations)),
            "by_industry": dict(Counter(o.industry for o in occupations)),
            "by_severity": dict(Counter(o.severity.value for o in occupations)),
            "by_duration": dict(Counter(o.duration.value for o in occupations)),
            "by_min_degree": dict(Counter(o.min_degree.label for o in occupations)),
            "stated": kb.qianhai.stated_totals,
        },
    }
