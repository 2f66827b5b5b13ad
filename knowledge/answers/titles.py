"""Answers on professional titles for Category C holders (Shanghai qualification list 3.0)."""

from __future__ import annotations

import re

from knowledge.answers.common import (
    Answer,
    bullet_list,
    capitalized,
    facts_by_key,
    provenances,
    status_line,
    with_language_note,
)
from knowledge.eligibility.titles import LevelResult, TitleVerdict
from knowledge.eligibility.verdict import Criterion, Status
from knowledge.records import Fact, KnowledgeBase, TitleLevel

# How check_titles words the note for a degree outside science and engineering.
_NON_SCIENCE = "Without a science or engineering degree"
# What each general condition asks for, when the person has not said.
_CONDITION_NEEDS = {
    "work in Shanghai": "at least one year of relevant work in Shanghai",
    "Category C qualification": "a Category C qualification",
}
# How check_titles explains a route whose degree is not the person's; such routes say nothing
# about what the person lacks, so a level's answer prefers the routes for their degree.
_OTHER_DEGREE_ROUTE = "This route is for"


def requirements(kb: KnowledgeBase, level: TitleLevel | None = None) -> Answer:
    """The routes to one title level (or every level, one line each) and the general conditions."""
    rules = kb.titles
    category_c = facts_by_key(rules.facts)["category_c"]
    lines = [_first_sentence(category_c.text)]
    if level is None:
        routes = list(rules.routes)
        lines.append("Each level needs one of its routes:")
        lines.append(bullet_list([_level_routes(kb, lvl) for lvl in TitleLevel]))
    else:
        routes = list(rules.routes_for(level))
        lines.append(f"{capitalized(level.label)} title: you need one of these routes:")
        lines.append(bullet_list([route.text for route in routes]))
    lines.append("For every level: " + " ".join(f.text for f in _conditions(kb)))
    basics = "; ".join(f.text.rstrip(".") for f in rules.basic_requirements)
    lines.append(f"Basic requirements: {basics}.")
    records = [category_c, *routes, *_conditions(kb), *rules.basic_requirements]
    return with_language_note(kb, category_c.provenance.doc, lines, records)


# A question for where the documents go ("where do I upload / submit my documents?").
_ASKS_UPLOAD = re.compile(
    r"\b(upload\w*|website|portal)\b|\bwhere\b[^?]{0,40}\bsubmit|上传|网站|网址|(哪里|在哪)提交",
    re.I,
)


def process(kb: KnowledgeBase, question: str = "") -> Answer:
    """The assessment steps in order, where to upload, and the note on public institutions;
    only the upload step when the question asks where the documents go."""
    rules = kb.titles
    if _ASKS_UPLOAD.search(question):
        upload = rules.upload_step
        number = rules.steps.index(upload) + 1
        text = f"Step {number} of the {len(rules.steps)} of the assessment: {upload.text}"
        return with_language_note(kb, upload.provenance.doc, [text], [upload])
    note = facts_by_key(rules.general_conditions)["public_institution_recommendation"]
    lines = [
        "The assessment process for a professional title with a Category C qualification, "
        "step by step:",
        "\n".join(f"{n}. {step.text}" for n, step in enumerate(rules.steps, 1)),
        note.text,
    ]
    return with_language_note(kb, note.provenance.doc, lines, [*rules.steps, note])


def verdict(
    title_verdict: TitleVerdict, asked: TitleLevel | None = None, field: str | None = None
) -> Answer:
    """A title check in a few lines: the level asked about (or the highest reachable) first,
    the next level's shortfall, the conditions for every level, and the one question left.
    """
    conditions = title_verdict.verdict.criteria[1:]
    unknown = [c for c in conditions if c.status is Status.UNKNOWN]
    needs = " and ".join(_CONDITION_NEEDS[c.name] for c in unknown)
    lines = [_head_line(title_verdict, asked, field, needs)]
    lines += _route_lines(title_verdict, skip=asked)
    lines += [
        status_line(c.name, c.status, c.explanation)
        for c in conditions
        if c.status is not Status.UNKNOWN
    ]
    field_rule = title_verdict.verdict.notes[0]
    said = f" You studied {field}." if field else ""
    lines.append(f"Note: {field_rule.removeprefix('Note: ')}{said}")
    if unknown:
        lines.append(f"You also need {needs}. {unknown[0].explanation}")
    criteria = [route for result in title_verdict.levels for route in result.routes]
    criteria += title_verdict.verdict.criteria
    return Answer("\n".join(lines), provenances(criteria))


# --- Helpers ---------------------------------------------------------------------------


def _first_sentence(text: str) -> str:
    return text.split(". ")[0].rstrip(".") + "."


def _level_routes(kb: KnowledgeBase, level: TitleLevel) -> str:
    routes = kb.titles.routes_for(level)
    return f"{capitalized(level.label)} title: " + "; or ".join(r.text for r in routes)


def _conditions(kb: KnowledgeBase) -> list[Fact]:
    """The conditions that apply to every level (not the note on public institutions)."""
    facts = facts_by_key(kb.titles.general_conditions)
    return [facts["shanghai_experience"], facts["science_engineering_degree"]]


def _only_if(needs: str, yes: str) -> str:
    """A yes that still depends on conditions not stated (``needs``) says so in its first
    words ("Only if you also have ...: you can apply ..."); else ``yes`` as it is."""
    return f"Only if you also have {needs}: {_lower_first(yes)}" if needs else yes


def _highest(title_verdict: TitleVerdict, needs: str) -> str:
    highest = title_verdict.highest_level
    if highest is None:
        level_criterion = title_verdict.verdict.criteria[0]
        if level_criterion.status is Status.UNKNOWN:
            return (
                f"I can't tell which title level you can reach yet. {level_criterion.explanation}"
            )
        return "Not yet: on your degree and experience, no title level is open to you yet."
    undecided_above = any(
        r.level > highest and r.status is Status.UNKNOWN for r in title_verdict.levels
    )
    reach = "at least " if undecided_above else ""
    return _only_if(
        needs,
        f"You can apply for {reach}{_article(highest)} {highest.label} title, the highest "
        "level your degree and experience reach.",
    )


def _head_line(
    title_verdict: TitleVerdict, asked: TitleLevel | None, field: str | None, needs: str
) -> str:
    """The verdict's first line; "not yet" when a condition for every level is not met."""
    line = _asked_line(title_verdict, asked, needs) if asked else _highest(title_verdict, needs)
    failed = [c for c in title_verdict.verdict.criteria[1:] if c.status is Status.NOT_MET]
    reached = title_verdict.highest_level
    if reached is not None and failed and not line.startswith("Not yet"):
        because = " ".join(_lower_first(c.explanation) for c in failed)
        return f"Not yet: your degree and experience reach the {reached.label} level, but {because}"
    if field and _NON_SCIENCE in title_verdict.verdict.notes[0] and reached is not None:
        return (
            f"No, not for engineering or technical titles: they need a degree in science or "
            f"engineering, and {field} is neither. By degree and experience alone you would "
            f"reach the {reached.label} level in other title series."
        )
    return line


def _asked_line(title_verdict: TitleVerdict, asked: TitleLevel, needs: str) -> str:
    """Yes or not yet for the level asked about, with the route that decides it."""
    result = next(r for r in title_verdict.levels if r.level == asked)
    name = f"{_article(asked)} {asked.label} title"
    if result.status is Status.MET:
        route = next(r for r in result.routes if r.status is Status.MET)
        yes = f"you can apply for {name}. {route.explanation}"
        return _only_if(needs, yes) if needs else f"Yes: {yes}"
    if result.status is Status.UNKNOWN:
        return f"I can't tell yet whether you can apply for {name}: {_routes_text(result.routes)}."
    highest = title_verdict.highest_level
    now = (
        f" You can apply for {_article(highest)} {highest.label} title now."
        if highest is not None
        else ""
    )
    return f"Not yet: {name} {_shortfall(result.routes)}{now}"


def _route_lines(title_verdict: TitleVerdict, skip: TitleLevel | None) -> list[str]:
    """The route met for the highest level, and what the next level up still needs."""
    highest = title_verdict.highest_level or 0
    wanted = {highest, highest + 1} - {skip}
    return [_level_line(r) for r in title_verdict.levels if r.level in wanted]


def _article(level: TitleLevel) -> str:
    return "an" if level.label[0] in "aeiou" else "a"


def _level_line(result: LevelResult) -> str:
    name = f"{capitalized(result.level.label)} title"
    met = [route for route in result.routes if route.status is Status.MET]
    if met:
        return status_line(name, Status.MET, met[0].explanation)
    if result.status is Status.UNKNOWN:
        return status_line(name, Status.UNKNOWN, _routes_text(result.routes))
    return status_line(name, Status.NOT_MET, _shortfall(result.routes))


def _routes_text(routes: tuple[Criterion, ...]) -> str:
    return "needs " + "; or ".join(route.rule for route in routes)


def _shortfall(routes: tuple[Criterion, ...]) -> str:
    """What is missing on the routes for the person's degree, or else every route."""
    own = [r for r in routes if not r.explanation.startswith(_OTHER_DEGREE_ROUTE)]
    if not own:
        return "no route for your degree; " + _routes_text(routes)
    return "; ".join(f"needs {_lower_first(r.rule).rstrip('; or.')}: {r.explanation}" for r in own)


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]
