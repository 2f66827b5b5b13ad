"""Generic check that every parsed record points to where its text is in the source."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from knowledge.records import Provenance
from knowledge.source_index import read_source

TEXT_FIELDS = ("text", "name", "summary")


def located_records(value: object) -> Iterator[object]:
    """Records with a provenance inside a parsed value (dataclasses and tuples, recursively)."""
    if isinstance(value, tuple):
        for item in value:
            yield from located_records(item)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        if isinstance(getattr(value, "provenance", None), Provenance):
            yield value
        for field in dataclasses.fields(value):
            if field.name != "provenance":
                yield from located_records(getattr(value, field.name))


def record_text(record: object) -> str | None:
    """The text a record quotes from its source, if it has one."""
    return next((getattr(record, f) for f in TEXT_FIELDS if hasattr(record, f)), None)


def assert_located(record: object) -> None:
    """The provenance names a section, and the record's text starts on its line.

    A text may run on over the following non-blank lines (the pilot's contact line and phone).
    """
    provenance: Provenance = record.provenance  # type: ignore[attr-defined]
    assert provenance.section.strip(), record
    lines = read_source(provenance.doc).splitlines()
    assert provenance.line is not None and 1 <= provenance.line <= len(lines), record
    text = record_text(record)
    if text is None:
        return
    assert text.strip(), record
    first = lines[provenance.line - 1].strip()
    following = " ".join(ln.strip() for ln in lines[provenance.line - 1 :] if ln.strip())
    assert text in following and following.index(text) < len(first), record
