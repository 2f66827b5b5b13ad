"""Parser for the article on the six-city pilot (``six_city_pilot``).

The article is a consulting agency's report of the MOST guidelines. Its closing contact details
and list of services belong to that agency, not to a government office. The article spells
"trial" as "trail" in places; patterns avoid that word.
"""

from __future__ import annotations

import re
from datetime import datetime

from knowledge.parsers.text import (
    Line,
    SourceText,
    parse_count,
    slugify,
    split_series,
    split_top_level,
    strip_bullet,
    strip_quotes,
)
from knowledge.records import Fact, PilotCity, SixCityPilot

DOC = "six_city_pilot"
CITIES_PATTERN = r"(\d+) (first-tier|new first-tier) cities \(([^)]+)\)"
START_PATTERN = r"implemented from (\w+ \d{1,2}, \d{4})"
DURATION_PATTERN = r"last for (\w+) years?"
ACHIEVEMENTS_PATTERN = r"standards for professional achievement\" includes: (.+)\.$"
URGENT_PATTERN = r"\"urgently needed\" foreign talents .* related to (.+?),? etc\."
OPEN_ENDED = " and so on"
HIGH_END_SECTION = '"High-end and scarce" foreign talents'
ACHIEVEMENTS_SECTION = "Internationally recognized standards for professional achievement"
URGENT_SECTION = '"Urgently needed" foreign talents'
GUIDELINES_SECTION = "Guidelines and authorization"
FACTS = {
    "release": (GUIDELINES_SECTION, r"released newest guideline files"),
    "authorization": (GUIDELINES_SECTION, r"As per the authorization"),
    "trial_period": (GUIDELINES_SECTION, START_PATTERN),
    "reporting": ("Obligations of the pilot cities", r"every six months"),
    "evaluation": ("Obligations of the pilot cities", r"ministries will evaluate"),
    "city_catalogs": (
        "Catalogs of each city (the links are not in the text)",
        r"detailed catalogs",
    ),
}


def parse(text: str) -> SixCityPilot:
    """Parse the pilot: cities and tiers, trial period, kinds of talent and the article's facts."""
    source = SourceText(DOC, text)
    _, start = source.match(START_PATTERN)
    _, duration = source.match(DURATION_PATTERN)
    return SixCityPilot(
        cities=_cities(source),
        start_date=datetime.strptime(start.group(1), "%B %d, %Y").date().isoformat(),
        duration_years=parse_count(duration.group(1)),
        high_end_kinds=_high_end_kinds(source),
        achievements=_achievements(source),
        urgent_fields=_urgent_fields(source),
        facts=_facts(source),
    )


def _cities(source: SourceText) -> tuple[PilotCity, ...]:
    """Cities with their tier, checking each group's stated number against the names listed."""
    line, _ = source.match(CITIES_PATTERN)
    cities: list[PilotCity] = []
    for match in re.finditer(CITIES_PATTERN, line.text):
        names = split_series(match.group(3))
        if len(names) != int(match.group(1)):
            raise ValueError(f"{DOC}: {match.group(0)!r} does not list {match.group(1)} cities")
        provenance = source.provenance(f"Pilot cities: {match.group(2)}", line)
        cities.extend(PilotCity(name, match.group(2), provenance) for name in names)
    return tuple(cities)


def _high_end_kinds(source: SourceText) -> tuple[Fact, ...]:
    """The "▍" lines, quotes stripped. The list ends with "and so on", so it is open-ended."""
    kinds = [line for line in source.lines if line.text.startswith("▍")]
    return tuple(
        source.fact(f"kind{n}", HIGH_END_SECTION, line, _kind_name(line))
        for n, line in enumerate(kinds, 1)
    )


def _kind_name(line: Line) -> str:
    """The quoted name on a "▍" line, without its quotes or a trailing "and so on"."""
    return strip_quotes(strip_bullet(line.text).removesuffix(OPEN_ENDED))


def _achievements(source: SourceText) -> tuple[Fact, ...]:
    """The semicolon-separated standards for professional achievement, in order."""
    line, match = source.match(ACHIEVEMENTS_PATTERN)
    return tuple(
        source.fact(f"achievement{n}", ACHIEVEMENTS_SECTION, line, item)
        for n, item in enumerate(split_top_level(match.group(1), ";"), 1)
    )


def _urgent_fields(source: SourceText) -> tuple[Fact, ...]:
    """The fields of urgently needed talent, keyed by slug, without the closing "etc."."""
    line, match = source.match(URGENT_PATTERN)
    return tuple(
        source.fact(slugify(field), URGENT_SECTION, line, field)
        for field in split_series(match.group(1))
    )


def _facts(source: SourceText) -> tuple[Fact, ...]:
    """The guideline facts, the open-ended field list and the publisher's contact line."""
    facts = [source.sentence_fact(key, section, pat) for key, (section, pat) in FACTS.items()]
    facts.append(
        source.sentence_fact(
            "urgent_fields_open", f'{URGENT_SECTION} (the list ends with "etc.")', URGENT_PATTERN
        )
    )
    facts.append(_publisher_contact(source))
    return tuple(facts)


def _publisher_contact(source: SourceText) -> Fact:
    """The closing contact line with its phone number on the next non-blank line."""
    line = source.line(r"please contact us:$")
    phone = next(ln for ln in source.lines[line.number :] if ln.text)
    text = f"{line.text} {phone.text}"
    return source.fact(
        "publisher_contact", "Publisher's contact (not a government office)", line, text
    )
