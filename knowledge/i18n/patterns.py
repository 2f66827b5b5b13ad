"""The Chinese wording the rules recognise, from the catalog ``zh_patterns.yml``.

The rules (requests to decline, questions the documents cannot answer, out-of-scope
questions, years in Shanghai) are written in English in the code; each has a Chinese
fragment in the catalog, joined to the English pattern with ``|``, so no Chinese wording is
scattered through the code. ``{n}`` in a fragment stands for a number in digits or Chinese
numerals (:data:`NUMBER`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

CATALOG = Path(__file__).parent / "zh_patterns.yml"
# A number in digits or in Chinese numerals ("3", "2.5", "三", "十二", "两").
NUMBER = r"(\d+(?:\.\d+)?|[零一二两三四五六七八九十]{1,3})"


@lru_cache(maxsize=1)
def catalog() -> dict[str, dict[str, str]]:
    """Every section of the catalog: section -> key -> regex fragment."""
    return yaml.safe_load(CATALOG.read_text(encoding="utf-8"))


def zh(key: str) -> str:
    """The Chinese fragment ``section.name`` (``{n}`` made a number group)."""
    section, _, name = key.partition(".")
    return catalog()[section][name].strip().replace("{n}", NUMBER)


def with_zh(english: str, key: str, flags: int = re.I) -> re.Pattern[str]:
    """The English pattern or the Chinese fragment ``key``."""
    return re.compile(f"{english}|{zh(key)}", flags)
