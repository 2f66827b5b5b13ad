"""Answers on the List of High-Demand Occupations for Foreign Talents in Qianhai (2020).

Experience is "more than N years" in the tables: exactly N is not more than N if read
literally, and the requirement answers say so. Counts come from the table rows and are checked
against the totals the report states.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

from knowledge.answers.common import (
    Answer,
    bullet_list,
    closest_name,
    count_of,
    facts_by_key,
    name_list,
    provenances,
    series,
    table_sources,
)
from knowledge.records import (
    Degree,
    Duration,
    Fact,
    KnowledgeBase,
    QianhaiOccupation,
    Severity,
)

# Above this many occupations, each industry shows only its first GROUP_LIMIT names.
FULL_LIST_LIMIT = 15
GROUP_LIMIT = 3
CONTACT_LABELS = {
    "workstation_address": "Address",
    "workstation_phone": "Phone",
    "workstation_email": "Email",
}


def requirements(kb: KnowledgeBase, occupation: QianhaiOccupation) -> Answer:
    """Degree, experience, specialties, competencies and demand of one listed occupation."""
    benefit = _facts(kb)["list_benefit"]
    lines = [
        f"{occupation.name} (Qianhai list, {describe(occupation)}):",
        bullet_list(
            [
                f"Degree: {_degree(occupation)}",
                f"Experience: {occupation.experience_text}. {_boundary(occupation)}",
                f"Specialties: {occupation.specialties}",
                f"Demand: {_shortage(occupation)}",
                f"Competencies: {'; '.join(occupation.competencies)}",
            ]
        ),
        f"Note: {benefit.text}",
    ]
    return Answer("\n".join(lines), provenances([occupation, benefit]))


def shortage(occupation: QianhaiOccupation) -> Answer:
    """How short the supply is and how long demand stays high, for one occupation."""
    text = f"According to the Qianhai list, {occupation.name}: {_shortage(occupation)}."
    return Answer(text, (occupation.provenance,))


def occupations(
    kb: KnowledgeBase,
    industry: str | None = None,
    severity: Severity | None = None,
    duration: Duration | None = None,
    orientation: str | None = None,
    min_degree: Degree | None = None,
) -> Answer:
    """The occupations within the filters (``orientation``: "demand-oriented" or
    "strategy-oriented"; ``min_degree``: the lowest degree the table accepts), grouped by
    industry; long lists are shortened."""
    industries = industry_names(kb)
    matched = closest_name(kb, industry, industries) if industry else None
    if industry and matched is None:
        text = f'The Qianhai list has no industry I can match to "{industry}". '
        text += f"Its industries are: {series(industries)}."
        return Answer(text, table_sources(kb.qianhai.occupations))
    found = [
        o
        for o in kb.qianhai.occupations
        if matched in (None, o.industry)
        and severity in (None, o.severity)
        and duration in (None, o.duration)
        and orientation in (None, o.orientation)
        and min_degree in (None, o.min_degree)
    ]
    extra = [orientation] if orientation else []
    extra += [f"with a {min_degree.label} as the minimum"] if min_degree else []
    conditions = ", ".join(filter(None, [_conditions(matched, severity, duration), *extra]))
    if not found:
        text = f"No occupation on the Qianhai list is {conditions}."
        return Answer(text, table_sources(kb.qianhai.occupations))
    return Answer(grouped(found, conditions, filtered=bool(conditions)), table_sources(found))


# What a count question may be about ("how many by industry", "how scarce").
STATS_DIMENSIONS: dict[str, re.Pattern[str]] = {
    "industry": re.compile(r"industr|sector", re.I),
    "shortage": re.compile(
        r"short(age| supply)|scarc|severity|extremely|relatively|moderately", re.I
    ),
    "duration": re.compile(r"long[- ]term|short[- ]term|near future|how long|horizon", re.I),
    "degree": re.compile(r"degree|education|bachelor|master|doctor|phd", re.I),
}


_COUNTING = re.compile(r"how many|number of|spread|distribut|breakdown|split|\bcount", re.I)


def counts_by(question: str) -> list[str]:
    """The breakdowns a question counting the list's occupations asks for ("how many by
    industry"); none when it does not count."""
    return stats_dimensions(question) if _COUNTING.search(question) else []


def stats_dimensions(question: str) -> list[str]:
    """The breakdowns of the list a question asks for ("spread across industries")."""
    return [name for name, pattern in STATS_DIMENSIONS.items() if pattern.search(question)]


def stats(kb: KnowledgeBase, dimensions: list[str] | None = None) -> Answer:
    """Counts from the table rows by orientation, industry, shortage, duration and degree;
    only the breakdowns in ``dimensions`` when it names any."""
    rows = kb.qianhai.occupations
    orientation = Counter(o.orientation for o in rows)
    breakdowns = {
        "industry": "By industry: "
        + _counts((o.industry for o in rows), {i: i for i in industry_names(kb)}),
        "shortage": "By shortage: "
        + _counts((o.severity for o in rows), {s: s.value for s in Severity}),
        "duration": "By how long demand stays high: "
        + _counts((o.duration for o in rows), {d: d.value for d in Duration}),
        "degree": "By minimum degree: "
        + _counts((o.min_degree for o in rows), {d: d.label for d in reversed(Degree)}),
    }
    lines = [
        f"The Qianhai list has {len(rows)} occupations: "
        + series([f"{n} {name}" for name, n in orientation.items()])
        + ".",
        bullet_list([breakdowns[key] for key in dimensions or breakdowns]),
        _check_line(kb),
    ]
    facts = _facts(kb)
    stated = [facts[key] for key in ("finding_industries", "finding_duration", "finding_severity")]
    return Answer("\n".join(lines), (*table_sources(rows), *provenances(stated)))


def benefits(kb: KnowledgeBase) -> Answer:
    """What being on the list gives, and that the list is updated."""
    facts = _facts(kb)
    version = kb.sources[facts["list_benefit"].provenance.doc].version
    lines = [
        facts["list_benefit"].text,
        f"{facts['list_update'].text} What I have is the {version} list; ask the "
        f"{workstation_name(kb)} for the current one.",
    ]
    return Answer("\n".join(lines), provenances([facts["list_benefit"], facts["list_update"]]))


def incentives(kb: KnowledgeBase) -> Answer:
    """Tax and other incentives the report names, with a reminder of its date."""
    facts = _facts(kb)
    chosen = [facts[key] for key in ("income_tax", "green_card", "housekeeper_visas")]
    version = kb.sources[chosen[0].provenance.doc].version
    lines = [
        f"The Qianhai report ({version}) names these incentives for foreign talents:",
        bullet_list([fact.text for fact in chosen]),
        f"They describe the situation in {version}; check that they still apply before you rely "
        "on them.",
    ]
    return Answer("\n".join(lines), provenances(chosen))


def contact(kb: KnowledgeBase) -> Answer:
    """The Qianhai workstation: what it is, its address, phone and email."""
    workstation = _facts(kb)["workstation"]
    lines, facts = contact_lines(kb)
    text = "\n".join([workstation.text, bullet_list(lines)])
    return Answer(text, provenances([workstation, *facts]))


def contact_lines(kb: KnowledgeBase) -> tuple[list[str], list[Fact]]:
    """``Address: ...``, ``Phone: ...``, ``Email: ...`` of the workstation, with their facts."""
    facts = _facts(kb)
    chosen = [facts[key] for key in CONTACT_LABELS]
    return [f"{CONTACT_LABELS[f.key]}: {f.text}" for f in chosen], chosen


def workstation_name(kb: KnowledgeBase) -> str:
    """The workstation's name as the report gives it ("Qianhai International Talent ...")."""
    return re.match(r"The (.+?), located at", _facts(kb)["workstation"].text).group(1)


def describe(occupation: QianhaiOccupation) -> str:
    """Where the occupation is: ``Table 2, row 2: strategy-oriented, Financial industry``."""
    place = f"{occupation.provenance.table}, row {occupation.provenance.row}"
    return f"{place}: {occupation.orientation}, {occupation.industry}"


# --- Helpers ---------------------------------------------------------------------------


def _facts(kb: KnowledgeBase) -> dict[str, Fact]:
    return facts_by_key(kb.qianhai.facts)


def industry_names(kb: KnowledgeBase) -> list[str]:
    """The Qianhai list's industries, in table order."""
    return list(dict.fromkeys(o.industry for o in kb.qianhai.occupations))


def _degree(occupation: QianhaiOccupation) -> str:
    text = f"{occupation.min_degree.label} (minimum)"
    if occupation.preferred_degree:
        text += f"; {occupation.preferred_degree} preferred"
    return text


def _boundary(occupation: QianhaiOccupation) -> str:
    n = occupation.min_years_exclusive
    return f'Exactly {n} years is not "more than {n}" if read literally.'


def _shortage(occupation: QianhaiOccupation) -> str:
    return (
        f"{occupation.severity.value}; demand expected to stay high for the "
        f"{occupation.duration.value}"
    )


def _conditions(industry: str | None, severity: Severity | None, duration: Duration | None) -> str:
    parts = []
    if industry:
        parts.append(f"in the {industry}")
    if severity:
        parts.append(f"in {severity.value}")
    if duration:
        parts.append(f"with demand lasting into the {duration.value}")
    return ", ".join(parts)


def grouped(found: list[QianhaiOccupation], conditions: str, filtered: bool) -> str:
    """``N occupations on the Qianhai list <conditions>:`` and the names by industry (above
    :data:`FULL_LIST_LIMIT`, the first few of each), with a hint to narrow the list."""
    heading = f"{count_of(len(found), 'occupation')} on the Qianhai list"
    lines = [f"{heading} {conditions}:" if conditions else f"{heading}:"]
    limit = GROUP_LIMIT if len(found) > FULL_LIST_LIMIT else None
    groups: dict[str, list[str]] = {}
    for occupation in found:
        groups.setdefault(occupation.industry, []).append(occupation.name)
    lines += [
        f"• {group} ({len(names)}): {name_list(names, limit)}" for group, names in groups.items()
    ]
    if limit is not None:
        hint = "a different" if filtered else "an"
        lines.append(f"Ask for {hint} industry, shortage level or demand duration to see more.")
    return "\n".join(lines)


def _counts(values: Iterable[object], labels: dict[Any, str]) -> str:
    """``label n`` for each key of ``labels`` (in its order) that occurs in ``values``."""
    counts = Counter(values)
    return ", ".join(f"{label} {counts[key]}" for key, label in labels.items() if counts[key])


def _computed_totals(rows: tuple[QianhaiOccupation, ...]) -> Counter[str]:
    """Counts under the keys of ``QianhaiList.stated_totals`` ("industry:...", "severity:...")."""
    totals: Counter[str] = Counter(total=len(rows))
    for o in rows:
        totals[o.orientation] += 1
        totals[f"industry:{o.industry}"] += 1
        totals[f"{o.orientation}:industry:{o.industry}"] += 1
        totals[f"duration:{o.duration.value.split()[0]}"] += 1
        totals[f"severity:{o.severity.value.split()[0]}"] += 1
    return totals


def _check_line(kb: KnowledgeBase) -> str:
    computed = _computed_totals(kb.qianhai.occupations)
    differences = [
        f"the report states {stated} for {key.replace(':', ' ')}, the tables give {computed[key]}"
        for key, stated in kb.qianhai.stated_totals.items()
        if computed[key] != stated
    ]
    if not differences:
        return "These counts from the tables match the totals the report states."
    return "Where my counts differ: " + "; ".join(differences) + "."
