"""History's list of sessions as a Qt model that reads the database a page at a time.

A keen athlete's history holds tens of thousands of sessions and a gym's
millions of sets, so the model never asks for all of them: it holds the
pages read so far and, when the view scrolls to the end of them, Qt asks
`canFetchMore`/`fetchMore` for the next page, which continues after the last
session shown (keyset paging on `started_at, id`). Each row is a
`SessionSummary`: the database has already summed the sets per leg.

Each row reads on two lines, so nothing needs cutting at 1280 px: when and
which plan; each leg's sets, reps and volume under that leg's name; two-leg
sets and warm-ups apart, because neither counts as a leg's training.
"""

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.dates import moment_text
from app.domain.history import LegTotals, PageKey, SessionSummary
from app.domain.sides import Side
from app.domain.units import Unit, from_kg
from app.ui.shell.theme import Colours, side_word

ID_ROLE = Qt.ItemDataRole.UserRole
PageReader = Callable[[PageKey | None], list[SessionSummary]]
"""Reads the page of sessions after a key (the first page for None), at most a page long."""

SESSION, LEFT, RIGHT, OTHER = range(4)
_Index = QModelIndex | QPersistentModelIndex


class SessionModel(QAbstractTableModel):
    """The sessions read so far, newest first; Qt's views fetch the next page as they scroll."""

    def __init__(self, unit: Unit, colours: Colours, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._read: PageReader | None = None
        self._rows: list[SessionSummary] = []
        self._texts: dict[tuple[int, int], str] = {}
        self._others = 0
        self._complete = True
        self._unit = unit
        self._colours = colours
        self.rows_fetched = 0
        """Sessions read from the database since this model was made (for tests and benchmarks)."""
        self.largest_fetch = 0
        """The most sessions read by one call (a page at most)."""
        self.paused = False
        """While True no page is read: Qt asks for one whenever it thinks the list's end is
        on screen, which it wrongly does while a selection is set before the rows are laid
        out; the list pauses reading then."""

    # ------------------------------------------------------------- pages

    def reset(self, read: PageReader | None) -> None:
        """Forget every row and read the first page through `read` (nothing for None)."""
        self.beginResetModel()
        self._read, self._rows, self._complete = read, [], read is None
        self._texts.clear()
        self._others = 0
        self.endResetModel()
        if read is not None:
            self.fetchMore(QModelIndex())

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        """Whether older sessions remain to be read."""
        return not parent.isValid() and not self._complete and not self.paused

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        """Read the next page (sessions older than the last one held) and append it."""
        if parent.isValid() or self._complete or self._read is None or self.paused:
            return
        page = self._read(self._rows[-1].key if self._rows else None)
        self.rows_fetched += len(page)
        self.largest_fetch = max(self.largest_fetch, len(page))
        if not page:
            self._complete = True
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
        self._rows.extend(page)
        self._others += sum(1 for s in page if s.both.sets or s.warmups)
        self.endInsertRows()

    def fetch_until(self, key: PageKey, most: int) -> None:
        """Read pages until the session at `key` is held (or `most` rows are, or none are left)."""
        while (self.canFetchMore() and len(self._rows) < most
               and (not self._rows or (self._rows[-1].info.started_at, self._rows[-1].info.id)
                    > (key.started_at, key.session_id))):
            self.fetchMore()

    def set_look(self, unit: Unit, colours: Colours) -> None:
        """Show loads in `unit` and legs in `colours`, without reading anything again."""
        self._unit, self._colours = unit, colours
        self._texts.clear()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, OTHER))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, LEFT, RIGHT)

    # -------------------------------------------------------------- rows

    def summary(self, row: int) -> SessionSummary:
        """The session shown in `row`."""
        return self._rows[row]

    def row_of(self, session_id: int) -> int | None:
        """The row showing this session, if it has been read."""
        return next((row for row, s in enumerate(self._rows) if s.info.id == session_id), None)

    def has_other_sets(self) -> bool:
        """Whether any session held has two-leg sets or warm-ups."""
        return self._others > 0

    def session_ids(self) -> list[int]:
        """Ids of the sessions held, newest first."""
        return [s.info.id for s in self._rows]

    # ------------------------------------------------------- Qt's model API

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Sessions held (more arrive through fetchMore)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """When and plan, left leg, right leg, other sets."""
        return 0 if parent.isValid() else OTHER + 1

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Column titles; the legs' titles in their colours."""
        if orientation is not Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Session"), side_word(Side.LEFT), side_word(Side.RIGHT),
                    self.tr("Other sets"))[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                self.tr("When the session started, and its plan"),
                self.tr("Sets on the left leg, their reps and volume (reps × load); "
                        "warm-ups not counted"),
                self.tr("Sets on the right leg, their reps and volume (reps × load); "
                        "warm-ups not counted"),
                self.tr("Sets of two-leg exercises, and warm-ups (shown, never counted in "
                        "progress)"),
            )[section]
        if role == Qt.ItemDataRole.ForegroundRole and section in (LEFT, RIGHT):
            return QBrush(QColor(self._colours.side(Side.LEFT if section == LEFT
                                                    else Side.RIGHT)))
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """What each cell shows, its colour, tooltip and the session's id."""
        if not index.isValid():
            return None
        summary, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            # Painting asks for each visible cell's text again and again: make it once.
            key = (index.row(), column)
            text = self._texts.get(key)
            if text is None:
                text = self._texts[key] = self._text(summary, column)
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(summary, column)
        if role == ID_ROLE:
            return summary.info.id
        if role == Qt.ItemDataRole.ForegroundRole and column in (LEFT, RIGHT):
            return QBrush(QColor(self._colours.side(Side.LEFT if column == LEFT else Side.RIGHT)))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _plan(self, summary: SessionSummary) -> str:
        return summary.info.plan_name or self.tr("Free session")

    def _text(self, summary: SessionSummary, column: int) -> str:
        if column == SESSION:
            return f"{moment_text(summary.info.started_at)}\n{self._plan(summary)}"
        if column in (LEFT, RIGHT):
            return self._leg_text(summary.left if column == LEFT else summary.right)
        lines = []
        if summary.both.sets:
            lines.append(self._count(self.tr("1 two-leg"), self.tr("{count} two-leg"),
                                     summary.both.sets))
        if summary.warmups:
            lines.append(self._count(self.tr("1 warm-up"), self.tr("{count} warm-ups"),
                                     summary.warmups))
        return "\n".join(lines) or "–"

    def _leg_text(self, leg: LegTotals) -> str:
        if not leg.sets:
            return "–"
        sets = self._count(self.tr("1 set"), self.tr("{count} sets"), leg.sets)
        reps = self._count(self.tr("1 rep"), self.tr("{count} reps"), leg.reps)
        # A session's volume reads best whole ("1,543 kg"); a set's load keeps its decimal.
        volume = (f" · {round(from_kg(leg.volume_kg, self._unit)):,} {self._unit}"
                  if leg.volume_kg > 0 else "")
        return f"{sets}\n{reps}{volume}"

    @staticmethod
    def _count(one: str, many: str, count: int) -> str:
        return one if count == 1 else many.format(count=count)

    def _tooltip(self, summary: SessionSummary, column: int) -> str:
        if column == SESSION:
            return self.tr("{plan}\nSession {id}").format(plan=self._plan(summary),
                                                          id=summary.info.id)
        parts = [self.tr("{sets} on the left leg").format(
                     sets=self._count(self.tr("1 set"), self.tr("{count} sets"),
                                      summary.left.sets)),
                 self.tr("{sets} on the right leg").format(
                     sets=self._count(self.tr("1 set"), self.tr("{count} sets"),
                                      summary.right.sets))]
        if summary.both.sets:
            parts.append(self.tr("{sets} of two-leg exercises").format(
                sets=self._count(self.tr("1 set"), self.tr("{count} sets"), summary.both.sets)))
        if summary.warmups:
            parts.append(self._count(
                self.tr("1 warm-up, not counted"), self.tr("{count} warm-ups, not counted"),
                summary.warmups))
        return "\n".join(parts)
