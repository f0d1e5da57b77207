"""Cell editors: a combo box for a value that is one of a few choices, a length-limited line."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QStyledItemDelegate, QWidget

Choices = Callable[[], Sequence[tuple[str, Any]]]  # (text shown, value stored)


class ChoiceDelegate(QStyledItemDelegate):
    def __init__(self, choices: Choices, accessible_name: str, parent=None) -> None:
        super().__init__(parent)
        self.choices = choices
        self.accessible_name = accessible_name

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(self.accessible_name)
        for text, value in self.choices():
            combo.addItem(text, value)
        return combo

    def setEditorData(self, editor: QComboBox, index: QModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        pos = editor.findData(value)
        editor.setCurrentIndex(max(0, pos))

    def setModelData(self, editor: QComboBox, model, index: QModelIndex) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class LimitedTextDelegate(QStyledItemDelegate):
    """A one-line cell editor that takes no more characters than the meeting format allows
    (coprodesk.domain.limits), so whatever is typed can be exported and imported again."""

    def __init__(self, limit: int, parent=None) -> None:
        super().__init__(parent)
        self.limit = limit

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setMaxLength(self.limit)
        return editor
