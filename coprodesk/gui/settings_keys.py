"""Every QSettings key the app reads or writes, in one place (so none is defined and
forgotten, and a rename cannot leave a reader behind)."""

WINDOW_GEOMETRY = "window/geometry"
WINDOW_STATE = "window/state"  # the toolbar: shown or hidden, and where it is docked
LAST_MEETING = "library/last_meeting"
EDITOR_TAB = "editor/tab"
PEOPLE_IMPORT_DIR = "people/import_dir"
DEMO_OFFERED = "demo/offered"  # + "/" + the database path, one answer per database
SIGNING_IDENTITY = "signing/identity"
ARCHIVE_FOLDER = "archive/folder"
