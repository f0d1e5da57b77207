"""Build hook: the wheel carries the top-level ``resources/`` and ``ui/`` folders.

They are copied under ``coprodesk/_data/`` where ``coprodesk.resources`` looks for
them, so an installed app never depends on the working directory. Everything
else is declared in pyproject.toml.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


class BuildWithData(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads the checkout's own folders
        target = Path(self.build_lib) / "coprodesk" / "_data"
        for folder in ("resources", "ui"):
            shutil.copytree(HERE / folder, target / folder, dirs_exist_ok=True,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))


setup(cmdclass={"build_py": BuildWithData})
