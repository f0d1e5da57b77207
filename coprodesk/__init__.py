"""CoProDesk: run co-produced meetings where every voice and every group counts."""

__version__ = "0.1.0"
APP_NAME = "CoProDesk"
ORG_NAME = "CoProDesk"
ORG_DOMAIN = "coprodesk.org"
