"""Dates in questions compared with the documents' periods and with today.

The six-city trial ran from 1 January 2023 for two years; the Qianhai list is a 2020 report
"subject to periodical update"; the Shanghai catalog states no dates. A question that names
a month or year, or asks about now ("still", "today", "currently"), gets a line that places
it against these periods. ``today`` is injectable for tests.
"""

from __future__ import annotations

import re
from datetime import date

from knowledge.answers.common import Answer, facts_by_key
from knowledge.answers.pilot import end_date, start_date
from knowledge.answers.qianhai import contact_lines, workstation_name
from knowledge.i18n import message
from knowledge.records import KnowledgeBase

_MONTHS = "january february march april may june july august september october november december"
_MONTH_NAMES = _MONTHS.split(" ")
_MONTH_YEAR = re.compile(
    rf"\b({'|'.join(m[:3] for m in _MONTH_NAMES)})[a-z]*\.?\s+(?:\d{{1,2}},?\s+)?(20\d\d)\b|"
    r"(?<!\d)(20\d\d)\s*年\s*(\d{1,2})\s*月|\b(?:in|since|from|during|by) (20\d\d)\b",
    re.I,
)
_NOW = re.compile(
    r"\bstill (valid|in force|running|open|current|active|in effect|a trial|in short|short|"
    r"needed|in demand|high|up to date|exist)|\b(now|nowadays|currently|current|today|this "
    r"year|any ?more|at present|valid|"
    r"in force|(late|early|mid)[- ]20\d\d|until when|expired?|ended|up[- ]to[- ]date|"
    r"out[- ]of[- ]date|outdated|is it over|still (be|apply|get|qualify|use)\b)\b|"
    r"现在|目前|仍然|还在|今年|有效",
    re.I,
)


def mentioned_month(question: str) -> date | None:
    """The first month the question names ("March 2024", "2024年3月", "in 2024"), if any."""
    match = _MONTH_YEAR.search(question)
    if match is None:
        return None
    month_name, year, zh_year, zh_month, bare_year = match.groups()
    if month_name:
        return date(int(year), _month_number(month_name), 1)
    if zh_year:
        return date(int(zh_year), int(zh_month), 1)
    return date(int(bare_year), 1, 1)


def asks_about_now(question: str) -> bool:
    """Whether the question asks how things stand today."""
    return bool(_NOW.search(question))


def pilot_period_line(kb: KnowledgeBase, question: str, today: date) -> str | None:
    """Where a month the question names falls against the trial, and whether it has ended
    (one sentence a line)."""
    start, end = start_date(kb.pilot), end_date(kb.pilot)
    dates = {"start": _day(start), "years": str(kb.pilot.duration_years), "end": _day(end)}
    month = mentioned_month(question)
    lines = []
    if month is not None:
        key = "trial_within" if start <= month <= end else "trial_after"
        key = "trial_before" if month < start else key
        period = message("trial_period", "en", **dates)
        lines.append(message(key, "en", month=month.strftime("%B %Y"), period=period))
    if month is not None or asks_about_now(question):
        if month is None:
            lines.append(message("trial_period_said", "en", **dates))
        lines.append(message("trial_today", "en", today=_day(today), state=_state(today, end)))
    return "\n".join(lines) or None


def _state(today: date, end: date) -> str:
    return message("state_passed" if today > end else "state_running", "en")


def qianhai_age_line(kb: KnowledgeBase, question: str, today: date) -> str | None:
    """For a question about now: the list is from 2020 and subject to periodical update."""
    if not asks_about_now(question):
        return None
    update = facts_by_key(kb.qianhai.facts)["list_update"]
    if "periodical update" not in update.text:
        return None
    lines, _ = contact_lines(kb)
    contact = lines[1] if len(lines) > 1 else lines[0]
    workstation = workstation_name(kb)
    return message("qianhai_age", "en", today=_day(today), workstation=workstation, contact=contact)


def pilot_date_answer(kb: KnowledgeBase, question: str, today: date) -> str | None:
    """For a question naming a month and the pilot: where it falls against the trial."""
    if mentioned_month(question) is None:
        return None
    return pilot_period_line(kb, question, today)


def catalog_age_line(kb: KnowledgeBase, question: str, today: date) -> str | None:
    """For a question about now: the catalog states no dates; the pilot it belongs to ran
    for two years from 1 January 2023."""
    if not asks_about_now(question):
        return None
    start, end = start_date(kb.pilot), end_date(kb.pilot)
    return message(
        "catalog_age",
        "en",
        start=_day(start),
        years=str(kb.pilot.duration_years),
        end=_day(end),
        today=_day(today),
        state=_state(today, end),
    )


def date_note(kb: KnowledgeBase, docs: list[str], question: str, today: date) -> str | None:
    """The line that places the question in time for the documents an answer cites."""
    if "six_city_pilot" in docs:
        return pilot_period_line(kb, question, today)
    if "qianhai" in docs:
        return qianhai_age_line(kb, question, today)
    if "shanghai_catalog" in docs:
        return catalog_age_line(kb, question, today)
    return None


# "Is it up to date?", "is the trial over?": a question about a document's own currency.
_CURRENCY = re.compile(
    r"\b(up[- ]to[- ]date|out[- ]of[- ]date|outdated|still (valid|current|in force|running|"
    r"open|active|in effect|apply|applies|be \w+|going)|is (it|the \w+) (over|finished)|"
    r"(has|have) (it|they|the \w+) (ended|expired|been (updated|extended|replaced))|"
    r"latest (version|list)|current version|expired)\b|过期|最新|还有效",
    re.I,
)


def currency_answer(kb: KnowledgeBase, doc: str, question: str, today: date) -> Answer | None:
    """For a question whether ``doc`` itself is current ("is the Qianhai list up to date?",
    "is the trial over?"): how its dates stand today; None for other questions."""
    if not _CURRENCY.search(question):
        return None
    trial = tuple(f.provenance for f in kb.pilot.facts if f.key == "trial_period")
    dated = {
        "six_city_pilot": (pilot_period_line, trial),
        "shanghai_catalog": (catalog_age_line, trial),
        "qianhai": (qianhai_age_line, (facts_by_key(kb.qianhai.facts)["list_update"].provenance,)),
    }
    if doc in dated:
        line_for, sources = dated[doc]
        line = line_for(kb, question, today)
        return Answer(line, sources) if line else None
    current = kb.qualification_list()
    updates = facts_by_key(current.facts)["list_updates"]
    replaced = (
        f"The first list has been replaced by the {kb.sources[current.doc].short}, "
        "the current version in my documents. "
        if doc == "shanghai_qualifications_first"
        else f"The {kb.sources[current.doc].short} is the current version in my documents. "
    )
    text = f"{replaced}The notice says the list is kept up to date: “{updates.text}”"
    return Answer(text, (updates.provenance,))


def _month_number(name: str) -> int:
    return next(i for i, m in enumerate(_MONTH_NAMES, 1) if m.startswith(name[:3].lower()))


def _day(day: date) -> str:
    return f"{day.day} {day.strftime('%B %Y')}"
