"""An eligibility verdict from the facts a conversation stated, at once.

The programme checked is the one the user named (a title level, Qianhai, the Shanghai
catalog) or else the only list their occupation is on. Facts still missing do not hold the
verdict back: it says what is met on what is known, marks the rest unknown, and asks one
question (:attr:`EligibilityReply.asks`) for the first missing fact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.answers import eligibility as wording
from knowledge.answers import titles as title_wording
from knowledge.answers.common import Answer
from knowledge.eligibility.service import catalog_verdict, qianhai_verdict
from knowledge.eligibility.titles import check_titles
from knowledge.i18n.patterns import with_zh
from knowledge.lookup import OccupationIndex
from knowledge.qa.stated_facts import StatedFacts
from knowledge.records import KnowledgeBase
from knowledge.vocabulary import science_or_engineering

# A degree or years of experience in the message make it an eligibility question.
_STATES_PROFILE = with_zh(
    r"\b(bachelor|master|phd|doctor\w*|degree|\d+(\.\d+)? ?(years?|yrs))\b",
    "eligibility.states_profile",
)
LIST_PROGRAMMES = {"qianhai": "qianhai_list", "shanghai_catalog": "shanghai_catalog"}
# Missing inputs in the order they are asked for, per programme (names as in QUESTIONS).
ASK_ORDER = {
    "professional_title": ("degree", "years", "years_in_shanghai", "category_c"),
    "qianhai_list": ("occupation", "degree", "years"),
    "shanghai_catalog": ("occupation", "years", "degree", "employer_certification"),
}
# Words that make a message an eligibility question rather than a question about a list.
_ASKS_VERDICT = with_zh(
    r"\b(eligib\w*|qualif(y|ies|ied)|meets?|enough|possible|covered|my chances|fits?|match|"
    r"suitable|(can|could|may|do|would|should) i (\w+ )?(get|use|be|apply|reach|"
    r"go (\w+ )?for|aim for|try for|fit|count)|i can (apply|get|reach)|"
    r"am i (ok|okay|good|fine|covered|in)|"
    r"(which|what|highest) (title|level)|what'?s the highest)\b",
    "eligibility.asks_verdict",
)


# The article is often left out ("is software engineer on qianhai list").
_ON_LIST = with_zh(
    r"\b(on|in)( (any|a|the|one of the|either|both|\w+'s))?\b[^?.]{0,30}\b(lists?|catalog\w*)\b|"
    r"\bany match|\blisted\b",
    "eligibility.on_list",
)


_JOB_WORDS = with_zh(
    r"\b(my (job|occupation|position|role|profession)|work as|i'?m an?|i am an?|am i)\b",
    "eligibility.job_words",
)
_ASKS_HOW = with_zh(r"\bhow (do|can|should|would|to)\b", "eligibility.asks_how")


@dataclass(frozen=True)
class EligibilityReply:
    """The verdict's answer, the programme checked, and the fact it asks for (if any)."""

    answer: Answer
    programme: str
    asks: str | None


def programme_of(facts: StatedFacts, index: OccupationIndex) -> str | None:
    """The programme the facts point to, or None when it is not clear."""
    if facts.programme:
        return facts.programme
    # Only the title route asks for a title level, a Category C certificate or years in
    # Shanghai.
    title_facts = (facts.title_level, facts.holds_category_c, facts.years_in_shanghai)
    if any(fact is not None for fact in title_facts):
        return "professional_title"
    match = index.best(facts.occupation) if facts.occupation else None
    lists = {LIST_PROGRAMMES[e.list_key] for e in match.entries} if match else set()
    return lists.pop() if len(lists) == 1 else None


def asks_for_verdict(text: str) -> bool:
    """Whether the message asks whether the user qualifies (not how to apply, not just what
    a list says)."""
    return bool(_ASKS_VERDICT.search(text)) and not _ASKS_HOW.search(text)


def asks_if_listed(text: str, job: str | None = None) -> bool:
    """Whether the message asks if a job is on a list (not whether the person qualifies):
    the user's own job ("am I", "my job"), or ``job``, the one the message names ("is a
    hotel manager on the Qianhai list?")."""
    about_a_job = job or _JOB_WORDS.search(text) or re.search(r"\bany match\b", text, re.I)
    return bool(_ON_LIST.search(text) and about_a_job) and not _STATES_PROFILE.search(text)


def eligibility_reply(
    kb: KnowledgeBase, index: OccupationIndex, facts: StatedFacts
) -> EligibilityReply | None:
    """The verdict for the facts' programme, or None when the programme is unclear."""
    programme = programme_of(facts, index)
    if programme == "professional_title":
        result = check_titles(
            kb.titles,
            facts.degree,
            facts.years,
            facts.years_in_shanghai,
            science_or_engineering(facts.field),
            facts.holds_category_c,
        )
        answer = title_wording.verdict(result, facts.title_level, facts.field)
        return EligibilityReply(
            answer, programme, _first_missing(programme, result.verdict.missing)
        )
    if programme == "qianhai_list":
        result = qianhai_verdict(kb, index, facts.occupation, facts.degree, facts.years)
    elif programme == "shanghai_catalog":
        result = catalog_verdict(
            kb, index, facts.occupation, facts.years, facts.degree, facts.employer_certifies
        )
    else:
        return None
    missing = _first_missing(programme, result.missing)
    answer = wording.verdict(result)
    if missing:
        answer = Answer(f"{answer.text}\n{wording.missing_prompt(missing)}", answer.sources)
    return EligibilityReply(answer, programme, missing)


def _first_missing(programme: str, missing: tuple[str, ...]) -> str | None:
    return next((name for name in ASK_ORDER[programme] if name in missing), None)
