"""The kiosk window: it cannot be closed or escaped without the admin PIN, and PINs lock out."""

import signal
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow

from app.domain.lockout import LOCKOUT_S, MAX_WRONG_PINS
from app.services.kiosk import admin_pin_attempts
from app.storage import kiosk as store
from app.storage.database import open_database
from tests.builders import KIOSK_ADMIN_PIN as ADMIN_PIN
from tests.builders import kiosk_database
from tests.fakes import FakeClock
from tests.ui.kiosk_helpers import open_kiosk, unlock_and_close


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "gym.db"


def test_opens_full_screen_on_the_picker(qtbot, db_path: Path, fake_clock: FakeClock) -> None:
    kiosk_database(db_path, {"Ida": None, "Ola": "1234"})
    window = open_kiosk(qtbot, db_path, fake_clock)
    # Full screen through the window manager, not a frameless "override" window
    # that plain managers leave in a corner (tests/ui/test_kiosk_fullscreen.py).
    assert window.isFullScreen()
    assert not window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert window.geometry() == window.screen().geometry()
    assert window.pages.currentWidget() is window.picker
    assert [t.athlete.name for t in window.picker.tiles] == ["Ida", "Ola"]
    assert "PIN" in window.picker.tile("Ola").last_label.text()
    unlock_and_close(window)


def test_close_requests_are_refused(qtbot, db_path: Path, fake_clock: FakeClock) -> None:
    kiosk_database(db_path, {"Ida": None})
    window = open_kiosk(qtbot, db_path, fake_clock)
    assert window.close() is False
    assert window.isVisible()
    unlock_and_close(window)
    assert not window.isVisible()


@pytest.mark.parametrize(
    ("key", "modifiers"),
    [
        (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier),
    ],
)
def test_shortcuts_do_not_reach_any_action(
    qtbot, db_path: Path, fake_clock: FakeClock, key: Qt.Key, modifiers: Qt.KeyboardModifier
) -> None:
    kiosk_database(db_path, {"Ida": None})
    window = open_kiosk(qtbot, db_path, fake_clock)
    fired: list[str] = []
    # An application-wide action on the same keys, like the desktop window's Quit.
    action = QAction("Quit", window)
    action.setShortcut(QKeySequence(key.value | modifiers.value))
    action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    action.triggered.connect(lambda: fired.append("quit"))
    window.addAction(action)
    window.activateWindow()
    qtbot.keyClick(window, key, modifiers)
    qtbot.keyClick(window.picker, key, modifiers)
    assert fired == []
    assert window.isVisible()
    assert window.pages.currentWidget() is window.picker
    unlock_and_close(window)


def test_the_desktop_quit_action_does_not_close_the_kiosk(
    qtbot, db_path: Path, fake_clock: FakeClock
) -> None:
    kiosk_database(db_path, {"Ida": None})
    main = QMainWindow()
    qtbot.addWidget(main)
    quit_action = QAction("Quit", main)
    quit_action.setShortcut(QKeySequence("Ctrl+Q"))
    quit_action.triggered.connect(main.close)
    main.addAction(quit_action)
    window = open_kiosk(qtbot, db_path, fake_clock)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert window.isVisible()
    unlock_and_close(window)


def test_plain_keys_still_work_for_a_clicker(qtbot, db_path: Path, fake_clock: FakeClock) -> None:
    kiosk_database(db_path, {"Ida": None})
    window = open_kiosk(qtbot, db_path, fake_clock)
    window.show_new_athlete()
    window.new_athlete.name.setReadOnly(False)
    window.new_athlete.name.setFocus()
    qtbot.keyClicks(window.new_athlete.name, "Jo")
    assert window.new_athlete.name.text() == "Jo"
    unlock_and_close(window)


def test_first_start_asks_for_an_admin_pin_twice_and_stores_it_hashed(
    qtbot, db_path: Path, fake_clock: FakeClock
) -> None:
    kiosk_database(db_path, {}, admin_pin=None)
    window = open_kiosk(qtbot, db_path, fake_clock)
    assert window.pages.currentWidget() is window.pin_pad
    assert not window.pin_pad.cancel_button.isVisibleTo(window), "no way around it"
    window.pin_pad.type_pin("4821")
    window.pin_pad.type_pin("4812")
    assert "different" in window.pin_pad.message.text()
    window.pin_pad.type_pin("4821")
    window.pin_pad.type_pin("4821")
    assert window.pages.currentWidget() is window.picker
    unlock_and_close(window)
    with open_database(f"sqlite:///{db_path}") as db:
        assert store.verify_admin_pin(db, "4821")
    assert b"4821" not in db_path.read_bytes()


def test_admin_pin_opens_the_panel_and_leaving_needs_it(
    qtbot, db_path: Path, fake_clock: FakeClock
) -> None:
    kiosk_database(db_path, {"Ida": None})
    window = open_kiosk(qtbot, db_path, fake_clock)
    left: list[bool] = []
    window.left_kiosk.connect(lambda: left.append(True))
    window.picker.admin_button.click()
    window.pin_pad.type_pin("0000")
    assert window.pages.currentWidget() is window.pin_pad
    assert "4 tries left" in window.pin_pad.message.text()
    window.pin_pad.type_pin(ADMIN_PIN)
    assert window.pages.currentWidget() is window.admin
    window.admin.leave_button.click()
    assert left == [True]
    assert not window.isVisible()
    window.controller.close()


def test_five_wrong_admin_pins_lock_entry_for_thirty_seconds(
    qtbot, db_path: Path, fake_clock: FakeClock
) -> None:
    kiosk_database(db_path, {"Ida": None})
    window = open_kiosk(qtbot, db_path, fake_clock)
    window.picker.admin_button.click()
    for _ in range(4):
        window.pin_pad.type_pin("1111")
    assert window.pin_pad.keys.isEnabled()
    window.pin_pad.type_pin("1111")
    assert not window.pin_pad.keys.isEnabled()
    assert "Try again in 30 s" in window.pin_pad.message.text()
    # Even the right PIN is refused while locked (typed on a hardware keypad, say).
    window.pin_pad.pin_entered.emit(ADMIN_PIN)
    assert window.pages.currentWidget() is window.pin_pad
    fake_clock.advance(LOCKOUT_S - 1)
    window.check_lockout()
    assert "Try again in 1 s" in window.pin_pad.message.text()
    fake_clock.advance(1)
    window.check_lockout()
    assert window.pin_pad.keys.isEnabled()
    window.pin_pad.type_pin(ADMIN_PIN)
    assert window.pages.currentWidget() is window.admin
    unlock_and_close(window)


def test_the_lock_out_survives_closing_and_reopening_the_kiosk(
    qtbot, db_path: Path, fake_clock: FakeClock
) -> None:
    ids = kiosk_database(db_path, {"Ida": None, "Ola": "1234"})
    window = open_kiosk(qtbot, db_path, fake_clock)
    window.picker.admin_button.click()
    for _ in range(MAX_WRONG_PINS):
        window.pin_pad.type_pin("1111")
    window.show_picker()
    window.picker.tile("Ola").click()
    for _ in range(3):
        window.pin_pad.type_pin("0000")
    unlock_and_close(window)

    fake_clock.advance(10)
    again = open_kiosk(qtbot, db_path, fake_clock)
    again.picker.admin_button.click()
    assert not again.pin_pad.keys.isEnabled(), "still locked after the restart"
    assert "Try again in 20 s" in again.pin_pad.message.text()
    again.pin_pad.pin_entered.emit(ADMIN_PIN)
    assert again.pages.currentWidget() is again.pin_pad
    again.show_picker()
    again.picker.tile("Ola").click()
    again.pin_pad.type_pin("0000")
    assert "1 try left" in again.pin_pad.message.text(), "Ola's three wrong PINs still count"
    assert again.controller.lockout(str(ids["Ida"])).tries_left(again.controller.now()) == 5
    unlock_and_close(again)


def test_the_lock_out_survives_a_killed_kiosk(tmp_path: Path, db_path: Path) -> None:
    kiosk_database(db_path, {"Ida": None})
    script = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.kiosk_guess_script", str(db_path)],
        stdout=subprocess.PIPE, text=True, cwd=Path(__file__).resolve().parents[2],
    )
    try:
        assert script.stdout is not None
        assert script.stdout.readline().strip() == "locked"
    finally:
        script.send_signal(signal.SIGKILL)
        script.wait()
    with open_database(f"sqlite:///{db_path}") as db:
        attempts = admin_pin_attempts(db)
    assert attempts.is_locked(datetime.now(UTC))
    assert attempts.wrong == MAX_WRONG_PINS


def test_a_locked_prompt_stays_locked_when_opened_again(
    qtbot, db_path: Path, fake_clock: FakeClock
) -> None:
    kiosk_database(db_path, {"Ida": None})
    window = open_kiosk(qtbot, db_path, fake_clock)
    window.picker.admin_button.click()
    for _ in range(5):
        window.pin_pad.type_pin("1111")
    window.pin_pad.cancel_button.click()
    window.picker.admin_button.click()
    assert not window.pin_pad.keys.isEnabled()
    unlock_and_close(window)


def test_an_athlete_pin_guards_their_screens(qtbot, db_path: Path, fake_clock: FakeClock) -> None:
    ids = kiosk_database(db_path, {"Ola": "1234", "Ida": None})
    window = open_kiosk(qtbot, db_path, fake_clock)
    window.picker.tile("Ola").click()
    assert window.home is None
    window.pin_pad.type_pin("4321")
    assert window.home is None
    assert "not right" in window.pin_pad.message.text()
    window.pin_pad.type_pin("1234")
    assert window.home is not None
    assert window.controller.athlete is not None and window.controller.athlete.id == ids["Ola"]
    window.home.done_button.click()
    window.picker.tile("Ida").click()
    assert window.home is not None and window.home.name_label.text() == "Ida"
    unlock_and_close(window)


def test_view_kiosk_mode_asks_for_the_admin_pin_and_cancel_goes_back(
    qtbot, db_path: Path, fake_clock: FakeClock
) -> None:
    kiosk_database(db_path, {"Ida": None})
    window = open_kiosk(qtbot, db_path, fake_clock, entry_pin=True)
    left: list[bool] = []
    window.left_kiosk.connect(lambda: left.append(True))
    assert window.pages.currentWidget() is window.pin_pad
    window.pin_pad.cancel_button.click()
    assert left == [True]
    window.controller.close()


@pytest.fixture
def history_url(db_path: Path) -> str:
    """The desktop window in this module opens the gym's database."""
    kiosk_database(db_path, {"Ida": None})
    return f"sqlite:///{db_path}"


def test_main_window_view_kiosk_mode_hides_it_until_the_admin_leaves(window) -> None:
    main = window
    main.actions_by_name["kiosk"].trigger()
    kiosk = main.kiosk_window
    assert kiosk is not None and kiosk.isVisible() and not main.isVisible()
    kiosk.pin_pad.type_pin(ADMIN_PIN)
    assert kiosk.pages.currentWidget() is kiosk.picker
    assert kiosk.close() is False
    kiosk.leave_kiosk()
    assert main.isVisible()
    assert QApplication.instance() is not None
