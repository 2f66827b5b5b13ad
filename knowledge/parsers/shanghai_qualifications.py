"""Parsers for the Shanghai List of Recognized Overseas Occupational Qualifications.

``parse_first_list`` reads the news report on the first list (``shanghai_qualifications_first``);
``parse_list_3`` and ``parse_title_rules`` read the notice on list 3.0
(``shanghai_qualifications_3``). The 3.0 notice also names work-permit classes "Category A" and
"Category B", which are not the list's categories A and B.
"""

from __future__ import annotations

import re

from knowledge.parsers.text import Line, SourceText, parse_count, search, split_series
from knowledge.records import (
    Degree,
    Fact,
    QualificationCategory,
    QualificationList,
    TitleLevel,
    TitleRoute,
    TitleRules,
)

FIRST_DOC = "shanghai_qualifications_first"
LIST_3_DOC = "shanghai_qualifications_3"

# --- First list (news report) ----------------------------------------------------------

FIRST_SECTION = "News report on the first list"
# Per category: the sentence giving its count, and the sentence giving what holders get.
FIRST_CATEGORIES = {
    "A": (r"Among the qualifications, (\d+) from", r"classified as Category A"),
    "B": (r"Category B includes (\d+) qualifications", r"Holders of Category B"),
    "C": (r"Category C comprises (\d+) qualifications", r"where (holders can .+)\.$"),
}
FELLOWSHIPS = r"fellowships with organizations like (.+?)\."


def parse_first_list(text: str) -> QualificationList:
    """Parse the news report on the first list: 85 qualifications in Categories A to C."""
    source = SourceText(FIRST_DOC, text)
    _, total = source.match(r"encompassing (\d+) qualifications")
    return QualificationList(
        version="first",
        doc=FIRST_DOC,
        is_current=False,
        stated_total=int(total.group(1)),
        categories=tuple(_first_category(source, letter) for letter in FIRST_CATEGORIES),
        facts=(
            source.sentence_fact("announcement", FIRST_SECTION, r"Third Shanghai Talent\+ Summit"),
            source.sentence_fact("priority_support", FIRST_SECTION, r"priority support"),
            source.line_fact("premium_services", FIRST_SECTION, r"package of premium services"),
            source.line_fact("premium_qualify", FIRST_SECTION, r"^To qualify"),
        ),
    )


def _first_category(source: SourceText, letter: str) -> QualificationCategory:
    """One category of the first list: its sentence, count, service and examples."""
    count_pattern, service_pattern = FIRST_CATEGORIES[letter]
    line, summary = source.sentence(count_pattern)
    section = f"{FIRST_SECTION}: Category {letter}"
    service = _first_service(source, f"{letter}1", section, service_pattern)
    return QualificationCategory(
        letter=letter,
        summary=summary,
        count=int(search(count_pattern, summary).group(1)),
        services=(service,),
        examples=_fellowships(source) if letter == "B" else (),
        provenance=source.provenance(section, line),
    )


def _first_service(source: SourceText, key: str, section: str, pattern: str) -> Fact:
    """The service sentence of a category, or only its captured clause if the pattern has one."""
    if re.compile(pattern).groups:
        return source.match_fact(key, section, pattern)
    return source.sentence_fact(key, section, pattern)


def _fellowships(source: SourceText) -> tuple[str, ...]:
    """The organizations whose fellowships the report gives as Category B examples."""
    _, match = source.match(FELLOWSHIPS)
    return tuple(split_series(match.group(1)))


# --- List 3.0 (notice) -----------------------------------------------------------------

CATEGORIES_SECTION = "Four categories of qualifications"
TITLES_SECTION = (
    "Supporting certificate holders in assessment and recognition of professional titles"
)
MUTUAL_RECOGNITION_SECTION = "Promoting mutual recognition with domestic evaluation standards"
SUMMARY_PATTERN = r"^Category ([A-D]) (?:covers|includes|concerns|involves) "
# "Servi\w*" because the source misspells the Category B heading "Servies".
ANY_SERVICES_HEADING = r"^\d\.\s*Servi\w* for holders of Category"
SERVICES_HEADING = ANY_SERVICES_HEADING + r" {letter}\b"
WORK_PERMIT_SECTION = (
    "Services for holders of Category A: work-permit classes "
    "(the notice's work-permit Category A/B, not the list's categories)"
)
LIST_3_FACTS = {
    "issuer": ("Introduction", r"has issued the Shanghai List"),
    "verification_platform": (
        "Establishing a unified certificate verification platform",
        r"unified certificate query and verification",
    ),
    "chinese_prevails": ("Note", r"Chinese version shall prevail"),
    "list_updates": ("Ongoing updates to the list", r"no longer meet the requirements"),
    "industry_policies": (
        "Introducing complementary industry policies",
        r"shall optimize mechanisms in innovation",
    ),
}


def parse_list_3(text: str) -> QualificationList:
    """Parse the 3.0 notice: Categories A to D, their services and the notice's general facts."""
    source = SourceText(LIST_3_DOC, text)
    facts = tuple(
        source.line_fact(key, section, pattern) for key, (section, pattern) in LIST_3_FACTS.items()
    )
    work_permits = source.match_fact(
        "work_permit_classes", WORK_PERMIT_SECTION, r"For foreign professional talent \(Cat.*"
    )
    return QualificationList(
        version="3.0",
        doc=LIST_3_DOC,
        is_current=True,
        stated_total=None,
        categories=_list_3_categories(source),
        facts=(*facts, work_permits),
    )


def _list_3_categories(source: SourceText) -> tuple[QualificationCategory, ...]:
    """Categories in the order the notice summarises them."""
    services = {
        "A": _service_block(source, "A"),
        "B": _service_block(source, "B"),
        "C": (source.sentence_fact("C1", TITLES_SECTION, r"^Category C certificate holders"),),
        "D": (
            source.sentence_fact(
                "D1", MUTUAL_RECOGNITION_SECTION, r"mutual recognition between Category D"
            ),
        ),
    }
    return tuple(
        QualificationCategory(
            letter=match.group(1),
            summary=line.text,
            count=None,
            services=services[match.group(1)],
            examples=(),
            provenance=source.provenance(CATEGORIES_SECTION, line),
        )
        for line, match in source.matches(SUMMARY_PATTERN)
    )


def _is_section_heading(line: Line) -> bool:
    """Headings of the notice lost their markup: a plain line of words with no final stop."""
    return re.fullmatch(r"[A-Z][A-Za-z ,'-]*[a-z]", line.text) is not None


def _service_block(source: SourceText, letter: str) -> tuple[Fact, ...]:
    """Services listed under "N. Services for holders of Category X", keys X1, X2, ..."""
    heading = SERVICES_HEADING.format(letter=letter)
    block = source.block(
        heading,
        lambda line: _is_section_heading(line) or re.search(ANY_SERVICES_HEADING, line.text),
    )
    section = f"Services for holders of Category {letter}"
    items = [line for line in block if not line.text.endswith(":")]
    return tuple(source.fact(f"{letter}{n}", section, line) for n, line in enumerate(items, 1))


# --- Professional titles (3.0, Category C) ---------------------------------------------

ROUTES_SECTION = "2.Education and experience requirements"
STEPS_SECTION = "3.Assessment process"
ROUTE_HEADING = r"^Application for an? (.+) title requires one of the following:$"
DEGREE_PATTERN = r"(doctoral|master's|second bachelor's|bachelor's) degree"
DEGREES = {
    "doctoral": Degree.DOCTOR,
    "master's": Degree.MASTER,
    "second bachelor's": Degree.SECOND_BACHELOR,
    "bachelor's": Degree.BACHELOR,
}
BASIC_REQUIREMENTS = {
    "constitution": r"Constitution",
    "ethics": r"ethics",
    "responsibility": r"responsibilities",
    "overseas_experience": r"overseas experience",
}
GENERAL_CONDITIONS = {
    "shanghai_experience": r"work experience in Shanghai",
    "science_engineering_degree": r"degree in science or engineering",
}
UPLOAD_PATTERN = r"upload the required documents to the (.+?) at (https?://\S+)"


def parse_title_rules(text: str) -> TitleRules:
    """Parse the professional-title route of the 3.0 notice (Category C holders)."""
    source = SourceText(LIST_3_DOC, text)
    _, upload = source.match(UPLOAD_PATTERN)
    return TitleRules(
        routes=_routes(source),
        basic_requirements=_basic_requirements(source),
        general_conditions=_general_conditions(source),
        steps=_steps(source),
        upload_site_name=upload.group(1),
        upload_url=upload.group(2),
        facts=(
            source.line_fact("category_c", TITLES_SECTION, r"^Category C certificate holders"),
            source.sentence_fact(
                "evaluation_certificate", STEPS_SECTION, r"electronic professional title"
            ),
        ),
    )


def _routes(source: SourceText) -> tuple[TitleRoute, ...]:
    """Every "- ..." line under each "Application for a ... title" heading."""
    routes: list[TitleRoute] = []
    for heading, match in source.matches(ROUTE_HEADING):
        level = TitleLevel[match.group(1).upper().replace(" ", "_")]
        block = source.block(re.escape(heading.text), lambda ln: not ln.text.startswith("- "))
        routes.extend(_route(source, level, line) for line in block)
    return tuple(routes)


def _route(source: SourceText, level: TitleLevel, line: Line) -> TitleRoute:
    """One route: its degrees in the order written and its minimum years (0 if none)."""
    text = re.sub(r"(?:; or|\.)$", "", line.text[2:])
    years = re.search(r"at least (\w+) years?", text)
    return TitleRoute(
        level=level,
        degrees=tuple(DEGREES[d.lower()] for d in re.findall(DEGREE_PATTERN, text, re.I)),
        min_years=parse_count(years.group(1)) if years else 0,
        text=text,
        provenance=source.provenance(f"{ROUTES_SECTION}: {level.label} title", line),
    )


def _basic_requirements(source: SourceText) -> tuple[Fact, ...]:
    """The lines under "1.Basic requirements"."""
    block = source.block(r"^1\.\s*Basic requirements", lambda line: line.text[:1].isdigit())
    return source.keyed_facts("1.Basic requirements", block, BASIC_REQUIREMENTS)


def _general_conditions(source: SourceText) -> tuple[Fact, ...]:
    """Conditions for every title level, and the note on public institutions."""
    sentences = tuple(
        source.sentence_fact(key, ROUTES_SECTION, pattern)
        for key, pattern in GENERAL_CONDITIONS.items()
    )
    note = source.line_fact(
        "public_institution_recommendation", f"{STEPS_SECTION}: Note", r"^Note: .*public inst"
    )
    return (*sentences, note)


def _steps(source: SourceText) -> tuple[Fact, ...]:
    """The assessment steps in order, keys step1, step2, ..."""
    block = source.block(
        r"^3\.\s*Assessment process",
        lambda line: line.text.startswith("Note:") or _is_section_heading(line),
    )
    return tuple(source.fact(f"step{n}", STEPS_SECTION, line) for n, line in enumerate(block, 1))
