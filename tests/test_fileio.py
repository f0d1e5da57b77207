"""Atomic file writes: the old file survives any failure, the new one lands whole."""

from __future__ import annotations

import os
import stat

import pytest

from coprodesk.fileio import atomic_write_bytes
from coprodesk.resources import resource_path


def test_a_write_replaces_the_file_whole_and_sets_the_mode(tmp_path):
    target = tmp_path / "key.p12"
    target.write_bytes(b"old")
    atomic_write_bytes(target, b"new contents", mode=0o600)
    assert target.read_bytes() == b"new contents"
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["key.p12"]


def test_a_new_file_gets_the_usual_mode_and_an_old_file_keeps_its_own(tmp_path):
    mask = os.umask(0o022)
    try:
        atomic_write_bytes(tmp_path / "minutes.pdf", b"%PDF")
        assert stat.S_IMODE(os.stat(tmp_path / "minutes.pdf").st_mode) == 0o644
        (tmp_path / "private.json").write_bytes(b"{}")
        (tmp_path / "private.json").chmod(0o640)
        atomic_write_bytes(tmp_path / "private.json", b"[]")
        assert stat.S_IMODE(os.stat(tmp_path / "private.json").st_mode) == 0o640
    finally:
        os.umask(mask)


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "minutes.pdf"
    target.write_bytes(b"signed minutes")

    with pytest.raises(TypeError):
        atomic_write_bytes(target, "not bytes")  # type: ignore[arg-type]
    assert target.read_bytes() == b"signed minutes"
    assert [p.name for p in tmp_path.iterdir()] == ["minutes.pdf"]


def test_an_unwritable_folder_raises_and_writes_nothing(tmp_path):
    missing = tmp_path / "no-such-folder" / "x.pdf"
    with pytest.raises(FileNotFoundError):
        atomic_write_bytes(missing, b"x")


def test_resources_are_found_and_a_missing_one_is_named():
    assert resource_path("app.qss").is_file()
    with pytest.raises(FileNotFoundError, match=r"resources/nothing\.here"):
        resource_path("nothing.here")


def leftover(folder, name="minutes.pdf", tail="k3j9x_2a", suffix=".coprodesk.part"):
    """What a writer killed half-way leaves: its temporary file, nobody holding it."""
    part = folder / f".{name}.{tail}{suffix}"
    part.write_bytes(b"%PDF-1.7 half a file")
    return part


def test_the_next_write_into_a_folder_removes_what_a_killed_writer_left(tmp_path):
    from coprodesk.fileio import remove_leftovers

    first, second = leftover(tmp_path), leftover(tmp_path, "meeting.json", "abcdefgh")
    (tmp_path / "notes.part").write_bytes(b"not ours: another program's")
    atomic_write_bytes(tmp_path / "other.pdf", b"%PDF")
    assert not first.exists() and not second.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.part", "other.pdf"]
    assert remove_leftovers(tmp_path) == 0


def test_clean_up_never_touches_other_programs_part_files(tmp_path):
    """Named like a temporary file but not ours (a browser's download, a sync tool's
    half-copied file), a link, a folder: all left where they are."""
    from coprodesk.fileio import remove_leftovers

    theirs = [leftover(tmp_path, "video.mp4", "x7k2m9q1", ".part"),
              leftover(tmp_path, "report.pdf", "abcdefgh", ".part"),
              leftover(tmp_path, "report.pdf", "ABCDEFGH", ".coprodesk.part")]  # not tempfile's
    target = tmp_path / "keep.pdf"
    target.write_bytes(b"%PDF-1.7 someone's file")
    link = tmp_path / ".keep.pdf.abcdefgh.coprodesk.part"
    link.symlink_to(target)
    folder = tmp_path / ".box.abcdefgh.coprodesk.part"
    folder.mkdir()
    atomic_write_bytes(tmp_path / "minutes.pdf", b"%PDF")
    assert all(p.exists() for p in theirs) and link.is_symlink() and folder.is_dir()
    assert target.read_bytes() == b"%PDF-1.7 someone's file"
    assert remove_leftovers(tmp_path) == 0


def test_a_part_file_of_another_user_is_left_alone(tmp_path, monkeypatch):
    import os

    from coprodesk import fileio

    part = leftover(tmp_path)
    monkeypatch.setattr(os, "getuid", lambda: part.stat().st_uid + 1)
    assert fileio.remove_leftovers(tmp_path) == 0 and part.exists()
    monkeypatch.undo()
    assert fileio.remove_leftovers(tmp_path) == 1 and not part.exists()


def test_our_temporary_files_carry_our_own_suffix(tmp_path):
    import os

    from coprodesk.fileio import PART_SUFFIX, temporary_beside

    fd, tmp = temporary_beside(tmp_path / "minutes.pdf")
    os.close(fd)
    assert tmp.endswith(PART_SUFFIX) and PART_SUFFIX == ".coprodesk.part"


def test_a_temporary_file_whose_writer_is_alive_is_left_alone(tmp_path):
    fcntl = pytest.importorskip("fcntl")
    from coprodesk.fileio import remove_leftovers

    live = leftover(tmp_path)
    with live.open("rb") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)  # as atomic_write_bytes holds its own
        assert remove_leftovers(tmp_path) == 0
        assert live.exists()
    assert remove_leftovers(tmp_path) == 1 and not live.exists()
