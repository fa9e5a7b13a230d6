"""The app-wide controller: owns the open database and turns changes into Qt signals.

Views talk to this object, never to storage directly, and redraw when its
signals say something changed.
"""

import getpass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.domain.exercise import Exercise
from app.library import builtin_exercises

if TYPE_CHECKING:
    from app.storage.athletes import AthleteInfo
    from app.storage.database import Database


def home_athlete_name() -> str:
    """A friendly default name for the one athlete of a home install."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = ""
    return user.replace(".", " ").replace("_", " ").title() or "Athlete"


class AppController(QObject):
    """Shared state of one Legwork window: database, athlete, library, session queue."""

    database_opened = Signal()
    library_changed = Signal()
    athlete_changed = Signal()
    session_queue_changed = Signal()
    status_message = Signal(str)
    # The key of a Preference that was just saved; views re-read what they show.
    settings_changed = Signal(str)

    def __init__(self, database_url: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database_url = database_url
        self.db: Database | None = None
        self.athlete: AthleteInfo | None = None
        self._custom: list[Exercise] = []
        self.session_queue: list[str] = []

    def open_database(self) -> None:
        """Open (creating or upgrading) the database and load what the views need."""
        from app.storage.athletes import ensure_home_athlete
        from app.storage.database import open_database
        from app.storage.exercises import list_custom_exercises, sync_builtin_exercises

        self.db = open_database(self.database_url)
        sync_builtin_exercises(self.db, builtin_exercises())
        self.athlete = ensure_home_athlete(self.db, home_athlete_name())
        self._custom = list_custom_exercises(self.db)
        self.database_opened.emit()
        self.athlete_changed.emit()
        self.library_changed.emit()

    def close(self) -> None:
        """Release the database file."""
        if self.db is not None:
            self.db.close()
            self.db = None

    def exercises(self) -> list[Exercise]:
        """Built-in exercises in programme order, then the user's own."""
        return [*builtin_exercises(), *self._custom]

    def exercise(self, exercise_id: str) -> Exercise | None:
        """One exercise of the library by id."""
        return next((e for e in self.exercises() if e.id == exercise_id), None)

    def add_custom_exercise(self, exercise: Exercise) -> None:
        """Store a user's exercise and show it in the library."""
        from app.storage.exercises import add_custom_exercise

        if self.db is None:
            raise RuntimeError("the database is not open yet")
        self._custom.append(add_custom_exercise(self.db, exercise))
        self.library_changed.emit()
        self.status_message.emit(f"Added “{exercise.name}” to your library.")

    def queue_exercise(self, exercise_id: str) -> None:
        """Put an exercise on the list for the next session (once)."""
        exercise = self.exercise(exercise_id)
        if exercise is None or exercise_id in self.session_queue:
            return
        self.session_queue.append(exercise_id)
        self.session_queue_changed.emit()
        self.status_message.emit(f"{exercise.name} is queued for your next session.")
