"""Small vocabulary for lookup and text parsing: words, not facts.

Nothing here says what a document states. It only says how people write things the documents
also name: abbreviations, degree words, number words and time units. Acronyms the documents
spell out themselves, such as "Human-computer Interaction (HCI)", are harvested from their
text by :func:`harvest_acronyms` instead of being listed here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

from knowledge.records import Degree, KnowledgeBase

# Abbreviations the documents use without spelling out, or that users write although the
# documents do not (short form -> long form, lowercase). "ML" and "LLM" are left out: no
# listed job names machine learning, and "LLM" is also a master of laws.
ABBREVIATIONS: dict[str, str] = {
    "nlp": "natural language processing",
    "iot": "internet of things",
    "ic": "integrated circuit",
    "r&d": "research and development",
    "vr": "virtual reality",
    "rf": "radio frequency",
    "tcm": "traditional chinese medicine",
    "fintech": "financial technology",
    "hr": "human resource",
    "ip": "intellectual property",
    "3d printing": "additive manufacturing",
}

# Degree words and phrases, matched case-insensitively as whole tokens.
DEGREE_TERMS: dict[str, Degree] = {
    "bachelor": Degree.BACHELOR,
    "bachelors": Degree.BACHELOR,
    "undergraduate": Degree.BACHELOR,
    "undergraduate degree": Degree.BACHELOR,
    "university degree": Degree.BACHELOR,
    "college degree": Degree.BACHELOR,
    "second bachelor": Degree.SECOND_BACHELOR,
    "second bachelors": Degree.SECOND_BACHELOR,
    "double bachelor": Degree.SECOND_BACHELOR,
    "double degree": Degree.SECOND_BACHELOR,
    "dual degree": Degree.SECOND_BACHELOR,
    "master": Degree.MASTER,
    "masters": Degree.MASTER,
    "postgraduate": Degree.MASTER,
    "postgraduate degree": Degree.MASTER,
    "graduate degree": Degree.MASTER,
    "doctor": Degree.DOCTOR,
    "doctoral": Degree.DOCTOR,
    "doctorate": Degree.DOCTOR,
    "postdoc": Degree.DOCTOR,
    "post-doc": Degree.DOCTOR,
    "postdoctoral": Degree.DOCTOR,
}

# Degree abbreviations, matched case-insensitively with or without dots ("PhD", "Ph.D.").
DEGREE_ABBREVIATIONS: dict[str, Degree] = {
    "bsc": Degree.BACHELOR,
    "beng": Degree.BACHELOR,
    "msc": Degree.MASTER,
    "meng": Degree.MASTER,
    "mba": Degree.MASTER,
    "mphil": Degree.MASTER,
    "phd": Degree.DOCTOR,
    "dphil": Degree.DOCTOR,
}

# Two-letter degree abbreviations that are also common words ("ms", "ma"): upper case only.
DEGREE_ABBREVIATIONS_UPPER: dict[str, Degree] = {
    "BA": Degree.BACHELOR,
    "BS": Degree.BACHELOR,
    "MA": Degree.MASTER,
    "MS": Degree.MASTER,
}

# Chinese degree words, found as substrings (Chinese is written without spaces).
CHINESE_DEGREE_TERMS: dict[str, Degree] = {
    "本科": Degree.BACHELOR,
    "学士": Degree.BACHELOR,
    "第二学士": Degree.SECOND_BACHELOR,
    "双学位": Degree.SECOND_BACHELOR,
    "硕士": Degree.MASTER,
    "研究生": Degree.MASTER,
    "博士": Degree.DOCTOR,
    "博士后": Degree.DOCTOR,
}

# Words that cancel a degree named just after them ("no PhD", "don't have a master").
NEGATIONS: frozenset[str] = frozenset({"no", "not", "n't", "without", "never", "nor"})

NUMBER_WORDS: dict[str, float] = {
    "zero": 0,
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
}

HALF = "half"

# Range words between two numbers ("5-6 years", "5 to 6 years").
RANGE_WORDS: frozenset[str] = frozenset({"-", "–", "to"})

# Time units and their length in years.
TIME_UNITS: dict[str, float] = {
    "year": 1.0,
    "years": 1.0,
    "yr": 1.0,
    "yrs": 1.0,
    "y": 1.0,
    "month": 1 / 12,
    "months": 1 / 12,
    "mo": 1 / 12,
    "mos": 1 / 12,
    "decade": 10.0,
    "decades": 10.0,
}

# Phrases that mean no work experience at all.
NO_EXPERIENCE_PHRASES: tuple[str, ...] = (
    "no experience",
    "no work experience",
    "no working experience",
    "no professional experience",
    "zero experience",
    "without experience",
    "fresh graduate",
    "new graduate",
    "recent graduate",
    "never worked",
    "just graduated",
)

_ACRONYM_IN_PARENTHESES = re.compile(r"((?:[A-Za-z]+[\s-]+){1,8})\(([A-Z][A-Za-z]{1,7})\)")


def harvest_acronyms(texts: Iterable[str]) -> dict[str, str]:
    """Acronyms spelled out in the texts, e.g. "Human-computer Interaction (HCI)".

    An acronym counts only when the initials of the words just before it spell it, so
    "Intellisense Researcher (Sensor System Architecture)" gives nothing. Keys and values
    are lowercase: ``{"hci": "human computer interaction"}``.
    """
    found: dict[str, str] = {}
    for text in texts:
        for match in _ACRONYM_IN_PARENTHESES.finditer(text):
            words = re.split(r"[\s-]+", match.group(1).strip())
            acronym = match.group(2).lower()
            candidate = words[-len(acronym) :]
            if "".join(word[0].lower() for word in candidate) == acronym:
                found[acronym] = " ".join(candidate).lower()
    return found


def abbreviations(kb: KnowledgeBase) -> dict[str, str]:
    """The hand-listed abbreviations plus those harvested from the knowledge base.

    Acronyms are harvested from job and occupation names, catalog sectors and Qianhai
    industries. Keys are short forms, values long forms, both lowercase.
    """
    texts = [
        *(job.name for job in kb.catalog.jobs),
        *kb.catalog.sectors,
        *(occupation.name for occupation in kb.qianhai.occupations),
        *(occupation.industry for occupation in kb.qianhai.occupations),
    ]
    return {**harvest_acronyms(texts), **ABBREVIATIONS}


# Words of a phrase to replace this long or longer are also found misspelt (one edit).
MIN_TOLERANT_LENGTH = 6


def misspelt(word: str) -> str:
    """A regex for ``word`` as written or with one letter missing, added or changed, or two
    neighbours swapped ("printng", "prnting"); words with other than letters, or shorter
    than :data:`MIN_TOLERANT_LENGTH`, only as written."""
    if len(word) < MIN_TOLERANT_LENGTH or not word.isalpha():
        return re.escape(word)
    variants = {word}
    for i in range(len(word) + 1):
        variants.add(f"{word[:i]}[a-z]{word[i:]}")
        if i < len(word):
            variants.add(f"{word[:i]}{word[i + 1 :]}")
            variants.add(f"{word[:i]}[a-z]{word[i + 1 :]}")
        if i < len(word) - 1:
            variants.add(f"{word[:i]}{word[i + 1]}{word[i]}{word[i + 2 :]}")
    return f"(?:{'|'.join(sorted(variants, key=len, reverse=True))})"


def word_replacer(replacements: Mapping[str, str], typos: bool = False) -> Callable[[str], str]:
    """A function replacing whole words or phrases, case-insensitively, longest first.

    Keys must be lowercase. "&" counts as part of a word, so "r&d" is one word. With
    ``typos``, a key's long words are also found misspelt (:func:`misspelt`): "3d printng"
    is replaced as "3d printing" is.
    """
    keys = sorted(replacements, key=len, reverse=True)
    spell = misspelt if typos else re.escape
    phrases = (r"\s+".join(spell(word) for word in key.split()) for key in keys)
    alternatives = "|".join(f"(?P<k{number}>{phrase})" for number, phrase in enumerate(phrases))
    pattern = re.compile(rf"(?<![\w&])(?:{alternatives})(?![\w&])", re.IGNORECASE)

    def replacement(match: re.Match[str]) -> str:
        return replacements[keys[int(str(match.lastgroup)[1:])]]

    return lambda text: pattern.sub(replacement, text)


# Degree fields, for the rule that engineering and technical titles need a degree in
# science or engineering. A field naming none of these words is left undecided.
SCIENCE_FIELD_WORDS = frozenset(
    [
        "physics",
        "chemistry",
        "chemical",
        "biology",
        "biological",
        "mathematics",
        "math",
        "maths",
        "statistics",
        "engineering",
        "engineer",
        "computer",
        "computing",
        "informatics",
        "electronics",
        "electrical",
        "mechanical",
        "civil",
        "materials",
        "geology",
        "geophysics",
        "astronomy",
        "biotechnology",
        "software",
        "science",
        "sciences",
        "technology",
        "environmental",
        "optics",
        "microelectronics",
        "automation",
    ]
)
NON_SCIENCE_FIELD_WORDS = frozenset(
    [
        "art",
        "arts",
        "history",
        "literature",
        "law",
        "laws",
        "economics",
        "finance",
        "business",
        "management",
        "marketing",
        "music",
        "philosophy",
        "languages",
        "linguistics",
        "journalism",
        "design",
        "sociology",
        "accounting",
        "politics",
        "political",
        "theology",
        "translation",
    ]
)


def science_or_engineering(field: str | None) -> bool | None:
    """Whether a degree field is science or engineering; None when the words don't tell."""
    words = set(re.findall(r"[a-z]+", (field or "").lower()))
    if words & SCIENCE_FIELD_WORDS:
        return True
    return False if words & NON_SCIENCE_FIELD_WORDS else None
