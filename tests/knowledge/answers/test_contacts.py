"""Human contacts from the documents, and what the assistant can answer."""

from __future__ import annotations

import pytest

from knowledge.answers import contacts
from tests.knowledge.answers import assert_answer


def test_human_contacts(kb):
    text = assert_answer(contacts.human_contacts(kb))
    assert "Qianhai International Talent Service Workstation" in text
    assert "0755-36667588" in text and "qhrc@szqh.gov.cn" in text
    assert "https://www.rsj.sh.gov.cn/zcps/zcpssb/index" in text


def test_the_pilot_article_number_is_not_presented_as_official(kb):
    text = assert_answer(contacts.human_contacts(kb))
    line = next(line for line in text.splitlines() if "8621 - 5178 5021" in line)
    assert "belongs to the agency that published the article" in line
    assert "not to a government office" in line


def test_capabilities_name_every_document_briefly(kb):
    answer = contacts.capabilities(kb)
    for source in kb.sources.values():
        assert f"• {source.short}\n" in answer.text + "\n"
    assert "check whether your degree and experience fit" in answer.text
    assert len(answer.render()) < 500


@pytest.mark.parametrize(
    ("question", "about_it"),
    [
        ("Whose number is at the end of the article?", True),
        ("Is 5178 5021 the ministry's hotline?", True),
        ("Is there a phone number for the six-city pilot?", True),
        ("What number of cities are in the six-city pilot?", False),
    ],
)
def test_questions_about_the_articles_phone_number(kb, question: str, about_it: bool) -> None:
    assert (contacts.publisher_number(kb, question) is not None) is about_it


STATION = "Qianhai International Talent Service Workstation"


@pytest.mark.parametrize(
    ("question", "said", "unsaid"),
    [
        ("What is the phone number of the Qianhai workstation?", "Phone: 0755-36667588", "Email"),
        ("their e-mail?", "Email: qhrc@szqh.gov.cn", "Phone"),
        (
            "前海国际人才服务工作站的电话和email是多少",
            "Phone: 0755-36667588; Email: qhrc@szqh.gov.cn",
            "Address",
        ),
    ],
)
def test_the_workstations_phone_or_email_alone(kb, question: str, said: str, unsaid: str):
    text = assert_answer(contacts.workstation_contact(kb, question))
    assert text.startswith(f"{STATION} — {said}")
    assert unsaid not in text


@pytest.mark.parametrize(
    "question",
    [
        "how do I contact the workstation?",
        "where is the workstation? phone?",
        "what is the workstation called?",
    ],
)
def test_all_the_workstations_contacts_otherwise(kb, question: str):
    text = assert_answer(contacts.workstation_contact(kb, question))
    assert "located at A211" in text
    assert "Phone: 0755-36667588" in text and "Email: qhrc@szqh.gov.cn" in text
