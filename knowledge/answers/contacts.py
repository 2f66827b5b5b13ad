"""Who a person can contact, and what the assistant can answer."""

from __future__ import annotations

import re

from knowledge.answers import qianhai
from knowledge.answers.common import Answer, bullet_list, facts_by_key, provenances
from knowledge.records import KnowledgeBase


def human_contacts(kb: KnowledgeBase) -> Answer:
    """The contacts the documents give, and a warning about the pilot article's number."""
    contact_lines, contact_facts = qianhai.contact_lines(kb)
    titles = kb.titles
    publisher = facts_by_key(kb.pilot.facts)["publisher_contact"]
    lines = [
        "I can't put you through to a person, but the documents give these contacts:",
        f"• {qianhai.workstation_name(kb)}: " + "; ".join(contact_lines),
        f"• Shanghai professional titles: {titles.upload_site_name}, {titles.upload_url}",
        f"The phone number at the end of the {kb.sources[publisher.provenance.doc].short} "
        f"({_number(publisher.text)}) belongs to the agency that published the article, not to "
        "a government office.",
    ]
    records = [*contact_facts, titles.upload_step, publisher]
    return Answer("\n".join(lines), provenances(records))


# "the number at the end of the article", "whose phone number is that"
_ARTICLE_NUMBER = re.compile(
    r"\b(phone|hotline|telephone)\b[^.?!]{0,60}\b(article|end of|bottom|pilot|six[- ]cit)|"
    r"\b(article|pilot|six[- ]cit\w*)\b[^.?!]{0,60}\b(phone|hotline|telephone)\b|"
    r"\bnumber (is )?at the (end|bottom)\b",
    re.I,
)


def publisher_number(kb: KnowledgeBase, question: str) -> Answer | None:
    """Whose the phone number at the end of the pilot article is, when the question asks
    about it (names its digits, or a number or hotline of the article); else None."""
    publisher = facts_by_key(kb.pilot.facts)["publisher_contact"]
    number = _number(publisher.text)
    digits = re.sub(r"\D", "", number)[-8:]
    if digits not in re.sub(r"\D", "", question) and not _ARTICLE_NUMBER.search(question):
        return None
    text = (
        f"The {kb.sources[publisher.provenance.doc].short} ends with “{publisher.text}” That "
        f"number ({number}) belongs to the agency that published the article, not to a "
        "government office: the article names no official hotline for the pilot."
    )
    return Answer(text, (publisher.provenance,))


def capabilities(kb: KnowledgeBase) -> Answer:
    """What the assistant can answer: the documents by name, from the source index.

    It states no fact of a document, so it has no Source line.
    """
    lines = [
        "I answer questions from these documents:",
        bullet_list([source.short for source in kb.sources.values()]),
        "Ask about any detail of them, or let me check whether your degree and experience fit "
        "a Qianhai occupation, a job on the Shanghai catalog or a professional title.",
    ]
    return Answer("\n".join(lines))


def _number(contact_text: str) -> str:
    """The phone number after the colon of "please contact us: 8621 - 5178 5021"."""
    return re.split(r":\s*", contact_text, maxsplit=1)[-1]


# The contacts a question asks for (Chinese words included), by the fact's key. Letters
# only around the English words: "电话和email" has no word boundary before "email".
_ASKED_CONTACT = {
    "workstation_phone": re.compile(
        r"(?<![a-z])(phone|telephone|call|hotline)(?![a-z])|电话|热线", re.I
    ),
    "workstation_email": re.compile(r"(?<![a-z])e-?mail(?![a-z])|邮箱|邮件", re.I),
}
# The address is asked with the workstation's room, which only its description gives.
_ASKS_ADDRESS = re.compile(r"(?<![a-z])(address|where|located|location)(?![a-z])|地址|在哪", re.I)


def workstation_contact(kb: KnowledgeBase, question: str = "") -> Answer:
    """The Qianhai workstation's contacts; only the phone or e-mail when the question asks
    for those alone ("what is their phone number?"), with the workstation's name."""
    lines, facts = qianhai.contact_lines(kb)
    asked = [
        (line, fact)
        for line, fact in zip(lines, facts, strict=True)
        if fact.key in _ASKED_CONTACT and _ASKED_CONTACT[fact.key].search(question)
    ]
    if not asked or _ASKS_ADDRESS.search(question):
        return qianhai.contact(kb)
    text = f"{qianhai.workstation_name(kb)} — " + "; ".join(line for line, _ in asked)
    return Answer(text, provenances([fact for _, fact in asked]))
