"""`import --on-conflict replace` cannot quietly overwrite minutes that were signed here:
only a file with the same signed content (perhaps with more signatures), or one whose
amendment explains the change, replaces them. A "signed" file without signatures is
imported as closed. Each refusal is one line, exit 2, and the database is unchanged."""

from __future__ import annotations

import copy
import hashlib
import json

import pytest

from coprodesk.cli import main
from coprodesk.demo import create_demo
from coprodesk.domain.clock import iso_utc
from coprodesk.portable.export import meeting_to_dict
from coprodesk.store import meetings as repo
from coprodesk.store.connection import open_store
from coprodesk.store.signing import amendments, record_signature, signatures

SIGNED_MS = 1_780_000_000_000
SHA = hashlib.sha256(b"the certified minutes").hexdigest()


def dump(store) -> str:
    with store.reading() as conn:
        return hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()


@pytest.fixture
def signed(store) -> int:
    """The demo's closed meeting, its minutes certified by the facilitator."""
    closed, _ = create_demo(store)
    record_signature(store, closed, "Jo Fischer", "Jo Fischer", SIGNED_MS, SHA)
    return closed


def replace(store, tmp_path, doc, capsys) -> tuple[int, str, str]:
    path = tmp_path / "incoming.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    code = main(["--db", str(store.path), "import", str(path), "--on-conflict", "replace"])
    out, err = capsys.readouterr()
    return code, out, err


def tampered(doc):
    doc["meeting"]["purpose"] = "Something nobody signed."


def countersigned(doc):
    doc["signatures"].append({"field": "Amara Okafor", "signer": "Amara Okafor",
                              "signed": iso_utc(SIGNED_MS + 60_000), "sha256": SHA[::-1]})


def unsigned_older(doc):
    doc["meeting"]["status"] = "closed"
    doc["signatures"] = []


def stanceless(doc):
    doc["decisions"][0]["rounds"][0]["stances"].pop()


def signatures_dropped(doc):
    doc["signatures"] = []


REFUSED = {  # what a file does to the signed meeting → refused
    "content changed, signature kept": tampered,
    "a stance taken out": stanceless,
    "the older, unsigned version": unsigned_older,
    "signed but its signatures removed": signatures_dropped,
    "a countersignature and a change": lambda d: (countersigned(d), tampered(d)),
}


@pytest.mark.parametrize("change", REFUSED.values(), ids=REFUSED.keys())
def test_a_file_that_differs_from_what_was_signed_is_refused(store, signed, tmp_path, capsys,
                                                             change):
    doc = meeting_to_dict(store, signed)
    change(doc)
    before = dump(store)
    code, out, err = replace(store, tmp_path, doc, capsys)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "is signed in this database" in err and "nothing was imported" in err
    assert dump(store) == before


def test_the_same_signed_content_replaces_it_and_stays_signed(store, signed, tmp_path, capsys):
    doc = meeting_to_dict(store, signed)
    assert replace(store, tmp_path, doc, capsys)[0] == 0
    (m,) = [m for m in repo.list_meetings(store) if m.title == "Spring workshop"]
    assert str(m.status) == "signed"
    assert meeting_to_dict(store, m.id) == doc


def test_a_countersigned_copy_of_the_same_content_replaces_it(store, signed, tmp_path, capsys):
    """The signature held here stays; the file's countersignature record, backed by no
    minutes checked here, is not created: a note says so."""
    doc = meeting_to_dict(store, signed)
    countersigned(doc)
    code, out, _err = replace(store, tmp_path, doc, capsys)
    assert code == 0 and "replacing" in out
    (m,) = [m for m in repo.list_meetings(store) if m.title == "Spring workshop"]
    assert str(m.status) == "signed"
    assert [s.signer for s in signatures(store, m.id)] == ["Jo Fischer"]
    (note,) = [why for _ms, why in amendments(store, m.id)]
    assert note.startswith("Signed elsewhere, not checked here: Amara Okafor (")


def test_a_correction_explained_by_an_amendment_replaces_it(store, signed, tmp_path, capsys):
    doc = meeting_to_dict(store, signed)
    tampered(doc)
    doc["meeting"]["status"] = "closed"  # reopened for the correction on another computer
    doc["amendments"].append({"recorded": iso_utc(SIGNED_MS + 86_400_000),
                              "reason": "The purpose was minuted wrongly."})
    assert replace(store, tmp_path, doc, capsys)[0] == 0
    (m,) = [m for m in repo.list_meetings(store) if m.title == "Spring workshop"]
    assert repo.load_meeting(store, m.id).purpose == "Something nobody signed."
    assert str(m.status) == "closed"


def test_an_amendment_older_than_the_signature_explains_nothing(store, signed, tmp_path,
                                                                capsys):
    doc = meeting_to_dict(store, signed)
    tampered(doc)
    doc["amendments"].append({"recorded": iso_utc(SIGNED_MS - 86_400_000),
                              "reason": "Backdated, to slip a change past the signature."})
    before = dump(store)
    assert replace(store, tmp_path, doc, capsys)[0] == 2
    assert dump(store) == before


def test_a_meeting_reopened_here_is_replaced_as_any_other(store, signed, tmp_path, capsys):
    from coprodesk.store.signing import reopen_for_correction

    doc = meeting_to_dict(store, signed)
    tampered(doc)
    unsigned_older(doc)
    reopen_for_correction(store, signed, "A name was misspelt.", SIGNED_MS + 1000)
    assert replace(store, tmp_path, doc, capsys)[0] == 0


def test_a_signed_status_without_signatures_is_imported_as_closed(store, tmp_path, capsys):
    closed, _ = create_demo(store)
    doc = meeting_to_dict(store, closed)
    doc["meeting"]["status"] = "signed"
    other = open_store(tmp_path / "laptop.db")
    try:
        path = tmp_path / "claims-signed.json"
        path.write_text(json.dumps(doc), encoding="utf-8")
        assert main(["--db", str(other.path), "import", str(path)]) == 0
        out = capsys.readouterr().out
        assert "carries no signature: imported as closed" in out
        (m,) = repo.list_meetings(other)
        assert str(m.status) == "closed"
        repo.update_meeting(other, m.id, place="Room 3")  # not locked
        signed_doc = copy.deepcopy(doc)
        countersigned(signed_doc)
        signed_doc["meeting"]["uid"] = "another-uid"
        path.write_text(json.dumps(signed_doc), encoding="utf-8")
        assert main(["--db", str(other.path), "import", str(path)]) == 0
        out = capsys.readouterr().out
        assert "no signature" not in out and "signed elsewhere, not checked here" in out
        # made-up (or merely unchecked) signatures never lock a meeting here
        assert {str(m.status) for m in repo.list_meetings(other)} == {"closed"}
    finally:
        other.close()
