"""Every sentence and list item of the five documents as a passage with its provenance.

A passage is one sentence of prose, one list item or one short line (a contact, a
heading-like statement), with the document, the section it sits under and its line. Lines a
page break split in two ("... for attracting" / "high-level talents ...") are joined first,
table rows are left to the structured records (the lookup answers them), and the page
furniture (contents, figure captions, image placeholders, the publishing agency's menu) is
skipped. ``Passage.index`` is its position in the document, so neighbours are index ± 1.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from knowledge.base import load_knowledge_base
from knowledge.parsers.text import split_sentences
from knowledge.records import Provenance
from knowledge.source_index import load_sources, read_source

_TAGS = re.compile(r"</?[a-z][^>]*>", re.I)
_EMPHASIS = re.compile(r"\*+|_{2,}")
_HEADING = re.compile(r"^#+\s*")
_BULLET = re.compile(r"^(?:[•▍➤-]|\d+\.(?=\s*[A-Z]))\s*")
_FOOTNOTE = re.compile(r"^<sup>(\d+)</sup>\s*")
# A footnote mark inside the text ("... new occupations<sup>1</sup> in light of"), kept as [1].
_MARKER = re.compile(r"\s*<sup>(\d+)</sup>")
_SKIPPED = re.compile(r"^(?:Content Img|Figure \d+|Table \d+:|---+$|前海$|.*\.{4,}\s*\d*\s*$)")
_TERMINAL = re.compile(r"[.!?:;。”\"]$")
# The publishing agency's menu at the end of the six-city article (its contact line stays).
_MENU_START = "Our Serivces"
# Headings are short lines without a closing full stop, or lines closed by a colon.
_MAX_HEADING_WORDS = 14
_MAX_COLON_HEADING_WORDS = 8
_ABBREVIATION_END = re.compile(r"\b(?:Ed|No|e\.g|i\.e|etc|Co|St)\.$")
# Sentences longer than this with a colon and at least this many ";" items are split.
_LONG_SENTENCE = 300
_MIN_ITEMS = 4
_ANAPHORA = re.compile(
    r"^(This|These|They|It(?! is| was)|He|She|Such|Their|Its|Those|That is|Among them|"
    r"Alternatively|In addition|At the same time|Namely|Generally|Of them|To qualify|"
    r"The (first|second|third|last)|(First|Second|Third|Finally)(?=,))\b"
)
# A short line with no closing punctuation ("Assessment process") is a heading: the list
# before it has ended.
_ENDS_LIST = re.compile(r"^[^.;:]*[^.;:\s\"”)](?<!\bor)(?<!\band)$")
# A numbered short line under a heading ("1.Basic requirements") heads a subsection.
_SUBHEADING = re.compile(r"^\d+\.\s*[A-Z][A-Za-z ,'-]{0,60}[a-z]$")
# Between the lead of a long "X includes: a; b; c" sentence and each item's passage.
ITEM_SEPARATOR = ": … "
# List items are short; a longer passage ends the list its lead-in opened.
_MAX_ITEM_CHARS = 160


@dataclass(frozen=True)
class Passage:
    """One sentence or list item of a document, with where it is."""

    doc: str
    index: int
    section: str
    line: int
    text: str
    table: str | None = None
    row: int | None = None
    # The sentence this one depends on: a list's lead-in ("... one of the following:") for
    # an item, the previous sentence for one that opens with "This", "They", "It", ...
    lead: str = ""

    @property
    def provenance(self) -> Provenance:
        """Document, section (table and row for a table row) and line of the passage."""
        section = self.section or f"line {self.line}"
        return Provenance(self.doc, section, self.table, self.row, self.line)


@lru_cache(maxsize=1)
def all_passages() -> tuple[Passage, ...]:
    """The passages of every source document, in document order."""
    passages: list[Passage] = []
    for key in load_sources():
        passages.extend(document_passages(key))
        passages.extend(table_passages(key, start=sum(p.doc == key for p in passages)))
    return tuple(passages)


def table_passages(key: str, start: int) -> tuple[Passage, ...]:
    """One passage per row of the document's tables (the Qianhai occupations), its cells
    joined as the table gives them, numbered from ``start``."""
    if key != "qianhai":
        return ()
    rows = []
    for n, occupation in enumerate(load_knowledge_base().qianhai.occupations):
        where = occupation.provenance
        text = (
            f"{occupation.name} ({occupation.orientation}, {occupation.industry}): "
            f"competencies: {'; '.join(occupation.competencies)}. Education: "
            f"{occupation.education_text} Experience: {occupation.experience_text}. Demand: "
            f"{occupation.duration.value}; {occupation.severity.value}."
        )
        rows.append(
            Passage(key, start + n, where.section, where.line or 0, text, where.table, where.row)
        )
    return tuple(rows)


def document_passages(key: str) -> tuple[Passage, ...]:
    """The passages of one source document."""
    found: list[Passage] = []
    record_sections = _record_sections(key)
    list_lead = ""
    for section, line, text in _blocks(read_source(key)):
        section = record_sections.get(line, section)
        for sentence in _sentences(text):
            for item in _list_items(sentence):
                previous = found[-1] if found else None
                same_section = previous is not None and previous.section == section
                if not same_section or len(item) > _MAX_ITEM_CHARS or _ENDS_LIST.search(item):
                    list_lead = ""
                if item.endswith(":"):
                    lead = ""
                elif previous is not None and same_section and _ANAPHORA.match(item):
                    lead = previous.text
                else:
                    lead = list_lead
                found.append(Passage(key, len(found), section, line, item, lead=lead))
                if item.endswith(":"):
                    list_lead = item
    return tuple(found)


def neighbours(passage: Passage, before: int = 1, after: int = 1) -> tuple[Passage, ...]:
    """The passages around this one in its document and section, in order, itself included."""
    same_doc = [p for p in all_passages() if p.doc == passage.doc]
    start = max(0, passage.index - before)
    window = same_doc[start : passage.index + after + 1]
    return tuple(p for p in window if p.section == passage.section)


def footnotes_of(passage: Passage) -> tuple[Passage, ...]:
    """The footnotes the passage marks ("[1]"), from its document."""
    marks = {f"footnote {n}" for n in re.findall(r"\[(\d+)\]", passage.text)}
    return tuple(p for p in all_passages() if p.doc == passage.doc and p.section in marks)


def marked_by(footnote: Passage) -> tuple[Passage, ...]:
    """For a footnote, the passages of its document that mark it ("[1]")."""
    number = footnote.section.removeprefix("footnote ")
    if number == footnote.section:
        return ()
    return tuple(p for p in all_passages() if p.doc == footnote.doc and f"[{number}]" in p.text)


def _record_sections(key: str) -> dict[int, str]:
    """Line -> section for lines the parsers placed better than the text's headings do.

    The catalog's biomedicine and finance headings are missing, so its job lines take their
    sector from the parsed records instead of the last heading above them.
    """
    if key != "shanghai_catalog":
        return {}
    return {
        job.provenance.line: job.provenance.section for job in load_knowledge_base().catalog.jobs
    }


def _sentences(text: str) -> list[str]:
    """Sentences, with a split after an abbreviation ("Ed. 2015") undone."""
    merged: list[str] = []
    for sentence in split_sentences(text):
        if merged and _ABBREVIATION_END.search(merged[-1]):
            merged[-1] = f"{merged[-1]} {sentence}"
        else:
            merged.append(sentence)
    return merged


def _list_items(sentence: str) -> list[str]:
    """A long "X includes: a; b; c" sentence as one passage per item, each with its lead."""
    lead, colon, rest = sentence.partition(": ")
    items = [item.strip(" .") for item in rest.split(";")] if colon else []
    if len(sentence) < _LONG_SENTENCE or len(items) < _MIN_ITEMS:
        return [sentence]
    return [f"{lead}{ITEM_SEPARATOR}{item}" for item in items if item]


def _clean(text: str) -> str:
    text = _MARKER.sub(r" [\1]", text)
    text = _TAGS.sub(" ", text)
    text = _EMPHASIS.sub("", text)
    return re.sub(r"\s+", " ", text).strip()


def _is_heading(raw: str, text: str, markdown: bool) -> bool:
    """Markdown documents mark their headings; the others have short unpunctuated lines."""
    if raw.startswith(("#", "➤")):
        return True
    if markdown:
        return False
    words = text.split()
    if text.endswith(":"):
        return len(words) <= _MAX_COLON_HEADING_WORDS
    return (
        len(words) <= _MAX_HEADING_WORDS
        and not _TERMINAL.search(text)
        and (text[:1].isupper() or text[:1].isdigit())
        and not _BULLET.match(raw)
        and not re.search(r"\d{3,}|@", text)
    )


def _continues(previous: str, raw: str) -> bool:
    """Whether ``raw`` carries on the paragraph ``previous`` (a page break split it)."""
    if not previous or _TERMINAL.search(previous) or raw.startswith(("#", "➤", "-", "•")):
        return False
    first = raw[:1]
    return first.islower() or first.isdigit() or previous[-1].isdigit() or previous[-1] == ","


def _blocks(text: str) -> Iterator[tuple[str, int, str]]:
    """(section, line, text) for each paragraph, list item or footnote, joined across breaks."""
    markdown = any(line.startswith("#") for line in text.splitlines())
    section = ""
    pending: tuple[str, int, str] | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        stripped = raw.strip()
        if _MENU_START in stripped:
            break
        if not stripped or "\t" in raw or _SKIPPED.match(stripped):
            continue
        footnote = _FOOTNOTE.match(stripped)
        cleaned = _clean(_FOOTNOTE.sub("", stripped))
        if not cleaned:
            continue
        if footnote:
            yield f"footnote {footnote.group(1)}", number, cleaned
            continue
        if pending and _continues(pending[2], stripped):
            pending = (pending[0], pending[1], f"{pending[2]} {cleaned}")
            continue
        if pending:
            yield pending
            pending = None
        if not markdown and _SUBHEADING.match(stripped):
            section = f"{section.split(': ')[0]}: {_BULLET.sub('', cleaned)}"
            continue
        title = number == 1 and not _TERMINAL.search(cleaned)
        if title or _is_heading(stripped, cleaned, markdown):
            heading = _HEADING.sub("", cleaned).lstrip("➤ ").rstrip(":").strip()
            section = f"{section} {heading}" if section.endswith(",") else heading
            continue
        pending = (section, number, _BULLET.sub("", cleaned))
    if pending:
        yield pending
