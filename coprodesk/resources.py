"""Where the app's data files are: ``resources/`` (icons, fonts, styles) and ``ui/``.

In a checkout they sit beside the package; an installed wheel or a PyInstaller
bundle carries them too. Every caller asks here, never relative to the working
directory, so the app finds its files wherever it was installed.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def _roots() -> tuple[Path, ...]:
    roots = [_PACKAGE / "_data"]  # installed wheel: resources/ and ui/ copied under the package
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:  # PyInstaller one-folder bundle
        roots.insert(0, Path(bundle))
    roots.append(_PACKAGE.parent)  # source checkout (and editable install)
    return tuple(roots)


def resource_path(relative: str) -> Path:
    """The file ``resources/<relative>``; raises FileNotFoundError naming it when absent."""
    return _find("resources", relative)


def _find(folder: str, relative: str) -> Path:
    for root in _roots():
        candidate = root / folder / relative
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"CoProDesk is missing its file {folder}/{relative}; reinstall the app")
