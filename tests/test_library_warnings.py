"""Library warnings reach the error log once, never the user's terminal; ours still show."""

from __future__ import annotations

import os
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

import coprodesk
from coprodesk.library_warnings import route_library_warnings

# A third-party module that warns the way a library deprecation does, whenever pyHanko is
# first imported: ``sitecustomize`` puts it in every process started with this PYTHONPATH.
NOISY = '''
import warnings

def old_call():
    warnings.warn("noisy_lib.old_call() is deprecated", DeprecationWarning, stacklevel=1)
'''
SITECUSTOMIZE = '''
import sys

def _hook(event, args):
    if event == "import" and args[0] == "pyhanko.sign":
        import noisy_lib
        noisy_lib.old_call()

sys.addaudithook(_hook)
'''


def _cli(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    noise = tmp_path / "noise"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONWARNINGS"}
    env |= {"PYTHONPATH": str(noise), "XDG_STATE_HOME": str(tmp_path / "state"),
            "XDG_DATA_HOME": str(tmp_path / "data")}
    return subprocess.run([sys.executable, "-m", "coprodesk", "--db", str(tmp_path / "m.db"), *args],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)


@pytest.mark.slow
def test_export_and_verify_leave_library_warnings_in_the_log_once_and_off_the_terminal(tmp_path):
    noise = tmp_path / "noise"
    noise.mkdir()
    (noise / "noisy_lib.py").write_text(NOISY)
    (noise / "sitecustomize.py").write_text(SITECUSTOMIZE)
    (tmp_path / "pw").write_text("a-long-passphrase\n")
    assert _cli(tmp_path, "demo").returncode == 0
    made = _cli(tmp_path, "keys", "new", "--name", "Jo Fischer", "--email", "jo@example.org",
                "--out", "jo.p12", "--passphrase-file", "pw", "--cert-out", "jo.pem")
    assert made.returncode == 0, made.stderr
    runs = [_cli(tmp_path, "export", "1", "-o", "minutes.pdf", "--sign", "jo.p12",
                 "--passphrase-file", "pw", "--signers", "Jo Fischer"),
            _cli(tmp_path, "verify", "minutes.pdf", "--trust", "jo.pem")]
    for run in runs:
        assert run.returncode == 0, run.stderr
        assert "Warning" not in run.stderr and "deprecated" not in run.stderr, run.stderr
    log = (tmp_path / "state" / "CoProDesk" / "log" / "coprodesk.log").read_text()
    assert log.count("noisy_lib.old_call() is deprecated") == 1, log
    assert f"{noise / 'noisy_lib.py'}:5" in log
    # the locked cryptography deprecates what pyHanko imports: logged once, never shown
    assert log.count("DSA is deprecated") <= 1


def test_our_own_warnings_still_show_and_a_librarys_go_to_the_log(tmp_path, monkeypatch):
    log = tmp_path / "log" / "coprodesk.log"
    shown: list[str] = []
    monkeypatch.setattr(sys, "warnoptions", [])
    with warnings.catch_warnings():
        warnings.showwarning = lambda message, *_rest, **_kw: shown.append(str(message))
        route_library_warnings(log)
        ours = str(Path(coprodesk.__file__).parent / "session.py")
        library = str(tmp_path / "site-packages" / "lib" / "core.py")
        for _ in range(3):  # the same warning at the same place: logged once
            warnings.warn_explicit("lib.f() is deprecated", DeprecationWarning, library, 7,
                                   module="lib.core", registry={})
        warnings.warn_explicit("a meeting without people", UserWarning, ours, 3,
                               module="coprodesk.session", registry={})
    assert shown == ["a meeting without people"]
    text = log.read_text()
    assert text.count("DeprecationWarning: lib.f() is deprecated") == 1
    assert f"{library}:7" in text
    assert os.stat(log).st_mode & 0o077 == 0  # the log stays the user's only


def test_warnings_asked_for_on_the_command_line_are_left_as_asked(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "warnoptions", ["error"])
    with warnings.catch_warnings():
        before = warnings.showwarning
        route_library_warnings(tmp_path / "coprodesk.log")
        assert warnings.showwarning is before
    assert not (tmp_path / "coprodesk.log").exists()
