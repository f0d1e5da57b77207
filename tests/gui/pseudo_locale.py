"""A pseudo-locale built from the template at test time, and a reader of painted words.

Every translation is the source with accented letters, ~30 % longer and bracketed,
``&File`` → ``[&Ƒíłé ẞąç]``: a visible text without the brackets did not go through the
catalogue, and one that lost its closing bracket (``[Ŧĥé łőñ…``) was elided. Placeholders
(``{name}``, ``%1``, ``%n``), mnemonics and markup are kept as they are.
"""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QTranslator
from PySide6.QtGui import QImage, QPaintDevice, QPaintEngine

from ..catalogue import LRELEASE

ACCENTS = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "àƀçđéƒĝĥíĵķłḿñőṗʠŕšŧúṽŵẋýžÀƁĆĐÉƑĜĤÍĴĶŁḾÑŐṖɊŔŠŦÚṼŴẊÝŽ")
KEEP = re.compile(r"(\{[^{}]*\}|%L?\d|%n|&&|&\w|<[^<>]*>|&[a-z]+;|\\n)")
PAD = "ẞąçđ"


# read by Qt, not people: a style sheet, a shortcut, a date or time format stay as they are
NOT_WORDS = re.compile(r"^([\w-]+:\s*[^;]+;\s*)+$|^(Ctrl|Shift|Alt|Meta|F\d)[+\w]*$|^[dMyHhms:. ,]+$")


def pseudo(text: str) -> str:
    if NOT_WORDS.match(text):
        return text
    pieces = KEEP.split(text)
    out = "".join(p if i % 2 else p.translate(ACCENTS) for i, p in enumerate(pieces))
    letters = sum(len(p) for i, p in enumerate(pieces) if not i % 2)
    pad = (PAD * (1 + letters // 8))[:max(1, round(letters * 0.3))]
    return f"[{out} {pad}]"


def pseudo_qm(template: Path, folder: Path) -> Path:
    """``folder/coprodesk_en_XA.qm``: every message of ``template`` in pseudo-words."""
    root = ET.parse(template).getroot()
    root.set("language", "en")
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = pseudo(source)
        else:
            translation.text = pseudo(source)
    ts = folder / "coprodesk_en_XA.ts"
    ET.ElementTree(root).write(ts, encoding="utf-8", xml_declaration=True)
    qm = folder / "coprodesk_en_XA.qm"
    subprocess.run([str(LRELEASE), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return qm


def load_pseudo(template: Path, folder: Path, app) -> QTranslator:
    translator = QTranslator(app)
    assert translator.load(str(pseudo_qm(template, folder)))
    app.installTranslator(translator)
    return translator


class _Engine(QPaintEngine):
    def __init__(self) -> None:
        super().__init__(QPaintEngine.PaintEngineFeature.AllFeatures)
        self.texts: list[str] = []
        self.flipped: list[str] = []  # texts drawn through a mirrored transform (unreadable)
        self.places: list[tuple[str, float]] = []  # each text and the x where it starts
        self.transform = None

    def begin(self, _device) -> bool:
        return True

    def end(self) -> bool:
        return True

    def updateState(self, state) -> None:
        if state.state() & QPaintEngine.DirtyFlag.DirtyTransform:
            self.transform = state.transform()

    def drawPixmap(self, *_args) -> None:
        pass

    def drawPolygon(self, *_args) -> None:
        pass

    def drawRects(self, *_args) -> None:
        pass

    def drawPath(self, *_args) -> None:
        pass

    def drawLines(self, *_args) -> None:
        pass

    def drawEllipse(self, *_args) -> None:
        pass

    def drawPoints(self, *_args) -> None:
        pass

    def drawImage(self, *_args) -> None:
        pass

    def drawTiledPixmap(self, *_args) -> None:
        pass

    def drawTextItem(self, point, item) -> None:
        self.texts.append(item.text())
        x = self.transform.map(point).x() if self.transform is not None else point.x()
        self.places.append((item.text(), x))
        if self.transform is not None and self.transform.m11() < 0:
            self.flipped.append(item.text())

    def type(self) -> QPaintEngine.Type:
        return QPaintEngine.Type.User


class TextRecorder(QPaintDevice):
    """A paint device that keeps the words painted on it, one string per text run: what a
    widget draws itself (tiles, bars, plots) is read like any label."""

    _REFERENCE = None

    def __init__(self, width: int, height: int) -> None:
        super().__init__()
        self.size = (max(1, width), max(1, height))
        self.engine = _Engine()
        if TextRecorder._REFERENCE is None:
            TextRecorder._REFERENCE = QImage(8, 8, QImage.Format.Format_ARGB32)

    def paintEngine(self) -> QPaintEngine:
        return self.engine

    def metric(self, m: QPaintDevice.PaintDeviceMetric) -> int:
        if m == QPaintDevice.PaintDeviceMetric.PdmWidth:
            return self.size[0]
        if m == QPaintDevice.PaintDeviceMetric.PdmHeight:
            return self.size[1]
        return TextRecorder._REFERENCE.metric(m)


def painted_texts(widget) -> list[str]:
    """The text runs ``widget`` itself paints (its children are read on their own)."""
    return recorded(widget).texts


def recorded(widget) -> _Engine:
    """What ``widget`` itself paints, as text runs (``texts``, and ``flipped`` ones)."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QRegion
    from PySide6.QtWidgets import QWidget

    device = TextRecorder(widget.width(), widget.height())
    widget.render(device, QPoint(), QRegion(), QWidget.RenderFlag(0))
    return device.engine


ELIDED = "\x1f"  # stands for the "…" that ends a text elided to fit
LETTERS = re.compile(r"[^\W\d_]{2,}")


def untranslated_part(text: str, data: list[str]) -> str:
    """What in ``text`` is neither pseudo-translated nor the meeting's own data."""
    depth, kept = 0, []
    for ch in text:
        if ch == "[":
            depth += 1
        elif ch == "]" and depth:
            depth -= 1
        elif ch == ELIDED:
            depth = 0  # elided: the rest is another text (elided() reports this one)
        elif not depth:
            kept.append(ch)
    rest = "".join(kept)
    for d in data:
        if d and len(d) > 1:
            rest = rest.replace(d, " ")
    return " ".join(LETTERS.findall(rest))


def elided(text: str) -> bool:
    """A pseudo text whose end is gone: elided (``…``) or cut short."""
    depth = 0
    for ch in text:
        if ch == "[":
            depth += 1
        elif ch == "]" and depth:
            depth -= 1
        elif ch == ELIDED and depth:
            return True
    return depth > 0
