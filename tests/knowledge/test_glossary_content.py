"""The glossary's content words: Chinese terms give the documents' English, and Chinese
questions about one sentence of a document find it through the keyword translation."""

from __future__ import annotations

import pytest

from knowledge.passage_search import get_passage_index
from knowledge.qa.extractive import chosen_passages
from knowledge.source_index import load_sources
from knowledge.translation import to_english

DOC_KEYS = {source.file[:3]: key for key, source in load_sources().items()}


@pytest.mark.parametrize(
    ("chinese", "english"),
    [
        ("专家回归调查", "expert regression survey"),
        ("数据来自", "data come from"),
        ("纳税记录", "tax-payment records"),
        ("船舶与海洋工程", "ship and marine engineering"),
        ("薪酬设计", "remuneration design"),
        ("职业培训", "training"),
        ("更严重", "severer short supply"),
        ("应聘者", "candidates"),
        ("视同", "equivalent"),
        ("工程技术类职称", "engineering and technical titles"),
        ("技术创新投资专员", "Technological innovation investment specialist"),
        ("海洋空间科学技术专员", "Marine space science and technology specialist"),
    ],
)
def test_content_words_become_the_documents_wording(chinese: str, english: str) -> None:
    assert to_english(chinese) == english


def test_salary_stays_apart_from_remuneration_schemes() -> None:
    # 薪酬 alone asks a salary (no document states one); 薪酬方案 is 004's wording.
    assert to_english("薪酬") == "salary"
    assert to_english("薪酬方案") == "remuneration schemes"


@pytest.mark.parametrize(
    ("question", "doc", "contains"),
    [
        ("前海紧缺职业报告采用了什么研究方法？", "004", "questionnaire surveys, expert regression"),
        ("前海那份报告的数据来自哪里？", "004", "statistics of questionnaire responses"),
        ("前海哪些行业的人才短缺更严重？", "004", "will face severer short supply"),
        ("前海企业最看重应聘者的什么能力？", "004", "pay more attention to the ability"),
        ("前海调研对象包括多少家企业？", "004", "more than 1,500 enterprises registered"),
        ("申请工程技术类职称对学历专业有什么要求？", "002", "degree in science or engineering"),
        ("境外工作经历能不能视同国内工作经历？", "002", "equivalent to domestic work experience"),
    ],
)
def test_chinese_questions_find_the_sentence(question: str, doc: str, contains: str) -> None:
    english = to_english(question)
    hits = get_passage_index().find(english, k=3)
    seen = [(h.passage.doc, f"{h.passage.text} {h.passage.lead}") for h in hits]
    seen += [(p.doc, p.text) for p in chosen_passages(hits, english)]
    assert any(d == DOC_KEYS[doc] and contains in text for d, text in seen), (english, seen)


@pytest.mark.parametrize(
    ("chinese", "english"),
    [("多少个岗位", "how many jobs"), ("什么时候", "when"), ("各占多大比例", "what percentage")],
)
def test_chinese_question_words_become_english_ones(chinese: str, english: str) -> None:
    assert to_english(chinese) == english
