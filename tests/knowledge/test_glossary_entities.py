"""Chinese entity names from the glossary: lookup tables only, and job-name variants."""

from __future__ import annotations

import yaml

from knowledge.glossary_entities import chinese_entity_values, nlu_file, occupation_names


def test_the_generated_nlu_file_has_lookup_tables_and_no_synonyms() -> None:
    data = yaml.safe_load(nlu_file(chinese_entity_values()))
    assert {next(iter(block)) for block in data["nlu"]} == {"lookup"}


def test_a_role_word_variant_names_the_same_job() -> None:
    occupations = [
        {"zh": ["物流设备研发工程师"], "en": "Logistics R&D"},
        {"zh": ["数据分析师"], "en": "Data analyst"},
    ]
    names = occupation_names(occupations, ["工程师", "专员", "师"])
    assert names["物流设备研发专员"] == "Logistics R&D"
    assert names["数据分析专员"] == "Data analyst"


def test_a_variant_that_fits_two_jobs_is_left_out() -> None:
    occupations = [
        {"zh": ["数据工程师"], "en": "Data engineer"},
        {"zh": ["数据专家"], "en": "Data expert"},
    ]
    names = occupation_names(occupations, ["工程师", "专家", "专员"])
    assert "数据专员" not in names
    assert names["数据工程师"] == "Data engineer"
