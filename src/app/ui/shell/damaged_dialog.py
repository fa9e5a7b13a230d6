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

from app.dates import moment_text
from app.domain.backup_policy import BackupInfo
from app.services.database import DamagedDatabaseError

if TYPE_CHECKING:
    from app.ui.shell.controller import AppController


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
        self.setWindowTitle(self.tr("Your history needs attention"))
        self.setMinimumWidth(560)
        self.backup = backup
        self.choice = DamagedChoice.QUIT

        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        heading = QLabel(self.tr("Legwork found a problem with your history file"))
        heading.setObjectName("dialogHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        layout.addWidget(heading)

        moved = (
            self.tr("It has been moved aside to:{path}") if error.written
            else self.tr("It has been moved aside, unchanged, to:{path}")
        )
        where = (
            moved.format(path=f"<br><code>{html.escape(str(error.moved_to))}</code>")
            if error.moved_to is not None
            else self.tr("It is still at {path}.").format(
                path=f"<code>{html.escape(str(error.database))}</code>")
        )
        what = (
            self.tr("The file where Legwork keeps your sessions is damaged. This can happen after "
                    "a power cut, a full disk or a failing drive. Legwork stopped writing to it "
                    "as soon as its check found the damage; it holds only what was recorded in "
                    "the seconds before.")
            if error.written
            else self.tr("The file where Legwork keeps your sessions is damaged. This can happen "
                         "after a power cut, a full disk or a failing drive. Legwork has not "
                         "written anything to it.")
        )
        self.explanation = QLabel(what + " " + where)
        if backup is not None:
            advice = self.tr(
                "Your newest good backup is from {time} and holds {sessions} sessions ({sets} "
                "sets). Restoring it brings back everything up to then."
            ).format(time=f"<b>{moment_text(backup.created_at)}</b>",
                     sessions=backup.sessions, sets=backup.sets)
        else:
            advice = self.tr(
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
        self.quit_button = QPushButton(self.tr("Quit"))
        self.fresh_button = QPushButton(self.tr("Start fresh"))
        self.restore_button = QPushButton(self.tr("Restore newest good backup"))
        self.restore_button.setVisible(backup is not None)
        for button, tip in (
            (self.quit_button, self.tr("Close Legwork and leave the files as they are")),
            (self.fresh_button, self.tr("Start again with an empty history")),
            (self.restore_button, self.tr("Bring back your history from the newest good backup")),
        ):
            button.setToolTip(tip)
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
