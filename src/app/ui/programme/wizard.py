"""Setting up a training block in under a minute: days, length, start, race, exercises, legs.

Everything has a sensible default (Monday and Thursday, 8 weeks, from today,
the built-in plan, each leg where its last session left it), so two presses
start a block; the starting points can be changed per exercise and leg, or
left to a first calibration session that finds them.
"""

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.dates import DAY_FORMAT_QT
from app.domain.errors import LegworkError
from app.domain.exercise import Exercise
from app.domain.plan import Plan
from app.domain.programme.prescription import LegStart
from app.domain.programme.schedule import BlockSpec, check_block
from app.domain.sides import Side
from app.domain.units import Unit, display_value, to_kg
from app.programme_template import block_template
from app.services import plans
from app.services import programme as service
from app.ui.shell.controller import AppController
from app.ui.shell.messages import error_text, message_text
from app.ui.shell.theme import side_word
from app.ui.shell.translation import QT_TRANSLATE_NOOP

_DAY_NAMES = (
    QT_TRANSLATE_NOOP("BlockWizard", "Mon"), QT_TRANSLATE_NOOP("BlockWizard", "Tue"),
    QT_TRANSLATE_NOOP("BlockWizard", "Wed"), QT_TRANSLATE_NOOP("BlockWizard", "Thu"),
    QT_TRANSLATE_NOOP("BlockWizard", "Fri"), QT_TRANSLATE_NOOP("BlockWizard", "Sat"),
    QT_TRANSLATE_NOOP("BlockWizard", "Sun"),
)
DEFAULT_DAYS = (0, 3)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class LegStartRow:
    """One exercise's starting rung and load for each leg."""

    def __init__(self, exercise: Exercise | None, name: str, sides: tuple[Side, ...],
                 starts: dict[Side, LegStart], unit: Unit, grid: QGridLayout, row: int) -> None:
        self.unit = unit
        self.rungs: dict[Side, QComboBox] = {}
        self.loads: dict[Side, QDoubleSpinBox] = {}
        label = QLabel(name)
        label.setMinimumWidth(210)
        grid.addWidget(label, row, 0)
        rungs = [p.name for p in exercise.progressions] if exercise and exercise.progressions \
            else [QCoreApplication.translate("BlockWizard", "Rung 1")]
        for column, side in enumerate(sides):
            start = starts.get(side, LegStart())
            combo = QComboBox()
            for number, rung in enumerate(rungs, start=1):
                combo.addItem(f"{number}. {rung}")
            combo.setCurrentIndex(min(start.level, len(rungs) - 1))
            combo.setAccessibleName(f"{name} {side_word(side)} rung")
            combo.setToolTip(QCoreApplication.translate(
                "BlockWizard", "The rung of the progression ladder this leg starts on"))
            combo.setMinimumContentsLength(18)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            load = QDoubleSpinBox()
            load.setRange(0, 500 if unit is Unit.KG else 1100)
            load.setDecimals(1)
            load.setSingleStep(2.0 if unit is Unit.KG else 5.0)
            load.setSuffix(f" {unit}")
            load.setFixedWidth(120)
            load.setSpecialValueText(QCoreApplication.translate("BlockWizard", "bodyweight"))
            load.setValue(display_value(start.load_kg, unit))
            load.setAccessibleName(f"{name} {side_word(side)} load")
            load.setToolTip(QCoreApplication.translate(
                "BlockWizard", "The load this leg starts with (bodyweight: none)"))
            grid.addWidget(combo, row, 1 + column * 2)
            grid.addWidget(load, row, 2 + column * 2)
            self.rungs[side], self.loads[side] = combo, load

    def starts(self) -> dict[Side, LegStart]:
        """Each leg's start as entered."""
        return {side: LegStart(self.rungs[side].currentIndex(),
                               to_kg(self.loads[side].value(), self.unit))
                for side in self.rungs}


class BlockWizard(QDialog):
    """The block's set-up on one page; Start block stores it through the service."""

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set up a training block"))
        self.setMinimumSize(980, 640)
        self._controller = controller
        self.template = block_template()
        self.started = False
        intro = QLabel(self.tr(
            "Two or three sessions a week for {low}–{high} weeks: the app plans the days, "
            "prescribes each leg on its own and moves a missed session for you. Every fourth "
            "week is lighter.").format(low=8, high=10))
        intro.setWordWrap(True)
        intro.setProperty("role", "subtitle")

        self.day_buttons: list[QPushButton] = []
        days = QHBoxLayout()
        for number, name in enumerate(_DAY_NAMES):
            button = QPushButton(self.tr(name))
            button.setCheckable(True)
            # Enter starts the block wherever focus is; Space toggles a day.
            button.setAutoDefault(False)
            button.setChecked(number in DEFAULT_DAYS)
            button.setProperty("role", "toggle")
            button.setMinimumWidth(56)
            button.toggled.connect(self._check)
            button.setToolTip(self.tr("Train on this weekday (choose two or three)"))
            days.addWidget(button)
            self.day_buttons.append(button)
        days.addStretch(1)
        self.weeks = QSpinBox()
        self.weeks.setRange(self.template.min_weeks, self.template.max_weeks)
        self.weeks.setValue(self.template.default_weeks)
        self.weeks.setSuffix(self.tr(" weeks"))
        self.weeks.valueChanged.connect(self._check)
        self.weeks.setAccessibleName(self.tr("Length"))
        self.weeks.setToolTip(self.tr("How many weeks the block lasts ({low}–{high})").format(
            low=self.template.min_weeks, high=self.template.max_weeks))
        today = service.local_today()
        self.start = QDateEdit(_qdate(today))
        self.start.setMinimumDate(_qdate(today))
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat(DAY_FORMAT_QT)
        self.start.dateChanged.connect(self._check)
        self.start.setAccessibleName(self.tr("First day"))
        self.start.setToolTip(self.tr("The block's first day: today or later"))
        self.has_race = QCheckBox(self.tr("I have a race on"))
        self.race = QDateEdit(_qdate(today).addDays(7 * self.template.default_weeks))
        self.race.setCalendarPopup(True)
        self.race.setDisplayFormat(DAY_FORMAT_QT)
        self.race.setEnabled(False)
        self.race.setAccessibleName(self.tr("Race day"))
        self.race.setToolTip(self.tr("The block ends before the race, with ten lighter days"))
        self.has_race.setToolTip(self.tr("Ease off before a race inside the block"))
        self.has_race.toggled.connect(self.race.setEnabled)
        self.has_race.toggled.connect(self._check)
        self.race.dateChanged.connect(self._check)
        race = QHBoxLayout()
        race.addWidget(self.has_race)
        race.addWidget(self.race)
        race.addStretch(1)
        self.plan = QComboBox()
        db, athlete = controller.db, controller.athlete
        self.plan.addItems(plans.plan_names(db, athlete.id if athlete else None))
        self.plan.currentTextChanged.connect(self._fill_starts)
        self.plan.setAccessibleName(self.tr("Exercises"))
        self.plan.setToolTip(self.tr("The plan whose exercises the block trains"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Training days"), days)
        form.addRow(self.tr("Length"), self.weeks)
        form.addRow(self.tr("First day"), self.start)
        form.addRow(self.tr("Race"), race)
        form.addRow(self.tr("Exercises"), self.plan)

        starts_title = QLabel(self.tr("Where each leg starts"))
        starts_title.setStyleSheet("font-weight: 700;")
        self.enter_starts = QRadioButton(self.tr(
            "Enter them per leg (filled in from my last sessions)"))
        self.enter_starts.setChecked(True)
        self.enter_starts.setToolTip(self.tr(
            "Start each leg on the rung and load below; change any of them"))
        self.calibrate = QRadioButton(self.tr("Find my starting points in a first session"))
        self.calibrate.setToolTip(self.tr(
            "A first session tries each exercise's rungs, one set per leg, and starts each "
            "leg on the highest it managed"))
        self.calibrate.toggled.connect(self._starts_choice_changed)
        choice = QHBoxLayout()
        choice.addWidget(self.enter_starts)
        choice.addWidget(self.calibrate)
        choice.addStretch(1)
        self.starts_note = starts_note = QLabel()
        starts_note.setWordWrap(True)
        starts_note.setProperty("role", "subtitle")
        self.starts_box = QWidget()
        self.starts_grid = QGridLayout(self.starts_box)
        self.starts_grid.setContentsMargins(0, 0, 0, 0)
        self.starts_scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.starts_box)
        scroll.setMinimumHeight(220)
        self.rows: dict[str, LegStartRow] = {}

        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setProperty("role", "warning")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.start_button = buttons.addButton(self.tr("Start block"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.start_button.setDefault(True)
        self.start_button.setProperty("role", "primary")
        self.start_button.setToolTip(self.tr("Start the block with these choices"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if cancel is not None:
            cancel.setAutoDefault(False)
            cancel.setToolTip(self.tr("Close without starting a block"))
        buttons.accepted.connect(self.start_block)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(starts_title)
        layout.addLayout(choice)
        layout.addWidget(starts_note)
        layout.addWidget(scroll, 1)
        # Takes the grid's room while the grid is hidden (starts found by calibration).
        layout.addStretch(0)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self._fill_starts(self.plan.currentText())
        self._starts_choice_changed()
        self._check()

    def _starts_choice_changed(self) -> None:
        """Explain the chosen way of finding the starts; the grid is for entering them."""
        calibrating = self.calibrate.isChecked()
        self.starts_scroll.setVisible(not calibrating)
        if calibrating:
            reps = self.template.phases[0].reps_min
            self.starts_note.setText(self.tr(
                "Your first session tries each exercise's rungs from the first, one set per "
                "leg at the exercise's tempo: a leg moves up after {reps} reps with good form "
                "and stops at its first set short of {reps} reps or with a form “no” (on a "
                "loaded top rung, a few heavier loads follow). Each leg then starts on the "
                "highest rung and load it managed. Until then, each leg stays where its last "
                "session left it.").format(reps=reps))
        else:
            self.starts_note.setText(self.tr(
                "Filled in from each leg's last session; a new exercise starts on its first "
                "rung without load. The rules move each leg on from here as its sets "
                "warrant."))

    def showEvent(self, event: QShowEvent) -> None:
        """Enter starts the block: Start block is the default button once the page shows."""
        super().showEvent(event)
        self.start_button.setDefault(True)

    def chosen_days(self) -> tuple[int, ...]:
        """The weekdays pressed (0 = Monday)."""
        return tuple(n for n, button in enumerate(self.day_buttons) if button.isChecked())

    def _spec(self) -> BlockSpec:
        race = _day(self.race.date()) if self.has_race.isChecked() else None
        return BlockSpec(_day(self.start.date()), self.weeks.value(), self.chosen_days(), race)

    def _check(self) -> None:
        """Say at once what is wrong (or worth knowing) about the choices."""
        try:
            warnings = check_block(self._spec(), self.template, service.local_today())
        except LegworkError as error:
            self.note.setText(error_text(error))
            self.start_button.setEnabled(False)
            return
        self.start_button.setEnabled(True)
        self.note.setText(" ".join(message_text(w) for w in warnings))

    def _fill_starts(self, plan_name: str) -> None:
        db, athlete = self._controller.db, self._controller.athlete
        if db is None or athlete is None or not plan_name:
            return
        try:
            plan, starts = service.suggested_starts(db, athlete.id, plan_name)
        except LegworkError as error:
            self.note.setText(error_text(error))
            return
        self._show_starts(plan, starts)

    def _show_starts(self, plan: Plan, starts: dict[str, dict[Side, LegStart]]) -> None:
        while self.starts_grid.count():
            taken = self.starts_grid.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        unit = self._controller.preferences.unit
        for column, side in enumerate((Side.LEFT, Side.RIGHT)):
            head = QLabel(side_word(side))
            head.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.starts_grid.addWidget(head, 0, 1 + column * 2, 1, 2)
        self.rows = {}
        for row, item in enumerate(plan.items, start=1):
            sides = (Side.LEFT, Side.RIGHT) if item.unilateral else (Side.BOTH,)
            self.rows[item.exercise_id] = LegStartRow(
                self._controller.exercise(item.exercise_id), item.exercise_name, sides,
                starts.get(item.exercise_id, {}), unit, self.starts_grid, row)
        self.starts_grid.setColumnStretch(0, 1)
        self.starts_grid.setRowStretch(len(plan.items) + 1, 1)

    def start_block(self) -> None:
        """Store the block; a refusal stays on the page with the reason."""
        db, athlete = self._controller.db, self._controller.athlete
        if db is None or athlete is None:
            return
        spec = self._spec()
        try:
            self._controller.apply(service.start_block(
                db, athlete.id, days=spec.days, today=service.local_today(), weeks=spec.weeks,
                start=spec.start, race=spec.race, plan_name=self.plan.currentText(),
                starts={exercise: row.starts() for exercise, row in self.rows.items()},
                calibrate=self.calibrate.isChecked()))
        except LegworkError as error:
            self.note.setText(error_text(error))
            return
        self.started = True
        self.accept()
