"""What the app says when it finds the database damaged at start: what happened, what now."""

import html
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.storage.backups import BackupInfo
from app.storage.integrity import DamagedDatabaseError
from app.ui.restore_dialog import local_time_text

if TYPE_CHECKING:
    from app.ui.controller import AppController


class DamagedChoice(Enum):
    """What the user chose to do about a damaged database."""

    RESTORE = "restore"
    FRESH = "fresh"
    QUIT = "quit"


class DamagedDialog(QDialog):
    """Explains the damage in plain words and offers restore, a fresh start, or quitting."""

    def __init__(
        self,
        error: DamagedDatabaseError,
        backup: BackupInfo | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Your history needs attention")
        self.setMinimumWidth(560)
        self.backup = backup
        self.choice = DamagedChoice.QUIT

        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        heading = QLabel("Legwork found a problem with your history file")
        heading.setObjectName("dialogHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        layout.addWidget(heading)

        where = (
            "It has been moved aside, unchanged, to:"
            f"<br><code>{html.escape(str(error.moved_to))}</code>"
            if error.moved_to is not None
            else f"It is still at <code>{html.escape(str(error.database))}</code>."
        )
        self.explanation = QLabel(
            "The file where Legwork keeps your sessions is damaged. This can happen after a "
            "power cut, a full disk or a failing drive. Legwork has not written anything to "
            f"it. {where}"
        )
        if backup is not None:
            advice = (
                f"Your newest good backup is from <b>{local_time_text(backup.created_at)}</b> "
                f"and holds {backup.sessions} sessions ({backup.sets} sets). Restoring it brings "
                "back everything up to then."
            )
        else:
            advice = (
                "There is no backup to restore. You can start with a fresh, empty history; "
                "the damaged file stays where it is in case it can be rescued."
            )
        self.advice = QLabel(advice)
        for label in (self.explanation, self.advice):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
        layout.addStretch(1)

        row = QHBoxLayout()
        self.quit_button = QPushButton("Quit")
        self.fresh_button = QPushButton("Start fresh")
        self.restore_button = QPushButton("Restore newest good backup")
        self.restore_button.setVisible(backup is not None)
        row.addWidget(self.quit_button)
        row.addStretch(1)
        row.addWidget(self.fresh_button)
        row.addWidget(self.restore_button)
        layout.addLayout(row)
        default = self.restore_button if backup is not None else self.fresh_button
        default.setDefault(True)
        default.setFocus()
        self.quit_button.clicked.connect(lambda: self._choose(DamagedChoice.QUIT))
        self.fresh_button.clicked.connect(lambda: self._choose(DamagedChoice.FRESH))
        self.restore_button.clicked.connect(lambda: self._choose(DamagedChoice.RESTORE))

    def _choose(self, choice: DamagedChoice) -> None:
        self.choice = choice
        if choice is DamagedChoice.QUIT:
            self.reject()
        else:
            self.accept()


def apply_choice(
    controller: "AppController", choice: DamagedChoice, backup: BackupInfo | None
) -> bool:
    """Carry out the user's choice; True when the database is open afterwards."""
    if choice is DamagedChoice.RESTORE and backup is not None:
        controller.restore_backup(backup.path)
        return True
    if choice is DamagedChoice.FRESH:
        # The damaged file has been moved aside, so this creates a new, empty one.
        controller.open_database()
        return True
    return False


def recover_from_damage(
    controller: "AppController", error: DamagedDatabaseError, parent: QWidget | None = None
) -> bool:
    """Show the dialog for a damaged database and act on the answer; True if now open."""
    dialog = DamagedDialog(error, controller.newest_good_backup(), parent)
    dialog.exec()
    choice, backup = dialog.choice, dialog.backup
    dialog.deleteLater()
    return apply_choice(controller, choice, backup)
