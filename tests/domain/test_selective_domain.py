"""Rasa sends the domain only to the form validators, which read their slots from it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rasa.core.actions.action import RemoteAction
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import read_endpoint_config

ROOT = Path(__file__).resolve().parents[2]
DOMAIN = Domain.load(str(ROOT / "domain"))
VALIDATORS = {"validate_eligibility_form", "validate_handoff_form"}


@pytest.mark.parametrize("endpoints", ["endpoints.yml", "cluster/endpoints.yml"])
@pytest.mark.parametrize(
    "action", ["action_occupation_requirements", "action_create_ticket", *sorted(VALIDATORS)]
)
def test_only_the_form_validators_get_the_domain(
    endpoints: str, action: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for variable in set(re.findall(r"\$\{(\w+)\}", (ROOT / endpoints).read_text())):
        monkeypatch.setenv(variable, "http://127.0.0.1:5055/webhook")
    endpoint = read_endpoint_config(str(ROOT / endpoints), "action_endpoint")
    tracker = DialogueStateTracker("someone", DOMAIN.slots)
    call = RemoteAction(action, endpoint)._action_call_format(tracker, DOMAIN)
    assert ("domain" in call) == (action in VALIDATORS)
    if action in VALIDATORS:
        assert action.removeprefix("validate_") in call["domain"]["forms"]


def test_every_form_has_its_validator_marked() -> None:
    assert {f"validate_{form}" for form in DOMAIN.forms} == VALIDATORS
    assert set(DOMAIN._actions_which_explicitly_need_domain) == VALIDATORS
