"""Which of the five documents a question is about, from the words it uses.

Cues are how people name a document or something only that document covers ("Qianhai",
"3.0", "the summit", "the six cities"); a question may name several documents or none.
"""

from __future__ import annotations

import re

# Both Shanghai qualification lists: "the qualification list", "a qualification on the
# Shanghai list" (the catalog is a catalog of jobs, the Qianhai list one of occupations).
# The lists' full title ("Shanghai List of Recognized ...") is left to the search: both
# documents use it.
_QUALIFICATION_LIST = (
    r"qualifications? list|\bqualifications?\b[^.?!？。！]{0,60}\bshanghai list\b(?! of)|"
    r"\bshanghai list\b(?! of)[^.?!？。！]{0,60}\bqualification"
)
# Document key -> pattern of its cues, most specific documents first.
DOCUMENT_CUES: dict[str, re.Pattern[str]] = {
    "qianhai": re.compile(r"qianhai|前海|workstation|high[- ]demand occupation|紧缺职业", re.I),
    "six_city_pilot": re.compile(
        r"six[- ]cit|6[- ]cit|\bpilot\b|first[- ]tier|high[- ]end and scarce|\btrial period|"
        r"beijing|guangzhou|chongqing|hangzhou|六城市|六个城市|试点|高精尖缺|北京|广州|重庆|杭州",
        re.I,
    ),
    "shanghai_qualifications_first": re.compile(
        r"talent ?\+|summit|first\b[^.?!]{0,60}\blist|\b(initial|original) list|"
        r"news (report|article)|\b85 qualifications|"
        r"category [a-c] (qualification|certificate|holder)|"
        rf"vice-mayor|峰会|第一批|首批|{_QUALIFICATION_LIST}",
        re.I,
    ),
    "shanghai_qualifications_3": re.compile(
        r"3\.0|list 3\b|professional title|\btitles?\b|verification platform|mutual "
        r"recognition|category [a-d] (qualification|certificate|holder)|职称|认可清单|境外职业资格|"
        + _QUALIFICATION_LIST,
        re.I,
    ),
    "shanghai_catalog": re.compile(
        # 急需紧缺 ("urgently needed" talent) is the pilot's term, not the catalog's name.
        r"urgent(ly)?[- ]needed (jobs?|catalog|talent)|catalog(ue)?|urgent jobs|"
        r"急需(?!紧缺)|岗位目录",
        re.I,
    ),
}


# How a follow-up names the document the last answer came from (each matches its cue).
DOCUMENT_NAMES: dict[str, str] = {
    "qianhai": "Qianhai",
    "six_city_pilot": "six-city pilot",
    "shanghai_qualifications_first": "first list",
    "shanghai_qualifications_3": "3.0 list",
    "shanghai_catalog": "urgently needed jobs catalog",
}
# The two Shanghai qualification lists share cues ("Category B holders"); a question that
# names one of them by its version means that one only.
_VERSION_CUES: dict[str, re.Pattern[str]] = {
    "shanghai_qualifications_first": re.compile(
        r"first\b[^.?!]{0,60}\blist|\b(initial|original) list|summit|第一批|首批", re.I
    ),
    "shanghai_qualifications_3": re.compile(r"3\.0|list 3\b|notice", re.I),
}
# "The notice" names the 3.0 notice unless the question names another document (the
# Shanghai catalog was "notified" too).
_WEAK_CUES: dict[str, re.Pattern[str]] = {
    "shanghai_qualifications_3": re.compile(r"\bnotice\b", re.I),
}


def documents_named(question: str) -> list[str]:
    """The keys of the documents the question points to, most specific first."""
    named = [key for key, cue in DOCUMENT_CUES.items() if cue.search(question)]
    if not named:
        named = [key for key, cue in _WEAK_CUES.items() if cue.search(question)]
    versions = [key for key, cue in _VERSION_CUES.items() if cue.search(question)]
    if len(versions) == 1:
        named = [key for key in named if key not in _VERSION_CUES or key in versions]
    return named
