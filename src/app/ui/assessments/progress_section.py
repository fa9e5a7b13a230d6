"""Progress's Tests tab: the latest battery at a glance, and one test over time.

A card per test of the latest finished assessment, the least even first
(the weakest symmetry is what to work on), then, for the chosen test, each
leg's best at every assessment and the symmetry line between them. The
charts (pyqtgraph) are built the first time there is something to chart.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.dates import moment_day_text
from app.domain.assessments.scoring import TestResult
from app.domain.sides import Side
from app.services.changes import Changes
from app.ui.assessments.wording import line_summary_text, lsi_text, symmetry_text, value_text
from app.ui.shell.controller import AppController
from app.ui.shell.settings import THEME_KEY, UiSettings
from app.ui.shell.theme import Colours, colours_for, side_word

if TYPE_CHECKING:
    from app.services.assessments import AssessmentReport, TestHistory
    from app.sheets.charts import PerLegChart
    from app.ui.assessments.battery_charts import TestSymmetryChart

CARD_COLUMNS = 4
DAY_SECONDS = 86_400.0


class TestCard(QFrame):
    """One test of the latest battery: its symmetry, the weaker leg, each leg's best."""

    __test__ = False  # a widget, not a pytest class, whatever its name

    picked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.test_id = ""
        self.name_label = QLabel()
        self.name_label.setWordWrap(True)
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.name_label.setStyleSheet("font-weight: 600;")
        self.lsi_label = QLabel()
        self.how_label = QLabel()
        self.how_label.setWordWrap(True)
        self.legs_label = QLabel()
        self.legs_label.setWordWrap(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 8, 12, 8)
        column.setSpacing(2)
        for label in (self.name_label, self.lsi_label, self.how_label, self.legs_label):
            column.addWidget(label)
        column.addStretch(1)

    def show_result(self, result: TestResult, colours: Colours) -> None:
        """Fill the card with one test's result."""
        self.test_id = result.test.id
        self.setAccessibleName(self.tr("{test}: symmetry {lsi}").format(
            test=result.test.name, lsi=lsi_text(result.symmetry.lsi)))
        self.setToolTip(self.tr("Show {test} over time").format(test=result.test.name))
        self.name_label.setText(result.test.name)
        self.lsi_label.setText(lsi_text(result.symmetry.lsi))
        self.lsi_label.setStyleSheet(
            f"font-size: 16pt; font-weight: 700; color: "
            f"{colours.warning if result.flagged else colours.text};")
        self.how_label.setText(symmetry_text(result))
        self.how_label.setStyleSheet(
            f"color: {colours.warning if result.flagged else colours.muted};")
        self.legs_label.setText(" · ".join(
            f"<b style='color:{colours.side(side)}'>{side_word(side)}</b> "
            f"{value_text(result.test, result.leg(side).best)}"
            for side in (Side.LEFT, Side.RIGHT)))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Show this test in the charts."""
        self.picked.emit(self.test_id)
        super().mousePressEvent(event)


class TestProgress(QWidget):
    """The latest battery's cards and one test's legs and symmetry over time."""

    __test__ = False  # a widget, not a pytest class, whatever its name

    assessments_requested = Signal()
    redrawn = Signal()

    def __init__(self, controller: AppController, settings: UiSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.settings = settings
        self.colours = colours_for(settings.theme())
        self.report: AssessmentReport | None = None
        self.history: TestHistory | None = None
        self.test_id: str | None = None
        self.cards: list[TestCard] = []
        self.leg_chart: PerLegChart | None = None
        self.symmetry_chart: TestSymmetryChart | None = None
        self._stale = True
        self._filling = False

        self.pages = QStackedWidget()
        self.empty = QWidget()
        empty_text = QLabel(self.tr(
            "No finished assessment yet. Run the test battery in Assessments: each leg's "
            "results, the symmetry between them and how they change show here."))
        empty_text.setWordWrap(True)
        empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty_text.setProperty("role", "subtitle")
        self.open_button = QPushButton(self.tr("Open Assessments"))
        self.open_button.setProperty("role", "primary")
        self.open_button.setToolTip(self.tr("Pick tests and run them leg by leg"))
        self.open_button.clicked.connect(self.assessments_requested)
        empty = QVBoxLayout(self.empty)
        empty.addStretch(1)
        empty.addWidget(empty_text)
        empty.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty.addStretch(2)

        self.content = QWidget()
        self.latest_label = QLabel()
        self.latest_label.setWordWrap(True)
        self.latest_label.setStyleSheet("font-weight: 600;")
        self.cards_grid = QGridLayout()
        self.cards_grid.setSpacing(8)
        self.test_combo = QComboBox()
        self.test_combo.setAccessibleName(self.tr("Test"))
        self.test_combo.setToolTip(self.tr("The test the charts show"))
        self.test_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.test_combo.currentIndexChanged.connect(self._test_picked)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setProperty("role", "subtitle")
        pick = QHBoxLayout()
        test_label = QLabel(self.tr("Test over time"))
        test_label.setStyleSheet("font-weight: 600;")
        test_label.setBuddy(self.test_combo)
        pick.addWidget(test_label)
        pick.addWidget(self.test_combo)
        pick.addWidget(self.note, 1)
        self.charts_row = QHBoxLayout()
        self.charts_row.setSpacing(10)
        content = QVBoxLayout(self.content)
        content.setContentsMargins(0, 0, 0, 0)
        content.setSpacing(8)
        content.addWidget(self.latest_label)
        content.addLayout(self.cards_grid)
        content.addLayout(pick)
        content.addLayout(self.charts_row, 1)
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self.content)
        title = QLabel(self.tr("Test battery"))
        title.setProperty("role", "title")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(self.pages, 1)

        controller.database_opened.connect(self._history_changed)
        controller.athlete_changed.connect(self._history_changed)
        controller.changed.connect(self._changed)
        settings.notifier.changed.connect(self._display_setting_changed)

    # -- when to redraw ------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up with assessments finished while the tab was hidden."""
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _history_changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def _changed(self, changes: object) -> None:
        assert isinstance(changes, Changes)
        if changes.assessments or changes.athletes:
            self._history_changed()

    def _display_setting_changed(self, key: str) -> None:
        if key == THEME_KEY:
            self.colours = colours_for(self.settings.theme())
            for chart in (self.leg_chart, self.symmetry_chart):
                if chart is not None:
                    chart.apply_colours(self.colours)
            self._fill_cards()

    # -- drawing ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Reread the latest battery and the chosen test's history."""
        self._stale = False
        db, athlete = self.controller.db, self.controller.athlete
        self.report = None
        if db is not None and athlete is not None:
            from app.services.assessments import latest_battery

            self.report = latest_battery(db, athlete.id)
        if self.report is None:
            self.pages.setCurrentWidget(self.empty)
            self.redrawn.emit()
            return
        self.pages.setCurrentWidget(self.content)
        report = self.report
        summary = line_summary_text(report.results)
        self.latest_label.setText(self.tr("Latest assessment, {day}{summary}").format(
            day=moment_day_text(report.info.started_at),
            summary=f" · {summary}" if summary else ""))
        self._fill_cards()
        self._fill_tests()
        self._draw_charts()

    def _fill_cards(self) -> None:
        report = self.report
        if report is None:
            return
        shown = [r for r in report.weakest_first
                 if r.left.best is not None or r.right.best is not None]
        while len(self.cards) > len(shown):
            card = self.cards.pop()
            self.cards_grid.removeWidget(card)
            card.setParent(None)
            card.deleteLater()
        while len(self.cards) < len(shown):
            card = TestCard()
            card.picked.connect(self.set_test)
            index = len(self.cards)
            self.cards_grid.addWidget(card, index // CARD_COLUMNS, index % CARD_COLUMNS)
            card.show()
            self.cards.append(card)
        for card, result in zip(self.cards, shown, strict=True):
            card.show_result(result, self.colours)

    def _fill_tests(self) -> None:
        report = self.report
        assert report is not None
        tests = [r.test for r in report.weakest_first]
        wanted = self.test_id if self.test_id in {t.id for t in tests} else (
            tests[0].id if tests else None)
        self._filling = True
        self.test_combo.clear()
        for test in tests:
            self.test_combo.addItem(test.name, test.id)
        if wanted is not None:
            self.test_combo.setCurrentIndex(self.test_combo.findData(wanted))
        self._filling = False
        self.test_id = wanted

    def set_test(self, test_id: str) -> None:
        """Chart one test."""
        index = self.test_combo.findData(test_id)
        if index >= 0:
            self.test_combo.setCurrentIndex(index)

    def _test_picked(self, index: int) -> None:
        test_id = self.test_combo.itemData(index)
        if self._filling or test_id is None:
            return
        self.test_id = str(test_id)
        self._draw_charts()

    def _ensure_charts(self) -> None:
        if self.leg_chart is not None:
            return
        from app.sheets.charts import PerLegChart
        from app.ui.assessments.battery_charts import TestSymmetryChart

        self.leg_chart = PerLegChart(self.tr("Each leg's best"),
                                     {side: side_word(side) for side in Side})
        self.symmetry_chart = TestSymmetryChart()
        self.leg_chart.setAccessibleName(self.tr("Each leg's best over time"))
        self.symmetry_chart.setAccessibleName(self.tr("Symmetry over time"))
        for chart in (self.leg_chart, self.symmetry_chart):
            chart.setMinimumHeight(200)
            chart.apply_colours(self.colours)
            self.charts_row.addWidget(chart, 1)

    def _draw_charts(self) -> None:
        db, athlete = self.controller.db, self.controller.athlete
        if self.test_id is None or db is None or athlete is None:
            return
        from app.services.assessments import history_of_test

        self._ensure_charts()
        assert self.leg_chart is not None and self.symmetry_chart is not None
        history = history_of_test(db, athlete.id, self.test_id)
        self.history = history
        points = list(history.points)
        # A day with leg lengths is charted in % of leg length, a day without in cm: one
        # chart cannot mix them, so it follows the latest day.
        normalised = points[-1].normalised if points else False
        kept = [p for p in points if p.normalised == normalised]
        unit = self.tr("% of leg length") if normalised else history.test.unit
        self.leg_chart.set_series(
            [(p.started_at, p.left) for p in kept if p.left is not None],
            [(p.started_at, p.right) for p in kept if p.right is not None],
            self.tr("{test} ({unit})").format(test=history.test.name, unit=unit))
        self.symmetry_chart.set_points(
            [(p.started_at, p.lsi) for p in kept if p.lsi is not None],
            history.test.symmetry_line)
        days = {p.started_at for p in kept}
        if len(days) == 1:
            # One day has no span to scale the time axis to: show the week around it, as
            # the symmetry chart does, rather than fractions of a second.
            day = next(iter(days)).timestamp()
            self.leg_chart.setXRange(day - 3 * DAY_SECONDS, day + 3 * DAY_SECONDS, padding=0)
        dropped = len(points) - len(kept)
        if len(kept) == 1:
            note = self.tr("One assessment so far: the lines start with the next one.")
        elif dropped:
            note = self.tr("{count} earlier days without both leg lengths are left out.").format(
                count=dropped)
        else:
            note = ""
        self.note.setText(note)
        self.redrawn.emit()
