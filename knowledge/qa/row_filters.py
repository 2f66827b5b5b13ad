"""Which rows of the Qianhai tables a question's criteria select: their count and names.

"Which Qianhai occupations need only 1 year of experience?", "前海清单里哪些职业要求博士
学历？", "strategy-oriented occupations in the information service industry?": the
criteria (:mod:`knowledge.qa.row_criteria`) are applied to the 50 rows and the answer gives
how many match and which (with their table and row as the source), or says plainly that
none does. Nothing is said that is not in the rows. A column the question asks about
without fixing it ("对学历卡得严吗", "how scarce are they?") is shown beside each name.

The Shanghai catalog's records have a name and a sector only: its sectors are answered by
the catalog's own topic, so only the Qianhai tables are filtered here.
"""

from __future__ import annotations

import re
from dataclasses import replace

from knowledge.answers.common import (
    Answer,
    count_of,
    provenances,
    series,
    table_sources,
)
from knowledge.answers.qianhai import grouped, industry_names
from knowledge.i18n.patterns import with_zh
from knowledge.lookup import get_index
from knowledge.qa.documents import documents_named
from knowledge.qa.row_criteria import Bound, Comparison, RowCriteria, read_criteria
from knowledge.qa.stated_facts import occupation_in
from knowledge.records import Degree, KnowledgeBase, Provenance, QianhaiOccupation
from knowledge.translation import to_english, with_english

# Up to this many matching rows are listed one per line; more are named on one line.
ROW_LIMIT = 8
NAME_LIMIT = 6
# A degree is found in the preferred-degree text by its first letters ("doctor").
STEM = 6
QIANHAI = "qianhai"

# The rows asked for: occupations, jobs (职业, 岗位 and 职位 are translated to these).
_ROWS = re.compile(r"\b(occupations?|jobs?|roles?|positions?|professions?|posts?|ones)\b", re.I)
_ASKS_ROWS = with_zh(
    r"\b(which|what|list|name|any|are there|is there|show|how many)\b|[?？]\s*$",
    "row_filters.asks_rows",
)
# What else a question may ask about the rows: shares, industries, the survey's answers.
_ASKS_OTHER = re.compile(
    r"\b(which|what)\s+(\w+\s+){0,2}?(industr|sectors?\b|percent|share|proportion|answers?\b|"
    r"categor|questionnaire|survey|method|reasons?\b)|percentage|proportion|\bratio\b",
    re.I,
)
# "Which occupation needs the most experience?", "学历要求最高的职业": the rows at the
# extreme of a column (its highest or lowest value among the rows the other criteria keep).
_SUPERLATIVES = (
    (
        "experience",
        max,
        with_zh(
            r"\b(longest|most|highest|maximum)\b(\s+\w+){0,3}\s+(experience|years)\b|"
            r"\b(experience|years)\b(\s+\w+){0,4}\s+(the\s+)?(longest|most|highest)\b",
            "row_filters.most_experience",
        ),
    ),
    (
        "experience",
        min,
        with_zh(
            r"\b(shortest|least|fewest|lowest|minimum)\b(\s+\w+){0,3}\s+(experience|years)\b|"
            r"\b(experience|years)\b(\s+\w+){0,4}\s+(the\s+)?(shortest|least|fewest|lowest)\b",
            "row_filters.least_experience",
        ),
    ),
    (
        "degree",
        max,
        with_zh(r"\bhighest\b(\s+\w+){0,2}\s+(degree|education)\b", "row_filters.highest_degree"),
    ),
    (
        "degree",
        min,
        with_zh(r"\blowest\b(\s+\w+){0,2}\s+(degree|education)\b", "row_filters.lowest_degree"),
    ),
)
# Columns a question asks to see for each row ("对学历卡得严吗", "how scarce are they?").
_ASKED = {
    "degree": re.compile(r"degree|education|diploma|academic", re.I),
    "experience": re.compile(r"experience|how many years", re.I),
    "severity": re.compile(r"short(age| supply)|scarc|severity|how short", re.I),
    "duration": re.compile(r"how long|duration|\bterm\b|\blast", re.I),
}


def filtered_rows(
    kb: KnowledgeBase, question: str, earlier: str = "", implied: bool = False
) -> Answer | None:
    """The rows the question's criteria select, or None when it sets none or is not about
    the Qianhai list's rows (it names one occupation, or another document).

    ``earlier``: the question a follow-up refers back to ("which of those are
    strategy-oriented?"), whose criteria hold for the columns this one leaves free;
    ``implied``: the conversation is about the Qianhai list (its topic or last answer), so
    a question need not name it. A question that is no follow-up must name what it
    selects (occupations, jobs...) and ask which or how many of them, not their share or
    their industries.
    """
    text = with_english(question)
    english = to_english(question)
    named = documents_named(text)
    if (named and QIANHAI not in named) or occupation_in(english, get_index()):
        return None
    industries = industry_names(kb)
    criteria = _at_extremes(kb.qianhai.occupations, text, read_criteria(text, industries))
    prior = read_criteria(with_english(earlier), industries) if earlier else RowCriteria()
    sectors = kb.catalog.sectors
    if not prior.is_empty() and (
        implied or prior.only_in_qianhai(sectors) or _names_qianhai(earlier)
    ):
        criteria, implied = criteria.merged(prior), True
    qianhai = implied or QIANHAI in named or criteria.only_in_qianhai(sectors)
    if criteria.is_empty() or not qianhai:
        return None
    asks_rows = _ASKS_ROWS.search(text) and not _ASKS_OTHER.search(text)
    if not (earlier or _ROWS.search(text)) or not asks_rows:
        return None
    shown = [key for key, asked in _ASKED.items() if asked.search(text)]
    return rows_answer(kb, criteria, [key for key in shown if not _fixes(criteria, key)])


def _at_extremes(rows: list[QianhaiOccupation], text: str, criteria: RowCriteria) -> RowCriteria:
    """The criteria with the extreme value of a column the question asks for the most or
    least of ("the longest experience"), among the rows the criteria keep."""
    for column, pick, asked in _SUPERLATIVES:
        kept = [row for row in rows if criteria.admits(row)]
        if getattr(criteria, column) is None and asked.search(text) and kept:
            values = [_value(row, column) for row in kept]
            criteria = replace(criteria, **{column: Bound(pick(values))})
    return criteria


def _value(row: QianhaiOccupation, column: str) -> int:
    return row.min_years_exclusive if column == "experience" else int(row.min_degree)


def rows_answer(kb: KnowledgeBase, criteria: RowCriteria, shown: list[str]) -> Answer:
    """How many rows meet the criteria and which, each with the ``shown`` columns."""
    rows = [row for row in kb.qianhai.occupations if criteria.admits(row)]
    conditions = series(describe(criteria))
    if not rows:
        nearby, shown_rows = _nearby(kb, criteria)
        lines = [f"I found no occupation on the Qianhai list {conditions}.", *nearby]
        sources = _in_table_order(shown_rows) or table_sources(kb.qianhai.occupations)
        return Answer("\n".join(lines), sources)
    if len(rows) > ROW_LIMIT:
        return Answer(grouped(rows, conditions, filtered=True), table_sources(rows))
    lines = [f"{count_of(len(rows), 'occupation')} on the Qianhai list {conditions}:"]
    lines += [f"• {row.name}{_details(row, shown)}" for row in rows]
    preferred = _preferring(kb, criteria, rows)
    if preferred and criteria.degree:
        label = Degree(criteria.degree.value).label
        lines.append(f"Preferring a {label}, with a lower minimum:")
        lines += [f"• {row.name}: {row.min_degree.label}" for row in preferred]
    return Answer("\n".join(lines), _in_table_order([*rows, *preferred]))


def _nearby(kb: KnowledgeBase, criteria: RowCriteria) -> tuple[list[str], list[QianhaiOccupation]]:
    """When no row matches: the rows of the other columns asked (the logistics industry's)
    with their degree and experience, or the values the tables do have; the lines and the
    rows they show."""
    others = replace(criteria, degree=None, experience=None)
    rows = [row for row in kb.qianhai.occupations if others.admits(row)]
    if not others.is_empty() and len(rows) <= ROW_LIMIT:
        lines = [f"The occupations {series(describe(others))}:"]
        lines += [f"• {row.name}{_details(row, ['degree', 'experience'])}" for row in rows]
        return lines, rows
    if criteria.experience is not None:
        years = series([str(n) for n in sorted({row.min_years_exclusive for row in rows})])
        return [f"The tables' experience thresholds are more than {years} years."], []
    degrees = series([d.label for d in sorted({row.min_degree for row in rows})])
    return [f"The tables' minimum degrees are: {degrees}."], []


def _in_table_order(rows: list[QianhaiOccupation]) -> tuple[Provenance, ...]:
    """The rows' provenance, by table and row."""
    ordered = sorted(rows, key=lambda row: (row.provenance.table or "", row.number))
    return provenances(ordered)


def describe(criteria: RowCriteria) -> list[str]:
    """Each criterion as a phrase after "occupations on the Qianhai list"."""
    phrases = []
    if criteria.industry:
        phrases.append(f"in the {criteria.industry}")
    if criteria.orientation:
        phrases.append(criteria.orientation)
    if criteria.severity:
        phrases.append(f"in {criteria.severity.value}")
    if criteria.duration:
        phrases.append(f"whose demand stays high in the {criteria.duration.value}")
    if criteria.degree:
        phrases.append(_degree_phrase(criteria.degree))
    if criteria.experience:
        phrases.append(_experience_phrase(criteria.experience))
    return phrases


def _degree_phrase(bound: Bound) -> str:
    label = Degree(bound.value).label
    return {
        Comparison.EXACTLY: f"with a {label} as the minimum degree",
        Comparison.AT_LEAST: f"requiring at least a {label}",
        Comparison.AT_MOST: f"open to holders of a {label}",
        Comparison.BELOW: f"requiring less than a {label}",
    }[bound.comparison]


def _experience_phrase(bound: Bound) -> str:
    years = count_of(bound.value, "year")
    threshold = "whose experience threshold (“more than N years”) is"
    return {
        Comparison.EXACTLY: f"requiring more than {years} of experience",
        Comparison.AT_LEAST: f"{threshold} {years} or more",
        Comparison.AT_MOST: f"{threshold} {years} or less",
        Comparison.BELOW: f"{threshold} under {years}",
    }[bound.comparison]


def _details(row: QianhaiOccupation, shown: list[str]) -> str:
    """``: bachelor's degree, more than 5 years`` for the columns asked about, or ""."""
    values = {
        "degree": row.min_degree.label,
        "experience": f"more than {count_of(row.min_years_exclusive, 'year')}",
        "severity": row.severity.value,
        "duration": f"demand high in the {row.duration.value}",
    }
    return f": {', '.join(values[key] for key in shown)}" if shown else ""


def _fixes(criteria: RowCriteria, column: str) -> bool:
    """Whether the criteria fix the column (then every row shows the same value)."""
    bound = getattr(criteria, column)
    return bound is not None and getattr(bound, "comparison", None) in (None, Comparison.EXACTLY)


def _preferring(
    kb: KnowledgeBase, criteria: RowCriteria, rows: list[QianhaiOccupation]
) -> list[QianhaiOccupation]:
    """Rows with a lower minimum that prefer the exact degree asked for (a doctorate)."""
    degree = criteria.degree
    if degree is None or degree.comparison is not Comparison.EXACTLY:
        return []
    word = Degree(degree.value).label[:STEM]
    others = replace(criteria, degree=None)
    return [
        row
        for row in kb.qianhai.occupations
        if row not in rows and others.admits(row) and word in (row.preferred_degree or "")
    ]


def _names_qianhai(text: str) -> bool:
    return QIANHAI in documents_named(with_english(text))
