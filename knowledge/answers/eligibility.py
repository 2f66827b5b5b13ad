"""Wording of eligibility verdicts, and the questions that ask for a missing input."""

from __future__ import annotations

from knowledge.answers.common import Answer, capitalized, provenances, status_line
from knowledge.eligibility.verdict import Outcome, Verdict

OUTCOMES = {
    Outcome.ELIGIBLE: "you meet every requirement I can check",
    Outcome.NOT_ELIGIBLE: "at least one requirement is not met",
    Outcome.UNDETERMINED: "I can't tell yet; I need more information",
}
QUESTIONS = {
    "degree": "What is your highest degree (for example bachelor's, master's or PhD)?",
    "years": "How many years of related work experience do you have?",
    "occupation": "What is your job or occupation?",
    "years_in_shanghai": "How many years of related work have you done in Shanghai?",
    "category_c": "Do you hold a Category C qualification of the Shanghai qualification list?",
    "employer_certification": "Will your employer certify your job for the Shanghai catalog?",
    "programme": (
        "Which should I check: a job on the Shanghai catalog, an occupation on the Qianhai "
        "list, or a professional title?"
    ),
}


def verdict(result: Verdict) -> Answer:
    """Outcome first, then each criterion (✔ met / ✘ not met / ? unknown), then the notes."""
    outcome = f"{result.outcome.value}: {OUTCOMES[result.outcome]}"
    lines = [f"{capitalized(result.subject)}: {outcome}."]
    lines += [status_line(c.name, c.status, c.explanation) for c in result.criteria]
    lines += [f"Note: {note}" for note in result.notes]
    return Answer("\n".join(lines), provenances(result.criteria))


def missing_prompt(missing_name: str) -> str:
    """The question that asks for one missing input (``degree``, ``years``, ...).

    A question states no fact, so it is plain text, not an Answer with sources.
    """
    return QUESTIONS[missing_name]
