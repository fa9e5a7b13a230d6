"""Build, edit and name a plan: exercises with their sets, reps, tempo, rests, load and order.

Every value is checked by the domain (`PlanItem`, `Plan`, `Tempo.parse`,
`parse_load`) when the athlete saves; a refusal is shown above the buttons,
naming the row, and the dialog stays open with the values as typed.
"""

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import LegworkError, ValidationError
from app.domain.exercise import Exercise
from app.domain.plan import MAX_REST_SECONDS, MAX_SETS, Plan, PlanItem
from app.domain.records import MAX_REPS
from app.domain.side_order import SideOrder
from app.domain.units import Unit, format_load, parse_load
from app.ui.shell.messages import error_text
from app.ui.shell.translation import QT_TRANSLATE_NOOP

_W = TypeVar("_W", bound=QWidget)

# Marked for translation here, translated where shown (`PlanEditorDialog.tr`).
SIDE_ORDER_LABELS = {
    SideOrder.WEAKER_FIRST: QT_TRANSLATE_NOOP("PlanEditorDialog", "Weaker leg first"),
    SideOrder.LEFT_FIRST: QT_TRANSLATE_NOOP("PlanEditorDialog", "Left leg first"),
    SideOrder.ALTERNATE: QT_TRANSLATE_NOOP("PlanEditorDialog", "Alternate"),
}
COLUMNS = (
    QT_TRANSLATE_NOOP("PlanEditorDialog", "Exercise"),
    QT_TRANSLATE_NOOP("PlanEditorDialog", "Sets"),
    QT_TRANSLATE_NOOP("PlanEditorDialog", "Reps from"),
    QT_TRANSLATE_NOOP("PlanEditorDialog", "Reps to"),
    QT_TRANSLATE_NOOP("PlanEditorDialog", "Tempo"),
    QT_TRANSLATE_NOOP("PlanEditorDialog", "Rest between legs (s)"),
    QT_TRANSLATE_NOOP("PlanEditorDialog", "Rest between sets (s)"),
    QT_TRANSLATE_NOOP("PlanEditorDialog", "Load"),
    QT_TRANSLATE_NOOP("PlanEditorDialog", "Leg order"),
)
COLUMN_WIDTHS = (64, 84, 72, 84, 160, 160, 104, 176)


class PlanEditorDialog(QDialog):
    """A table with one row per exercise; `plan` holds the result after Save.

    With `save`, the plan is handed to it before the dialog closes; if it is
    refused there (`LegworkError`: a reserved name, say), the reason is shown
    and the dialog stays open with the plan as typed.
    """

    def __init__(
        self,
        exercises: Sequence[Exercise],
        unit: Unit,
        *,
        plan: Plan | None = None,
        default_rests: tuple[int, int] = (30, 90),
        default_order: SideOrder = SideOrder.WEAKER_FIRST,
        save: Callable[[Plan], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Edit plan") if plan else self.tr("New plan"))
        self.setMinimumSize(1180, 480)
        self.plan: Plan | None = None
        self._exercises = list(exercises)
        self._unit = unit
        self._default_rests = default_rests
        self._default_order = default_order
        self.name = QLineEdit(plan.name if plan else "")
        self.name.setPlaceholderText(self.tr("Name your plan, e.g. “Tuesday legs”"))
        self.name.setAccessibleName(self.tr("Plan name"))
        self.name.setToolTip(self.tr("The name shown on the plan's card"))
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(column) for column in COLUMNS])
        self.table.setAccessibleName(self.tr("Exercises in the plan"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setDefaultSectionSize(40)
        header = self.table.horizontalHeader()
        # The exercise name gets whatever the fixed-width number columns leave.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate(COLUMN_WIDTHS, start=1):
            header.resizeSection(column, width)
        self.error = QLabel()
        self.error.setObjectName("logError")
        self.error.setWordWrap(True)
        self.error.hide()

        add = QPushButton(self.tr("Add exercise"))
        remove = QPushButton(self.tr("Remove"))
        up = QPushButton(self.tr("Move up"))
        down = QPushButton(self.tr("Move down"))
        add.clicked.connect(lambda: self.add_row())
        remove.clicked.connect(self._remove_row)
        up.clicked.connect(lambda: self._move_row(-1))
        down.clicked.connect(lambda: self._move_row(1))
        row_buttons = QHBoxLayout()
        for button, tip in (
            (add, self.tr("Add a row for another exercise")),
            (remove, self.tr("Take the selected exercise out of the plan")),
            (up, self.tr("Do the selected exercise earlier")),
            (down, self.tr("Do the selected exercise later")),
        ):
            button.setToolTip(tip)
            row_buttons.addWidget(button)
        row_buttons.addStretch(1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(self.tr("Save this plan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(
            self.tr("Close without saving the plan"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Plan name")))
        layout.addWidget(self.name)
        layout.addWidget(self.table, 1)
        layout.addLayout(row_buttons)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        for item in plan.items if plan else ():
            self.add_row(item)
        if plan is None:
            self.add_row()

    def add_row(self, item: PlanItem | None = None) -> int:
        """Append a row, filled from `item` or from the first exercise's usual dose."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        exercise = QComboBox()
        for choice in self._exercises:
            exercise.addItem(choice.name, choice.id)
        sets, reps_min, reps_max = _spin(1, MAX_SETS), _spin(1, MAX_REPS), _spin(1, MAX_REPS)
        tempo = QLineEdit()
        rest_sides, rest_sets = _spin(0, MAX_REST_SECONDS), _spin(0, MAX_REST_SECONDS)
        load = QLineEdit()
        load.setToolTip(self.tr("In {unit}; 0 or “bodyweight” for none").format(unit=self._unit))
        order = QComboBox()
        for value, label in SIDE_ORDER_LABELS.items():
            order.addItem(self.tr(label), value)
        widgets: list[QWidget] = [exercise, sets, reps_min, reps_max, tempo, rest_sides,
                                  rest_sets, load, order]
        for column, widget in enumerate(widgets):
            name = self.tr("{column}, row {row}").format(
                column=self.tr(COLUMNS[column]), row=row + 1)
            widget.setAccessibleName(name)
            if not widget.toolTip():
                widget.setToolTip(name)
            self.table.setCellWidget(row, column, widget)
        exercise.currentIndexChanged.connect(lambda _=0, r=exercise: self._use_dose(r))
        if item is None:
            if self._exercises:
                self._use_dose(exercise)
            rest_sides.setValue(self._default_rests[0])
            rest_sets.setValue(self._default_rests[1])
            load.setText("0")
            order.setCurrentIndex(order.findData(self._default_order))
        else:
            exercise.blockSignals(True)
            found = exercise.findData(item.exercise_id)
            if found < 0:
                exercise.addItem(item.exercise_name, item.exercise_id)
                found = exercise.count() - 1
            exercise.setCurrentIndex(found)
            exercise.blockSignals(False)
            sets.setValue(item.sets)
            reps_min.setValue(item.reps_min)
            reps_max.setValue(item.reps_max)
            tempo.setText(item.tempo)
            rest_sides.setValue(item.rest_between_sides_s)
            rest_sets.setValue(item.rest_between_sets_s)
            load.setText(format_load(item.load_kg, self._unit))
            order.setCurrentIndex(order.findData(item.side_order))
        self.table.selectRow(row)
        return row

    def _row_of(self, widget: QWidget) -> int:
        for row in range(self.table.rowCount()):
            if self.table.cellWidget(row, 0) is widget:
                return row
        return -1

    def _use_dose(self, combo: QComboBox) -> None:
        """A newly picked exercise brings its usual sets, reps and tempo."""
        row = self._row_of(combo)
        chosen = next((e for e in self._exercises if e.id == combo.currentData()), None)
        if row < 0 or chosen is None:
            return
        self._cell(row, 1, QSpinBox).setValue(min(chosen.sets_max, MAX_SETS))
        self._cell(row, 2, QSpinBox).setValue(chosen.reps_min)
        self._cell(row, 3, QSpinBox).setValue(chosen.reps_max)
        self._cell(row, 4, QLineEdit).setText(chosen.tempo)

    def _cell(self, row: int, column: int, kind: type[_W]) -> _W:
        widget = self.table.cellWidget(row, column)
        assert isinstance(widget, kind)
        return widget

    def _remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def _move_row(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        try:
            items = self.items()
        except LegworkError as error:
            self._show_error(error_text(error))
            return
        items.insert(target, items.pop(row))
        self.table.setRowCount(0)
        for item in items:
            self.add_row(item)
        self.table.selectRow(target)

    def items(self) -> list[PlanItem]:
        """The rows as plan items; the first bad value raises `ValidationError` naming its row."""
        items = []
        for row in range(self.table.rowCount()):
            exercise = self._cell(row, 0, QComboBox)
            chosen = next((e for e in self._exercises if e.id == exercise.currentData()), None)
            try:
                items.append(PlanItem(
                    exercise_id=str(exercise.currentData() or ""),
                    exercise_name=exercise.currentText(),
                    sets=self._cell(row, 1, QSpinBox).value(),
                    reps_min=self._cell(row, 2, QSpinBox).value(),
                    reps_max=self._cell(row, 3, QSpinBox).value(),
                    tempo=self._cell(row, 4, QLineEdit).text(),
                    rest_between_sides_s=self._cell(row, 5, QSpinBox).value(),
                    rest_between_sets_s=self._cell(row, 6, QSpinBox).value(),
                    load_kg=parse_load(self._cell(row, 7, QLineEdit).text(), self._unit),
                    side_order=self._cell(row, 8, QComboBox).currentData(),
                    unilateral=chosen.unilateral if chosen else True,
                ))
            except ValidationError as error:
                raise ValidationError(self.tr("Row {row}: {error}").format(
                    row=row + 1, error=error_text(error))) from error
        return items

    def save(self) -> None:
        """Check the plan; close with `plan` set, or show what to fix."""
        try:
            plan = Plan(name=self.name.text(), items=tuple(self.items()))
            if self._save is not None:
                self._save(plan)
        except LegworkError as error:
            self._show_error(error_text(error))
            return
        self.plan = plan
        self.accept()

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()


def _spin(low: int, high: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    return spin
