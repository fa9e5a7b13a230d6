"""The athlete's block as the app shows it, through the services, and the actions on it."""

from datetime import date

from app.domain.errors import LegworkError
from app.services import programme as service
from app.services.programme import Programme
from app.ui.shell.controller import AppController


def today() -> date:
    """Today where the computer is."""
    return service.local_today()


def current_programme(controller: AppController, on: date | None = None) -> Programme | None:
    """The current athlete's block on `on` (today), or None (no history, athlete or block)."""
    db, athlete = controller.db, controller.athlete
    if db is None or athlete is None:
        return None
    prefs = controller.preferences
    try:
        return service.programme(db, athlete.id, on or today(), unit=prefs.unit,
                                 line=float(prefs.symmetry_line_percent))
    except LegworkError:
        return None
