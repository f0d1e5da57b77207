"""Names for the parts Qt builds inside a control, which a screen reader may land on.

A spin or date box's text field, a line edit's clear button and a table's corner button
come without a name; a screen reader then says "edit" or "button" and nothing more.
``name_inner_parts`` gives them one, from their whole where there is one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QLineEdit,
    QTableView,
    QToolButton,
    QWidget,
)


def name_inner_parts(root: QWidget) -> None:
    """Name every inner part under ``root`` (call it once the wholes carry their names)."""
    for spin in root.findChildren(QAbstractSpinBox):
        field = spin.findChild(QLineEdit)
        if field is not None:
            field.setAccessibleName(spin.accessibleName() or spin.toolTip())
    for edit in root.findChildren(QLineEdit):
        if edit.isClearButtonEnabled():
            for button in edit.findChildren(QToolButton):  # named, not labelled: it is an icon
                button.setAccessibleName(QCoreApplication.translate("InnerNames", "Clear the text"))
    for view in root.findChildren(QTableView):
        corner = view.findChild(QAbstractButton, "qt_tableview_cornerbutton")
        if corner is not None:
            corner.setAccessibleName(QCoreApplication.translate("InnerNames", "Select all"))
