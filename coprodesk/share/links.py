"""The secrets in a shared meeting's links: made, found again after a restart, renewed.

A link's secret is ``HMAC-SHA256(key, nonce)`` cut to 192 bits, written as 32 URL-safe
characters. The nonce (128 random bits) and the SHA-256 of the secret are in the database
(``store.devices``); the key (256 random bits) is in a private file beside the database
(``<database>.share-key``, 0600), never in it. So:

- the app and ``coprodesk share`` print the same links again after a restart or a crash
  (printed cards keep working), from the nonce and the key;
- a copy of the database alone (a backup, a file sent to someone) opens no link: it holds
  hashes and nonces, and the key is not in it;
- a request's secret is hashed and looked up, then compared with ``hmac.compare_digest``
  (constant time); a malformed secret is refused before any lookup.

If the key file is lost, the old links cannot be printed again: they are revoked and new
ones made (``Links.renewed`` says so).
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import os
import re
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from coprodesk.domain.model import Meeting
from coprodesk.privacy import PRIVATE_FILE
from coprodesk.store import devices
from coprodesk.store.connection import Store
from coprodesk.store.devices import LinkRow

KEY_BYTES = 32
NONCE_BYTES = 16
SECRET_BYTES = 24  # 192 bits: 32 characters of base64url
SECRET_PATTERN = r"[A-Za-z0-9_-]{32}"
_SECRET = re.compile(SECRET_PATTERN)


@dataclass(frozen=True)
class Links:
    """A meeting's live secrets: the room's, and each participant's by id."""

    room: str
    people: dict[int, str] = field(default_factory=dict)
    renewed: bool = False  # old links were revoked because their key was gone


def key_path(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + ".share-key")


def _read_key(path: Path) -> bytes | None:
    try:
        text = path.read_text(encoding="ascii").strip()
    except (FileNotFoundError, UnicodeDecodeError):
        return None
    try:
        key = bytes.fromhex(text)
    except ValueError:
        return None
    return key if len(key) == KEY_BYTES else None


def load_key(db_path: Path) -> bytes:
    """The database's sharing key, made (0600, whole or not at all) on first use. Two
    programs making it at once agree on one: the second finds the first's file."""
    path = key_path(db_path)
    key = _read_key(path)
    if key is not None:
        return key
    key = secrets.token_bytes(KEY_BYTES)
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(8)}.tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    try:
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            fh.write(key.hex() + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        if path.exists():  # unreadable or damaged: replaced (its links are renewed)
            os.replace(temporary, path)
        else:
            with contextlib.suppress(FileExistsError):  # never over another program's key
                os.link(temporary, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
    found = _read_key(path)
    if found is None:
        raise OSError(f"{path}: the sharing key cannot be read back")
    return found


def secret_for(key: bytes, nonce: str) -> str:
    mac = hmac.new(key, bytes.fromhex(nonce), hashlib.sha256).digest()[:SECRET_BYTES]
    return base64.urlsafe_b64encode(mac).decode("ascii")


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("ascii")).hexdigest()


def _new(key: bytes) -> tuple[str, str, str]:
    """(secret, nonce, digest) of a new link."""
    nonce = secrets.token_hex(NONCE_BYTES)
    secret = secret_for(key, nonce)
    return secret, nonce, digest(secret)


def ensure_links(store: Store, meeting: Meeting, now_ms: int) -> Links:
    """The meeting's links: those made before, and new ones for the room and for each
    participant who has none yet (all written in one transaction)."""
    key = load_key(store.path)
    live = devices.live_links(store, meeting.id)
    renewed = False
    known: dict[int | None, str] = {}
    for row in live:
        secret = secret_for(key, row.nonce)
        if not hmac.compare_digest(digest(secret), row.token_hash):
            renewed = True  # made under a key that is gone: none of them can be printed
            break
        known.setdefault(row.participant_id, secret)
    if renewed:
        devices.revoke_links(store, meeting.id, now_ms)
        known = {}
    wanted: list[int | None] = [None, *(p.id for p in meeting.participants)]
    made = []
    for pid in wanted:
        if pid not in known:
            secret, nonce, hashed = _new(key)
            known[pid] = secret
            made.append((pid, nonce, hashed))
    if made:
        devices.add_links(store, meeting.id, made, now_ms)
    return Links(room=known[None], people={p.id: known[p.id] for p in meeting.participants},
                 renewed=renewed)


def renew_links(store: Store, meeting: Meeting, now_ms: int) -> Links:
    """Revoke every link of the meeting (printed cards stop working) and make new ones."""
    with store.write():
        devices.revoke_links(store, meeting.id, now_ms)
        return ensure_links(store, meeting, now_ms)


def resolve(store: Store, secret: str) -> LinkRow | None:
    """The live link ``secret`` opens, or None (malformed, unknown or revoked)."""
    if not isinstance(secret, str) or not _SECRET.fullmatch(secret):
        return None
    hashed = digest(secret)
    row = devices.link_by_hash(store, hashed)
    if row is None or not hmac.compare_digest(row.token_hash, hashed):
        return None
    return row
