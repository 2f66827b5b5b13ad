"""Qianhai occupation verdicts: degree order, the literal "more than N years", unknowns."""

from __future__ import annotations

import pytest

from knowledge.eligibility.service import qianhai_verdict
from knowledge.eligibility.verdict import Outcome, Status
from knowledge.lookup import get_index
from knowledge.records import Degree

B, B2, M, D = Degree.BACHELOR, Degree.SECOND_BACHELOR, Degree.MASTER, Degree.DOCTOR

CASES = [
    # occupation, degree, years, outcome, degree status, years status
    ("AI engineer", M, 6, Outcome.ELIGIBLE, Status.MET, Status.MET),
    ("AI engineer", D, 5.5, Outcome.ELIGIBLE, Status.MET, Status.MET),
    ("AI engineer", M, 5, Outcome.NOT_ELIGIBLE, Status.MET, Status.NOT_MET),
    ("AI engineer", B, 8, Outcome.NOT_ELIGIBLE, Status.NOT_MET, Status.MET),
    ("AI engineer", B2, 8, Outcome.NOT_ELIGIBLE, Status.NOT_MET, Status.MET),
    ("Financial technology specialist", M, 9, Outcome.NOT_ELIGIBLE, Status.NOT_MET, Status.MET),
    ("Financial technology specialist", D, 6, Outcome.ELIGIBLE, Status.MET, Status.MET),
    ("AI trainer", B, 3.5, Outcome.ELIGIBLE, Status.MET, Status.MET),
    ("AI trainer", B, 3, Outcome.NOT_ELIGIBLE, Status.MET, Status.NOT_MET),
    (
        "Executive in charge of technological innovation",
        D,
        10,
        Outcome.NOT_ELIGIBLE,
        Status.MET,
        Status.NOT_MET,
    ),
    (
        "Executive in charge of technological innovation",
        M,
        11,
        Outcome.ELIGIBLE,
        Status.MET,
        Status.MET,
    ),
    ("Remuneration design specialist", B, 1.5, Outcome.ELIGIBLE, Status.MET, Status.MET),
    ("AI engineer", None, 6, Outcome.UNDETERMINED, Status.UNKNOWN, Status.MET),
    ("AI engineer", M, None, Outcome.UNDETERMINED, Status.MET, Status.UNKNOWN),
    ("AI engineer", B, None, Outcome.NOT_ELIGIBLE, Status.NOT_MET, Status.UNKNOWN),
]


@pytest.mark.parametrize(("name", "degree", "years", "outcome", "degree_s", "years_s"), CASES)
def test_verdicts(kb, name, degree, years, outcome, degree_s, years_s):
    verdict = qianhai_verdict(kb, get_index(), name, degree, years)
    statuses = {c.name: c.status for c in verdict.criteria}
    assert statuses == {
        "occupation on the list": Status.MET,
        "degree": degree_s,
        "experience": years_s,
    }
    assert verdict.outcome is outcome


def test_exactly_n_years_is_explained_not_silently_passed(kb):
    verdict = qianhai_verdict(kb, get_index(), "AI engineer", M, 5)
    experience = next(c for c in verdict.criteria if c.name == "experience")
    assert "exactly 5" in experience.explanation
    assert "more than" in experience.rule.lower()
    assert any("Boundary" in note for note in verdict.notes)


def test_each_criterion_cites_its_table_row(kb):
    verdict = qianhai_verdict(kb, get_index(), "AI engineer", M, 6)
    for criterion in verdict.criteria:
        assert criterion.provenance.doc == "qianhai"
        assert (criterion.provenance.table, criterion.provenance.row) == ("Table 1", 6)


def test_preferred_degree_is_a_note_not_a_requirement(kb):
    verdict = qianhai_verdict(kb, get_index(), "AI engineer", M, 6)
    assert any("Preferred, not required" in note for note in verdict.notes)


def test_occupation_not_on_list(kb):
    verdict = qianhai_verdict(kb, get_index(), "chef", M, 6)
    assert verdict.outcome is Outcome.NOT_ELIGIBLE
    assert verdict.criteria[0].status is Status.NOT_MET


def test_unknown_occupation_is_asked_for(kb):
    verdict = qianhai_verdict(kb, get_index(), None, M, 6)
    assert verdict.outcome is Outcome.UNDETERMINED
    assert verdict.missing == ("occupation",)


def test_the_list_condition_is_quoted_from_the_source(kb):
    verdict = qianhai_verdict(kb, get_index(), "AI engineer", M, 6)
    benefit = next(f for f in kb.qianhai.facts if f.key == "list_benefit")
    assert any(benefit.text in note for note in verdict.notes)
    assert "credit points assessment" in benefit.text


@pytest.mark.parametrize(
    ("years", "explanation"),
    [
        (4, "4 years is not more than 5 years, as the list requires."),
        (6, "6 years is more than 5 years, as the list requires."),
    ],
)
def test_experience_is_explained_with_the_lists_own_words(kb, years, explanation):
    verdict = qianhai_verdict(kb, get_index(), "AI engineer", M, years)
    experience = next(c for c in verdict.criteria if c.name == "experience")
    assert experience.explanation == explanation
