"""Which answer a free question gets: a refusal, "the documents don't say", or a quotation.

:func:`preempt` catches what must never reach a topic's structured answer (requests to
decline, questions the documents cannot answer); :func:`answer_freely` answers a question
no intent fits, from the passages, or says it is out of scope.
"""

from __future__ import annotations

import re
from datetime import date

from knowledge.answers import lists
from knowledge.answers.common import Answer
from knowledge.answers.contacts import publisher_number
from knowledge.chinese_names import mentioned_in_chinese
from knowledge.i18n.patterns import with_zh
from knowledge.lookup import get_index
from knowledge.passage_search import get_passage_index
from knowledge.qa import (
    dates,
    extractive,
    membership,
    named_qualifications,
    quote_notes,
    safety,
)
from knowledge.qa.contacts import who_to_ask
from knowledge.qa.documents import documents_named
from knowledge.qa.eligibility import asks_if_listed
from knowledge.qa.gap_answers import gap_answer
from knowledge.qa.gaps import missing_kind
from knowledge.qa.row_filters import filtered_rows
from knowledge.qa.stated_facts import occupation_in
from knowledge.records import KnowledgeBase, Provenance
from knowledge.search_terms import ASKS_NUMBER, ASKS_PERCENT
from knowledge.translation import asked_in_chinese, to_english, with_english

# Words that tie a question to the assistant's subject; without one and without a good
# passage, a question is out of scope.
_IN_SCOPE = with_zh(
    r"work|job|permit|visa|talent|qualif|title|degree|occupation|\blist|catalog|shanghai|"
    r"qianhai|shenzhen|china|chinese|foreign|employ|category|residen|pilot|certif|summit|"
    r"bachelor|master|doctor|phd|experience|recogni|apply|applica|eligib|requirement|trial|"
    r"six|cities|city|summit|report|article|notice",
    "router.in_scope",
)
# Only this much of a question is read (the Rasa server cuts longer messages too).
MAX_QUESTION_CHARS = 2000
# A quotation replaces a topic's structured answer when it covers this much more of the
# question (share of the question's weight).
QUOTE_MARGIN = 0.1
# For a topic whose structured answer is a summary (a category's services, the pilot's
# fields, the list's statistics), a quotation that covers the question as well wins.
SUMMARY_MARGIN = 0.0
# Shorter questions ("which of those are strategy-oriented?") lean on the conversation's
# context, which only the topic's answer uses: they keep it.
MIN_TERMS_TO_REPLACE = 4
_CONTEXT_CUE = re.compile(r"\s*\([^()]*\)\s*$")
_NUMBER = re.compile(r"\d[\d,.]*\d|\d")
# A question asking for several counts at once ("how many of each kind", "分别几个").
_SEVERAL_COUNTS = with_zh(r"\b(each|respectively|both)\b", "router.several_counts")
OUT_OF_SCOPE = (
    "Sorry, I can't help with that: I only answer questions about working in China from my "
    "documents: the Shanghai catalog of urgently needed jobs, the Shanghai lists of recognized "
    "overseas qualifications (the first list and 3.0, with professional titles), the six-city "
    "pilot for foreign talent and the Qianhai list of high-demand occupations."
)
CLOSEST = "I'm not sure my documents answer exactly that. The closest passage: "
NOT_FOUND = (
    "I couldn't find that in my documents, so I can't answer it reliably. Try asking about "
    "one thing at a time, or ask for a person."
)


def preempt(
    kb: KnowledgeBase, question: str, today: date | None = None, context: str = ""
) -> Answer | None:
    """A refusal, a "the documents don't say" answer or how a document's dates stand
    today, when the question calls for one. ``context``: the document a follow-up refers
    back to (see :func:`knowledge.qa.gaps.missing_kind`)."""
    screened = safety.screen(with_english(question[:MAX_QUESTION_CHARS]))
    note = f"{safety.ID_NOTE}\n" if screened.had_id_number else ""
    if screened.refusal is not None:
        return _refusal(kb, screened, note)
    gap = missing_kind(screened.text, context)
    if gap is not None:
        return gap_answer(kb, screened.text, gap, note)
    unnamed = named_qualifications.unnamed_asked(kb, screened.text)
    if unnamed:
        answer = named_qualifications.unnamed_answer(kb, unnamed)
        return Answer(note + answer.text, answer.sources)
    if safety.off_topic(screened.text):
        return Answer(note + OUT_OF_SCOPE)
    current = publisher_number(kb, screened.text) or _currency(
        kb, screened.text, today or date.today()
    )
    if current is not None:
        return Answer(note + current.text, current.sources)
    if note:
        found = answer_freely(kb, screened.text)
        return Answer(note + found.text, found.sources)
    return None


def answer_freely(kb: KnowledgeBase, question: str, today: date | None = None) -> Answer:
    """The rows of the Qianhai tables the question selects, the best quotation for it, or
    an out-of-scope or not-found reply."""
    question = question[:MAX_QUESTION_CHARS]
    screened = safety.screen(with_english(question))
    early = preempt(kb, question, today) or filtered_rows(kb, question)
    if early is not None:
        return early
    if "six_city_pilot" in documents_named(screened.text):
        line = dates.pilot_date_answer(kb, screened.text, today or date.today())
        if line:
            return Answer(line, _pilot_period(kb))
    english = to_english(screened.text)
    if asks_if_listed(screened.text):
        job = (
            occupation_in(english, get_index())
            or mentioned_in_chinese(question)
            or re.split(r"[,，。？?]", english)[0].strip()
        )
        if job:
            return lists.on_list(kb, get_index(), job)
    hits = get_passage_index().find(english, k=3)
    found = membership.listed_answer(kb, hits, question, english) or extractive.passage_answer(
        kb, hits, question=english
    )
    if found is not None:
        note = f"{safety.ID_NOTE}\n" if screened.had_id_number else ""
        return Answer(note + found.text + quote_notes.notes(kb, english, found), found.sources)
    if not _IN_SCOPE.search(screened.text):
        return Answer(OUT_OF_SCOPE)
    if extractive.plausible(hits):
        closest = extractive.quote(kb, extractive.chosen_passages(hits, english), CLOSEST)
        return Answer(closest.text + quote_notes.notes(kb, english, closest), closest.sources)
    return Answer(NOT_FOUND)


def better_quote(
    kb: KnowledgeBase,
    question: str,
    structured: str,
    clarifying: bool = False,
    margin: float = QUOTE_MARGIN,
    cited: tuple[str, ...] = (),
    answered: tuple[str, ...] = (),
) -> Answer | None:
    """A quotation that covers the question's specific words (those naming no document)
    clearly better than a topic's structured answer (its shown text given), or None: the
    structured answer then stands. When the topic only asks a clarifying question, or its
    answer is mainly from a document the question does not name (``cited``: the documents
    it cites, main one first; "the first list" asked, 3.0 answered), a plausible quotation
    is enough; so it is for a question naming a
    section's heading ("the basic requirements"), and for a follow-up ("their email?")
    whose context, the document the last answer cited, is none of the documents the
    topic's answer cites (``answered``)."""
    english = to_english(question[:MAX_QUESTION_CHARS])
    index = get_passage_index()
    context = _CONTEXT_CUE.search(english)
    context_docs = documents_named(context.group(0)) if context else []
    if context_docs and answered and not set(context_docs) & set(answered):
        hits = index.find(english, k=3)
        if hits and hits[0].passage.doc in context_docs and extractive.plausible(hits):
            return extractive.quote(kb, extractive.chosen_passages(hits, english))
    # A follow-up's own words count, not the document named for context ("... (Qianhai)").
    if len(index.query_terms(_CONTEXT_CUE.sub("", english))) < MIN_TERMS_TO_REPLACE:
        return _fact_left_out(kb, english, structured)
    hits = index.find(english, k=3)
    listed = membership.listed_answer(kb, hits, question, english)
    if listed is not None:
        return listed
    named = set(documents_named(english))
    other_document = bool(named and cited and cited[0] not in named)
    in_named = bool(hits) and hits[0].passage.doc in named
    if other_document and in_named and extractive.plausible(hits, in_named_document=True):
        return extractive.quote(kb, extractive.chosen_passages(hits, english))
    good_enough = extractive.plausible if clarifying or margin <= 0 else extractive.confident
    if not good_enough(hits):
        return None
    passages = extractive.chosen_passages(hits, english)
    if all(p.text in structured for p in passages):
        return None  # the topic's answer already says what the quotation would
    if set(context_docs) & set(answered) and passages[0].doc not in context_docs:
        return None  # a follow-up answered from its context's document keeps that answer
    quote = extractive.quote(kb, passages)
    # "What are the basic requirements": that section answers; but a count question keeps
    # a structured answer that states a count ("how many integrated circuit jobs").
    counted = bool(ASKS_NUMBER.search(english) and re.search(r"\d", structured))
    if hits[0].heading and not counted:
        return quote
    if counted and _counts_better(question, english, quote.render(), structured):
        return None
    asked = index.asked_for(english) | set(index.analyzer.terms(asked_in_chinese(question)))
    quoted_terms = set(index.analyzer.terms(quote.render()))
    if asked and asked <= set(index.analyzer.terms(structured)) and not asked & quoted_terms:
        return None  # "which cities": the topic's answer names them, the quotation doesn't
    if answered and not named and passages[0].doc not in answered:
        # A quotation from a document neither named nor answered from must do better.
        margin = max(margin, QUOTE_MARGIN)
    quoted = index.coverage(english, quote.render(), specific=True)
    if quoted < index.coverage(english, structured, specific=True) + margin:
        return None
    return quote


def _fact_left_out(kb: KnowledgeBase, english: str, structured: str) -> Answer | None:
    """For a short question naming its document, the passage of it that holds every word
    the question adds to the document's name, when the topic's answer uses none of them
    ("will a qualification be removed from the Shanghai list?": the list's overview never
    says "removed"); else None."""
    named = documents_named(english)
    if not named or ASKS_NUMBER.search(english):
        return None
    index = get_passage_index()
    hits = index.find(english, k=3)
    if not hits or hits[0].passage.doc not in named or hits[0].coverage < 1:
        return None
    specific = index.specific_terms(english, named)
    if not specific or specific & set(index.analyzer.terms(structured)):
        return None
    return extractive.quote(kb, extractive.chosen_passages(hits, english))


def _counts_better(question: str, english: str, quoted: str, structured: str) -> bool:
    """For a count question: whether the topic's answer gives every number the quotation
    gives (62 stated, 61 listed), or, asked several counts at once ("how many of each
    kind", "分别几个"), counts more of the question's words with a number ("21
    strategy-oriented") than the quotation does."""
    numbers = set(_NUMBER.findall(quoted))
    if numbers and numbers <= set(_NUMBER.findall(structured)):
        return True
    several = _SEVERAL_COUNTS.search(f"{question} {english}") and not ASKS_PERCENT.search(english)
    if not several:
        return False
    index = get_passage_index()
    wanted = set(index.query_terms(english))
    counts = [len(wanted & index.analyzer.counted(text)) for text in (quoted, structured)]
    return counts[0] < counts[1]


def _currency(kb: KnowledgeBase, question: str, today: date) -> Answer | None:
    """Whether the one document the question is about is current, when it asks that (and
    names no job, whose own entry would be the answer)."""
    docs = documents_named(question)
    if not docs or occupation_in(to_english(question), get_index()):
        return None
    return dates.currency_answer(kb, docs[0], question, today)


def noting_absent(kb: KnowledgeBase, question: str, found: Answer) -> Answer:
    """The quotation with a line naming what the question names and its document never
    mentions ("the Nobel Prize in Literature")."""
    english = to_english(question[:MAX_QUESTION_CHARS])
    return Answer(found.text + quote_notes.notes(kb, english, found), found.sources)


def _pilot_period(kb: KnowledgeBase) -> tuple[Provenance, ...]:
    """Where the article states the trial period."""
    return tuple(f.provenance for f in kb.pilot.facts if f.key == "trial_period")


def _refusal(kb: KnowledgeBase, screened: safety.Screened, note: str) -> Answer:
    text = note + safety.REFUSALS[screened.refusal]
    docs = documents_named(screened.text)
    lead = f"{text} What the documents say:\n"
    if screened.refusal is safety.Refusal.INJECTION:
        # The question an instruction wraps ("... then confirm that every holder gets X").
        asked = safety.question_left(screened.text)
        hits = get_passage_index().find(asked, k=3) if asked else []
        if extractive.plausible(hits) or extractive.confident(hits):
            note = f"{safety.INSTRUCTION_NOTE} What the documents say:\n"
            return extractive.quote(kb, extractive.chosen_passages(hits, asked), note)
    hits = get_passage_index().find(screened.text, k=3)
    related = extractive.passage_answer(kb, hits, lead=lead)
    if related is not None:
        return related
    return Answer(f"{text}\n{who_to_ask(kb, docs)}")
