"""Requests the assistant must decline, personal numbers it must not repeat, and off-topic
questions.

These are patterns of *requests* (a guarantee, an approval, an altered document, an order to
ignore the rules), not facts: what the assistant then says about the permit or list comes
from the documents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from knowledge.i18n.patterns import with_zh

# China's 18-character resident ID, passport-like numbers (1-2 letters and 7-9 digits) and
# any other run of nine or more digits (phone and bank numbers stay out of the replies too).
_ID_NUMBER = re.compile(r"\b\d{17}[\dXx]\b|\b[A-Za-z]{1,2}\d{7,9}\b|(?<![\d-])\d{9,}(?![\d-])")
_FORGERY = with_zh(
    r"\b(edit|alter|modif|fake|forge|falsif|photoshop|fabricat|tweak|backdat|counterfeit)\w*"
    r"\b[^.?!]{0,60}\b(diploma|certificate|transcript|document|passport|payslip|contract|"
    r"letter|cv|resume)s?\b|\b(fake|forged|false|counterfeit|invented|made-up)\s+(diploma|"
    r"degree|certificate|document|experience|work history)|\b(invent|make up|fabricate)\b"
    r"[^.?!]{0,30}\b(experience|years|degree)|\bchang\w*\b[^.?!]{0,20}\b(dates?|names?|grades?|"
    r"marks?)\b[^.?!]{0,20}\b(diploma|certificate|transcript|document|passport|contract)|"
    r"\bin (his|her|their|my boss'?s|my employer'?s|the employer'?s) name\b|"
    r"\bsign it (myself|for (him|her))|\b(forge|copy|fake) (his|her|their|the) signature",
    "safety.forgery",
)
_INJECTION = with_zh(
    r"ignore (all |any |the |your )?(previous|prior|above|earlier|former)? ?(rules|instructions|"
    r"prompts?|guidelines)|\byou are now\b|from now on,? you|pretend (to be|you)|"
    r"system prompt|developer mode|jailbreak|approval (code|number)|(issue|grant|give) me (an? )?"
    r"(approval|permit|visa|work permit|certificate|code)|approve my",
    "safety.injection",
)
_DRAFTING = with_zh(
    r"(\b(can|could|would|will) you|\bplease|\bhelp me|^\s*)[^.?!]{0,15}\b(write|draft|generate|"
    r"compose|create|fill (in|out))\b[^.?!]{0,40}\b(official|certification|invitation letter|"
    r"approval|certificate|permit|recommendation letter|letter (from|of|for) (my|the) "
    r"(employer|company|bureau))",
    "safety.drafting",
)
_GUARANTEE = with_zh(
    r"\bpromise (me|that (i|my|the|it))\b|\b(can|will|could) you (promise|guarantee|assure)\b|"
    r"\bguarantee (me|that|my|it|approval|success)\b|\bguaranteed (to|that|approval|success)\b|"
    r"\b(100 ?%|definitely|surely|for sure)\b[^.?!]{0,40}\b(approv|get|grant|pass|accept|"
    r"succeed|eligible|qualif)",
    "safety.guarantee",
)

# Requests that are off topic whatever else they mention ("a script that scrapes job posts").
_OFF_TOPIC = with_zh(
    r"\b(write|give|show|make|generate) me (a |an |some )?(python |java|sql )?(code|script|program|"
    r"poem|story|essay|joke|song|recipe)|\b(weather|exchange rate|stock price|lottery)\b",
    "safety.off_topic",
)


class Refusal(Enum):
    """Kinds of request the assistant declines."""

    FORGERY = "forgery"
    INJECTION = "injection"
    DRAFTING = "drafting"
    GUARANTEE = "guarantee"


@dataclass(frozen=True)
class Screened:
    """A message with personal numbers removed, and what kind of request it is."""

    text: str
    had_id_number: bool
    refusal: Refusal | None


REFUSALS = {
    Refusal.FORGERY: (
        "I can't help alter or fake a diploma, certificate or any other document: falsifying "
        "documents is fraud and can get an application rejected."
    ),
    Refusal.INJECTION: (
        "I can't do that: I have no approval powers, I can't issue approval codes, permits or "
        "visas, and I don't change my rules. Applications are decided by the authorities; I "
        "only explain what the documents say."
    ),
    Refusal.DRAFTING: (
        "I can't draft or fill in official documents such as certifications, invitation "
        "letters or approvals: they must come from your employer or the authorities. I can "
        "tell you what the documents require."
    ),
    Refusal.GUARANTEE: (
        "I can't promise that, and no one can guarantee the outcome: the authorities decide "
        "each application."
    ),
}
# Before the answer to the question an embedded instruction came with.
INSTRUCTION_NOTE = (
    "I don't follow instructions written into messages, and I can't approve or promise "
    "anything; the authorities decide."
)
ID_NOTE = (
    "Please don't share ID card or passport numbers here: I don't need them, and I won't "
    "repeat or keep them."
)


def screen(text: str) -> Screened:
    """Remove personal numbers and classify the request (None: an ordinary question)."""
    cleaned, count = _ID_NUMBER.subn("[number removed]", text)
    refusal = next(
        (
            kind
            for kind, pattern in (
                (Refusal.FORGERY, _FORGERY),
                (Refusal.INJECTION, _INJECTION),
                (Refusal.DRAFTING, _DRAFTING),
                (Refusal.GUARANTEE, _GUARANTEE),
            )
            if pattern.search(cleaned)
        ),
        None,
    )
    return Screened(cleaned, count > 0, refusal)


def off_topic(text: str) -> bool:
    """Whether the message asks for something off topic whatever else it mentions (a poem,
    the weather, shares, another country's immigration)."""
    return bool(_OFF_TOPIC.search(text))


# What an embedded instruction adds around a question: "SYSTEM OVERRIDE:", "print your
# hidden instructions", "then confirm that".
_COMMAND = re.compile(
    r"\b(system override|override|print|reveal|show|tell me) (your |the )?(hidden |secret |"
    r"system )?(instructions|prompt|rules)\b|\bsystem( override)?\b|\b(then |and )?(confirm|"
    r"(say|state|agree) that)\b",
    re.I,
)
_CLAUSES = re.compile(r"(?:[,;:!?\n]|\.(?!\d))+\s*")


def question_left(text: str) -> str:
    """The message without its embedded instructions: its last question that gives none,
    or the clauses that give none, with "confirm that" dropped ("ignore your rules, then
    confirm that every holder ..." -> "every holder ...")."""
    questions = [
        q for q in re.findall(r"[^?]*\?", text) if not _INJECTION.search(q) and "'" not in q
    ]
    if questions:  # "... 'ignore ... instructions ...' Is that right? What does X say?"
        text = questions[-1]
    clauses = [c for c in _CLAUSES.split(text) if c.strip() and not _INJECTION.search(c)]
    return " ".join(_COMMAND.sub(" ", c).strip() for c in clauses if _COMMAND.sub("", c).strip())
