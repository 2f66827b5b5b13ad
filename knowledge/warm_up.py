"""Loads everything the answers use, once, so that the first question is as fast as the rest."""

from __future__ import annotations

from knowledge.base import load_knowledge_base
from knowledge.i18n.chinese_replies import chinese_reply
from knowledge.lookup import get_index
from knowledge.passage_search import get_passage_index
from knowledge.text_parsing import extract
from knowledge.translation import to_english


def warm_up() -> None:
    """Parse the documents, build the lookup and passage indexes, the spaCy rules, the
    glossary and the message catalogs (each is cached per process)."""
    load_knowledge_base()
    get_index()
    get_passage_index().find("warm up", k=1)
    extract("warm up")
    to_english("前海")
    chinese_reply({"text": "Source: Qianhai high-demand occupations list 2020"}, None)
