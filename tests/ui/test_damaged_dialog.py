"""A damaged database at start: the dialog explains, and restore or a fresh start work."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.storage.backups import create_backup
from app.storage.integrity import DamagedDatabaseError
from app.storage.sessions import sessions_for
from app.ui.shell.controller import AppController
from app.ui.shell.damaged_dialog import (
    DamagedChoice,
    DamagedDialog,
    apply_choice,
    recover_from_damage,
)
from tests.storage.damage import corrupt_middle, count_rows


@pytest.fixture
def damaged(history_file: Path) -> tuple[AppController, DamagedDatabaseError, bytes]:
    """A controller whose database was found damaged on open (a good backup exists)."""
    create_backup(history_file)
    damaged_bytes = corrupt_middle(history_file)
    controller = AppController(f"sqlite:///{history_file}")
    with pytest.raises(DamagedDatabaseError) as caught:
        controller.open_database()
    yield controller, caught.value, damaged_bytes
    controller.close()


def test_the_dialog_says_what_happened_and_where_the_copy_is(damaged, qtbot) -> None:
    controller, error, _bytes = damaged
    backup = controller.newest_good_backup()
    dialog = DamagedDialog(error, backup)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "damaged" in dialog.explanation.text()
    assert str(error.moved_to) in dialog.explanation.text()
    assert "has not written anything" in dialog.explanation.text()
    assert f"{backup.sessions} sessions" in dialog.advice.text()
    assert dialog.restore_button.isVisible() and dialog.restore_button.isDefault()


def test_restore_newest_good_backup_brings_the_history_back(damaged, qtbot) -> None:
    controller, error, damaged_bytes = damaged
    dialog = DamagedDialog(error, controller.newest_good_backup())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.choice is DamagedChoice.RESTORE
    assert apply_choice(controller, dialog.choice, dialog.backup)
    assert controller.db is not None and controller.athlete is not None
    assert len(sessions_for(controller.db, controller.athlete.id)) > 0
    assert count_rows(controller.db.path, "set_entry") == dialog.backup.sets
    assert error.moved_to.read_bytes() == damaged_bytes, "the damaged copy is kept as it was"


def test_start_fresh_opens_an_empty_history_and_keeps_the_damaged_file(damaged, qtbot) -> None:
    controller, error, damaged_bytes = damaged
    dialog = DamagedDialog(error, controller.newest_good_backup())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.fresh_button, Qt.MouseButton.LeftButton)
    assert apply_choice(controller, dialog.choice, dialog.backup)
    assert controller.db is not None
    assert count_rows(controller.db.path, "set_entry") == 0
    assert error.moved_to.read_bytes() == damaged_bytes


def test_quit_leaves_everything_as_it_is(damaged, qtbot) -> None:
    controller, error, _bytes = damaged
    dialog = DamagedDialog(error, None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.restore_button.isVisible()
    assert "no backup" in dialog.advice.text()
    qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)
    assert not apply_choice(controller, dialog.choice, None)
    assert controller.db is None
    assert not error.database.exists()


def test_the_whole_start_up_recovery_with_the_modal_dialog(damaged, qtbot) -> None:
    controller, error, _bytes = damaged

    def click_restore() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, DamagedDialog)
        dialog.restore_button.click()

    QTimer.singleShot(0, click_restore)
    assert recover_from_damage(controller, error)
    assert controller.db is not None
    assert count_rows(controller.db.path, "set_entry") > 0
