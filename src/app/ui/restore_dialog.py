"""File → Restore from backup…: pick a backup by date, see what it holds, confirm."""

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.storage.backups import BackupInfo

REASON_TEXT = {
    "": "Daily backup",
    "manual": "Backed up by you",
    "after-session": "After a session",
    "before-upgrade": "Before an update",
    "before-restore": "Before a restore",
}
COLUMNS = ("Made", "Sessions", "Sets", "Kind")


def local_time_text(moment: datetime) -> str:
    """A stored UTC time as the user reads it: local date and time, e.g. 'Mon 2 Jun 2025, 07:05'."""
    local = moment.astimezone()
    return f"{local:%a} {local.day} {local:%b %Y, %H:%M}"


def reason_text(reason: str) -> str:
    """Why a backup was made, in words ('before-restore-2' reads as 'Before a restore')."""
    for key in sorted(REASON_TEXT, key=len, reverse=True):
        if key and reason.startswith(key):
            return REASON_TEXT[key]
    return REASON_TEXT["manual"] if reason else REASON_TEXT[""]


def backup_summary(info: BackupInfo) -> str:
    """One line about a backup: when, and how much history it holds."""
    return f"{local_time_text(info.created_at)}: {info.sessions} sessions, {info.sets} sets"


class RestoreDialog(QDialog):
    """Lists backups newest first; `chosen` is the one to restore once accepted."""

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Restore from backup")
        if backups:
            self.setMinimumSize(620, 420)
        else:
            # A short note needs no room for a table.
            self.setMinimumWidth(480)
        self.backups = backups
        self.chosen: BackupInfo | None = None

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        intro = QLabel(
            "Choose a backup to bring back. Everything recorded after it was made will be "
            "replaced, but not lost: Legwork backs up your current history first."
            if backups
            else "There are no backups yet. Use File → Back up now to make one; Legwork also "
            "makes one after every finished session and once a day."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.table = QTableWidget(len(backups), len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # Room around the counts, so "3000" does not touch the grid lines.
        header.setMinimumSectionSize(84)
        for row, info in enumerate(backups):
            self._fill_row(row, info)
        self.table.setVisible(bool(backups))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        layout.addWidget(self.table, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            "Restore…", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if not backups:
            layout.insertStretch(layout.indexOf(self.buttons), 1)
        first_good = next((row for row, info in enumerate(backups) if info.ok), None)
        if first_good is not None:
            self.table.selectRow(first_good)

    def _fill_row(self, row: int, info: BackupInfo) -> None:
        cells = (
            local_time_text(info.created_at),
            "–" if info.sessions is None else str(info.sessions),
            "–" if info.sets is None else str(info.sets),
            reason_text(info.reason) if info.ok else f"Unusable: {info.problem}",
        )
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(str(info.path))
            if column in (1, 2):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if not info.ok:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, column, item)

    def selected(self) -> BackupInfo | None:
        """The usable backup under the selection, if any."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        info = self.backups[rows[0].row()]
        return info if info.ok else None

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def confirm(self, info: BackupInfo) -> bool:
        """Ask once more before the history is replaced."""
        answer = QMessageBox.question(
            self,
            "Restore this backup?",
            f"Bring back the backup from {local_time_text(info.created_at)}? It holds "
            f"{info.sessions} sessions ({info.sets} sets).\n\nYour current history is backed "
            "up first, so you can restore it again later.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def restore_selected(self) -> None:
        """Confirm the selected backup and close the dialog with it as `chosen`."""
        info = self.selected()
        if info is not None and self.confirm(info):
            self.chosen = info
            self.accept()
