"""The quiet "offline — 3 sets waiting" badge of a kiosk whose gym server is out of reach.

Shown in the picker's header and on the athlete's screens while the server
cannot be reached or sets wait in the kiosk's outbox; hidden otherwise. It
is information, not an alarm: the athlete's sets are safe on the kiosk's
disk and go to the server by themselves, so it is muted grey, not red.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

if TYPE_CHECKING:
    from app.services.set_delivery import OutboxStatus


def badge_text(offline: bool, waiting: int) -> str:
    """"offline — 3 sets waiting", "offline", "sending 2 sets…", or "" when all is well."""
    if offline and waiting == 1:
        return QCoreApplication.translate("OfflineBadge", "offline — 1 set waiting")
    if offline and waiting:
        return QCoreApplication.translate(
            "OfflineBadge", "offline — {count} sets waiting").format(count=waiting)
    if offline:
        return QCoreApplication.translate("OfflineBadge", "offline")
    if waiting == 1:
        return QCoreApplication.translate("OfflineBadge", "sending 1 set…")
    if waiting:
        return QCoreApplication.translate(
            "OfflineBadge", "sending {count} sets…").format(count=waiting)
    return ""


class OfflineBadge(QLabel):
    """A small rounded label; `show_status(None)` (no server, or all sent) hides it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offlineBadge")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Connection to the gym's server"))
        self.hide()

    def show_status(self, status: "OutboxStatus | None") -> None:
        """Say how things stand with the server and the outbox, or hide."""
        text = "" if status is None else badge_text(not status.online, status.waiting)
        self.setText(text)
        self.setVisible(bool(text))
