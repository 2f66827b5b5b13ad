"""The assistant's replies in Chinese, built from the English ones and the catalogs.

The actions word every answer in English from the records. For a Chinese conversation
:func:`chinese_reply` rewrites one reply (a message as rasa-sdk sends it):

- a line the English catalog has (a question, a refusal, "the documents don't state ...")
  becomes its Chinese template, its values carried over (ticket numbers, addresses);
- the facts (record wording, quoted sentences, numbers, dates, URLs) stay in English,
  under a Chinese lead-in for the action and followed by the note that the Chinese
  original prevails: the documents are English translations and we translate no fact;
- the ``Source:`` line names each document by its Chinese name too;
- buttons get their Chinese titles; a job's name gets its Chinese name beside it.
"""

from __future__ import annotations

import copy
import re
from datetime import datetime
from functools import lru_cache
from typing import Any

from knowledge.i18n import catalog, english_key, translate_line
from knowledge.source_index import load_sources
from knowledge.translation import glossary_data

SOURCE_PREFIX = "Source: "
_REMARK = re.compile(r"\s*\([^()]*\)$")
_BULLET = re.compile(r"^(\s*(?:•|\d+\.)\s+)(.+?)(\s*)$")


@lru_cache(maxsize=1)
def chinese_names() -> dict[str, str]:
    """English name -> Chinese name: the documents (as the Source line names them) and
    the occupations, from the glossary."""
    glossary = glossary_data()
    names = {o["en"].lower(): o["zh"][0] for o in glossary["occupations"]}
    by_prefix = {key: entry["zh"][0] for key, entry in glossary["documents"].items()}
    for source in load_sources().values():
        names[source.short.lower()] = by_prefix[source.file[:3]]
    return names


def chinese_name(english: str) -> str | None:
    """The Chinese name of a document or occupation, or None."""
    return chinese_names().get(english.strip().lower())


def chinese_value(english: str) -> str | None:
    """A placeholder's value in Chinese: a document's or occupation's Chinese name, a date
    written the Chinese way ("31 December 2024" -> "2024年12月31日"), or None."""
    # The dates as the answers write them (``strftime``, as knowledge/qa/dates.py does).
    for form, chinese in (("%d %B %Y", "%Y年%-m月%-d日"), ("%B %Y", "%Y年%-m月")):
        try:
            return datetime.strptime(english.strip(), form).strftime(chinese)
        except ValueError:
            continue
    return chinese_name(english)


def chinese_source_line(line: str) -> str:
    """``Source: A (s) | B (t)`` as ``来源：甲（s） | 乙（t）``: each document by its Chinese
    name, the section in the document's own words."""
    label = catalog("zh")["frame"]["source_label"]
    parts = []
    for part in line.removeprefix(SOURCE_PREFIX).split(" | "):
        named = next(
            (
                (short, title)
                for short, title in _document_shorts()
                if part.lower().startswith(title)
            ),
            None,
        )
        if named is None:
            parts.append(part)
            continue
        where = part[len(named[1]) :].strip().removeprefix("(").removesuffix(")")
        parts.append(chinese_names()[named[0]] + (f"（{where}）" if where else ""))
    return label + " | ".join(parts)


@lru_cache(maxsize=1)
def _document_shorts() -> list[tuple[str, str]]:
    """The documents' short titles (lower case) and the same without a closing remark
    ("(news report)"), as a Source line may give either, longest first."""
    shorts = [source.short.lower() for source in load_sources().values()]
    titles = [(short, t) for short in shorts for t in {short, _REMARK.sub("", short)}]
    return sorted(titles, key=lambda pair: len(pair[1]), reverse=True)


def _with_chinese_name(line: str) -> str:
    """A list item naming a job or document (alone or before ": details"), with its
    Chinese name after it."""
    match = _BULLET.match(line)
    if not match:
        return line
    item, colon, details = match.group(2).partition(": ")
    name = chinese_name(match.group(2)) or (chinese_name(item) if colon else None)
    if name is None:
        return line
    named = match.group(2) if chinese_name(match.group(2)) else item
    rest = "" if named == match.group(2) else f"{colon}{details}"
    return f"{match.group(1)}{named}（{name}）{rest}{match.group(3)}"


def _intro(text: str, action: str | None) -> str:
    """The Chinese lead-in: the one for the reply's first line when the catalog has one
    (``line_intros``), else the action's."""
    frame = catalog("zh")["frame"]
    first = text.lstrip().split("\n", 1)[0]
    by_line = frame.get("line_intros") or {}
    found = next((intro for pattern, intro in by_line.items() if re.match(pattern, first)), None)
    return found or frame["intros"].get(action, frame["default_intro"])


def chinese_text(text: str, action: str | None) -> str:
    """The reply's text for a Chinese conversation (see the module's docstring)."""
    frame = catalog("zh")["frame"]
    lines: list[str] = []
    keys: list[str | None] = []
    source = None
    for line in text.split("\n"):
        if line.startswith(SOURCE_PREFIX):
            source = chinese_source_line(line)
        elif not line.strip():
            lines.append(line)
        else:
            chinese = translate_line(line, chinese_value)
            keys.append(english_key(line)[0] if chinese is not None else None)
            lines.append(chinese if chinese is not None else _with_chinese_name(line))
    quoting = set(frame["quoting"])
    if any(key is None or key in quoting for key in keys):
        # A quotation names its document itself ("…原文写道："); other English gets a lead-in.
        intro = [] if keys and keys[0] in quoting else [_intro(text, action)]
        lines = [*_answer_word(text), *intro, *lines, frame["quote_note"]]
    return "\n".join([*lines, *([source] if source else [])])


def _answer_word(text: str) -> list[str]:
    """ "是的，可以。" (or "不是。", "暂时还不行。") for a reply whose first line answers yes
    or no ("Yes: you can apply ...", "No, X is not on ..."), else nothing."""
    words = catalog("zh")["frame"]["answer_words"]
    first = text.lstrip()
    return [word for english, word in words.items() if re.match(rf"{english}\b[:,.]", first)][:1]


def chinese_button(button: dict[str, Any]) -> dict[str, Any]:
    """The button with its title in Chinese (or with the Chinese name beside a job's)."""
    title = str(button.get("title", ""))
    chinese = translate_line(title, chinese_value)
    name = chinese_name(title)
    shown = chinese or (f"{title}（{name}）" if name else title)
    return {**button, "title": shown}


def chinese_reply(reply: dict[str, Any], action: str | None) -> dict[str, Any]:
    """One reply (``text``, ``buttons``...) for a Chinese conversation; a response template
    (``response``) is left to Rasa, whose variations follow the ``language`` slot."""
    reply = copy.deepcopy(reply)
    if reply.get("text"):
        reply["text"] = chinese_text(reply["text"], action)
    if reply.get("buttons"):
        reply["buttons"] = [chinese_button(b) for b in reply["buttons"]]
    return reply
