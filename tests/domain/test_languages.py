"""Every response of the domain exists in English and in Chinese."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

DOMAIN = Path(__file__).resolve().parents[2] / "domain"
RESPONSES = {
    name: variations
    for path in sorted(DOMAIN.glob("*.yml"))
    for name, variations in (yaml.safe_load(path.read_text(encoding="utf-8")) or {})
    .get("responses", {})
    .items()
}
CHINESE = re.compile(r"[\u4e00-\u9fff]")
ON_CHINESE = [{"type": "slot", "name": "language", "value": "zh"}]


def test_the_domain_has_responses() -> None:
    assert len(RESPONSES) >= 20


@pytest.mark.parametrize("name", sorted(RESPONSES))
def test_a_chinese_variation_on_the_language_slot_and_an_english_default(name: str) -> None:
    chinese = [v for v in RESPONSES[name] if v.get("condition") == ON_CHINESE]
    english = [v for v in RESPONSES[name] if "condition" not in v]
    assert len(chinese) == 1 and len(english) == 1, name
    assert CHINESE.search(chinese[0]["text"]) and not CHINESE.search(english[0]["text"])
    zh_buttons, en_buttons = chinese[0].get("buttons", []), english[0].get("buttons", [])
    assert [b["payload"] for b in zh_buttons] == [b["payload"] for b in en_buttons]
    assert all(CHINESE.search(b["title"]) for b in zh_buttons)
