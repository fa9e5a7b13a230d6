"""The History view: past sessions by date, their sets per exercise and leg, corrections with undo.

The list of sessions (`SessionList`) and the open session (`SessionDetail`)
are separate widgets; this view reads the history through
`app.services.history`, hands each half what to show, and turns edits and
deletes into undoable commands. The list reads a page of sessions at a time
(more as it scrolls) with the filters in the query, and a session's sets are
read when it is opened, so the view opens as fast on years of a gym's history
as on a week's. It reloads only for changes to sessions or athletes and
redraws (without reading) for a new unit or theme; File → Export and Import
live in `history_files` and never build this view.
"""

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import QMessageBox, QSplitter, QVBoxLayout, QWidget

from app.dates import moment_text
from app.domain import preferences as prefs
from app.domain.history import PageKey, SessionSummary
from app.domain.records import RecordedSet, SessionRecord
from app.services import history
from app.services.changes import Changes
from app.ui.history.history_commands import (
    DeleteSessionCommand,
    DeleteSetCommand,
    EditSetCommand,
)
from app.ui.history.session_detail import SessionDetail
from app.ui.history.session_list import SessionList
from app.ui.history.set_edit_dialog import SetEditDialog
from app.ui.shell.controller import AppController
from app.ui.shell.settings import THEME_KEY, UiSettings
from app.ui.shell.theme import Colours, colours_for, side_word

# What the view draws from besides sessions: redrawn from what it holds, not read again.
_REDRAW_PREFERENCES = frozenset({prefs.UNIT, THEME_KEY})


class HistoryView(QWidget):
    """Sessions on the left (filtered by exercise, leg and dates), the open one on the right."""

    session_opened = Signal(int)
    reloaded = Signal()
    """The sessions were read from the database again."""

    def __init__(
        self, controller: AppController, settings: UiSettings, parent: QWidget | None = None,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._settings = settings
        self._record: SessionRecord | None = None
        """The open session as read when it was opened (its sets filtered like the list)."""
        # The main window may own the stack, so Edit → Undo exists before this view does.
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.session_list = SessionList(controller.preferences.unit, self._colours())
        self.session_detail = SessionDetail()
        splitter = QSplitter()
        splitter.addWidget(self.session_list)
        splitter.addWidget(self.session_detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        # At 1280 px the list needs about 540 px for a date, a plan and two legs; the
        # session's eight columns take the rest.
        splitter.setSizes([550, 500])
        splitter.setChildrenCollapsible(False)
        self.session_list.setMinimumWidth(420)
        self.session_detail.setMinimumWidth(400)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 12)
        layout.addWidget(splitter)

        self.session_list.filters_changed.connect(self.refresh)
        self.session_list.current_changed.connect(self._show_current)
        self.session_detail.edit_requested.connect(self.edit_selected_set)
        self.session_detail.delete_set_requested.connect(self.delete_selected_set)
        self.session_detail.delete_session_requested.connect(self.delete_current_session)
        self.session_detail.set_chosen.connect(self._update_buttons)
        self._stale = True
        # Opening a history announces its athlete, which lists their sessions.
        controller.athlete_changed.connect(self._history_moved)
        controller.changed.connect(self._changed)
        self.session_list.fill_exercises(controller.exercises())
        self.refresh()

    # ------------------------------------------------------------------ state

    def _colours(self) -> Colours:
        return colours_for(self._settings.theme())

    def _changed(self, changes: object) -> None:
        assert isinstance(changes, Changes)
        if changes.exercises:
            self.session_list.fill_exercises(self._controller.exercises())
        if changes.sessions or changes.athletes or changes.exercises:
            self._history_moved()
        elif changes.preferences & _REDRAW_PREFERENCES:
            self._redraw()

    def _history_moved(self) -> None:
        # Years of history take a while to list: reload now only if the view is on
        # screen, otherwise the next time it is shown (see showEvent).
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up with changes made while another view was showing."""
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Read the first page of sessions again and reopen the one that was open."""
        self._stale = False
        db, athlete = self._controller.db, self._controller.athlete
        current = self.current_session_id()
        if db is not None and athlete is not None:
            wanted = self.session_list.wanted()
            athlete_id = athlete.id

            def read(after: PageKey | None) -> list[SessionSummary]:
                return history.session_page(db, athlete_id, wanted, after=after)

            self.session_list.show_default_dates(history.first_session_start(db, athlete_id))
            self.session_list.show_sessions(read, history.count_sessions(db, athlete_id, wanted))
        else:
            self.session_list.show_sessions(None, 0)
        self.select_session(current)
        self.reloaded.emit()

    def _redraw(self) -> None:
        self.session_list.set_look(self._controller.preferences.unit, self._colours())
        self._show_record()

    # ------------------------------------------------------------ the two halves

    def session_ids(self) -> list[int]:
        """Ids of the sessions listed, top (newest) first."""
        return self.session_list.session_ids()

    def current_session_id(self) -> int | None:
        """Id of the open session, if any."""
        return self.session_list.current_session_id()

    def select_session(self, session_id: int | None) -> None:
        """Open a session by id (the newest listed one for None, or if it is not listed)."""
        listed = session_id is not None and session_id in self.session_ids()
        self.session_list.select(session_id if listed else None)
        self._show_current()

    def set_date_range(self, first: date, last: date) -> None:
        """Show sessions started from `first` to `last` (both local days, inclusive)."""
        self.session_list.set_date_range(first, last)

    def _show_current(self) -> None:
        # The open session's sets are read now, not with the list: one query per opening.
        session_id = self.current_session_id()
        db = self._controller.db
        self._record = None
        if session_id is not None and db is not None:
            self._record = history.session_record(db, session_id, self.session_list.wanted())
        self._show_record()
        if self._record is not None:
            self.session_opened.emit(self._record.info.id)

    def _show_record(self) -> None:
        record = self._record
        if record is None:
            self.session_detail.show_empty(self._empty_text())
        else:
            names = {e.id: e.name for e in self._controller.exercises()}
            self.session_detail.show_record(record, names, self._controller.preferences.unit,
                                            self._colours())
        self._update_buttons()

    def _empty_text(self) -> str:
        if self._controller.db is None:
            return self.tr("Opening your history…")
        if self.session_list.dates_backwards():
            return self.tr("The first date is after the last one. Pick a range that runs forwards.")
        if self.session_list.filtering():
            return self.tr("No sessions match these filters.\nTry another exercise, leg or dates, "
                           "or press Show all.")
        return self.tr("No sessions yet.\nEvery session you train appears here, with each leg's "
                       "sets, ready to check, correct or export.")

    def _update_buttons(self) -> None:
        self.session_detail.enable_set_buttons(self.selected_set() is not None)

    def selected_set(self) -> RecordedSet | None:
        """The set selected in the open session, if any."""
        set_id = self.session_detail.selected_set_id()
        record = self._record
        if set_id is None or record is None:
            return None
        return next((s for s in record.sets if s.id == set_id), None)

    def select_set(self, set_id: int) -> None:
        """Select a set of the open session by id."""
        self.session_detail.select_set(set_id)

    def shown_sets(self) -> list[tuple[str, str, str, str]]:
        """(exercise, leg, reps, load) of each set shown, as the athlete reads them."""
        return self.session_detail.shown_sets()

    # ---------------------------------------------------------------- changes

    def edit_selected_set(self) -> None:
        """Open the edit dialog for the selected set; Save pushes an undoable edit."""
        recorded = self.selected_set()
        if recorded is None:
            return
        entry = recorded.entry
        exercise = self._controller.exercise(entry.exercise_id)
        title = self.tr("{exercise}, set {number}, {side} · {time}").format(
            exercise=exercise.name if exercise else entry.exercise_id, number=entry.set_number,
            side=side_word(entry.side), time=moment_text(entry.recorded_at))
        dialog = SetEditDialog(entry, self._controller.preferences.unit, title, self._colours(),
                               self)
        if dialog.exec() and dialog.changes:
            self.undo_stack.push(EditSetCommand(self._controller, recorded, dialog.changes))
            self.select_set(recorded.id)

    def delete_selected_set(self) -> None:
        """Delete the selected set at once (undo brings it back)."""
        recorded = self.selected_set()
        if recorded is not None:
            self.undo_stack.push(DeleteSetCommand(self._controller, recorded))
            self._controller.status_message.emit(
                self.tr("Set deleted. Press Ctrl+Z to bring it back."))

    def delete_current_session(self) -> None:
        """Ask, then delete the open session with all its sets (undo brings it back)."""
        db = self._controller.db
        session_id = self.current_session_id()
        # Read whole: the list may show only the sets the filters leave, the delete takes all.
        record = (history.session_record(db, session_id)
                  if db is not None and session_id is not None else None)
        if record is None:
            return
        count = len(record.sets)
        answer = QMessageBox.question(
            self, self.tr("Delete session"),
            (self.tr("Delete the session of {time} and its 1 set?\n\nEdit → Undo brings it back.")
             if count == 1 else
             self.tr("Delete the session of {time} and its {count} sets?\n\n"
                     "Edit → Undo brings it back.")
             ).format(time=moment_text(record.info.started_at), count=count),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.undo_stack.push(DeleteSessionCommand(self._controller, record.info.id))
            self._controller.status_message.emit(
                self.tr("Session deleted. Press Ctrl+Z to bring it back."))
