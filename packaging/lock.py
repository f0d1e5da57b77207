"""Keep ``requirements.lock`` true to ``pyproject.toml``.

``python packaging/lock.py stamp`` writes the lock's header after ``uv pip compile`` (the
inputs' fingerprint); ``python packaging/lock.py check`` fails when the lock is stale: the
ranges, extras or Python versions in ``pyproject.toml`` changed since it was resolved, a
requirement has no pinned version that satisfies it, or a pin has no hash. Installs check
hashes, so a lock that is not true to its inputs is the one way a fresh machine could get
something nobody tested.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent
EXTRAS = ("test", "bundle", "dev", "archive")  # the extras `make lock` resolves (Makefile LOCK_ARGS)
FINGERPRINT = "# inputs-sha256: "
HEADER = (
    "# requirements.lock: every package CoProDesk, its tests, its bundle and its tooling install,\n"
    "# with hashes, for Linux, Windows and macOS. Written by `make lock` / `make upgrade`; do not edit.\n"
    "# Install: pip install --require-hashes --no-deps -r requirements.lock\n"
)
_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)")


class StaleLock(Exception):
    """The lock does not match pyproject.toml; the message says what to do."""


def requirements(pyproject: Path) -> tuple[list[Requirement], str]:
    """The requirements the lock must satisfy, and the Python versions it is for."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    extras = project.get("optional-dependencies", {})
    lines = list(project["dependencies"]) + [r for e in EXTRAS for r in extras.get(e, [])]
    return [Requirement(r) for r in lines], project["requires-python"]


def fingerprint(pyproject: Path) -> str:
    """A hash of the inputs as resolved (comments and formatting do not count)."""
    reqs, python = requirements(pyproject)
    data = json.dumps({"requires": sorted(str(r) for r in reqs), "python": python})
    return hashlib.sha256(data.encode()).hexdigest()


def pins(lock_text: str) -> dict[str, list[Version]]:
    """Each locked package's versions (one per marker branch), by canonical name."""
    found: dict[str, list[Version]] = {}
    for line in lock_text.splitlines():
        m = _PIN.match(line)
        if m:
            found.setdefault(canonicalize_name(m[1]), []).append(Version(m[2]))
    return found


def check(root: Path = ROOT) -> None:
    pyproject, lock = root / "pyproject.toml", root / "requirements.lock"
    if not lock.exists():
        raise StaleLock(f"{lock.name} is missing: run `make lock`")
    text = lock.read_text(encoding="utf-8")
    if f"{FINGERPRINT}{fingerprint(pyproject)}" not in text.splitlines():
        raise StaleLock(f"{lock.name} is stale against pyproject.toml (its requirements changed "
                        "since it was resolved): run `make lock` and commit both")
    locked = pins(text)
    reqs, _ = requirements(pyproject)
    for req in reqs:
        versions = locked.get(canonicalize_name(req.name), [])
        if not any(req.specifier.contains(v, prereleases=True) for v in versions):
            raise StaleLock(f"{lock.name} has no version of {req.name} that satisfies "
                            f"'{req}': run `make lock`")
    blocks = re.split(r"\n(?=[A-Za-z0-9])", text)
    unhashed = [b.split("==")[0] for b in blocks if _PIN.match(b) and "--hash=sha256:" not in b]
    if unhashed:
        raise StaleLock(f"{lock.name} pins without hashes: {', '.join(unhashed)}: run `make lock`")


def stamp(root: Path = ROOT) -> None:
    """Replace the lock's header with ours and the inputs' fingerprint."""
    lock = root / "requirements.lock"
    body = "\n".join(line for line in lock.read_text(encoding="utf-8").splitlines()
                     if not line.startswith("# ") or line.startswith("#    "))
    lock.write_text(f"{HEADER}{FINGERPRINT}{fingerprint(root / 'pyproject.toml')}\n"
                    f"{body.lstrip()}\n", encoding="utf-8")


def main(argv: list[str]) -> int:
    if argv[1:] == ["stamp"]:
        stamp()
        return 0
    if argv[1:] == ["check"]:
        try:
            check()
        except StaleLock as exc:
            print(f"lock: {exc}", file=sys.stderr)
            return 1
        return 0
    print("usage: lock.py stamp | check", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
