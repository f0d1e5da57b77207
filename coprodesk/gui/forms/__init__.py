"""Python generated from ../../../ui/*.ui by `make forms` (pyside6-uic). Do not edit."""
