"""Passages: every sentence and list item of the five documents, with its provenance."""

from __future__ import annotations

import pytest

from knowledge.passages import Passage, all_passages, document_passages
from knowledge.records import KnowledgeBase
from knowledge.source_index import load_sources, read_source

QIANHAI_ROWS = 50


def _containing(fragment: str, doc: str | None = None) -> list[Passage]:
    return [p for p in all_passages() if fragment in p.text and (doc is None or p.doc == doc)]


@pytest.mark.parametrize("key", list(load_sources()))
def test_every_document_yields_passages_with_provenance(key: str) -> None:
    passages = document_passages(key)
    assert passages, key
    for passage in passages:
        assert passage.doc == key
        assert passage.text.strip(), passage
        assert passage.section or passage.line > 0, passage
        assert passage.provenance.doc == key
        assert passage.provenance.section, passage


def test_passages_are_numbered_in_document_order() -> None:
    for key in load_sources():
        indexes = [p.index for p in all_passages() if p.doc == key]
        assert indexes == list(range(len(indexes))), key


def test_page_furniture_is_skipped() -> None:
    texts = [p.text for p in all_passages()]
    assert not [t for t in texts if t.startswith(("Figure", "Content Img"))]
    assert not [t for t in texts if "....." in t]


def test_table_of_contents_is_in_the_qianhai_source_but_not_a_passage() -> None:
    assert "<b>1.1 General information</b> ....." in read_source("qianhai")
    assert not _containing("General information", doc="qianhai")


def test_paragraph_split_by_a_page_break_is_joined() -> None:
    (joined,) = _containing("Namely, the financial industry has 8 high-demand occupations")
    assert joined.doc == "qianhai"
    assert joined.text.endswith("the other professional service industries have 20.")
    assert joined.section == "2.1 High-demand occupations exist in every industry"


def test_list_item_carries_its_lead_in() -> None:
    (item,) = _containing("Bachelor's degree with at least 10 years of relevant work experience.")
    assert item.doc == "shanghai_qualifications_3"
    assert item.lead == "Application for an associate senior title requires one of the following:"


def test_sentence_opening_with_this_depends_on_the_previous_one() -> None:
    (sentence,) = [p for p in all_passages() if p.text.startswith("This talent will benefit")]
    previous = document_passages(sentence.doc)[sentence.index - 1]
    assert previous.text.startswith("The city introduced a package of premium services")
    assert sentence.lead == previous.text


def test_catalog_job_lines_carry_the_parsed_sector(kb: KnowledgeBase) -> None:
    by_line = {p.line: p for p in document_passages("shanghai_catalog")}
    for job in kb.catalog.jobs:
        passage = by_line[job.provenance.line]
        assert passage.section == job.provenance.section, job.name
        assert job.name in passage.text
    (biomedicine,) = _containing("Clinical Researcher", doc="shanghai_catalog")
    assert biomedicine.section.startswith("Catalog: Biomedicine")
    (finance,) = _containing("FinTech Regulation Personnel", doc="shanghai_catalog")
    assert finance.section.startswith("Catalog: Finance")


def test_six_city_agency_menu_is_not_a_passage() -> None:
    lines = read_source("six_city_pilot").splitlines()
    menu_line = next(n for n, line in enumerate(lines, start=1) if "Our Serivces" in line)
    passages = document_passages("six_city_pilot")
    assert all(p.line < menu_line for p in passages)
    for word in ("Our Serivces", "Work Permit and Residence Permit Application", "WOFE", "M & A"):
        assert not [p for p in passages if word in p.text], word


def test_six_city_contact_line_stays() -> None:
    assert _containing("5178 5021", doc="six_city_pilot")


def test_qianhai_table_rows_are_passages(kb: KnowledgeBase) -> None:
    rows = [p for p in all_passages() if p.table is not None]
    assert len(rows) == QIANHAI_ROWS
    assert {p.doc for p in rows} == {"qianhai"}
    assert all(p.row is not None for p in rows)
    assert len({(p.table, p.row) for p in rows}) == QIANHAI_ROWS
    names = {o.name for o in kb.qianhai.occupations}
    assert {p.text.split(" (", 1)[0] for p in rows} == names


def test_table_row_provenance_names_table_and_row() -> None:
    (row,) = [p for p in all_passages() if p.text.startswith("Investment management specialist (")]
    assert (row.table, row.row) == ("Table 1", 1)
    assert row.provenance.table == "Table 1"
    assert row.provenance.row == 1
    assert "Master's degree" in row.text
    assert "More than 3 years of related experience" in row.text


def test_table_rows_follow_the_prose_in_numbering() -> None:
    qianhai = [p for p in all_passages() if p.doc == "qianhai"]
    first_row = next(n for n, p in enumerate(qianhai) if p.table is not None)
    assert all(p.table is not None for p in qianhai[first_row:])
    assert all(p.table is None for p in qianhai[:first_row])
