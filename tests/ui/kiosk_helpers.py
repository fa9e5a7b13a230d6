"""Builders shared by the kiosk UI tests: a database with athletes, and a kiosk window on it."""

from pathlib import Path

from app.storage import kiosk as store
from app.storage.database import open_database
from app.ui.kiosk.controller import KioskController
from app.ui.kiosk.window import KioskWindow
from app.ui.shell.settings import UiSettings
from tests.fakes import FakeClock, FakeCueSink

ADMIN_PIN = "9999"


def make_database(path: Path, athletes: dict[str, str | None], *, admin_pin: str | None = ADMIN_PIN
                  ) -> dict[str, int]:
    """A database with these athletes (name → PIN or None); returns their ids by name."""
    with open_database(f"sqlite:///{path}") as db:
        ids = {name: store.add_kiosk_athlete(db, name, pin).id for name, pin in athletes.items()}
        if admin_pin is not None:
            store.set_admin_pin(db, admin_pin)
    return ids


def open_kiosk(qtbot, path: Path, clock: FakeClock, *, entry_pin: bool = False) -> KioskWindow:
    """A kiosk window on the database at `path`, started as `legwork --kiosk` starts it."""
    controller = KioskController(f"sqlite:///{path}", clock=clock)
    window = KioskWindow(controller, UiSettings(), entry_pin=entry_pin, cue_sink=FakeCueSink(),
                         autotick=False)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    controller.open_database()
    return window


def start_first_plan(qtbot, tmp_path: Path, clock: FakeClock, name: str = "Ida"):
    """A kiosk where `name` tapped their tile and picked the first plan; returns (window, view)."""
    path = tmp_path / "gym.db"
    make_database(path, {name: None})
    window = open_kiosk(qtbot, path, clock)
    window.picker.tile(name).click()
    assert window.home is not None
    view = window.home.session_view
    view.start_plan(view.picker.cards[0].plan)
    assert view.session is not None
    return window, view


def unlock_and_close(window: KioskWindow) -> None:
    """Leave kiosk mode the admin's way, so the test can tidy up."""
    window.leave_kiosk()
    window.controller.close()
