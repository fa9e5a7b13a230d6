"""An assessment's results: each leg's best, the symmetry, and the change since last time.

One row per test, in the day's order: each leg's best (with every trial
under it), the symmetry index with the weaker leg and any flag (in the
warning colour), and how both legs and the index moved since the last
finished assessment. The hop battery's summary sentence sits above.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.dates import moment_text
from app.domain.assessments.scoring import LegResult, TestResult
from app.domain.sides import Side
from app.ui.assessments.wording import (
    change_text,
    line_summary_text,
    lsi_text,
    symmetry_text,
    value_text,
)
from app.ui.shell.theme import LIGHT, Colours, side_word

if TYPE_CHECKING:
    from app.services.assessments import AssessmentReport

COLUMNS = 5


class ResultPage(QWidget):
    """The report of one assessment, with Print and a way back to the tests."""

    back_requested = Signal()
    print_requested = Signal()

    def __init__(self, *, touch: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.touch = touch
        self.colours: Colours = LIGHT
        self.report: AssessmentReport | None = None
        self.title_label = QLabel()
        self.title_label.setProperty("role", "kioskTitle" if touch else "title")
        self.facts_label = QLabel()
        self.facts_label.setProperty("role", "subtitle")
        self.facts_label.setWordWrap(True)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("resultSummary")
        self.summary_label.setWordWrap(True)
        self.table = QTableWidget(0, COLUMNS)
        self.table.setAccessibleName(self.tr("Results per test"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Test"), side_word(Side.LEFT), side_word(Side.RIGHT),
            self.tr("Symmetry"), self.tr("Since last time"),
        ])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.table.setWordWrap(True)
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # Wrapped cells need their rows measured again whenever a column's width changes.
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.table.setItemDelegate(_SpacedRows(self.table))
        self.legend_label = QLabel(self.tr(
            "Each leg's best trial counts; the trials are under it. Symmetry is the weaker "
            "leg as a % of the stronger (for the 6 m timed hop, the faster time ÷ the slower), "
            "or the involved leg against the other when one is named. It is rounded down, so "
            "89.9 % reads 89 %."))
        self.legend_label.setProperty("role", "subtitle")
        self.legend_label.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Print report…"))
        self.print_button.setToolTip(self.tr("A one-page report for the athlete's or physio's "
                                             "folder"))
        self.print_button.clicked.connect(self.print_requested)
        # Parentless until laid out: hide it (never show it, which would open it as a window).
        if touch:
            self.print_button.hide()
        self.back_button = QPushButton(self.tr("Back to the tests"))
        self.back_button.setProperty("role", "primary")
        self.back_button.setToolTip(self.tr("Back to the list of tests and earlier results"))
        self.back_button.clicked.connect(self.back_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(10)
        layout.addWidget(self.title_label)
        layout.addWidget(self.facts_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.legend_label)
        layout.addLayout(buttons)

    def show_report(self, report: "AssessmentReport") -> None:
        """Fill the page with one assessment's results."""
        self.report = report
        info = report.info
        self.title_label.setText(self.tr("Results of {when}").format(
            when=moment_text(info.started_at)))
        facts = [report.athlete] if report.athlete else []
        if info.involved is not None:
            facts.append(self.tr("involved leg: {side}").format(side=side_word(info.involved)))
        lengths = info.leg_lengths
        if lengths[Side.LEFT] is not None or lengths[Side.RIGHT] is not None:
            facts.append(self.tr("leg lengths {left} / {right} cm").format(
                left=_cm(lengths[Side.LEFT]), right=_cm(lengths[Side.RIGHT])))
        if info.finished_at is None:
            facts.append(self.tr("not finished yet"))
        self.facts_label.setText(" · ".join(facts))
        summary = line_summary_text(report.results)
        self.summary_label.setText(summary)
        self.summary_label.setVisible(bool(summary))
        self._fill_table()

    def _fill_table(self) -> None:
        report = self.report
        if report is None:
            return
        c = self.colours
        self.table.setRowCount(len(report.results))
        bold = QFont(self.table.font())
        bold.setBold(True)
        for row, result in enumerate(report.results):
            test = result.test
            change = report.changes.get(test.id)
            cells = [
                test.name,
                self._leg_text(result, result.left),
                self._leg_text(result, result.right),
                f"{lsi_text(result.symmetry.lsi)}\n{symmetry_text(result)}",
                change_text(change),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                if column == 0:
                    item.setFont(bold)
                if column in (1, 2):
                    item.setForeground(QBrush(QColor(c.side(Side.LEFT if column == 1
                                                            else Side.RIGHT))))
                if column == 3 and result.flagged:
                    item.setForeground(QBrush(QColor(c.warning)))
                    item.setFont(bold)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()

    def _leg_text(self, result: TestResult, leg: LegResult) -> str:
        test = result.test
        best = value_text(test, leg.best)
        if leg.normalised is not None:
            best = self.tr("{best} ({percent} % of leg length)").format(
                best=best, percent=f"{leg.normalised:.1f}")
        if not leg.trials:
            return best
        trials = " · ".join(test.number(v) for v in leg.trials)
        return self.tr("{best}\ntrials {trials}").format(best=best, trials=trials)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Measure the wrapped rows again once the columns have their new widths."""
        super().resizeEvent(event)
        QTimer.singleShot(0, self.table.resizeRowsToContents)

    def showEvent(self, event: QShowEvent) -> None:
        """Rows filled while the page was hidden were measured on columns not yet laid out."""
        super().showEvent(event)
        QTimer.singleShot(0, self.table.resizeRowsToContents)

    def set_colours(self, colours: Colours) -> None:
        """Redraw in a theme's colours."""
        self.colours = colours
        self.summary_label.setStyleSheet("font-weight: 600;")
        self._fill_table()


class _SpacedRows(QStyledItemDelegate):
    """Rows a little taller than their text, so one test's lines never run into the next's."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex,
                 ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 12, size.height() + 10)


def _cm(value: float | None) -> str:
    return "–" if value is None else f"{value:g}"
