"""Persistence of domain values in one SQLite file (sqlite-utils)."""
