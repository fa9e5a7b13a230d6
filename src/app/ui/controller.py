"""The app-wide controller: owns the open database and turns changes into Qt signals.

Views talk to this object, never to storage directly, and redraw when its
signals say something changed.
"""

import getpass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.domain.errors import LegworkError
from app.domain.exercise import Exercise
from app.library import builtin_exercises

if TYPE_CHECKING:
    from datetime import date

    from app.domain.body_mass import BodyMassLog
    from app.domain.units import Unit
    from app.storage.athletes import AthleteInfo
    from app.storage.backups import BackupInfo
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
    # Sessions or sets were added, closed or changed; history views reload.
    history_changed = Signal()
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
        # A finished session is backed up once, however often history changes after it.
        self.history_changed.connect(self._back_up_finished_session)

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

    def database_path(self) -> Path:
        """The database file this window works on."""
        from app.storage.location import database_path

        return database_path(self.database_url, "the database URL")

    def back_up_now(self, reason: str = "manual") -> "BackupInfo":
        """Make a checked backup in the backups folder; `BackupError` says why not."""
        from app.storage.backups import backup_and_thin

        info = backup_and_thin(self.database_path(), reason)
        self.status_message.emit(
            self.tr("Backed up {sessions} sessions ({sets} sets) to {file}.").format(
                sessions=info.sessions, sets=info.sets, file=info.path.name)
        )
        return info

    def after_session_finished(self) -> None:
        """Back up right after a session ends; a failure is reported, never raised."""
        try:
            self.back_up_now("after-session")
        except LegworkError as error:
            self.status_message.emit(
                self.tr("The automatic backup failed: {error}").format(error=error))

    def _back_up_finished_session(self) -> None:
        from app.storage.backups import newest_backup_time
        from app.storage.sessions import SessionStatus, sessions_for

        if self.db is None or self.athlete is None:
            return
        newest = newest_backup_time(self.database_path())
        finished = [
            s.finished_at for s in sessions_for(self.db, self.athlete.id, limit=3)
            if s.status is SessionStatus.FINISHED and s.finished_at is not None
        ]
        # Backup names are stamped to the second: compare at that precision.
        if finished and (newest is None or max(finished).replace(microsecond=0) > newest):
            self.after_session_finished()

    def backup_if_due(self) -> None:
        """The once-a-day backup at start-up; quiet unless it fails."""
        from app.storage.backups import backup_if_due

        try:
            backup_if_due(self.database_path())
        except LegworkError as error:
            self.status_message.emit(
                self.tr("The daily backup failed: {error}").format(error=error))

    def backups(self) -> "list[BackupInfo]":
        """The backups of this database, newest first."""
        from app.storage.backups import list_backups

        return list_backups(self.database_path())

    def newest_good_backup(self) -> "BackupInfo | None":
        """The newest backup that passes the full check."""
        from app.storage.backups import newest_good_backup

        return newest_good_backup(self.database_path())

    def restore_backup(self, backup: Path) -> "BackupInfo | None":
        """Replace the database with `backup` (the current one is kept) and reopen it."""
        from app.storage.backups import restore_backup

        self.close()
        try:
            safety = restore_backup(self.database_path(), backup)
        finally:
            # Reopened either way: the restored file, or the old one if restoring failed.
            self.open_database()
        self.history_changed.emit()
        return safety

    def kiosk_idle_timeout_s(self) -> int:
        """Seconds without a touch before the gym kiosk returns to its athlete picker."""
        from app.domain.idle import DEFAULT_IDLE_TIMEOUT_S
        from app.storage.kiosk import idle_timeout_s

        return DEFAULT_IDLE_TIMEOUT_S if self.db is None else idle_timeout_s(self.db)

    def set_kiosk_idle_timeout_s(self, seconds: int) -> None:
        """Change the kiosk's idle timeout; it lives in the database the kiosk shares."""
        from app.storage.kiosk import set_idle_timeout_s

        if self.db is None:
            raise RuntimeError("the database is not open yet")
        set_idle_timeout_s(self.db, seconds)

    def body_mass_log(self) -> "BodyMassLog":
        """The current athlete's dated body-mass entries (empty without an athlete)."""
        from app.domain.body_mass import BodyMassLog
        from app.services.body_mass import body_mass_log

        if self.db is None or self.athlete is None:
            return BodyMassLog([])
        return body_mass_log(self.db, self.athlete.id)

    def record_body_mass(self, mass: float, unit: "Unit", day: "date") -> None:
        """Record the current athlete's body mass for `day`; `ValidationError` out of range."""
        from app.services.body_mass import record_body_mass

        if self.db is None or self.athlete is None:
            raise RuntimeError("no athlete to record a body mass for")
        outcome = record_body_mass(self.db, self.athlete.id, day, mass, unit)
        for key in sorted(outcome.changes.preferences):
            self.settings_changed.emit(key)

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
        self.status_message.emit(
            self.tr("Added “{name}” to your library.").format(name=exercise.name))

    def queue_exercise(self, exercise_id: str) -> None:
        """Put an exercise on the list for the next session (once)."""
        exercise = self.exercise(exercise_id)
        if exercise is None or exercise_id in self.session_queue:
            return
        self.session_queue.append(exercise_id)
        self.session_queue_changed.emit()
        self.status_message.emit(
            self.tr("{name} is queued for your next session.").format(name=exercise.name))

    def athletes(self) -> "list[AthleteInfo]":
        """Every athlete in the database, in the order they were added."""
        from app.storage.athletes import list_athletes

        return [] if self.db is None else list_athletes(self.db)

    def rename_athlete(self, name: str) -> None:
        """Rename the current athlete; `ValidationError` (nothing changed) for a bad name."""
        from app.storage.athletes import rename_athlete

        if self.db is None or self.athlete is None:
            raise RuntimeError("no athlete to rename yet")
        self.athlete = rename_athlete(self.db, self.athlete.id, name)
        self.athlete_changed.emit()

    def set_athlete(self, athlete_id: int) -> None:
        """Make another athlete current (the demo athlete, say); unknown ids are ignored."""
        chosen = next((a for a in self.athletes() if a.id == athlete_id), None)
        if chosen is None or chosen == self.athlete:
            return
        self.athlete = chosen
        self.athlete_changed.emit()

    def load_demo_data(self) -> None:
        """Fill (or refresh) the demo athlete's made-up history and switch to that athlete."""
        from app.storage.demo import fill_demo_history

        if self.db is None:
            raise RuntimeError("the database is not open yet")
        result = fill_demo_history(self.db, list(builtin_exercises()))
        self.set_athlete(result.athlete.id)
        self.history_changed.emit()
        self.status_message.emit(
            self.tr("Showing “{name}”: {sessions} made-up sessions. "
                    "Your own history is untouched.").format(
                name=result.athlete.name, sessions=result.sessions)
        )
