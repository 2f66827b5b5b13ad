"""The Answer type and how answers cite their sources."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from rapidfuzz import fuzz

from knowledge.eligibility.verdict import Status
from knowledge.name_normalizer import Normalizer
from knowledge.records import Fact, KnowledgeBase, Provenance
from knowledge.source_index import load_sources
from knowledge.vocabulary import abbreviations


@dataclass(frozen=True)
class Answer:
    """A reply: its text, the provenance of every fact it states, and optional choices.

    ``choices`` are (label, value) pairs the channel may render as buttons; the meaning of
    ``value`` is up to the caller (e.g. an intent payload).
    """

    text: str
    sources: tuple[Provenance, ...] = ()
    choices: tuple[tuple[str, str], ...] = field(default=())

    def render(self) -> str:
        """The text followed by a ``Source:`` line naming each document and section once."""
        citation = cite(self.sources)
        return f"{self.text}\n{citation}" if citation else self.text


def cite(sources: tuple[Provenance, ...], compact: bool = False) -> str:
    """``Source: <document short title, version> (<section>; <section>)`` per document;
    ``compact`` names the documents only (for a cut answer whose rest cites in full)."""
    if not sources:
        return ""
    index = load_sources()
    if compact:
        names = (re.sub(r" \(.*\)$", "", index[p.doc].short) for p in sources)
        return "Source: " + " | ".join(dict.fromkeys(names))
    by_doc: dict[str, list[str]] = {}
    for provenance in sources:
        places = by_doc.setdefault(provenance.doc, [])
        place = provenance.describe()
        if place not in places:
            places.append(place)
    parts = []
    for doc, places in by_doc.items():
        source = index[doc]
        shown = _merged_places(places)
        more = "; …" if len(shown) > MAX_PLACES else ""
        parts.append(f"{source.short} ({'; '.join(shown[:MAX_PLACES])}{more})")
    return "Source: " + " | ".join(parts)


def _merged_places(places: list[str]) -> list[str]:
    """Places sharing a heading ("Requirements: junior", "Requirements: intermediate") as the
    heading alone, in order."""
    heads = [place.split(": ")[0] for place in places]
    merged = [h if heads.count(h) > 1 else p for h, p in zip(heads, places, strict=True)]
    return _merged_rows(list(dict.fromkeys(merged)))


def _merged_rows(places: list[str]) -> list[str]:
    """Rows of one table as one place: "Table 2, row 4", "Table 2, row 12" -> "Table 2,
    rows 4, 12"."""
    rows: dict[str, list[str]] = {}
    for place in places:
        table, _, row = place.rpartition(", row ")
        rows.setdefault(table if table and row.isdigit() else place, []).append(row)
    return [
        f"{table}, row{'s' if len(numbers) > 1 else ''} {', '.join(numbers)}"
        if numbers[0].isdigit()
        else table
        for table, numbers in rows.items()
    ]


def bullet_list(items: list[str] | tuple[str, ...]) -> str:
    """Items as a short list, one per line."""
    return "\n".join(f"• {item}" for item in items)


# A Source line names at most this many places per document.
MAX_PLACES = 3

# --- Helpers shared by the answer modules ----------------------------------------------

STATUS_MARKS = {Status.MET: "✔", Status.NOT_MET: "✘", Status.UNKNOWN: "?"}
# closest_name: lowest score accepted, and the lead the best name needs over the runner-up.
NAME_THRESHOLD = 80.0
NAME_MARGIN = 5.0
# Two words are one stem when they share a prefix this long and covering this much of the
# shorter word ("finance" / "financial", "biomed" / "biomedicine").
STEM_PREFIX = 4
STEM_SHARE = 0.75


class Located(Protocol):
    """A record that knows where it comes from."""

    @property
    def provenance(self) -> Provenance:
        """Where the record's text is in its source."""
        ...


def provenances(records: Iterable[Located]) -> tuple[Provenance, ...]:
    """The provenance of each record, each place once, in order."""
    return tuple(dict.fromkeys(record.provenance for record in records))


def table_sources(records: Iterable[Located]) -> tuple[Provenance, ...]:
    """The tables or sections the records come from, each cited once, without rows or lines."""
    places = (
        Provenance(doc=p.doc, section=p.section, table=p.table)
        for p in (record.provenance for record in records)
    )
    return tuple(dict.fromkeys(places))


def facts_by_key(facts: Iterable[Fact]) -> dict[str, Fact]:
    """Facts keyed by their key."""
    return {fact.key: fact for fact in facts}


def series(items: Sequence[str]) -> str:
    """``a, b and c``."""
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"


def count_of(n: int, noun: str) -> str:
    """``1 job``, ``2 jobs``: the number and the noun, plural with a plain "s"."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def name_list(names: Sequence[str], limit: int | None = None) -> str:
    """Names separated by semicolons (names may contain "and"), past ``limit`` "and N more"."""
    shown = list(names if limit is None else names[:limit])
    rest = len(names) - len(shown)
    return "; ".join(shown) + (f"; and {rest} more" if rest else "")


def status_line(name: str, status: Status, explanation: str) -> str:
    """``✔ degree (met): explanation``, with ``✘`` for not met and ``?`` for unknown."""
    return f"{STATUS_MARKS[status]} {capitalized(name)} ({status.value}): {explanation}"


def capitalized(text: str) -> str:
    """The text with its first letter in upper case and the rest unchanged."""
    return text[:1].upper() + text[1:]


def chinese_version_note(kb: KnowledgeBase, doc: str) -> Fact | None:
    """The document's own statement that its Chinese version prevails, if it makes one."""
    if not kb.sources[doc].chinese_version_prevails:
        return None
    facts = (fact for q in kb.qualification_lists if q.doc == doc for fact in q.facts)
    return next((fact for fact in facts if fact.key == "chinese_prevails"), None)


def with_language_note(
    kb: KnowledgeBase, doc: str, lines: list[str], records: list[Located]
) -> Answer:
    """An answer from ``lines`` citing ``records``, plus a reminder that the English text of
    ``doc`` is a translation when the document says its Chinese version prevails."""
    note = chinese_version_note(kb, doc)
    if note is not None:
        lines = [
            *lines,
            f"Note: the English text of the {kb.sources[doc].short} is for reference only; "
            "the Chinese version prevails.",
        ]
        records = [*records, note]
    return Answer("\n".join(lines), provenances(records))


def closest_name(kb: KnowledgeBase, query: str, names: Sequence[str]) -> str | None:
    """The one name the query means ("AI", "financial", "Shenzen"), or None.

    Names and query are normalised as by the occupation index (abbreviations expanded), query
    words are aligned to name words of the same stem, then scored with ``token_set_ratio``. An
    exact normalised match wins; otherwise the best name needs :data:`NAME_THRESHOLD` and a
    lead of :data:`NAME_MARGIN` over the runner-up ("service" fits three industries: None).
    """
    normalize = Normalizer(abbreviations(kb))
    wanted = normalize(query)
    keys = [normalize(name) for name in names]
    if wanted in keys:
        return names[keys.index(wanted)]
    scores = sorted(
        ((_stem_score(wanted, key), name) for key, name in zip(keys, names, strict=True)),
        reverse=True,
    )
    if not scores or scores[0][0] < NAME_THRESHOLD:
        return None
    if len(scores) > 1 and scores[0][0] - scores[1][0] < NAME_MARGIN:
        return None
    return scores[0][1]


def _stem_score(query: str, name: str) -> float:
    """``token_set_ratio`` after replacing query words by name words of the same stem."""
    name_words = name.split()
    aligned = [next((n for n in name_words if _same_stem(q, n)), q) for q in query.split()]
    return fuzz.token_set_ratio(" ".join(aligned), name)


def _same_stem(first: str, second: str) -> bool:
    """Whether two words share a long enough prefix to count as one word."""
    shorter = min(len(first), len(second))
    shared = next((i for i in range(shorter) if first[i] != second[i]), shorter)
    return shared >= STEM_PREFIX and shared >= STEM_SHARE * shorter
