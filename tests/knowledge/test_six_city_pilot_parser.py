"""The six-city pilot parser: cities and tiers, trial period, talent kinds and facts."""

from __future__ import annotations

import pytest

from knowledge.parsers import six_city_pilot
from knowledge.records import SixCityPilot
from knowledge.source_index import read_source
from tests.knowledge.provenance_checks import assert_located, located_records


@pytest.fixture(scope="module")
def pilot() -> SixCityPilot:
    return six_city_pilot.parse(read_source("six_city_pilot"))


def keyed(facts) -> dict[str, str]:
    return {f.key: f.text for f in facts}


def test_cities_and_tiers(pilot):
    assert [(c.name, c.tier) for c in pilot.cities] == [
        ("Beijing", "first-tier"),
        ("Shanghai", "first-tier"),
        ("Guangzhou", "first-tier"),
        ("Shenzhen", "first-tier"),
        ("Chongqing", "new first-tier"),
        ("Hangzhou", "new first-tier"),
    ]


def test_trial_period(pilot):
    assert pilot.start_date == "2023-01-01"
    assert pilot.duration_years == 2


def test_high_end_kinds(pilot):
    names = [f.text for f in pilot.high_end_kinds]
    assert len(names) == 5
    assert names[0] == "Those selected for the Domestic Talent Introduction Program"
    assert names[-1] == "Outstanding young talents"
    assert not any('"' in n or "and so on" in n for n in names)


def test_achievements(pilot):
    texts = [f.text for f in pilot.achievements]
    assert len(texts) == 9
    assert (
        texts[0] == "Nobel Prize winners (on physics, chemistry, physiology or medicine, economics)"
    )
    assert texts[-1].startswith("chief and deputy editors")
    assert not any(t.endswith((";", ".")) for t in texts)


def test_urgent_fields(pilot):
    fields = [f.text for f in pilot.urgent_fields]
    assert len(fields) == 10
    assert fields[0] == "new generation of information technology"
    assert fields[-1] == "finance"
    assert "life and health" in fields
    assert not any("etc" in f for f in fields)
    assert len({f.key for f in pilot.urgent_fields}) == 10


def test_facts(pilot):
    facts = keyed(pilot.facts)
    assert set(facts) == {
        "release",
        "authorization",
        "trial_period",
        "reporting",
        "evaluation",
        "city_catalogs",
        "urgent_fields_open",
        "publisher_contact",
    }
    assert "January 06" in facts["release"]
    assert "every six months" in facts["reporting"]
    assert "Human Resources & Social Security" in facts["reporting"]
    assert "Category A" in facts["authorization"]
    assert facts["urgent_fields_open"].endswith("etc.")
    assert "Chinese language only" in facts["city_catalogs"]


def test_publisher_contact_is_the_agency(pilot):
    contact = next(f for f in pilot.facts if f.key == "publisher_contact")
    assert contact.text == "For more information, please contact us: 8621 - 5178 5021"
    assert contact.provenance.section == "Publisher's contact (not a government office)"


def test_every_record_is_located(pilot):
    records = list(located_records(pilot))
    assert len(records) == 6 + 5 + 9 + 10 + 8
    for record in records:
        assert record.provenance.doc == "six_city_pilot"
        assert_located(record)
