"""Degree, years of experience and occupation from a user's free text, with spaCy.

The pipeline is ``spacy.blank("en")`` (no model to download) with an entity ruler whose
patterns come from :mod:`knowledge.vocabulary` (degree words, number words, time units) and
from the knowledge base (occupation names and their abbreviated or spelled-out forms). It
finds these entity labels:

* ``DEGREE``, its pattern id the :class:`~knowledge.records.Degree` name;
* ``DURATION``, such as "6 yrs", "three and a half years", "a year and a half", "18 months";
* ``NO_EXPERIENCE``, such as "no experience" or "fresh graduate";
* ``OCCUPATION``, a listed job or occupation name.

Chinese degree words are found as substrings, since the English tokenizer does not split
Chinese text into words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from knowledge.base import load_knowledge_base
from knowledge.chinese import chinese_years, has_chinese
from knowledge.records import Degree
from knowledge.vocabulary import (
    CHINESE_DEGREE_TERMS,
    DEGREE_ABBREVIATIONS,
    DEGREE_ABBREVIATIONS_UPPER,
    DEGREE_TERMS,
    HALF,
    NEGATIONS,
    NO_EXPERIENCE_PHRASES,
    NUMBER_WORDS,
    RANGE_WORDS,
    TIME_UNITS,
    abbreviations,
    word_replacer,
)

DEGREE = "DEGREE"
DURATION = "DURATION"
NO_EXPERIENCE = "NO_EXPERIENCE"
OCCUPATION = "OCCUPATION"

# Years of experience above this are taken for a mistake and ignored.
MAX_YEARS = 60.0
# Only this many characters of a message are read; chat messages are far shorter.
MAX_CHARS = 100_000
# How many tokens before a degree are searched for a negation ("don't have a PhD").
NEGATION_WINDOW = 3

_DIGITS = r"\d+(?:\.\d+)?"
_NUMBER = re.compile(rf"^(?:{_DIGITS}|{'|'.join(NUMBER_WORDS)})$")
_ARTICLES = frozenset({"a", "an"})
_CLAUSE_BREAKS = frozenset({"but", "and", "or", "while", "although"})
_PARENTHESES = re.compile(r"\s*\([^)]*\)")


@dataclass(frozen=True)
class ParsedMessage:
    """What one message says about the user: degree, years of experience, occupation."""

    degree: Degree | None
    years: float | None
    occupation: str | None


def parse_degree(text: str) -> Degree | None:
    """The highest degree the text claims, or None.

    "MSc" gives MASTER, "PhD" and "doctorate" DOCTOR, "second bachelor's" SECOND_BACHELOR,
    "I have a master and a PhD" DOCTOR. Degrees negated just before ("no PhD", "don't have a
    master") do not count; "no degree" and "high school" give None.
    """
    return _degree_in(_parse(text))


def parse_years(text: str, bare_number_ok: bool = False) -> float | None:
    """Years of experience the text states, or None.

    "6 yrs" and "six years" give 6, "three and a half years" 3.5, "a year and a half" and
    "18 months" 1.5, "5-6 years" the lower bound 5, "no experience" and "fresh graduate" 0.
    Qualifiers are dropped, not applied: "10+ years" and "over 5 years" give 10 and 5, so
    a rule needing more than 5 years is not met by "over 5 years". With several durations
    the largest counts. A bare number ("6") counts only with ``bare_number_ok``, for answers
    to a direct question, and only when it is the one number in the text. Values above
    :data:`MAX_YEARS` give None. Durations written in Chinese ("五年", "3年半", "两年以上")
    are read by :func:`knowledge.chinese.chinese_years`.
    """
    chinese = chinese_years(text) if has_chinese(text) else None
    if chinese is not None:
        return chinese if chinese <= MAX_YEARS else None
    return _years_in(_parse(text), bare_number_ok)


def extract(text: str) -> ParsedMessage:
    """Degree, years and occupation in one message.

    The occupation is the text of the longest listed name found, in any of its written
    forms ("AI engineer", "artificial intelligence engineer"), or None: it is not
    looked up fuzzily here (see :mod:`knowledge.lookup` for that).
    """
    doc = _parse(text)
    return ParsedMessage(_degree_in(doc), _years_in(doc, False), _occupation_in(doc))


def _parse(text: str) -> Doc:
    return _pipeline()(text[:MAX_CHARS])


def _degree_in(doc: Doc) -> Degree | None:
    found = [Degree[ent.ent_id_] for ent in _ents(doc, DEGREE) if not _negated(ent)]
    found += [degree for term, degree in CHINESE_DEGREE_TERMS.items() if term in doc.text]
    return max(found, default=None)


def _negated(ent: Span) -> bool:
    """Whether a negation comes shortly before the span, within its clause."""
    for token in reversed(ent.doc[max(ent.start - NEGATION_WINDOW, 0) : ent.start]):
        if token.is_punct or token.lower_ in _CLAUSE_BREAKS:
            return False
        if token.lower_ in NEGATIONS:
            return True
    return False


def _years_in(doc: Doc, bare_number_ok: bool) -> float | None:
    values = [_years_of(ent) for ent in _ents(doc, DURATION)]
    values += [0.0 for _ in _ents(doc, NO_EXPERIENCE)]
    if not values and bare_number_ok:
        numbers = [token.lower_ for token in doc if _is_number(token.lower_)]
        values = [_number(numbers[0])] if len(numbers) == 1 else []
    years = max(values, default=None)
    return years if years is not None and 0 <= years <= MAX_YEARS else None


def _years_of(span: Span) -> float:
    """Years a duration span stands for.

    A number waits for its unit; "half" adds to the waiting number ("three and a half
    years") or, after a unit, half of that unit ("a year and a half"). A second number
    before the unit is a range's upper bound and is ignored ("5-6 years" is 5).
    """
    total, pending, unit = 0.0, None, None
    words = [token.lower_ for token in span]
    for word, following in zip(words, [*words[1:], ""], strict=True):
        if word in TIME_UNITS:
            unit = TIME_UNITS[word]
            total += unit * (1.0 if pending is None else pending)
            pending = None
        elif word == HALF and pending is None and unit is not None:
            total += unit / 2
        elif word == HALF:
            pending = (pending or 0.0) + 0.5
        elif _is_number(word) and pending is None and following != HALF:
            pending = _number(word)
    return total


def _is_number(word: str) -> bool:
    return word not in _ARTICLES and _NUMBER.match(word) is not None


def _number(word: str) -> float:
    return NUMBER_WORDS[word] if word in NUMBER_WORDS else float(word)


def _occupation_in(doc: Doc) -> str | None:
    spans = list(_ents(doc, OCCUPATION))
    return max(spans, key=len).text if spans else None


def _ents(doc: Doc, label: str) -> Iterator[Span]:
    return (ent for ent in doc.ents if ent.label_ == label)


@lru_cache(maxsize=1)
def _pipeline() -> Language:
    """The blank English pipeline with the entity ruler, built once."""
    nlp = spacy.blank("en")
    _split_units_from_numbers(nlp)
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    kb = load_knowledge_base()
    names = [job.name for job in kb.catalog.jobs] + [o.name for o in kb.qianhai.occupations]
    ruler.add_patterns(
        [
            *_degree_patterns(),
            *_duration_patterns(),
            *({"label": NO_EXPERIENCE, "pattern": phrase} for phrase in NO_EXPERIENCE_PHRASES),
            *_occupation_patterns(names, abbreviations(kb)),
        ]
    )
    return nlp


def _split_units_from_numbers(nlp: Language) -> None:
    """Let the tokenizer split "6yrs" and "10+yrs" into number, "+" and unit."""
    units = "|".join(sorted(TIME_UNITS, key=len, reverse=True))
    suffixes = [*nlp.Defaults.suffixes, rf"(?<=[0-9+])(?i:{units})", r"(?<=[0-9])\+"]
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search


def _degree_patterns() -> Iterator[dict]:
    for phrase, degree in DEGREE_TERMS.items():
        yield {"label": DEGREE, "pattern": phrase, "id": degree.name}
    for abbreviation, degree in DEGREE_ABBREVIATIONS.items():
        token = {"LOWER": {"REGEX": _dotted(abbreviation)}}
        yield {"label": DEGREE, "pattern": [token], "id": degree.name}
    for abbreviation, degree in DEGREE_ABBREVIATIONS_UPPER.items():
        token = {"TEXT": {"REGEX": _dotted(abbreviation)}}
        yield {"label": DEGREE, "pattern": [token], "id": degree.name}


def _dotted(abbreviation: str) -> str:
    """Regex for the abbreviation with or without dots: "phd" matches "ph.d." too."""
    return "^" + "".join(re.escape(letter) + r"\.?" for letter in abbreviation) + "$"


def _duration_patterns() -> Iterator[dict]:
    number = {"LOWER": {"REGEX": _NUMBER.pattern}}
    unit = {"LOWER": {"IN": list(TIME_UNITS)}}
    joiner = {"ORTH": {"IN": ["+", "-"]}, "OP": "?"}
    and_a_half = [{"LOWER": "and"}, {"LOWER": {"IN": list(_ARTICLES)}}, {"LOWER": HALF}]
    shapes = [
        [number, joiner, unit],
        [number, *and_a_half, unit],
        [number, joiner, unit, *and_a_half],
        [{"LOWER": HALF}, {"LOWER": {"IN": list(_ARTICLES)}, "OP": "?"}, unit],
        [number, {"LOWER": {"IN": list(RANGE_WORDS)}}, number, joiner, unit],
        [number, unit, {"LOWER": "and", "OP": "?"}, number, unit],
    ]
    return ({"label": DURATION, "pattern": shape} for shape in shapes)


def _occupation_patterns(names: list[str], expansions: Mapping[str, str]) -> Iterator[dict]:
    variants = {variant for name in names for variant in _name_variants(name, expansions)}
    return ({"label": OCCUPATION, "pattern": variant} for variant in sorted(variants))


def _name_variants(name: str, expansions: Mapping[str, str]) -> set[str]:
    """The name as written, without its parentheses, and with abbreviations all long or all
    short: "Human-computer Interaction (HCI) R&D Personnel" also gives "HCI R&D Personnel".
    """
    plain = _PARENTHESES.sub("", name)
    expand = word_replacer(expansions)
    contract = word_replacer({long: short for short, long in expansions.items()})
    return {name, plain, expand(plain), contract(plain.replace("-", " "))}
