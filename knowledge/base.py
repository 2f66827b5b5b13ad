"""Builds the whole knowledge base from the source documents (cached per process)."""

from __future__ import annotations

from functools import lru_cache

from knowledge.parsers import (
    qianhai,
    shanghai_catalog,
    shanghai_qualifications,
    six_city_pilot,
)
from knowledge.records import KnowledgeBase
from knowledge.source_index import load_sources, read_source


@lru_cache(maxsize=1)
def load_knowledge_base() -> KnowledgeBase:
    """Parse every source document into typed records."""
    first_list_text = read_source("shanghai_qualifications_first")
    list_3_text = read_source("shanghai_qualifications_3")
    return KnowledgeBase(
        sources=load_sources(),
        catalog=shanghai_catalog.parse(read_source("shanghai_catalog")),
        qualification_lists=(
            shanghai_qualifications.parse_first_list(first_list_text),
            shanghai_qualifications.parse_list_3(list_3_text),
        ),
        titles=shanghai_qualifications.parse_title_rules(list_3_text),
        pilot=six_city_pilot.parse(read_source("six_city_pilot")),
        qianhai=qianhai.parse(read_source("qianhai")),
    )
