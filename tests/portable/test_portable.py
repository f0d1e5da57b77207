"""Portable meeting files: round trips, refusals with JSON paths, conflicts, recomputation."""

from __future__ import annotations

import copy
import hashlib
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coprodesk.cli import main
from coprodesk.demo import create_demo
from coprodesk.domain import decisions as rules
from coprodesk.domain.model import ActionStatus, HandKind, ItemKind, QueuePolicy, Role
from coprodesk.domain.report import build_report
from coprodesk.portable import InvalidMeetingFile
from coprodesk.portable.export import meeting_to_dict
from coprodesk.portable.importer import MeetingExists, import_meeting, schema
from coprodesk.store import meetings as repo
from coprodesk.store.connection import open_store
from coprodesk.store.series import record_update
from coprodesk.store.signing import record_signature, reopen_for_correction

NOW = 1_780_000_000_000


def without_ids(value):
    if isinstance(value, dict):
        return {k: without_ids(v) for k, v in value.items() if k != "id"}
    if isinstance(value, list):
        return [without_ids(v) for v in value]
    return value


def db_digest(path) -> str:
    store = open_store(path)
    with store.reading() as conn:
        dump = "\n".join(conn.iterdump())
    store.close()
    return hashlib.sha256(dump.encode()).hexdigest()


def rich_demo(store) -> tuple[int, int]:
    """The demo plus what the demo lacks: a second round, an override, an update about a
    carried action, a signature and an amendment."""
    closed, planned = create_demo(store)
    meeting = repo.load_meeting(store, closed)
    with store.write() as conn:
        d = meeting.decisions[1]
        rid = conn.execute("INSERT INTO rounds (decision_id, number, proposal) VALUES (?, 2, ?)",
                           [d.id, "Amended: run the pilot in three surgeries"]).lastrowid
        for p in meeting.counted:
            conn.execute("INSERT INTO stances (round_id, participant_id, option, reason)"
                         " VALUES (?,?,?,?)", [rid, p.id, "support", ""])
        conn.execute("UPDATE decisions SET override_outcome = 'deferred', override_reason = ?"
                     " WHERE id = ?", ["Wait for the budget", meeting.decisions[0].id])
    record_update(store, meeting.actions[0].id, planned, ActionStatus.DONE,
                  "The letter went on 20 March", NOW)
    record_signature(store, closed, "Jo Fischer", "Jo Fischer", NOW, "ab" * 32)
    reopen_for_correction(store, closed, "A typo in the notes", NOW + 1)
    return closed, planned


def test_demo_meetings_round_trip_byte_for_byte_with_the_same_report(tmp_path, store):
    ids = rich_demo(store)
    first = [meeting_to_dict(store, i) for i in ids]
    reports = [build_report(repo.load_meeting(store, i), NOW) for i in ids]
    other = open_store(tmp_path / "empty.db")
    # the signature's minutes verified (their certified revision's SHA-256 is the record's)
    new_ids = [import_meeting(other, json.loads(json.dumps(doc)), verified={"ab" * 32}
                              ).meeting_id for doc in first]
    again = [meeting_to_dict(other, i) for i in new_ids]
    assert json.dumps(again, indent=2) == json.dumps(first, indent=2)
    assert [without_ids(build_report(repo.load_meeting(other, i), NOW)) for i in new_ids] == \
        [without_ids(r) for r in reports]
    assert again[1]["action_updates"][0]["note"] == "The letter went on 20 March"
    assert again[0]["amendments"][0]["reason"] == "A typo in the notes"
    assert len(again[0]["decisions"][1]["rounds"]) == 2


def test_derived_figures_in_a_file_are_recomputed_not_trusted(tmp_path, store):
    closed, _ = create_demo(store)
    doc = meeting_to_dict(store, closed)
    assert doc["decisions"][0]["derived"]["joint"] is False
    doc["decisions"][0]["derived"] = {"outcome": "agreed", "joint": True, "not_endorsed_by": []}
    other = open_store(tmp_path / "other.db")
    mid = import_meeting(other, doc).meeting_id
    report = build_report(repo.load_meeting(other, mid), NOW)
    assert report["decisions"][0]["joint"] is False
    assert report["decisions"][0]["not_endorsed_by"] == ["Lived experience"]
    assert meeting_to_dict(other, mid)["decisions"][0]["derived"]["joint"] is False


def broken(doc, change):
    doc = copy.deepcopy(doc)
    change(doc)
    return doc


@pytest.fixture
def demo_doc(store):
    closed, _ = create_demo(store)
    return meeting_to_dict(store, closed)


def _set(path, value):
    def change(doc):
        target = doc
        for part in path[:-1]:
            target = target[part]
        target[path[-1]] = value
    return change


def _overlap(doc):
    doc["turns"][1]["start"] = doc["turns"][0]["start"]


def _absent_stance(doc):
    doc["people"][2]["apologies"] = True


@pytest.mark.parametrize(("change", "expected"), [
    (_set(["agenda", 3, "planned_s"], -5), "agenda[3].planned_s: must be ≥ 0"),
    (_set(["agenda", 0, "planned_s"], "ten minutes"), "agenda[0].planned_s: must be a whole number"),
    (_set(["people", 1, "group"], "G9"), "people[1].group: unknown group 'G9'"),
    (_set(["people", 0, "named_in_minutes"], "yes"), "people[0].named_in_minutes: must be true or false"),
    (_overlap, "turns[1]: overlaps turns[0]"),
    (_absent_stance, "sent apologies and was absent"),
    (_set(["decisions", 0, "rounds", 0, "stances", 0, "option"], "maybe"),
     "decisions[0].rounds[0].stances[0].option: 'maybe' is not an option of majority"),
    (_set(["turns", 0, "person"], "P99"), "turns[0].person: unknown person 'P99'"),
    (_set(["format_version"], 3), "format_version: the file was written by a newer CoProDesk"),
    (_set(["meeting", "status"], "archived"), "meeting.status: must be one of"),
])
def test_each_kind_of_damage_is_refused_with_its_path_and_nothing_changes(
        tmp_path, demo_doc, change, expected):
    target = tmp_path / "target.db"
    open_store(target).close()
    before = db_digest(target)
    store = open_store(target)
    with pytest.raises(InvalidMeetingFile) as refused:
        import_meeting(store, broken(demo_doc, change))
    store.close()
    assert any(expected in p for p in refused.value.problems), refused.value.problems
    assert db_digest(target) == before


def test_a_truncated_file_and_every_problem_at_once_through_the_command_line(
        tmp_path, demo_doc, capsys):
    full = json.dumps(demo_doc)
    (tmp_path / "cut.json").write_text(full[: len(full) // 2])
    db = str(tmp_path / "m.db")
    assert main(["--db", db, "import", str(tmp_path / "cut.json")]) == 2
    assert "is the file truncated?" in capsys.readouterr().err
    bad = broken(demo_doc, _set(["agenda", 1, "planned_s"], -1))
    bad["people"][0]["role"] = "chair"
    (tmp_path / "bad.json").write_text(json.dumps(bad))
    assert main(["--db", db, "import", str(tmp_path / "bad.json")]) == 2
    err = capsys.readouterr().err
    assert "agenda[1].planned_s: must be ≥ 0" in err and "people[0].role: must be one of" in err
    assert main(["--db", db, "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_conflicts_fail_by_default_then_copy_or_replace(tmp_path, store, capsys):
    closed, _ = create_demo(store)
    path = tmp_path / "m.json"
    assert main(["--db", str(store.path), "export", str(closed), "--format", "json",
                 "-o", str(path)]) == 0
    with pytest.raises(MeetingExists):
        import_meeting(store, json.loads(path.read_text()))
    assert main(["--db", str(store.path), "import", str(path)]) == 2
    assert "already in this database" in capsys.readouterr().err
    assert main(["--db", str(store.path), "import", str(path), "--on-conflict", "copy"]) == 0
    titles = [m.title for m in repo.list_meetings(store)]
    assert titles.count("Spring workshop") == 2
    assert main(["--db", str(store.path), "import", str(path), "--on-conflict", "replace"]) == 0
    assert [m.title for m in repo.list_meetings(store)].count("Spring workshop") == 2


def test_batch_json_export_writes_every_closed_meeting(tmp_path, store, capsys):
    create_demo(store)
    out = tmp_path / "archive"
    assert main(["--db", str(store.path), "export", "--all", "--format", "json",
                 "--out-dir", str(out)]) == 0
    files = list(out.glob("2026-*.json"))
    assert len(files) == 1
    assert json.loads(files[0].read_text())["meeting"]["title"] == "Spring workshop"


def test_the_schema_knows_every_value_the_domain_has():
    defs = schema()["properties"]
    assert set(defs["people"]["items"]["properties"]["role"]["enum"]) == {str(r) for r in Role}
    assert set(defs["agenda"]["items"]["properties"]["kind"]["enum"]) == {str(k) for k in ItemKind}
    assert set(defs["hands"]["items"]["properties"]["kind"]["enum"]) == {str(k) for k in HandKind}
    assert set(defs["meeting"]["properties"]["queue_policy"]["enum"]) == \
        {str(q) for q in QueuePolicy}
    assert set(defs["decisions"]["items"]["properties"]["method"]["enum"]) == \
        set(rules.METHODS)


# --- generated meetings --------------------------------------------------------------------

_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)


@st.composite
def meetings(draw):
    n_groups = draw(st.integers(1, 4))
    groups = [{"key": f"G{i + 1}", "name": f"Group {i}", "label": f"G{i}",
               "colour": "#0072B2"} for i in range(n_groups)]
    n_people = draw(st.integers(1, 8))
    people = [{"key": f"P{i + 1}", "name": draw(_text), "group": f"G{draw(st.integers(1, n_groups))}",
               "role": draw(st.sampled_from([str(r) for r in Role])),
               "named_in_minutes": draw(st.booleans()), "pseudonym": draw(_text),
               "access_needs": "", "apologies": False, "person_uid": f"u{i}", "presence": []}
              for i in range(n_people)]
    base = 1_780_000_000_000
    items = [{"key": f"I{i + 1}", "title": draw(_text), "kind": "discussion",
              "planned_s": draw(st.integers(0, 3600)), "leads": [], "notes": draw(_text),
              "started": None, "ended": None} for i in range(draw(st.integers(0, 4)))]
    turns, t = [], base
    for _ in range(draw(st.integers(0, 20))):
        t += draw(st.integers(0, 5_000))
        length = draw(st.integers(0, 60_000))
        turns.append({"person": f"P{draw(st.integers(1, n_people))}",
                      "item": f"I{draw(st.integers(1, len(items)))}" if items else None,
                      "start": _iso(t), "end": _iso(t + length)})
        t += length
    decisions = []
    for i in range(draw(st.integers(0, 3))):
        method = draw(st.sampled_from(sorted(rules.METHODS)))
        keys = [o.key for o in rules.options(method)]
        stances = [{"person": p["key"], "option": draw(st.one_of(st.none(), st.sampled_from(keys))),
                    "reason": draw(_text)} for p in people]
        decisions.append({"key": f"D{i + 1}", "item": None, "method": method,
                          "threshold": "simple", "deferred": False, "override": None,
                          "statement": draw(_text), "dissent": "",
                          "rounds": [{"number": 1, "proposal": draw(_text), "stances": stances}]})
    return {"format": "coprodesk-meeting", "format_version": 1,
            "meeting": {"uid": "generated", "title": draw(_text), "status": "closed",
                        "started": _iso(base), "ended": _iso(t)},
            "groups": groups, "people": people, "agenda": items, "turns": turns,
            "decisions": decisions, "actions": [], "hands": []}


def _iso(ms: int) -> str:
    from coprodesk.domain.clock import iso_utc

    return iso_utc(ms)


@pytest.mark.slow
@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(doc=meetings())
def test_generated_meetings_round_trip(tmp_path_factory, doc):
    store = open_store(tmp_path_factory.mktemp("gen") / "g.db")
    first = meeting_to_dict(store, import_meeting(store, doc).meeting_id)
    other = open_store(tmp_path_factory.mktemp("gen") / "h.db")
    second = meeting_to_dict(other, import_meeting(other, json.loads(json.dumps(first)))
                             .meeting_id)
    assert second == first
    store.close()
    other.close()
