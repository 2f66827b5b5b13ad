"""Shared fixtures: the knowledge base is parsed once per test session."""

from __future__ import annotations

import pytest

from knowledge.base import load_knowledge_base
from knowledge.records import KnowledgeBase


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    """The whole knowledge base, built from the unchanged sources."""
    return load_knowledge_base()
