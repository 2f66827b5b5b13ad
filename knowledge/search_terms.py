"""Index terms for passage search: words, abbreviations and synonyms, stems, and what a
question focuses on (the noun a "which ..." asks for, the last question of a long message).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

import snowballstemmer
from bm25s.stopwords import STOPWORDS_EN

from knowledge.search_vocabulary import EXTRA_STOP, QUESTION_WORDS, SYNONYMS

_WORD = re.compile(r"[a-z0-9]+(?:[.,][0-9]+)*")
_CATEGORY = re.compile(r"\bcategory ([a-d])\b")
# The one-letter visa: "R visa" is the talent visa (the letter alone would be dropped).
_R_VISA = re.compile(r"\br[- ]?visa")
STOP = frozenset(STOPWORDS_EN) | QUESTION_WORDS | EXTRA_STOP
# Longer "words" (a pasted blob without spaces) are no words: they are skipped.
MAX_WORD = 40
# Distinct words whose stems are remembered (the five documents have about 1,500).
STEM_CACHE = 50_000
# Endings the stemmer leaves on one form of a word and not on another, with the shortest
# term they are added to ("serv" + "ic"; "academ" + "i"; "recogn" + "it").
_STEM_ENDINGS = {"ic": 4, "i": 5, "t": 6, "it": 6}
# What a "which/what/how many" question asks for, and where sentences end.
_WH = r"\b(?:which|what|how many|how much)\s+(?:of the |the |kinds? of |types? of )?"
_AUXILIARY = r"(?:does|do|did|is|are|was|were|can|could|will|would|has|have|should|must|may)"
# "which work permit categories does ...": the phrase before the verb, its last word the head.
_WH_PHRASE = re.compile(_WH + rf"((?:[a-z][a-z-]+ ){{0,2}}[a-z][a-z-]+) {_AUXILIARY}\b", re.I)
_WH_NOUN = re.compile(_WH + r"([a-z][a-z-]+)", re.I)
# "who can qualify for ...": what the answer must state is who qualifies.
_WHO_VERB = re.compile(r"\bwho (?:can|could|may|will|is able to) (qualify|apply|benefit)\b", re.I)
# "What does the notice say about R visas?": the answer must be about R visas.
_SAYS_ABOUT = re.compile(
    r"\b(?:say|says|said|mention|mentions|state|states|tell me) about ([^?.!]+)", re.I
)
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+")


class Analyzer:
    """Turns text into index terms: words, abbreviations expanded, stop words out, stemmed."""

    def __init__(self, expansions: dict[str, str]) -> None:
        self._expansions = expansions
        # Words recur (the documents' passages are analysed again for each question):
        # stemming each anew was a third of the action server's CPU under load (py-spy).
        self._stem = functools.lru_cache(maxsize=STEM_CACHE)(
            snowballstemmer.stemmer("english").stemWord
        )

    def word_groups(self, text: str) -> list[list[str]]:
        """The text's content words, lower-cased, not stemmed, "Category B" one word: each
        group is one word of the text (or of an abbreviation's expansion) with the synonyms
        that can stand for it."""
        groups: list[list[str]] = []
        lowered = _R_VISA.sub("talent visa", text.lower())
        for word in _WORD.findall(_CATEGORY.sub(r"category category\1", lowered)):
            expanded = [[w] for w in self._expansions.get(word, word).split()]
            expanded[-1].extend(SYNONYMS.get(word, "").split())
            for group in expanded:
                kept = [w for w in group if w not in STOP and 1 < len(w) <= MAX_WORD]
                if kept:
                    groups.append(kept)
        return groups

    def words(self, text: str) -> list[str]:
        """The text's content words, abbreviations and synonyms expanded, not stemmed."""
        return [w for group in self.word_groups(text) for w in group]

    def terms(self, text: str) -> list[str]:
        """The text's index terms (stemmed content words)."""
        return [self._stem(word) for word in self.words(text)]

    def asked_for(self, question: str) -> frozenset[str]:
        """The terms of the noun a "which/what/how many" question asks for ("cities"), or
        the verb of a "who can qualify/apply/benefit" question."""
        lowered = question.lower()
        phrases = _WH_PHRASE.findall(lowered) or _WH_NOUN.findall(lowered)
        nouns = [phrase.split()[-1] for phrase in phrases] + _WHO_VERB.findall(lowered)
        return frozenset(t for n in nouns if n not in STOP for t in self.terms(n))

    def counted(self, text: str) -> frozenset[str]:
        """The terms of the words a number counts in the text ("154,000 enterprises")."""
        return frozenset(t for words in _COUNTED.findall(text) for t in self.terms(words))

    def focus(self, question: str) -> frozenset[str]:
        """The terms the answer must be about: the noun a "which/what/how many" asks for
        ("which cities"), what "... say about" names, and, in a message of several
        sentences, its last question's words."""
        sentences = [s for s in _SENTENCE_END.split(question) if s.strip()]
        last_question = [s for s in sentences if s.rstrip().endswith("?")][-1:]
        words = self.words(last_question[0]) if len(sentences) > 1 and last_question else []
        words += [w for topic in _SAYS_ABOUT.findall(question) for w in self.words(topic)]
        return self.asked_for(question) | {t for w in words for t in self.terms(w)}


def stem_variants(known: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Terms the stemmer left apart that are one word ("serv" from "serving" and "servic"
    from "service", "strateg" and "strategi"): each term with the known terms that extend it
    by an ending the stemmer leaves behind."""
    present = set(known)
    variants: dict[str, tuple[str, ...]] = {}
    for term in present:
        longer = tuple(
            term + ending
            for ending, shortest in _STEM_ENDINGS.items()
            if len(term) >= shortest and term + ending in present
        )
        # "qualif" (qualification) and "qualifi" (qualify) are not one word.
        if longer and not term.isdigit() and not term.endswith("if"):
            variants[term] = longer
    return variants


# --- Question cues the search reads besides the terms ---------------------------------

# An acronym the question uses ("ISO", "CFA") picks out passages as a quoted word does.
ACRONYM = re.compile(r"\b(?!I\b)[A-Z]{2,6}\b")

# A capitalised word that does not start a sentence ("... the Nobel Prize in Literature").
INNER_NAME = re.compile(
    r"(?<=[A-Za-z,] )(?!(?:January|February|March|April|June|July|August|September|October|"
    r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"[A-Z][a-z]{3,}\b"
)

# A question asking when, and a passage stating a year or a month.
ASKS_DATE = re.compile(r"\bwhen\b|\b(what|which) (date|year|month|day)\b|什么时候|何时", re.I)
DATE = re.compile(
    r"\b(19|20)\d\d\b|\b(January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\b"
)

# A question asking for a number ("how many", "up to what age").
# A number and the (up to two) words after it: what it counts.
_COUNTED = re.compile(r"\b\d[\d,.]*\s+([A-Za-z-]+(?:\s+[A-Za-z-]+)?)")
# A share asked for: passages with a percentage first.
ASKS_PERCENT = re.compile(r"percent|share|proportion|比例|百分|占比|多大比重", re.I)
ASKS_NUMBER = re.compile(
    r"how (many|much|old)|what (share|percentage|proportion|number|percent|age)|up to what|"
    r"age limit|多少|几",
    re.I,
)
# Questions asking for a kind of fact prefer the passages stating one: (the question's cue,
# the passage's sign, the factor on its score).
FACT_KINDS = (
    (ASKS_NUMBER, re.compile(r"\d"), 1.3),
    (ASKS_DATE, DATE, 1.3),
    (ASKS_PERCENT, re.compile("%"), 1.3),
)
