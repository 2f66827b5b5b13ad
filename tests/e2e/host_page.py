"""The embed snippet on a host site's page, as a user meets it: the launcher and the panel."""

from __future__ import annotations

from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import WebDriverWait

from tests.e2e.test_browser import AXE, ChatPage

WCAG_AA = "{runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'], iframes: false}"


class HostPage:
    """A host site's page with the snippet: the launcher and the panel, as a user meets them."""

    def __init__(self, driver: WebDriver) -> None:
        self.driver = driver
        self.chat = ChatPage(driver, "")

    def open(self, url: str) -> None:
        """Load the page and wait for the launcher."""
        self.driver.get(url)
        WebDriverWait(self.driver, 30).until(lambda _: self.launchers())

    def launchers(self) -> list[WebElement]:
        """The launcher buttons on the page (none where the embed was refused)."""
        return self.driver.execute_script(
            "const host = document.querySelector('china-talent-chat');"
            "return host ? [...host.shadowRoot.querySelectorAll('button')] : [];"
        )

    @property
    def launcher(self) -> WebElement:
        """The launcher button."""
        return self.launchers()[0]

    @property
    def frame(self) -> WebElement:
        """The panel's iframe."""
        return self.driver.execute_script(
            "return document.querySelector('china-talent-chat').shadowRoot.querySelector('iframe')"
        )

    def is_open(self) -> bool:
        """Whether the panel shows (the launcher says so too)."""
        expanded = self.launcher.get_attribute("aria-expanded") == "true"
        assert expanded == self.frame.is_displayed()
        return expanded

    def has_dot(self) -> bool:
        """Whether the launcher shows the unread dot."""
        return self.driver.execute_script(
            "const host = document.querySelector('china-talent-chat');"
            "return !host.shadowRoot.querySelector('.dot').hidden;"
        )

    def wait_open(self, value: bool = True) -> None:
        """Wait until the page has the launcher and the panel is open (or closed)."""
        WebDriverWait(self.driver, 30).until(lambda _: self.launchers() and self.is_open() == value)

    def enter_panel(self) -> None:
        """Switch the driver into the panel and wait until its session is confirmed."""
        self.driver.switch_to.frame(self.frame)
        self.chat.wait_connected()

    def leave_panel(self) -> None:
        """Switch the driver back to the host page."""
        self.driver.switch_to.default_content()

    def resources(self) -> list[str]:
        """The URLs the current document loaded."""
        return self.driver.execute_script(
            "return performance.getEntriesByType('resource').map(entry => entry.name)"
        )

    def axe_violations(self) -> list[str]:
        """axe-core's WCAG 2.1 A/AA violations in the current document."""
        self.driver.execute_script(AXE.read_text())
        return self.driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            f"axe.run(document, {WCAG_AA})"
            ".then(r => done(r.violations.map(v => v.id + ': ' + v.help)));"
        )
