"""WeChat's customer-service message API, for answers slower than the passive-reply window.

An Official Account may send a user a text within 48 hours of the user's message:
``POST {base}/cgi-bin/message/custom/send?access_token=...``. The access token comes from
``GET {base}/cgi-bin/token`` with the AppID and AppSecret and is cached until shortly before
it expires. ``base`` is configurable ($WECHAT_API_BASE) so tests can use a local fake.
"""

from __future__ import annotations

import time

import aiohttp

DEFAULT_BASE = "https://api.weixin.qq.com"
EXPIRED_TOKEN_CODES = {40001, 40014, 42001}  # invalid or expired access token
TIMEOUT = aiohttp.ClientTimeout(total=10)


class WeChatApiError(RuntimeError):
    """WeChat answered with a non-zero ``errcode``."""


class CustomerServiceClient:
    """Sends text messages through the customer-service API of one account."""

    def __init__(self, app_id: str, app_secret: str, base_url: str = DEFAULT_BASE) -> None:
        """A client for the account ``app_id``; ``base_url`` without a trailing slash."""
        self.app_id, self._secret, self.base_url = app_id, app_secret, base_url.rstrip("/")
        self._token: str | None = None
        self._expires = 0.0

    async def _access_token(self, session: aiohttp.ClientSession, refresh: bool) -> str:
        if self._token and not refresh and time.monotonic() < self._expires:
            return self._token
        params = {"grant_type": "client_credential", "appid": self.app_id, "secret": self._secret}
        async with session.get(f"{self.base_url}/cgi-bin/token", params=params) as reply:
            body = await reply.json(content_type=None)
        if "access_token" not in body:
            raise WeChatApiError(f"no access token (errcode {body.get('errcode')})")
        self._token = body["access_token"]
        self._expires = time.monotonic() + int(body.get("expires_in", 7200)) - 300
        return self._token

    async def send_text(self, open_id: str, content: str) -> None:
        """Send ``content`` to the user ``open_id``; WeChatApiError if WeChat refuses."""
        message = {"touser": open_id, "msgtype": "text", "text": {"content": content}}
        async with aiohttp.ClientSession(timeout=TIMEOUT) as session:
            for refresh in (False, True):
                token = await self._access_token(session, refresh)
                url = f"{self.base_url}/cgi-bin/message/custom/send"
                async with session.post(url, params={"access_token": token}, json=message) as r:
                    body = await r.json(content_type=None)
                code = body.get("errcode", 0)
                if code == 0:
                    return
                if code not in EXPIRED_TOKEN_CODES:
                    break
        raise WeChatApiError(f"customer-service message refused (errcode {code})")
