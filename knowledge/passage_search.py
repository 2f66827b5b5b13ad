"""Ranks the documents' passages for a question (BM25) and says how sure it is.

Words are lower-cased, stop words dropped and the rest stemmed (Snowball), so "registered"
finds "registration"; abbreviations the knowledge base knows are expanded ("TCM"); a word
the passages never use is corrected to the closest word they do use when it is near enough
("renumeration"). A passage is indexed with its section heading, so "the definition of a
foreign talent" finds the sentence under the heading "Foreign talent".

BM25 scores are not comparable across questions, so each hit also carries its *coverage*:
the share of the question's weight (inverse document frequency of its words) that the
passage and its heading contain. A question with no hit covering enough of it has no
relevant passage: the caller says the documents do not answer it.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import bm25s
import numpy as np

from knowledge.base import load_knowledge_base
from knowledge.passages import Passage, all_passages
from knowledge.qa.documents import documents_named
from knowledge.search_definitions import Definitions
from knowledge.search_headings import QUOTED, Headings
from knowledge.search_terms import (
    ACRONYM,
    ASKS_NUMBER,
    FACT_KINDS,
    INNER_NAME,
    Analyzer,
    stem_variants,
)
from knowledge.search_titles import TitleWords, without_titles
from knowledge.spelling import MIN_TYPO_LENGTH, Speller
from knowledge.vocabulary import abbreviations

# A passage's paragraph (the other sentences of its line) adds this share of its score.
_PARAGRAPH_WEIGHT = 0.3
# Hits from the documents a question names are kept when the best covers this much of it
# (the cues can be wrong: "the city catalogues" are not the Shanghai catalog).
MIN_NAMED_COVERAGE = 0.3
# "How many" questions prefer passages that state a number (search_terms.FACT_KINDS), and
# more those that count what is asked ("154,000 enterprises"): their score is multiplied.
COUNT_BOOST = 2.0
# Each pair of the question's words found side by side in a passage raises its score by
# this share.
PHRASE_BOOST = 0.3
# The best hits by score, this many more than asked for, are ranked again by score times
# coverage (see _reranked: a passage using all of the question's words beats one using its
# words often).
RERANKED = 5
# The words a question focuses on (see PassageIndex.focus) weigh this much more in coverage.
FOCUS_WEIGHT = 1.5
# A passage that uses all the words the question puts in quotes counts more.
QUOTED_BOOST = 1.5
# An acronym only a passage or two use ("ISO") names the very thing asked about.
RARE_ACRONYM_BOOST = 3.0
RARE_USES = 2
# A passage under a heading the question quotes ('what is a "foreign talent"?') counts more.
HEADING_BOOST = 2.0
# The heading counts once; the passage text counts this many times.
_TEXT_WEIGHT = 2


@dataclass(frozen=True)
class Hit:
    """A passage found for a question: BM25 score, coverage of the question (0-1) and how
    many of the question's terms it contains."""

    passage: Passage
    score: float
    coverage: float
    matched: int = 0
    # Whether the passage sits under a heading the question quotes.
    heading: bool = False
    # The question's words that name the passage's document ("the Shanghai list"), left out
    # of the search of that document: found in the passage by its being in the document.
    naming: int = 0
    # Whether the passage defines the word the question asks the meaning of.
    defines: bool = False


class PassageIndex:
    """BM25 over every passage of the five documents."""

    def __init__(self, passages: Sequence[Passage], analyzer: Analyzer) -> None:
        self.passages = tuple(passages)
        self.analyzer = analyzer
        text_terms = [analyzer.terms(p.text) for p in passages]
        self._terms = [
            analyzer.terms(f"{p.section} {p.lead}") + terms * _TEXT_WEIGHT
            for p, terms in zip(passages, text_terms, strict=True)
        ]
        self._term_sets = [frozenset(terms) for terms in self._terms]
        self._text_term_sets = [frozenset(terms) for terms in text_terms]
        self._phrases: dict[tuple[str, str], list[int]] = {}
        for i, terms in enumerate(text_terms):
            for pair in set(itertools.pairwise(terms)):
                self._phrases.setdefault(pair, []).append(i)
        doc_terms: dict[str, set[str]] = {}
        for p, terms in zip(self.passages, self._term_sets, strict=True):
            doc_terms.setdefault(p.doc, set()).update(terms)
        self._doc_terms = {doc: frozenset(terms) for doc, terms in doc_terms.items()}
        self._headings = Headings(self.passages, analyzer)
        self._states = [
            np.array([bool(sign.search(p.text)) for p in passages]) for _, sign, _ in FACT_KINDS
        ]
        self._counted = [analyzer.counted(p.text) for p in passages]
        self._definitions = Definitions(self.passages, analyzer)
        self._bm25 = bm25s.BM25()
        self._bm25.index(self._terms, show_progress=False)
        keys = [(p.doc, p.line) for p in passages]
        self._paragraph_keys = list(dict.fromkeys(keys))
        self._paragraph_of = [self._paragraph_keys.index(key) for key in keys]
        paragraphs: dict[tuple[str, int], list[str]] = {}
        for key, terms in zip(keys, self._terms, strict=True):
            paragraphs.setdefault(key, []).extend(terms)
        self._paragraphs = bm25s.BM25()
        self._paragraphs.index([paragraphs[k] for k in self._paragraph_keys], show_progress=False)
        frequency = Counter(term for terms in self._term_sets for term in terms)
        count = len(self.passages)
        self._idf = {t: math.log(1 + count / f) for t, f in frequency.items()}
        texts = (f"{p.section} {p.text}" for p in passages)
        self._speller = Speller(texts, self._idf, analyzer)
        self._variants = stem_variants(self._idf)
        self._titles = TitleWords(self.passages, self._term_sets, analyzer)

    def query_terms(self, question: str) -> list[str]:
        """The question's terms, misspelt words corrected to the passages' words."""
        return [term for group in self.query_groups(question) for term in group]

    def query_groups(self, question: str) -> list[tuple[str, ...]]:
        """The question's terms grouped by the word they stand for (a word and its
        synonyms), misspelt words corrected; each term in its first group only."""
        seen: set[str] = set()
        groups: list[tuple[str, ...]] = []
        for words in self.analyzer.word_groups(question):
            terms = [self._term(word) for word in words]
            terms += [v for t in terms for v in self._variants.get(t, ())]
            group = tuple(t for t in dict.fromkeys(terms) if t not in seen)
            seen.update(group)
            if group:
                groups.append(group)
        return groups

    def specific_terms(self, question: str, docs: Sequence[str]) -> set[str]:
        """The question's terms less the title words of the documents it names."""
        return set(self.query_terms(question)) - self._titles.common(docs)

    def names_absent(self, question: str, doc: str) -> list[str]:
        """Capitalised words inside the question's sentences ("the Nobel Prize in
        Literature") that no passage of ``doc`` uses: names that document doesn't know."""
        used = self._doc_terms.get(doc, frozenset())
        return [
            name
            for name in dict.fromkeys(INNER_NAME.findall(question))
            if (terms := self.analyzer.terms(name))
            and not set(terms) & used
            and self._speller.corrected(name.lower()) not in used
        ]

    def document_terms(self, doc: str) -> frozenset[str]:
        """The terms a document's passages use."""
        return self._doc_terms.get(doc, frozenset())

    def knows(self, term: str) -> bool:
        """Whether any passage uses the term."""
        return term in self._idf

    def _term(self, word: str) -> str:
        stemmed = self.analyzer.terms(word)
        term = stemmed[0] if stemmed else word
        if term not in self._idf and len(word) >= MIN_TYPO_LENGTH:
            term = self._speller.corrected(word) or self._speller.same_prefix(term) or term
        return term

    def find(self, question: str, k: int = 3) -> list[Hit]:
        """The best passages, from the documents the question names if it names any, whose
        titles' words then no longer count (they name the document, not the answer); for a
        question asking what a word means, the sentences defining it."""
        docs = documents_named(question)
        # The sentence defining the word asked about answers all of the question.
        asked_words = len(self.query_groups(question))
        defining = [
            Hit(self.passages[i], 1.0, 1.0, asked_words, defines=True)
            for i in self._definitions.defining(question)
            if not docs or self.passages[i].doc in docs
        ]
        if defining:
            return defining[:k]
        quoted = {t for phrase in QUOTED.findall(question) for t in self.analyzer.terms(phrase)}
        asked = self.asked_for(question)
        if docs:
            title_terms = self._titles.common(docs) - quoted - asked
            named = self.search(without_titles(question, docs), k, docs, title_terms)
            if named and named[0].coverage >= MIN_NAMED_COVERAGE:
                return named
        return self.search(question, k)

    def search(
        self,
        question: str,
        k: int = 3,
        docs: Iterable[str] | None = None,
        ignored: Iterable[str] = (),
    ) -> list[Hit]:
        """The ``k`` best passages for the question, best first (only from ``docs`` if given)."""
        all_groups = self.query_groups(question)
        groups = _without(all_groups, set(ignored)) or all_groups
        named_words = len(all_groups) - len(groups)
        known = [t for group in groups for t in group if t in self._idf]
        if not known:
            return []
        focus, asked = self.focus(question), self.asked_for(question)
        paragraph_scores = self._paragraphs.get_scores(known)[self._paragraph_of]
        scores = self._bm25.get_scores(known) + _PARAGRAPH_WEIGHT * paragraph_scores
        for (cue, _, factor), states in zip(FACT_KINDS, self._states, strict=True):
            if cue.search(question):
                scores = scores * np.where(states, factor, 1.0)
        if ASKS_NUMBER.search(question):
            counts_asked = [bool(asked & counted) for counted in self._counted]
            scores = scores * np.where(counts_asked, COUNT_BOOST, 1.0)
        scores = scores * (1 + PHRASE_BOOST * self._phrase_counts(groups))
        for phrase in [*QUOTED.findall(question), *ACRONYM.findall(question)]:
            quoted = set(self.analyzer.terms(phrase))
            uses = np.array([bool(quoted) and quoted <= terms for terms in self._term_sets])
            rare = ACRONYM.fullmatch(phrase) and uses.sum() <= RARE_USES
            scores = scores * np.where(uses, RARE_ACRONYM_BOOST if rare else QUOTED_BOOST, 1.0)
        named = self._headings.named_by(question, self.query_terms(question))
        scores = scores * np.where(named, HEADING_BOOST, 1.0)
        allowed = set(docs) if docs else None
        order = np.argsort(-scores, kind="stable")
        hits: list[Hit] = []
        for i in order:
            if scores[i] <= 0 or len(hits) == k + RERANKED:
                break
            passage = self.passages[i]
            if allowed is None or passage.doc in allowed:
                # The noun asked for counts only in the passage's own words, not its heading.
                present = self._term_sets[i] - (asked - self._text_term_sets[i])
                matched = sum(any(t in present for t in group) for group in groups)
                coverage = self._covered(groups, present, focus)
                score = float(scores[i])
                hits.append(Hit(passage, score, coverage, matched, bool(named[i]), named_words))
        return sorted(hits, key=_reranked, reverse=True)[:k]

    def _phrase_counts(self, groups: list[tuple[str, ...]]) -> np.ndarray:
        """For each passage, how many pairs of the question's consecutive words it uses
        side by side ("strategic positioning")."""
        counts = np.zeros(len(self.passages))
        pairs = {
            (a, b) for first, second in itertools.pairwise(groups) for a in first for b in second
        }
        for pair in pairs:
            counts[self._phrases.get(pair, [])] += 1
        return counts

    def asked_for(self, question: str) -> frozenset[str]:
        """The terms of the noun a "which/what/how many" question asks for ("cities")."""
        return self.analyzer.asked_for(question)

    def focus(self, question: str) -> frozenset[str]:
        """The terms the answer must be about (see :meth:`Analyzer.focus`)."""
        return self.analyzer.focus(question)

    def coverage(self, question: str, text: str, specific: bool = False) -> float:
        """The share of the question's weight that a text (any answer) contains; with
        ``specific``, only words that name no document count."""
        groups = self.query_groups(question)
        if specific:
            named = self._titles.every
            groups = _without(groups, named) or groups
        return self._covered(groups, frozenset(self.analyzer.terms(text)), self.focus(question))

    def _covered(
        self,
        groups: list[tuple[str, ...]],
        present: frozenset[str],
        focus: frozenset[str] = frozenset(),
    ) -> float:
        """The share of the question's weight present: a word counts, with the weight of
        its rarest known term (more for a word in focus), when it or one of its synonyms is
        there."""
        total = found = 0.0
        for group in groups:
            known = [self._idf[t] for t in group if t in self._idf]
            weight = max(known) if known else self._unknown_idf
            weight *= FOCUS_WEIGHT if focus.intersection(group) else 1.0
            total += weight
            found += weight if any(t in present for t in group) else 0.0
        return found / total if total else 0.0

    @property
    def _unknown_idf(self) -> float:
        return math.log(1 + len(self.passages))


def _reranked(hit: Hit) -> float:
    """A hit's score times its coverage to the power 1.5 (coverage counts more than
    repeated words); under a quoted heading, its score alone."""
    return hit.score * (1.0 if hit.heading else hit.coverage**1.5)


def _without(groups: list[tuple[str, ...]], dropped: set[str]) -> list[tuple[str, ...]]:
    """The groups without the dropped terms (and without groups left empty)."""
    kept = [tuple(t for t in group if t not in dropped) for group in groups]
    return [group for group in kept if group]


@lru_cache(maxsize=1)
def get_passage_index() -> PassageIndex:
    """The passage index over the five documents (built once per process)."""
    return PassageIndex(all_passages(), Analyzer(abbreviations(load_knowledge_base())))
