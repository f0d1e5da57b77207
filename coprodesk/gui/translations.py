"""The user's language: Qt's own strings (standard buttons, dialogs) and CoProDesk's.

Every visible string goes through ``tr()``; ``make translations`` collects them into
``resources/translations/coprodesk.ts`` (the template a translator copies to
``coprodesk_<language>.ts``) and compiles every ``coprodesk_*.ts`` to ``.qm``. Whatever
language has no file falls back to the English source text, never to a blank.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from coprodesk.resources import resource_path


def translations_folder() -> Path | None:
    try:
        return resource_path("translations")
    except FileNotFoundError:
        return None


def install_translators(app: QApplication, locale: QLocale | None = None,
                        folder: Path | None = None) -> list[QTranslator]:
    """Load Qt's base translation and CoProDesk's for ``locale`` (default: the system's).

    Returns the translators installed (``filePath()`` names each file). They are
    parented to ``app`` so they live as long as it does."""
    locale = locale or QLocale()
    folder = folder or translations_folder()
    candidates = [("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    if folder is not None:
        candidates.append(("coprodesk", str(folder)))
    loaded = []
    for name, directory in candidates:
        translator = QTranslator(app)
        # tries e.g. coprodesk_de_DE.qm, then coprodesk_de.qm; English needs nothing
        if translator.load(locale, name, "_", directory, ".qm"):
            app.installTranslator(translator)
            loaded.append(translator)
        else:
            translator.deleteLater()
    return loaded
