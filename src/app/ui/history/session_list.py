"""The left half of History: filters (exercise, leg, dates) and the sessions they leave."""

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.dates import DAY_FORMAT_QT, moment_text
from app.domain.exercise import Exercise
from app.domain.metrics import volume
from app.domain.records import SessionRecord, SetEntry
from app.domain.sides import Side
from app.domain.units import Unit, format_load
from app.ui.shell.theme import Colours, side_word
from app.ui.shell.translation import QT_TRANSLATE_NOOP

ID_ROLE = Qt.ItemDataRole.UserRole
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


def _leg_total(entries: list[SetEntry], unit: Unit) -> str:
    if not entries:
        return "–"
    reps = QCoreApplication.translate("HistoryView", "{reps} reps").format(
        reps=sum(e.reps for e in entries))
    kg = volume(entries)
    return f"{reps} · {format_load(kg, unit)}" if kg else reps


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, time()).astimezone()


class SessionList(QWidget):
    """Filters over a list of sessions, newest first; `filters_changed` asks for a reload."""

    filters_changed = Signal()
    current_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dates_chosen = False
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

        self.sessions = QTreeWidget()
        self.sessions.setAccessibleName(self.tr("Sessions"))
        self.sessions.setHeaderLabels([self.tr("When"), self.tr("Plan"), self.tr("Sets"),
                                       side_word(Side.LEFT), side_word(Side.RIGHT)])
        self.sessions.setRootIsDecorated(False)
        self.sessions.setUniformRowHeights(True)
        self.sessions.setAlternatingRowColors(True)
        self.sessions.setStyleSheet(TREE_STYLE)
        header = self.sessions.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
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
        self.sessions.currentItemChanged.connect(self.current_changed)

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

    def show_records(self, records: list[SessionRecord], unit: Unit, colours: Colours) -> None:
        """List the sessions (newest first), each leg's reps and volume in its colour."""
        self.sessions.blockSignals(True)
        self.sessions.clear()
        for record in records:
            entries = [s.entry for s in record.sets]
            item = QTreeWidgetItem([
                moment_text(record.info.started_at),
                record.info.plan_name or self.tr("Free session"),
                str(len(entries)),
                _leg_total([e for e in entries if e.side is Side.LEFT], unit),
                _leg_total([e for e in entries if e.side is Side.RIGHT], unit),
            ])
            item.setData(0, ID_ROLE, record.info.id)
            item.setToolTip(1, item.text(1))
            item.setForeground(3, QBrush(QColor(colours.left)))
            item.setForeground(4, QBrush(QColor(colours.right)))
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.sessions.addTopLevelItem(item)
        header = self.sessions.headerItem()
        for column, side in ((3, Side.LEFT), (4, Side.RIGHT)):
            header.setForeground(column, QBrush(QColor(colours.side(side))))
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
        ids = []
        for index in range(self.sessions.topLevelItemCount()):
            item = self.sessions.topLevelItem(index)
            if item is not None:
                ids.append(int(item.data(0, ID_ROLE)))
        return ids

    def current_session_id(self) -> int | None:
        """Id of the selected session, if any."""
        item = self.sessions.currentItem()
        return None if item is None else int(item.data(0, ID_ROLE))

    def select(self, session_id: int | None) -> None:
        """Select a session by id (the newest listed one for None)."""
        ids = self.session_ids()
        if session_id is None and ids:
            session_id = ids[0]
        if session_id in ids:
            item = self.sessions.topLevelItem(ids.index(session_id))
            if item is not None:
                self.sessions.setCurrentItem(item)
