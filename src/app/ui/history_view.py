"""The History view: past sessions by date, their sets per exercise and leg, corrections with
undo, and export and import of the whole history.

Storage is imported inside the methods that read or write, so the main window
shows before SQLAlchemy loads.
"""

from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QKeySequence,
    QShortcut,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import LegworkError
from app.domain.metrics import volume
from app.domain.records import SetEntry
from app.domain.sides import Side
from app.domain.units import Unit, format_load
from app.ui.controller import AppController
from app.ui.formatting import local_time_text
from app.ui.history_commands import DeleteSessionCommand, DeleteSetCommand, EditSetCommand
from app.ui.set_edit_dialog import SetEditDialog
from app.ui.settings import UiSettings
from app.ui.theme import Colours, colours_for, side_word

if TYPE_CHECKING:
    from app.storage.history_edits import SessionRecord
    from app.storage.sessions import RecordedSet
    from app.storage.transfer import ImportSummary

_ID_ROLE = Qt.ItemDataRole.UserRole
# Marked for translation here, translated where shown (context "HistoryView").
_SIDE_FILTERS = (
    (QT_TRANSLATE_NOOP("HistoryView", "Both legs"), None),
    (QT_TRANSLATE_NOOP("HistoryView", "Left leg"), Side.LEFT),
    (QT_TRANSLATE_NOOP("HistoryView", "Right leg"), Side.RIGHT),
    (QT_TRANSLATE_NOOP("HistoryView", "Two-leg sets"), Side.BOTH),
)
_STATUS_WORDS = {
    "finished": QT_TRANSLATE_NOOP("HistoryView", "Finished"),
    "abandoned": QT_TRANSLATE_NOOP("HistoryView", "Stopped early"),
    "in_progress": QT_TRANSLATE_NOOP("HistoryView", "Not finished"),
}
_DATE_FORMAT = "d MMM yyyy"
_EXPORT_FILTERS = {
    "CSV, loads in kg (*.csv)": Unit.KG,
    "CSV, loads in lb (*.csv)": Unit.LB,
    "JSON (*.json)": Unit.KG,
}
# When nothing has been logged yet, the date range opens on the last four weeks.
_DEFAULT_SPAN_DAYS = 28
# Rows roomy enough to read at arm's length and to hit with a finger on the gym kiosk.
_TREE_STYLE = """
    QTreeView::item { padding: 6px 6px; }
    QHeaderView::section { padding: 6px 6px; }
"""


def _leg_total(entries: list[SetEntry], unit: Unit) -> str:
    if not entries:
        return "–"
    reps = QCoreApplication.translate("HistoryView", "{reps} reps").format(
        reps=sum(e.reps for e in entries))
    kg = volume(entries)
    return f"{reps} · {format_load(kg, unit)}" if kg else reps


_ANSWER_MARKS = {True: "✓", False: "✗", None: "–"}
_ANSWER_WORDS = {
    True: QT_TRANSLATE_NOOP("HistoryView", "yes"),
    False: QT_TRANSLATE_NOOP("HistoryView", "no"),
    None: QT_TRANSLATE_NOOP("HistoryView", "not answered"),
}


def _form_text(entry: SetEntry) -> str:
    """Both form answers in a narrow column: "knee ✓ hips ✗"."""
    return QCoreApplication.translate("HistoryView", "knee {knee} hips {hips}").format(
        knee=_ANSWER_MARKS[entry.form_knee], hips=_ANSWER_MARKS[entry.form_hips])


def _form_tooltip(entry: SetEntry) -> str:
    def word(answer: bool | None) -> str:
        return QCoreApplication.translate("HistoryView", _ANSWER_WORDS[answer])

    return QCoreApplication.translate(
        "HistoryView", "Knee over the toes: {knee}. Hips level: {hips}.").format(
            knee=word(entry.form_knee), hips=word(entry.form_hips))


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, time()).astimezone()


class HistoryView(QWidget):
    """Sessions on the left (filtered by exercise, leg and dates), the open one on the right."""

    session_opened = Signal(int)

    def __init__(
        self, controller: AppController, settings: UiSettings, parent: QWidget | None = None,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._settings = settings
        self._records: dict[int, SessionRecord] = {}
        self._dates_chosen = False
        # The main window may own the stack, so Edit → Undo exists before this view does.
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)

        title = QLabel(self.tr("History"))
        title.setProperty("role", "title")
        self.exercise_filter = QComboBox()
        self.exercise_filter.setAccessibleName(self.tr("Filter by exercise"))
        self.exercise_filter.setToolTip(self.tr("Show only sessions with this exercise"))
        self.side_filter = QComboBox()
        self.side_filter.setAccessibleName(self.tr("Filter by leg"))
        self.side_filter.setToolTip(self.tr("Show only sets done on this leg"))
        for label, side in _SIDE_FILTERS:
            self.side_filter.addItem(self.tr(label), side)
        self.from_date = self._date_edit(self.tr("Show sessions from this day"))
        self.to_date = self._date_edit(self.tr("Show sessions up to and including this day"))
        self.show_all_button = QPushButton(self.tr("Show all"))
        self.show_all_button.setToolTip(self.tr("Clear the filters and show every session"))
        self.show_all_button.clicked.connect(self.show_all)
        dates = QHBoxLayout()
        dates.addWidget(self.from_date, 1)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.to_date, 1)
        filters = QFormLayout()
        filters.addRow(self.tr("Exercise"), self.exercise_filter)
        filters.addRow(self.tr("Leg"), self.side_filter)
        filters.addRow(self.tr("Dates"), dates)

        self.sessions = QTreeWidget()
        self.sessions.setAccessibleName(self.tr("Sessions"))
        self.sessions.setHeaderLabels([self.tr("When"), self.tr("Plan"), self.tr("Sets"),
                                       side_word(Side.LEFT), side_word(Side.RIGHT)])
        self.sessions.setRootIsDecorated(False)
        self.sessions.setUniformRowHeights(True)
        self.sessions.setAlternatingRowColors(True)
        self.sessions.setStyleSheet(_TREE_STYLE)
        header = self.sessions.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.count_label = QLabel()
        self.count_label.setProperty("role", "subtitle")

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        title_row = QHBoxLayout()
        title_row.addWidget(title)
        title_row.addStretch(1)
        title_row.addWidget(self.show_all_button)
        left_layout.addLayout(title_row)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.sessions, 1)
        left_layout.addWidget(self.count_label)

        self.detail = QStackedWidget()
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setProperty("role", "subtitle")
        self.detail.addWidget(self.empty_label)
        self.detail.addWidget(self._build_detail())

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([600, 500])
        splitter.setChildrenCollapsible(False)
        left.setMinimumWidth(420)
        self.detail.setMinimumWidth(400)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 12)
        layout.addWidget(splitter)

        self.exercise_filter.currentIndexChanged.connect(self.refresh)
        self.side_filter.currentIndexChanged.connect(self.refresh)
        self.from_date.dateChanged.connect(self._dates_changed)
        self.to_date.dateChanged.connect(self._dates_changed)
        self.sessions.currentItemChanged.connect(self._show_current)
        self._stale = True
        controller.history_changed.connect(self._history_moved)
        controller.database_opened.connect(self._history_moved)
        controller.athlete_changed.connect(self._history_moved)
        controller.library_changed.connect(self._fill_exercises)
        controller.settings_changed.connect(lambda _key: self._history_moved())
        self._fill_exercises()

    def _date_edit(self, tip: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(_DATE_FORMAT)
        edit.setToolTip(tip)
        edit.setAccessibleName(tip)
        return edit

    def _build_detail(self) -> QWidget:
        self.session_title = QLabel()
        self.session_title.setProperty("role", "title")
        self.session_facts = QLabel()
        self.session_facts.setProperty("role", "subtitle")
        self.session_facts.setWordWrap(True)
        self.edit_button = QPushButton(self.tr("Edit set…"))
        self.edit_button.setToolTip(self.tr("Correct the selected set (Enter)"))
        self.edit_button.clicked.connect(self.edit_selected_set)
        self.delete_set_button = QPushButton(self.tr("Delete set"))
        self.delete_set_button.setToolTip(
            self.tr("Remove the selected set (Delete); Ctrl+Z brings it back"))
        self.delete_set_button.clicked.connect(self.delete_selected_set)
        self.delete_session_button = QPushButton(self.tr("Delete session…"))
        self.delete_session_button.setToolTip(self.tr("Remove this whole session and its sets"))
        self.delete_session_button.clicked.connect(self.delete_current_session)

        self.sets = QTreeWidget()
        self.sets.setAccessibleName(self.tr("Sets of the session"))
        self.sets.setHeaderLabels([self.tr("Set"), self.tr("Leg"), self.tr("Reps"), self.tr("Load"),
                                   self.tr("RPE"), self.tr("Form"), self.tr("Tempo"),
                                   self.tr("Notes")])
        self.sets.headerItem().setToolTip(
            5, self.tr("The form check: knee over the toes, hips level (✓ yes, ✗ no, – not "
                       "answered)"))
        self.sets.setRootIsDecorated(False)
        self.sets.setStyleSheet(_TREE_STYLE)
        self.sets.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.sets.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.sets.itemDoubleClicked.connect(lambda item, _column: self.edit_selected_set())
        self.sets.currentItemChanged.connect(self._update_buttons)
        for keys, slot in (((QKeySequence.StandardKey.Delete,), self.delete_selected_set),
                           (("Return", "Enter"), self.edit_selected_set)):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self.sets)
                shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
                shortcut.activated.connect(slot)

        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_set_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_session_button)
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(8, 0, 0, 0)
        column.addWidget(self.session_title)
        column.addWidget(self.session_facts)
        column.addWidget(self.sets, 1)
        column.addLayout(buttons)
        return page

    # ------------------------------------------------------------------ state

    def _colours(self) -> Colours:
        return colours_for(self._settings.theme())

    def _unit(self) -> Unit:
        return self._settings.unit()

    def _fill_exercises(self) -> None:
        keep = self.exercise_filter.currentData()
        self.exercise_filter.blockSignals(True)
        self.exercise_filter.clear()
        self.exercise_filter.addItem(self.tr("All exercises"), None)
        for exercise in self._controller.exercises():
            self.exercise_filter.addItem(exercise.name, exercise.id)
        self.exercise_filter.setCurrentIndex(max(0, self.exercise_filter.findData(keep)))
        self.exercise_filter.blockSignals(False)
        self.refresh()

    def _dates_changed(self) -> None:
        self._dates_chosen = True
        self.refresh()

    def _set_default_dates(self, oldest: datetime | None) -> None:
        today = date.today()
        first = oldest.astimezone().date() if oldest else today - timedelta(_DEFAULT_SPAN_DAYS)
        for edit, day in ((self.from_date, first), (self.to_date, max(today, first))):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def set_date_range(self, first: date, last: date) -> None:
        """Show sessions started from `first` to `last` (both local days, inclusive)."""
        for edit, day in ((self.from_date, first), (self.to_date, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        self._dates_changed()

    def show_all(self) -> None:
        """Clear every filter: all exercises, both legs, from the first session to today."""
        for combo in (self.exercise_filter, self.side_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._dates_chosen = False
        self.refresh()

    def filtering(self) -> bool:
        """Whether any filter narrows the list."""
        return (self.exercise_filter.currentIndex() > 0 or self.side_filter.currentIndex() > 0
                or self._dates_chosen)

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
        """Reload the sessions from the database and reopen the one that was open."""
        self._stale = False
        db, athlete = self._controller.db, self._controller.athlete
        current = self.current_session_id()
        self._records = {}
        if db is not None and athlete is not None:
            # Imported here, not at the top: the window must show before SQLAlchemy loads.
            from app.storage.history_edits import session_history

            start = end = None
            if self._dates_chosen:
                first, last = self.from_date.date().toPython(), self.to_date.date().toPython()
                start, end = _local_midnight(first), _local_midnight(last + timedelta(days=1))
            records = session_history(
                db, athlete.id, start=start, end=end,
                exercise_id=self.exercise_filter.currentData(),
                side=self.side_filter.currentData(),
            )
            if not self._dates_chosen:
                self._set_default_dates(records[-1].info.started_at if records else None)
            self._records = {record.info.id: record for record in records}
        self._fill_sessions(list(self._records.values()))
        self.select_session(current if current in self._records else None)

    def _fill_sessions(self, records: "list[SessionRecord]") -> None:
        colours, unit = self._colours(), self._unit()
        self.sessions.blockSignals(True)
        self.sessions.clear()
        for record in records:
            entries = [s.entry for s in record.sets]
            item = QTreeWidgetItem([
                local_time_text(record.info.started_at),
                record.info.plan_name or self.tr("Free session"),
                str(len(entries)),
                _leg_total([e for e in entries if e.side is Side.LEFT], unit),
                _leg_total([e for e in entries if e.side is Side.RIGHT], unit),
            ])
            item.setData(0, _ID_ROLE, record.info.id)
            item.setToolTip(1, item.text(1))
            item.setForeground(3, QBrush(QColor(colours.left)))
            item.setForeground(4, QBrush(QColor(colours.right)))
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.sessions.addTopLevelItem(item)
        for column, side in ((3, Side.LEFT), (4, Side.RIGHT)):
            self.sessions.headerItem().setForeground(column, QBrush(QColor(colours.side(side))))
        self.sessions.blockSignals(False)
        count = len(records)
        if self.filtering():
            text = self.tr("1 session matches the filters") if count == 1 \
                else self.tr("{count} sessions match the filters")
        else:
            text = self.tr("1 session") if count == 1 else self.tr("{count} sessions")
        self.count_label.setText(text.format(count=count))

    def session_ids(self) -> list[int]:
        """Ids of the sessions listed, top (newest) first."""
        return [self.sessions.topLevelItem(i).data(0, _ID_ROLE)
                for i in range(self.sessions.topLevelItemCount())]

    def current_session_id(self) -> int | None:
        """Id of the open session, if any."""
        item = self.sessions.currentItem()
        return None if item is None else item.data(0, _ID_ROLE)

    def select_session(self, session_id: int | None) -> None:
        """Open a session by id (the newest listed one for None)."""
        ids = self.session_ids()
        if session_id is None and ids:
            session_id = ids[0]
        if session_id in ids:
            self.sessions.setCurrentItem(self.sessions.topLevelItem(ids.index(session_id)))
        self._show_current()

    # ----------------------------------------------------------------- detail

    def _show_current(self) -> None:
        session_id = self.current_session_id()
        record = self._records.get(session_id) if session_id is not None else None
        if record is None:
            self.empty_label.setText(self._empty_text())
            self.detail.setCurrentWidget(self.empty_label)
            return
        info = record.info
        self.session_title.setText(local_time_text(info.started_at))
        status = _STATUS_WORDS.get(info.status.value)
        facts = [info.plan_name or self.tr("Free session"), self.tr(status) if status else ""]
        if info.finished_at is not None:
            minutes = round((info.finished_at - info.started_at).total_seconds() / 60)
            facts.append(self.tr("{minutes} min").format(minutes=minutes))
        if info.notes:
            facts.append(f"“{info.notes}”")
        self.session_facts.setText(" · ".join(fact for fact in facts if fact))
        self._fill_sets(record)
        self.detail.setCurrentIndex(1)
        self.session_opened.emit(info.id)

    def _empty_text(self) -> str:
        if self._controller.db is None:
            return self.tr("Opening your history…")
        if self.from_date.date() > self.to_date.date():
            return self.tr("The first date is after the last one. Pick a range that runs forwards.")
        if self.filtering():
            return self.tr("No sessions match these filters.\nTry another exercise, leg or dates, "
                           "or press Show all.")
        return self.tr("No sessions yet.\nEvery session you train appears here, with each leg's "
                       "sets, ready to check, correct or export.")

    def _fill_sets(self, record: "SessionRecord") -> None:
        colours, unit = self._colours(), self._unit()
        keep = self.selected_set()
        self.sets.clear()
        names = {e.id: e.name for e in self._controller.exercises()}
        bold = QFont(self.sets.font())
        bold.setBold(True)
        groups: dict[str, QTreeWidgetItem] = {}
        for recorded in record.sets:
            entry = recorded.entry
            group = groups.get(entry.exercise_id)
            if group is None:
                group = QTreeWidgetItem([names.get(entry.exercise_id, entry.exercise_id)])
                group.setFont(0, bold)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                groups[entry.exercise_id] = group
                self.sets.addTopLevelItem(group)
                group.setFirstColumnSpanned(True)
            item = QTreeWidgetItem([
                str(entry.set_number), side_word(entry.side), str(entry.reps),
                format_load(entry.load_kg, unit),
                "–" if entry.rpe is None else f"{entry.rpe:g}", _form_text(entry), entry.tempo,
                entry.notes,
            ])
            item.setData(0, _ID_ROLE, recorded.id)
            item.setToolTip(5, _form_tooltip(entry))
            item.setToolTip(7, entry.notes)
            item.setForeground(1, QBrush(QColor(colours.side(entry.side))))
            item.setFont(1, bold)
            group.addChild(item)
            if keep is not None and recorded.id == keep.id:
                self.sets.setCurrentItem(item)
        self.sets.expandAll()
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.selected_set() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_set_button.setEnabled(chosen)

    def selected_set(self) -> "RecordedSet | None":
        """The set selected in the open session, if any."""
        item = self.sets.currentItem()
        set_id = None if item is None else item.data(0, _ID_ROLE)
        record = self._records.get(self.current_session_id() or -1)
        if set_id is None or record is None:
            return None
        return next((s for s in record.sets if s.id == set_id), None)

    def select_set(self, set_id: int) -> None:
        """Select a set of the open session by id."""
        for group_index in range(self.sets.topLevelItemCount()):
            group = self.sets.topLevelItem(group_index)
            for child_index in range(group.childCount()):
                if group.child(child_index).data(0, _ID_ROLE) == set_id:
                    self.sets.setCurrentItem(group.child(child_index))
                    return

    def shown_sets(self) -> list[tuple[str, str, str, str]]:
        """(exercise, leg, reps, load) of each set shown, as the athlete reads them."""
        rows = []
        for group_index in range(self.sets.topLevelItemCount()):
            group = self.sets.topLevelItem(group_index)
            for child_index in range(group.childCount()):
                child = group.child(child_index)
                rows.append((group.text(0), child.text(1), child.text(2), child.text(3)))
        return rows

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
            side=side_word(entry.side), time=local_time_text(entry.recorded_at))
        dialog = SetEditDialog(entry, self._unit(), title, self._colours(), self)
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
        session_id = self.current_session_id()
        record = self._records.get(session_id) if session_id is not None else None
        if record is None:
            return
        count = len(record.sets)
        answer = QMessageBox.question(
            self, self.tr("Delete session"),
            (self.tr("Delete the session of {time} and its 1 set?\n\nEdit → Undo brings it back.")
             if count == 1 else
             self.tr("Delete the session of {time} and its {count} sets?\n\n"
                     "Edit → Undo brings it back.")
             ).format(time=local_time_text(record.info.started_at), count=count),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.undo_stack.push(DeleteSessionCommand(self._controller, record.info.id))
            self._controller.status_message.emit(
                self.tr("Session deleted. Press Ctrl+Z to bring it back."))

    # --------------------------------------------------------- export/import

    def export_history(self, path: Path, unit: Unit = Unit.KG) -> int:
        """Write the current athlete's history to `path` (CSV or JSON by suffix); sets written."""
        from app.storage.transfer import ExportFormat, write_export

        db, athlete = self._controller.db, self._controller.athlete
        if db is None or athlete is None:
            raise LegworkError("The history is not open yet.")
        try:
            return write_export(db, path, ExportFormat.for_path(path), athlete_id=athlete.id,
                                unit=unit)
        except OSError as exc:
            raise LegworkError(f"Cannot write {path.name!r}: {exc.strerror or exc}.") from None

    def import_history(self, path: Path) -> "ImportSummary":
        """Import a Legwork CSV (all or nothing) and redraw every view that shows history."""
        from app.storage.transfer import import_file

        db = self._controller.db
        if db is None:
            raise LegworkError("The history is not open yet.")
        summary = import_file(db, path)
        self._controller.history_changed.emit()
        return summary

    def ask_export(self) -> None:
        """File → Export…: choose a file and a format, then export."""
        athlete = self._controller.athlete
        stem = "legwork-history" + (f"-{athlete.name}" if athlete else "")
        suggested = Path.home() / f"{stem.replace(' ', '-').lower()}-{date.today():%Y-%m-%d}.csv"
        name, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export history"), str(suggested), ";;".join(_EXPORT_FILTERS)
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in (".csv", ".json"):
            path = path.with_name(path.name + (".json" if chosen.startswith("JSON") else ".csv"))
        try:
            count = self.export_history(path, _EXPORT_FILTERS.get(chosen, Unit.KG))
        except LegworkError as error:
            QMessageBox.warning(self, self.tr("Export failed"), str(error))
            return
        self._controller.status_message.emit(
            (self.tr("Exported 1 set to {file}.") if count == 1
             else self.tr("Exported {count} sets to {file}.")).format(count=count, file=path.name)
        )

    def ask_import(self) -> None:
        """File → Import…: choose a Legwork CSV and import it, or say why not."""
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import history"), str(Path.home()),
            self.tr("Legwork CSV (*.csv);;All files (*)"),
        )
        if not name:
            return
        from app.storage.transfer import ImportRefusedError

        try:
            summary = self.import_history(Path(name))
        except ImportRefusedError as error:
            listed = "\n".join(f"• {problem}" for problem in error.problems)
            more = error.total - len(error.problems)
            QMessageBox.warning(
                self, self.tr("Nothing was imported"),
                self.tr("{file} has problems, so nothing was imported:").format(
                    file=Path(name).name) + f"\n\n{listed}"
                + ("\n" + self.tr("…and {more} more.").format(more=more) if more else ""),
            )
            return
        except LegworkError as error:
            QMessageBox.warning(self, self.tr("Nothing was imported"), str(error))
            return
        skipped = (" " + self.tr("{count} already in your history were skipped.").format(
            count=summary.sessions_skipped) if summary.sessions_skipped else "")
        self._controller.status_message.emit(
            self.tr("Imported {sets} sets in {sessions} sessions.").format(
                sets=summary.sets_added, sessions=summary.sessions_added) + skipped
        )
