"""The Chinese-English glossary (knowledge/glossary/zh_en.yml), checked against the sources."""

from __future__ import annotations

import html
import re
from collections import defaultdict
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
GLOSSARY = ROOT / "knowledge" / "glossary" / "zh_en.yml"
SOURCES = ROOT / "knowledge" / "sources"
DOC_PREFIXES = ("000", "001", "002", "003", "004")
CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
MIN_OCCUPATIONS = 111  # 61 jobs listed in the Shanghai catalog (000) + 50 Qianhai occupations (004)
MIN_TERMS = 250


def normalise(text: str) -> str:
    """Whitespace collapsed (cells and names wrap over lines), HTML entities decoded, casefolded."""
    return " ".join(html.unescape(text).split()).casefold()


def source_text(prefix: str) -> str:
    (path,) = SOURCES.glob(f"{prefix}_*.txt")
    return normalise(path.read_text(encoding="utf-8"))


with GLOSSARY.open(encoding="utf-8") as handle:
    GLOSSARY_DATA = yaml.safe_load(handle)
OCCUPATIONS = GLOSSARY_DATA["occupations"]
TERMS = GLOSSARY_DATA["terms"]
TEXTS = {prefix: source_text(prefix) for prefix in DOC_PREFIXES}


def zh_assignments() -> list[tuple[str, str]]:
    """Every (zh string, en value) pair of the glossary: documents, occupations and terms."""
    pairs = [
        (zh, entry["en"]) for entry in GLOSSARY_DATA["documents"].values() for zh in entry["zh"]
    ]
    pairs += [(zh, entry["en"]) for entry in OCCUPATIONS + TERMS for zh in entry["zh"]]
    return pairs


def test_file_parses_with_the_three_sections():
    assert isinstance(GLOSSARY_DATA, dict)
    assert set(GLOSSARY_DATA) == {"documents", "occupations", "terms", "role_words", "questions"}
    assert sorted(GLOSSARY_DATA["documents"]) == list(DOC_PREFIXES)
    assert all(isinstance(entry["en"], str) and entry["en"] for entry in OCCUPATIONS + TERMS)
    assert all(isinstance(entry["zh"], list) and entry["zh"] for entry in OCCUPATIONS + TERMS)


@pytest.mark.parametrize(
    "occupation", OCCUPATIONS, ids=[f"{o['doc']}:{o['en']}" for o in OCCUPATIONS]
)
def test_occupation_name_occurs_in_its_document(occupation):
    assert occupation["doc"] in ("000", "004")
    assert normalise(occupation["en"]) in TEXTS[occupation["doc"]]


def test_every_listed_occupation_has_an_entry():
    assert len(OCCUPATIONS) >= MIN_OCCUPATIONS
    names = {(o["doc"], o["en"]) for o in OCCUPATIONS}
    assert len(names) == len(OCCUPATIONS), "an occupation is listed twice for one document"
    assert sum(doc == "004" for doc, _ in names) == 50
    assert sum(doc == "000" for doc, _ in names) >= 61


def test_every_zh_string_is_non_empty_chinese():
    for zh, en in zh_assignments():
        assert isinstance(zh, str) and zh.strip(), f"empty zh for {en!r}"
        assert CJK.search(zh), f"zh {zh!r} for {en!r} has no Chinese character"


def test_no_zh_string_maps_to_two_en_values():
    targets: dict[str, set[str]] = defaultdict(set)
    for zh, en in zh_assignments():
        targets[zh].add(en)
    conflicts = {zh: sorted(ens) for zh, ens in targets.items() if len(ens) > 1}
    assert not conflicts


def test_terms_use_the_documents_words():
    assert len(TERMS) >= MIN_TERMS
    everything = " ".join(TEXTS.values())
    for term in TERMS:
        pattern = r"(?<![a-z0-9])" + re.escape(normalise(term["en"])) + r"(?![a-z0-9])"
        found = re.search(pattern, everything) is not None
        assert found == term.get("in_documents", True), term["en"]
