"""Answers on whether a job is on a list, and on the requirements or shortage of a named job.

Names are resolved with the occupation index. A match is taken as meant only when ``best``
returns it with at least :data:`CONFIDENT_SCORE`; weaker matches and ambiguous queries get
"did you mean" choices (names scoring at least :data:`SUGGEST_SCORE`), and anything weaker is
"not on any of the lists I know".
"""

from __future__ import annotations

from knowledge.answers import catalog, qianhai
from knowledge.answers.common import Answer, bullet_list, provenances, table_sources
from knowledge.answers.related_jobs import related_by_requirements
from knowledge.i18n import message
from knowledge.lookup import QIANHAI, SHANGHAI_CATALOG, Match, OccupationIndex
from knowledge.occupation_criteria import Entry
from knowledge.records import CatalogJob, KnowledgeBase, Provenance, QianhaiOccupation

CONFIDENT_SCORE = 85.0
SUGGEST_SCORE = 60.0
SUGGESTIONS = 3
# Programme values (NLU entity ``programme``) that name an occupation list.
PROGRAMME_LISTS = {"shanghai_catalog": SHANGHAI_CATALOG, "qianhai_list": QIANHAI}


def on_list(
    kb: KnowledgeBase, index: OccupationIndex, query: str, programme: str | None = None
) -> Answer:
    """Which lists a job is on; for a named programme, that list first, then the other."""
    wanted = PROGRAMME_LISTS.get(programme or "")
    match = resolve(index, query, wanted)
    if match is None:
        return unresolved(kb, index, query)
    found = _entries(index, match)
    lines = [_took_as(query, match)] if match.score < 100 else []
    if wanted is None:
        lines += _everywhere(kb, match.name, found) + _qianhai_asks_for(found)
        return Answer("\n".join(lines), _entry_sources(found))
    lines += _for_list(kb, match.name, found, wanted) + _qianhai_asks_for(found)
    close = [] if _on(found, wanted) else _close_in(index, query, wanted, match.name)
    if close:
        lines.append(message("close_names", "en", list=_short(kb, wanted), names="; ".join(close)))
    return Answer("\n".join(lines), _entry_sources(found), tuple((c, c) for c in close))


def occupation_requirements(kb: KnowledgeBase, index: OccupationIndex, query: str) -> Answer:
    """Requirements of a named job: the Qianhai row if it has one, else the catalog's rules.

    A job on both lists also gets the catalog's education-and-experience requirement.
    """
    match = resolve(index, query)
    if match is None:
        return unresolved(kb, index, query)
    found = _entries(index, match)
    record = _preferred_record(found)
    if not isinstance(record, QianhaiOccupation):
        return catalog.job_requirements(kb, record)
    answer = qianhai.requirements(kb, record)
    entry = next((e for e in found if e.list_key == SHANGHAI_CATALOG), None)
    if entry is None:
        return answer
    rule = next(f for f in kb.catalog.requirements if f.key == "education_experience")
    also = f"It is also on {_where(kb, entry)}, which asks for: {rule.text}."
    sources = (*answer.sources, entry.record.provenance, rule.provenance)
    return Answer(f"{answer.text}\n{also}", sources)


def occupation_shortage(kb: KnowledgeBase, index: OccupationIndex, query: str) -> Answer:
    """Shortage of a named job: from the Qianhai list, or what the catalog says instead."""
    match = resolve(index, query)
    if match is None:
        return unresolved(kb, index, query)
    record = _preferred_record(_entries(index, match))
    if isinstance(record, QianhaiOccupation):
        return qianhai.shortage(record)
    text = (
        f"Of the lists I know, only the Qianhai list rates shortage, and {record.name} is not "
        "on it. It is on the "
        f"{_short(kb, SHANGHAI_CATALOG)}, sector {record.sector}: the catalog lists jobs whose "
        "skills are urgently needed but gives no shortage level."
    )
    return Answer(text, (record.provenance,))


def resolve(index: OccupationIndex, query: str, wanted: str | None = None) -> Match | None:
    """The name the query confidently means, in the wanted list first, else in any list."""
    searches = ([wanted], None) if wanted else (None,)
    for lists in searches:
        match = index.best(query, lists=lists)
        if match is not None and match.score >= CONFIDENT_SCORE:
            return match
    return None


def unresolved(kb: KnowledgeBase, index: OccupationIndex, query: str) -> Answer:
    """ "Did you mean" choices for close names, or "not on any of the lists I know"."""
    close = [m for m in index.search(query, SUGGESTIONS) if m.score >= SUGGEST_SCORE]
    related, column = related_by_requirements(kb, query, tuple(m.name for m in close))
    if not close:
        return _with_related(kb, _not_listed(kb, query), related, column)
    lines = [
        f'No job is listed under the name "{query}". Close names:',
        bullet_list([f"{m.name} ({_list_names(kb, m.entries)})" for m in close]),
        "Did you mean one of these?",
    ]
    entries = [entry for m in close for entry in m.entries]
    answer = Answer(
        "\n".join(lines), _entry_sources(entries), tuple((m.name, m.name) for m in close)
    )
    return _with_related(kb, answer, related, column)


def _with_related(
    kb: KnowledgeBase, answer: Answer, related: list[QianhaiOccupation], column: str
) -> Answer:
    """The answer, then the Qianhai occupations whose requirements name the job's field."""
    if not related:
        return answer
    names = "; ".join(row.name for row in related)
    line = f"On the {_short(kb, QIANHAI)}, the {column} of these occupations mention it: {names}."
    sources = (*answer.sources, *(row.provenance for row in related))
    lines = answer.text.split("\n")
    # Before the closing "did you mean" question, if there is one.
    at = len(lines) - 1 if answer.choices else len(lines)
    return Answer("\n".join([*lines[:at], line, *lines[at:]]), sources, answer.choices)


# --- Helpers ---------------------------------------------------------------------------


def _short(kb: KnowledgeBase, list_key: str) -> str:
    return kb.sources[list_key].short


def _entries(index: OccupationIndex, match: Match) -> tuple[Entry, ...]:
    """Every record, in every list, that bears the matched name."""
    exact = index.best(match.name)
    return exact.entries if exact is not None else match.entries


def _on(entries: tuple[Entry, ...], list_key: str) -> bool:
    return any(entry.list_key == list_key for entry in entries)


def _preferred_record(entries: tuple[Entry, ...]) -> CatalogJob | QianhaiOccupation:
    """The Qianhai row if there is one (it has its own requirements), else the catalog job."""
    return next((e.record for e in entries if e.list_key == QIANHAI), entries[0].record)


def _took_as(query: str, match: Match) -> str:
    return message("took_to_mean", "en", query=query, name=match.name)


def _where(kb: KnowledgeBase, entry: Entry) -> str:
    """``the <list> (sector ...)`` or ``the <list> (Table 2, row 2: ...)``."""
    short, place = _list_and_place(kb, entry)
    return f"the {short} ({place})"


def _list_and_place(kb: KnowledgeBase, entry: Entry) -> tuple[str, str]:
    """The list's short name, and where on it: "sector ..." or "Table 2, row 2: ..."."""
    record = entry.record
    if isinstance(record, CatalogJob):
        missing = "" if record.sector_heading_in_text else "; heading missing, placed by position"
        return _short(kb, entry.list_key), f"sector {record.sector}{missing}"
    return _short(kb, entry.list_key), qianhai.describe(record)


def _placed(key: str, kb: KnowledgeBase, entry: Entry, name: str = "") -> str:
    """A catalog line saying where a job is ("Yes, X is on the <list>, in <place>.")."""
    short, place = _list_and_place(kb, entry)
    return message(key, "en", name=name, list=short, place=place)


def _qianhai_asks_for(found: tuple[Entry, ...]) -> list[str]:
    """For a job on the Qianhai list, the one line of what its row asks for."""
    row = next((e.record for e in found if isinstance(e.record, QianhaiOccupation)), None)
    if row is None:
        return []
    experience = row.experience_text[:1].lower() + row.experience_text[1:]
    return [message("qianhai_asks_for", "en", degree=row.min_degree.label, experience=experience)]


def _list_names(kb: KnowledgeBase, entries: tuple[Entry, ...]) -> str:
    return " and ".join(dict.fromkeys(_short(kb, e.list_key) for e in entries))


def _everywhere(kb: KnowledgeBase, name: str, found: tuple[Entry, ...]) -> list[str]:
    """Each list the job is on; for a job on one list, the other named as well."""
    if len(found) == 1:
        other = QIANHAI if found[0].list_key == SHANGHAI_CATALOG else SHANGHAI_CATALOG
        not_on = message("job_not_also_on", "en", list=_short(kb, other))
        return [_placed("job_on_list", kb, found[0], name), not_on]
    return [message("job_on_lists", "en", name=name, count=str(len(found)))] + [
        f"• {_where(kb, entry)}" for entry in found
    ]


def _for_list(kb: KnowledgeBase, name: str, found: tuple[Entry, ...], wanted: str) -> list[str]:
    """The answer for the named list first, then where else the job is."""
    inside = [e for e in found if e.list_key == wanted]
    others = [e for e in found if e.list_key != wanted]
    if inside:
        return [_placed("job_on_list", kb, inside[0], name)] + [
            _placed("job_also_on", kb, e) for e in others
        ]
    return [message("job_not_on", "en", name=name, list=_short(kb, wanted))] + [
        _placed("job_is_on", kb, e) for e in others
    ]


def _close_in(index: OccupationIndex, query: str, wanted: str, name: str) -> list[str]:
    """Names in the wanted list close to the query, other than the one already given."""
    matches = index.search(query, SUGGESTIONS, lists=[wanted])
    return [m.name for m in matches if m.score >= SUGGEST_SCORE and m.name != name]


def _entry_sources(entries: tuple[Entry, ...] | list[Entry]) -> tuple[Provenance, ...]:
    return provenances(entry.record for entry in entries)


def _not_listed(kb: KnowledgeBase, query: str) -> Answer:
    text = message(
        "not_on_any_list",
        "en",
        query=query,
        catalog=_short(kb, SHANGHAI_CATALOG),
        jobs=str(kb.catalog.listed_job_count),
        qianhai=_short(kb, QIANHAI),
        occupations=str(len(kb.qianhai.occupations)),
    )
    return Answer(text, (kb.catalog.provenance, *table_sources(kb.qianhai.occupations)))
