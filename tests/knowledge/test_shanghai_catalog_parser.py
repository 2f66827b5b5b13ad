"""The Shanghai catalog parser: sectors, jobs by position, counts, requirements and facts."""

from __future__ import annotations

from collections import Counter

import pytest

from knowledge.parsers import shanghai_catalog
from knowledge.records import ShanghaiCatalog
from knowledge.source_index import read_source
from tests.knowledge.provenance_checks import assert_located, located_records

IC, BIO, AI, FIN = "Integrated circuit", "Biomedicine", "Artificial intelligence (AI)", "Finance"


@pytest.fixture(scope="module")
def catalog() -> ShanghaiCatalog:
    return shanghai_catalog.parse(read_source("shanghai_catalog"))


def test_sectors_in_intro_order(catalog):
    assert catalog.sectors == (IC, BIO, AI, FIN)


def test_counts_by_sector(catalog):
    assert Counter(j.sector for j in catalog.jobs) == {IC: 15, BIO: 14, AI: 17, FIN: 15}


def test_listed_versus_stated(catalog):
    assert catalog.listed_job_count == 61
    assert catalog.stated_job_count == 62


@pytest.mark.parametrize(
    ("job", "sector"),
    [
        ("Actuary", FIN),
        ("Clinical Researcher", BIO),
        ("FPGA Technician", IC),
        ("Service Robot Designer and Developer", AI),
        ("Intellisense Researcher (Sensor System Architecture)", AI),
        ("Sound (Ambient Sound) Recognition Researcher", AI),
        ("Super Capacitor/Resister Technician", IC),
        ("Functional Foods Researcher", BIO),
        ("Financial Information Infrastructure Development and Operation Professional", FIN),
    ],
)
def test_job_in_sector(catalog, job, sector):
    assert [j.sector for j in catalog.jobs if j.name == job] == [sector]


def test_no_fragments_of_parenthesised_names(catalog):
    names = {j.name for j in catalog.jobs}
    assert not any(n.startswith(("Sensor System", "Ambient Sound")) for n in names)
    assert not any(n.count("(") != n.count(")") for n in names)


def test_no_duplicates_or_empty_names(catalog):
    names = [j.name for j in catalog.jobs]
    assert len(names) == len(set(names))
    assert all(n and n == n.strip() for n in names)


def test_heading_flags(catalog):
    flags = {j.sector: j.sector_heading_in_text for j in catalog.jobs}
    assert flags == {IC: True, BIO: False, AI: True, FIN: False}


def test_requirements(catalog):
    requirements = {f.key: f.text for f in catalog.requirements}
    assert list(requirements) == ["education_experience", "employer_certification"]
    assert "at least two years' related work experience" in requirements["education_experience"]
    assert requirements["employer_certification"].endswith("issued by the employer")


def test_facts(catalog):
    facts = {f.key: f.text for f in catalog.facts}
    assert set(facts) == {"issuers", "purpose", "scope"}
    assert (
        "General Office of the Ministry of Human Resources and Social Security" in facts["issuers"]
    )
    assert "Guo Fa [2021] No. 24" in facts["purpose"]
    assert "concerns 62 jobs" in facts["scope"]


def test_every_record_is_located(catalog):
    records = list(located_records(catalog))
    assert len(records) == 61 + 2 + 3 + 1
    for record in records:
        assert record.provenance.doc == "shanghai_catalog"
        assert_located(record)
