"""Render resources/coprodesk.svg into the icon sizes desktops expect.

    .venv/bin/python packaging/make_icons.py

Writes resources/icons/hicolor/<n>x<n>/apps/coprodesk.png (freedesktop icon theme
layout) and resources/icons/coprodesk.ico (Windows, for build.spec).
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def main() -> None:
    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(ROOT / "resources" / "coprodesk.svg"))
    for size in SIZES:
        out = ROOT / "resources" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "coprodesk.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        render(renderer, size).save(str(out))
    if not render(renderer, 256).save(str(ROOT / "resources" / "icons" / "coprodesk.ico")):
        raise SystemExit("this Qt cannot write .ico files (imageformats/qico missing)")


if __name__ == "__main__":
    main()
