"""Changing a session's doses before starting it: each leg's sets, reps, load and rung.

What the athlete sets here replaces the rules' dose for that session only and
is marked as theirs everywhere it shows.
"""

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import LegworkError
from app.domain.plan import MAX_SETS, LegPrescription
from app.domain.programme.block import OwnValues
from app.domain.records import MAX_REPS
from app.domain.sides import Side
from app.domain.units import Unit, display_value, to_kg
from app.services.programme import BlockSession
from app.ui.shell.messages import error_text
from app.ui.shell.theme import side_word

_COLUMNS = ("Sets", "Reps from", "to", "Load", "Rung")


class OwnValuesDialog(QDialog):
    """A row per exercise and leg; Save hands the changed legs to `save`."""

    def __init__(self, session: BlockSession, unit: Unit, save: "object",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your values for this session"))
        self._session, self._unit, self._save = session, unit, save
        self.fields: dict[tuple[str, Side], tuple[QSpinBox, QSpinBox, QSpinBox, QDoubleSpinBox,
                                                   QSpinBox]] = {}
        grid = QGridLayout()
        for column, title in enumerate(_COLUMNS, start=2):
            grid.addWidget(QLabel(self.tr(title)), 0, column)
        row = 1
        for item in session.items:
            for leg in item.legs:
                grid.addWidget(QLabel(item.exercise_name if leg is item.legs[0] else ""), row, 0)
                grid.addWidget(QLabel(side_word(leg.side)), row, 1)
                widgets = (self._spin(1, MAX_SETS, leg.sets, self.tr("Sets")),
                           self._spin(1, MAX_REPS, leg.reps_min, self.tr("Fewest reps")),
                           self._spin(1, MAX_REPS, leg.reps_max, self.tr("Most reps")),
                           self._load(leg.load_kg), self._spin(1, 20, leg.level + 1,
                                                               self.tr("Rung")))
                for column, widget in enumerate(widgets, start=2):
                    widget.setAccessibleName(f"{item.exercise_name} {side_word(leg.side)} "
                                             f"{widget.toolTip()}")
                    grid.addWidget(widget, row, column)
                self.fields[(item.exercise_id, leg.side)] = widgets
                row += 1
        self.error = QLabel()
        self.error.setProperty("role", "warning")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Change any value; what you change is kept for this session and "
                              "marked as yours."))
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _spin(self, low: int, high: int, value: int, tip: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setToolTip(tip)
        return spin

    def _load(self, kg: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(0, 500 if self._unit is Unit.KG else 1100)
        spin.setDecimals(1)
        spin.setSuffix(f" {self._unit}")
        spin.setSpecialValueText(self.tr("bodyweight"))
        spin.setValue(display_value(kg, self._unit))
        spin.setToolTip(self.tr("Load"))
        return spin

    def values(self) -> OwnValues:
        """The legs whose values differ from the session's dose."""
        changed: dict[str, dict[Side, LegPrescription]] = {}
        for item in self._session.items:
            for leg in item.legs:
                sets, low, high, load, rung = self.fields[(item.exercise_id, leg.side)]
                mine = LegPrescription(leg.side, sets.value(), low.value(), high.value(),
                                       to_kg(load.value(), self._unit), rung.value() - 1)
                if mine != leg:
                    changed.setdefault(item.exercise_id, {})[leg.side] = mine
        return changed

    def save(self) -> None:
        """Keep the changed legs through the service; a refusal stays here with its reason."""
        try:
            values = self.values()
            assert callable(self._save)
            self._save(values)
        except LegworkError as error:
            self.error.setText(error_text(error))
            return
        self.accept()
