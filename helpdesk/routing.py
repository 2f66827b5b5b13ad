"""Topic classification of a hand-off and the desk it is routed to (``desks.yml``)."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

DESKS_FILE = Path(__file__).with_name("desks.yml")
TOPICS = ("professional_title", "qianhai_list", "shanghai_lists", "work_permit", "other")

# Words in the user's summary that point to a topic, strongest first.
_KEYWORDS: tuple[tuple[str, str], ...] = (
    ("professional_title", r"\btitles?\b|zhicheng|junior|intermediate|associate senior"),
    ("qianhai_list", r"qianhai|shenzhen|high[- ]demand"),
    ("work_permit", r"\bpermits?\b|\bvisas?\b|residence|immigration|green card"),
    ("shanghai_lists", r"catalog|catalogue|qualification|category [a-d]\b|shanghai"),
)
# Intents of the conversation that point to a topic when the summary does not.
_INTENT_PREFIXES: tuple[tuple[str, str], ...] = (
    ("professional_title", "ask_title_"),
    ("qianhai_list", "ask_qianhai_"),
    ("qianhai_list", "ask_occupation_"),
    ("shanghai_lists", "ask_catalog_"),
    ("shanghai_lists", "ask_qual_"),
)


@dataclass(frozen=True)
class Desk:
    """A helpdesk: who answers a topic, how to reach them, when."""

    topic: str
    name: str
    contact: str
    hours: str


def classify(summary: str, intents: Iterable[str] = ()) -> str:
    """The topic of a hand-off: from the summary's words, else the conversation's intents."""
    lowered = summary.lower()
    for topic, pattern in _KEYWORDS:
        if re.search(pattern, lowered):
            return topic
    for intent in reversed(list(intents)):
        for topic, prefix in _INTENT_PREFIXES:
            if intent.startswith(prefix):
                return topic
    return "other"


@lru_cache(maxsize=4)
def load_desks(path: Path = DESKS_FILE) -> dict[str, Desk]:
    """Desks by topic; every topic must have one."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    desks = {topic: Desk(topic=topic, **fields) for topic, fields in raw["desks"].items()}
    missing = set(TOPICS) - set(desks)
    if missing:
        raise ValueError(f"{path} has no desk for: {', '.join(sorted(missing))}")
    return desks


def webhook_url(path: Path = DESKS_FILE) -> str | None:
    """Where new tickets are posted, if anywhere (environment first, then desks.yml)."""
    configured = yaml.safe_load(path.read_text(encoding="utf-8")).get("webhook_url") or None
    return os.environ.get("HELPDESK_WEBHOOK_URL") or configured


def route(topic: str) -> Desk:
    """The desk for a topic (the general desk for an unknown topic)."""
    desks = load_desks()
    return desks.get(topic, desks["other"])
