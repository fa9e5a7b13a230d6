"""Helpers shared by the session view tests and the kill-and-resume script."""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from app.domain.plan import Plan
from app.domain.session import SessionState
from app.services import plans
from app.storage.database import Database
from app.ui.session.session_view import SessionView
from app.ui.shell.controller import AppController
from app.ui.shell.settings import UiSettings
from tests.fakes import FakeClock, FakeCueSink


def open_controller(path: Path) -> AppController:
    """An app controller with its database open on `path`."""
    controller = AppController(f"sqlite:///{path}")
    controller.open_database()
    return controller


def make_view(
    controller: AppController, settings: UiSettings, clock: FakeClock, sink: FakeCueSink
) -> SessionView:
    """A session view on a fake clock and a cue recorder, with no timer of its own."""
    return SessionView(controller, settings, clock=clock, cue_sink=sink, autotick=False)


def save_plan(controller: AppController, plan: Plan) -> None:
    """Store one of the current athlete's plans, as the plan editor does."""
    controller.apply(plans.save_plan(controller.require_db(), controller.require_athlete().id,
                                     plan))


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


@contextmanager
def failing_set_writes(db: Database, reason: str = "disk I/O error",
                       statement_start: str = "INSERT INTO SET_ENTRY") -> Iterator[None]:
    """Every INSERT of a set (or `statement_start`) fails inside SQLite's driver, as on a full
    or failing disk."""
    import sqlite3

    def refuse(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_args: Any) -> None:
        if statement.lstrip().upper().startswith(statement_start):
            raise OperationalError(statement, parameters, sqlite3.OperationalError(reason))

    event.listen(db.engine, "before_cursor_execute", refuse)
    try:
        yield
    finally:
        event.remove(db.engine, "before_cursor_execute", refuse)
