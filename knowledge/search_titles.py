"""The words of the documents' titles: they name a document rather than a fact in it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from knowledge.passages import Passage
from knowledge.search_terms import Analyzer
from knowledge.source_index import load_sources

# A title word is ignored in a search of its document when more than this share of the
# document's passages use it.
COMMON_SHARE = 0.25
_TITLE_NOTE = re.compile(r"(\s*\((first list|article|\d{4} report)\)|, news report)", re.I)


class TitleWords:
    """Each document's title words: all of them, and those most of its passages use."""

    def __init__(
        self, passages: Sequence[Passage], term_sets: Sequence[frozenset[str]], analyzer: Analyzer
    ) -> None:
        titles = {key: f"{s.title} {s.short}" for key, s in load_sources().items()}
        self.every = {t for title in titles.values() for t in analyzer.terms(title)}
        self._common = {}
        for key, title in titles.items():
            rows = [terms for p, terms in zip(passages, term_sets, strict=True) if p.doc == key]
            self._common[key] = {
                t
                for t in analyzer.terms(title)
                if not t.isdigit() and sum(t in r for r in rows) > COMMON_SHARE * len(rows)
            }

    def common(self, docs: Sequence[str]) -> set[str]:
        """The title words of these documents that most of their passages use."""
        return {t for doc in docs for t in self._common[doc]}


def without_titles(question: str, docs: Sequence[str]) -> str:
    """The question without the full titles of these documents it writes out."""
    sources = load_sources()
    for doc in docs:
        # "List of ... in Qianhai (2020 report)": the name without its note.
        name = _TITLE_NOTE.sub("", sources[doc].title).strip(" .")
        question = re.sub(re.escape(name).replace(r"\ ", r"\s+"), " ", question, flags=re.I)
    return question
