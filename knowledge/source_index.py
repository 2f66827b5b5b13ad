"""The index of source documents (``sources/index.yml``) and access to their text."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from knowledge.records import Source

SOURCES_DIR = Path(__file__).parent / "sources"


@lru_cache(maxsize=1)
def load_sources() -> dict[str, Source]:
    """All sources, keyed by document key (e.g. ``qianhai``)."""
    with open(SOURCES_DIR / "index.yml", encoding="utf-8") as handle:
        raw = yaml.safe_load(handle)
    return {key: Source(key=key, **fields) for key, fields in raw.items()}


def read_source(key: str) -> str:
    """The unchanged text of the document with this key."""
    return (SOURCES_DIR / load_sources()[key].file).read_text(encoding="utf-8")
