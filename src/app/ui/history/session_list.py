"""The left half of History: filters (exercise, leg, dates) and the sessions they leave."""

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.dates import DAY_FORMAT_QT
from app.domain.exercise import Exercise
from app.domain.history import HistoryFilter, SessionSummary
from app.domain.sides import Side
from app.domain.units import Unit
from app.ui.history.session_model import (
    ID_ROLE,
    LEFT,
    OTHER,
    RIGHT,
    SESSION,
    PageReader,
    SessionModel,
)
from app.ui.shell.theme import Colours
from app.ui.shell.translation import QT_TRANSLATE_NOOP

__all__ = ["ID_ROLE", "TREE_STYLE", "SessionList"]
# Marked for translation here, translated where shown (context "HistoryView").
_SIDE_FILTERS = (
    (QT_TRANSLATE_NOOP("HistoryView", "Both legs"), None),
    (QT_TRANSLATE_NOOP("HistoryView", "Left leg"), Side.LEFT),
    (QT_TRANSLATE_NOOP("HistoryView", "Right leg"), Side.RIGHT),
    (QT_TRANSLATE_NOOP("HistoryView", "Two-leg sets"), Side.BOTH),
)
# When nothing has been logged yet, the date range opens on the last four weeks.
_DEFAULT_SPAN_DAYS = 28
TREE_STYLE = """
    QTreeView::item { padding: 6px 6px; }
    QHeaderView::section { padding: 6px 6px; }
"""
"""Rows roomy enough to read at arm's length and to hit with a finger on the gym kiosk."""


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, time()).astimezone()


class SessionList(QWidget):
    """Filters over a list of sessions, newest first; `filters_changed` asks for a reload."""

    filters_changed = Signal()
    current_changed = Signal()

    def __init__(self, unit: Unit, colours: Colours, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dates_chosen = False
        self._selecting = False
        title = QLabel(self.tr("History"))
        title.setProperty("role", "title")
        self.exercise_filter = QComboBox()
        self.exercise_filter.setAccessibleName(self.tr("Filter by exercise"))
        self.exercise_filter.setToolTip(self.tr("Show only sessions with this exercise"))
        self.side_filter = QComboBox()
        self.side_filter.setAccessibleName(self.tr("Filter by leg"))
        self.side_filter.setToolTip(self.tr("Show only sets done on this leg"))
        for label, side in _SIDE_FILTERS:
            self.side_filter.addItem(QCoreApplication.translate("HistoryView", label), side)
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

        self.model = SessionModel(unit, colours, self)
        self.sessions = QTreeView()
        self.sessions.setModel(self.model)
        self.sessions.setAccessibleName(self.tr("Sessions"))
        self.sessions.setRootIsDecorated(False)
        self.sessions.setItemsExpandable(False)
        # Every row is two lines, so the view lays out a million rows without measuring them.
        self.sessions.setUniformRowHeights(True)
        self.sessions.setAlternatingRowColors(True)
        self.sessions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sessions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sessions.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.sessions.setStyleSheet(TREE_STYLE)
        header = self.sessions.header()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(60)
        header.setSectionResizeMode(SESSION, QHeaderView.ResizeMode.Stretch)
        for column in (LEFT, RIGHT, OTHER):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        self.count_label = QLabel()
        self.count_label.setProperty("role", "subtitle")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        title_row = QHBoxLayout()
        title_row.addWidget(title)
        title_row.addStretch(1)
        title_row.addWidget(self.show_all_button)
        layout.addLayout(title_row)
        layout.addLayout(filters)
        layout.addWidget(self.sessions, 1)
        layout.addWidget(self.count_label)

        self.exercise_filter.currentIndexChanged.connect(self.filters_changed)
        self.side_filter.currentIndexChanged.connect(self.filters_changed)
        self.from_date.dateChanged.connect(self._dates_changed)
        self.to_date.dateChanged.connect(self._dates_changed)
        self.sessions.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.model.rowsInserted.connect(self._rows_read)
        self._fit_columns()

    def _date_edit(self, tip: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(DAY_FORMAT_QT)
        edit.setToolTip(tip)
        edit.setAccessibleName(tip)
        return edit

    # -- filters -------------------------------------------------------------

    def fill_exercises(self, exercises: list[Exercise]) -> None:
        """Offer these exercises to filter by, keeping the one chosen if it is still there."""
        keep = self.exercise_filter.currentData()
        self.exercise_filter.blockSignals(True)
        self.exercise_filter.clear()
        self.exercise_filter.addItem(self.tr("All exercises"), None)
        for exercise in exercises:
            self.exercise_filter.addItem(exercise.name, exercise.id)
        self.exercise_filter.setCurrentIndex(max(0, self.exercise_filter.findData(keep)))
        self.exercise_filter.blockSignals(False)

    def exercise_id(self) -> str | None:
        """The exercise to filter by, or None for all."""
        value = self.exercise_filter.currentData()
        return None if value is None else str(value)

    def side(self) -> Side | None:
        """The leg to filter by, or None for both."""
        value = self.side_filter.currentData()
        return None if value is None else Side(value)

    def span(self) -> tuple[datetime | None, datetime | None]:
        """The start and end (exclusive) of the chosen days, or None, None for all."""
        if not self._dates_chosen:
            return None, None
        first, last = self.from_date.date().toPython(), self.to_date.date().toPython()
        assert isinstance(first, date) and isinstance(last, date)
        return _local_midnight(first), _local_midnight(last + timedelta(days=1))

    def dates_backwards(self) -> bool:
        """Whether the first date is after the last."""
        return self.from_date.date() > self.to_date.date()

    def _dates_changed(self) -> None:
        self._dates_chosen = True
        self.filters_changed.emit()

    def show_default_dates(self, oldest: datetime | None) -> None:
        """Without chosen dates, show the range from the oldest session (or 4 weeks) to today."""
        if self._dates_chosen:
            return
        today = date.today()
        first = oldest.astimezone().date() if oldest else today - timedelta(_DEFAULT_SPAN_DAYS)
        self._show_dates(first, max(today, first))

    def _show_dates(self, first: date, last: date) -> None:
        for edit, day in ((self.from_date, first), (self.to_date, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def set_date_range(self, first: date, last: date) -> None:
        """Show sessions started from `first` to `last` (both local days, inclusive)."""
        self._show_dates(first, last)
        self._dates_changed()

    def show_all(self) -> None:
        """Clear every filter: all exercises, both legs, from the first session to today."""
        for combo in (self.exercise_filter, self.side_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._dates_chosen = False
        self.filters_changed.emit()

    def filtering(self) -> bool:
        """Whether any filter narrows the list."""
        return (self.exercise_filter.currentIndex() > 0 or self.side_filter.currentIndex() > 0
                or self._dates_chosen)

    # -- the list ------------------------------------------------------------

    def _fit_columns(self, first: int = 0, last: int = -1) -> None:
        # The leg and other columns fit their widest text, measured only in the rows just
        # read (a page), never in every row held; they grow as pages arrive and start
        # again from their titles when the list is read anew. The plan has the rest.
        metrics = self.sessions.fontMetrics()
        padding = 2 * metrics.averageCharWidth() + 12
        model = self.model
        for column in (LEFT, RIGHT, OTHER):
            widest = metrics.horizontalAdvance(str(model.headerData(
                column, Qt.Orientation.Horizontal)))
            for row in range(first, last + 1):
                text = str(model.data(model.index(row, column)))
                widest = max(widest, *(metrics.horizontalAdvance(line)
                                       for line in text.splitlines()))
            if first == 0 or widest + padding > self.sessions.columnWidth(column):
                self.sessions.setColumnWidth(column, widest + padding)
        # Two-leg sets and warm-ups come with imported histories; without any, the
        # column would only hold dashes and take the plan's width.
        self.sessions.setColumnHidden(OTHER, not model.has_other_sets())

    def _rows_read(self, _parent: QModelIndex, first: int, last: int) -> None:
        self._fit_columns(first, last)

    def wanted(self) -> HistoryFilter:
        """The sessions the filters leave."""
        start, end = self.span()
        return HistoryFilter(start=start, end=end, exercise_id=self.exercise_id(),
                             side=self.side())

    def show_sessions(self, read: PageReader | None, total: int) -> None:
        """List the sessions `read` gives page by page (newest first), keeping the open one."""
        current = self.current_summary()
        held = self.model.rowCount()
        self._selecting = True
        self.model.reset(read)
        if current is not None:
            # Read on, a page at a time, to the session that was open (no further than
            # the athlete had scrolled), so an edit or an undo leaves it open.
            self.model.fetch_until(current.key, most=held)
        self._selecting = False
        if not self.model.rowCount():
            self._fit_columns()
        if self.filtering():
            text = self.tr("1 session matches the filters") if total == 1 \
                else self.tr("{count} sessions match the filters")
        else:
            text = self.tr("1 session") if total == 1 else self.tr("{count} sessions")
        self.count_label.setText(text.format(count=f"{total:,}"))

    def set_look(self, unit: Unit, colours: Colours) -> None:
        """Show loads in `unit` and legs in `colours` (nothing is read again)."""
        self.model.set_look(unit, colours)

    def _current_row_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._selecting:
            self.current_changed.emit()

    def session_ids(self) -> list[int]:
        """Ids of the sessions listed so far, top (newest) first."""
        return self.model.session_ids()

    def current_summary(self) -> SessionSummary | None:
        """The selected session, if any."""
        index = self.sessions.currentIndex()
        return self.model.summary(index.row()) if index.isValid() else None

    def current_session_id(self) -> int | None:
        """Id of the selected session, if any."""
        summary = self.current_summary()
        return None if summary is None else summary.info.id

    def select(self, session_id: int | None) -> None:
        """Select a session by id (the newest listed one for None); nothing if not listed."""
        row = 0 if session_id is None else self.model.row_of(session_id)
        index = (self.model.index(row, SESSION) if row is not None and row < self.model.rowCount()
                 else QModelIndex())
        # The caller opens the session itself: no second reading through current_changed.
        self._selecting = self.model.paused = True
        self.sessions.setCurrentIndex(index)
        if index.isValid():
            self.sessions.scrollTo(index)
        self._selecting = self.model.paused = False
