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


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


GAPS: tuple[Gap, ...] = (
    Gap(
        "fee",
        "any fee, cost or charge",
        _rx(
            r"\b(fees?|costs?|(?<!in )charges?|price|pay for|payment|expensive|free of charge)\b|"
            r"how much (does|do|is|will|would)\b[^?]{0,40}\b(cost|pay|charge)|费用|收费|多少钱|价格"
        ),
        ("fee", "fees", "cost", "price"),
    ),
    Gap(
        "time",
        "how long processing takes",
        _rx(
            r"how (long|many (working |business )?(days|weeks|months))\b[^?]{0,60}\b(take|takes|"
            r"wait|process|until|before|decide|approve)|how many (working |business )?"
            r"(days|weeks|months)\b|"
            r"processing (time|period)|turnaround|how (fast|quickly|soon)\b|waiting time|"
            r"办理时间|多久|几天|多长时间|审批时间"
        ),
        ("processing time", "waiting time", "turnaround"),
    ),
    Gap(
        "deadline",
        "any application dates or deadlines",
        _rx(r"\bdeadlines?\b|due date|closing date|last day (to|for)|截止|申报时间"),
        ("deadline", "due date", "closing date"),
    ),
    Gap(
        "salary",
        "any salary or pay level",
        _rx(
            r"\b(salar(y|ies)|wages?|pay (range|scale|level)|paid|earn(ings)?|how much (can|will|"
            r"would|do|does) \w+ (make|get))\b|工资|薪资|薪酬|薪水|年薪|月薪"
        ),
        ("salary", "salaries", "wage", "wages"),
    ),
    Gap(
        "quota",
        "any quota or annual number of places",
        _rx(
            r"\bquotas?\b|\bcap on\b|how many (foreigners|people|applicants|permits|visas|places|"
            r"slots|talents|persons)\b[^?]{0,40}\b(can|will|are|each|per|a) |名额|配额|限额|指标"
        ),
        ("quota", "quotas"),
    ),
    Gap(
        "points",
        "the points needed or how points are scored",
        _rx(
            r"(how many|minimum|pass(ing)?|enough) points|points? (threshold|needed|required|do i "
            r"need|score)|(score|mark) (needed|required)|passing score|pass mark|(minimum|lowest|"
            r"required) (score|mark)|分数线|多少分|"
            r"积分(标准|要求|门槛)"
        ),
        ("threshold", "passing score"),
    ),
    Gap(
        "subsidy",
        "any subsidy, allowance or bonus amount",
        _rx(
            r"(how much|amount|size|level)\b[^?]{0,40}\b(subsid|allowance|bonus|grant|reward|"
            r"housing)|\bsubsid(y|ies)\b|\ballowances?\b|补贴|津贴|奖金|安家费"
        ),
        ("subsidy", "subsidies", "allowance"),
    ),
    Gap(
        "form",
        "any application form or download link",
        _rx(
            r"application forms?|\bforms? (to fill|for (the|my|a|an)|i need)|\bdownload|"
            r"\btemplates?\b|表格|下载|模板"
        ),
        ("download", "application form", "template"),
    ),
    Gap(
        "contact",
        "a phone number, e-mail or office address for that (the only contacts they give are "
        "the Qianhai workstation's)",
        _rx(
            r"\b(phone|telephone|hotline|tel|address)\b|\bcall (them|the bureau)|which office "
            r"(do|should|can|to) i|\bin person\b|where (do|can|should) i (go|submit|hand in)|"
            r"电话|热线|地址"
        ),
        ("hotline",),
        _rx(r"qianhai|workstation|前海|8621|article|agency"),
    ),
    Gap(
        "city_catalog",
        "the contents of each pilot city's own catalog (only links in Chinese are given)",
        _rx(
            r"(beijing|guangzhou|shenzhen|chongqing|hangzhou)('s)? (own )?(catalog|list)|"
            r"(北京|广州|深圳|重庆|杭州)(的|自己的)?(目录|清单)"
        ),
        (),
    ),
)


def missing_kind(question: str) -> Gap | None:
    """The kind of fact the question asks for that the documents never state, if any."""
    return next(
        (
            gap
            for gap in GAPS
            if gap.pattern.search(question) and not (gap.unless and gap.unless.search(question))
        ),
        None,
    )
