"""Allow ``python -m coprodesk``."""

import sys

from coprodesk.cli import main

sys.exit(main())
