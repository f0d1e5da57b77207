"""Entry point of the PyInstaller bundle: the same command line as ``coprodesk``."""

import sys

from coprodesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
