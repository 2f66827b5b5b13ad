"""Who can answer what the documents leave open, per document, from the documents."""

from __future__ import annotations

from knowledge.answers import qianhai
from knowledge.records import KnowledgeBase

HANDOFF = "I can also pass your question to a person: just ask."


def who_to_ask(kb: KnowledgeBase, docs: list[str], question: str = "") -> str:
    """One line naming who to ask about the documents ``docs`` (all of them when empty);
    for the pilot, the authority of the pilot city the question names, if it names one."""
    places = [_place(kb, doc, question) for doc in dict.fromkeys(docs)] or [
        "your employer's HR or the authority handling your application"
    ]
    return f"Please ask {' or '.join(dict.fromkeys(places))}. {HANDOFF}"


def _place(kb: KnowledgeBase, doc: str, question: str) -> str:
    if doc == "qianhai":
        lines, _ = qianhai.contact_lines(kb)
        return f"the {qianhai.workstation_name(kb)} ({'; '.join(lines)})"
    if doc.startswith("shanghai_qualifications"):
        issuer = kb.sources["shanghai_qualifications_3"].issuer
        titles = kb.titles
        return (
            f"the {issuer} (it issued the 3.0 notice and reviews title applications, which are "
            f"uploaded online to the {titles.upload_site_name}, {titles.upload_url})"
        )
    if doc == "shanghai_catalog":
        return (
            "your employer (it issues the job's certification) or Shanghai's work-permit authority"
        )
    city = next((c.name for c in kb.pilot.cities if c.name.lower() in question.lower()), None)
    if city:
        return f"the talent authority of {city} (each pilot city applies its own catalog)"
    return "the talent authority of your pilot city (each city applies its own catalog)"
