"""End to end in Chromium: the embed snippet on another website (another loopback origin).

The host site (``tests/e2e/hosts.py``) is allowed as ``http://localhost:<port>`` and refused
as ``http://127.0.0.1:<port>``; the assistant runs on ``http://127.0.0.1:<other port>``, so
the panel is a cross-site frame, as on a real host site. Its pages send the
Content-Security-Policy that the README gives host sites.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import WebDriverWait

from scripts.servers import Servers
from tests.e2e.chromium import DESKTOP, PHONE
from tests.e2e.host_page import HostPage
from tests.e2e.hosts import HostSite

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOT = ROOT / "docs" / "embed-host-page.png"
PHONE_SCREENSHOT = ROOT / "docs" / "embed-host-page-phone.png"
TITLE = "China talent assistant"
ACCENT = "rgba(11, 87, 164, 1)"


def fetch(url: str, referer: str | None = None) -> tuple[int, dict[str, str], str]:
    """GET ``url`` (with a ``Referer``): status, headers and body."""
    request = urllib.request.Request(url, headers={"Referer": referer} if referer else {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()


def connect_socketio(driver: WebDriver, assistant: str, transport: str) -> str:
    """From the current page, connect to the assistant's socket.io: 'connected' or the error."""
    return driver.execute_async_script(
        "const [url, transport, done] = arguments;"
        "const socket = io(url, {transports: [transport], reconnection: false});"
        "socket.on('connect', () => { socket.disconnect(); done('connected'); });"
        "socket.on('connect_error', (error) => done('refused: ' + error.message));",
        assistant,
        transport,
    )


def test_embedded_chat_follows_the_visitor_across_host_pages(
    servers: Servers, host_site: HostSite, browser: WebDriver
) -> None:
    page = HostPage(browser)
    page.open(f"{host_site.allowed_origin}/page-1.html")
    launcher = page.launcher
    assert launcher.accessible_name == f"Chat with {TITLE}"
    assert not page.is_open()
    # The host's `button {...!important}` rules do not reach the launcher, and it adds no
    # style sheet to the host page.
    assert launcher.value_of_css_property("background-color") == ACCENT
    assert launcher.value_of_css_property("position") == "fixed"
    assert browser.execute_script("return document.adoptedStyleSheets.length") == 0
    host_button = browser.find_element(By.CSS_SELECTOR, ".host-button")
    assert host_button.value_of_css_property("background-color") == "rgba(128, 0, 0, 1)"

    # Keyboard: Tab from the host's last control reaches the launcher; Enter opens the panel
    # and puts the focus in its message field.
    browser.execute_script("arguments[0].focus()", host_button)
    ActionChains(browser).send_keys(Keys.TAB).perform()
    assert browser.execute_script(
        "return document.activeElement.shadowRoot.activeElement === arguments[0]", launcher
    )
    ActionChains(browser).send_keys(Keys.ENTER).perform()
    page.wait_open()
    page.enter_panel()
    chat = page.chat
    assert browser.switch_to.active_element == browser.find_element(By.ID, "chat-input")
    assert browser.find_element(By.ID, "chat-title").text == TITLE

    answer = chat.ask("What are the requirements for an AI engineer in Qianhai?", "master")
    assert answer.find_element(By.CSS_SELECTOR, ".chat-source").text.startswith("Source: Qianhai")
    assert all(url.startswith(servers.rasa_url) for url in page.resources())

    # A reply that arrives while the panel is closed puts a dot on the launcher. Escape
    # closes the panel (before the reply comes) and returns the focus to the launcher.
    before = len(chat.bot_messages())
    browser.find_element(By.ID, "chat-input").send_keys(
        "What does Category B give me?", Keys.ENTER, Keys.ESCAPE
    )
    page.leave_panel()
    page.wait_open(False)
    WebDriverWait(browser, 60).until(lambda _: "new reply" in page.launcher.accessible_name)
    assert page.has_dot()
    assert browser.execute_script(
        "return document.activeElement.shadowRoot.activeElement === arguments[0]", page.launcher
    )
    page.launcher.click()
    page.wait_open()
    assert page.launcher.accessible_name == f"Chat with {TITLE}", "the dot goes when opened"
    assert not page.has_dot()
    page.enter_panel()
    chat.wait_for_reply(before, "which one do you mean")
    chat.click_reply("qualification list", "Category B")
    history = chat.transcript()

    # The host's other page: the panel is still open, with the same conversation, and the
    # server kept its context (a follow-up about the AI engineer).
    page.leave_panel()
    browser.find_element(By.LINK_TEXT, "Go to the other page").click()
    WebDriverWait(browser, 30).until(lambda _: browser.current_url.endswith("/page-2.html"))
    page.wait_open()
    page.enter_panel()
    assert chat.transcript() == history
    follow_up = chat.ask("is it in short supply?", "short supply")
    assert "extremely short supply" in follow_up.text.lower()
    history = chat.transcript()
    page.leave_panel()
    browser.refresh()
    page.wait_open()
    page.enter_panel()
    assert chat.transcript() == history

    assert page.axe_violations() == []
    page.leave_panel()
    assert page.axe_violations() == []
    loaded = page.resources()
    assert all(url.startswith((host_site.allowed_origin, servers.rasa_url)) for url in loaded)
    assert f"{servers.rasa_url}/chat/embed.js" in loaded
    assert browser.execute_script("return window.cspViolations") == []

    fits_phone(page, browser)
    page.enter_panel()
    messages = browser.find_elements(By.CSS_SELECTOR, ".chat-message")
    browser.execute_script("arguments[0].scrollIntoView({block: 'start'})", messages[0])
    page.leave_panel()
    PHONE_SCREENSHOT.parent.mkdir(exist_ok=True)
    assert browser.save_screenshot(str(PHONE_SCREENSHOT))
    browser.set_window_size(*DESKTOP)
    assert browser.save_screenshot(str(SCREENSHOT))

    # "New conversation" starts afresh inside the panel.
    page.enter_panel()
    chat.new_conversation()
    assert chat.transcript() == []
    chat.ask("What does Category B give me?", "which one do you mean")
    page.leave_panel()


def fits_phone(page: HostPage, browser: WebDriver) -> None:
    """At 360 px the panel and the launcher are inside the screen, nothing scrolls sideways."""
    browser.set_window_size(*PHONE)
    width, height = browser.execute_script("return [window.innerWidth, window.innerHeight]")
    assert width == PHONE[0]
    for element in (page.frame, page.launcher):
        box = element.rect
        assert box["x"] >= 0 and box["y"] >= 0
        assert box["x"] + box["width"] <= width and box["y"] + box["height"] <= height
    page.enter_panel()
    assert browser.execute_script(
        "return document.documentElement.scrollWidth <= window.innerWidth"
    ), "the panel scrolls sideways"
    page.leave_panel()


def test_other_origins_get_no_embed_and_no_connection(
    servers: Servers, host_site: HostSite, browser: WebDriver
) -> None:
    embed = f"{servers.rasa_url}/chat/embed.js"
    refused, allowed = host_site.refused_origin, host_site.allowed_origin
    status, headers, body = fetch(embed, referer=f"{refused}/page-1.html")
    assert status == 403
    assert body.startswith(f"{refused} may not embed this assistant")
    assert "ASSISTANT_ALLOWED_ORIGINS" in body
    assert fetch(embed, referer=f"{allowed}/page-1.html")[0] == 200
    assert fetch(embed)[0] == 200, "without a Referer, the frame's policy decides"
    status, _, body = fetch(f"{servers.rasa_url}/chat/?embed=1&host={refused}")
    assert status == 403
    assert body.startswith(f"{refused} may not embed this assistant")
    status, headers, _ = fetch(f"{servers.rasa_url}/chat/")
    assert headers["Content-Security-Policy"] == (
        f"default-src 'self'; frame-ancestors 'self' {allowed}"
    )

    # The snippet on a page of a refused origin shows nothing.
    browser.get(f"{refused}/page-1.html")
    assert HostPage(browser).launchers() == []

    # A frame that claims an allowed host is blocked by the browser (frame-ancestors): no
    # chat page, hence no connection.
    browser.execute_async_script(
        "const [src, done] = arguments;"
        "const frame = document.createElement('iframe');"
        "frame.onload = () => done(); frame.src = src; document.body.append(frame);",
        f"{servers.rasa_url}/chat/?embed=1&host={allowed}",
    )
    browser.switch_to.frame(browser.find_element(By.TAG_NAME, "iframe"))
    assert browser.find_elements(By.ID, "chat-input") == []
    browser.switch_to.default_content()

    # socket.io itself refuses the refused origin, over polling and WebSocket alike.
    browser.get(f"{refused}/direct.html")
    for transport in ("polling", "websocket"):
        assert connect_socketio(browser, servers.rasa_url, transport).startswith("refused")
    browser.get(f"{allowed}/direct.html")
    for transport in ("polling", "websocket"):
        assert connect_socketio(browser, servers.rasa_url, transport) == "connected"
