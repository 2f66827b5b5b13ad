"""Keeping the command-line tools and the action server light.

spaCy's thinc imports TensorFlow whenever it is installed (Rasa needs it; the knowledge
tools and the actions do not): that alone takes about 4 s, 400 MB and prints TensorFlow's
warnings. bm25s imports JAX when it is installed (another 110 MB), for a top-k we do not
use (``knowledge.passage_search`` takes the scores). spaCy itself takes about a second
to import, so values given as plain options (``--degree MSc``, ``--years 3``) are read
directly and only free text goes to the spaCy-based parser (``knowledge.text_parsing``).
"""

from __future__ import annotations

import re
import sys

from knowledge.records import Degree
from knowledge.vocabulary import DEGREE_ABBREVIATIONS, DEGREE_ABBREVIATIONS_UPPER, DEGREE_TERMS

_PLAIN_YEARS = re.compile(r"\s*(\d{1,2}(?:\.\d+)?)\s*(?:years?|yrs?)?\s*", re.IGNORECASE)
MAX_PLAIN_YEARS = 60.0  # as knowledge.text_parsing.MAX_YEARS: more is not a career


UNUSED = ("tensorflow", "jax")


def block_unused_libraries(names: tuple[str, ...] = UNUSED) -> None:
    """Make ``import tensorflow`` and ``import jax`` fail here, so thinc and bm25s skip them.

    The Rasa server needs TensorFlow and blocks only JAX (``names``).
    """
    for name in names:
        sys.modules.setdefault(name, None)  # type: ignore[arg-type]


def read_degree(text: str) -> Degree | None:
    """A degree given as one word or abbreviation ("MSc", "PhD", "master"), else parsed."""
    word = text.strip().replace(".", "")
    plain = (
        DEGREE_TERMS.get(word.lower())
        or DEGREE_ABBREVIATIONS.get(word.lower())
        or DEGREE_ABBREVIATIONS_UPPER.get(word)
    )
    if plain is not None:
        return plain
    from knowledge.text_parsing import parse_degree

    return parse_degree(text)


def read_years(text: str) -> float | None:
    """Years given as a number ("3", "6 years", "2.5 yrs"), else parsed from the text."""
    match = _PLAIN_YEARS.fullmatch(text)
    if match:
        years = float(match.group(1))
        return years if years <= MAX_PLAIN_YEARS else None
    from knowledge.text_parsing import parse_years

    return parse_years(text, bare_number_ok=True)
