"""Each piece that differs between Linux, macOS and Windows: its portable fallback runs here,
and the pure part of each other system's branch is checked with that system's inputs.
What only a real Windows or macOS machine can show is listed in docs/packaging.md."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from coprodesk import fileio, privacy, resources
from coprodesk.gui import single_instance


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_without_posix_modes_files_are_left_to_the_per_user_folder(tmp_path, monkeypatch):
    shared = tmp_path / "shared.db"
    shared.write_bytes(b"x")
    os.chmod(shared, 0o644)
    monkeypatch.setattr(privacy, "BY_MODE", False)  # as on Windows
    assert privacy.tighten(shared) is False
    assert _mode(shared) == 0o644  # chmod would only toggle the read-only flag there
    folder = privacy.private_folder(tmp_path / "data" / "CoProDesk")
    assert folder.is_dir()  # the folders are still made where platformdirs says
    monkeypatch.setattr(privacy, "BY_MODE", True)  # Linux and macOS
    assert privacy.tighten(shared) is True and _mode(shared) == 0o600


def test_atomic_writes_and_clean_up_work_without_flock(tmp_path, monkeypatch):
    """Windows has no fcntl: an open file cannot be deleted there, which protects a live
    writer's temporary file instead; the write itself is the same."""
    monkeypatch.setattr(fileio, "fcntl", None)
    target = tmp_path / "minutes.json"
    fileio.atomic_write_bytes(target, b"first")
    fileio.atomic_write_bytes(target, b"second")
    assert target.read_bytes() == b"second"
    left = tmp_path / f".{target.name}.a1b2c3d4.coprodesk.part"  # a killed writer's
    left.write_bytes(b"half")
    assert fileio.remove_leftovers(tmp_path) == 1 and not left.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["minutes.json"]


def test_the_single_instance_address_is_a_named_pipe_on_windows(tmp_path, monkeypatch):
    db = tmp_path / "meetings.db"
    unix_path, unix_family = single_instance.address(db)
    assert unix_family == "AF_UNIX"
    assert Path(unix_path).parent.name == f"coprodesk-{os.getuid()}"
    monkeypatch.setattr(single_instance, "_WINDOWS", True)
    pipe, family = single_instance.address(db)
    assert family == "AF_PIPE"
    digest = Path(unix_path).stem
    assert pipe == rf"\\.\pipe\coprodesk-{digest}"  # the same database, the same name
    assert single_instance.address(tmp_path / "other.db")[0] != pipe


@pytest.fixture
def fresh_roots():
    resources._roots.cache_clear()
    yield
    resources._roots.cache_clear()


def test_a_bundle_finds_its_files_beside_the_executable_first(tmp_path, monkeypatch, fresh_roots):
    """PyInstaller sets sys._MEIPASS on every system; the bundle's copy wins over others."""
    bundled = tmp_path / "resources"
    bundled.mkdir()
    (bundled / "app.qss").write_text("/* bundled */")
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
    assert resources.resource_path("app.qss") == bundled / "app.qss"  # not the checkout's
    with pytest.raises(FileNotFoundError, match=r"missing its file resources/no-such\.ttf"):
        resources.resource_path("no-such.ttf")


def test_a_checkout_or_wheel_finds_its_files_without_a_bundle(monkeypatch, fresh_roots):
    monkeypatch.delattr("sys._MEIPASS", raising=False)
    found = resources.resource_path("fonts")
    assert found.is_dir() and found.parent.name == "resources"
