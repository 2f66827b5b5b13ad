"""End to end in Chromium: the chat widget at /chat/ against the real servers.

Needs Debian's ``chromium`` and ``chromium-driver`` (``scripts/install_browser.sh``) and the
widget's npm packages (``npm ci`` in ``web/``); ``make test`` installs both.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import WebDriverWait

from scripts.servers import Servers
from tests.e2e.chromium import DESKTOP, PHONE

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOT = ROOT / "docs" / "chat-widget.png"
PHONE_SCREENSHOT = ROOT / "docs" / "chat-widget-phone.png"
AXE = ROOT / "web" / "node_modules" / "axe-core" / "axe.min.js"
REPLY_TIMEOUT = 60
BOT_MESSAGES = ".chat-message--bot"


class ChatPage:
    """The widget, as a user sees and uses it."""

    def __init__(self, driver: WebDriver, url: str) -> None:
        self.driver = driver
        self.url = url

    def open(self) -> None:
        """Load the page and wait until the session is confirmed."""
        self.driver.get(self.url)
        self.wait_connected()

    def wait_connected(self) -> None:
        """Wait until the Send button is enabled (the server confirmed the session)."""
        send = self.driver.find_element(By.ID, "chat-send")
        WebDriverWait(self.driver, 30).until(lambda _: send.is_enabled())

    def new_conversation(self) -> None:
        """Forget the stored conversation and start a new session."""
        self.driver.find_element(By.ID, "chat-reset").click()
        self.wait_connected()

    def bot_messages(self) -> list[WebElement]:
        """The bot's messages, oldest first."""
        return self.driver.find_elements(By.CSS_SELECTOR, BOT_MESSAGES)

    def transcript(self) -> list[str]:
        """Every message's text (without the speaker, which only screen readers get)."""
        bubbles = self.driver.find_elements(By.CSS_SELECTOR, ".chat-message .chat-bubble")
        return [bubble.text for bubble in bubbles]

    def wait_for_reply(self, after: int, containing: str) -> WebElement:
        """The first bot message after the first ``after`` ones that contains ``containing``."""

        def found(_: WebDriver) -> WebElement | None:
            newer = self.bot_messages()[after:]
            return next((m for m in newer if containing.lower() in m.text.lower()), None)

        return WebDriverWait(self.driver, REPLY_TIMEOUT).until(found, f"no {containing!r}")

    def ask(self, question: str, expect: str) -> WebElement:
        """Type ``question``, press Enter; the reply containing ``expect``."""
        before = len(self.bot_messages())
        field = self.driver.find_element(By.ID, "chat-input")
        field.send_keys(question, Keys.ENTER)
        return self.wait_for_reply(before, expect)

    def click_reply(self, title_part: str, expect: str) -> WebElement:
        """Click the suggested reply whose title contains ``title_part``; the answer."""
        before = len(self.bot_messages())
        buttons = self.driver.find_elements(By.CSS_SELECTOR, ".chat-reply")
        button = next(b for b in buttons if title_part.lower() in b.text.lower())
        button.click()
        return self.wait_for_reply(before, expect)

    def screenshot(self, size: tuple[int, int], path: Path, top: WebElement) -> None:
        """Resize the window, check nothing overflows sideways, save a screenshot.

        The conversation is scrolled to show ``top`` first.
        """
        self.driver.set_window_size(*size)
        self.driver.execute_script("arguments[0].scrollIntoView({block: 'start'})", top)
        width = self.driver.execute_script("return window.innerWidth")
        overflow = self.driver.execute_script(
            "return document.documentElement.scrollWidth - window.innerWidth"
        )
        assert width == size[0]
        assert overflow <= 0, f"the page scrolls sideways at {width} px"
        path.parent.mkdir(exist_ok=True)
        assert self.driver.save_screenshot(str(path))


def test_conversation_with_sources_and_buttons_survives_a_reload(
    servers: Servers, browser: WebDriver
) -> None:
    chat = ChatPage(browser, f"{servers.rasa_url}/chat/")
    chat.open()
    chat.new_conversation()

    answer = chat.ask("What are the requirements for an AI engineer in Qianhai?", "master")
    assert "master's degree" in answer.text
    source = answer.find_element(By.CSS_SELECTOR, ".chat-source")
    assert source.text.startswith("Source: Qianhai")
    assert len(answer.find_elements(By.CSS_SELECTOR, "ul li")) >= 3, "bullets shown as a list"
    assert "•" not in answer.text

    chat.ask("What does Category B give me?", "which one do you mean")
    reply = chat.click_reply("qualification list", "Category B")
    assert "source:" in reply.text.lower()
    before_reload = chat.transcript()
    assert "What are the requirements for an AI engineer in Qianhai?" in before_reload

    browser.refresh()
    chat.wait_connected()
    assert chat.transcript() == before_reload
    # The server kept the conversation too: a follow-up reuses the occupation.
    follow_up = chat.ask("is it in short supply?", "short supply")
    assert "extremely short supply" in follow_up.text.lower()

    origin = "{0.scheme}://{0.netloc}".format(urlsplit(servers.rasa_url))
    loaded = browser.execute_script(
        "return performance.getEntriesByType('resource').map(entry => entry.name)"
    )
    assert loaded, "the page loaded its assets"
    assert all(url.startswith(origin) for url in loaded), f"not same-origin: {loaded}"

    messages = browser.find_elements(By.CSS_SELECTOR, ".chat-message")
    chat.screenshot(PHONE, PHONE_SCREENSHOT, top=messages[0])
    chat.screenshot(DESKTOP, SCREENSHOT, top=messages[-2])


def test_numbered_steps_links_and_email_addresses(servers: Servers, browser: WebDriver) -> None:
    chat = ChatPage(browser, f"{servers.rasa_url}/chat/")
    chat.open()
    chat.new_conversation()
    steps = chat.ask("how do I apply for a professional title?", "upload")
    assert len(steps.find_elements(By.CSS_SELECTOR, "ol li")) >= 3
    link = steps.find_element(By.CSS_SELECTOR, "a[href^='https://www.rsj.sh.gov.cn/']")
    assert link.get_attribute("target") == "_blank"
    contacts = chat.ask("where is the qianhai workstation?", "Email")
    email = contacts.find_element(By.CSS_SELECTOR, "a[href^='mailto:']")
    assert email.get_attribute("href") == f"mailto:{email.text}"


def test_keyboard_only_use_and_wcag_aa(servers: Servers, browser: WebDriver) -> None:
    chat = ChatPage(browser, f"{servers.rasa_url}/chat/")
    chat.open()
    chat.new_conversation()
    field = browser.find_element(By.ID, "chat-input")
    assert browser.switch_to.active_element == field, "the input keeps the focus"

    chat.ask("What does Category B give me?", "which one do you mean")
    before = len(chat.bot_messages())
    # From the input, Shift+Tab reaches the last suggested reply; Enter chooses it.
    ActionChains(browser).key_down(Keys.SHIFT).send_keys(Keys.TAB).key_up(Keys.SHIFT).perform()
    focused = browser.switch_to.active_element
    assert "chat-reply" in focused.get_attribute("class")
    title = focused.text
    focused.send_keys(Keys.ENTER)
    chat.wait_for_reply(before, "Category B")
    assert title in chat.transcript()
    assert browser.switch_to.active_element == field, "the focus returns to the input"

    browser.execute_script(AXE.read_text())
    result = browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']})"
        ".then(r => done(r.violations.map(v => v.id + ': ' + v.help)));"
    )
    assert result == []
