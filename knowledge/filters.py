"""Reads list filters (shortage severity, demand duration) from free text."""

from __future__ import annotations

from knowledge.records import Duration, Severity


def match_severity(text: str) -> Severity | None:
    """The shortage severity named in ``text`` (its first word: extremely, relatively...)."""
    lowered = text.lower()
    return next((s for s in Severity if s.value.split()[0] in lowered), None)


def match_duration(text: str) -> Duration | None:
    """The demand duration named in ``text`` ("long term", "short term", "near future")."""
    lowered = text.lower()
    return next((d for d in Duration if d.value.split(" (")[0] in lowered), None)
