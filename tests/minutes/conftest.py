"""Fixtures for reading a minutes PDF back as poppler sees it (words with boxes, text order)."""

from __future__ import annotations

import html
import io
import re
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

Word = tuple[int, float, float, float, float, str]  # page (1-based), x0, y0, x1, y1, text


def _words(pdf: bytes, tmp_path: Path) -> list[Word]:
    """``pdftotext -bbox``: a word box's height is its font size (poppler-utils)."""
    path = tmp_path / "readback.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True,
                         text=True, check=True).stdout
    words: list[Word] = []
    for page, chunk in enumerate(out.split("<page ")[1:], 1):
        for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                             r'yMax="([\d.]+)">([^<]*)</word>', chunk):
            x0, y0, x1, y1 = map(float, m.groups()[:4])
            words.append((page, x0, y0, x1, y1, html.unescape(m.group(5))))
    return words


def _text(pdf: bytes, tmp_path: Path) -> str:
    """``pdftotext`` in its default reading order, as a screen reader or a copy would get it."""
    path = tmp_path / "readback.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


@pytest.fixture
def pdf_words(tmp_path: Path) -> Callable[[bytes], list[Word]]:
    return lambda pdf: _words(pdf, tmp_path)


@pytest.fixture
def pdf_text(tmp_path: Path) -> Callable[[bytes], str]:
    return lambda pdf: _text(pdf, tmp_path)


def attachment_span(data: bytes, name: str = "minutes.html") -> tuple[int, int]:
    """Where the attached file's (compressed) bytes sit in the PDF."""
    reader = PdfReader(io.BytesIO(data))
    names = reader.trailer["/Root"]["/Names"]["/EmbeddedFiles"]["/Names"]
    spec = names[names.index(name) + 1].get_object()
    stream_ref = spec["/EF"].raw_get("/F")
    offset = reader.xref[0][stream_ref.idnum]
    start = data.index(b"stream", offset) + len(b"stream")
    start += 2 if data[start:start + 2] == b"\r\n" else 1
    return start, data.index(b"endstream", start)


@pytest.fixture(name="attachment_span")
def attachment_span_fixture() -> Callable[..., tuple[int, int]]:
    return attachment_span
