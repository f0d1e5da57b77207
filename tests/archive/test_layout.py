"""Folder names any system accepts, and the merge of manifests made at different times."""

from __future__ import annotations

from coprodesk.archive.layout import is_bookkeeping, meeting_folder, safe_title
from coprodesk.archive.manifest import empty_manifest, merge


def test_a_meeting_folder_is_year_date_title_and_uid():
    assert meeting_folder("2026-03-12", "Spring workshop", "u1") == \
        "2026/2026-03-12 Spring workshop u1"
    assert meeting_folder("", "x", "u1") == "undated/undated x u1"
    assert meeting_folder("2026-03-12", "x", "u1", "abcdef0123") == \
        "2026/2026-03-12 x u1 vabcdef01"


def test_titles_lose_what_a_file_system_refuses():
    assert safe_title('a/b\\c:d*e?f"g<h>i|j\tk\nl') == "a-b-c-d-e-f-g-h-i-j-k-l"
    assert safe_title(" ..Café   au lait.. ") == "Café au lait"
    assert safe_title("...") == "meeting" and len(safe_title("x" * 500)) == 60


def test_the_archive_keeps_its_own_files_out_of_the_manifests():
    assert is_bookkeeping("archive.json") and is_bookkeeping("archive.d/abc.json")
    assert is_bookkeeping("trusted/f.pem")
    assert not is_bookkeeping("archive.d/x/y.json") and not is_bookkeeping("2026/a/b.pdf")


def _rec(sha: str, recorded: str, size: int = 1) -> dict:
    return {"sha256": sha, "size": size, "recorded": recorded, "uid": "u", "version": "v",
            "kind": "generated", "signed": False, "verdict": None}


def test_the_record_made_last_wins_and_a_move_takes_only_what_was_there_before_it():
    a, b = empty_manifest("a"), empty_manifest("b")
    a["superseded"].append({"uid": "u", "version": "v1", "title": "t", "date": "d",
                            "folder": "2026/m", "files": {"2026/m/x.json": _rec("old", "1")},
                            "certified": []})
    a["moves"].append({"from": "2026/m", "to": "superseded/2026/m v1", "at": "2"})
    b["added"]["2026/m/x.json"] = _rec("later", "3")
    b["added"]["2026/m/y.pdf"] = _rec("early", "1")
    merged = merge({"a": a, "b": b})
    assert merged.files["superseded/2026/m v1/x.json"]["sha256"] == "old"
    assert merged.files["superseded/2026/m v1/y.pdf"]["sha256"] == "early"
    assert merged.files["2026/m/x.json"]["sha256"] == "later"
    assert merged.superseded[0]["folder"] == "superseded/2026/m v1"
