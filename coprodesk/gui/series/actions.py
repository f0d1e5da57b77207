"""The main window's series commands: Meeting → Series… and Meeting → New meeting in series."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from coprodesk.gui.undo import CreateMeeting
from coprodesk.store import meetings as repo
from coprodesk.store import series as store_series
from coprodesk.store.errors import StoreError


def _tr(text: str) -> str:
    return QCoreApplication.translate("series", text)


# lupdate reads translate("Context", "literal") calls; _tr is for texts held elsewhere
translate = QCoreApplication.translate


def next_title(series: str, count: int) -> str:
    return translate("series", "{series}: meeting {n}").format(series=series, n=count + 1)


def new_meeting_in_series(window, meeting_id: int | None = None, today: str | None = None) -> int | None:
    """Start the next meeting of the current meeting's series (from its latest meeting): same
    groups and people, an agenda opening with "Since last time"; undoable; opens the editor."""
    mid = meeting_id if meeting_id is not None else window.current_meeting_id()
    if mid is None:
        return None
    store = window.store
    try:
        current = repo.load_meeting(store, mid)
        series = current.series or current.title
        meetings = store_series.series_meetings(store, current.series) if current.series else [current]
    except StoreError as exc:
        window.show_problem(exc.message)
        return None
    previous = meetings[-1].id
    title = next_title(series, len(meetings))
    when = today or date.today().isoformat()
    cmd = CreateMeeting(window.editing,
                        lambda: store_series.new_meeting_in_series(store, previous, title, when),
                        translate("series", "New meeting in series"))
    if not window.editing.push(cmd):
        return None
    window.open_meeting(cmd.meeting_id)
    window.editor.ui.tabs.setCurrentWidget(window.editor.details)
    window.editor.details.ui.titleEdit.setFocus()
    window.editor.details.ui.titleEdit.selectAll()
    window.statusBar().showMessage(
        translate("series", "Same groups and people as the last meeting of “{s}”; the agenda opens with "
            "“Since last time”.").format(s=series), 10000)
    return cmd.meeting_id


def show_series_view(window, series: str | None = None):
    """Open the series view on the current meeting's series (or the first one)."""
    from coprodesk.gui.series.view import SeriesView

    if series is None:
        mid = window.current_meeting_id()
        if mid is not None:
            try:
                series = repo.load_meeting(window.store, mid).series or None
            except StoreError:
                series = None
    view = SeriesView(window.store, series, window)
    view.new_meeting_requested.connect(
        lambda mid: (view.close(), new_meeting_in_series(window, mid)))
    window.series_view = view
    view.open()
    return view
