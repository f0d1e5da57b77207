"""Readers for data made by other tools (speaker turns)."""
