"""The message catalogs, and replies made Chinese from the English ones."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from knowledge.answers import lists, qualifications
from knowledge.i18n import catalog, english_key, placeholders, translate_line
from knowledge.i18n.chinese_replies import chinese_button, chinese_name, chinese_reply, chinese_text
from knowledge.lookup import get_index
from knowledge.qa import dates
from knowledge.records import KnowledgeBase

ROOT = Path(__file__).resolve().parents[2]
CODE = "\n".join(
    path.read_text(encoding="utf-8")
    for folder in ("actions", "knowledge", "guard", "channels")
    for path in (ROOT / folder).rglob("*.py")
)
ENGLISH = catalog("en")["messages"]
CHINESE = catalog("zh")["messages"]


def test_both_catalogs_have_the_same_keys_and_placeholders() -> None:
    assert list(ENGLISH) == list(CHINESE)
    for key, template in ENGLISH.items():
        assert sorted(placeholders(CHINESE[key])) == sorted(placeholders(template)), key


def test_the_chinese_catalog_is_chinese() -> None:
    assert all(re.search(r"[\u4e00-\u9fff]", text) for text in CHINESE.values())


@pytest.mark.parametrize("key", list(ENGLISH))
def test_every_english_template_is_worded_so_in_the_code(key: str) -> None:
    """The code sends the template by its key, or words each of its sentences so (joined
    strings and f-strings are compared word by word): the catalog cannot drift."""
    if f'"{key}"' in CODE:
        return
    code_words = " ".join(re.findall(r"[\w'’]+", CODE))
    for piece in re.split(r"\{\w+\}|(?<=\.) ", ENGLISH[key]):
        words = " ".join(re.findall(r"[\w'’]+", piece))
        assert words in code_words, (key, piece)


def test_a_line_with_values_keeps_them() -> None:
    line = "Ticket #7 is with the Titles desk (titles@example.org, Mon-Fri 9-17). "
    line += "They will reply to jo@example.com."
    assert translate_line(line) == (
        "工单 #7 已转给Titles desk（titles@example.org，Mon-Fri 9-17）。"
        "他们会回复到 jo@example.com。"
    )


def test_a_value_that_is_a_catalog_line_is_translated_too() -> None:
    line = "The Shanghai catalog of urgently needed jobs (trial) doesn't state any fee, cost "
    line += "or charge."
    assert translate_line(line, chinese_name) == "上海急需外籍人才岗位目录没有说明任何费用或收费。"


def test_lines_not_in_the_catalog_are_left_alone() -> None:
    assert english_key("Category B gives a five-year multiple-entry visa.") is None


def test_a_quotation_names_its_document_in_chinese_and_keeps_the_english_words() -> None:
    text = (
        "The Qianhai high-demand occupations list 2020 says: “By 2020, there are 154,000 "
        "enterprises.”\nSource: Qianhai high-demand occupations list 2020 (4. Services)"
    )
    assert chinese_text(text, "action_qianhai_stats").split("\n") == [
        "前海外籍人才紧缺职业清单原文写道：“By 2020, there are 154,000 enterprises.”",
        catalog("zh")["frame"]["quote_note"],
        "来源：前海外籍人才紧缺职业清单（4. Services）",
    ]


def test_other_english_facts_get_the_actions_lead_in() -> None:
    # A job's name before its details gets its Chinese name too.
    text = "• Big data engineer: master's degree, 3 years\n"
    text += "Source: Qianhai high-demand occupations list 2020 (Table 1)"
    frame = catalog("zh")["frame"]
    assert chinese_text(text, "action_occupation_requirements").split("\n")[:2] == [
        frame["intros"]["action_occupation_requirements"],
        "• Big data engineer（大数据工程师）: master's degree, 3 years",
    ]


def test_a_line_with_its_own_lead_in_gets_it_whatever_the_action() -> None:
    text = "2 occupations on the Qianhai list in the modern logistics industry:\n"
    text += "• Supply chain management specialist: bachelor's degree"
    intro = chinese_text(text, "action_qianhai_stats").split("\n")[0]
    assert intro == next(iter(catalog("zh")["frame"]["line_intros"].values()))


def test_a_reply_fully_in_the_catalog_needs_no_quotation_note() -> None:
    reply = chinese_reply({"text": "Which category do you mean?"}, "action_qual_category")
    assert reply == {"text": "您指的是哪一类？"}


def test_buttons_get_chinese_titles_and_jobs_their_chinese_names() -> None:
    reply = chinese_reply(
        {
            "text": "Sorry, I'm not sure what you mean. Did you mean:",
            "buttons": [
                {"title": "Check my eligibility", "payload": "/check_eligibility"},
                {"title": "Actuary", "payload": '/inform{"occupation": "Actuary"}'},
                {"title": "Helpful", "payload": "/rate_answer"},
            ],
        },
        "action_clarify",
    )
    assert reply["text"] == "抱歉，我不太确定您的意思。您是想问："
    assert [b["title"] for b in reply["buttons"]] == [
        "核对我是否符合条件",
        "Actuary（精算师）",
        "有帮助",
    ]
    assert reply["buttons"][1]["payload"] == '/inform{"occupation": "Actuary"}'


def test_a_yes_or_no_comes_first_in_chinese() -> None:
    text = "Yes: you can apply for an intermediate title.\nSource: Shanghai qualification list 3.0"
    assert chinese_text(text, "action_eligibility_verdict").startswith("是的。\n")
    conditional = "Only if you also have at least one year of relevant work in Shanghai: you can"
    assert chinese_text(conditional, "action_eligibility_verdict").startswith("有条件：")
    no = "No, Interpreter is not on the Shanghai catalog.\nIt is on the Qianhai list, in row 3."
    assert (
        chinese_text(no, "action_on_list")
        == "Interpreter不在Shanghai catalog上。\n它在Qianhai list上，位置：row 3。"
    )
    assert not chinese_text("Nothing is said.", None).startswith(("是的", "不是"))


def test_how_a_period_stands_today_is_said_in_chinese_with_chinese_dates(
    kb: KnowledgeBase,
) -> None:
    line = dates.pilot_period_line(kb, "Does March 2024 fall in the pilot?", date(2026, 11, 23))
    assert chinese_text(line, None).split("\n") == [
        "是的，2024年3月在试点期内：文章说试点自2023年1月1日起实施，为期2年，至2024年12月31日。",
        "截至今天（2026年11月23日），这一期限已经结束；文章没有说期满之后怎样，也没有说是否"
        "延期，请向所在城市的主管部门确认。",
    ]


def test_which_category_is_meant_is_asked_in_chinese(kb: KnowledgeBase) -> None:
    question = qualifications.ambiguity_choices("B", kb)
    assert chinese_text(question.text, None).startswith("“B类”可能指两种东西")
    titles = [
        chinese_button({"title": title, "payload": ""})["title"] for title, _ in question.choices
    ]
    assert titles == ["上海境外职业资格证书认可清单B类", "工作许可B类"]


def test_a_job_on_no_list_is_said_so_in_chinese_with_the_lists_chinese_names(
    kb: KnowledgeBase,
) -> None:
    text = chinese_text(lists.on_list(kb, get_index(), "护士").text, "action_on_list")
    assert text.startswith("“护士”不在我所知道的任何清单上：上海急需外籍人才岗位目录的61个岗位")
    assert "前海外籍人才紧缺职业清单的50个职业" in text
    assert "英文" not in text  # nothing quoted: no note about the English version
