"""Everything an eligibility check needs that one message states, read at once.

"I hold a Category C qualification and a bachelor's in civil engineering with exactly 10
years of relevant experience, 3 of them in Shanghai" gives the degree, 10 years, 3 years
in Shanghai and the Category C qualification; "Video coding algorithm engineer with a
master's and 3 years; my Shanghai employer will certify the job" gives the job, the degree,
the years and the employer's certification. Facts a message does not state stay None, so
a later message can add to or correct earlier ones (:meth:`StatedFacts.updated`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from functools import lru_cache

from knowledge.chinese import chinese_years
from knowledge.i18n.patterns import with_zh, zh
from knowledge.lookup import OccupationIndex
from knowledge.mentions import mentioned_occupation
from knowledge.records import Degree, TitleLevel
from knowledge.text_parsing import extract, parse_years
from knowledge.translation import with_english
from knowledge.vocabulary import NUMBER_WORDS

_WORDS = sorted((w for w in NUMBER_WORDS if w not in ("a", "an")), key=len, reverse=True)
_NUMBER = rf"\b(\d+(?:\.\d+)?|{'|'.join(_WORDS)}|an?(?= years?))"
_SHANGHAI_YEARS = re.compile(
    rf"{_NUMBER}\s*(?:years?|yrs?|months?)?\s*(?:of (?:them|which|those|it)\s*)?"
    rf"(?:were\s+|was\s+)?(?:(?:spent|working|worked)\s+)?(?:in|at) shanghai|"
    rf"shanghai[^.;,，；。\d]{{0,20}}?{_NUMBER}\s*(?:years?|yrs?|months?)",
    re.I,
)
# The same in Chinese ("在上海三年", "上海工作了两年半", "其中3年在上海"): its years are read
# by knowledge.chinese.chinese_years from the span.
_SHANGHAI_YEARS_ZH = re.compile(zh("stated_facts.shanghai_years"))
_ALL_IN_SHANGHAI = with_zh(
    r"\b(all|both|entirely)( of (them|it))? (in|at) shanghai", "stated_facts.all_in_shanghai"
)
_NO_SHANGHAI = with_zh(
    r"\b(never|not yet|none|no (years?|experience|work)) (worked |work )?(in|at) shanghai|"
    r"\b(just|recently) (moved|arrived|relocated) (to|in) shanghai|\bnew to shanghai|"
    r"\ball of (it|them) (in|at) (?!shanghai)[a-z]+",
    "stated_facts.no_shanghai",
)
# No work at all so far, so none in Shanghai either ("just finished my PhD, no job yet").
_NO_WORK_YET = re.compile(
    r"\b(no job( yet)?|not (working|employed) yet|never (had a job|worked)|"
    r"(ha(ve)?n'?t|have not) (worked|had a job)( yet)?|no work experience)\b",
    re.I,
)
_CATEGORY_C = re.compile(r"category[- ]?c\b|(?<![a-z])c\s?(类|類)|\bcat\.? ?c\b", re.I)
# Years written in Chinese: "5年", "五年", "3年半", "两年以上".
# A year ("2020年") is a date, not a duration: at most two digits.
_ZH_YEARS = re.compile(
    r"(?<![\d.])(\d{1,2}(?:\.\d+)?|[零一二两三四五六七八九十]{1,3})\s*个?\s*年半?"
)
_NEGATED_C = re.compile(
    r"(no|not|don.t|do not|haven.t|without|lack)\b[^.;]{0,25}category[- ]?c|没有[^。；]{0,6}c类",
    re.I,
)
_EMPLOYER_YES = re.compile(
    r"employer[^.;]{0,30}\b(will|would|can|has|already|agreed to|is going to|promised to)\b"
    r"[^.;]{0,15}\b(certif|issue|provide|review|publici)|certif\w* (from|by) (my |the )?employer|"
    r"单位(会|愿意|同意)?(出具|开具|证明)",
    re.I,
)
_EMPLOYER_NO = re.compile(
    r"employer[^.;]{0,30}\b(won.t|will not|would not|can.t|cannot|refuses?|doesn.t|does not)\b|"
    r"no (employer|certification)",
    re.I,
)
# Messages are read up to this length (the Rasa server cuts longer ones too).
MAX_TEXT_CHARS = 2000
_UNSURE = re.compile(r"not sure|unsure|don.t know|do not know|whether|if my employer", re.I)
_LEVELS = {
    TitleLevel.ASSOCIATE_SENIOR: re.compile(r"associate[- ]senior|副高|副高级", re.I),
    TitleLevel.INTERMEDIATE: re.compile(r"\bintermediate\b|中级", re.I),
    TitleLevel.JUNIOR: re.compile(r"\bjunior\b|初级", re.I),
}
_PROGRAMMES = {
    "professional_title": re.compile(
        r"\btitles?\b|junior|intermediate|associate senior|职称", re.I
    ),
    "qianhai_list": re.compile(r"qianhai|前海", re.I),
    "shanghai_catalog": re.compile(r"catalog|urgent(ly)?[- ]needed|急需", re.I),
}
_ROLE = re.compile(
    r"(?:i'?m an?|i am an?|i work as an?|working as an?|my job is|job:|occupation:|"
    r"profession:)\s+([^,.;:!?()]+)",
    re.I,
)
_ROLE_END = re.compile(
    r"\s+(?:with|who|and|having|holding|in|at|for|from|having|-|–)\s.*$|\s*(?:with|,).*$", re.I
)
_DEGREE_FIELD = re.compile(
    r"(?:bachelor'?s?|master'?s?|doctorate|phd|degree|msc|bsc|ma|ba|mba)\s+(?:degree\s+)?"
    r"(?:is\s+|was\s+)?in\s+"
    r"([a-z][a-z &-]{2,40}?)(?=\s*(?:,|;|\.|\band\b|\bwith\b|\bplus\b|$|\())",
    re.I,
)


@dataclass(frozen=True)
class StatedFacts:
    """What the user said about themselves; None where they have not said."""

    degree: Degree | None = None
    field: str | None = None
    years: float | None = None
    years_in_shanghai: float | None = None
    holds_category_c: bool | None = None
    employer_certifies: bool | None = None
    occupation: str | None = None
    title_level: TitleLevel | None = None
    programme: str | None = None

    def updated(self, later: StatedFacts) -> StatedFacts:
        """These facts with every fact the later message states replacing the earlier one."""
        changes = {f.name: getattr(later, f.name) for f in fields(later)}
        return replace(self, **{k: v for k, v in changes.items() if v is not None})

    @property
    def has_profile(self) -> bool:
        """Whether a degree or years of experience were stated (an eligibility question)."""
        return self.degree is not None or self.years is not None


@lru_cache(maxsize=4096)
def read_facts(text: str, index: OccupationIndex) -> StatedFacts:
    """Every eligibility fact the message states (Chinese read with its keyword translation);
    only the first ``MAX_TEXT_CHARS`` characters are read."""
    text = with_english(text[:MAX_TEXT_CHARS])
    parsed = extract(text)
    shanghai = _shanghai_years(text)
    total = _total_years(text, shanghai)
    if shanghai is None and total is not None and _ALL_IN_SHANGHAI.search(text):
        shanghai = total
    return StatedFacts(
        degree=parsed.degree,
        field=_field(text),
        years=total,
        years_in_shanghai=shanghai,
        holds_category_c=_category_c(text),
        employer_certifies=_employer(text),
        occupation=_occupation(text, parsed.occupation, index),
        title_level=next((lvl for lvl, rx in _LEVELS.items() if rx.search(text)), None),
        programme=next((p for p, rx in _PROGRAMMES.items() if rx.search(text)), None),
    )


def _shanghai_years(text: str) -> float | None:
    if _NO_SHANGHAI.search(text):
        return 0.0
    chinese = _SHANGHAI_YEARS_ZH.search(text)
    if chinese is not None:
        return chinese_years(chinese.group())
    match = _SHANGHAI_YEARS.search(text)
    if match is None:
        return 0.0 if _NO_WORK_YET.search(text) else None
    number = next(g for g in match.groups() if g).lower()
    value = float(NUMBER_WORDS.get(number, number))
    return value / 12 if "month" in match.group(0).lower() else value


def _total_years(text: str, shanghai: float | None) -> float | None:
    """Years of experience, leaving out the span that gives the years in Shanghai."""
    rest = text
    if shanghai is not None:
        rest = _SHANGHAI_YEARS.sub(" ", _SHANGHAI_YEARS_ZH.sub(" ", text))
    chinese = [chinese_years(m.group()) for m in _ZH_YEARS.finditer(rest)]
    years = [value for value in chinese if value is not None]
    return max(years) if years else parse_years(rest)


def _category_c(text: str) -> bool | None:
    if _NEGATED_C.search(text):
        return False
    return True if _CATEGORY_C.search(text) else None


def _employer(text: str) -> bool | None:
    if _UNSURE.search(text):
        return None
    if _EMPLOYER_NO.search(text):
        return False
    return True if _EMPLOYER_YES.search(text) else None


def _field(text: str) -> str | None:
    match = _DEGREE_FIELD.search(text)
    return match.group(1).strip() if match else None


@lru_cache(maxsize=8)
def occupation_in(text: str, index: OccupationIndex) -> str | None:
    """The listed name a job mentioned in free text means, or None (the last few texts
    remembered: several answers ask about the same message; no longer kept than that)."""
    text = text[:MAX_TEXT_CHARS]
    return _occupation(text, extract(text).occupation, index)


def _occupation(text: str, ruled: str | None, index: OccupationIndex) -> str | None:
    """The listed name the message's job means: an exact listed name or the role phrase
    ("I'm a ...") looked up, else the name whose words the message covers."""
    candidates = [ruled] if ruled else []
    role = _ROLE.search(text)
    if role:
        candidates.append(_ROLE_END.sub("", role.group(1)))
    for candidate in candidates:
        match = index.best(candidate.strip()) if candidate and candidate.strip() else None
        if match is not None:
            return match.name
    return mentioned_occupation(text, index)
