"""A damaged database at start: the dialog explains, and restore or a fresh start work."""

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from app.domain import preferences as prefs
from app.storage import integrity
from app.storage.backups import create_backup
from app.storage.integrity import DamagedDatabaseError, damaged_copies
from app.storage.sessions import sessions_for
from app.ui.shell.application import recover_in_window
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


# -- damage found by the check that runs just after the window opened --------


@pytest.fixture
def large(monkeypatch: pytest.MonkeyPatch) -> None:
    """Treat the 2,000-set test history as large (8 MiB and more): checked after opening."""
    monkeypatch.setattr(integrity, "QUICK_CHECK_MAY_WAIT_BYTES", 1)


def test_damage_found_after_the_start_closes_the_history_and_sets_it_aside(
    history_file: Path, large: None, qtbot
) -> None:
    create_backup(history_file)
    damaged_bytes = corrupt_middle(history_file)
    controller = AppController(f"sqlite:///{history_file}")
    try:
        with qtbot.waitSignal(controller.damage_found, timeout=20_000) as found:
            controller.open_database()
            assert controller.db is not None and controller.checking, "usable before the check"
        error = found.args[0]
        assert isinstance(error, DamagedDatabaseError)
        assert controller.db is None, "nothing more is written to it"
        assert not controller.checking
        assert error.moved_to is not None
        assert error.moved_to.read_bytes() == damaged_bytes, "set aside exactly as it was"
        assert not history_file.exists()
        assert "damaged" in str(error)

        window = QWidget()
        qtbot.addWidget(window)
        seen: list[DamagedDialog] = []

        def click_restore() -> None:
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, DamagedDialog)
            seen.append(dialog)
            dialog.restore_button.click()

        QTimer.singleShot(0, click_restore)
        recover_in_window(window, controller, error)
        assert seen and str(error.moved_to) in seen[0].explanation.text()
        assert controller.db is not None
        assert count_rows(controller.db.path, "set_entry") > 0
    finally:
        controller.close()


def test_quitting_at_the_dialog_after_the_start_closes_the_window(
    history_file: Path, large: None, qtbot
) -> None:
    corrupt_middle(history_file)
    controller = AppController(f"sqlite:///{history_file}")
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    try:
        with qtbot.waitSignal(controller.damage_found, timeout=20_000) as found:
            controller.open_database()

        def click_quit() -> None:
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, DamagedDialog)
            dialog.quit_button.click()

        QTimer.singleShot(0, click_quit)
        recover_in_window(window, controller, found.args[0])
        qtbot.waitUntil(lambda: not window.isVisible())
        assert controller.db is None
    finally:
        controller.close()


def test_a_sound_large_history_stays_open_after_its_check(
    history_file: Path, large: None, qtbot
) -> None:
    controller = AppController(f"sqlite:///{history_file}")
    try:
        with qtbot.assertNotEmitted(controller.damage_found), \
                qtbot.waitSignal(controller.history_checked, timeout=20_000):
            controller.open_database()
        assert controller.db is not None and not controller.checking
        assert not damaged_copies(history_file)
    finally:
        controller.close()


def test_closing_during_the_check_stops_it_and_reports_nothing(
    history_file: Path, large: None, qtbot
) -> None:
    controller = AppController(f"sqlite:///{history_file}")
    corrupt_middle(history_file)
    with qtbot.assertNotEmitted(controller.damage_found, wait=200):
        controller.open_database()
        controller.close()
    assert not controller.checking
    assert history_file.exists(), "a check that was stopped moves nothing"


def test_the_dialog_says_so_when_something_was_written_before_the_check_ended(
    history_file: Path, large: None, qtbot
) -> None:
    corrupt_middle(history_file)
    controller = AppController(f"sqlite:///{history_file}")
    try:
        with qtbot.waitSignal(controller.damage_found, timeout=20_000) as found:
            controller.open_database()
            controller.set_preference(prefs.SOUNDS, False)  # before the check reports
        error = found.args[0]
        dialog = DamagedDialog(error, None)
        qtbot.addWidget(dialog)
        assert error.written
        assert "stopped writing to it" in dialog.explanation.text()
        assert "has not written anything" not in dialog.explanation.text()
    finally:
        controller.close()


def test_kiosk_mode_waits_for_the_check_so_it_never_holds_a_damaged_history(
    history_file: Path, large: None, qtbot, ui_settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.ui.shell.main_window import MainWindow

    release = threading.Event()
    run = integrity.BackgroundCheck.run

    def held(check: integrity.BackgroundCheck) -> integrity.CheckResult | None:
        release.wait(20)
        return run(check)

    monkeypatch.setattr(integrity.BackgroundCheck, "run", held)
    controller = AppController(f"sqlite:///{history_file}")
    window = MainWindow(controller, ui_settings)
    qtbot.addWidget(window)
    try:
        controller.open_database()
        assert controller.checking
        window.open_kiosk()
        assert window.kiosk_window is None
        assert "still checking your history" in window.statusBar().currentMessage()
        with qtbot.waitSignal(controller.history_checked, timeout=20_000):
            release.set()
    finally:
        release.set()
        controller.close()
