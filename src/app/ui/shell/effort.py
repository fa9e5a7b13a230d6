"""The effort boxes (RPE, reps in reserve), the same wherever a set is logged or corrected.

The scale is the domain's (`app.domain.records.RPE_CHOICES`, `RIR_CHOICES`):
RPE 1 to 10 in half steps, or 0 to 10 reps left in reserve, as the printed
sheets explain and the exports hold.
"""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from app.domain.records import RIR_CHOICES, RPE_CHOICES, RPE_MAX, RPE_MIN

NOT_SAID = "—"


def rpe_label() -> str:
    """The RPE field's label, with its range."""
    return QCoreApplication.translate("Effort", "RPE ({low}–{high})").format(
        low=f"{RPE_MIN:g}", high=f"{RPE_MAX:g}")


def rpe_box(current: float | None = None) -> QComboBox:
    """A choice of RPE on the one scale, or "—" for not rated."""
    box = QComboBox()
    box.addItem(NOT_SAID, None)
    for value in RPE_CHOICES:
        box.addItem(f"{value:g}", value)
    box.setAccessibleName(QCoreApplication.translate("Effort", "RPE"))
    box.setToolTip(QCoreApplication.translate(
        "Effort", "Rate of perceived exertion, {low} (easy) to {high} (nothing left)").format(
        low=f"{RPE_MIN:g}", high=f"{RPE_MAX:g}"))
    select_rpe(box, current)
    return box


def select_rpe(box: QComboBox, value: float | None) -> None:
    """Show `value` in an RPE box; one off the half-step scale (from an import) is added."""
    index = box.findData(value) if value is not None else 0
    if index < 0:
        box.addItem(f"{value:g}", value)
        index = box.count() - 1
    box.setCurrentIndex(index)


def rir_box() -> QComboBox:
    """A choice of reps in reserve, or "—" for not noted."""
    box = QComboBox()
    box.addItem(NOT_SAID, None)
    for count in RIR_CHOICES:
        box.addItem(f"{count}", count)
    box.setAccessibleName(QCoreApplication.translate("Effort", "Reps in reserve"))
    box.setToolTip(QCoreApplication.translate("Effort", "How many more reps you could have done"))
    return box
