"""A coach's own test: a name, a unit, which way is better, trials per leg and a cap.

The dialog asks; `add` (the view's, through the services) builds and stores
the test, and its refusal is shown in one sentence with the dialog kept open.
"""

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.assessments.definition_file import MAX_TRIALS
from app.domain.assessments.definitions import Better
from app.domain.errors import LegworkError
from app.ui.shell.messages import error_text

AddTest = Callable[[str, str, Better, int, float | None], None]
"""Store a test from (name, unit, better, trials, cap); raises `LegworkError` to refuse it."""


class TestDialog(QDialog):
    """Asks for a new test and hands it to `add`; stays open with the reason if refused."""

    __test__ = False  # a dialog, not a pytest class, whatever its name

    def __init__(self, add: AddTest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a test"))
        self._add = add
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Side hop, 30 s"))
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(self.tr("cm, s or reps"))
        self.better = QComboBox()
        self.better.addItem(self.tr("Higher is better (distance, reps, time held)"),
                            Better.HIGHER)
        self.better.addItem(self.tr("Lower is better (time to cover a distance)"), Better.LOWER)
        self.trials = QSpinBox()
        self.trials.setRange(1, MAX_TRIALS)
        self.trials.setValue(2)
        self.trials.setSuffix(self.tr(" a leg"))
        self.cap = QLineEdit()
        self.cap.setPlaceholderText(self.tr("optional: the highest value a trial can have"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("font-weight: 600;")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Unit"), self.unit)
        form.addRow(self.tr("&Better"), self.better)
        form.addRow(self.tr("&Trials"), self.trials)
        form.addRow(self.tr("&Cap"), self.cap)
        help_text = QLabel(self.tr(
            "The best trial of each leg counts, and the legs are compared the same way as in "
            "the built-in tests, without a line or a flag. Every athlete's battery gets it."))
        help_text.setWordWrap(True)
        help_text.setProperty("role", "subtitle")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(help_text)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def accept(self) -> None:
        """Add the test; on a refusal say why and stay open."""
        cap_text = self.cap.text().strip().replace(",", ".")
        cap: float | None = None
        if cap_text:
            try:
                cap = float(cap_text)
            except ValueError:
                self._refuse(self.tr("The cap must be a number, or left empty."))
                return
        try:
            self._add(self.name.text(), self.unit.text(), Better(self.better.currentData()),
                      self.trials.value(), cap)
        except LegworkError as error:
            self._refuse(error_text(error))
            return
        super().accept()

    def _refuse(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
