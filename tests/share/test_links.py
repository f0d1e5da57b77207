"""A shared meeting's links: secrets of 192 bits, kept as hashes, found again after a
restart, refused when wrong, truncated or renewed, and never readable from the database."""

from __future__ import annotations

import stat
import time

from coprodesk.demo import create_demo
from coprodesk.share import links
from coprodesk.store import meetings as repo
from coprodesk.store.connection import open_store


def _planned(store):
    _closed, planned = create_demo(store)
    return repo.load_meeting(store, planned)


def test_a_link_for_the_room_and_one_for_each_person(store):
    meeting = _planned(store)
    made = links.ensure_links(store, meeting, 1_000)
    assert set(made.people) == {p.id for p in meeting.participants}
    secrets = [made.room, *made.people.values()]
    assert len(set(secrets)) == len(secrets)
    assert all(len(s) == 32 for s in secrets)  # 192 bits in base64url
    assert links.resolve(store, made.room).participant_id is None
    for pid, secret in made.people.items():
        row = links.resolve(store, secret)
        assert (row.meeting_id, row.participant_id) == (meeting.id, pid)


def test_the_database_holds_no_secret_and_the_key_is_private(store, db_path):
    meeting = _planned(store)
    made = links.ensure_links(store, meeting, 1_000)
    store.close()
    raw = b"".join(p.read_bytes() for p in db_path.parent.glob(db_path.name + "*")
                   if p != links.key_path(db_path))
    for secret in (made.room, *made.people.values()):
        assert secret.encode() not in raw
    assert stat.S_IMODE(links.key_path(db_path).stat().st_mode) == 0o600


def test_the_same_links_after_a_restart(store, db_path):
    meeting = _planned(store)
    made = links.ensure_links(store, meeting, 1_000)
    store.close()
    again = open_store(db_path)
    try:
        assert links.ensure_links(again, meeting, 2_000) == made
        assert links.resolve(again, made.people[meeting.participants[0].id]) is not None
    finally:
        again.close()


def test_wrong_truncated_and_changed_secrets_open_nothing(store):
    meeting = _planned(store)
    made = links.ensure_links(store, meeting, 1_000)
    secret = made.room
    flipped = ("A" if secret[5] != "A" else "B").join((secret[:5], secret[6:]))
    for wrong in (secret[:-1], secret + "A", flipped, secret.upper(), "", "../" * 11,
                  "x" * 32, secret[:16] + "\x00" * 16):
        assert links.resolve(store, wrong) is None, wrong


def test_renewing_revokes_every_old_link(store):
    meeting = _planned(store)
    old = links.ensure_links(store, meeting, 1_000)
    new = links.renew_links(store, meeting, 2_000)
    assert new.room != old.room and not set(new.people.values()) & set(old.people.values())
    assert all(links.resolve(store, s) is None for s in (old.room, *old.people.values()))
    assert all(links.resolve(store, s) is not None for s in (new.room, *new.people.values()))
    assert links.ensure_links(store, meeting, 3_000) == new


def test_a_lost_key_renews_the_links_and_says_so(store, db_path):
    meeting = _planned(store)
    old = links.ensure_links(store, meeting, 1_000)
    links.key_path(db_path).unlink()
    new = links.ensure_links(store, meeting, 2_000)
    assert new.renewed
    assert links.resolve(store, old.room) is None and links.resolve(store, new.room)


def test_a_person_added_later_gets_a_link_and_the_others_keep_theirs(store):
    meeting = _planned(store)
    old = links.ensure_links(store, meeting, 1_000)
    pid = repo.add_participant(store, meeting.id, "Noor Haddad", meeting.groups[0].id)
    meeting = repo.load_meeting(store, meeting.id)
    new = links.ensure_links(store, meeting, int(time.time() * 1000))
    assert new.room == old.room and {k: new.people[k] for k in old.people} == old.people
    assert links.resolve(store, new.people[pid]).participant_id == pid
