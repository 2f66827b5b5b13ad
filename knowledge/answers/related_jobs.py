"""Occupations related to a job the lists do not name: Qianhai rows whose specialties or
competencies use the job's own word ("architect" -> "architecture").

This is what a requirement column says, not a judgement that the jobs are the same: the
answer names the rows and quotes the words that matched.
"""

from __future__ import annotations

import re

import snowballstemmer

from knowledge.records import KnowledgeBase, QianhaiOccupation

# Words of job titles that say nothing about the field.
_GENERIC = frozenset(
    [
        "engineer",
        "engineering",
        "specialist",
        "manager",
        "management",
        "professional",
        "expert",
        "officer",
        "worker",
        "staff",
        "senior",
        "junior",
        "assistant",
        "director",
        "consultant",
        "analyst",
        "designer",
        "designs",
        "developer",
        "technician",
        "researcher",
        "lead",
        "head",
        "chief",
        "job",
        "work",
    ]
)
_WORD = re.compile(r"[a-z]{4,}")
# At most this many related rows are named.
MAX_RELATED = 3
_STEMMER = snowballstemmer.stemmer("english")


def related_by_requirements(
    kb: KnowledgeBase, query: str, exclude: tuple[str, ...] = ()
) -> tuple[list[QianhaiOccupation], str]:
    """Qianhai rows whose specialties (else competencies) use one of the query's field
    words (a word that is no generic job-title word), in table order, those named in
    ``exclude`` left out, and which column named the field."""
    generic = set(_STEMMER.stemWords(_GENERIC))
    stems = {_STEMMER.stemWord(w) for w in _WORD.findall(query.lower())} - generic
    if not stems:
        return [], ""
    rows = [r for r in kb.qianhai.occupations if r.name.lower() not in {n.lower() for n in exclude}]
    by_specialty = [r for r in rows if _uses(r.specialties, stems)]
    by_competency = [r for r in rows if _uses(" ".join(r.competencies), stems)]
    if by_specialty:
        return by_specialty[:MAX_RELATED], "specialties"
    return by_competency[:MAX_RELATED], "competencies"


def _uses(text: str, stems: set[str]) -> bool:
    return any(word.startswith(stem) for stem in stems for word in _WORD.findall(text.lower()))
