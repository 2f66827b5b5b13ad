"""Shanghai catalog verdicts: listed job, two years inclusive, documents, unknowns."""

from __future__ import annotations

import pytest

from knowledge.eligibility.service import catalog_verdict
from knowledge.eligibility.verdict import Outcome, Status
from knowledge.lookup import get_index
from knowledge.records import Degree

M = Degree.MASTER

CASES = [
    ("Actuary", 2, M, True, Outcome.ELIGIBLE),
    ("Actuary", 1.5, M, True, Outcome.NOT_ELIGIBLE),
    ("Chip Architect", 10, M, False, Outcome.NOT_ELIGIBLE),
    ("Chip Architect", 3, None, True, Outcome.UNDETERMINED),
    ("FPGA technican", 3, M, None, Outcome.UNDETERMINED),
    ("chef", 12, M, True, Outcome.NOT_ELIGIBLE),
    (None, 3, M, True, Outcome.UNDETERMINED),
]


@pytest.mark.parametrize(("job", "years", "degree", "certified", "outcome"), CASES)
def test_verdicts(kb, job, years, degree, certified, outcome):
    verdict = catalog_verdict(kb, get_index(), job, years, degree, certified)
    assert verdict.outcome is outcome


def test_criteria_and_their_sources(kb):
    verdict = catalog_verdict(kb, get_index(), "Actuary", 2, M, None)
    statuses = {c.name: c.status for c in verdict.criteria}
    assert statuses == {
        "job on the catalog": Status.MET,
        "experience": Status.MET,
        "educational qualifications": Status.MET,
        "employer certification": Status.UNKNOWN,
    }
    assert verdict.missing == ("employer_certification",)
    assert "Finance" in verdict.criteria[0].explanation
    assert all(c.provenance.doc == "shanghai_catalog" for c in verdict.criteria)


def test_the_stated_and_listed_counts_are_both_reported(kb):
    verdict = catalog_verdict(kb, get_index(), "Actuary", 2)
    assert "62" in verdict.notes[0] and "61" in verdict.notes[0]


def test_unknown_years_are_asked_for(kb):
    verdict = catalog_verdict(kb, get_index(), "Actuary", None, M, True)
    experience = next(c for c in verdict.criteria if c.name == "experience")
    assert experience.status is Status.UNKNOWN
    assert "at least 2" in experience.explanation
