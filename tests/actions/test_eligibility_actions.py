"""The eligibility form's validator and the verdict action."""

from __future__ import annotations

import asyncio

from rasa_sdk.executor import CollectingDispatcher

from actions.eligibility import ActionEligibilityVerdict, ValidateEligibilityForm, infer_programme
from tests.actions.conftest import run, slot_events, text_of, tracker


def required(slots: dict) -> list[str]:
    """The slots the validator requires for these slot values."""
    return asyncio.run(ValidateEligibilityForm().required_slots([], None, tracker(slots=slots), {}))


def test_required_slots_depend_on_the_programme():
    assert required({}) == ["programme"]
    assert required({"programme": "qianhai_list"}) == ["programme", "occupation", "degree", "years"]
    # The conditions are asked by the verdict itself, one at a time, not by the form.
    assert required({"programme": "shanghai_catalog"}) == [
        "programme",
        "occupation",
        "years",
        "degree",
    ]
    assert required({"programme": "professional_title"}) == ["programme", "degree", "years"]


def test_programme_is_inferred_from_an_occupation_on_one_list_only():
    assert infer_programme("am I eligible", "AI engineer") == "qianhai_list"
    assert infer_programme("am I eligible", "FPGA Technician") == "shanghai_catalog"
    assert infer_programme("am I eligible", "Actuary") is None
    assert infer_programme("which title can I get", None) == "professional_title"


def validate(slot: str, value: str, requested: str | None = None, events=None):
    """Run one validate_<slot> method; returns (messages, result)."""
    form = ValidateEligibilityForm()
    current = tracker(value, slots={"requested_slot": requested or slot}, events=events)
    dispatcher = CollectingDispatcher()
    result = getattr(form, f"validate_{slot}")(value, dispatcher, current, {})
    return dispatcher.messages, result


def test_degree_is_normalised_or_re_asked():
    assert validate("degree", "MSc")[1] == {"degree": "master's degree"}
    messages, result = validate("degree", "a nice hat")
    assert result == {"degree": None}
    assert "degree" in text_of(messages).lower()


def test_years_are_parsed_or_re_asked():
    assert validate("years", "three and a half years")[1] == {"years": "3.5"}
    messages, result = validate("years", "lots")
    assert result == {"years": None} and text_of(messages)


def test_an_answer_about_shanghai_years_does_not_overwrite_the_experience():
    earlier = [
        {"event": "slot", "name": "years", "value": "6"},
        {"event": "user", "text": "6 years"},
    ]
    _, result = validate("years", "2 years", requested="years_in_shanghai", events=earlier)
    assert result == {"years": "6"}


def test_verdict_for_qianhai_names_each_criterion_and_the_source():
    messages, events = run(
        ActionEligibilityVerdict(),
        tracker(
            slots={
                "programme": "qianhai_list",
                "occupation": "AI engineer",
                "degree": "master's degree",
                "years": "5",
            }
        ),
    )
    text = text_of(messages)
    assert "not eligible" in text.lower()
    assert "exactly 5" in text
    assert "Source:" in text
    assert slot_events(events) == {"topic": "eligibility", "degree": "master's degree"}


def test_verdict_for_titles_gives_the_highest_level():
    messages, _ = run(
        ActionEligibilityVerdict(),
        tracker(
            slots={
                "programme": "professional_title",
                "degree": "doctoral degree",
                "years": "2",
                "years_in_shanghai": "1",
                "holds_category_c": True,
            }
        ),
    )
    assert "associate senior" in text_of(messages).lower()


def test_a_correction_naming_two_degrees_keeps_the_one_stated():
    form, dispatcher = ValidateEligibilityForm(), CollectingDispatcher()
    current = tracker(
        "sorry, I mean I have a master's, not a bachelor", entities={"degree": "bachelor"}
    )
    assert form.validate_degree("bachelor", dispatcher, current, {}) == {
        "degree": "master's degree"
    }


def test_what_a_named_job_asks_for_is_answered_with_its_requirements():
    text = "do I need a master's to be a chip designer in Shanghai?"
    entities = {"degree": "master's", "occupation": "chip designer"}
    messages, events = run(ActionEligibilityVerdict(), tracker(text, "check_eligibility", entities))
    answer = text_of(messages)
    assert "Chip Designer is on the Shanghai catalog" in answer
    assert "at least two years' related work experience" in answer
    assert "says:" not in answer
    assert slot_events(events)["topic"] == "occupation_requirements"
