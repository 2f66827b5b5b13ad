"""Find jobs and occupations by name across the Shanghai catalog and the Qianhai list.

Names are compared after normalisation (:class:`knowledge.name_normalizer.Normalizer`)
with a blend of two rapidfuzz scorers (see :func:`_blend`). Same-named records of both
lists form one :class:`Match`: "Actuary" is one match with a Shanghai catalog entry and a
Qianhai entry.

Behaviour worth knowing:

* ``search`` always returns the ``limit`` best candidates, however weak; callers that offer
  suggestions should look at ``Match.score``.
* ``best`` returns ``None`` for jobs on no list ("chef", "truck driver", "UX designer") and
  for ambiguous queries (see :meth:`OccupationIndex.best`). "engineer", "architect" and
  "blockchain" alone are ambiguous, so ``best`` gives ``None`` and ``search`` the
  candidates, while "cloud computing" resolves to "Cloud computing specialist", whose name
  is closest in length, rather than "Financial Professional in Cloud Computing Application".
* Filters on Qianhai fields (industry, severity, duration, minimum degree) leave out the
  catalog jobs, which have none of these; a sector filter leaves out the Qianhai occupations.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from knowledge.base import load_knowledge_base
from knowledge.chinese_names import english_occupation
from knowledge.name_normalizer import Normalizer
from knowledge.occupation_criteria import Criteria, Entry
from knowledge.records import (
    Degree,
    Duration,
    KnowledgeBase,
    Severity,
)
from knowledge.vocabulary import abbreviations

SHANGHAI_CATALOG = "shanghai_catalog"
QIANHAI = "qianhai"

# Blended score (0-100) below which best() reports no match ...
MATCH_THRESHOLD = 72.0
# ... or this lower score, when every distinctive query word is found in the name.
LOW_MATCH_THRESHOLD = 50.0
# fuzz.ratio from which two words count as the same word ("blokchain", "blockchain").
WORD_MATCH = 80.0
# best() gives up when the runner-up scores within this many points of the best match ...
AMBIGUITY_MARGIN = 3.0
# ... or when this many names contain all the query words.
SHARED_BY = 3
# Weight of token_set_ratio in the blend; token_sort_ratio has the rest.
SET_WEIGHT = 0.6


@dataclass(frozen=True)
class Match:
    """A name found for a query, its score (0-100) and the records that bear the name."""

    name: str
    score: float
    entries: tuple[Entry, ...]


def _blend(query: str, choices: list[str]) -> list[float]:
    """Score every choice against the query, both already normalised.

    ``token_set_ratio`` is word-order tolerant and gives 100 when every query word is in the
    name, so "speech recognition" finds "Speech Recognition R&D Personnel"; on its own it ties
    all names containing the words and forgives extra words too much. ``token_sort_ratio`` is
    also word-order tolerant but compares whole strings, so it breaks those ties in favour of
    the name closest in length and keeps the blend below 100 unless the words are the same.
    Both tolerate typos through the underlying edit distance. ``WRatio`` and the partial
    ratios are not used: they let short queries ("ai", "chef") score high against any long
    name that contains them as a substring.
    """
    blended = [0.0] * len(choices)
    weighted = ((fuzz.token_set_ratio, SET_WEIGHT), (fuzz.token_sort_ratio, 1 - SET_WEIGHT))
    for scorer, weight in weighted:
        for _, score, index in process.extract(
            query, choices, scorer=scorer, processor=None, limit=None
        ):
            blended[index] += weight * score
    return blended


class OccupationIndex:
    """All listed names, normalised once, searchable by name and filterable by field."""

    def __init__(self, entries: Iterable[Entry], normalize: Normalizer) -> None:
        self._entries = tuple(entries)
        self._normalize = normalize
        groups: dict[str, tuple[Entry, ...]] = {}
        for entry in self._entries:
            key = normalize(entry.record.name)
            groups[key] = (*groups.get(key, ()), entry)
        self._keys = list(groups)
        self._groups = list(groups.values())
        self._key_index = {key: index for index, key in enumerate(self._keys)}
        heads = Counter(key.rsplit(" ", 1)[-1] for key in self._keys)
        self._generic_words = frozenset(word for word, count in heads.items() if count > 1)
        self._key_words = [frozenset(key.split()) for key in self._keys]

    def normalize(self, text: str) -> str:
        """The text as names are indexed: lower case, abbreviations expanded, singular."""
        return self._normalize(text)

    def name_words(self) -> frozenset[str]:
        """Every word of the listed names, normalised (abbreviations expanded)."""
        return frozenset(word for words in self._key_words for word in words)

    def distinctive_words(self) -> list[tuple[str, frozenset[str]]]:
        """Each listed name with its normalised words, less the generic ones ("engineer")."""
        return [
            (group[0].record.name, words - self._generic_words)
            for group, words in zip(self._groups, self._key_words, strict=True)
        ]

    @classmethod
    def build(cls, kb: KnowledgeBase) -> OccupationIndex:
        """Index the Shanghai catalog jobs and the Qianhai occupations of the knowledge base."""
        entries = [Entry(SHANGHAI_CATALOG, job) for job in kb.catalog.jobs] + [
            Entry(QIANHAI, occupation) for occupation in kb.qianhai.occupations
        ]
        return cls(entries, Normalizer(abbreviations(kb)))

    def search(
        self,
        query: str,
        limit: int = 5,
        lists: Iterable[str] | None = None,
        sector: str | None = None,
        industry: str | None = None,
        severity: Severity | None = None,
        duration: Duration | None = None,
        max_min_degree: Degree | None = None,
    ) -> list[Match]:
        """The ``limit`` best-scoring names for the query, best first, within the filters.

        A Chinese query is read as the occupation its Chinese name (typos included) names,
        see :mod:`knowledge.chinese_names`. ``lists`` holds list keys
        (``"shanghai_catalog"``, ``"qianhai"``); ``sector`` and ``industry`` match when all
        their words are in the record's field ("Finance", "Financial"); ``max_min_degree``
        keeps occupations whose minimum degree is at most it.
        """
        criteria = self._criteria(lists, sector, industry, severity, duration, max_min_degree)
        return self._ranked(self._query_key(query), criteria, limit)

    def _query_key(self, query: str) -> str:
        """The query as names are indexed; a Chinese name read as the English one."""
        return self._normalize(english_occupation(query) or query)

    def _admitted(self, index: int, criteria: Criteria) -> tuple[Entry, ...]:
        return tuple(e for e in self._groups[index] if criteria.admits(e, self._normalize))

    def _ranked(self, normalized: str, criteria: Criteria, limit: int) -> list[Match]:
        if not normalized:
            return []
        scores = _blend(normalized, self._keys)
        matches: list[Match] = []
        for index in sorted(range(len(scores)), key=lambda i: -scores[i]):
            entries = self._admitted(index, criteria)
            if entries:
                matches.append(Match(entries[0].record.name, round(scores[index], 1), entries))
            if len(matches) == limit:
                break
        return matches

    def _named(self, normalized: str, criteria: Criteria) -> Match | None:
        """The name the query spells (normalised), within the filters: found without
        scoring every name, as the answers look up the names they matched."""
        index = self._key_index.get(normalized)
        entries = () if index is None else self._admitted(index, criteria)
        return Match(entries[0].record.name, 100.0, entries) if entries else None

    def best(
        self,
        query: str,
        lists: Iterable[str] | None = None,
        sector: str | None = None,
        industry: str | None = None,
        severity: Severity | None = None,
        duration: Duration | None = None,
        max_min_degree: Degree | None = None,
    ) -> Match | None:
        """The one name the query means, or None if nothing is close enough or it is ambiguous.

        Short of an exact match, the best name must:

        * contain, give or take a typo, more than half of the distinctive query words, words
          that do not end two or more listed names the way "engineer" or "architect" do (so
          "UX designer" and "financial regulator" give None);
        * score :data:`MATCH_THRESHOLD`, or :data:`LOW_MATCH_THRESHOLD` if it contains every
          distinctive query word ("radiologist" finds "Radiology Researcher");
        * beat the runner-up by :data:`AMBIGUITY_MARGIN`;
        * not be one of :data:`SHARED_BY` or more names that contain every query word
          ("engineer", "blockchain", "finance").

        Takes the same filters as :meth:`search`.
        """
        criteria = self._criteria(lists, sector, industry, severity, duration, max_min_degree)
        normalized = self._query_key(query)
        named = self._named(normalized, criteria)
        top = [named] if named else self._ranked(normalized, criteria, 2)
        if not top or top[0].score == 100:
            return top[0] if top else None
        words = self._normalize.tokens(query)
        coverage = self._coverage(words, top[0].name)
        threshold = LOW_MATCH_THRESHOLD if coverage == 1 else MATCH_THRESHOLD
        if coverage <= 0.5 or top[0].score < threshold or self._ambiguous(words, top):
            return None
        return top[0]

    def _coverage(self, words: frozenset[str], name: str) -> float:
        """Share of the distinctive query words found, give or take a typo, in the name."""
        name_words = self._normalize.tokens(name)
        found = [
            any(fuzz.ratio(word, other) >= WORD_MATCH for other in name_words)
            for word in words - self._generic_words
        ]
        return sum(found) / len(found) if found else 0.0

    def _ambiguous(self, words: frozenset[str], top: list[Match]) -> bool:
        """Whether the runner-up is too close or too many names share all the query words."""
        close_second = len(top) > 1 and top[0].score - top[1].score < AMBIGUITY_MARGIN
        sharing = sum(words <= key_words for key_words in self._key_words)
        return close_second or sharing >= SHARED_BY

    def filter(
        self,
        lists: Iterable[str] | None = None,
        sector: str | None = None,
        industry: str | None = None,
        severity: Severity | None = None,
        duration: Duration | None = None,
        max_min_degree: Degree | None = None,
    ) -> list[Entry]:
        """Every entry within the filters, in list order (catalog first, then Qianhai)."""
        criteria = self._criteria(lists, sector, industry, severity, duration, max_min_degree)
        return [entry for entry in self._entries if criteria.admits(entry, self._normalize)]

    def _criteria(
        self,
        lists: Iterable[str] | None,
        sector: str | None,
        industry: str | None,
        severity: Severity | None,
        duration: Duration | None,
        max_min_degree: Degree | None,
    ) -> Criteria:
        return Criteria(
            lists=None if lists is None else frozenset(lists),
            sector=None if sector is None else self._normalize.tokens(sector),
            industry=None if industry is None else self._normalize.tokens(industry),
            severity=severity,
            duration=duration,
            max_min_degree=max_min_degree,
        )


@lru_cache(maxsize=1)
def get_index() -> OccupationIndex:
    """The index of the knowledge base, built once per process."""
    return OccupationIndex.build(load_knowledge_base())
