"""Sharing the live meeting with participants' own devices, from the run view.

Meeting → Share with devices… asks which address to listen on (this computer's address on
the room's network, chosen for the facilitator) and starts ``share.server`` on a thread of
its own. While it runs a banner at the top of the run view says where, how many devices
follow, and offers the QR codes (the room link for the projector; each person's card, one
at a time on screen or all on a printable sheet), renewing the links and Stop sharing.
Sharing stops with the button, when the meeting ends, when the run view closes and on quit.

What a device changes (a hand) is written by the server through its own connection to
the database; this side notices it through SQLite's ``data_version`` twice a second and
reads the meeting again, so the queue shows a phone's hand as it shows a key's.

Imported only when sharing is asked for: the window's start-up pays for none of it
(aiohttp and segno included).
"""

from __future__ import annotations

import html
import io
import socket
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coprodesk.domain import lifecycle
from coprodesk.gui import colours
from coprodesk.gui.announce import announce
from coprodesk.gui.inner_names import name_inner_parts
from coprodesk.gui.qt_session import QtSession
from coprodesk.share import links as share_links
from coprodesk.share.lock import SharedElsewhere
from coprodesk.share.server import ShareServer, ShareThread, room_address
from coprodesk.store.errors import StoreError

DEFAULT_PORT = 8765
POLL_MS = 500
STYLE = ("QFrame#sharingBanner { background: @notice_bg; border: 1px solid @notice_edge;"
         " border-radius: 6px; } QLabel#sharingBannerLabel { color: @ink; }")


def addresses() -> list[str]:
    """Addresses this computer may listen on, the room's network first, 127.0.0.1 last."""
    found = [room_address()]
    try:
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            found.append(info[4][0])
    except OSError:
        pass
    found.append("127.0.0.1")
    out: list[str] = []
    for a in found:
        if a not in out and not (a.startswith("127.") and a != "127.0.0.1"):
            out.append(a)
    return out


def qr_pixmap(text: str, scale: int = 8) -> QPixmap:
    import segno

    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=scale, border=4)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


def cards_html(title: str, cards: list[tuple[str, str]], words: dict[str, str]) -> str:
    """A printable sheet: one card per person with their name, their QR code and their
    link (the QR codes are inline SVG: the file needs nothing else to print)."""
    import segno

    parts = []
    for name, url in cards:
        out = io.BytesIO()
        segno.make(url, error="m").save(out, kind="svg", scale=4, border=2, xmldecl=False,
                                        svgns=True)
        svg = out.getvalue().decode("utf-8")
        parts.append(f'<section class="card"><h2>{html.escape(name)}</h2>{svg}'
                     f'<p>{html.escape(words["keep"])}</p><p class="url">{html.escape(url)}</p>'
                     "</section>")
    return ("<!doctype html><html><head><meta charset=\"utf-8\">"
            f"<title>{html.escape(title)}</title><style>"
            "body{font-family:sans-serif;margin:0}"
            ".card{display:inline-block;box-sizing:border-box;width:48%;margin:1%;padding:1em;"
            "border:1px dashed #555;break-inside:avoid;vertical-align:top;text-align:center}"
            ".card svg{width:60%;height:auto}.url{font-size:8pt;word-break:break-all}"
            "</style></head><body>" + "".join(parts) + "</body></html>")


class ShareDialog(QDialog):
    """Where to listen: an address of this computer and a port, with what it means."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Share with participants' devices"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Phones, tablets and laptops on the room's network can follow the meeting, and "
            "each person can raise their hand and give a stance privately with their own "
            "link. Nothing leaves the room. Traffic is not encrypted: use the room's own "
            "network or this computer's hotspot, not a public one."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.address = QComboBox(self)
        self.address.setEditable(True)
        self.address.addItems(addresses())
        self.address.setAccessibleName(self.tr("Address to listen on"))
        self.address.lineEdit().setAccessibleName(self.tr("Address to listen on"))
        form.addRow(self.tr("&Address:"), self.address)
        self.port = QSpinBox(self)
        self.port.setRange(1024, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setAccessibleName(self.tr("Port"))
        form.addRow(self.tr("&Port:"), self.port)
        layout.addLayout(form)
        buttons = QDialogButtonBox(self)
        start = buttons.addButton(self.tr("&Start sharing"), QDialogButtonBox.ButtonRole.AcceptRole)
        start.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        name_inner_parts(self)


class QrDialog(QDialog):
    """One QR code big enough for the projector or a phone's camera, with its link."""

    def __init__(self, title: str, caption: str, url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.caption = QLabel(caption, self)
        self.caption.setWordWrap(True)
        layout.addWidget(self.caption)
        self.code = QLabel(self)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.code)
        self.link = QLabel(self)
        self.link.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.link.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.link.setWordWrap(True)
        layout.addWidget(self.link)
        self.extra = QHBoxLayout()
        layout.addLayout(self.extra)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.show_code(caption, url)

    def show_code(self, caption: str, url: str) -> None:
        self.caption.setText(caption)
        self.code.setPixmap(qr_pixmap(url, scale=10))
        self.code.setAccessibleName(self.tr("QR code of the link: {caption}").format(caption=caption))
        self.link.setText(url)
        self.link.setAccessibleName(self.tr("Link"))


class SharingBanner(QFrame):
    """Above the run view while sharing: where, how many devices follow, and the controls."""

    def __init__(self, sharing: Sharing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sharingBanner")
        colours.themed(self, STYLE)
        self.setAccessibleName(self.tr("Sharing with devices"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.label = QLabel(self)
        self.label.setObjectName("sharingBannerLabel")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                           | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        layout.addWidget(self.label, 1)
        self.room_button = QPushButton(self.tr("&Room QR code"), self)
        self.cards_button = QPushButton(self.tr("&Cards…"), self)
        self.renew_button = QPushButton(self.tr("Re&new links…"), self)
        self.stop_button = QPushButton(self.tr("S&top sharing"), self)
        self.stop_button.setObjectName("stopSharingButton")
        for b, slot in ((self.room_button, sharing.show_room_code),
                        (self.cards_button, sharing.show_cards),
                        (self.renew_button, sharing.renew),
                        (self.stop_button, sharing.stop)):
            b.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            b.clicked.connect(slot)
            layout.addWidget(b)

    def say(self, url: str, following: int) -> None:
        text = (self.tr("Shared with devices at {url}: 1 device following").format(url=url)
                if following == 1 else
                self.tr("Shared with devices at {url}: {n} devices following").format(
                    url=url, n=following))
        if self.label.text() != text:
            self.label.setText(text)
            self.label.setAccessibleName(text)


class Sharing(QObject):
    """One meeting shared from the run view: its server thread, its links, its banner."""

    stopped = Signal()

    def __init__(self, qt_session: QtSession, host: QWidget) -> None:
        super().__init__(host)
        self.qt = qt_session
        self.host = host
        self.thread: ShareThread | None = None
        self.server: ShareServer | None = None
        self.made: share_links.Links | None = None
        self.banner: SharingBanner | None = None
        self.dialog: QDialog | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self._poll)

    @property
    def active(self) -> bool:
        return self.thread is not None

    def start(self, address: str, port: int) -> None:
        """Make (or find) the links and listen; raises OSError or StoreError."""
        from coprodesk.minutes.language import current_language, domain_word

        session = self.qt.session
        self.made = share_links.ensure_links(session.store, session.meeting, session.now_ms())
        server = ShareServer(session.store.path, session.meeting_id, address, port,
                             language=current_language(), words=domain_word)
        thread = ShareThread(server)
        thread.start()
        self.thread, self.server = thread, server
        self.timer.start()
        self._poll()
        announce(self.host, self.tr("Sharing with devices at {url}").format(url=server.base_url))

    def stop(self) -> None:
        """Stop listening and close every device's connection."""
        if self.thread is None:
            return
        self.timer.stop()
        thread, self.thread, self.server = self.thread, None, None
        thread.stop()
        if self.banner is not None:
            self.banner.hide()
        if self.dialog is not None:
            self.dialog.close()
            self.dialog = None
        announce(self.host, self.tr("Sharing with devices stopped"))
        self.stopped.emit()

    def link(self, secret: str) -> str:
        return self.server.link(secret) if self.server else ""

    def _poll(self) -> None:
        """What devices changed, how many follow, and the end of the meeting."""
        if self.server is None:
            return
        session = self.qt.session
        if lifecycle.is_locked(session.meeting):
            self.stop()  # the links end with the meeting
            return
        self.qt.watch_others()  # a phone's hand, sooner than the session's own beat
        if self.banner is not None:
            self.banner.say(self.server.base_url, self.server.streams)
            self.banner.show()

    def show_room_code(self) -> None:
        if self.server is None or self.made is None:
            return
        dialog = QrDialog(self.tr("Room link"), self.tr(
            "Everyone in the room can follow the meeting with this link."),
            self.link(self.made.room), self.host)
        self.dialog = dialog
        dialog.open()

    def show_cards(self) -> None:
        """Each person's card on screen, one at a time, and the printable sheet of all."""
        if self.server is None or self.made is None:
            return
        people = [p for p in self.qt.meeting.participants if p.id in self.made.people]
        if not people:
            return
        dialog = QrDialog(self.tr("Personal links"), people[0].name,
                          self.link(self.made.people[people[0].id]), self.host)
        chooser = QComboBox(dialog)
        chooser.setAccessibleName(self.tr("Person"))
        for p in people:
            chooser.addItem(p.name, p.id)
        chooser.currentIndexChanged.connect(lambda i: dialog.show_code(
            people[i].name, self.link(self.made.people[people[i].id])))
        dialog.extra.addWidget(chooser, 1)
        save = QPushButton(self.tr("&Save cards for printing…"), dialog)
        save.clicked.connect(lambda: self.save_cards(dialog))
        dialog.extra.addWidget(save)
        name_inner_parts(dialog)
        self.dialog = dialog
        dialog.open()

    def save_cards(self, parent: QWidget, path: str | None = None) -> Path | None:
        """Write every person's card to an HTML file (private: each card is a secret)."""
        from coprodesk.fileio import atomic_write_text
        from coprodesk.privacy import PRIVATE_FILE

        if path is None:
            path, _filter = QFileDialog.getSaveFileName(
                parent, self.tr("Save cards for printing"), "cards.html",
                self.tr("Web page (*.html)"))
            if not path:
                return None
        words = {"keep": self.tr("Your own link: keep it to yourself.")}
        cards = [(p.name, self.link(self.made.people[p.id]))
                 for p in self.qt.meeting.participants if p.id in self.made.people]
        target = Path(path)
        atomic_write_text(target, cards_html(self.qt.meeting.title, cards, words),
                          mode=PRIVATE_FILE)
        return target

    def renew(self) -> None:
        """Revoke every link (printed cards stop working) and make new ones."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Renew links"), self.tr(
            "Every link given out so far stops working, printed cards too. Renew them?"),
            QMessageBox.StandardButton.Cancel, self.host)
        renew = box.addButton(self.tr("&Renew links"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _r: box.clickedButton() is renew and self.renew_now())
        box.open()

    def renew_now(self) -> None:
        session = self.qt.session
        try:
            self.made = share_links.renew_links(session.store, session.meeting, session.now_ms())
        except StoreError as exc:
            self.qt.problem.emit(exc.message)
            return
        announce(self.host, self.tr("New links made; the old ones no longer work"))


def ask_and_start(sharing: Sharing, parent: QWidget) -> ShareDialog:
    """Meeting → Share with devices…: the dialog, then sharing (or the reason it could not)."""
    dialog = ShareDialog(parent)

    def done(result: int) -> None:
        if result != QDialog.DialogCode.Accepted:
            return
        try:
            sharing.start(dialog.address.currentText().strip(), dialog.port.value())
        except (OSError, StoreError, SharedElsewhere) as exc:
            why = getattr(exc, "message", None) or getattr(exc, "strerror", None) or str(exc)
            sharing.qt.problem.emit(sharing.tr("Sharing could not start: {why}").format(why=why))

    dialog.finished.connect(done)
    dialog.open()
    return dialog
