"""What people see: contrast read from the rendered pixels, the focus outline, the participant
screen's text size as drawn. Light and dark, as the system's scheme sets them.

Contrast is measured on ``grab()`` images: a label's background is its most common colour and
its text the colour furthest from it; painted text (tiles, the agenda bar) is found by
rendering with and without it, letter by letter. Nothing here reads a colour constant.
"""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFontInfo, QFontMetrics, QImage, QPalette, QUndoStack
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from coprodesk.domain.clock import FakeClock
from coprodesk.domain.model import HandKind, ItemKind
from coprodesk.gui import colours
from coprodesk.gui.app import apply_style
from coprodesk.gui.colours import AA_LARGE, AA_TEXT, contrast_ratio, luminance_rgb, ratio_of_luminances
from coprodesk.gui.participant.bars import Painted
from coprodesk.gui.participant.theme import THEMES
from coprodesk.gui.participant.view import ParticipantWindow
from coprodesk.gui.qt_session import QtSession
from coprodesk.gui.run.agenda_clock import AgendaBar
from coprodesk.gui.run.tiles import Tile
from coprodesk.gui.run.view import RunView
from coprodesk.session import MeetingSession
from coprodesk.store import meetings as repo

SCHEMES = ("light", "dark")


# --- reading pixels -------------------------------------------------------------------------

class Pixels:
    """A grabbed image as RGB tuples, read row by row (no numpy here)."""

    def __init__(self, image) -> None:
        image = image.toImage() if not isinstance(image, QImage) else image
        self.img = image.convertToFormat(QImage.Format.Format_RGB32)
        self.dpr = self.img.devicePixelRatio()
        self.w, self.h = self.img.width(), self.img.height()
        self.bpl = self.img.bytesPerLine()
        self.data = bytes(self.img.constBits())

    def at(self, x: int, y: int) -> tuple[int, int, int]:
        o = y * self.bpl + x * 4
        b, g, r = self.data[o], self.data[o + 1], self.data[o + 2]
        return r, g, b

    def region(self, rect: QRect) -> Counter:
        r = rect.intersected(QRect(0, 0, self.w, self.h))
        seen: Counter = Counter()
        for y in range(r.top(), r.bottom() + 1):
            row = self.data[y * self.bpl + r.left() * 4:y * self.bpl + (r.right() + 1) * 4]
            seen.update(row[i:i + 3] for i in range(0, len(row), 4))
        return seen


def _lum(bgr: bytes) -> float:
    return luminance_rgb(bgr[2], bgr[1], bgr[0])


def text_contrast(px: Pixels, rect: QRect) -> float:
    """Text against its background inside ``rect``: the most common colour is the background,
    the colour furthest from it is the text's ink (a glyph's core is drawn in full ink)."""
    seen = px.region(rect)
    if not seen:
        return 21.0
    bg = _lum(seen.most_common(1)[0][0])
    return max(ratio_of_luminances(bg, _lum(c)) for c in seen)


def letters_contrast(with_text: Pixels, without: Pixels, rect: QRect) -> list[float]:
    """Per letter (runs of columns where the text changed pixels): its ink against what was
    there without the text."""
    out, best = [], 0.0
    for x in range(max(0, rect.left()), min(with_text.w, rect.right() + 1)):
        col = 0.0
        for y in range(max(0, rect.top()), min(with_text.h, rect.bottom() + 1)):
            a, b = with_text.at(x, y), without.at(x, y)
            if a != b:
                col = max(col, ratio_of_luminances(luminance_rgb(*a), luminance_rgb(*b)))
        if col > 0:
            best = max(best, col)
        elif best:
            out.append(best)
            best = 0.0
    if best:
        out.append(best)
    return out


def threshold(font) -> float:
    px = QFontInfo(font).pixelSize()
    return AA_LARGE if px >= 24 or (font.bold() and px >= 18.66) else AA_TEXT


def low_labels(root: QWidget) -> list[str]:
    """Every visible label under ``root`` whose rendered text is below its threshold."""
    px = Pixels(root.grab())
    low = []
    for lb in root.findChildren(QLabel):
        if not (lb.isVisibleTo(root) and lb.text().strip() and lb.width() > 2 and lb.height() > 2):
            continue
        seen = lb.visibleRegion().boundingRect()  # what a scroll area leaves in sight
        if seen.width() <= 2 or seen.height() <= 2:
            continue
        top_left = lb.mapTo(root, seen.topLeft())
        rect = QRect(round(top_left.x() * px.dpr), round(top_left.y() * px.dpr),
                     round(seen.width() * px.dpr), round(seen.height() * px.dpr))
        ratio = text_contrast(px, rect)
        if ratio < threshold(lb.font()):
            low.append(f"{lb.objectName() or lb.text()[:20]!r} {ratio:.1f}:1")
    return low


# --- the system's scheme --------------------------------------------------------------------

@pytest.fixture
def scheme(request, qapp):
    """The desktop in ``request.param`` ("light" or "dark"): a palette like the system's,
    then the app's own start-up styling (which follows it)."""
    name = request.param
    before_palette, before_sheet = QApplication.palette(), qapp.styleSheet()
    desktop = QPalette(QColor("#202124") if name == "dark" else QColor("#efefef"))
    QApplication.setPalette(desktop)
    colours.forget_scheme()
    apply_style(qapp)
    assert colours.current().name == name  # followed the desktop, not told
    yield name
    colours.forget_scheme()
    qapp.setStyleSheet(before_sheet)
    QApplication.setPalette(before_palette)


@pytest.fixture
def room(qtbot, live):
    """The demo meeting's run view mid-item: a long turn, a hand up, someone gone."""
    r = live()
    view = RunView(r.qt, QUndoStack())
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    qtbot.waitExposed(view)
    order = view.board.order
    view.give_floor(order[2])
    r.clock.advance(30)
    view.give_floor(order[0])
    r.clock.advance(130)  # past the 2-minute soft limit
    view.set_hand(order[1], HandKind.SPEAK)
    menu = view.tile_menu(order[8])
    next(a for a in menu.actions() if a.text() == "Mark as gone").trigger()
    r.qt.tick.emit()
    QApplication.processEvents()
    r.view, r.qtbot = view, qtbot
    return r


# --- contrast, from the pixels --------------------------------------------------------------

@pytest.mark.parametrize("scheme", SCHEMES, indirect=True)
def test_every_label_of_the_run_view_reads_at_aa(scheme, room):
    assert room.view.board.tiles[room.view.board.order[0]].state.long_turn
    assert low_labels(room.view) == []


@pytest.mark.parametrize("scheme", SCHEMES, indirect=True)
def test_every_label_of_the_main_window_reads_at_aa(scheme, gui, store):
    window = gui.window(store)
    QApplication.processEvents()
    assert low_labels(window) == []


@pytest.mark.parametrize("scheme", SCHEMES, indirect=True)
def test_every_label_of_the_editor_reads_at_aa(scheme, gui, store):
    from coprodesk.demo import create_demo

    first, _ = create_demo(store)
    window = gui.window(store)
    window.open_meeting(first)
    low = {}
    for tab in range(window.editor.ui.tabs.count()):
        window.editor.ui.tabs.setCurrentIndex(tab)
        QApplication.processEvents()
        if found := low_labels(window):
            low[window.editor.ui.tabs.tabText(tab)] = found
    assert low == {}


@pytest.mark.parametrize("scheme", SCHEMES, indirect=True)
def test_a_problem_said_in_the_editor_reads_at_aa(scheme, gui, store):
    from PySide6.QtCore import QTime

    from coprodesk.demo import create_demo

    first, _ = create_demo(store)
    window = gui.window(store)
    window.open_meeting(first)
    window.editor.ui.tabs.setCurrentIndex(0)
    details = window.editor.details
    details.ui.startEdit.setTime(QTime(14, 0))
    details.ui.endEdit.setTime(QTime(9, 0))
    QApplication.processEvents()
    assert details.end_problem.isVisible() and details.end_problem.text()
    assert low_labels(window) == []


@pytest.mark.parametrize("scheme", SCHEMES, indirect=True)
def test_every_label_of_the_decision_panel_reads_at_aa(scheme, room):
    room.view.toggle_panel("decisions")
    QApplication.processEvents()
    assert room.view.decisions is not None and room.view.decisions.isVisible()
    assert low_labels(room.view) == []


def _tile_bands(tile: Tile) -> list[QRect]:
    """Where a tile writes: its top line right of the key badge, and the lines below."""
    (name_f, small_f, clock_f), bar = tile._metrics()
    top_h = max(QFontMetrics(name_f).height(), QFontMetrics(clock_f).height())
    y0 = 8 if tile.compact else 10
    badge = QFontMetrics(small_f).horizontalAdvance("0") + 10
    bands = [QRect(16 + badge + 6, y0, tile.width() - 28 - badge - 6, top_h)]
    small_h = QFontMetrics(small_f).height()
    if not tile.compact:
        bands.append(QRect(16, y0 + top_h + 4, tile.width() - 28, small_h))
    bands.append(QRect(bar.right() + 6, bar.center().y() - small_h // 2, tile.width() - bar.right() - 18,
                       small_h))
    return bands


def _words(px: Pixels, band: QRect, gap: int = 3) -> list[float]:
    """Contrast of each run of non-background columns in a band (a word, a pill, a clock); a run
    ends at ``gap`` background columns, so thin letters count with their word."""
    bg = px.region(band).most_common(1)[0][0]
    out, run, blank = [], Counter(), 0
    for x in range(band.left(), band.right() + gap + 1):
        col = px.region(QRect(x, band.top(), 1, band.height())) if x <= band.right() else Counter()
        if col and set(col) != {bg}:
            run.update(col)
            blank = 0
            continue
        blank += 1
        if run and blank >= gap:
            own = run.most_common(1)[0][0]
            out.append(max(ratio_of_luminances(_lum(own), _lum(c)) for c in run))
            run = Counter()
    return out


@pytest.mark.parametrize("scheme", SCHEMES, indirect=True)
def test_tiles_in_every_state_read_at_aa(scheme, room):
    board = room.view.board
    order = board.order
    states = {"long turn": order[0], "hand up": order[1], "spoke": order[2], "gone": order[8],
              "quiet": order[4]}
    assert board.tiles[order[8]].state.gone and board.tiles[order[1]].state.hand is not None
    low = {}
    for what, pid in states.items():
        tile = board.tiles[pid]
        px = Pixels(tile.grab())
        for band in _tile_bands(tile):
            words = [w for w in _words(px, band) if w < AA_TEXT]
            if words:
                low[what] = round(min(words), 1)
    assert low == {}


@pytest.mark.parametrize("scheme", SCHEMES, indirect=True)
@pytest.mark.parametrize(("fraction", "level"), [(0.3, "calm"), (0.7, "calm"), (0.85, "amber"),
                                                 (0.62, "amber"), (1.2, "red")])
def test_the_agenda_bar_text_reads_on_every_level(scheme, qtbot, fraction, level):
    bar = AgendaBar()
    qtbot.addWidget(bar)
    bar.resize(260, bar.sizeHint().height())
    bar.show()
    bar.set_value(fraction, level, "")
    without = Pixels(bar.grab())
    bar.set_value(fraction, level, "12:34 of 20:00")
    with_text = Pixels(bar.grab())
    letters = letters_contrast(with_text, without, bar.rect())
    assert len(letters) >= 8
    assert min(letters) >= threshold(bar.font())


# --- the focus outline ----------------------------------------------------------------------

def _focusable(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget)
            if w.isVisibleTo(root) and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and w.focusProxy() is None and w.width() > 4]


def focus_change(root: QWidget, w: QWidget, qtbot) -> int:
    """Pixels inside ``w`` (and 3 px around it) that focus changes by at least 3:1."""
    root.setFocus()
    qtbot.waitUntil(lambda: not w.hasFocus())
    before = Pixels(root.grab())
    w.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(w.hasFocus)
    after = Pixels(root.grab())
    tl = w.mapTo(root, w.rect().topLeft())
    area = QRect(tl.x() - 3, tl.y() - 3, w.width() + 6, w.height() + 6).intersected(
        QRect(0, 0, before.w, before.h))
    changed = 0
    for y in range(area.top(), area.bottom() + 1):
        for x in range(area.left(), area.right() + 1):
            a, b = before.at(x, y), after.at(x, y)
            if a != b and ratio_of_luminances(luminance_rgb(*a), luminance_rgb(*b)) >= AA_LARGE:
                changed += 1
    return changed


def weak_focus(root: QWidget, qtbot) -> list[str]:
    """Focusable widgets whose focus shows less than a 2 px outline at 3:1 (80 % of the ring
    of a 2 px outline around the smaller of the widget and 200 px per side)."""
    root.activateWindow()
    qtbot.waitUntil(root.isActiveWindow)
    weak = []
    for w in _focusable(root):
        ring = 2 * 2 * (min(w.width(), 200) + min(w.height(), 200))
        got = focus_change(root, w, qtbot)
        if got < 0.8 * ring:
            weak.append(f"{type(w).__name__} {w.objectName()!r} {got}/{ring}")
    return weak


@pytest.mark.parametrize("scheme", SCHEMES, indirect=True)
def test_every_control_of_the_run_view_shows_focus(scheme, room):
    assert len(_focusable(room.view)) >= 4
    assert weak_focus(room.view, room.qtbot) == []


@pytest.mark.parametrize("scheme", SCHEMES, indirect=True)
def test_every_control_of_the_main_window_shows_focus(scheme, gui, store, qtbot):
    window = gui.window(store)
    assert len(_focusable(window)) >= 3
    assert weak_focus(window, qtbot) == []


# --- the participant screen: contrast and text as drawn ----------------------------------------

NAMES = ("Amara Okafor", "Tom Reilly", "Sione Tupou", "Margaret Chen", "Dev Patel", "Ruth Adeyemi",
         "Liam Byrne", "Jo Fischer", "Helen Ward", "Grace Mensah", "Omar Haddad", "Nina Kowalski",
         "Ben Carter", "Aisha Rahman", "Pete Lawson", "Mei Lin", "Kofi Boateng", "Sarah O'Neill",
         "Raj Singh", "Lucy Evans", "Marek Nowak", "Fatima Ali", "Hugh Jenkins", "Zoe Adams")


@pytest.fixture
def screen(store, qtbot):
    """``screen(people)``: the participant screen of a meeting of that many people, each of
    whom has spoken, a turn running."""
    opened = []

    def open_screen(people: int, size=(1920, 1080)) -> ParticipantWindow:
        mid = repo.create_meeting(store, "Spring workshop", date="2026-04-16", start_time="10:00")
        groups = repo.load_meeting(store, mid).groups
        for n, name in enumerate(NAMES[:people]):
            repo.add_participant(store, mid, name, groups[n % 4].id)
        repo.add_item(store, mid, "Peer-support pilot: first sites", 1800, ItemKind.DISCUSSION)
        clock = FakeClock(1_776_333_600_000)
        session = MeetingSession(store, mid, clock)
        qt = QtSession(session)
        opened.append(qt)
        for k, p in enumerate(session.meeting.counted):
            session.give_floor(p.id)
            clock.advance(10 + 3 * k)
        w = ParticipantWindow(qt)
        qtbot.addWidget(w)
        w.resize(*size)
        w.show()
        qtbot.waitExposed(w)
        qt.notify()
        qt.tick.emit()
        QApplication.processEvents()
        w.grab()  # every bar paints
        return w

    yield open_screen
    for qt in opened:
        qt.stop()


@pytest.mark.parametrize("people", [6, 10, 14, 24])
def test_participant_text_as_drawn_is_32_px_at_1080p_and_nothing_is_cut(screen, people):
    w = screen(people)
    rows = [r for r in w.findChildren(Painted) if r.isVisible() and r.drawn_strings()]
    assert all(r.drawn_px for r in rows)
    assert min(min(r.drawn_px) for r in rows) >= 32
    assert not [t for r in rows for t in r.drawn_text if "…" in t]
    for r in rows:  # every row inside its board and the window
        assert w.rect().contains(QRect(r.mapTo(w, r.rect().topLeft()), r.size()))


def test_a_swatch_label_is_as_tall_on_screen_as_it_says(screen):
    """The recorded size is the drawn one: an H on a person's swatch has a 32 px font's cap."""
    w = screen(24)
    row = next(r for r in w.people.rows.values() if r.isVisible())
    px = Pixels(row.grab())
    u, h = row.unit, row.height()
    line_h = min(u * 1.3, h - 4.0)
    top = round((h - line_h) / 2) + 4
    inside = range(round(u * 0.2) + 4, round(row._columns()[2] - u * 0.55 + u * 0.2) - 4)
    ink = [y for y in range(top, round(top + line_h) - 8) for x in inside
           if contrast_ratio("#{:02x}{:02x}{:02x}".format(*px.at(x, y)), row.state.colour) >= AA_TEXT]
    cap = max(ink) - min(ink) + 1
    cap_px = QFontMetrics(row._columns()[0]).capHeight()
    assert cap_px >= 22
    assert cap >= cap_px - 2


@pytest.mark.parametrize("scheme", SCHEMES, indirect=True)
def test_the_participant_screen_follows_the_scheme_and_reads_at_aa(scheme, screen):
    w = screen(10)
    assert w.theme.name == scheme
    assert all(p.theme.name == scheme for p in w.findChildren(Painted))  # every bar follows
    assert w.palette().window().color().name() == THEMES[scheme].background
    assert low_labels(w) == []


# --- placeholders and bars ------------------------------------------------------------------

class Placeholders:
    """Every placeholder shown on the screens ``walk_everything`` opens, with the contrast
    of its letters as rendered (with it and without it: only the letters change)."""

    def __init__(self) -> None:
        self.data: list[str] = []
        self.ratios: dict[str, float] = {}

    def read(self, root: QWidget, where: str) -> None:
        from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit

        QApplication.processEvents()
        for w in (root, *root.findChildren(QWidget)):
            if not isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit)) or not w.isVisible() \
                    or not w.placeholderText() or (w.text() if isinstance(w, QLineEdit)
                                                   else w.toPlainText()):
                continue
            text = w.placeholderText()
            area = w if isinstance(w, QLineEdit) else w.viewport()
            shown = Pixels(area.grab())
            w.setPlaceholderText("")
            QApplication.processEvents()
            blank = Pixels(area.grab())
            w.setPlaceholderText(text)
            letters = letters_contrast(shown, blank, QRect(0, 0, shown.w, shown.h))
            self.ratios[f"{where}: {w.objectName()} {text[:30]!r}"] = max(letters, default=21.0)


@pytest.mark.parametrize("scheme", SCHEMES, indirect=True)
def test_every_placeholder_reads_at_aa(scheme, qtbot, store, tmp_path):
    from .test_languages import walk_everything

    seen = Placeholders()
    walk_everything(qtbot, store, tmp_path, seen)
    assert len(seen.ratios) >= 8  # the walk met the placeholders it should
    low = {k: round(v, 2) for k, v in seen.ratios.items() if v < AA_TEXT}
    assert low == {}


BAR_COLOURS = (*__import__("coprodesk.domain.vocabulary", fromlist=["PALETTE"]).PALETTE,
               "#888888", "#ffffff")  # every palette colour, and colours an import may bring


def bar_pixels(theme, colour: str, share: float) -> Pixels:
    from coprodesk.gui.participant.bars import BarState, GroupBar

    bar = GroupBar(1)
    bar.set_look(theme, 32.0)
    bar.resize(640, bar.sizeHint().height())
    bar.set_state(BarState("LE", "Lived experience", colour, "solid", share, 0.0, 1.0, "x"))
    return Pixels(bar.grab())


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_every_groups_bar_stands_out_3_to_1_from_its_track_on_the_participant_screen(qtbot, theme):
    """The filled part of a share bar against the empty track beside it, from the pixels
    (with and without the share: the pixels that change are the fill)."""
    low = {}
    for colour in BAR_COLOURS:
        filled, empty = bar_pixels(THEMES[theme], colour, 0.5), bar_pixels(THEMES[theme], colour, 0.0)
        fill, track = Counter(), Counter()
        for y in range(filled.h):
            for x in range(filled.w // 2):
                a, b = filled.at(x, y), empty.at(x, y)
                if a != b:
                    fill[a] += 1
                    track[b] += 1
        ratio = ratio_of_luminances(luminance_rgb(*fill.most_common(1)[0][0]),
                                    luminance_rgb(*track.most_common(1)[0][0]))
        if ratio < AA_LARGE:
            low[colour] = round(ratio, 2)
    assert low == {}


def test_every_bar_colour_stands_out_3_to_1_from_its_track_in_both_schemes():
    """What the desktop tiles and the participant screen fill their bars with, for every
    group colour, against their tracks (light and dark), and the item's time bar."""
    from coprodesk.gui.colours import SCHEMES as DESKTOP
    from coprodesk.gui.colours import bar_fill

    tracks = {f"desktop {s.name}": s.track for s in DESKTOP.values()}
    tracks |= {f"participant {t.name}": t.track for t in THEMES.values()}
    low = {(where, c): round(contrast_ratio(bar_fill(c, track), track), 2)
           for where, track in tracks.items() for c in BAR_COLOURS
           if contrast_ratio(bar_fill(c, track), track) < AA_LARGE}
    low |= {(f"participant {t.name}", what): round(contrast_ratio(c, t.track), 2)
            for t in THEMES.values() for what, c in (("time", t.accent), ("over", t.over))
            if contrast_ratio(c, t.track) < AA_LARGE}
    assert low == {}
    assert bar_fill("#0072B2", THEMES["light"].track) == "#0072B2"  # a colour that stands out stays


# --- F1 ---------------------------------------------------------------------------------------

def test_f1_takes_the_focus_off_the_tiles_it_covers_and_gives_it_back(room):
    view = room.view
    tile = view.board.tiles[view.board.order[0]]
    tile.setFocus()
    room.qtbot.keyClick(tile, Qt.Key.Key_F1)
    assert view.help.isVisible()
    focus = QApplication.focusWidget()
    assert focus is not None and view.help.isAncestorOf(focus), focus
    room.qtbot.keyClick(focus, Qt.Key.Key_Tab)  # Tab stays in the overlay, off the tiles
    assert view.help.isAncestorOf(QApplication.focusWidget())
    room.qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F1)
    assert not view.help.isVisible()
    assert QApplication.focusWidget() is tile
