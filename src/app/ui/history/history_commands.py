"""Undoable changes to the history: edit a set, delete a set, delete a session.

Each command writes through `app.services.history` (committed) in both `redo`
and `undo`, so what the History view shows after an undo is what a restarted
app would show, and publishes what changed on the controller's channel.
"""

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.domain.errors import LegworkError
from app.domain.records import RecordedSet, SessionRecord
from app.services import history
from app.services.changes import Changes, Outcome
from app.ui.shell.controller import AppController
from app.ui.shell.messages import error_text

if TYPE_CHECKING:
    from app.services.database import Database


class _HistoryCommand(QUndoCommand):
    def __init__(self, controller: AppController, text: str) -> None:
        super().__init__(text)
        self._controller = controller

    def _apply(self, change: Callable[["Database"], Outcome[Any]]) -> Any:
        try:
            return self._controller.apply(change(self._controller.require_db()))
        except (LegworkError, RuntimeError) as error:
            # The database no longer matches what this step expects (another window or
            # an import changed it): drop the step rather than undo something else.
            self.setObsolete(True)
            reason = error_text(error) if isinstance(error, LegworkError) else str(error)
            self._controller.status_message.emit(
                QCoreApplication.translate("HistoryCommands", "Could not {action}: {error}").format(
                    action=self.text().lower(), error=reason))
            self._controller.publish(Changes(sessions=True))
            return None


class EditSetCommand(_HistoryCommand):
    """Change some fields of one recorded set; undo puts the old values back."""

    def __init__(
        self, controller: AppController, recorded: RecordedSet, changes: Mapping[str, Any]
    ) -> None:
        super().__init__(controller, QCoreApplication.translate("HistoryCommands", "Edit set"))
        self.set_id = recorded.id
        self._new = dict(changes)
        self._old = {field: getattr(recorded.entry, field) for field in changes}

    def redo(self) -> None:
        """Write the new values."""
        self._apply(lambda db: history.edit_set(db, self.set_id, self._new))

    def undo(self) -> None:
        """Write the values the set had before."""
        self._apply(lambda db: history.edit_set(db, self.set_id, self._old))


class DeleteSetCommand(_HistoryCommand):
    """Remove one recorded set; undo puts it back with the same id."""

    def __init__(self, controller: AppController, recorded: RecordedSet) -> None:
        super().__init__(controller, QCoreApplication.translate("HistoryCommands", "Delete set"))
        self._recorded = recorded

    def redo(self) -> None:
        """Delete the set."""
        self._apply(lambda db: history.delete_set(db, self._recorded.id))

    def undo(self) -> None:
        """Restore the set."""
        self._apply(lambda db: history.restore_set(db, self._recorded))


class DeleteSessionCommand(_HistoryCommand):
    """Remove a whole session with its sets; undo restores both."""

    def __init__(self, controller: AppController, session_id: int) -> None:
        super().__init__(
            controller, QCoreApplication.translate("HistoryCommands", "Delete session"))
        self.session_id = session_id
        self._deleted: SessionRecord | None = None

    def redo(self) -> None:
        """Delete the session, keeping what it held for undo."""
        self._deleted = self._apply(lambda db: history.delete_session(db, self.session_id))

    def undo(self) -> None:
        """Restore the session and its sets."""
        deleted = self._deleted
        if deleted is not None:
            self._apply(lambda db: history.restore_session(db, deleted))
