"""The series view: per-meeting figures (table and plots) and per-person figures of a
series, a new meeting in the series, and the PDF involvement report.

Every figure comes from ``series_report.build_series_report``, which builds on each
meeting's own report: the screen, the CLI and the PDF cannot disagree."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QMessageBox, QWidget

from coprodesk.domain.model import Meeting
from coprodesk.domain.series_report import build_series_report
from coprodesk.gui.series.models import SORT_ROLE, SeriesMeetingsModel, SeriesPeopleModel
from coprodesk.gui.series.panel import name_corner_button
from coprodesk.gui.series.plots import AttendanceChart, BalanceChart, GroupKey, GroupShareChart
from coprodesk.gui.sort_menu import sort_by_keys
from coprodesk.store import series as store_series
from coprodesk.store.connection import Store
from coprodesk.store.errors import StoreError


def group_keys(meetings: list[Meeting]) -> list[GroupKey]:
    """The series' groups by name, in the order they first appear, with label and colour."""
    from coprodesk.minutes.series_pdf import series_groups

    return [GroupKey(*g) for g in series_groups(meetings)]


class SeriesView(QDialog):
    new_meeting_requested = Signal(int)  # the id of the series' latest meeting
    problem = Signal(str)

    def __init__(self, store: Store, series: str | None = None, parent: QWidget | None = None,
                 now_ms: int | None = None) -> None:
        super().__init__(parent)
        from coprodesk.gui.forms.ui_series_view import Ui_SeriesView

        self.ui = Ui_SeriesView()
        self.ui.setupUi(self)
        self.store = store
        self.now_ms = now_ms
        self.report: dict | None = None
        self.meetings: list[Meeting] = []
        self.groups: list[GroupKey] = []
        self.meetings_model = SeriesMeetingsModel(self)
        self.ui.meetingsView.setModel(self.meetings_model)
        self.people_model = SeriesPeopleModel(self)
        self.people_proxy = QSortFilterProxyModel(self)
        self.people_proxy.setSourceModel(self.people_model)
        self.people_proxy.setSortRole(SORT_ROLE)
        self.ui.peopleView.setModel(self.people_proxy)
        self.ui.peopleView.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        sort_by_keys(self.ui.peopleView, self)  # Menu / Shift+F10: "Sort by", as a header click
        for view in (self.ui.meetingsView, self.ui.peopleView):
            name_corner_button(view)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            view.horizontalHeader().setStretchLastSection(False)
            view.setWordWrap(False)
        self.ui.peopleView.horizontalHeader().setStretchLastSection(True)
        self.charts = [GroupShareChart(self), BalanceChart(self), AttendanceChart(self)]
        for chart, stretch in zip(self.charts, (5, 3, 3), strict=True):
            self.ui.chartsLayout.addWidget(chart, stretch)
        self.ui.chartsScroll.setMinimumHeight(360)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.exportButton.clicked.connect(self.choose_pdf)
        self.ui.newInSeriesButton.clicked.connect(self._new_in_series)
        self.problem.connect(self._show_problem)
        self.message_box: QMessageBox | None = None

        try:
            names = store_series.series_names(store)
        except StoreError as exc:
            names = []
            self.problem.emit(exc.message)
        self.ui.seriesCombo.addItems(names)
        self.ui.seriesCombo.view().setAccessibleName(self.tr("Series to show"))
        if series and series in names:
            self.ui.seriesCombo.setCurrentText(series)
        self.ui.seriesCombo.currentTextChanged.connect(self.load)
        has = bool(names)
        for w in (self.ui.exportButton, self.ui.newInSeriesButton, self.ui.seriesCombo):
            w.setEnabled(has)
        if has:
            self.load(self.ui.seriesCombo.currentText())
        else:
            self.setWindowTitle(self.tr("Meetings in a series: none yet"))
        self.resize(1200, 660)  # within 1280 × 720 with the window's frame; the plots scroll

    @property
    def series(self) -> str:
        return self.ui.seriesCombo.currentText()

    def load(self, name: str) -> None:
        if not name:
            return
        try:
            self.meetings = store_series.series_meetings(self.store, name)
            updates = store_series.action_updates(self.store, [m.id for m in self.meetings])
        except StoreError as exc:
            self.problem.emit(exc.message)
            return
        now = self.now_ms if self.now_ms is not None else int(time.time() * 1000)
        self.report = build_series_report(name, self.meetings, updates, now)
        self.groups = group_keys(self.meetings)
        self.meetings_model.set_report(self.report, {g.name: g.label for g in self.groups})
        self.people_model.set_report(self.report)
        for chart in self.charts:
            chart.set_data(self.report, self.groups)
        view = self.ui.meetingsView  # as tall as its rows (up to eight), the plots get the rest
        rows = min(8, len(self.meetings))
        height = view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth() + sum(
            view.verticalHeader().sectionSize(r) for r in range(rows))
        if view.horizontalScrollBar().isVisible() or rows < len(self.meetings):
            height += view.horizontalScrollBar().sizeHint().height()
        view.setFixedHeight(max(90, height + 2))
        self.setWindowTitle(self.tr("Series: {name} ({n} meetings)").format(
            name=name, n=len(self.meetings)))

    def _new_in_series(self) -> None:
        if self.meetings:
            self.new_meeting_requested.emit(self.meetings[-1].id)

    # --- the involvement report ----------------------------------------------------------------
    def pdf_bytes(self) -> bytes:
        from coprodesk.minutes.series_pdf import involvement_pdf

        return involvement_pdf(self.report, [(g.name, g.label, g.colour) for g in self.groups])

    def export_pdf(self, path: Path) -> bool:
        from coprodesk.fileio import atomic_write_bytes
        from coprodesk.minutes.signed_files import might_be_signed

        if self.report is None:
            return False
        if might_be_signed(Path(path)):
            self.problem.emit(self.tr("“{name}” carries signatures: an export never replaces "
                                      "it. Choose another name.").format(name=Path(path).name))
            return False
        try:
            atomic_write_bytes(Path(path), self.pdf_bytes())
        except OSError as exc:
            self.problem.emit(self.tr("Could not write {path}: {why}").format(
                path=path, why=exc.strerror or exc))
            return False
        self.written = Path(path)
        return True

    def choose_pdf(self) -> None:
        safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in self.series).strip()
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export involvement report"),
            f"{safe or 'series'} - involvement.pdf", self.tr("PDF (*.pdf)"))
        if path and self.export_pdf(Path(path)):
            parent = self.parentWidget()
            if parent is not None and hasattr(parent, "statusBar"):
                parent.statusBar().showMessage(
                    self.tr("Involvement report written to {p}").format(p=path), 10000)

    def _show_problem(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Series"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_box = box
        box.open()
