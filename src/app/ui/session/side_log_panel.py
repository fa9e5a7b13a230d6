"""The quick log after each side: prefilled, big enough to tap, Enter accepts.

The panel only turns what is typed into a `SideLog`; whether the values are
acceptable is decided by the domain when the session controller accepts it,
and a refusal comes back through `show_error` with nothing written. The same
panel corrects a side already logged (`correct`): filled with what was
logged, with a way back that keeps it as it was.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import ValidationError
from app.domain.session import SideLog
from app.domain.units import Unit, format_load, parse_load
from app.ui.shell.effort import NOT_SAID, rir_box, rpe_box, rpe_label, select_rpe
from app.ui.shell.messages import error_text

# Wider than the rules allow on purpose: the domain refuses 101 reps with a
# message, which says more than a spin box that silently stops at 100.
_REPS_LIMIT = 999
_TOUCHDOWN_LIMIT = 99


class SideLogPanel(QWidget):
    """Reps, load, RPE or reps in reserve, touch-downs, a two-question form check and notes.

    `log_accepted` carries the `SideLog` when the athlete taps Save or presses
    Enter; a load that cannot be read is reported in the panel instead.
    """

    log_accepted = Signal(object)
    correction_cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sideLog")
        self.unit = Unit.KG
        self.heading = QLabel(self.tr("How did that side go?"))
        self.heading.setProperty("role", "title")
        self.reps = QSpinBox()
        self.reps.setRange(0, _REPS_LIMIT)
        self.reps.setAccessibleName(self.tr("Reps achieved"))
        self.reps.setToolTip(self.tr("How many good reps this side did"))
        self.load = QLineEdit()
        self.load.setAccessibleName(self.tr("Load"))
        self.load.setToolTip(self.tr("A number in your unit, or “bodyweight”"))
        self.rpe = rpe_box()
        self.rir = rir_box()
        self.touchdowns = QSpinBox()
        self.touchdowns.setRange(0, _TOUCHDOWN_LIMIT)
        self.touchdowns.setAccessibleName(self.tr("Balance touch-downs"))
        self.touchdowns.setToolTip(self.tr("How often the other foot touched down for balance"))
        # Two answers, each yes, no or not answered; they start empty every time, so a
        # quick Enter never records good form the athlete did not report.
        self.knee = self._answer_box(self.tr("Knee tracked over toes"),
                                     self.tr("Did the knee stay in line with the toes?"))
        self.hips = self._answer_box(self.tr("Hips stayed level"),
                                     self.tr("Did the hips stay level, without dropping?"))
        self.notes = QLineEdit()
        self.notes.setPlaceholderText(self.tr("Anything to remember (optional)"))
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setToolTip(self.tr("Anything worth remembering about this side"))
        self.error = QLabel()
        self.error.setObjectName("logError")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Problem with the log"))
        self.error.hide()
        self.save = QPushButton(self.tr("Save  ⏎"))
        self.save.setProperty("role", "primary")
        self.save.setToolTip(self.tr("Save this side and start the rest (Enter)"))
        self.save.setAccessibleName(self.tr("Save this side"))
        self.save.clicked.connect(self.submit)
        # Save's own words while it saves a correction instead.
        self._plain_save_text: str | None = None
        self.cancel = QPushButton(self.tr("Keep it as it was  Esc"))
        self.cancel.setToolTip(self.tr("Leave the side as it was logged (Esc)"))
        self.cancel.setAccessibleName(self.tr("Keep it as it was"))
        self.cancel.clicked.connect(self.correction_cancelled)
        self.cancel.hide()

        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(8)
        fields: list[tuple[str, QWidget]] = [
            (self.tr("Reps"), self.reps), (self.tr("Load"), self.load),
            (rpe_label(), self.rpe), (self.tr("or reps in reserve"), self.rir),
            (self.tr("Touch-downs"), self.touchdowns),
        ]
        for column, (text, widget) in enumerate(fields):
            label = QLabel(text)
            label.setProperty("role", "subtitle")
            label.setBuddy(widget)
            grid.addWidget(label, 0, column)
            grid.addWidget(widget, 1, column)
            grid.setColumnStretch(column, 1)
        checks = QHBoxLayout()
        checks.setSpacing(10)
        title = QLabel(self.tr("Form check"))
        title.setProperty("role", "subtitle")
        checks.addWidget(title)
        for text, box in ((self.tr("Knee over toes"), self.knee),
                          (self.tr("Hips level"), self.hips)):
            checks.addSpacing(14)
            label = QLabel(text)
            label.setBuddy(box)
            checks.addWidget(label)
            checks.addWidget(box)
        checks.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.notes, 1)
        bottom.addWidget(self.cancel)
        bottom.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(grid)
        layout.addLayout(checks)
        layout.addLayout(bottom)
        layout.addWidget(self.error)

    def _answer_box(self, name: str, question: str) -> QComboBox:
        box = QComboBox()
        box.addItem(NOT_SAID, None)
        box.addItem(self.tr("Yes"), True)
        box.addItem(self.tr("No"), False)
        box.setAccessibleName(name)
        box.setToolTip(question + " " + self.tr("Leave it at “—” if you did not watch."))
        box.setMinimumWidth(110)
        return box

    def fields(self) -> list[QWidget]:
        """Every input of the panel, for key handling by the session view."""
        return [self.reps, self.load, self.rpe, self.rir, self.touchdowns, self.knee,
                self.hips, self.notes, self.cancel, self.save]

    def prefill(self, log: SideLog, unit: Unit, heading: str) -> None:
        """Fill the form from the engine's prefill and clear any earlier message."""
        self.unit = unit
        self.heading.setText(heading)
        self.reps.setValue(log.reps)
        self.load.setText(format_load(log.load_kg, unit))
        self.rpe.setCurrentIndex(0)
        self.rir.setCurrentIndex(0)
        self.touchdowns.setValue(log.touchdowns)
        self.knee.setCurrentIndex(0)
        self.hips.setCurrentIndex(0)
        self.notes.clear()
        self._show_mode(correcting=False)
        self.save.setFocus()

    def correct(self, log: SideLog, unit: Unit, heading: str, *, touch: bool = False) -> None:
        """Fill the form with what was logged for a side, to be corrected and saved again."""
        self.unit = unit
        self.heading.setText(heading)
        self.reps.setValue(log.reps)
        self.load.setText(format_load(log.load_kg, unit))
        select_rpe(self.rpe, log.rpe)
        self.rir.setCurrentIndex(max(0, self.rir.findData(log.rir)) if log.rir is not None else 0)
        self.touchdowns.setValue(log.touchdowns)
        for box, answer in ((self.knee, log.form_knee), (self.hips, log.form_hips)):
            box.setCurrentIndex(max(0, box.findData(answer)) if answer is not None else 0)
        self.notes.setText(log.notes)
        self._show_mode(correcting=True, touch=touch)

    def _show_mode(self, *, correcting: bool, touch: bool = False) -> None:
        self.error.hide()
        self.cancel.setVisible(correcting)
        if correcting:
            if self._plain_save_text is None:
                self._plain_save_text = self.save.text()
            self.save.setText(self.tr("Save correction") if touch
                              else self.tr("Save correction  ⏎"))
            self.cancel.setText(self.tr("Keep it as it was") if touch
                                else self.tr("Keep it as it was  Esc"))
        elif self._plain_save_text is not None:
            self.save.setText(self._plain_save_text)
            self._plain_save_text = None

    def end_correction(self) -> None:
        """Back to logging sides as they are done."""
        self._show_mode(correcting=False)

    def read(self) -> SideLog:
        """The form as a `SideLog`; an unreadable load raises `ValidationError`."""
        return SideLog(
            reps=self.reps.value(),
            load_kg=parse_load(self.load.text(), self.unit),
            rpe=self.rpe.currentData(),
            rir=self.rir.currentData(),
            touchdowns=self.touchdowns.value(),
            form_knee=self.knee.currentData(),
            form_hips=self.hips.currentData(),
            notes=self.notes.text().strip(),
        )

    def submit(self) -> None:
        """Send the log on, or show why it cannot be read."""
        try:
            log = self.read()
        except ValidationError as error:
            self.show_error(error_text(error))
            return
        self.log_accepted.emit(log)

    def show_error(self, message: str) -> None:
        """Say what is wrong (or why it could not be saved), next to the form, values kept."""
        self.error.setText(self.tr("Not saved: {problem}").format(problem=message))
        self.error.show()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter (from any field) saves the log."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
            return
        super().keyPressEvent(event)
