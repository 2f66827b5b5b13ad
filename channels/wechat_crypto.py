"""WeChat's safe mode (消息加解密): AES-256-CBC message encryption and ``msg_signature``.

The published algorithm (WXBizMsgCrypt): the key is the 43-character EncodingAESKey plus
"=", base64-decoded (32 bytes), the IV its first 16 bytes. The plaintext is 16 random
bytes, the message's length (4 bytes, network order), the message and the AppID, padded
PKCS#7-style to a multiple of 32 bytes. ``msg_signature`` is the SHA-1 of the sorted,
concatenated token, timestamp, nonce and ciphertext, so it covers the body.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
import struct
import time

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

BLOCK = 32


class CryptoError(ValueError):
    """A message that does not decrypt, or is not for this AppID."""


def msg_signature(token: str, timestamp: str, nonce: str, encrypted: str) -> str:
    """SHA-1 (hex) of the sorted, concatenated token, timestamp, nonce and ciphertext."""
    return hashlib.sha1("".join(sorted((token, timestamp, nonce, encrypted))).encode()).hexdigest()


class WeChatCrypto:
    """Encrypts and decrypts messages for one account (EncodingAESKey and AppID)."""

    def __init__(self, encoding_aes_key: str, app_id: str) -> None:
        """Keys from the admin console; ValueError if the EncodingAESKey is malformed."""
        key = base64.b64decode(encoding_aes_key + "=")
        if len(encoding_aes_key) != 43 or len(key) != 32:
            raise ValueError("the EncodingAESKey must be 43 characters (32 bytes)")
        self._key, self._iv, self.app_id = key, key[:16], app_id

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), modes.CBC(self._iv))

    def encrypt(self, message: str, random: bytes | None = None) -> str:
        """The base64 ciphertext of ``message``."""
        body = message.encode()
        plain = (random or os.urandom(16)) + struct.pack(">I", len(body)) + body
        plain += self.app_id.encode()
        pad = BLOCK - len(plain) % BLOCK
        encryptor = self._cipher().encryptor()
        sealed = encryptor.update(plain + bytes([pad]) * pad) + encryptor.finalize()
        return base64.b64encode(sealed).decode()

    def decrypt(self, encrypted: str) -> str:
        """The message in ``encrypted``; CryptoError if it is malformed or for another app."""
        try:
            decryptor = self._cipher().decryptor()
            plain = decryptor.update(base64.b64decode(encrypted)) + decryptor.finalize()
        except ValueError as error:
            raise CryptoError("not a ciphertext") from error
        pad = plain[-1] if plain else 0
        if not 1 <= pad <= BLOCK or len(plain) < 20 + pad:
            raise CryptoError("bad padding")
        content = plain[16:-pad]
        (length,) = struct.unpack(">I", content[:4])
        message, app_id = content[4 : 4 + length], content[4 + length :]
        if len(message) != length or not hmac.compare_digest(app_id, self.app_id.encode()):
            raise CryptoError("message is not for this AppID")
        try:
            return message.decode()
        except UnicodeDecodeError as error:
            raise CryptoError("message is not UTF-8") from error

    def seal(self, token: str, xml: str) -> str:
        """The safe-mode reply envelope for ``xml``: ciphertext, signature, timestamp, nonce."""
        timestamp, nonce = str(int(time.time())), secrets.token_hex(8)
        encrypted = self.encrypt(xml)
        signature = msg_signature(token, timestamp, nonce, encrypted)
        return (
            f"<xml><Encrypt><![CDATA[{encrypted}]]></Encrypt>"
            f"<MsgSignature><![CDATA[{signature}]]></MsgSignature>"
            f"<TimeStamp>{timestamp}</TimeStamp><Nonce><![CDATA[{nonce}]]></Nonce></xml>"
        )
