"""Undoable changes to the history: edit a set, delete a set, delete a session.

Each command writes to the database (committed) in both `redo` and `undo`, so
what the History view shows after an undo is what a restarted app would show.
Storage is imported when a command runs: the main window must not pay for
SQLAlchemy before it shows.
"""

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.domain.errors import LegworkError
from app.ui.controller import AppController

if TYPE_CHECKING:
    from app.storage.database import Database
    from app.storage.history_edits import SessionRecord
    from app.storage.sessions import RecordedSet


class _HistoryCommand(QUndoCommand):
    def __init__(self, controller: AppController, text: str) -> None:
        super().__init__(text)
        self._controller = controller

    def _apply(self, change: Callable[["Database"], object]) -> None:
        db = self._controller.db
        try:
            if db is None:
                raise LegworkError("The history is not open.")
            change(db)
        except LegworkError as error:
            # The database no longer matches what this step expects (another window or
            # an import changed it): drop the step rather than undo something else.
            self.setObsolete(True)
            self._controller.status_message.emit(
                QCoreApplication.translate("HistoryCommands", "Could not {action}: {error}").format(
                    action=self.text().lower(), error=error))
        self._controller.history_changed.emit()


class EditSetCommand(_HistoryCommand):
    """Change some fields of one recorded set; undo puts the old values back."""

    def __init__(
        self, controller: AppController, recorded: "RecordedSet", changes: dict[str, Any]
    ) -> None:
        super().__init__(controller, QCoreApplication.translate("HistoryCommands", "Edit set"))
        self.set_id = recorded.id
        self._new = dict(changes)
        self._old = {field: getattr(recorded.entry, field) for field in changes}

    def redo(self) -> None:
        """Write the new values."""
        from app.storage.sessions import update_set

        self._apply(lambda db: update_set(db, self.set_id, **self._new))

    def undo(self) -> None:
        """Write the values the set had before."""
        from app.storage.sessions import update_set

        self._apply(lambda db: update_set(db, self.set_id, **self._old))


class DeleteSetCommand(_HistoryCommand):
    """Remove one recorded set; undo puts it back with the same id."""

    def __init__(self, controller: AppController, recorded: "RecordedSet") -> None:
        super().__init__(controller, QCoreApplication.translate("HistoryCommands", "Delete set"))
        self._recorded = recorded

    def redo(self) -> None:
        """Delete the set."""
        from app.storage.sessions import delete_set

        self._apply(lambda db: delete_set(db, self._recorded.id))

    def undo(self) -> None:
        """Restore the set."""
        from app.storage.history_edits import restore_set

        self._apply(lambda db: restore_set(db, self._recorded))


class DeleteSessionCommand(_HistoryCommand):
    """Remove a whole session with its sets; undo restores both."""

    def __init__(self, controller: AppController, session_id: int) -> None:
        super().__init__(
            controller, QCoreApplication.translate("HistoryCommands", "Delete session"))
        self.session_id = session_id
        self._deleted: SessionRecord | None = None

    def redo(self) -> None:
        """Delete the session, keeping what it held for undo."""
        from app.storage.history_edits import delete_session

        def delete(db: "Database") -> None:
            self._deleted = delete_session(db, self.session_id)

        self._apply(delete)

    def undo(self) -> None:
        """Restore the session and its sets."""
        from app.storage.history_edits import restore_session

        deleted = self._deleted
        if deleted is not None:
            self._apply(lambda db: restore_session(db, deleted))
