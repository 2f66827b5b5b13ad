"""Parser for the List of High-Demand Occupations for Foreign Talents in Qianhai (2020).

The document is markdown-ish text: section titles come from its table of contents, prose
paragraphs are broken by page breaks and footnotes, and Tables 1 and 2 are tab-separated with
HTML in some cells and rows that wrap onto a continuation line starting with tabs.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from dataclasses import dataclass

from knowledge.parsers.text import search
from knowledge.records import (
    Degree,
    Duration,
    Fact,
    Provenance,
    QianhaiList,
    QianhaiOccupation,
    Severity,
)

DOC = "qianhai"

NUMBER, NAME, COMPETENCIES, EDUCATION, EXPERIENCE, DURATION, SEVERITY = range(7)
COLUMNS = 7

_CONTENTS_ENTRY = re.compile(r"^<b>(.+?)</b>\s*\.+")
_TABLE_CAPTION = re.compile(r"^(Table \d+): (.+)$")
_TABLE_REFERENCE = re.compile(r"\(see (Table \d+)\)")
_ORIENTATION = re.compile(r"\b([a-z]+-oriented)\b")
_TAG = re.compile(r"<[^>]+>")
_SUP = re.compile(r"<sup>\d+</sup>")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\"?\s+(?=[\"A-Z])")
_DEGREES = {"bachelor": Degree.BACHELOR, "master": Degree.MASTER, "doctor": Degree.DOCTOR}
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})

# Stated figures in the prose of sections 2 to 3.2.
_STATED_TOTAL = r"(\d+) high-demand occupations were identified"
_STATED_ORIENTATION = r"(\d+) are ([a-z]+-oriented) occupations"
_STATED_INDUSTRY = r"the (?:other )?([a-z ]+?) industr(?:y|ies) (?:has|have) (\d+)"
_STATED_DURATION = (
    r"(\d+) \(\d+%\)(?: of the \d+ occupations)? in the (long|short|near) (?:term|future)"
)
_STATED_SEVERITY = r"(\d+) \(\d+%\)[^,]*? to face (\w+) short supply"
_STATED_TABLE_INDUSTRY = r"(\d+) (?:come )?from (?:the )?(?:other )?([a-z ]+?) industr(?:y|ies)"

# (fact key, ((section number, regex selecting the sentences), ...)), in output order.
_FACT_SPECS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("income_tax", (("4", r"income tax rate of \d+%"),)),
    ("green_card", (("4", r"green card"),)),
    ("housekeeper_visas", (("4", r"visas for foreign housekeepers"),)),
    ("workstation", (("4", r"Talent Service Workstation, located at"),)),
    ("formalities", (("4", r"consolidated \d+ formalities|one-stop services to facilitate"),)),
    ("enterprises", (("4", r"[\d,]+ enterprises with a total registered capital"),)),
    ("list_benefit", (("Appendix", r"exempted from the labou?r market test"),)),
    ("list_update", (("Appendix", r"subject to periodical update"),)),
    ("finding_industries", (("2.1", r"exist in each|industry has \d+"),)),
    ("finding_reasons", (("2.2", r"% of the surveyed enterprises|key reasons"),)),
    ("finding_duration", (("2.3", r"remain high for \d+"),)),
    ("finding_severity", (("2.4", r"short supply"),)),
    ("finding_specialties", (("3.3", r"Graduates of specialties|qualification and certif"),)),
    ("finding_degree", (("3.4", r"master's degrees or above|doctoral degrees are preferred"),)),
    ("finding_experience", (("3.5", r"required to have more than \d+ years"),)),
    ("finding_abilities", (("3.6", r"pay more attention to the ability|focus on"),)),
    (
        "research",
        (("Appendix", r"to prepare the List"), ("1.3", r"more than [\d,]+ enterprises")),
    ),
    ("occupation_basis", (("Appendix", r"based on the Classification of Occupations"),)),
)
# (fact key, label of a "Label: value" paragraph in section 4).
_CONTACT_SPECS = (
    ("workstation_address", "Address"),
    ("workstation_phone", "Tel"),
    ("workstation_email", "Email"),
)


@dataclass(frozen=True)
class _Section:
    """A numbered section of the report: its title and its body lines (number, text)."""

    title: str
    lines: tuple[tuple[int, str], ...]

    @property
    def key(self) -> str:
        """Section number as written ("2.1", "4"), or "Appendix"."""
        return self.title.split()[0].rstrip(".:")


@dataclass(frozen=True)
class _Text:
    """A paragraph or sentence of prose with the line on which it starts."""

    text: str
    line: int


@dataclass
class _RawRow:
    """One table row as cells of plain text, continuation lines already appended."""

    line: int
    industry: str
    cells: list[str]


def parse(text: str) -> QianhaiList:
    """Parse the Qianhai report into its 50 occupations, stated totals and facts."""
    lines = text.splitlines()
    sections = _sections(lines)
    occupations = _occupations(lines, sections)
    industries = tuple(dict.fromkeys(o.industry for o in occupations))
    return QianhaiList(
        occupations=occupations,
        stated_totals=_stated_totals(sections, industries),
        facts=_facts(sections),
    )


# --- Sections --------------------------------------------------------------------------


def _sections(lines: list[str]) -> dict[str, _Section]:
    """Sections listed in the contents, each with the body lines up to the next one."""
    titles = [m[1] for m in map(_CONTENTS_ENTRY.match, lines) if m]
    starts: list[int] = []
    for title in titles:
        starts.append(_heading_index(lines, title, starts[-1] + 1 if starts else 0))
    ends = [*starts[1:], len(lines)]
    sections = (
        _Section(title, tuple((i + 1, lines[i]) for i in range(start + 1, end)))
        for title, start, end in zip(titles, starts, ends, strict=True)
    )
    return {section.key: section for section in sections}


def _heading_index(lines: list[str], title: str, start: int) -> int:
    """Index of the first markdown heading from ``start`` that begins the contents title.

    A prefix match copes with a heading split by a footnote (section 3.6).
    """
    for index in range(start, len(lines)):
        heading = lines[index].lstrip("#").replace("*", "").strip()
        if lines[index].startswith("#") and heading and title.startswith(heading):
            return index
    raise ValueError(f"heading not found: {title!r}")


# --- Tables 1 and 2 --------------------------------------------------------------------


def _occupations(lines: list[str], sections: dict[str, _Section]) -> tuple[QianhaiOccupation, ...]:
    """Rows of every table that a section introduces with "(see Table N)"."""
    occupations: list[QianhaiOccupation] = []
    for section in sections.values():
        for table in _TABLE_REFERENCE.findall(_joined(section.lines)):
            caption_index, caption = _caption(lines, table)
            orientation = search(_ORIENTATION, caption)[1]
            provenance = Provenance(doc=DOC, section=section.title, table=table)
            occupations.extend(
                _occupation(row, orientation, provenance)
                for row in _table_rows(lines, caption_index + 1)
            )
    return tuple(occupations)


def _caption(lines: list[str], table: str) -> tuple[int, str]:
    """Index and text of the caption line of ``table`` (e.g. "Table 1")."""
    for index, line in enumerate(lines):
        match = _TABLE_CAPTION.match(line)
        if match and match[1] == table:
            return index, match[2]
    raise ValueError(f"caption not found: {table}")


def _table_rows(lines: list[str], start: int) -> list[_RawRow]:
    """Data rows from ``start`` to the next heading or caption, with wrapped lines merged."""
    rows: list[_RawRow] = []
    industry = ""
    for index in range(start, len(lines)):
        line = lines[index]
        if line.startswith(("#", "Table ")):
            break
        cells = [_clean_cell(cell) for cell in line.split("\t")]
        if not line.strip() or cells[0] == "Occupation":
            continue
        if line.startswith("\t"):
            _append_cells(rows[-1], cells)
        elif cells[0].isdigit():
            rows.append(_RawRow(index + 1, industry, _exact_columns(cells, index + 1)))
        elif not any(cells[1:]):
            industry = cells[0]
        else:
            raise ValueError(f"unexpected table line {index + 1}: {line!r}")
    return rows


def _exact_columns(cells: list[str], line: int) -> list[str]:
    """The cells of a data row, checked to fill exactly the table's columns."""
    if len(cells) != COLUMNS:
        raise ValueError(f"line {line}: expected {COLUMNS} cells, got {len(cells)}")
    return cells


def _append_cells(row: _RawRow, cells: list[str]) -> None:
    """Append a continuation line's non-empty cells to the same columns of ``row``."""
    for column, cell in enumerate(cells):
        if cell:
            row.cells[column] = f"{row.cells[column]} {cell}".strip()


def _clean_cell(cell: str) -> str:
    """Plain text of a cell: tags dropped, entities decoded, whitespace collapsed."""
    return " ".join(html.unescape(_TAG.sub(" ", cell)).split())


def _occupation(row: _RawRow, orientation: str, base: Provenance) -> QianhaiOccupation:
    """Typed record of one merged table row."""
    cells = row.cells
    specialties, degree_item = _numbered_items(cells[EDUCATION])[:2]
    number = int(cells[NUMBER])
    return QianhaiOccupation(
        number=number,
        name=cells[NAME],
        orientation=orientation,
        industry=row.industry,
        competencies=_numbered_items(cells[COMPETENCIES]),
        specialties=specialties,
        min_degree=_DEGREES[search(r"^(\w+)'s degree", degree_item)[1].lower()],
        preferred_degree=_preferred(degree_item),
        education_text=cells[EDUCATION],
        min_years_exclusive=int(search(r"^More than (\d+) years?\b", cells[EXPERIENCE])[1]),
        experience_text=cells[EXPERIENCE],
        duration=_duration(cells[DURATION]),
        severity=Severity(cells[SEVERITY].lower()),
        provenance=Provenance(
            doc=base.doc, section=base.section, table=base.table, row=number, line=row.line
        ),
    )


def _duration(cell: str) -> Duration:
    """The duration a cell ends with, e.g. "... in the long term (>3 years)"."""
    for duration in Duration:
        if cell.endswith(duration.value):
            return duration
    raise ValueError(f"unknown duration: {cell!r}")


def _numbered_items(text: str) -> tuple[str, ...]:
    """Items of "1. a; 2. b. 3. c", in order, with numbering and separators stripped."""
    starts: list[re.Match[str]] = []
    position = 0
    while match := re.compile(rf"(?:^|\s){len(starts) + 1}\.\s").search(text, position):
        starts.append(match)
        position = match.end()
    if not starts:
        raise ValueError(f"no numbered items in {text!r}")
    ends = [m.start() for m in starts[1:]] + [len(text)]
    return tuple(_strip_item(text[m.end() : end]) for m, end in zip(starts, ends, strict=True))


def _strip_item(item: str) -> str:
    """An item without its trailing separator (";" or ".", but keeping "etc.")."""
    item = item.strip().rstrip(";").rstrip()
    return item[:-1] if item.endswith(".") and not item.endswith("etc.") else item


def _preferred(degree_item: str) -> str | None:
    """What the degree item says is preferred, e.g. "doctor's degree", or None."""
    match = re.search(r"\(([^()]+?)\s+preferred\)", degree_item)
    return match[1] if match else None


# --- Prose -----------------------------------------------------------------------------


def _prose_line(line: str) -> str:
    """One prose line without markdown emphasis, footnote marks or curly quotes."""
    text = _SUP.sub("", line).replace("*", "").translate(_QUOTES)
    return re.sub(r"\s+([.,;:])", r"\1", " ".join(text.split()))


def _is_prose(line: str) -> bool:
    """Whether a body line is prose (not a heading, footnote, rule, caption or table line)."""
    skipped = ("#", "<sup>", "---", "Figure ", "Table ")
    return bool(line.strip()) and "\t" not in line and not line.startswith(skipped)


def _paragraphs(section: _Section) -> list[list[tuple[int, str]]]:
    """Prose paragraphs as (line, text) pieces, rejoining those cut by a page break.

    A paragraph that stops without final punctuation continues in the next one when that
    starts in lower case or with a digit ("the financial industry has" ... "8 high-demand").
    """
    paragraphs: list[list[tuple[int, str]]] = []
    previous_is_prose = False
    for number, line in section.lines:
        is_prose = _is_prose(line)
        if is_prose:
            piece = (number, _prose_line(line))
            if previous_is_prose or (paragraphs and _continues(paragraphs[-1][-1][1], piece[1])):
                paragraphs[-1].append(piece)
            else:
                paragraphs.append([piece])
        previous_is_prose = is_prose
    return paragraphs


def _continues(previous: str, following: str) -> bool:
    """Whether ``following`` carries on a sentence that ``previous`` left unfinished."""
    unfinished = not previous.endswith((".", "!", "?", ":"))
    return unfinished and (following[:1].islower() or following[:1].isdigit())


def _joined(pieces: tuple[tuple[int, str], ...] | list[tuple[int, str]]) -> str:
    """The texts of (line, text) pieces joined by single spaces."""
    return " ".join(text for _, text in pieces)


def _paragraph_texts(section: _Section) -> list[_Text]:
    """Each prose paragraph of a section as one text with its first line."""
    return [_Text(_joined(p), p[0][0]) for p in _paragraphs(section)]


def _sentences(section: _Section) -> list[_Text]:
    """Sentences of a section's prose, each with the line it starts on."""
    sentences: list[_Text] = []
    for paragraph in _paragraphs(section):
        text = _joined(paragraph)
        offsets = [sum(len(t) + 1 for _, t in paragraph[:i]) for i in range(len(paragraph))]
        start = 0
        for end in [m.end() for m in _SENTENCE_BREAK.finditer(text)] + [len(text)]:
            line = paragraph[bisect_right(offsets, start) - 1][0]
            sentences.append(_Text(_balance_quotes(text[start:end].strip()), line))
            start = end
    return sentences


def _balance_quotes(sentence: str) -> str:
    """Drop a stray closing double quote (the source has one in section 2.3)."""
    if sentence.count('"') % 2 == 0:
        return sentence
    index = sentence.rfind('"')
    return sentence[:index] + sentence[index + 1 :]


# --- Facts -----------------------------------------------------------------------------


def _facts(sections: dict[str, _Section]) -> tuple[Fact, ...]:
    """The report's statements the assistant may quote, located by keywords."""
    facts = [_fact(key, parts, sections) for key, parts in _FACT_SPECS]
    facts.extend(_contact(key, label, sections["4"]) for key, label in _CONTACT_SPECS)
    return tuple(facts)


def _fact(key: str, parts: tuple[tuple[str, str], ...], sections: dict[str, _Section]) -> Fact:
    """A fact made of the sentences matching each (section, pattern) part, in that order."""
    found: list[tuple[_Section, list[_Text]]] = []
    for section_key, pattern in parts:
        section = sections[section_key]
        sentences = [s for s in _sentences(section) if re.search(pattern, s.text)]
        if not sentences:
            raise ValueError(f"fact {key!r}: nothing matches {pattern!r} in {section.title!r}")
        found.append((section, sentences))
    return Fact(
        key=key,
        text=" ".join(s.text for _, sentences in found for s in sentences),
        provenance=Provenance(
            doc=DOC,
            section="; ".join(section.title for section, _ in found),
            line=found[0][1][0].line,
        ),
    )


def _contact(key: str, label: str, section: _Section) -> Fact:
    """A fact holding the value of the "Label: value" paragraph of ``section``."""
    for paragraph in _paragraph_texts(section):
        match = re.match(rf"{label}:\s*(.+)", paragraph.text)
        if match:
            provenance = Provenance(doc=DOC, section=section.title, line=paragraph.line)
            return Fact(key=key, text=match[1], provenance=provenance)
    raise ValueError(f"no {label!r} line in {section.title!r}")


# --- Stated totals ---------------------------------------------------------------------


def _stated_totals(sections: dict[str, _Section], industries: tuple[str, ...]) -> dict[str, int]:
    """The figures the report states in its prose ("total", "industry:<name>", ...)."""
    overview = _prose(sections["2"])
    totals = {"total": int(search(_STATED_TOTAL, overview)[1])}
    for match in re.finditer(_STATED_ORIENTATION, overview):
        totals[match[2]] = int(match[1])
    for match in re.finditer(_STATED_INDUSTRY, _prose(sections["2.1"])):
        totals[f"industry:{_industry(match[1], industries)}"] = int(match[2])
    for match in re.finditer(_STATED_DURATION, _prose(sections["2.3"])):
        totals[f"duration:{match[2]}"] = int(match[1])
    for match in re.finditer(_STATED_SEVERITY, _prose(sections["2.4"])):
        totals[f"severity:{match[2]}"] = int(match[1])
    for key in ("3.1", "3.2"):
        totals.update(_table_industry_totals(sections[key], industries))
    return totals


def _table_industry_totals(section: _Section, industries: tuple[str, ...]) -> dict[str, int]:
    """Per-industry counts stated for one table ("5 come from the financial industry")."""
    orientation = search(_ORIENTATION, section.title)[1]
    return {
        f"{orientation}:industry:{_industry(match[2], industries)}": int(match[1])
        for match in re.finditer(_STATED_TABLE_INDUSTRY, _prose(section))
    }


def _industry(phrase: str, industries: tuple[str, ...]) -> str:
    """The table heading ("Financial industry") that a prose phrase ("financial") names."""
    for industry in industries:
        if industry.lower() == f"{phrase} industry":
            return industry
    raise ValueError(f"unknown industry: {phrase!r}")


def _prose(section: _Section) -> str:
    """All prose of a section as one string."""
    return " ".join(p.text for p in _paragraph_texts(section))
