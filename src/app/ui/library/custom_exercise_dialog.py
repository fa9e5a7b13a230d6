"""The dialog in which a user adds an exercise of their own."""

from collections.abc import Iterable

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.custom_exercise import new_custom_exercise
from app.domain.errors import ValidationError
from app.domain.exercise import Exercise
from app.domain.exercise_file import MUSCLE_GROUPS
from app.domain.plan import MAX_SETS
from app.domain.records import MAX_REPS
from app.ui.shell.messages import error_text


class CustomExerciseDialog(QDialog):
    """Name, instructions, tips, tempo, rep range and sides; refuses bad input in place."""

    def __init__(self, taken_ids: Iterable[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New exercise"))
        self.setMinimumWidth(520)
        self._taken = list(taken_ids)
        self.exercise: Exercise | None = None
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Step-down"))
        self.why = QLineEdit()
        self.why.setPlaceholderText(self.tr("Optional: what it is for"))
        self.instructions = QPlainTextEdit()
        self.instructions.setPlaceholderText(self.tr("One step per line"))
        self.tips = QPlainTextEdit()
        self.tips.setPlaceholderText(self.tr("One tip per line"))
        for box in (self.instructions, self.tips):
            box.setTabChangesFocus(True)
            box.setFixedHeight(90)
        self.tempo = QLineEdit("3-1-1-0")
        self.tempo.setToolTip(self.tr("Lower – pause – lift – pause, in seconds; X is explosive"))
        self.sets = QSpinBox()
        self.sets.setRange(1, MAX_SETS)
        self.sets.setValue(2)
        self.reps_min = QSpinBox()
        self.reps_min.setRange(1, MAX_REPS)
        self.reps_min.setValue(8)
        self.reps_max = QSpinBox()
        self.reps_max.setRange(1, MAX_REPS)
        self.reps_max.setValue(12)
        reps = QHBoxLayout()
        reps.addWidget(self.reps_min)
        reps.addWidget(QLabel(self.tr("to")))
        reps.addWidget(self.reps_max)
        for widget, name, tip in (
            (self.name, self.tr("Name"), self.tr("What the exercise is called")),
            (self.why, self.tr("Purpose"), self.tr("Why a runner would do it (optional)")),
            (self.sets, self.tr("Sets"), self.tr("How many sets per leg")),
            (self.reps_min, self.tr("Fewest reps per leg"),
             self.tr("The low end of the rep range")),
            (self.reps_max, self.tr("Most reps per leg"),
             self.tr("The high end of the rep range")),
        ):
            widget.setAccessibleName(name)
            widget.setToolTip(tip)
        reps.addStretch(1)
        self.unilateral = QCheckBox(self.tr("One leg at a time (log left and right separately)"))
        self.unilateral.setChecked(True)
        self.unilateral.setToolTip(self.tr("Log each leg on its own, as the session view does"))
        self.muscles = {m: QCheckBox(m.capitalize()) for m in MUSCLE_GROUPS}
        muscle_row = QHBoxLayout()
        for muscle, check in self.muscles.items():
            check.setToolTip(self.tr("This exercise works the {muscle}").format(muscle=muscle))
            muscle_row.addWidget(check)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Purpose"), self.why)
        form.addRow(self.tr("Instructions"), self.instructions)
        form.addRow(self.tr("Form tips"), self.tips)
        form.addRow(self.tr("Tempo"), self.tempo)
        form.addRow(self.tr("Sets"), self.sets)
        form.addRow(self.tr("Reps per leg"), reps)
        form.addRow("", self.unilateral)
        form.addRow(self.tr("Works"), muscle_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(
            self.tr("Add this exercise to your library"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(
            self.tr("Close without adding anything"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Close only when the domain accepts the input; otherwise say what to fix."""
        try:
            self.exercise = new_custom_exercise(
                name=self.name.text(),
                instructions=self.instructions.toPlainText(),
                tips=self.tips.toPlainText(),
                tempo=self.tempo.text(),
                reps_min=self.reps_min.value(),
                reps_max=self.reps_max.value(),
                sets=self.sets.value(),
                unilateral=self.unilateral.isChecked(),
                why=self.why.text(),
                muscles=[m for m, box in self.muscles.items() if box.isChecked()],
                taken_ids=self._taken,
            )
        except ValidationError as error:
            self.error.setText(error_text(error))
            return
        super().accept()
