"""Done and the idle timeout: the athlete's work is saved, their screens destroyed, picker back."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.domain import preferences as prefs
from app.domain.records import SessionStatus
from app.domain.session import CountingMode, SessionState
from app.services.preferences import set_preference
from app.storage.database import open_database
from app.storage.sessions import sessions_for, sets_for_session
from app.ui.kiosk.athlete_home import KEPT_NOTE, AthleteHome
from app.ui.kiosk.window import KioskWindow
from tests.builders import kiosk_database
from tests.fakes import FakeClock
from tests.ui.kiosk_helpers import open_kiosk, unlock_and_close


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "gym.db"


def _counts_by_hand(db_path: Path, athlete_id: int) -> None:
    """The athlete counts reps by hand: their own preference, kept in the gym's database."""
    with open_database(f"sqlite:///{db_path}") as db:
        set_preference(db, athlete_id, prefs.COUNTING_MODE, CountingMode.MANUAL)


def _start_a_set(window: KioskWindow, name: str, reps: int) -> AthleteHome:
    window.picker.tile(name).click()
    home = window.home
    assert home is not None
    view = home.session_view
    view.start_plan(view.picker.cards[0].plan)
    session = view.session
    assert session is not None
    session.start()
    window.clock.advance(3.5)  # type: ignore[attr-defined]
    session.tick()
    assert session.state is SessionState.WORKING
    for _ in range(reps):
        session.count_rep()
    return home


def _homes(window: KioskWindow) -> list[QWidget]:
    return window.findChildren(AthleteHome)


def test_idle_returns_to_the_picker_keeping_the_session_and_logging_nothing_unconfirmed(
    qtbot, db_path: Path, fake_clock: FakeClock
) -> None:
    ids = kiosk_database(db_path, {"Ida": None})
    _counts_by_hand(db_path, ids["Ida"])
    window = open_kiosk(qtbot, db_path, fake_clock)
    reasons: list[str] = []
    window.returned_to_picker.connect(reasons.append)
    home = _start_a_set(window, "Ida", reps=6)
    qtbot.mouseClick(home.session_view.live.pause_button, Qt.MouseButton.LeftButton)
    assert home.session_view.session is not None
    assert home.session_view.session.state is SessionState.PAUSED
    fake_clock.advance(89)
    window.check_idle()
    assert window.home is home, "not yet: 89 s"
    fake_clock.advance(1)
    window.check_idle()
    assert reasons == ["idle"]
    assert window.home is None
    assert window.pages.currentWidget() is window.picker
    assert window.controller.athlete is None
    qtbot.waitUntil(lambda: not _homes(window))
    with open_database(f"sqlite:///{db_path}") as db:
        (session,) = sessions_for(db, ids["Ida"])
        assert session.status is SessionStatus.IN_PROGRESS, "kept open to carry on"
        assert sets_for_session(db, session.id) == [], "the member never confirmed those reps"
    window.picker.tile("Ida").click()
    again = window.home
    assert again is not None and again.session_view.session is not None
    assert again.session_view.session.state is SessionState.READY, "the same side, afresh"
    unlock_and_close(window)


def test_a_set_counted_by_hand_with_no_tap_returns_after_the_timeout(
    qtbot, db_path: Path, fake_clock: FakeClock
) -> None:
    ids = kiosk_database(db_path, {"Ida": "1234"})
    _counts_by_hand(db_path, ids["Ida"])
    window = open_kiosk(qtbot, db_path, fake_clock)
    window.picker.tile("Ida").click()
    window.pin_pad.type_pin("1234")
    home = window.home
    assert home is not None
    view = home.session_view
    view.start_plan(view.picker.cards[0].plan)
    assert view.session is not None
    view.session.start()
    fake_clock.advance(3.5)
    view.session.tick()
    qtbot.mouseClick(view.counter, Qt.MouseButton.LeftButton)
    assert view.session.state is SessionState.WORKING and view.session.engine.count == 1
    fake_clock.advance(89)
    window.check_idle()
    assert window.home is home
    fake_clock.advance(1)
    window.check_idle()
    assert window.home is None, "a PIN-protected member's screens do not stay open"
    unlock_and_close(window)


def test_reps_counted_to_the_tempo_hold_the_screen_for_at_most_three_timeouts(
    qtbot, db_path: Path, fake_clock: FakeClock
) -> None:
    kiosk_database(db_path, {"Ida": None})
    window = open_kiosk(qtbot, db_path, fake_clock)
    home = _start_a_set(window, "Ida", reps=0)
    assert home.session_view.session is not None
    assert home.session_view.session.engine.mode is CountingMode.TEMPO
    qtbot.mouseClick(home.session_view.live.tempo_bar, Qt.MouseButton.LeftButton)  # last touch
    fake_clock.advance(269)
    window.check_idle()
    assert window.home is home, "reps are being counted: held"
    fake_clock.advance(1)
    window.check_idle()
    assert window.home is None, "but not for ever"
    unlock_and_close(window)


def test_a_running_rest_holds_the_screen(qtbot, db_path: Path, fake_clock: FakeClock) -> None:
    ids = kiosk_database(db_path, {"Ida": None})
    _counts_by_hand(db_path, ids["Ida"])
    window = open_kiosk(qtbot, db_path, fake_clock)
    home = _start_a_set(window, "Ida", reps=8)
    session = home.session_view.session
    assert session is not None
    session.end_set()
    home.session_view.log_panel.submit()
    assert session.state is SessionState.REST
    qtbot.mouseClick(home.session_view.live.tempo_bar, Qt.MouseButton.LeftButton)  # last touch
    fake_clock.advance(150)
    window.check_idle()
    assert window.home is home
    unlock_and_close(window)


def test_a_touch_restarts_the_countdown(
    qtbot, db_path: Path, fake_clock: FakeClock
) -> None:
    kiosk_database(db_path, {"Ida": None})
    window = open_kiosk(qtbot, db_path, fake_clock)
    window.picker.tile("Ida").click()
    fake_clock.advance(80)
    assert window.home is not None
    qtbot.mouseClick(window.home.progress_tab, Qt.MouseButton.LeftButton)
    fake_clock.advance(80)
    window.check_idle()
    assert window.home is not None
    fake_clock.advance(10)
    window.check_idle()
    assert window.home is None
    unlock_and_close(window)


def test_the_admin_sets_the_idle_timeout(
    qtbot, db_path: Path, fake_clock: FakeClock
) -> None:
    kiosk_database(db_path, {"Ida": None})
    window = open_kiosk(qtbot, db_path, fake_clock)
    window.show_admin()
    assert window.admin.idle_buttons[90].isChecked()
    assert [b.text() for b in window.admin.idle_buttons.values()] == [
        "30 s", "1 min", "1 min 30 s", "2 min", "5 min", "10 min", "30 min", "1 h"]
    qtbot.mouseClick(window.admin.idle_buttons[120], Qt.MouseButton.LeftButton)
    assert window.admin.idle_buttons[120].isChecked()
    assert not window.admin.idle_buttons[90].isChecked()
    assert "Now 2 min." in window.admin.idle_label.text()
    assert window.controller.idle_timeout_s() == 120
    window.show_picker()
    window.picker.tile("Ida").click()
    fake_clock.advance(100)
    window.check_idle()
    assert window.home is not None
    fake_clock.advance(20)
    window.check_idle()
    assert window.home is None
    unlock_and_close(window)


def test_done_saves_a_finished_side_and_the_athlete_carries_on_next_time(
    qtbot, db_path: Path, fake_clock: FakeClock
) -> None:
    ids = kiosk_database(db_path, {"Ida": None})
    _counts_by_hand(db_path, ids["Ida"])
    window = open_kiosk(qtbot, db_path, fake_clock)
    home = _start_a_set(window, "Ida", reps=7)
    assert home.session_view.session is not None
    home.session_view.session.end_set()
    home.keypad.open_for(home.session_view.log_panel.load)
    for key in "12.5":
        home.keypad.pad.keys.press(key)
    home.keypad.pad.ok_button.click()
    assert home.session_view.log_panel.load.text() == "12.5"
    home.done_button.click()
    assert window.home is None
    window.picker.tile("Ida").click()
    again = window.home
    assert again is not None and again.session_view.session is not None
    snapshot = again.session_view.session.snapshot()
    assert snapshot.state is SessionState.READY
    assert len(again.session_view.session.engine.entries()) == 1, "carries on after it"
    unlock_and_close(window)
    with open_database(f"sqlite:///{db_path}") as db:
        (session,) = sessions_for(db, ids["Ida"])
        (kept,) = sets_for_session(db, session.id)
    assert (kept.reps, kept.load_kg, kept.notes) == (7, 12.5, KEPT_NOTE)


def test_an_empty_set_is_not_recorded(
    qtbot, db_path: Path, fake_clock: FakeClock
) -> None:
    ids = kiosk_database(db_path, {"Ida": None})
    _counts_by_hand(db_path, ids["Ida"])
    window = open_kiosk(qtbot, db_path, fake_clock)
    _start_a_set(window, "Ida", reps=0)
    window.return_to_picker("done")
    unlock_and_close(window)
    with open_database(f"sqlite:///{db_path}") as db:
        (session,) = sessions_for(db, ids["Ida"])
        assert sets_for_session(db, session.id) == []
