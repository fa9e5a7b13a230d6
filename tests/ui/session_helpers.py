"""Helpers shared by the session view tests and the kill-and-resume script."""

from pathlib import Path

from PySide6.QtCore import QSettings

from app.domain.session import SessionState
from app.ui.shell.controller import AppController
from app.ui.session.session_view import SessionView
from app.ui.shell.settings import UiSettings
from tests.fakes import FakeClock, FakeCueSink


def open_controller(path: Path) -> AppController:
    """An app controller with its database open on `path`."""
    controller = AppController(f"sqlite:///{path}")
    controller.open_database()
    return controller


def make_view(
    controller: AppController, settings_path: Path, clock: FakeClock, sink: FakeCueSink
) -> SessionView:
    """A session view on a fake clock and a cue recorder, with no timer of its own."""
    settings = UiSettings(QSettings(str(settings_path), QSettings.Format.IniFormat))
    return SessionView(controller, settings, clock=clock, cue_sink=sink, autotick=False)


def tick_until(view: SessionView, clock: FakeClock, state: SessionState,
               step: float = 0.25, limit: float = 900.0) -> None:
    """Advance the fake clock and tick like the real timer would until `state`."""
    waited = 0.0
    assert view.session is not None
    while view.session is not None and view.session.state is not state:
        assert waited < limit, f"stuck in {view.session.state}"
        clock.advance(step)
        waited += step
        view.session.tick()
