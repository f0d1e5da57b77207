"""Names for the parts Qt builds inside a control, which a screen reader may land on.

A spin or date box's text field, a line edit's clear button and a table's corner button
come without a name; a screen reader then says "edit" or "button" and nothing more.
``name_inner_parts`` gives them one, from their whole where there is one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QToolButton, QWidget


def name_inner_parts(root: QWidget) -> None:
    """Name every inner part under ``root`` (call it once the wholes carry their names).

    One walk, asking each widget's class by name (``inherits``): looking for spin boxes
    by their Python type would create that type (13 ms at start-up) in a page that has
    none."""
    for widget in root.findChildren(QWidget):
        if widget.inherits("QAbstractSpinBox"):
            field = widget.findChild(QLineEdit)
            if field is not None:
                field.setAccessibleName(widget.accessibleName() or widget.toolTip())
        elif widget.inherits("QLineEdit"):
            if widget.isClearButtonEnabled():
                for button in widget.findChildren(QToolButton):  # named, not labelled: an icon
                    button.setAccessibleName(
                        QCoreApplication.translate("InnerNames", "Clear the text"))
        elif widget.inherits("QTableView"):
            corner = widget.findChild(QAbstractButton, "qt_tableview_cornerbutton")
            if corner is not None:
                corner.setAccessibleName(QCoreApplication.translate("InnerNames", "Select all"))
