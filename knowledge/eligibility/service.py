"""Eligibility checks that start from free-text names: resolve the name, then apply the rule."""

from __future__ import annotations

from knowledge.eligibility import qianhai, shanghai_catalog
from knowledge.eligibility.verdict import Verdict
from knowledge.lookup import OccupationIndex
from knowledge.records import CatalogJob, Degree, KnowledgeBase, QianhaiOccupation


def qianhai_verdict(
    kb: KnowledgeBase,
    index: OccupationIndex,
    occupation: str | None,
    degree: Degree | None,
    years: float | None,
) -> Verdict:
    """Verdict for a Qianhai occupation named in free text (or not yet named)."""
    record = (
        None
        if occupation is None
        else _first_record(index, occupation, "qianhai", QianhaiOccupation)
    )
    return qianhai.check_occupation(kb.qianhai, record, occupation, degree, years)


def catalog_verdict(
    kb: KnowledgeBase,
    index: OccupationIndex,
    job: str | None,
    years: float | None,
    degree: Degree | None = None,
    employer_certifies: bool | None = None,
) -> Verdict:
    """Verdict for a job of the Shanghai catalog named in free text (or not yet named)."""
    record = None
    if job is not None:
        record = _first_record(index, job, "shanghai_catalog", CatalogJob)
    return shanghai_catalog.check_catalog_job(
        kb.catalog, record, job, years, degree, employer_certifies
    )


def _first_record(index: OccupationIndex, query: str, list_key: str, kind: type):
    match = index.best(query, lists=[list_key])
    if match is None:
        return None
    return next((e.record for e in match.entries if isinstance(e.record, kind)), None)
