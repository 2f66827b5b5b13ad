"""Reads list filters (industry, severity, duration) from free text."""

from __future__ import annotations

from rapidfuzz import fuzz, process

from knowledge.records import Duration, KnowledgeBase, Severity

_INDUSTRY_CUTOFF = 70


def match_industry(kb: KnowledgeBase, text: str | None) -> str | None:
    """The Qianhai industry named by ``text`` ("finance", "logistics", "IT services"...)."""
    if not text:
        return None
    industries = sorted({o.industry for o in kb.qianhai.occupations})
    stems = {name: name.lower().replace(" industry", "") for name in industries}
    found = process.extractOne(
        text.lower(), stems, scorer=fuzz.partial_ratio, score_cutoff=_INDUSTRY_CUTOFF
    )
    return found[2] if found else None


def match_severity(text: str) -> Severity | None:
    """The shortage severity named in ``text`` (its first word: extremely, relatively...)."""
    lowered = text.lower()
    return next((s for s in Severity if s.value.split()[0] in lowered), None)


def match_duration(text: str) -> Duration | None:
    """The demand duration named in ``text`` ("long term", "short term", "near future")."""
    lowered = text.lower()
    return next((d for d in Duration if d.value.split(" (")[0] in lowered), None)
