"""Wording of eligibility verdicts, and the questions that ask for a missing input."""

from __future__ import annotations

from knowledge.answers.common import Answer, capitalized, provenances, status_line
from knowledge.eligibility.verdict import Outcome, Verdict
from knowledge.records import Degree
from knowledge.source_index import load_sources

OUTCOMES = {
    Outcome.ELIGIBLE: "you meet every requirement I can check",
    Outcome.NOT_ELIGIBLE: "at least one requirement is not met",
    Outcome.UNDETERMINED: "I can't tell yet; I need more information",
}
YES_NO = (("Yes", "yes"), ("No", "no"))
# Programme values (NLU entity ``programme``) an eligibility check can be about: what is
# checked, and the document whose short title completes the label.
PROGRAMME_DOCS = {
    "shanghai_catalog": ("A job on the", "shanghai_catalog"),
    "qianhai_list": ("An occupation on the", "qianhai"),
    "professional_title": ("A professional title under the", "shanghai_qualifications_3"),
}
QUESTIONS = {
    "degree": "What is your highest degree?",
    "years": "How many years of related work experience do you have?",
    "occupation": "What is your job or occupation?",
    "years_in_shanghai": "How many years of related work have you done in Shanghai?",
    "category_c": "Do you hold a Category C qualification of the Shanghai qualification list?",
    "employer_certification": "Will your employer certify your job for the catalog?",
    "programme": "Which do you want me to check?",
}


def verdict(result: Verdict) -> Answer:
    """Outcome first, then each criterion (✔ met / ✘ not met / ? unknown), then the notes."""
    lines = [f"{capitalized(result.subject)}: {OUTCOMES[result.outcome]}."]
    lines += [status_line(c.name, c.status, c.explanation) for c in result.criteria]
    lines += [f"Note: {note}" for note in result.notes]
    return Answer("\n".join(lines), provenances(result.criteria))


def missing_prompt(missing_name: str) -> Answer:
    """The question that asks for one missing input; it states no fact, so it cites nothing."""
    return Answer(QUESTIONS[missing_name], choices=_choices(missing_name))


def _choices(missing_name: str) -> tuple[tuple[str, str], ...]:
    if missing_name == "degree":
        return tuple((degree.label, degree.name.lower()) for degree in Degree)
    if missing_name in ("category_c", "employer_certification"):
        return YES_NO
    if missing_name == "programme":
        sources = load_sources()
        return tuple(
            (f"{what} {sources[doc].short}", value) for value, (what, doc) in PROGRAMME_DOCS.items()
        )
    return ()
