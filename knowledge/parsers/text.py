"""Text helpers shared by the parsers: numbered lines, sentences, series and located facts."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from knowledge.records import Fact, Provenance
from knowledge.vocabulary import NUMBER_WORDS

# A sentence ends at . ! or ? followed by space and a capital, digit or quote ("No. 24" excepted).
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])(?<!\bNo\.)\s+(?=[\"“A-Z0-9])")
_BULLET = re.compile(r"^(?:[•▍]|-\s)\s*")
_QUOTES = "\"“”'"


@dataclass(frozen=True)
class Line:
    """One line of a source document: its 1-based number and its text without outer spaces."""

    number: int
    text: str


def numbered_lines(text: str) -> tuple[Line, ...]:
    """Every line of the text, numbered from 1 and stripped."""
    return tuple(Line(n, raw.strip()) for n, raw in enumerate(text.splitlines(), start=1))


def split_sentences(text: str) -> list[str]:
    """The sentences of one line of prose."""
    return [s.strip() for s in _SENTENCE_BREAK.split(text) if s.strip()]


def split_top_level(text: str, separator: str = ",") -> list[str]:
    """Split on a separator that is not inside parentheses or brackets; parts are stripped."""
    parts: list[str] = []
    depth = 0
    current: list[str] = []
    for char in text:
        depth += (char in "([") - (char in ")]")
        if char == separator and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return [p.strip() for p in parts if p.strip()]


def split_series(text: str) -> list[str]:
    """Items of an English series ("a, b, and the c"): top-level commas, no "and"/"the" lead."""
    return [re.sub(r"^(?:and |or )?(?:the )?", "", item) for item in split_top_level(text)]


def parse_count(word: str) -> int:
    """An integer written in digits or as an English number word ("two", "10")."""
    word = word.strip().lower()
    if word.isdigit():
        return int(word)
    if word in NUMBER_WORDS and float(NUMBER_WORDS[word]).is_integer():
        return int(NUMBER_WORDS[word])
    raise ValueError(f"not a number: {word!r}")


def search(pattern: str | re.Pattern[str], text: str) -> re.Match[str]:
    """The first match of the regex in the text; ValueError if there is none."""
    match = re.search(pattern, text)
    if match is None:
        raise ValueError(f"no match for {pattern!r} in {text[:60]!r}")
    return match


def strip_bullet(text: str) -> str:
    """The text of a bullet line without its bullet mark."""
    return _BULLET.sub("", text).strip()


def strip_quotes(text: str) -> str:
    """The text without the quotation marks around it."""
    return text.strip().strip(_QUOTES).strip()


def slugify(text: str) -> str:
    """A lower-case key made of the words of the text, e.g. ``new_energy``."""
    return "_".join(re.findall(r"[a-z0-9]+", text.lower()))


class SourceText:
    """The numbered lines of one source document, with look-ups that keep provenance."""

    def __init__(self, doc: str, text: str) -> None:
        self.doc = doc
        self.lines = numbered_lines(text)

    def provenance(self, section: str, line: Line) -> Provenance:
        """Provenance of something found on this line."""
        return Provenance(doc=self.doc, section=section, line=line.number)

    def line(self, pattern: str, within: Iterable[Line] | None = None) -> Line:
        """The first line (of ``within``, default all) where the regex matches."""
        regex = re.compile(pattern)
        for line in self.lines if within is None else within:
            if regex.search(line.text):
                return line
        raise ValueError(f"{self.doc}: no line matches {pattern!r}")

    def match(self, pattern: str) -> tuple[Line, re.Match[str]]:
        """The first line where the regex matches, with the match."""
        line = self.line(pattern)
        return line, search(pattern, line.text)

    def matches(self, pattern: str) -> list[tuple[Line, re.Match[str]]]:
        """Every line where the regex matches, with its first match, in document order."""
        regex = re.compile(pattern)
        found = ((line, regex.search(line.text)) for line in self.lines)
        return [(line, match) for line, match in found if match]

    def sentence(self, pattern: str) -> tuple[Line, str]:
        """The first sentence where the regex matches, with its line."""
        line = self.line(pattern)
        regex = re.compile(pattern)
        return line, next(s for s in split_sentences(line.text) if regex.search(s))

    def block(self, start: str, is_end: Callable[[Line], bool]) -> tuple[Line, ...]:
        """Non-blank lines after the line matching ``start`` and before the first end line."""
        first = self.line(start).number
        block: list[Line] = []
        for line in self.lines[first:]:
            if is_end(line):
                break
            if line.text:
                block.append(line)
        return tuple(block)

    def fact(self, key: str, section: str, line: Line, text: str | None = None) -> Fact:
        """A fact found on this line; its text is the whole line unless given."""
        return Fact(key, line.text if text is None else text, self.provenance(section, line))

    def keyed_facts(
        self, section: str, lines: Iterable[Line], patterns: dict[str, str]
    ) -> tuple[Fact, ...]:
        """One whole-line fact per key: the first of the lines its regex locates."""
        lines = tuple(lines)
        return tuple(
            self.fact(key, section, self.line(pattern, lines)) for key, pattern in patterns.items()
        )

    def line_fact(self, key: str, section: str, pattern: str) -> Fact:
        """The whole first line matching the regex, as a fact."""
        return self.fact(key, section, self.line(pattern))

    def sentence_fact(self, key: str, section: str, pattern: str) -> Fact:
        """The first sentence matching the regex, as a fact."""
        line, sentence = self.sentence(pattern)
        return self.fact(key, section, line, sentence)

    def match_fact(self, key: str, section: str, pattern: str) -> Fact:
        """The regex match (group 1 if it has one) on the first matching line, as a fact."""
        line, match = self.match(pattern)
        return self.fact(key, section, line, match.group(1 if match.re.groups else 0))
