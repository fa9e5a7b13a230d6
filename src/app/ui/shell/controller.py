"""The app-wide controller: a thin Qt adapter over the services.

It holds what one window works on (the open history, the current athlete and
their preferences, the library, the Library queue), calls the services for
everything else, and turns what each call changed into one signal,
`changed(Changes)`: every view looks at the kinds of change it draws from and
redraws only for those.
"""

import os
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal

from app.domain.athletes import AthleteInfo
from app.domain.errors import LegworkError
from app.domain.exercise import Exercise
from app.domain.plan import Plan, queued_plan
from app.domain.preferences import PREFERENCE_KEYS, TrainingPreferences
from app.library import builtin_exercises
from app.services.body_mass import BODY_MASS_KEY
from app.services.changes import Changes, Outcome
from app.ui.shell.messages import error_text

if TYPE_CHECKING:
    from datetime import date

    from app.domain.backup_policy import BackupInfo
    from app.domain.body_mass import BodyMassLog
    from app.domain.records import SetEntry
    from app.domain.units import Unit
    from app.services.database import BackgroundCheck, Database

T = TypeVar("T")

def _yield_to_the_window() -> None:
    """Lower the calling thread's CPU priority, so a check running beside the views
    does not slow them on a busy machine (Linux only: elsewhere the call would
    renice the whole process, or another one)."""
    if sys.platform != "linux":
        return
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)
    except OSError:
        return


EVERYTHING = Changes(athletes=True, exercises=True, plans=True, sessions=True,
                     preferences=frozenset({*PREFERENCE_KEYS, BODY_MASS_KEY}))
"""What a restored backup (a whole other history) changes."""


class AppController(QObject):
    """Shared state of one Legwork window: history, athlete, preferences, library, queue."""

    REPORTS_BACKUPS = True
    """Whether a backup after a session is announced (a gym's kiosk keeps files to itself)."""

    database_opened = Signal()
    athlete_changed = Signal()
    changed = Signal(object)
    """What a service call changed (a `Changes`); each view redraws only for its part."""
    session_queue_changed = Signal()
    status_message = Signal(str)
    damage_found = Signal(object)
    """The check that runs after the window is usable found the history damaged: it has
    been closed and set aside; the `DamagedDatabaseError` says where it is."""
    history_checked = Signal()
    """That check found the history sound."""
    _check_finished = Signal(object, object)

    def __init__(self, database_url: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database_url = database_url
        self.db: Database | None = None
        self.athlete: AthleteInfo | None = None
        self.preferences = TrainingPreferences()
        self._exercises: list[Exercise] = list(builtin_exercises())
        self.session_queue: list[str] = []
        self._check: BackgroundCheck | None = None
        self._check_thread: threading.Thread | None = None
        self._check_finished.connect(self._on_check_finished)

    # -- the history ------------------------------------------------------

    def open_database(self) -> None:
        """Open (creating or upgrading) the history and the home athlete's preferences.

        A large file that closed cleanly opens before its `quick_check`, which then
        runs on a worker thread (`damage_found` or `history_checked` at its end).
        """
        from app.services.athletes import open_home_athlete
        from app.services.database import open_history

        self.db = open_history(self.database_url, defer_check=True)
        if self.db.check_pending and self.db.path is not None:
            self._start_check(self.db.path)
        self._reload_library()
        self.athlete = open_home_athlete(self.db)
        self._reload_preferences()
        self.database_opened.emit()
        self.athlete_changed.emit()

    def close(self) -> None:
        """Release the database file (stopping a check still running on it)."""
        self._stop_check()
        if self.db is not None:
            self.db.close()
            self.db = None

    @property
    def checking(self) -> bool:
        """True while the history's check runs after the window opened."""
        return self._check is not None

    def _start_check(self, path: Path) -> None:
        from app.services.database import BackgroundCheck

        check = BackgroundCheck(path)
        self._check = check

        def run() -> None:
            _yield_to_the_window()
            try:
                result: object = check.run()
            except Exception as error:  # reported on the GUI thread
                result = error
            # Emitted from the worker: Qt delivers it on the controller's (GUI) thread.
            self._check_finished.emit(check, result)

        self._check_thread = threading.Thread(target=run, name="legwork-check", daemon=True)
        self._check_thread.start()

    def _stop_check(self) -> None:
        check, thread = self._check, self._check_thread
        self._check, self._check_thread = None, None
        if check is not None:
            check.cancel()
        if thread is not None and thread is not threading.current_thread():
            thread.join()

    def _on_check_finished(self, check: "BackgroundCheck", result: object) -> None:
        from app.services.database import set_damaged_history_aside

        if check is not self._check:
            return  # cancelled: the history it looked at was closed meanwhile
        self._check, self._check_thread = None, None
        if isinstance(result, Exception):
            reason = error_text(result) if isinstance(result, LegworkError) else str(result)
            self.status_message.emit(self.tr(
                "Legwork could not check your history file: {error}").format(error=reason))
            return
        problems = getattr(result, "problems", ())
        if not problems:
            self.history_checked.emit()
            return
        # Stop writing to it at once, then handle it as a damaged file found at start.
        db, self.db, self.athlete = self.db, None, None
        if db is not None:
            self.damage_found.emit(set_damaged_history_aside(db, problems[0]))

    def require_db(self) -> "Database":
        """The open history; `RuntimeError` before it is open (a programming error)."""
        if self.db is None:
            raise RuntimeError("the database is not open yet")
        return self.db

    def require_athlete(self) -> AthleteInfo:
        """The current athlete; `RuntimeError` while there is none."""
        if self.athlete is None:
            raise RuntimeError("no athlete is chosen yet")
        return self.athlete

    def database_path(self) -> Path:
        """The database file this window works on."""
        from app.services.database import history_file

        return history_file(self.database_url)

    @property
    def on_server(self) -> bool:
        """True when the history is on a gym's PostgreSQL server, which backs itself up."""
        from app.services.database import is_server_url

        return is_server_url(self.database_url)

    # -- the change channel -----------------------------------------------

    def apply(self, outcome: Outcome[T]) -> T:
        """Publish what a service call changed and hand back its value."""
        self.publish(outcome.changes)
        return outcome.value

    def publish(self, changes: Changes) -> None:
        """Bring the controller's own state up to date, then tell every view what changed."""
        if not changes.any:
            return
        if changes.exercises:
            self._reload_library()
        if changes.athletes and self.athlete is not None and self.db is not None:
            self.athlete = next((a for a in self.athletes() if a.id == self.athlete.id), None)
        if changes.preferences & set(PREFERENCE_KEYS):
            self._reload_preferences()
        self.changed.emit(changes)
        if changes.sessions:
            self._back_up_finished_session()

    # -- recording a session ----------------------------------------------

    def record_set(self, session_id: int, entry: "SetEntry") -> int | None:
        """Store one accepted side-set before the session moves on (`LegworkError` if not).

        Returns the stored set's id. The kiosk on a gym's server overrides this
        to keep the set in its outbox while the server cannot be reached, and
        then returns None (the set has no id on the server yet).
        """
        from app.services.sessions import record_set

        return self.apply(record_set(self.require_db(), session_id, entry))

    def finish_session(self, session_id: int) -> None:
        """Close a session that ran to its end or was ended early (`LegworkError` if not)."""
        from app.services.sessions import finish_session

        self.apply(finish_session(self.require_db(), session_id))

    # -- backups ----------------------------------------------------------

    def _refuse_file_backups_on_server(self) -> None:
        from app.services.backups import BackupError

        if self.on_server:
            raise BackupError(self.tr(
                "This history is on the gym's PostgreSQL server, which keeps its own backups. "
                "To take a copy home, run `legwork backup -o FILE` on this computer."))

    def back_up_now(self) -> "BackupInfo":
        """Make a checked backup in the backups folder; `BackupError` says why not."""
        from app.services.backups import back_up_now

        self._refuse_file_backups_on_server()
        info = back_up_now(self.database_path())
        self.status_message.emit(
            self.tr("Backed up {sessions} sessions ({sets} sets) to {file}.").format(
                sessions=info.sessions, sets=info.sets, file=info.path.name)
        )
        return info

    def _back_up_finished_session(self) -> None:
        # A finished session is backed up once, however often history changes after it.
        from app.services.backups import back_up_after_session

        if self.db is None or self.athlete is None or self.on_server:
            return
        try:
            info = back_up_after_session(self.database_path(), self.db, self.athlete.id)
        except LegworkError as error:
            self.status_message.emit(
                self.tr("The automatic backup failed: {error}").format(error=error_text(error)))
            return
        if info is not None and self.REPORTS_BACKUPS:
            self.status_message.emit(
                self.tr("Backed up {sessions} sessions ({sets} sets) to {file}.").format(
                    sessions=info.sessions, sets=info.sets, file=info.path.name))

    def backup_if_due(self) -> None:
        """The once-a-day backup at start-up; quiet unless it fails."""
        from app.services.backups import backup_if_due

        if self.on_server:
            return
        try:
            backup_if_due(self.database_path())
        except LegworkError as error:
            self.status_message.emit(
                self.tr("The daily backup failed: {error}").format(error=error_text(error)))

    def backups(self) -> "list[BackupInfo]":
        """The backups of this database, newest first."""
        from app.services.backups import list_backups

        return [] if self.on_server else list_backups(self.database_path())

    def newest_good_backup(self) -> "BackupInfo | None":
        """The newest backup that passes the full check."""
        from app.services.backups import newest_good_backup

        return None if self.on_server else newest_good_backup(self.database_path())

    def restore_backup(self, backup: Path) -> "BackupInfo | None":
        """Replace the database with `backup` (the current one is kept) and reopen it."""
        from app.services.backups import restore_backup

        self._refuse_file_backups_on_server()
        self.close()
        try:
            safety = restore_backup(self.database_path(), backup)
        finally:
            # Reopened either way: the restored file, or the old one if restoring failed.
            self.open_database()
        self.publish(EVERYTHING)
        return safety

    # -- the kiosk's shared setting ---------------------------------------

    def kiosk_idle_timeout_s(self) -> int:
        """Seconds without a touch before the gym kiosk returns to its athlete picker."""
        from app.services.kiosk import idle_timeout_s

        return idle_timeout_s(self.db)

    def set_kiosk_idle_timeout_s(self, seconds: int) -> None:
        """Change the kiosk's idle timeout; it lives in the database the kiosk shares."""
        from app.services.kiosk import set_idle_timeout_s

        self.apply(set_idle_timeout_s(self.require_db(), seconds))

    # -- the library and its queue ----------------------------------------

    def exercises(self) -> list[Exercise]:
        """Built-in exercises in programme order, then the user's own."""
        return list(self._exercises)

    def exercise(self, exercise_id: str) -> Exercise | None:
        """One exercise of the library by id."""
        return next((e for e in self._exercises if e.id == exercise_id), None)

    def add_custom_exercise(self, exercise: Exercise) -> None:
        """Store a user's exercise and show it in the library."""
        from app.services.library import add_custom_exercise

        self.apply(add_custom_exercise(self.require_db(), exercise))
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

    def queued_plan(self) -> Plan | None:
        """A plan of the exercises queued from the Library (each at its usual dose), or None."""
        return queued_plan([e for e in map(self.exercise, self.session_queue) if e is not None])

    def _reload_library(self) -> None:
        from app.services.library import exercises

        self._exercises = exercises(self.db)

    # -- athletes and their preferences -----------------------------------

    def athletes(self) -> list[AthleteInfo]:
        """Every athlete in the database, in the order they were added."""
        from app.services.athletes import athletes

        return [] if self.db is None else athletes(self.db)

    def rename_athlete(self, name: str) -> None:
        """Rename the current athlete; `ValidationError` (nothing changed) for a bad name."""
        from app.services.athletes import rename_athlete

        athlete = self.require_athlete()
        self.apply(rename_athlete(self.require_db(), athlete.id, name))
        self.athlete_changed.emit()

    def set_athlete(self, athlete_id: int) -> None:
        """Make another athlete current (the demo athlete, say); unknown ids are ignored."""
        chosen = next((a for a in self.athletes() if a.id == athlete_id), None)
        if chosen is None or chosen == self.athlete:
            return
        self._become(chosen)

    def load_demo_data(self) -> None:
        """Fill (or refresh) the demo athlete's made-up history and switch to that athlete."""
        from app.services.athletes import load_demo_data

        outcome = load_demo_data(self.require_db())
        result = outcome.value
        # The demo athlete first, so every view redraws (and backs up) what will be shown.
        self.set_athlete(result.athlete.id)
        self.publish(outcome.changes)
        self.status_message.emit(
            self.tr("Showing “{name}”: {sessions} made-up sessions. "
                    "Your own history is untouched.").format(
                name=result.athlete.name, sessions=result.sessions)
        )

    def set_preference(self, key: str, value: object) -> None:
        """Change one of the current athlete's training preferences; `ValidationError` if bad."""
        from app.services.preferences import set_preference

        self.apply(set_preference(self.require_db(), self.require_athlete().id, key, value))

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

        self.apply(record_body_mass(self.require_db(), self.require_athlete().id, day, mass,
                                    unit))

    def carry_over_preferences(self, old: dict[str, object]) -> bool:
        """Take training preferences kept on this computer into the current athlete's own."""
        from app.services.preferences import carry_over

        if self.db is None or self.athlete is None or not old:
            return False
        self.apply(carry_over(self.db, self.athlete.id, old))
        return True

    def _become(self, athlete: AthleteInfo | None) -> None:
        self.athlete = athlete
        self._reload_preferences()
        self.athlete_changed.emit()

    def _reload_preferences(self) -> None:
        from app.services.preferences import preferences

        self.preferences = (
            preferences(self.db, self.athlete.id)
            if self.db is not None and self.athlete is not None else TrainingPreferences()
        )
