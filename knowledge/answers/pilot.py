"""Answers on the six-city pilot for recognising foreign talent.

The pilot ran from its start date for a stated number of years; every answer compares the
computed end date with ``today`` (injectable for tests) and says when the period has passed.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from knowledge.answers.common import (
    Answer,
    bullet_list,
    closest_name,
    facts_by_key,
    provenances,
    series,
)
from knowledge.eligibility.verdict import format_years
from knowledge.i18n import message
from knowledge.i18n.patterns import with_zh
from knowledge.records import Fact, KnowledgeBase, PilotCity, SixCityPilot

# "Which 2 cities are in the pilot along with Beijing and Shanghai?": the cities not named.
ASKS_OTHERS = with_zh(
    r"\b(which|what)\b[^?]{0,80}\b(other|else|remaining|besides|apart from|other than|"
    r"in addition to|along with|as well as|except|together with)\b",
    "pilot.others",
)


def cities(
    kb: KnowledgeBase, named: Sequence[str] = (), today: date | None = None, question: str = ""
) -> Answer:
    """All six cities by tier, or whether each city ``named`` is one of them; asked which
    others there are (``question``), the cities it does not name."""
    pilot = kb.pilot
    known = [name for city in named if (name := _pilot_city(kb, city))]
    if known and ASKS_OTHERS.search(question):
        others = [city for city in pilot.cities if city.name not in known]
        rest = series([f"{city.name} ({city.tier})" for city in others])
        lines = [f"Besides {series(list(dict.fromkeys(known)))}, the pilot's other cities: {rest}."]
    elif not named:
        lines = [
            message("pilot_cities", "en", count=str(len(pilot.cities)), cities=_by_tier(pilot))
        ]
    else:
        lines = [_city_line(kb, city) for city in dict.fromkeys(named)]
    lines.append(_period_line(pilot, _today(today)))
    return Answer("\n".join(lines), provenances([*pilot.cities, _period_fact(pilot)]))


# "Which ministry published the pilot?", "who issued the guidelines?"
ASKS_PUBLISHER = with_zh(
    r"\b(who|which (ministry|department|authority|body|agency|organi[sz]ation|government))\b"
    r"[^?]{0,50}\b(publish|release|issue|announce|put out|launch)|"
    r"\b(publisher|issuer|(issued|released|published) by)\b",
    "pilot.publisher",
)


def dates(kb: KnowledgeBase, today: date | None = None, question: str = "") -> Answer:
    """When the pilot started, how long it lasts, and whether that period has passed, with
    who released the guidelines and when; that first when the ``question`` asks who."""
    pilot = kb.pilot
    release = facts_by_key(pilot.facts)["release"]
    period = [
        f"The pilot's trial started on {_day(start_date(pilot))} and was set to last "
        f"{format_years(pilot.duration_years)}.",
        _period_line(pilot, _today(today)),
    ]
    if ASKS_PUBLISHER.search(question):
        lines = [f"The article says: {release.text}", *period]
    else:
        lines = [*period, f"The article also says: {release.text}"]
    return Answer("\n".join(lines), provenances([_period_fact(pilot), release]))


def high_end(kb: KnowledgeBase, today: date | None = None) -> Answer:
    """The kinds of "high-end and scarce" talent and the achievement standards."""
    pilot = kb.pilot
    achievements = "; ".join(fact.text for fact in pilot.achievements)
    lines = [
        '"High-end and scarce" foreign talents in the pilot mainly cover (the list is open-ended):',
        bullet_list([fact.text for fact in pilot.high_end_kinds]),
        f'"{_achievement_kind(pilot).text}" includes: {achievements}.',
        _period_line(pilot, _today(today)),
    ]
    records = [*pilot.high_end_kinds, *pilot.achievements, _period_fact(pilot)]
    return Answer("\n".join(lines), provenances(records))


def urgent_fields(kb: KnowledgeBase, today: date | None = None) -> Answer:
    """The fields of "urgently needed" talent, an open-ended list, and each city's catalog."""
    pilot = kb.pilot
    facts = facts_by_key(pilot.facts)
    fields = series([fact.text for fact in pilot.urgent_fields])
    lines = [
        message("urgent_fields", "en", fields=fields),
        message("city_catalogs", "en"),
        _period_line(pilot, _today(today)),
    ]
    records = [
        *pilot.urgent_fields,
        facts["urgent_fields_open"],
        facts["city_catalogs"],
        _period_fact(pilot),
    ]
    return Answer("\n".join(lines), provenances(records))


def start_date(pilot: SixCityPilot) -> date:
    """The first day of the trial."""
    return date.fromisoformat(pilot.start_date)


def end_date(pilot: SixCityPilot) -> date:
    """The last day of the trial: the start date plus the stated years, minus one day."""
    start = start_date(pilot)
    return start.replace(year=start.year + pilot.duration_years) - timedelta(days=1)


# --- Helpers ---------------------------------------------------------------------------


def _today(today: date | None) -> date:
    return today or date.today()


def _day(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def _period_fact(pilot: SixCityPilot) -> Fact:
    return facts_by_key(pilot.facts)["trial_period"]


def _period_line(pilot: SixCityPilot, today: date) -> str:
    start, end = start_date(pilot), end_date(pilot)
    if today < start:
        return message("trial_not_started", "en", start=_day(start), end=_day(end))
    return message("trial_running" if today <= end else "trial_ended", "en", end=_day(end))


def _achievement_kind(pilot: SixCityPilot) -> Fact:
    """The kind of talent that the standards for professional achievement define."""
    section = pilot.achievements[0].provenance.section.lower()
    return next(kind for kind in pilot.high_end_kinds if section in kind.text.lower())


def _by_tier(pilot: SixCityPilot) -> str:
    tiers = dict.fromkeys(city.tier for city in pilot.cities)
    groups = [
        f"{len(names)} {tier} ({series(names)})"
        for tier in tiers
        if (names := [city.name for city in pilot.cities if city.tier == tier])
    ]
    return series(groups)


def _pilot_city(kb: KnowledgeBase, query: str) -> str | None:
    """The pilot city's name the query means, or None."""
    return closest_name(kb, query, [city.name for city in kb.pilot.cities])


def _city_line(kb: KnowledgeBase, query: str) -> str:
    pilot = kb.pilot
    name = _pilot_city(kb, query)
    count = str(len(pilot.cities))
    if name is None:
        return message("pilot_city_no", "en", city=query, count=count, cities=_by_tier(pilot))
    found: PilotCity = next(city for city in pilot.cities if city.name == name)
    return message("pilot_city_yes", "en", city=found.name, count=count, tier=found.tier)
