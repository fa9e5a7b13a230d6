"""File → Restore from backup… and File → Back up now, on a real database with history."""

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.dates import moment_text
from app.paths import backups_dir
from app.services.changes import Changes
from app.storage.backups import create_backup
from app.storage.sessions import finish_session, record_set, start_session
from app.ui.shell.controller import AppController
from app.ui.shell.main_window import MainWindow
from app.ui.shell.restore_dialog import RestoreDialog
from tests.builders import set_entry
from tests.storage.damage import count_rows


@pytest.fixture
def history_url(history_file: Path) -> str:
    """The window opens a copy of a real history of 2,000 sets."""
    return f"sqlite:///{history_file}"


def _add_a_session(controller: AppController) -> None:
    assert controller.db is not None and controller.athlete is not None
    session_id = start_session(controller.db, controller.athlete.id, "Extra")
    record_set(controller.db, session_id, set_entry("single-leg-squat"))
    finish_session(controller.db, session_id)


def test_back_up_now_makes_a_backup_and_says_so(window: MainWindow) -> None:
    window.actions_by_name["backup"].trigger()
    (made,) = backups_dir(window.controller.database_path()).glob("legwork-*-manual.db")
    assert made.name in window.statusBar().currentMessage()
    assert window.actions_by_name["backup"].text().replace("&", "") == "Back up now"


def test_a_finished_session_is_backed_up_automatically(window: MainWindow) -> None:
    controller = window.controller
    _add_a_session(controller)
    controller.publish(Changes(sessions=True))
    folder = backups_dir(controller.database_path())
    assert len(list(folder.glob("legwork-*-after-session.db"))) == 1
    controller.publish(Changes(sessions=True))
    assert len(list(folder.glob("legwork-*.db"))) == 1, "once per finished session"


def test_the_list_shows_local_dates_and_counts_newest_first(window: MainWindow, qtbot) -> None:
    path = window.controller.database_path()
    old = create_backup(path, now=datetime.now(UTC) - timedelta(days=3))
    _add_a_session(window.controller)
    new = create_backup(path, reason="manual")
    dialog = RestoreDialog(window.controller.backups(), window)
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.table
    assert table.rowCount() == 2
    assert table.item(0, 0).text() == moment_text(new.created_at)
    assert table.item(1, 0).text() == moment_text(old.created_at)
    assert table.item(0, 1).text() == str(new.sessions) == str(old.sessions + 1)
    assert table.item(0, 3).text() == "Backed up by you"
    assert dialog.selected() == new and dialog.restore_button.isEnabled()


def test_a_broken_file_in_the_folder_is_listed_but_cannot_be_chosen(
    window: MainWindow, qtbot
) -> None:
    folder = backups_dir(window.controller.database_path(), ensure=True)
    (folder / "legwork-20250101T000000Z.db").write_text("not a database")
    dialog = RestoreDialog(window.controller.backups(), window)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    assert "Unusable" in dialog.table.item(0, 3).text()
    assert dialog.selected() is None and not dialog.restore_button.isEnabled()


def test_no_backups_yet_explains_how_to_make_one(window: MainWindow, qtbot) -> None:
    dialog = RestoreDialog([], window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.table.isVisible()
    assert not dialog.restore_button.isEnabled()


def test_restore_from_the_menu_brings_back_the_old_history(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller = window.controller
    path = controller.database_path()
    old = create_backup(path, now=datetime.now(UTC) - timedelta(days=1))
    _add_a_session(controller)
    grown = count_rows(path, "set_entry")
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    reloaded: list[bool] = []
    controller.changed.connect(lambda changes: reloaded.append(changes.sessions))

    def choose_oldest() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RestoreDialog)
        dialog.table.selectRow(0)
        dialog.restore_button.click()

    QTimer.singleShot(0, choose_oldest)
    window.actions_by_name["restore"].trigger()
    assert count_rows(path, "set_entry") == old.sets == grown - 1
    assert controller.db is not None and reloaded
    assert "Restored your history" in window.statusBar().currentMessage()
    reasons = sorted(b.reason for b in controller.backups())
    assert "before-restore" in reasons


def test_cancelling_the_confirmation_changes_nothing(
    window: MainWindow, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = window.controller.database_path()
    create_backup(path)
    before = count_rows(path, "set_entry")
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a, **_k: QMessageBox.StandardButton.Cancel)
    dialog = RestoreDialog(window.controller.backups(), window)
    qtbot.addWidget(dialog)
    dialog.restore_button.click()
    assert dialog.chosen is None
    assert dialog.result() == 0, "not accepted"
    assert count_rows(path, "set_entry") == before


def test_the_daily_backup_at_start_runs_once(window: MainWindow) -> None:
    controller = window.controller
    controller.backup_if_due()
    controller.backup_if_due()
    (made,) = controller.backups()
    assert made.reason == "" and made.sessions is not None
