"""Criteria a question sets on the rows of the Qianhai tables, read from its words.

"Which logistics occupations need a bachelor's degree?", "extremely short-supply jobs in
the financial industry", "需求只在近期（不到1年）保持旺盛的职业": each names some of the
columns (industry, demand- or strategy-oriented, shortage severity, demand duration,
minimum degree, years of experience) and a value for each. :func:`read_criteria` reads
them from English text, or from a Chinese question's keyword translation
(:func:`knowledge.translation.with_english`) plus the Chinese wording of
``knowledge/i18n/zh_patterns.yml`` (``row_filters``). A column named with two values
("extremely, relatively and moderately short supply") sets no criterion: that question
asks for a breakdown, not a filter.

Experience in the tables is "more than N years"; a criterion compares N, the row's
threshold: "1 year", "more than 1 year", "1年以上" and "only 1 year" mean N = 1 (the
table's own wording), "at least 5 years" N >= 5, "less than 5 years" N < 5, "3 years is
enough" N <= 3.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, fields, replace
from enum import Enum

from knowledge.i18n.patterns import with_zh
from knowledge.records import Degree, Duration, QianhaiOccupation, Severity
from knowledge.vocabulary import DEGREE_ABBREVIATIONS, DEGREE_TERMS, NUMBER_WORDS


class Comparison(str, Enum):
    """How a row's value is compared with the one the question names."""

    EXACTLY = "exactly"
    AT_LEAST = "at least"
    AT_MOST = "at most"
    BELOW = "below"


@dataclass(frozen=True)
class Bound:
    """A value (a degree's rank, a number of years) and how rows compare with it."""

    value: int
    comparison: Comparison = Comparison.EXACTLY

    def admits(self, value: int) -> bool:
        """Whether a row's ``value`` is within the bound."""
        return {
            Comparison.EXACTLY: value == self.value,
            Comparison.AT_LEAST: value >= self.value,
            Comparison.AT_MOST: value <= self.value,
            Comparison.BELOW: value < self.value,
        }[self.comparison]


@dataclass(frozen=True)
class RowCriteria:
    """What a row must have; None leaves a column free."""

    industry: str | None = None
    orientation: str | None = None
    severity: Severity | None = None
    duration: Duration | None = None
    degree: Bound | None = None
    experience: Bound | None = None

    def is_empty(self) -> bool:
        """Whether no column is constrained."""
        return all(getattr(self, f.name) is None for f in fields(self))

    def only_in_qianhai(self, sectors: Collection[str] = ()) -> bool:
        """Whether a criterion names a column only the Qianhai tables have (degree and
        experience requirements are in other documents too; an industry named like one of
        the other lists' ``sectors``, finance, is in those too)."""
        shared = self.industry and any(_industry_pattern(self.industry).search(s) for s in sectors)
        industry = self.industry if not shared else None
        return any((industry, self.orientation, self.severity, self.duration))

    def merged(self, earlier: RowCriteria) -> RowCriteria:
        """These criteria, with ``earlier``'s for the columns these leave free ("which of
        those are strategy-oriented?" after "... in the financial industry")."""
        kept = {f.name: getattr(earlier, f.name) for f in fields(self)}
        return replace(
            self, **{k: v for k, v in kept.items() if getattr(self, k) is None and v is not None}
        )

    def admits(self, row: QianhaiOccupation) -> bool:
        """Whether the row meets every criterion."""
        return (
            self.industry in (None, row.industry)
            and self.orientation in (None, row.orientation)
            and self.severity in (None, row.severity)
            and self.duration in (None, row.duration)
            and (self.degree is None or self.degree.admits(int(row.min_degree)))
            and (self.experience is None or self.experience.admits(row.min_years_exclusive))
        )


_NUMBER = r"(\d{1,2}|" + "|".join(w for w in NUMBER_WORDS if len(w) > 2) + ")"
_BEFORE = {
    Comparison.AT_LEAST: r"at least|a minimum of|minimum of|no less than|not less than",
    Comparison.AT_MOST: r"at most|no more than|not more than|up to|a maximum of|maximum of",
    Comparison.BELOW: r"less than|fewer than|under|below",
    Comparison.EXACTLY: r"more than|over|above|only|just",
}
_AFTER = {
    Comparison.AT_LEAST: r"or more|or above|and above|or longer|at least",
    Comparison.AT_MOST: r"or less|or fewer|or below|and below|or under|at most|up to",
    Comparison.EXACTLY: r"more than",
}
_YEARS = re.compile(
    rf"(?:\b(?P<before>{'|'.join(_BEFORE.values())})\s+)?\b{_NUMBER}\s*(?P<plus>\+)?\s*"
    rf"(?:full\s+)?years?\b(?:'|’)?(?:\s+(?P<after>{'|'.join(_AFTER.values())})\b)?",
    re.I,
)
_RANGE = re.compile(rf"\b{_NUMBER}\s*(?:-|–|to)\s*{_NUMBER}\s*years?\b", re.I)
_EXPERIENCE = with_zh(
    r"experience|\bthreshold|\b(need|require|ask)(s|ed|ing)?\b", "row_filters.experience"
)
# How long demand stays high: years in such a question are a demand duration.
_LASTING = with_zh(
    r"\b(stay|last|remain|persist)(s|ed|ing)?\b|demand is high", "row_filters.lasting"
)
# Enough: rows asking this much or less ("3 years is enough", "本科就行").
_ENOUGH = with_zh(r"\benough\b|\bsuffic|\bsuffice", "row_filters.enough")
_SEVERITY = re.compile(
    r"\b(extremely|relatively|moderately)\b[\s-]+(?:in\s+)?(?:short|scarce)", re.I
)
_LEVEL_WORD = re.compile(r"\b(extremely|relatively|moderately)\b", re.I)
_DURATION = re.compile(r"\b(long|short)[\s-]term\b|\bnear[\s-]future\b", re.I)
# A duration's own bounds in brackets ("near future (less than 1 year)"): not experience.
_DURATION_BRACKETS = re.compile(_DURATION.pattern + r"\s*[(（][^)）]*[)）]", re.I)
_ORIENTATION = re.compile(r"\b(demand|strateg(?:y|ic))[\s-]+oriented\b", re.I)
_DEGREE_WORDS = {**DEGREE_TERMS, **DEGREE_ABBREVIATIONS}
_DEGREE = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, _DEGREE_WORDS), key=len, reverse=True)) + r")",
    re.I,
)
# Comparisons said next to a degree, "@" standing for it ("at least a @", "@ or above").
_DEGREE_COMPARISONS = {
    Comparison.AT_LEAST: re.compile(
        r"\bat least (an? )?@|@\W*(degree\s*)?(or (above|higher|better|more)|and above)", re.I
    ),
    Comparison.AT_MOST: re.compile(
        r"\b(at most|no more than) (an? )?@|@\W*(degree\s*)?(or (below|lower|less)|and below)",
        re.I,
    ),
}
# The rest of a degree word after its matched start ("'s", "ate").
_WORD_REST = re.compile(r"^[\w'’]*")
# How many characters either side of a degree word are read for its comparison.
DEGREE_WINDOW = 20
# Industry names without these words are what a question names them by.
_GENERIC_WORDS = frozenset({"industry", "industries", "and", "other", "modern"})
STEM = 5


def read_criteria(text: str, industries: list[str]) -> RowCriteria:
    """The criteria the text sets (``industries``: the tables' industry names)."""
    experience_text = _DURATION_BRACKETS.sub(" ", text)
    about_experience = bool(_EXPERIENCE.search(text)) and not _LASTING.search(text)
    years = _years(experience_text) if about_experience else None
    return RowCriteria(
        industry=_one(m for m in industries if _industry_pattern(m).search(text)),
        orientation=_one(_orientation(m.group(1)) for m in _ORIENTATION.finditer(text)),
        severity=_severity(text),
        duration=_duration(text, about_experience),
        degree=_degree(text),
        experience=_enough(years, text),
    )


def _one(values: object) -> object:
    """The value when all the values found are one, else None."""
    distinct = set(values)  # type: ignore[call-overload]
    return distinct.pop() if len(distinct) == 1 else None


def _level(kind: type[Enum], word: str) -> Enum:
    """The member of ``kind`` whose value starts with ``word`` ("extremely")."""
    return next(m for m in kind if m.value.startswith(word.lower()))


def _severity(text: str) -> Severity | None:
    """The one shortage level named ("extremely short supply"); None when the text names
    several levels ("extremely, relatively and moderately short")."""
    levels = {m.group(1).lower() for m in _LEVEL_WORD.finditer(text)}
    found = _one(_level(Severity, m.group(1)) for m in _SEVERITY.finditer(text))
    return found if len(levels) == 1 else None  # type: ignore[return-value]


def _industry_pattern(name: str) -> re.Pattern[str]:
    """The industry's distinctive words, each by its stem ("financ", "logis", "infor\\w*
    servi"), in order."""
    words = [w for w in name.lower().split() if w not in _GENERIC_WORDS]
    stems = [re.escape(w[:STEM]) + r"\w*" for w in words]
    return re.compile(r"\b" + r"\s+(?:and\s+)?".join(stems), re.I)


def _number(word: str) -> int:
    return int(word) if word.isdigit() else int(NUMBER_WORDS[word.lower()])


def _years(text: str) -> Bound | None:
    """The experience threshold the text names, when it names one."""
    bounds = set()
    for match in _YEARS.finditer(text):
        comparison = Comparison.EXACTLY
        for side, words in (("before", _BEFORE), ("after", _AFTER)):
            said = (match.group(side) or "").lower()
            found = [c for c, pattern in words.items() if said and re.fullmatch(pattern, said)]
            comparison = found[0] if found and found[0] != Comparison.EXACTLY else comparison
        if match.group("plus"):
            comparison = Comparison.AT_LEAST
        bounds.add(Bound(_number(match.group(2)), comparison))
    return bounds.pop() if len(bounds) == 1 else None


def _enough(bound: Bound | None, text: str) -> Bound | None:
    """ "3 years is enough": rows asking that much or less."""
    if bound is not None and bound.comparison is Comparison.EXACTLY and _ENOUGH.search(text):
        return Bound(bound.value, Comparison.AT_MOST)
    return bound


def _duration(text: str, about_experience: bool) -> Duration | None:
    """The demand duration named ("near future"), or read from its bounds ("less than 1
    year", "1-3 years", "more than 3 years") in a question about demand, not experience."""
    named = _one(_level_of_duration(m.group(0)) for m in _DURATION.finditer(text))
    if named is not None or about_experience or not _LASTING.search(text):
        return named  # type: ignore[return-value]
    if _RANGE.search(text):
        low, high = (_number(g) for g in _RANGE.search(text).groups())
        return Duration.SHORT if (low, high) == (1, 3) else None
    bound = _years(text)
    if bound == Bound(1, Comparison.BELOW):
        return Duration.NEAR
    if bound is not None and bound.value == 3 and bound.comparison is not Comparison.BELOW:
        return Duration.LONG if bound.comparison is not Comparison.AT_MOST else None
    return None


def _level_of_duration(words: str) -> Duration:
    """The duration a phrase names ("long-term", "near future")."""
    key = re.sub(r"[\s-]+", " ", words.lower())
    return next(d for d in Duration if d.value.startswith(key))


def _orientation(word: str) -> str:
    """ "demand-oriented" or "strategy-oriented" ("strategic" is "strategy")."""
    return "demand-oriented" if word.lower() == "demand" else "strategy-oriented"


def _degree(text: str) -> Bound | None:
    """The minimum degree the text names and how rows compare with it ("at least a
    master's", "master's degree or above", "a bachelor's is enough")."""
    matches = list(_DEGREE.finditer(text))
    degree = _one(_DEGREE_WORDS[m.group(1).lower()] for m in matches)
    if not isinstance(degree, Degree):
        return None
    for comparison, pattern in _DEGREE_COMPARISONS.items():
        for m in matches:
            before = text[max(0, m.start() - DEGREE_WINDOW) : m.start()]
            after = _WORD_REST.sub("", text[m.end() : m.end() + DEGREE_WINDOW], count=1)
            if pattern.search(f"{before}@{after}"):
                return Bound(int(degree), comparison)
    if _ENOUGH.search(text):
        return Bound(int(degree), Comparison.AT_MOST)
    return Bound(int(degree))
