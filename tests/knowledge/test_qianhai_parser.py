"""Tests of the Qianhai parser against the facts of the source document."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Callable

import pytest

from knowledge.parsers import qianhai
from knowledge.records import Degree, Duration, QianhaiList, QianhaiOccupation, Severity
from knowledge.source_index import read_source

DEMAND = "demand-oriented"
STRATEGY = "strategy-oriented"
FINANCE = "Financial industry"
SCIENCE = "Science and technology service industry"
INFORMATION = "Information service industry"
LOGISTICS = "Modern logistics industry"
PROFESSIONAL = "Professional service industry"
SECTION_3_1 = "3.1 List of demand-oriented high-demand occupations"
SECTION_3_2 = "3.2 List of strategy-oriented high-demand occupations"
SECTION_4 = "4. International Talent Service in Qianhai"
APPENDIX = "Appendix: Methodology and Other Details of Research"

EXPECTED_TOTALS = {
    "total": 50,
    DEMAND: 29,
    STRATEGY: 21,
    f"industry:{FINANCE}": 8,
    f"industry:{SCIENCE}": 15,
    f"industry:{INFORMATION}": 5,
    f"industry:{LOGISTICS}": 2,
    f"industry:{PROFESSIONAL}": 20,
    "duration:long": 34,
    "duration:short": 13,
    "duration:near": 3,
    "severity:extremely": 15,
    "severity:relatively": 21,
    "severity:moderately": 14,
    f"{DEMAND}:industry:{FINANCE}": 5,
    f"{DEMAND}:industry:{SCIENCE}": 9,
    f"{DEMAND}:industry:{INFORMATION}": 1,
    f"{DEMAND}:industry:{LOGISTICS}": 2,
    f"{DEMAND}:industry:{PROFESSIONAL}": 12,
    f"{STRATEGY}:industry:{FINANCE}": 3,
    f"{STRATEGY}:industry:{SCIENCE}": 6,
    f"{STRATEGY}:industry:{INFORMATION}": 4,
    f"{STRATEGY}:industry:{PROFESSIONAL}": 8,
}


@pytest.fixture(scope="module")
def source() -> str:
    """The unchanged Qianhai document."""
    return read_source("qianhai")


@pytest.fixture(scope="module")
def parsed(source: str) -> QianhaiList:
    """The parsed Qianhai list."""
    return qianhai.parse(source)


def by_name(parsed: QianhaiList, name: str) -> QianhaiOccupation:
    """The single occupation with this name."""
    (occupation,) = (o for o in parsed.occupations if o.name == name)
    return occupation


SELECTORS: dict[str, Callable[[QianhaiOccupation], str]] = {
    "industry": lambda o: o.industry,
    "duration": lambda o: o.duration.name.lower(),
    "severity": lambda o: o.severity.name.lower(),
}


def count(parsed: QianhaiList, key: str) -> int:
    """How many extracted records fall under a stated-total key such as ``total`` or
    ``demand-oriented:industry:Financial industry``."""
    parts = key.split(":")
    records = list(parsed.occupations)
    if parts[0].endswith("-oriented"):
        orientation = parts.pop(0)
        records = [o for o in records if o.orientation == orientation]
    if parts in ([], ["total"]):
        return len(records)
    kind, value = parts
    return Counter(SELECTORS[kind](o) for o in records)[value]


# --- Totals ----------------------------------------------------------------------------


def test_stated_totals_are_exactly_the_report_figures(parsed: QianhaiList) -> None:
    assert parsed.stated_totals == EXPECTED_TOTALS


@pytest.mark.parametrize(("key", "expected"), EXPECTED_TOTALS.items())
def test_records_reproduce_each_stated_total(parsed: QianhaiList, key: str, expected: int) -> None:
    assert count(parsed, key) == expected == parsed.stated_totals[key]


def test_fifty_is_twenty_nine_plus_twenty_one(parsed: QianhaiList) -> None:
    orientations = Counter(o.orientation for o in parsed.occupations)
    assert len(parsed.occupations) == 50
    assert orientations == {DEMAND: 29, STRATEGY: 21}


def test_logistics_has_no_strategy_oriented_occupation(parsed: QianhaiList) -> None:
    assert not [
        o for o in parsed.occupations if o.orientation == STRATEGY and o.industry == LOGISTICS
    ]


# --- Record integrity ------------------------------------------------------------------


def test_no_record_has_an_empty_field_or_markup(parsed: QianhaiList) -> None:
    for occupation in parsed.occupations:
        for field in dataclasses.fields(occupation):
            value = getattr(occupation, field.name)
            if field.name == "preferred_degree" and value is None:
                continue
            assert value not in ("", ()), (occupation.name, field.name)
            for text in value if isinstance(value, tuple) else (value,):
                if type(text) is str:
                    assert text == " ".join(text.split()), (occupation.name, field.name)
                    assert "<" not in text and "&amp;" not in text, (occupation.name, text)
                    assert not text[:1].isdigit() or field.name == "education_text"


def test_every_occupation_has_three_competencies(parsed: QianhaiList) -> None:
    counts = Counter(len(o.competencies) for o in parsed.occupations)
    assert set(counts) == {3}, counts
    for occupation in parsed.occupations:
        assert all(not c.endswith((";", ",")) for c in occupation.competencies)


@pytest.mark.parametrize(("table", "rows"), [("Table 1", 29), ("Table 2", 21)])
def test_row_numbers_are_contiguous(parsed: QianhaiList, table: str, rows: int) -> None:
    numbers = [o.number for o in parsed.occupations if o.provenance.table == table]
    assert numbers == list(range(1, rows + 1))
    assert all(o.provenance.row == o.number for o in parsed.occupations)


@pytest.mark.parametrize(
    ("table", "orientation", "section"),
    [("Table 1", DEMAND, SECTION_3_1), ("Table 2", STRATEGY, SECTION_3_2)],
)
def test_table_provenance(parsed: QianhaiList, table: str, orientation: str, section: str) -> None:
    rows = [o for o in parsed.occupations if o.provenance.table == table]
    assert {o.orientation for o in rows} == {orientation}
    assert {o.provenance.section for o in rows} == {section}
    assert {o.provenance.doc for o in rows} == {"qianhai"}


def test_provenance_line_is_the_row_line(parsed: QianhaiList, source: str) -> None:
    lines = source.splitlines()
    for occupation in parsed.occupations:
        line = lines[occupation.provenance.line - 1].replace("&amp;", "&")
        assert re.sub(r"</?b>", "", line.split("\t")[0]) == str(occupation.number)
        assert f"\t<b>{occupation.name}</b>\t" in line


# --- Spot checks -----------------------------------------------------------------------

M, B, D = Degree.MASTER, Degree.BACHELOR, Degree.DOCTOR
LONG, SHORT, NEAR = Duration.LONG, Duration.SHORT, Duration.NEAR
EXT, REL, MOD = Severity.EXTREMELY, Severity.RELATIVELY, Severity.MODERATELY
PHD_OR_POSTDOC = "doctor's degree or postdoctoral education"

SPOT_CHECKS = [
    # name, table, row, industry, degree, preferred, years, duration, severity, specialties start
    ("AI engineer", 1, 6, SCIENCE, M, PHD_OR_POSTDOC, 5, LONG, EXT, "Computer science and"),
    ("Financial technology specialist", 1, 5, FINANCE, D, None, 5, LONG, EXT, "Financial tech"),
    (
        "Executive in charge of technological innovation",
        1, 14, SCIENCE, M, "doctor's degree", 10, LONG, MOD, "Engineering, science, law",
    ),
    ("Information system management specialist", 1, 15, INFORMATION, B, None, 5, NEAR, EXT,
     "Computer science, information and communication"),
    ("Actuary", 2, 2, FINANCE, M, None, 3, LONG, MOD, "Actuarial science"),
    ("Occupational training and talent development specialist", 2, 17, PROFESSIONAL, B, None, 1,
     LONG, REL, "Education, psychology, media"),
    ("Logistics equipment and R&D specialist", 1, 17, LOGISTICS, B, None, 5, NEAR, MOD,
     "Engineering and other"),
    ("Strategy and policy research specialist", 1, 28, PROFESSIONAL, M, None, 3, SHORT, MOD,
     "Public administration"),
    ("Cross-border dispute resolution lawyer", 2, 15, PROFESSIONAL, M, None, 5, LONG, REL,
     "Law, international trade"),
    ("Financial planner", 1, 3, FINANCE, M, None, 3, SHORT, EXT, "Economics, finance, taxation"),
    ("International construction engineering specialist", 1, 21, PROFESSIONAL, M, None, 5, SHORT,
     REL, "Environmental art"),
    ("Remuneration design specialist", 2, 19, PROFESSIONAL, B, None, 1, LONG, REL,
     "Human resources and"),
    ("Geophysical science and technology specialist", 1, 11, SCIENCE, D, None, 5, SHORT, MOD,
     "Geophysics, space science"),
    ("Intellectual property management specialist", 2, 14, PROFESSIONAL, M, None, 3, LONG, REL,
     "Law and other related specialties"),
    ("AI trainer", 1, 7, SCIENCE, B, None, 3, LONG, MOD, "Computer science and"),
    ("Big data engineer", 2, 10, INFORMATION, M, None, 3, LONG, REL, "Computer science, info"),
    ("Supply chain management specialist", 1, 16, LOGISTICS, B, None, 5, LONG, REL, "Engineering"),
    ("Capital operation specialist", 1, 2, FINANCE, M, None, 3, SHORT, EXT, "Finance, business"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "table", "row", "industry", "degree", "preferred", "years", "duration", "severity",
     "specialties"),
    SPOT_CHECKS,
    ids=[check[0] for check in SPOT_CHECKS],
)  # fmt: skip
def test_spot_check(
    parsed: QianhaiList,
    name: str,
    table: int,
    row: int,
    industry: str,
    degree: Degree,
    preferred: str | None,
    years: int,
    duration: Duration,
    severity: Severity,
    specialties: str,
) -> None:
    occupation = by_name(parsed, name)
    assert occupation.provenance.table == f"Table {table}"
    assert occupation.number == row
    assert occupation.orientation == (DEMAND if table == 1 else STRATEGY)
    assert occupation.industry == industry
    assert occupation.min_degree is degree
    assert occupation.preferred_degree == preferred
    assert occupation.min_years_exclusive == years
    assert occupation.experience_text == f"More than {years} years of related experience"
    assert occupation.duration is duration
    assert occupation.severity is severity
    assert occupation.specialties.startswith(specialties)


def test_executive_wrapped_row_is_merged(parsed: QianhaiList) -> None:
    executive = by_name(parsed, "Executive in charge of technological innovation")
    assert executive.education_text == (
        "1. Engineering, science, law, management science and other related specialties; "
        "2. Master's degree (doctor's degree preferred)."
    )
    assert executive.competencies == (
        "Professional knowledge of enterprise management",
        "Ability of strategic planning and forward-looking innovation",
        "Ability of resource consolidation, leadership and management",
    )
    assert executive.provenance.line == 141


def test_strategy_research_specialties_joined_across_wrap(parsed: QianhaiList) -> None:
    specialist = by_name(parsed, "Strategy and policy research specialist")
    assert specialist.specialties == (
        "Public administration, administration management, business administration, finance, "
        "economics, international relations and other related specialties"
    )
    assert specialist.competencies[2] == (
        "Ability of problem analysis and solution, and prediction and evaluation"
    )


@pytest.mark.parametrize(
    ("name", "last_competency"),
    [
        ("Financial planner", "Ability of communication and coordination, and awareness of "
         "customer service"),
        ("International construction engineering specialist", "Ability of pioneering and "
         "innovation, and international cultural background"),
        ("Cross-border dispute resolution lawyer", "Ability of logical thinking"),
        ("Remuneration design specialist", "Ability of communication and coordination"),
        ("Occupational training and talent development specialist",
         "Ability of communication and coordination"),
    ],
)  # fmt: skip
def test_wrapped_competencies_have_three_items(
    parsed: QianhaiList, name: str, last_competency: str
) -> None:
    competencies = by_name(parsed, name).competencies
    assert len(competencies) == 3
    assert competencies[0].startswith("Professional knowledge of")
    assert competencies[2] == last_competency


def test_first_competency_keeps_etc(parsed: QianhaiList) -> None:
    engineer = by_name(parsed, "AI engineer")
    assert engineer.competencies[0] == (
        "Professional knowledge of artificial intelligence-related algorithms, deep learning, etc."
    )


def test_ampersand_is_decoded(parsed: QianhaiList) -> None:
    specialist = by_name(parsed, "Logistics equipment and R&D specialist")
    assert specialist.competencies[1] == "Ability of R&D and design"


def test_specialty_preference_is_not_a_degree_preference(parsed: QianhaiList) -> None:
    specialist = by_name(parsed, "Intellectual property management specialist")
    assert specialist.specialties == (
        "Law and other related specialties (science and engineering background preferred)"
    )
    assert specialist.preferred_degree is None
    assert specialist.min_degree is Degree.MASTER


def test_only_two_rows_name_a_preferred_degree(parsed: QianhaiList) -> None:
    preferred = {o.name: o.preferred_degree for o in parsed.occupations if o.preferred_degree}
    assert preferred == {
        "AI engineer": PHD_OR_POSTDOC,
        "Executive in charge of technological innovation": "doctor's degree",
    }


def test_degree_counts(parsed: QianhaiList) -> None:
    degrees = Counter(o.min_degree for o in parsed.occupations)
    assert degrees == {Degree.MASTER: 34, Degree.BACHELOR: 14, Degree.DOCTOR: 2}


# --- Facts -----------------------------------------------------------------------------

FACT_CHECKS = {
    "income_tax": (SECTION_4, ["15%", "Hong Kong", "overseas high-end talents"]),
    "green_card": (SECTION_4, ["first \"Chinese green card\" in Guangdong", "technical credits"]),
    "housekeeper_visas": (SECTION_4, ["Guangdong's first two visas for foreign housekeepers"]),
    "workstation": (SECTION_4, ["Qianhai International Talent Service Workstation", "A211",
                                "one-stop services"]),
    "formalities": (SECTION_4, ["243 formalities", "work and residence permits",
                                "permanent residence", "visas"]),
    "workstation_address": (SECTION_4, ["The Electronic One-Stop Service Center of Qianhai, "
                                        "No. 19 Qianhai 1st Road, Nanshan District, Shenzhen"]),
    "workstation_phone": (SECTION_4, ["0755-36667588"]),
    "workstation_email": (SECTION_4, ["qhrc@szqh.gov.cn"]),
    "list_benefit": (APPENDIX, ["apply for work or permanently reside in China",
                                "exempted from the labor market test and employer invitation",
                                "credit points assessment"]),
    "list_update": (APPENDIX, ["subject to periodical update"]),
    "enterprises": (SECTION_4, ["154,000 enterprises", "CNY 9.69 trillion", "303", "Fortune 500",
                                "905"]),
    "finding_industries": ("2.1 High-demand occupations exist in every industry",
                           ["financial industry has 8", "professional service industries have 20"]),
    "finding_reasons": ("2.2 International background and globalization as main reason for high "
                        "demand", ["38.46%", "different from those commonly found in China"]),
    "finding_duration": ("2.3 Over 60% of the high-demand occupations will continue to face short "
                         "supply in the future", ["34 (68%)", "13 (26%)", "3 (6%)"]),
    "finding_severity": ("2.4 More than 30% of the high-demand occupations are facing extremely "
                         "short supply", ["14 (28%)", "21 (42%)", "15 (30%)"]),
    "finding_specialties": ("3.3 High demand for candidates from specialties of data science, "
                            "finance and economics",
                            ["data science, information engineering, finance, economics, business "
                             "administration and law", "PMP, CFA, CPA and ACCA"]),
    "finding_degree": ("3.4 A master's degree or above is generally required",
                       ["master's degrees or above"]),
    "finding_experience": ("3.5 More than three years of working experience is required",
                           ["more than 3 years of experience"]),
    "finding_abilities": ("3.6 Employers pay more attention to ability of pioneering, innovation, "
                          "problem solution, communication and coordination",
                          ["pioneering, innovation, problem solution, communication and "
                           "coordination"]),
    "research": (f"{APPENDIX}; 1.3 Methodology of research",
                 ["Chinese Academy of Personnel Science", "Qianhai Administration Bureau",
                  "October 2019 to August 2020", "more than 1,500 enterprises"]),
    "occupation_basis": (APPENDIX, ["Classification of Occupations of the People's Republic of "
                                    "China (Ed. 2015)", "38 new occupations"]),
}  # fmt: skip


def test_fact_keys(parsed: QianhaiList) -> None:
    keys = [fact.key for fact in parsed.facts]
    assert sorted(keys) == sorted(FACT_CHECKS)
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize(("key", "expected"), FACT_CHECKS.items(), ids=list(FACT_CHECKS))
def test_fact_text_and_section(
    parsed: QianhaiList, key: str, expected: tuple[str, list[str]]
) -> None:
    section, figures = expected
    (fact,) = (f for f in parsed.facts if f.key == key)
    assert fact.provenance.section == section
    assert fact.provenance.doc == "qianhai"
    for figure in figures:
        assert figure in fact.text


def test_fact_texts_are_clean(parsed: QianhaiList) -> None:
    for fact in parsed.facts:
        assert fact.text == " ".join(fact.text.split()), fact.key
        assert not {"*", "“", "”", "’", "<", ">"} & set(fact.text), fact.key
        assert fact.text.count('"') % 2 == 0, fact.key
        assert " ." not in fact.text and " ," not in fact.text, fact.key


def test_fact_line_is_where_its_text_starts(parsed: QianhaiList, source: str) -> None:
    lines = source.splitlines()
    for fact in parsed.facts:
        line = lines[fact.provenance.line - 1].replace("*", "")
        line = line.replace("“", '"').replace("”", '"').replace("’", "'")
        assert fact.text[:20] in line, fact.key


def test_exact_short_facts(parsed: QianhaiList) -> None:
    facts = {fact.key: fact.text for fact in parsed.facts}
    assert facts["income_tax"] == (
        'For example, the "personal income tax rate of 15%", similar to the scheme in Hong Kong, '
        "is applicable to overseas high-end talents working here."
    )
    assert facts["workstation_phone"] == "0755-36667588"
    assert facts["workstation_email"] == "qhrc@szqh.gov.cn"
    assert facts["finding_duration"].endswith("in the near future (less than 1 year).")


# --- Strictness ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Extremely short supply\n<b>5</b>", "Hardly short supply\n<b>5</b>"),
        ("\tMore than 10 years", "\tAt least 10 years"),
        ("<b>1</b>\t<b>Investment", "<b>1</b>\t\t<b>Investment"),
        ("Tel: 0755", "Phone: 0755"),
        ("(see Table 2)", "(see Table 9)"),
    ],
)
def test_unexpected_text_is_rejected(source: str, old: str, new: str) -> None:
    assert source.count(old) == 1
    with pytest.raises(ValueError):
        qianhai.parse(source.replace(old, new))
