"""Signing in the app: the identity dialog, the trust list and countersigning minutes, so
that nobody needs a terminal to sign. Heavy libraries load only when a dialog acts."""
