"""The Progress view: summary cards, each leg over time, limb symmetry and weekly sessions.

The charts (pyqtgraph, numpy) are built the first time the view has history to
show, so neither is imported while the main window is starting up.
"""

from collections.abc import Callable
from datetime import UTC, datetime, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QMouseEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import preferences as prefs
from app.domain.metrics import LOAD_MEASURES, Measure
from app.domain.progress import CHART_MEASURES, TimeRange
from app.domain.progression import AdviceKind
from app.domain.sides import Side
from app.domain.units import Unit, format_load
from app.services.body_mass import BODY_MASS_KEY
from app.services.changes import Changes
from app.ui.progress.advice_words import advice_sentences
from app.ui.progress.card_grid import MIN_CARD_WIDTH, CardGrid
from app.ui.shell.controller import AppController
from app.ui.shell.settings import THEME_KEY, UiSettings
from app.ui.shell.theme import Colours, colours_for, side_word
from app.ui.shell.translation import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from app.services.progress import ChartData, ExerciseCard, ProgressSource
    from app.sheets.charts import PerLegChart
    from app.ui.progress.charts import LsiChart, WeeklyChart

DEFAULT_MEASURE = Measure.REPS
DEFAULT_RANGE = TimeRange.WEEKS_12
# Marked for translation here, translated where shown (context "ProgressView").
_MEASURE_CHOICES = {
    Measure.VOLUME: QT_TRANSLATE_NOOP("ProgressView", "Volume"),
    Measure.BEST_SET: QT_TRANSLATE_NOOP("ProgressView", "Best set (heaviest load)"),
    Measure.BEST_E1RM: QT_TRANSLATE_NOOP("ProgressView", "Estimated 1RM (an estimate)"),
    Measure.REPS: QT_TRANSLATE_NOOP("ProgressView", "Reps"),
}
# The domain's range labels are English data; these are the words on the buttons.
_RANGE_TEXT = {
    TimeRange.WEEKS_4: QT_TRANSLATE_NOOP("ProgressView", "4 weeks"),
    TimeRange.WEEKS_12: QT_TRANSLATE_NOOP("ProgressView", "12 weeks"),
    TimeRange.YEAR: QT_TRANSLATE_NOOP("ProgressView", "1 year"),
    TimeRange.ALL: QT_TRANSLATE_NOOP("ProgressView", "All"),
}
# The most of the view's height the summary cards take (always at least one row).
_CARDS_SHARE = 0.3
# The charts' y-axis titles: what is plotted and, for loads, in which unit.
_MEASURE_NAMES = {
    Measure.VOLUME: QT_TRANSLATE_NOOP("ProgressView", "Volume"),
    Measure.BEST_SET: QT_TRANSLATE_NOOP("ProgressView", "Best set"),
    Measure.BEST_E1RM: QT_TRANSLATE_NOOP("ProgressView", "Estimated 1RM"),
    Measure.REPS: QT_TRANSLATE_NOOP("ProgressView", "Reps"),
}


def _local_tz() -> tzinfo:
    zone = datetime.now().astimezone().tzinfo
    return zone if zone is not None else UTC


def measure_label(measure: Measure, unit: Unit) -> str:
    """The y-axis title for a measure in the athlete's unit ("Estimated 1RM (kg carried, …)").

    Load measures are of the load the leg carried (body mass included).
    """
    name = QCoreApplication.translate("ProgressView", _MEASURE_NAMES[measure])
    if measure is Measure.BEST_E1RM:
        return QCoreApplication.translate(
            "ProgressView", "{measure} ({unit} carried, estimate)").format(measure=name, unit=unit)
    if measure in LOAD_MEASURES:
        return QCoreApplication.translate("ProgressView", "{measure} ({unit} carried)").format(
            measure=name, unit=unit)
    return name


def short_advice(card: "ExerciseCard", unit: Unit) -> str:
    """The advice in a few words for a card; the full sentence goes in its tooltip."""
    advice = card.advice
    if advice.kind is AdviceKind.BALANCE and advice.weaker is not None:
        text = QCoreApplication.translate("ProgressView", "{side} leg first, one extra set")
        return text.format(side=side_word(advice.weaker))
    if advice.kind is AdviceKind.LEVEL_UP and advice.next_level is not None:
        text = QCoreApplication.translate("ProgressView", "Level up to level {level}")
        return text.format(level=advice.next_level + 1)
    if advice.kind is AdviceKind.ADD_LOAD and advice.next_load_kg is not None:
        text = QCoreApplication.translate("ProgressView", "Go up to {load}")
        return text.format(load=format_load(advice.next_load_kg, unit))
    if advice.kind is AdviceKind.NO_DATA or not advice.steps:
        return QCoreApplication.translate("ProgressView", "Log a session first")
    if advice.kind is AdviceKind.REPEAT:
        return QCoreApplication.translate("ProgressView", "Same again to confirm")
    if advice.kind in (AdviceKind.PER_LEG, AdviceKind.LEVEL_UP, AdviceKind.ADD_LOAD):
        return QCoreApplication.translate("ProgressView", "Each leg its own step")
    step = advice.steps[0]
    text = QCoreApplication.translate("ProgressView", "{sets} × {reps} at {load}")
    return text.format(sets=step.sets, reps=step.reps, load=format_load(step.load_kg, unit))


class ExerciseCardWidget(QFrame):
    """One summary card; clicking it shows that exercise in the charts.

    The labels are built once and refilled by `show_card`, so a redraw with
    the same number of cards only changes text and colours, not the layout.
    """

    picked = Signal(str)

    def __init__(self, card: "ExerciseCard", colours: Colours, unit: Unit,
                 parent: QWidget | None = None, line: float = 90.0) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        # The grid gives every card in a row the same share of the width
        # (`card_grid`), and every card grows to the tallest in its row.
        self.setMinimumWidth(MIN_CARD_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 10, 12, 10)
        column.setSpacing(3)
        self.name_label = QLabel()
        self.name_label.setWordWrap(True)
        self.name_label.setStyleSheet("font-weight: 600;")
        self.lsi_label = QLabel()
        self.basis_label = QLabel()
        self.trend_label = QLabel()
        self.weaker_label = QLabel()
        self.advice_label = QLabel()
        # Every line wraps: cards are narrow, and longer languages or larger
        # system fonts must not cut a line off.
        for label in (self.advice_label, self.basis_label, self.trend_label, self.weaker_label):
            label.setWordWrap(True)
        for label in (self.name_label, self.lsi_label, self.basis_label, self.trend_label,
                      self.weaker_label, self.advice_label):
            column.addWidget(label)
        column.addStretch(1)
        self.show_card(card, colours, unit, line)

    def show_card(self, card: "ExerciseCard", colours: Colours, unit: Unit,
                  line: float = 90.0) -> None:
        """Fill the card with one exercise's summary, in a theme's colours and a unit.

        Symmetry below `line` (%) is shown in the warning colour.
        """
        self.card = card
        self.setToolTip(advice_sentences(card.advice, card.exercise, unit))
        self.setAccessibleName(self.tr("{exercise} summary").format(exercise=card.exercise.name))
        self.name_label.setText(card.exercise.name)
        self.lsi_label.setText(self._lsi_text())
        flagged = card.lsi is not None and card.lsi.lsi < line
        self.lsi_label.setStyleSheet(
            f"font-size: 17pt; font-weight: 700; color: "
            f"{colours.warning if flagged else colours.text};"
        )
        self.basis_label.setVisible(card.lsi is not None)
        if card.lsi is not None:
            self.basis_label.setText(
                self.tr("symmetry on {measure}").format(measure=card.lsi.measure.label))
        self.basis_label.setStyleSheet(f"color: {colours.muted}; font-size: 9pt;")
        self.trend_label.setText(self._trend_text())
        self.trend_label.setStyleSheet(f"color: {colours.muted}; font-size: 9pt;")
        if card.one_leg is not None:
            self.weaker_label.setText(
                self.tr("Only the {side} leg logged").format(side=side_word(card.one_leg)))
            self.weaker_label.setStyleSheet(f"color: {colours.warning};")
        else:
            self.weaker_label.setStyleSheet("")
            if card.weaker is not None:
                self.weaker_label.setText(self.tr("Weaker: {side}").format(
                    side=f"<b style='color:{colours.side(card.weaker)}'>"
                         f"{side_word(card.weaker)}</b>"))
            else:
                self.weaker_label.setText(self.tr("Legs level"))
        self.advice_label.setText(self.tr("Next: {advice}").format(advice=short_advice(card, unit)))

    def _lsi_text(self) -> str:
        point = self.card.lsi
        return self.tr("LSI —") if point is None else self.tr("LSI {lsi} %").format(
            lsi=f"{point.lsi:.0f}")

    def _trend_text(self) -> str:
        change = self.card.change
        if self.card.lsi is None:
            return self.tr("No symmetry yet")
        if change is None:
            return self.tr("Trend after 4 weeks")
        if abs(change) < 0.5:
            return self.tr("→ ±0 in 4 weeks")
        arrow = "▲" if change > 0 else "▼"
        return self.tr("{arrow} {change} in 4 weeks").format(
            arrow=arrow, change=f"{change:+.0f}")

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Show this card's exercise in the charts."""
        self.picked.emit(self.card.exercise.id)
        super().mousePressEvent(event)


class EmptyProgress(QWidget):
    """What the view says before there is any history: what will appear, and two ways in."""

    start_session_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, offer_demo: bool = True) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = QLabel(self.tr("Your progress will show here"))
        title.setProperty("role", "title")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        what = self.tr(
            "After your first session you'll see each leg's work over time, how close your "
            "weaker leg is to the stronger one (against the 90 % return-to-sport line used "
            "after knee injury, or a line you set), how many "
            "sessions you fit in each week, and what to do next time.")
        # A shared kiosk offers no demo data, so it does not mention it.
        demo = self.tr(
            "Want a look first? Demo data adds a separate made-up runner with twelve weeks "
            "of training; your own history is never touched.")
        self.body = body = QLabel(f"{what}\n\n{demo}" if offer_demo else what)
        body.setProperty("role", "subtitle")
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # A fixed width lets the wrapped text report its true height (no clipped lines);
        # the height is measured again when shown, in the font the window gave it.
        body.setFixedWidth(600)
        body.setMinimumHeight(body.heightForWidth(600))
        self.start_button = QPushButton(self.tr("Start a session"))
        self.start_button.setProperty("role", "primary")
        self.start_button.clicked.connect(self.start_session_requested)
        self.demo_button = QPushButton(self.tr("Show me with demo data"))
        self.demo_button.setToolTip(
            self.tr("Add a made-up runner to look around; yours stays as it is"))
        self.start_button.setToolTip(self.tr("Pick a plan and start training"))
        self.demo_button.clicked.connect(self.demo_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        layout.addWidget(title)
        layout.addSpacing(8)
        layout.addWidget(body, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(16)
        layout.addLayout(buttons)
        layout.addStretch(2)

    def showEvent(self, event: QShowEvent) -> None:
        """Make room for every line of the text in the font it is shown in (larger on a kiosk)."""
        self.body.setMinimumHeight(self.body.heightForWidth(self.body.width()))
        super().showEvent(event)


class ProgressView(QWidget):
    """Charts and summary cards for the current athlete; redraws when history changes.

    With `single_athlete` (the kiosk) the view offers no way to another athlete's
    history: no athlete switcher and no demo data button.
    """

    start_session_requested = Signal()
    assessments_requested = Signal()
    redrawn = Signal()

    def __init__(
        self, controller: AppController, settings: UiSettings, parent: QWidget | None = None,
        *, now: Callable[[], datetime] | None = None, tz: tzinfo | None = None,
        single_athlete: bool = False,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.single_athlete = single_athlete
        self.settings = settings
        self._now = now or (lambda: datetime.now(UTC))
        self._tz = tz or _local_tz()
        self.colours = colours_for(settings.theme())
        self.measure = DEFAULT_MEASURE
        self.time_range = DEFAULT_RANGE
        self.exercise_id: str | None = None
        self.cards: list[ExerciseCardWidget] = []
        self._card_data: list[ExerciseCard] = []
        self.data: ChartData | None = None
        # What has been read for the shown athlete; replaced on every refresh.
        self.source: ProgressSource | None = None
        self.per_leg_chart: PerLegChart | None = None
        self.lsi_chart: LsiChart | None = None
        self.weekly_chart: WeeklyChart | None = None
        self._stale = True
        self._filling = False

        # Training (this view's charts) and Tests (the test battery's) are two tabs.
        self.training = QWidget()
        outer = QVBoxLayout(self.training)
        outer.setContentsMargins(24, 18, 24, 12)
        outer.setSpacing(10)
        outer.addLayout(self._build_header())
        self.pages = QStackedWidget()
        self.empty = EmptyProgress(offer_demo=not single_athlete)
        self.empty.start_session_requested.connect(self.start_session_requested)
        self.empty.demo_requested.connect(self.load_demo_data)
        self.empty.demo_button.setVisible(not single_athlete)
        self.content = QWidget()
        self.content_layout = QVBoxLayout(self.content)
        self.content_layout.setContentsMargins(0, 0, 0, 0)
        self.content_layout.setSpacing(10)
        self.card_grid = CardGrid()
        self.content_layout.addWidget(self.card_grid)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setObjectName("progressNote")
        self.note.hide()
        self.content_layout.addWidget(self.note)
        self.charts_grid = QGridLayout()
        self.charts_grid.setSpacing(10)
        self.content_layout.addLayout(self.charts_grid, 1)
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self.content)
        outer.addWidget(self.pages, 1)
        self._add_tests_tab()

        # Opening a history announces its athlete, which redraws the view.
        controller.athlete_changed.connect(self._history_changed)
        controller.changed.connect(self._changed)
        settings.notifier.changed.connect(self._display_setting_changed)

    def _add_tests_tab(self) -> None:
        from app.ui.assessments.progress_section import TestProgress

        self.tests = TestProgress(self.controller, self.settings)
        self.tests.assessments_requested.connect(self.assessments_requested)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.training, self.tr("Training"))
        self.tabs.addTab(self.tests, self.tr("Tests"))
        self.tabs.setTabToolTip(1, self.tr("The test battery: each leg and the symmetry"))
        if self.single_athlete:
            # On the kiosk the tabs are finger targets too.
            self.tabs.setStyleSheet("QTabBar::tab { min-height: 48px; min-width: 160px; }")
        else:
            # Big enough to read as the view's two halves, not as a stray control.
            self.tabs.setStyleSheet(
                "QTabBar::tab { min-height: 30px; min-width: 110px; padding: 2px 14px;"
                " font-weight: 600; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 0, 0)
        layout.addWidget(self.tabs)

    def _build_header(self) -> QVBoxLayout:
        # Two rows (title and time range; then what to chart), so longer
        # languages and larger system fonts still fit at 1280 px.
        header = QHBoxLayout()
        header.setSpacing(8)
        controls = QHBoxLayout()
        controls.setSpacing(8)
        title = QLabel(self.tr("Progress"))
        title.setProperty("role", "title")
        # The title keeps its full width; the combo boxes give way (and elide) first.
        title.setMinimumWidth(title.sizeHint().width())
        header.addWidget(title)
        header.addStretch(1)
        self.athlete_label = QLabel(self.tr("Athlete"))
        self.athlete_combo = QComboBox()
        self.athlete_combo.setAccessibleName(self.tr("Athlete"))
        self.athlete_combo.setToolTip(self.tr("Whose progress to show"))
        self.athlete_combo.activated.connect(self._athlete_picked)
        controls.addWidget(self.athlete_label)
        # The combos share the row's room (names are long), rather than each eliding early.
        controls.addWidget(self.athlete_combo, 2)
        self.exercise_combo = QComboBox()
        self.exercise_combo.setAccessibleName(self.tr("Exercise"))
        self.exercise_combo.setToolTip(self.tr("The exercise the charts show"))
        self.exercise_combo.setMinimumContentsLength(10)
        self.exercise_combo.currentIndexChanged.connect(self._exercise_picked)
        controls.addWidget(self.exercise_combo, 3)
        self.measure_combo = QComboBox()
        self.measure_combo.setAccessibleName(self.tr("Measure"))
        for measure in CHART_MEASURES:
            self.measure_combo.addItem(self.tr(_MEASURE_CHOICES[measure]), measure.value)
        self.measure_combo.setCurrentIndex(CHART_MEASURES.index(self.measure))
        self.measure_combo.setToolTip(
            self.tr("Volume is reps × load; the estimated 1RM (Epley) is a guide, "
                    "not a tested max.")
        )
        self.measure_combo.currentIndexChanged.connect(self._measure_picked)
        controls.addWidget(self.measure_combo, 2)
        controls.addStretch(1)
        self.range_group = QButtonGroup(self)
        self.range_group.setExclusive(True)
        self.range_buttons: dict[TimeRange, QPushButton] = {}
        for time_range in TimeRange:
            words = self.tr(_RANGE_TEXT[time_range])
            button = QPushButton(words)
            button.setCheckable(True)
            button.setChecked(time_range is self.time_range)
            button.setAccessibleName(self.tr("Show {range}").format(range=words))
            button.setToolTip(self.tr("Chart the last {range}").format(range=words)
                              if time_range is not TimeRange.ALL
                              else self.tr("Chart all your history"))
            button.clicked.connect(lambda _=False, r=time_range: self.set_time_range(r))
            self.range_group.addButton(button)
            self.range_buttons[time_range] = button
            header.addWidget(button)
        rows = QVBoxLayout()
        rows.setSpacing(8)
        rows.addLayout(header)
        rows.addLayout(controls)
        return rows

    # Public controls, used by the header widgets and by tests and the benchmark.

    def set_exercise(self, exercise_id: str) -> None:
        """Show one exercise in the charts."""
        index = self.exercise_combo.findData(exercise_id)
        if index >= 0:
            self.exercise_combo.setCurrentIndex(index)

    def set_measure(self, measure: Measure) -> None:
        """Chart another measure (volume, best set, estimated 1RM or reps)."""
        self.measure_combo.setCurrentIndex(CHART_MEASURES.index(measure))

    def set_time_range(self, time_range: TimeRange) -> None:
        """Show the last 4 weeks, 12 weeks, year, or all history."""
        self.time_range = time_range
        self.range_buttons[time_range].setChecked(True)
        self._draw_charts()

    def apply_colours(self, colours: Colours) -> None:
        """Restyle charts and cards for a theme."""
        self.colours = colours
        self._style_note()
        for chart in (self.per_leg_chart, self.lsi_chart, self.weekly_chart):
            if chart is not None:
                chart.apply_colours(colours)
        self._fill_cards()


    def load_demo_data(self) -> None:
        """Fill the demo athlete and show them (the empty state's second button)."""
        self.controller.load_demo_data()

    # Redrawing.

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Give the cards up to a share of the height; the charts keep the rest."""
        super().resizeEvent(event)
        self.card_grid.set_height_budget(int(event.size().height() * _CARDS_SHARE))

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up on changes that happened while the view was hidden."""
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _history_changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def _changed(self, changes: object) -> None:
        assert isinstance(changes, Changes)
        # A new body mass changes the load each leg carried, so every figure; so does
        # the athlete's symmetry line for every flag.
        if (changes.sessions or changes.athletes or changes.exercises
                or changes.preferences & {prefs.UNIT, prefs.SYMMETRY_LINE, BODY_MASS_KEY}):
            self._history_changed()

    def _display_setting_changed(self, key: str) -> None:
        if key == THEME_KEY:
            self.apply_colours(colours_for(self.settings.theme()))

    def line(self) -> float:
        """The symmetry line (%) the legs are flagged against: the athlete's, or 90."""
        return float(self.controller.preferences.symmetry_line_percent)

    def refresh(self) -> None:
        """Reload athletes, exercises, cards and charts from the database."""
        self._stale = False
        db, athlete = self.controller.db, self.controller.athlete
        self._fill_athletes()
        if db is None or athlete is None:
            self.source = None
            self._show_empty(True)
            return
        from app.services.progress import ProgressSource

        self.source = ProgressSource(db, athlete.id)
        if not self.source.logged():
            self._card_data = []
            self._show_empty(True)
            self.redrawn.emit()
            return
        self._card_data = self.source.cards(self.controller.exercises(), self.measure,
                                            self.controller.preferences.unit, self.line())
        self._show_empty(False)
        self._fill_exercises()
        self._fill_cards()
        self._draw_charts()

    def _show_empty(self, empty: bool) -> None:
        self.pages.setCurrentWidget(self.empty if empty else self.content)
        # Chart controls mean nothing without history; the athlete switcher still does.
        for control in (self.exercise_combo, self.measure_combo, *self.range_buttons.values()):
            control.setVisible(not empty)

    def _fill_athletes(self) -> None:
        athletes = [] if self.single_athlete else self.controller.athletes()
        self._filling = True
        self.athlete_combo.clear()
        for athlete in athletes:
            text = self.tr("{name} (demo)") if athlete.is_demo else "{name}"
            self.athlete_combo.addItem(text.format(name=athlete.name), athlete.id)
        metrics = self.athlete_combo.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.athlete_combo.itemText(i))
                      for i in range(self.athlete_combo.count())), default=0)
        # Room for the padding and drop-down arrow the style sheet adds around the text.
        self.athlete_combo.setMinimumWidth(widest + 48)
        current = self.controller.athlete
        if current is not None:
            self.athlete_combo.setCurrentIndex(self.athlete_combo.findData(current.id))
        self._filling = False
        several = len(athletes) > 1
        self.athlete_combo.setVisible(several)
        self.athlete_label.setVisible(several)

    def _fill_exercises(self) -> None:
        """Every exercise with sets: those with cards first, then the rest by name."""
        assert self.source is not None
        logged = self.source.logged()
        carded = [card.exercise for card in self._card_data]
        others = sorted((e for e in self.controller.exercises()
                         if e.id in logged and e not in carded), key=lambda e: e.name.casefold())
        listed = [*carded, *others]
        wanted = self.exercise_id
        if all(e.id != wanted for e in listed):
            wanted = listed[0].id if listed else None
        self._filling = True
        self.exercise_combo.clear()
        for exercise in carded:
            self.exercise_combo.addItem(exercise.name, exercise.id)
        if carded and others:
            self.exercise_combo.insertSeparator(self.exercise_combo.count())
        for exercise in others:
            self.exercise_combo.addItem(exercise.name, exercise.id)
        self.exercise_combo.setCurrentIndex(self.exercise_combo.findData(wanted))
        self.exercise_id = wanted
        self._filling = False

    def _fill_cards(self) -> None:
        unit = self.controller.preferences.unit
        # Refilling the cards already there keeps the layout, and so the charts' size:
        # rebuilding them made every chart lay out and paint twice per redraw.
        for card, data in zip(self.cards, self._card_data, strict=False):
            card.show_card(data, self.colours, unit, self.line())
        gone = self.cards[len(self._card_data):]
        del self.cards[len(self._card_data):]
        for data in self._card_data[len(self.cards):]:
            card = ExerciseCardWidget(data, self.colours, unit, line=self.line())
            card.picked.connect(self.set_exercise)
            self.cards.append(card)
        self.card_grid.set_cards(list(self.cards))
        for card in gone:
            # Unparented at once: a deferred delete alone leaves the old card painted until
            # the event loop next runs.
            card.setParent(None)
            card.deleteLater()
        for card in self.cards:
            # A layout shows a new child only on the next pass of the event loop; the
            # redraw is complete when it returns.
            card.show()
        self._mark_charted_card()

    def _mark_charted_card(self) -> None:
        """Outline the card of the exercise the charts show, and scroll it into sight:
        with many exercises, its row may be one the card grid has scrolled away."""
        for card in self.cards:
            charted = card.card.exercise.id == self.exercise_id
            if card.property("charted") != charted:
                card.setProperty("charted", charted)
                card.style().unpolish(card)
                card.style().polish(card)
            if charted:
                self.card_grid.ensureWidgetVisible(card, 0, 0)

    def _ensure_charts(self) -> None:
        if self.per_leg_chart is not None:
            return
        from app.sheets.charts import PerLegChart
        from app.ui.progress.charts import LsiChart, WeeklyChart

        self.per_leg_chart = PerLegChart(
            QCoreApplication.translate("PerLegChart", "Each leg over time"),
            {side: side_word(side) for side in Side})
        self.lsi_chart = LsiChart()
        self.weekly_chart = WeeklyChart()
        for chart, name, tip in (
            (self.per_leg_chart, self.tr("Each leg over time"),
             self.tr("The chosen measure for each leg, session by session")),
            (self.lsi_chart, self.tr("Limb symmetry"),
             self.tr("The weaker leg as a percentage of the stronger, set for set. The 90 % "
                     "line is the return-to-sport benchmark used after knee injury; set your "
                     "own in File → Preferences.")),
            (self.weekly_chart, self.tr("Sessions per week"),
             self.tr("How many sessions you did each week, against a target of 2 to 3")),
        ):
            chart.setAccessibleName(name)
            chart.setToolTip(tip)
        self.per_leg_chart.setMinimumHeight(180)
        self.lsi_chart.setMinimumHeight(155)
        self.weekly_chart.setMinimumHeight(155)
        self.charts_grid.addWidget(self.per_leg_chart, 0, 0, 1, 2)
        self.charts_grid.addWidget(self.lsi_chart, 1, 0)
        self.charts_grid.addWidget(self.weekly_chart, 1, 1)
        self.charts_grid.setRowStretch(0, 3)
        self.charts_grid.setRowStretch(1, 2)
        for chart in (self.per_leg_chart, self.lsi_chart, self.weekly_chart):
            chart.apply_colours(self.colours)

    def _draw_charts(self) -> None:
        if self.source is None or self.exercise_id is None:
            return
        self._ensure_charts()
        assert self.per_leg_chart is not None and self.lsi_chart is not None
        assert self.weekly_chart is not None
        unit = self.controller.preferences.unit
        now = self._now()
        data = self.source.chart(self.exercise_id, self.measure, self.time_range, unit,
                                 now, self._tz,
                                 exercise=self.controller.exercise(self.exercise_id),
                                 columns=self._plot_columns())
        self.data = data
        start = self.time_range.start(now)
        for chart in (self.per_leg_chart, self.lsi_chart, self.weekly_chart):
            # All three charts span the chosen range, so their dates line up.
            chart.set_date_span(None if start is None else (start, now))
        self.per_leg_chart.set_series(data.left, data.right, measure_label(self.measure, unit),
                                      both=data.both)
        self.lsi_chart.set_line(self.line())
        self.lsi_chart.set_points([(p.started_at, p.lsi) for p in data.lsi])
        self.weekly_chart.set_weeks(data.weeks)
        self._show_note(data)
        self.redrawn.emit()

    def _plot_columns(self) -> int:
        """How many pixel columns the per-leg chart's plot has (the view's width before
        it is laid out): long ranges get at most one point per column."""
        assert self.per_leg_chart is not None
        width = self.per_leg_chart.getViewBox().width()
        return int(width) if width > 100 else max(self.width(), 1000)

    def _show_note(self, data: "ChartData") -> None:
        name = self.exercise_combo.currentText()
        span = self.tr(_RANGE_TEXT[self.time_range])
        if data.sessions == 0:
            text = (self.tr("No sets of {exercise} in the last {range}. Pick a longer time "
                            "range or another exercise.") if self.time_range is not TimeRange.ALL
                    else self.tr("No sets of {exercise} yet.")).format(exercise=name, range=span)
        elif not data.sides:
            text = self.tr("{exercise} has no sets for one leg at a time, so there is no "
                           "symmetry to show; the chart has its two-sided sets as one line.")
            text = text.format(exercise=name)
        elif len(data.sides) == 1:
            (only,) = data.sides
            text = self.tr("Only your {side} leg has sets of {exercise} so far, so there is no "
                           "symmetry to show. Log the {other} leg too to compare them.").format(
                side=side_word(only), exercise=name, other=side_word(only.other()))
        elif data.needs_body_mass:
            text = self.tr("Volume, best set and 1RM count the load each leg carries, body "
                           "weight included, so they need your body mass: add it in File → "
                           "Preferences. Until then the symmetry compares reps at the same load, "
                           "and Reps shows every session.")
        elif not data.lsi and self.measure is Measure.BEST_E1RM:
            text = self.tr("No 1RM estimates yet: they need a set of 1 to 12 reps on each leg.")
        else:
            text = ""
        self.note.setText(text)
        self.note.setVisible(bool(text))
        self._style_note()

    def _style_note(self) -> None:
        c = self.colours
        self.note.setStyleSheet(
            f"#progressNote {{ background: {c.surface}; border: 1px solid {c.warning}; "
            f"border-radius: 6px; padding: 8px 12px; color: {c.text}; }}"
        )

    def _athlete_picked(self, index: int) -> None:
        athlete_id = self.athlete_combo.itemData(index)
        if not self._filling and athlete_id is not None:
            self.controller.set_athlete(int(athlete_id))

    def _exercise_picked(self, index: int) -> None:
        exercise_id = self.exercise_combo.itemData(index)
        if self._filling or exercise_id is None:
            return
        self.exercise_id = str(exercise_id)
        self._mark_charted_card()
        self._draw_charts()

    def _measure_picked(self, index: int) -> None:
        self.measure = CHART_MEASURES[index]
        if self.source is None or not self.isVisible():
            self._stale = True
            return
        # The cards' symmetry follows the measure; what was read already covers every measure.
        self._card_data = self.source.cards(self.controller.exercises(), self.measure,
                                            self.controller.preferences.unit, self.line())
        self._fill_cards()
        self._draw_charts()
