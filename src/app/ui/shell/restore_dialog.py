"""File → Restore from backup…: pick a backup by date, see what it holds, confirm."""


from PySide6.QtCore import QCoreApplication, Qt
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

from app.dates import moment_text
from app.domain.backup_policy import BackupInfo
from app.ui.shell.translation import QT_TRANSLATE_NOOP

# Marked for translation here, translated where shown (context "RestoreDialog").
REASON_TEXT = {
    "": QT_TRANSLATE_NOOP("RestoreDialog", "Daily backup"),
    "manual": QT_TRANSLATE_NOOP("RestoreDialog", "Backed up by you"),
    "after-session": QT_TRANSLATE_NOOP("RestoreDialog", "After a session"),
    "before-upgrade": QT_TRANSLATE_NOOP("RestoreDialog", "Before an update"),
    "before-restore": QT_TRANSLATE_NOOP("RestoreDialog", "Before a restore"),
}
COLUMNS = (
    QT_TRANSLATE_NOOP("RestoreDialog", "Made"),
    QT_TRANSLATE_NOOP("RestoreDialog", "Sessions"),
    QT_TRANSLATE_NOOP("RestoreDialog", "Sets"),
    QT_TRANSLATE_NOOP("RestoreDialog", "Kind"),
)


def reason_text(reason: str) -> str:
    """Why a backup was made, in words ('before-restore-2' reads as 'Before a restore')."""
    keys = sorted(REASON_TEXT, key=len, reverse=True)
    key = next((k for k in keys if k and reason.startswith(k)), "manual" if reason else "")
    return QCoreApplication.translate("RestoreDialog", REASON_TEXT[key])


def backup_summary(info: BackupInfo) -> str:
    """One line about a backup: when, and how much history it holds."""
    text = QCoreApplication.translate("RestoreDialog", "{time}: {sessions} sessions, {sets} sets")
    when = moment_text(info.created_at)
    return text.format(time=when, sessions=info.sessions, sets=info.sets)


class RestoreDialog(QDialog):
    """Lists backups newest first; `chosen` is the one to restore once accepted."""

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
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
            self.tr("Choose a backup to bring back. Everything recorded after it was made will "
                    "be replaced, but not lost: Legwork backs up your current history first.")
            if backups
            else self.tr("There are no backups yet. Use File → Back up now to make one; Legwork "
                         "also makes one after every finished session and once a day.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.table = QTableWidget(len(backups), len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(column) for column in COLUMNS])
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setToolTip(self.tr("Backups, newest first; double-click one to restore it"))
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
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(
            self.tr("Close without restoring anything"))
        self.restore_button = self.buttons.addButton(
            self.tr("Restore…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setToolTip(self.tr("Bring back the selected backup"))
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
            moment_text(info.created_at),
            "–" if info.sessions is None else str(info.sessions),
            "–" if info.sets is None else str(info.sets),
            reason_text(info.reason) if info.ok
            else self.tr("Unusable: {problem}").format(problem=info.problem),
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
            self.tr("Restore this backup?"),
            self.tr("Bring back the backup from {time}? It holds {sessions} sessions ({sets} "
                    "sets).\n\nYour current history is backed up first, so you can restore it "
                    "again later.").format(time=moment_text(info.created_at),
                                           sessions=info.sessions, sets=info.sets),
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
