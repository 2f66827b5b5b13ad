"""Professional-title routes at every boundary, and unknown inputs."""

from __future__ import annotations

import pytest

from knowledge.eligibility.titles import check_titles
from knowledge.eligibility.verdict import Outcome, Status
from knowledge.records import Degree, TitleLevel

B, B2, M, D = Degree.BACHELOR, Degree.SECOND_BACHELOR, Degree.MASTER, Degree.DOCTOR
J, MID, S = TitleLevel.JUNIOR, TitleLevel.INTERMEDIATE, TitleLevel.ASSOCIATE_SENIOR

BOUNDARIES = [
    (B, 0, None),
    (B, 0.5, None),
    (B, 1, J),
    (B, 4, J),
    (B, 4.9, J),
    (B, 5, MID),
    (B, 9, MID),
    (B, 10, S),
    (B, 25, S),
    (M, 0, J),
    (M, 1, J),
    (M, 2, MID),
    (M, 6.5, MID),
    (M, 7, S),
    (B2, 0, J),
    (B2, 2, MID),
    (B2, 7, S),
    (D, 0, MID),
    (D, 1.9, MID),
    (D, 2, S),
]


@pytest.mark.parametrize(("degree", "years", "expected"), BOUNDARIES)
def test_highest_level_at_each_boundary(kb, degree, years, expected):
    result = check_titles(kb.titles, degree, years)
    assert result.highest_level == expected


def test_each_level_names_the_route_met_or_what_is_missing(kb):
    result = check_titles(kb.titles, B, 4)
    by_level = {lr.level: lr for lr in result.levels}
    assert by_level[J].status is Status.MET
    assert by_level[MID].status is Status.NOT_MET
    bachelor_route = next(c for c in by_level[MID].routes if "Bachelor" in c.rule)
    assert "1 year more" in bachelor_route.explanation
    assert bachelor_route.provenance.doc == "shanghai_qualifications_3"


def test_missing_degree_and_years_are_unknown_not_assumed(kb):
    result = check_titles(kb.titles, None, None)
    assert result.highest_level is None
    assert result.verdict.outcome is Outcome.UNDETERMINED
    assert {"degree", "years"} <= set(result.verdict.missing)
    assert all(lr.status is Status.UNKNOWN for lr in result.levels)


def test_doctorate_reaches_intermediate_without_knowing_years(kb):
    result = check_titles(kb.titles, D, None)
    assert result.highest_level == MID
    assert "years" in result.verdict.missing


def test_all_conditions_known_and_met_gives_eligible(kb):
    result = check_titles(kb.titles, M, 3, years_in_shanghai=1, holds_category_c=True)
    assert result.verdict.outcome is Outcome.ELIGIBLE
    assert result.highest_level == MID


@pytest.mark.parametrize(
    ("shanghai_years", "category_c", "outcome"),
    [
        (0.5, True, Outcome.NOT_ELIGIBLE),
        (None, True, Outcome.UNDETERMINED),
        (2, False, Outcome.NOT_ELIGIBLE),
        (2, None, Outcome.UNDETERMINED),
    ],
)
def test_general_conditions_decide_the_outcome(kb, shanghai_years, category_c, outcome):
    result = check_titles(
        kb.titles, M, 3, years_in_shanghai=shanghai_years, holds_category_c=category_c
    )
    assert result.verdict.outcome is outcome


def test_degree_field_is_a_note_about_engineering_titles(kb):
    closed = check_titles(kb.titles, M, 3, science_or_engineering_degree=False)
    assert "closed" in closed.verdict.notes[0]
    assert "science or engineering" in closed.verdict.notes[0]
