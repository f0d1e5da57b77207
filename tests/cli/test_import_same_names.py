"""import-turns matches speakers by name, the only thing a turn file has: when two people
in the meeting share that name, it refuses (one line, exit 2, nothing written) instead of
giving one person's turns to the other."""

from __future__ import annotations

import hashlib

from coprodesk.cli import main
from coprodesk.domain.model import Role
from coprodesk.store import meetings as repo


def test_turns_for_a_name_two_people_share_are_refused(store, tmp_path, capsys):
    mid = repo.create_meeting(store, "Same names")
    g = [x.id for x in repo.load_meeting(store, mid).groups]
    repo.add_participant(store, mid, "Sam Jones", g[0], named_in_minutes=False, pseudonym="Robin")
    repo.add_participant(store, mid, "Sam Jones", g[1], Role.CO_CHAIR)
    turns = tmp_path / "turns.csv"
    turns.write_text("start_s,end_s,speaker\n0,10,Carla Diaz\n10,20,Sam Jones\n", encoding="utf-8")
    with store.reading() as conn:
        before = hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()
    code = main(["--db", str(store.path), "import-turns", str(turns), "--meeting", str(mid)])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "two people in the meeting are called 'Sam Jones'" in err
    with store.reading() as conn:
        assert hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest() == before
    turns.write_text("start_s,end_s,speaker\n0,10,Carla Diaz\n", encoding="utf-8")
    assert main(["--db", str(store.path), "import-turns", str(turns), "--meeting", str(mid)]) == 0
