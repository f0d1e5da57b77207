"""The lock stays true to pyproject.toml, and `make test-newest` names the package that raised."""

from __future__ import annotations

import importlib.util
import shutil
import sys
import warnings
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _tool(name: str):
    spec = importlib.util.spec_from_file_location(f"coprodesk_tool_{name}", ROOT / "packaging" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


lock = _tool("lock")
newest = _tool("newest")


def test_the_committed_lock_is_true_to_pyproject():
    lock.check(ROOT)


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    for name in ("pyproject.toml", "requirements.lock"):
        shutil.copy(ROOT / name, tmp_path / name)
    return tmp_path


def test_a_changed_range_makes_the_lock_stale(checkout: Path):
    pyproject = checkout / "pyproject.toml"
    pyproject.write_text(pyproject.read_text().replace('"platformdirs>=4.0"', '"platformdirs>=4.1"'))
    with pytest.raises(lock.StaleLock, match=r"stale against pyproject\.toml.*make lock"):
        lock.check(checkout)


def test_a_comment_in_pyproject_does_not(checkout: Path):
    pyproject = checkout / "pyproject.toml"
    pyproject.write_text(pyproject.read_text().replace('"platformdirs>=4.0",',
                                                      '"platformdirs>=4.0",  # folders'))
    lock.check(checkout)


def test_a_pin_outside_its_range_or_without_a_hash_is_refused(checkout: Path):
    path = checkout / "requirements.lock"
    text = path.read_text()
    pinned = next(line for line in text.splitlines() if line.startswith("sqlite-utils=="))
    path.write_text(text.replace(pinned, "sqlite-utils==3.38 \\"))
    with pytest.raises(lock.StaleLock, match="no version of sqlite-utils"):
        lock.check(checkout)
    lines = text.splitlines()
    at = lines.index(pinned)
    end = next(i for i in range(at + 1, len(lines)) if not lines[i].startswith("    --hash"))
    path.write_text("\n".join([*lines[:at], pinned.rstrip(" \\"), *lines[end:]]))
    with pytest.raises(lock.StaleLock, match="without hashes: sqlite-utils"):
        lock.check(checkout)


def test_the_lock_is_read_for_this_system_only():
    text = ("colorama==0.4.6 ; sys_platform == 'win32' \\\n    --hash=sha256:00\n"
            "macholib==1.16 ; sys_platform == 'darwin' \\\n    --hash=sha256:00\n"
            "reportlab==5.1.0 \\\n    --hash=sha256:00\n")
    here = newest.locked_here(text)
    assert here.get("reportlab") == "5.1.0"
    assert ("colorama" in here) == (sys.platform == "win32")
    assert ("macholib" in here) == (sys.platform == "darwin")
    assert newest.differences({"reportlab": "5.1.0", "ruff": "0.17.6"},
                              {"reportlab": "5.2.0", "ruff": "0.17.6", "coprodesk": "1",
                               "newdep": "1.0"}) == {"reportlab": ("5.1.0", "5.2.0"),
                                                     "newdep": ("-", "1.0")}


def test_a_library_warning_turned_error_is_blamed_on_the_library_that_raised_it():
    from cryptography.utils import CryptographyDeprecationWarning

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:  # what pyHanko's import does under cryptography >= 51, as -W error sees it
            from cryptography.hazmat.primitives.asymmetric.dsa import DSAPrivateKey  # noqa: F401
        except CryptographyDeprecationWarning as exc:
            assert newest.blame(exc) == "cryptography"
        else:  # a cryptography without the deprecation: any error raised inside it will do
            import cryptography.utils

            try:
                cryptography.utils.int_to_bytes(-1)
            except Exception as exc:  # whatever it raises, it raised it
                assert newest.blame(exc) == "cryptography"
    try:
        raise AssertionError("a test's own assertion")
    except AssertionError as exc:
        assert newest.blame(exc) == newest.OURS
