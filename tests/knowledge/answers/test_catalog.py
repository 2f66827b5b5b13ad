"""Sectors, requirements and job count of the Shanghai catalog."""

from __future__ import annotations

import pytest

from knowledge.answers import catalog
from tests.knowledge.answers import assert_answer


def test_count_states_62_and_61(kb):
    text = assert_answer(catalog.count(kb))
    assert "says it covers 62 jobs, but its text lists only 61" in text
    assert "Artificial intelligence (AI) 17" in text


def test_all_sectors_with_counts_and_missing_headings(kb):
    text = assert_answer(catalog.sectors(kb))
    for line in ("Integrated circuit: 15 jobs", "Biomedicine: 14 jobs", "Finance: 15 jobs"):
        assert f"• {line}" in text
    assert "no heading for Biomedicine and Finance" in text


@pytest.mark.parametrize(
    ("query", "sector", "job"),
    [
        ("AI", "Artificial intelligence (AI)", "Speech Recognition R&D Personnel"),
        ("finance", "Finance", "Actuary"),
        ("financial", "Finance", "Tech-Finance Personnel"),
        ("IC", "Integrated circuit", "Chip Architect"),
        ("biomed", "Biomedicine", "Virology Researcher"),
    ],
)
def test_jobs_of_one_sector(kb, query, sector, job):
    text = assert_answer(catalog.sectors(kb, query))
    assert text.startswith(f"{sector} in the Shanghai catalog")
    assert job in text


def test_a_sector_without_heading_says_so(kb):
    text = assert_answer(catalog.sectors(kb, "finance"))
    assert "heading is missing from the text" in text
    assert "heading is missing" not in catalog.sectors(kb, "AI").text


def test_a_sector_the_catalog_does_not_have(kb):
    text = assert_answer(catalog.sectors(kb, "chips"))
    assert 'no sector I can match to "chips"' in text
    assert "Integrated circuit, Biomedicine, Artificial intelligence (AI) and Finance" in text


def test_requirements(kb):
    text = assert_answer(catalog.requirements(kb))
    assert "• Educational qualifications, and at least two years' related work experience" in text
    assert "issued by the employer" in text
    assert '"At least 2 years" includes exactly 2 years.' in text
    assert "62" in text and "61" in text


def test_job_requirements(kb):
    job = next(j for j in kb.catalog.jobs if j.name == "Chip Architect")
    text = assert_answer(catalog.job_requirements(kb, job))
    assert "Chip Architect is on the Shanghai catalog" in text
    assert "sector Integrated circuit." in text
    assert "at least two years' related work experience" in text
