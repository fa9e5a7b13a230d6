"""Correct one recorded set: reps, load (in the athlete's unit), effort and notes."""

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import ValidationError
from app.domain.records import MAX_REPS, SetEntry, validate_set_values
from app.domain.units import Unit, display_value, parse_load
from app.ui.shell.effort import rir_box, rpe_box, rpe_label
from app.ui.shell.messages import error_text
from app.ui.shell.theme import Colours


class SetEditDialog(QDialog):
    """Edit a set's values; Save checks them with the domain's rules and stays open if wrong.

    After `exec()` returns Accepted, `changes` holds only the fields that changed,
    ready for `update_set`.
    """

    def __init__(
        self, entry: SetEntry, unit: Unit, title: str, colours: Colours,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit set"))
        self.setMinimumWidth(420)
        self._entry = entry
        self._unit = unit
        self.changes: dict[str, Any] = {}

        heading = QLabel(title)
        heading.setProperty("role", "subtitle")
        heading.setWordWrap(True)
        self.reps = QSpinBox()
        self.reps.setRange(0, MAX_REPS)
        self.reps.setValue(entry.reps)
        self.reps.setAccessibleName(self.tr("Reps"))
        self.load = QLineEdit(f"{display_value(entry.load_kg, unit):g}")
        self._initial_load = self.load.text()
        self.load.setPlaceholderText(self.tr("in {unit}; 0 for bodyweight").format(unit=unit))
        self.load.setAccessibleName(self.tr("Load in {unit}").format(unit=unit))
        self.load.setToolTip(self.tr("The load in {unit}; 0 for bodyweight").format(unit=unit))
        self.reps.setToolTip(self.tr("How many reps this set had"))
        self.rpe = rpe_box(entry.rpe)
        self.rir = rir_box()
        self.rir.setCurrentIndex(max(0, self.rir.findData(entry.rir)))
        self.notes = QLineEdit(entry.notes)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setToolTip(self.tr("Anything worth remembering about this set"))
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {colours.warning}; font-weight: 600;")
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("Reps"), self.reps)
        form.addRow(self.tr("Load ({unit})").format(unit=unit), self.load)
        form.addRow(rpe_label(), self.rpe)
        form.addRow(self.tr("Reps in reserve"), self.rir)
        form.addRow(self.tr("Notes"), self.notes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(
            self.tr("Save the corrected set"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(
            self.tr("Close without changing the set"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def save(self) -> None:
        """Check the values; accept with `changes` set, or show why not and stay open."""
        entry = self._entry
        try:
            # An untouched load keeps its stored value, not the rounded one on show.
            load_kg = entry.load_kg if self.load.text() == self._initial_load \
                else parse_load(self.load.text(), self._unit)
            rpe, rir = self.rpe.currentData(), self.rir.currentData()
            validate_set_values(
                reps=self.reps.value(), load_kg=load_kg, rpe=rpe, rir=rir,
                touchdowns=entry.touchdowns, set_number=entry.set_number,
            )
        except ValidationError as error:
            self._show_error(error_text(error))
            return
        wanted = {"reps": self.reps.value(), "load_kg": load_kg, "rpe": rpe, "rir": rir,
                  "notes": self.notes.text().strip()}
        self.changes = {key: value for key, value in wanted.items()
                        if getattr(entry, key) != value}
        self.accept()
