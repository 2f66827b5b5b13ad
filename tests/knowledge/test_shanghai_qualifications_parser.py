"""The Shanghai qualification-list parsers: first list, list 3.0 and the title rules."""

from __future__ import annotations

import pytest

from knowledge.parsers import shanghai_qualifications
from knowledge.records import Degree, QualificationList, TitleLevel, TitleRules
from knowledge.source_index import read_source
from tests.knowledge.provenance_checks import assert_located, located_records

B, B2, M, D = Degree.BACHELOR, Degree.SECOND_BACHELOR, Degree.MASTER, Degree.DOCTOR
JUN, MID, SEN = TitleLevel.JUNIOR, TitleLevel.INTERMEDIATE, TitleLevel.ASSOCIATE_SENIOR


@pytest.fixture(scope="module")
def first() -> QualificationList:
    return shanghai_qualifications.parse_first_list(read_source("shanghai_qualifications_first"))


@pytest.fixture(scope="module")
def list_3() -> QualificationList:
    return shanghai_qualifications.parse_list_3(read_source("shanghai_qualifications_3"))


@pytest.fixture(scope="module")
def titles() -> TitleRules:
    return shanghai_qualifications.parse_title_rules(read_source("shanghai_qualifications_3"))


def keyed(facts) -> dict[str, str]:
    return {f.key: f.text for f in facts}


# --- First list ------------------------------------------------------------------------


def test_first_list_identity(first):
    assert (first.version, first.doc, first.is_current) == (
        "first",
        "shanghai_qualifications_first",
        False,
    )


def test_first_list_counts(first):
    assert [(c.letter, c.count) for c in first.categories] == [("A", 48), ("B", 15), ("C", 22)]
    assert first.stated_total == 85 == sum(c.count for c in first.categories)


def test_first_list_fellowships(first):
    assert first.category("B").examples == (
        "Association for Computing Machinery",
        "Institution of Engineering and Technology in the UK",
        "Royal Aeronautical Society in the UK",
    )


def test_first_list_summaries_and_services(first):
    a, b, c = (first.category(letter) for letter in "ABC")
    assert "Singapore" in a.summary and "financial management" in a.summary
    assert "talent-focused support measures" in a.services[0].text
    assert "enhanced working conditions" in b.services[0].text
    assert "attain corresponding professional titles in China directly" in c.services[0].text
    assert first.category("D") is None


def test_first_list_facts(first):
    facts = keyed(first.facts)
    assert set(facts) == {"announcement", "priority_support", "premium_services", "premium_qualify"}
    assert "Third Shanghai Talent+ Summit" in facts["announcement"]
    assert "work permits and access to adequate housing" in facts["priority_support"]
    assert "settlement and housing" in facts["premium_services"]
    assert facts["premium_qualify"].startswith("To qualify")


# --- List 3.0 --------------------------------------------------------------------------


def test_list_3_identity(list_3):
    assert (list_3.version, list_3.is_current, list_3.stated_total) == ("3.0", True, None)
    assert [c.letter for c in list_3.categories] == ["A", "B", "C", "D"]
    assert all(c.count is None for c in list_3.categories)


def test_list_3_summaries(list_3):
    assert list_3.category("A").summary.startswith("Category A covers")
    assert "mutual recognition" in list_3.category("D").summary


def test_list_3_services(list_3):
    a, b, c, d = (list_3.category(letter).services for letter in "ABCD")
    assert [f.key for f in a] == ["A1", "A2", "A3", "A4", "A5", "A6"]
    assert [f.key for f in b] == ["B1", "B2", "B3", "B4", "B5", "B6"]
    assert "high-end foreign talent work permit (Category A)" in b[0].text
    assert "R visa" in b[2].text
    assert c[0].text.startswith("Category C certificate holders may directly apply")
    assert "exemptions from certain courses" in d[0].text


def test_list_3_facts(list_3):
    facts = keyed(list_3.facts)
    assert set(facts) == {
        "issuer",
        "verification_platform",
        "chinese_prevails",
        "list_updates",
        "industry_policies",
        "work_permit_classes",
    }
    assert "Human Resources and Social Security Bureau has issued" in facts["issuer"]
    assert "apply for verification from overseas" in facts["verification_platform"]
    assert "Chinese version shall prevail" in facts["chinese_prevails"]
    assert "will be removed from the list" in facts["list_updates"]


def test_work_permit_classes_are_not_list_categories(list_3):
    fact = next(f for f in list_3.facts if f.key == "work_permit_classes")
    assert "foreign professional talent (Category B)" in fact.text
    assert "high-end foreign talent (Category A)" in fact.text
    assert "not the list's categories" in fact.provenance.section


# --- Title rules -----------------------------------------------------------------------

EXPECTED_ROUTES = [
    (JUN, (M, B2), 0),
    (JUN, (B,), 1),
    (MID, (D,), 0),
    (MID, (M, B2), 2),
    (MID, (B,), 5),
    (SEN, (D,), 2),
    (SEN, (M, B2), 7),
    (SEN, (B,), 10),
]


@pytest.mark.parametrize(("index", "expected"), list(enumerate(EXPECTED_ROUTES)))
def test_route(titles, index, expected):
    route = titles.routes[index]
    assert (route.level, route.degrees, route.min_years) == expected


def test_route_count_and_levels(titles):
    assert len(titles.routes) == len(EXPECTED_ROUTES)
    assert [len(titles.routes_for(level)) for level in TitleLevel] == [2, 3, 3]


def test_basic_requirements_and_conditions(titles):
    assert list(keyed(titles.basic_requirements)) == [
        "constitution",
        "ethics",
        "responsibility",
        "overseas_experience",
    ]
    conditions = keyed(titles.general_conditions)
    assert (
        "at least one year of relevant work experience in Shanghai"
        in conditions["shanghai_experience"]
    )
    assert "degree in science or engineering" in conditions["science_engineering_degree"]
    assert "supervising authority" in conditions["public_institution_recommendation"]


def test_steps_in_order(titles):
    steps = titles.steps
    assert [f.key for f in steps] == ["step1", "step2", "step3", "step4", "step5"]
    assert steps[0].text.startswith("Complete verification")
    assert "five working days" in steps[1].text
    assert titles.upload_url in steps[2].text
    assert "will review the applications" in steps[3].text
    assert "electronic professional title certificate" in steps[4].text


def test_upload_site(titles):
    assert titles.upload_url == "https://www.rsj.sh.gov.cn/zcps/zcpssb/index"
    assert (
        titles.upload_site_name == "Shanghai professional title service system (上海市职称服务系统)"
    )


def test_title_facts(titles):
    facts = keyed(titles.facts)
    assert set(facts) == {"category_c", "evaluation_certificate"}
    assert "overseas professional experience" in facts["category_c"]


# --- Provenance ------------------------------------------------------------------------


@pytest.mark.parametrize("parsed", ["first", "list_3", "titles"])
def test_every_record_is_located(request, parsed):
    records = list(located_records(request.getfixturevalue(parsed)))
    assert records
    for record in records:
        assert_located(record)
