"""``make test-newest``: the suite against the newest versions the index serves today.

The lock keeps CI independent of the day; this shows what the day would bring. It installs
the newest versions ``pyproject.toml`` allows into ``.venv-newest``, lists each package
whose version differs from the lock, runs the whole suite there, and names for each failing
test the package whose file raised (the innermost frame inside an installed package). With
``--bisect`` it then reruns only the failing tests in ``.venv-bisect``, which starts from
the lock each time and upgrades one differing package alone, and says which upgrade makes
which test fail. Not part of CI's verdict: its exit code is the suite's.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import sysconfig
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from types import TracebackType

from packaging.markers import Marker
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "requirements.lock"
UV = Path(sys.executable).parent / "uv"
OURS = "coprodesk (our code or the tests)"


def locked_here(lock_text: str) -> dict[str, str]:
    """The lock's versions for this system and Python (marker branches evaluated)."""
    found: dict[str, str] = {}
    for line in lock_text.splitlines():
        if not line[:1].isalnum() or "==" not in line:
            continue
        spec, _, marker = line.rstrip(" \\").partition(";")
        if marker.strip() and not Marker(marker.strip()).evaluate():
            continue
        name, _, version = spec.strip().partition("==")
        found[canonicalize_name(name)] = version.strip()
    return found


def differences(locked: dict[str, str], installed: dict[str, str]) -> dict[str, tuple[str, str]]:
    """Packages whose installed version is not the locked one: name -> (locked, installed)."""
    return {name: (locked.get(name, "-"), version) for name, version in sorted(installed.items())
            if name != "coprodesk" and locked.get(name) != version}


def installed_versions(python: Path) -> dict[str, str]:
    out = subprocess.run([str(UV), "pip", "freeze", "--python", str(python)], check=True,
                         capture_output=True, text=True).stdout
    return {canonicalize_name(n): v for n, _, v in
            (line.partition("==") for line in out.splitlines() if "==" in line)}


def _library_roots() -> list[str]:
    roots = {sysconfig.get_paths()[k] for k in ("purelib", "platlib")}
    return sorted(os.path.join(r, "") for r in roots)


def package_of(filename: str, roots: Iterable[str], owners: dict[str, list[str]]) -> str | None:
    """The distribution that installed ``filename``, if it lies in an installed package."""
    path = os.path.abspath(filename)
    for root in roots:
        if path.startswith(root):
            top = Path(path[len(root):]).parts[0].removesuffix(".py")
            names = owners.get(top) or [top]
            return canonicalize_name(names[0])
    return None


def blame(exc: BaseException) -> str:
    """The package whose file raised ``exc`` (its innermost cause's deepest frame inside an
    installed package), or ``OURS`` when no installed package's frame is on the stack."""
    from importlib.metadata import packages_distributions

    roots, owners = _library_roots(), packages_distributions()
    chain: list[BaseException] = []
    while exc is not None and exc not in chain:
        chain.append(exc)
        exc = exc.__cause__ or exc.__context__  # type: ignore[assignment]
    for link in reversed(chain):  # the root cause first
        tb: TracebackType | None = link.__traceback__
        frames = []
        while tb is not None:
            frames.append(tb.tb_frame.f_code.co_filename)
            tb = tb.tb_next
        for filename in reversed(frames):
            package = package_of(filename, roots, owners)
            if package and package != "coprodesk":
                return package
    return OURS


def run_tests(python: Path, blame_out: Path, tests: Sequence[str] = ()) -> int:
    """The suite (or ``tests``) in ``python``'s environment, with the blame plugin."""
    code = ("import sys, pytest; sys.path.insert(0, sys.argv.pop(1)); "
            "from pathlib import Path; from newest_blame import BlamePlugin; "
            "out = Path(sys.argv.pop(1)); sys.exit(pytest.main(sys.argv[1:], plugins=[BlamePlugin(out)]))")
    return subprocess.run([str(python), "-c", code, str(Path(__file__).parent), str(blame_out),
                           "-q", "--tb=short", "-p", "no:cacheprovider", *tests], cwd=ROOT).returncode


def fresh_env(folder: Path, newest: bool) -> Path:
    """A venv in ``folder``: the newest allowed versions, or exactly the lock."""
    python = folder / "bin" / "python"
    if not python.exists():
        subprocess.run([str(UV), "venv", "--quiet", "--python", sys.executable, str(folder)],
                       check=True)
    uv_pip = [str(UV), "pip"]
    if newest:
        subprocess.run([*uv_pip, "install", "--quiet", "--python", str(python), "--upgrade",
                        "-e", f"{ROOT}[test]"], check=True)
    else:
        subprocess.run([*uv_pip, "sync", "--quiet", "--python", str(python),
                        "--require-hashes", str(LOCK)], check=True)
        subprocess.run([*uv_pip, "install", "--quiet", "--python", str(python), "--no-deps",
                        "-e", str(ROOT)], check=True)
    return python


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="make test-newest", description=__doc__.split("\n")[0])
    parser.add_argument("--bisect", action="store_true",
                        help="rerun the failing tests upgrading one differing package at a time")
    args, pytest_args = parser.parse_known_args(argv)  # the rest goes to pytest (default: all)
    locked = locked_here(LOCK.read_text(encoding="utf-8"))
    python = fresh_env(ROOT / ".venv-newest", newest=True)
    differ = differences(locked, installed_versions(python))
    print("\nnewest allowed versions that differ from requirements.lock:")
    for name, (was, now) in differ.items():
        print(f"  {name}: {was} -> {now}")
    if not differ:
        print("  none: the lock holds the newest versions")
    with tempfile.TemporaryDirectory() as tmp:
        blamed_file = Path(tmp) / "blamed.json"
        code = run_tests(python, blamed_file, pytest_args)
        blamed: dict[str, str] = json.loads(blamed_file.read_text()) if blamed_file.exists() else {}
        print(f"\nsuite with the newest versions: exit {code}, {len(blamed)} failing")
        for nodeid, package in blamed.items():
            print(f"  {nodeid}\n      raised in: {package}")
        if args.bisect and blamed and differ:
            bisect(sorted(blamed), differ, Path(tmp))
    return code


def bisect(failing: list[str], differ: dict[str, tuple[str, str]], tmp: Path) -> None:
    """Each differing package upgraded alone on top of the lock: which tests then fail."""
    print("\nbisect: the lock plus one upgraded package at a time, failing tests only")
    for name, (_was, now) in differ.items():
        python = fresh_env(ROOT / ".venv-bisect", newest=False)
        subprocess.run([str(UV), "pip", "install", "--quiet", "--python", str(python),
                        "--no-deps", f"{name}=={now}"], check=True)
        out = tmp / f"bisect-{name}.json"
        run_tests(python, out, failing)
        broken = json.loads(out.read_text()) if out.exists() else {}
        verdict = f"breaks {len(broken)} of them" if broken else "breaks none of them"
        print(f"  {name} {now}: {verdict}")
        for nodeid in broken:
            print(f"      {nodeid}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
