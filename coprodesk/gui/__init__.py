"""PySide6 views. They ask the domain (through ``MeetingSession``) and never compute rules."""
