"""The kiosk and the desktop window on a gym's PostgreSQL server."""

import pytest

from app.storage import kiosk as store
from app.storage.backups import BackupError
from app.storage.database import DatabaseUnreachableError, open_database
from app.storage.sessions import record_set, start_session
from app.ui.kiosk.controller import KioskController
from app.ui.kiosk.window import KioskWindow
from app.ui.shell.controller import AppController
from app.ui.shell.settings import UiSettings
from tests.builders import set_entry
from tests.fakes import FakeClock, FakeCueSink

on_server = pytest.mark.parametrize("database_backend", ["postgresql"], indirect=True)


def _kiosk(qtbot, url: str, clock: FakeClock) -> KioskWindow:
    window = _kiosk_unopened(qtbot, url, clock)
    window.controller.open_database()
    return window


@on_server
def test_a_second_kiosk_sees_an_athlete_and_sets_added_on_the_first(
    qtbot, database_url: str, fake_clock: FakeClock
) -> None:
    with open_database(database_url) as db:
        store.set_admin_pin(db, "9999")
    front, back = _kiosk(qtbot, database_url, fake_clock), _kiosk(qtbot, database_url, fake_clock)
    assert back.picker.tiles == []
    ida = front.controller.add_athlete("Ida", None)
    db = front.controller.db
    assert db is not None
    record_set(db, start_session(db, ida.id, "Base"), set_entry("single-leg-squat"))

    back.show_picker()

    assert [t.athlete.name for t in back.picker.tiles] == ["Ida"]
    assert back.picker.tile("Ida").last_label.text().startswith("Last trained today")
    for window in (front, back):
        window.leave_kiosk()
        window.controller.close()


@on_server
def test_the_desktop_window_leaves_backups_to_the_server(database_url: str) -> None:
    controller = AppController(database_url)
    controller.open_database()
    try:
        assert controller.on_server
        assert controller.backups() == [] and controller.newest_good_backup() is None
        controller.backup_if_due()  # quietly nothing: no file to copy
        with pytest.raises(BackupError, match="keeps its own backups"):
            controller.back_up_now()
    finally:
        controller.close()


def test_a_kiosk_waiting_for_its_server_says_so_then_opens_on_its_own(
    qtbot, fake_clock: FakeClock, tmp_path
) -> None:
    url = "postgresql+psycopg://kiosk:Secret-1@127.0.0.1:9/gym"
    window = _kiosk_unopened(qtbot, url, fake_clock)
    with pytest.raises(DatabaseUnreachableError) as caught:
        window.controller.open_database()
    window.wait_for_server(str(caught.value))
    assert window.pages.currentWidget() is window.server_wait
    assert "Cannot reach the Legwork database" in window.server_wait.detail.text()
    assert "Secret-1" not in window.server_wait.detail.text()

    # The server answers (here: a file standing in for it); the picker replaces the page.
    path = tmp_path / "gym.db"
    with open_database(f"sqlite:///{path}") as db:
        store.set_admin_pin(db, "9999")
        store.add_kiosk_athlete(db, "Ida")
    window.controller.database_url = f"sqlite:///{path}"
    window.controller.open_database()
    assert window.pages.currentWidget() is window.picker
    assert [t.athlete.name for t in window.picker.tiles] == ["Ida"]
    window.leave_kiosk()
    window.controller.close()


def _kiosk_unopened(qtbot, url: str, clock: FakeClock) -> KioskWindow:
    window = KioskWindow(KioskController(url, clock=clock), UiSettings(), cue_sink=FakeCueSink(),
                         autotick=False)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window
