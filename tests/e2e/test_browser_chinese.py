"""End to end in Chromium: the widget switched to Chinese gets Chinese answers with sources."""

from __future__ import annotations

from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver

from scripts.servers import Servers
from tests.e2e.test_browser import ChatPage


def choose(browser: WebDriver, language: str) -> None:
    """Click the widget's language switch."""
    browser.find_element(By.ID, f"chat-lang-{language}").click()


def test_the_switch_to_chinese_gives_chinese_labels_and_answers(
    servers: Servers, browser: WebDriver
) -> None:
    chat = ChatPage(browser, f"{servers.rasa_url}/chat/")
    chat.open()
    chat.new_conversation()

    choose(browser, "zh")
    assert browser.find_element(By.ID, "chat-send").text == "发送"
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "zh-CN"
    pressed = browser.find_element(By.ID, "chat-lang-zh").get_attribute("aria-pressed")
    assert pressed == "true"

    # Asked in English: the language chosen in the widget wins.
    answer = chat.ask("What are the requirements for an AI engineer in Qianhai?", "来源")
    assert "关于该职业的要求" in answer.text
    assert "master's degree" in answer.text, "the facts are the record's"
    assert "以中文原件为准" in answer.text
    source = answer.find_element(By.CSS_SELECTOR, ".chat-source")
    assert source.text.startswith("来源：前海外籍人才紧缺职业清单")
    # A long answer also gets "更多细节" (more detail) before the ratings.
    buttons = [b.text for b in answer.find_elements(By.CSS_SELECTOR, ".chat-reply")]
    assert buttons[-2:] == ["有帮助", "没帮上忙"]
    assert set(buttons[:-2]) <= {"更多细节"}

    choose(browser, "en")
    assert browser.find_element(By.ID, "chat-send").text == "Send"
    english = chat.ask("is it in short supply?", "Source:")
    assert "extremely short supply" in english.text.lower()
    assert "来源" not in english.text
