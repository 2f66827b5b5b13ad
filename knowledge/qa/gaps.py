"""Questions the documents cannot answer: fees, times, salaries, quotas and the like.

None of the five documents states a fee, a processing time, a deadline, a salary, a quota, a
points threshold, a subsidy amount, an application form or another city's own catalog. A
question asking for one of these gets "the documents don't say" (never a number), what they
do say nearby, and who can answer. :func:`missing_kind` recognises the question;
:data:`GAPS` names what is missing. A test checks that the documents really are silent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.i18n.patterns import with_zh


@dataclass(frozen=True)
class Gap:
    """A kind of fact the documents never state."""

    name: str
    missing: str
    pattern: re.Pattern[str]
    # Words whose absence from every document the test checks.
    absent_words: tuple[str, ...]
    # Questions that match but that the documents do answer (the Qianhai workstation's phone).
    unless: re.Pattern[str] | None = None

    def missing_for(self, question: str) -> str:
        """What is missing, naming the pilot city the question asks about ("Chongqing's own
        catalog" rather than "each pilot city's")."""
        city = _PILOT_CITY.search(question)
        if city is None or "each pilot city's" not in self.missing:
            return self.missing
        return self.missing.replace("each pilot city's", f"{city.group(0).title()}'s")


_PILOT_CITY = re.compile(r"\b(beijing|shanghai|guangzhou|shenzhen|chongqing|hangzhou)\b", re.I)


GAPS: tuple[Gap, ...] = (
    Gap(
        "fee",
        "any fee, cost or charge",
        with_zh(
            r"\b(fees?|costs?|(?<!in )charges?|price|pay for|payment|expensive|free of charge)\b|"
            r"how much (does|do|is|will|would)\b[^?]{0,40}\b(cost|pay|charge)",
            "gaps.fee",
        ),
        ("fee", "fees", "cost", "price"),
    ),
    Gap(
        "time",
        "how long processing takes",
        with_zh(
            r"how (long|many (working |business )?(days|weeks|months))\b[^?]{0,60}\b(take|takes|"
            r"wait|process|until|before|decide|approve)|how many (working |business )?"
            r"(days|weeks|months)\b|"
            r"processing (time|period)|turnaround|how (fast|quickly|soon)\b|waiting time",
            "gaps.time",
        ),
        ("processing time", "waiting time", "turnaround"),
    ),
    Gap(
        "deadline",
        "any application dates or deadlines",
        with_zh(r"\bdeadlines?\b|due date|closing date|last day (to|for)", "gaps.deadline"),
        ("deadline", "due date", "closing date"),
    ),
    Gap(
        "salary",
        "any salary or pay level",
        with_zh(
            r"\b(salar(y|ies)|wages?|pay (range|scale|level)|paid|earn(ings)?|how much (can|will|"
            r"would|do|does) \w+ (make|get))\b"
            # Not pay as a field of work ("2 years doing salary & performance schemes").
            r"(?!\s*(?:(?:&|and|/)\s*\w+\s+)?(?:schemes?|design|systems?|structures?|management"
            r"|administration|accounting)\b)",
            "gaps.salary",
        ),
        ("salary", "salaries", "wage", "wages"),
    ),
    Gap(
        "quota",
        "any quota or annual number of places",
        with_zh(
            r"\bquotas?\b|\bcap on\b|how many (foreigners|people|applicants|permits|visas|places|"
            r"slots|talents|persons)\b[^?]{0,40}\b(can|will|are|each|per|a) ",
            "gaps.quota",
        ),
        ("quota", "quotas"),
    ),
    Gap(
        "points",
        "the points needed or how points are scored",
        with_zh(
            r"(how many|minimum|pass(ing)?|enough) points|points? (threshold|needed|required|do i "
            r"need|score)|(score|mark) (needed|required)|passing score|pass mark|(minimum|lowest|"
            r"required) (score|mark)",
            "gaps.points",
        ),
        ("threshold", "passing score"),
    ),
    Gap(
        "subsidy",
        "any subsidy, allowance or bonus amount",
        with_zh(
            r"(how much|amount|size|level)\b[^?]{0,40}\b(subsid|allowance|bonus|grant|reward|"
            r"housing)|\bsubsid(y|ies)\b|\ballowances?\b",
            "gaps.subsidy",
        ),
        ("subsidy", "subsidies", "allowance"),
    ),
    Gap(
        "form",
        "any application form or download link",
        with_zh(
            r"application forms?|\bforms? (to fill|for (the|my|a|an)|i need)|\bdownload|"
            r"\btemplates?\b",
            "gaps.form",
        ),
        ("download", "application form", "template"),
    ),
    Gap(
        "contact",
        "a phone number, e-mail or office address for that (the only contacts they give are "
        "the Qianhai workstation's)",
        with_zh(
            r"\b(phone|telephone|hotline|tel|address)\b|\bcall (them|the bureau)|which office "
            r"(do|should|can|to) i|\bin person\b|where (do|can|should) i (go|submit|hand in)",
            "gaps.contact",
        ),
        ("hotline",),
        with_zh(r"qianhai|workstation|8621|article|agency", "gaps.contact_unless"),
    ),
    Gap(
        "rate",
        "any pass, success or approval rate",
        with_zh(
            r"\b(pass(ing)?|success|approval|acceptance|rejection) rates?\b|"
            r"\bhow many (applicants|people|applications) (pass|succeed|get approved)\b|"
            r"\b(odds|chances) of (passing|success|approval|getting approved)",
            "gaps.rate",
        ),
        ("pass rate", "success rate", "approval rate"),
    ),
    Gap(
        "hours",
        "any opening or office hours",
        with_zh(
            r"\b(opening|office|business|working) hours\b|\bopen on (saturdays?|sundays?|"
            r"weekends?)\b|\bwhat time (do|does) (they|it|the \w+) (open|close)\b",
            "gaps.hours",
        ),
        ("opening hours", "office hours", "saturday", "weekend"),
    ),
    Gap(
        "city_catalog",
        "the contents of each pilot city's own catalog (only links in Chinese are given)",
        with_zh(
            r"(beijing|guangzhou|shenzhen|chongqing|hangzhou)('s)? (own )?(catalog|list)",
            "gaps.city_catalog",
        ),
        (),
    ),
    Gap(
        "job_end",
        "what happens to a permit when the job ends or the employer changes",
        with_zh(
            r"\b(lose|lost|losing|quit|quitting|leave|leaving|change|changing|switch|switching)"
            r" (my|his|her|their|the|a|our) (job|employer|company|position)\b(?! titles?)|"
            r"\b(fired|dismissed|laid off|made redundant|unemployed|resign|resigning|resigned)\b",
            "gaps.job_end",
        ),
        ("dismiss", "unemploy", "resign", "laid off", "new employer"),
    ),
)


def missing_kind(question: str, context: str = "") -> Gap | None:
    """The kind of fact the question asks for that the documents never state, if any.
    ``context`` names what a follow-up refers back to ("their phone?" after an answer from
    the Qianhai list): an exception it matches ("Qianhai") holds as if the question said it."""
    both = f"{question}\n{context}"
    return next(
        (
            gap
            for gap in GAPS
            if gap.pattern.search(question) and not (gap.unless and gap.unless.search(both))
        ),
        None,
    )
