"""The message catalogs: one per language (``en.yml``, ``zh.yml``), the same keys in both.

:func:`message` gives a key's template in a language; :func:`translate_line` turns one
English line the assistant sends into Chinese when the English catalog has its template
(placeholders such as ``{id}`` match any text and keep their values).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

FOLDER = Path(__file__).parent
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


@lru_cache(maxsize=2)
def catalog(language: str) -> dict[str, Any]:
    """The whole catalog of a language (``messages`` and, for Chinese, ``frame``)."""
    return yaml.safe_load((FOLDER / f"{language}.yml").read_text(encoding="utf-8"))


def message(key: str, language: str, **values: str) -> str:
    """The template ``key`` in ``language`` with its placeholders filled."""
    return catalog(language)["messages"][key].format(**values)


def bilingual(key: str) -> str:
    """The message in Chinese, then in English (for a channel that cannot tell which)."""
    return f"{message(key, 'zh')}\n{message(key, 'en')}"


def placeholders(template: str) -> list[str]:
    """The placeholder names of a template, in order."""
    return _PLACEHOLDER.findall(template)


@lru_cache(maxsize=1)
def _english_patterns() -> list[tuple[re.Pattern[str], str]]:
    """Each English template as a regex (placeholders match any text, the same text where a
    template repeats one), longest first."""
    patterns = []
    for key, template in catalog("en")["messages"].items():
        regex, seen = "", set()
        for i, part in enumerate(_PLACEHOLDER.split(template)):
            if i % 2 == 0:
                regex += re.escape(part)
            else:  # a placeholder; used again, it must hold the same value
                regex += f"(?P={part})" if part in seen else f"(?P<{part}>.+?)"
                seen.add(part)
        patterns.append((re.compile(regex + r"\Z", re.S), key))
    return sorted(patterns, key=lambda pattern: -len(pattern[0].pattern))


def english_key(line: str) -> tuple[str, dict[str, str]] | None:
    """The catalog key whose English template the line is, with the placeholders' values."""
    for pattern, key in _english_patterns():
        match = pattern.match(line.strip())
        if match:
            return key, match.groupdict()
    return None


def translate_line(line: str, value_in_chinese: Any = None) -> str | None:
    """The Chinese of an English line of the catalog, or None when it is not one.

    ``value_in_chinese`` (a function of one value) gives a placeholder's value in Chinese
    when it has one (a document's name); a value that is itself a catalog line is
    translated too ("any fee, cost or charge").
    """
    found = english_key(line)
    if found is None:
        return None
    key, values = found
    chinese = {}
    for name, value in values.items():
        nested = translate_line(value, value_in_chinese) if value != line else None
        named = value_in_chinese(value) if value_in_chinese else None
        chinese[name] = nested or named or value
    return message(key, "zh", **chinese)
