"""The kiosk's page while the gym's server cannot be reached at start-up.

A kiosk often boots before the server (after a power cut, every machine
starts at once). Instead of an error box and an empty screen, it says plainly
what it is waiting for and tries again on its own; the picker replaces this
page as soon as the server answers.
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

RETRY_S = 10


class ServerWaitPage(QWidget):
    """"Waiting for the gym's server", with the reason and when it tries again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Waiting for the gym's server"))
        title.setProperty("role", "kioskTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail = QLabel()
        self.detail.setProperty("role", "kioskHint")
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        hint = QLabel(self.tr(
            "Legwork tries again every {seconds} seconds and opens by itself when the server "
            "answers. If this stays, ask the gym's staff to check the server and the network."
        ).format(seconds=RETRY_S))
        hint.setProperty("role", "kioskHint")
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(80, 60, 80, 60)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addSpacing(24)
        layout.addWidget(self.detail)
        layout.addSpacing(12)
        layout.addWidget(hint)
        layout.addStretch(2)

    def show_reason(self, reason: str) -> None:
        """The one-sentence reason (it never holds a password)."""
        self.detail.setText(reason)
