"""File → Preferences: units, session defaults, body mass and symmetry line, sounds, theme,
kiosk timeout.

Every control writes its setting the moment it changes, so the app follows at
once; Close just closes. The athlete's training preferences (unit, rests,
count-in, which leg first, tones and voice, symmetry line) and body mass go to
the database through the controller; the theme and volume are this computer's
(QSettings).
"""

from collections.abc import Callable, Mapping
from datetime import date
from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.dates import DAY_FORMAT_QT, day_text
from app.domain import preferences as prefs
from app.domain.body_mass import MAX_BODY_MASS_KG, MIN_BODY_MASS_KG
from app.domain.errors import LegworkError, ValidationError
from app.domain.idle import MAX_IDLE_TIMEOUT_S, MIN_IDLE_TIMEOUT_S
from app.domain.metrics import LSI_THRESHOLD
from app.domain.plan import MAX_REST_SECONDS
from app.domain.preferences import MAX_COUNT_IN_S, MAX_SYMMETRY_LINE, MIN_SYMMETRY_LINE
from app.domain.side_order import SideOrder
from app.domain.units import Unit, display_value, format_load, from_kg
from app.ui.shell.controller import AppController
from app.ui.shell.messages import error_text
from app.ui.shell.settings import MAX_VOLUME, UiSettings
from app.ui.shell.theme import ThemeChoice, colours_for
from app.ui.shell.translation import QT_TRANSLATE_NOOP

# Marked for translation here, translated where shown (context "SettingsDialog").
UNIT_LABELS = {
    Unit.KG: QT_TRANSLATE_NOOP("SettingsDialog", "Kilograms (kg)"),
    Unit.LB: QT_TRANSLATE_NOOP("SettingsDialog", "Pounds (lb)"),
}
THEME_LABELS = {
    ThemeChoice.SYSTEM: QT_TRANSLATE_NOOP("SettingsDialog", "Same as my system"),
    ThemeChoice.LIGHT: QT_TRANSLATE_NOOP("SettingsDialog", "Light"),
    ThemeChoice.DARK: QT_TRANSLATE_NOOP("SettingsDialog", "Dark"),
}
SIDE_ORDER_LABELS = {
    SideOrder.WEAKER_FIRST: QT_TRANSLATE_NOOP("SettingsDialog", "Weaker leg first"),
    SideOrder.LEFT_FIRST: QT_TRANSLATE_NOOP("SettingsDialog", "Left leg first"),
    SideOrder.ALTERNATE: QT_TRANSLATE_NOOP("SettingsDialog", "Alternate each set"),
}
KIOSK_LOCKED_NOTE = QT_TRANSLATE_NOOP("SettingsDialog", "Set by the gym's admin in kiosk mode.")

_Choice = TypeVar("_Choice", bound=StrEnum)
_Value = TypeVar("_Value")


def _section(title: str, note: str) -> tuple[QFrame, QFormLayout]:
    """A titled card holding a form; returns the card and the form to fill."""
    card = QFrame()
    card.setProperty("role", "card")
    column = QVBoxLayout(card)
    column.setContentsMargins(16, 12, 16, 14)
    column.setSpacing(6)
    heading = QLabel(title)
    font = heading.font()
    # Relative to the desktop's font size, as the theme's own sizes are.
    font.setPointSizeF(font.pointSizeF() * 1.15)
    font.setBold(True)
    heading.setFont(font)
    column.addWidget(heading)
    hint = QLabel(note)
    hint.setProperty("role", "subtitle")
    hint.setWordWrap(True)
    column.addWidget(hint)
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    form.setHorizontalSpacing(18)
    form.setVerticalSpacing(8)
    column.addLayout(form)
    column.addStretch(1)
    return card, form


def _seconds_box(low: int, high: int, step: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setSingleStep(step)
    box.setSuffix(QCoreApplication.translate("SettingsDialog", " s"))
    # One width for every seconds box, whatever its largest value, so they line up.
    box.setFixedWidth(120)
    # Write once the number is complete, not after every digit typed.
    box.setKeyboardTracking(False)
    return box


def _choice_box(labels: Mapping[_Choice, str], current: _Choice) -> QComboBox:
    box = QComboBox()
    for value, label in labels.items():
        box.addItem(QCoreApplication.translate("SettingsDialog", label), value.value)
    box.setCurrentIndex(box.findData(current.value))
    box.setMinimumWidth(200)
    return box


class SettingsDialog(QDialog):
    """Preferences that apply as soon as they change and are kept between runs.

    The training preferences are the current athlete's (through `controller`);
    before the history is open they show the defaults and cannot be changed.
    The kiosk idle timeout is the gym admin's and is kept in the database the
    kiosk shares: it can be changed only when the dialog is opened with
    `admin=True`; otherwise it is shown greyed out with a note saying who sets it.
    """

    def __init__(
        self, settings: UiSettings, controller: AppController, *, admin: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self._controller = controller
        admin = admin and controller.db is not None
        chosen = controller.preferences
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(920)

        self.unit = _choice_box(UNIT_LABELS, chosen.unit)
        self.theme = _choice_box(THEME_LABELS, settings.theme())
        self.rest_between_sides = _seconds_box(0, MAX_REST_SECONDS, 5)
        self.rest_between_sides.setValue(chosen.rest_between_sides_s)
        self.rest_between_sets = _seconds_box(0, MAX_REST_SECONDS, 15)
        self.rest_between_sets.setValue(chosen.rest_between_sets_s)
        self.count_in = _seconds_box(0, MAX_COUNT_IN_S, 1)
        self.count_in.setSpecialValueText(self.tr("None"))
        self.count_in.setValue(chosen.count_in_s)
        self.side_order = _choice_box(SIDE_ORDER_LABELS, chosen.side_order)
        self.sounds = QCheckBox(self.tr("Play tones for reps, tempo and the end of a rest"))
        self.sounds.setChecked(chosen.sounds)
        self.voice = QCheckBox(self.tr("Speak the cues (“down”, “switch legs”)"))
        self.voice.setChecked(chosen.voice)
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, MAX_VOLUME)
        self.volume.setPageStep(10)
        self.volume.setMinimumWidth(220)
        self.volume.setValue(settings.volume())
        self.volume_label = QLabel()
        self.volume_label.setMinimumWidth(44)
        self.kiosk_idle = _seconds_box(MIN_IDLE_TIMEOUT_S, MAX_IDLE_TIMEOUT_S, 30)
        self.kiosk_idle.setValue(controller.kiosk_idle_timeout_s())
        self.kiosk_idle.setEnabled(admin)
        self.kiosk_note = QLabel(
            self.tr("Time without a touch before the shared screen goes back to its start page.")
            if admin else self.tr(KIOSK_LOCKED_NOTE)
        )
        self.kiosk_note.setProperty("role", "subtitle")
        self.kiosk_note.setWordWrap(True)
        self._build_leg_controls()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.hide()

        athlete = controller.athlete
        general, general_form = _section(
            self.tr("Units and look"),
            self.tr("How loads are shown and typed, and the app's colours."),
        )
        general_form.addRow(self.tr("Loads in"), self.unit)
        general_form.addRow(self.tr("Theme"), self.theme)
        session, session_form = _section(
            self.tr("Sessions"),
            (self.tr("{name}'s starting values for new plans; each exercise can differ.").format(
                name=athlete.name) if athlete is not None
             else self.tr("Starting values for new plans; each exercise can differ.")),
        )
        session_form.addRow(self.tr("Rest between legs"), self.rest_between_sides)
        session_form.addRow(self.tr("Rest between sets"), self.rest_between_sets)
        session_form.addRow(self.tr("Count-in before a set"), self.count_in)
        session_form.addRow(self.tr("Which leg goes first"), self.side_order)
        cues, cues_form = _section(
            self.tr("Sounds and voice"),
            self.tr("Cues you can hear, so your eyes can stay on your form."),
        )
        cues_form.addRow(self.sounds)
        cues_form.addRow(self.voice)
        volume_row = QHBoxLayout()
        volume_row.addWidget(self.volume)
        volume_row.addWidget(self.volume_label)
        cues_form.addRow(self.tr("Volume"), volume_row)
        legs, legs_form = _section(
            self.tr("Comparing your legs"),
            self.tr("Your body mass lets Legwork count the load each leg really carries; "
                    "it is optional and kept with its date."),
        )
        mass_row = QHBoxLayout()
        mass_row.addWidget(self.body_mass)
        mass_row.addWidget(self.body_mass_day)
        mass_row.addWidget(self.body_mass_save)
        legs_form.addRow(self.tr("Body mass"), mass_row)
        legs_form.addRow(self.body_mass_note)
        legs_form.addRow(self.tr("Symmetry line"), self.symmetry_line)
        legs_form.addRow(self.symmetry_note)
        kiosk, kiosk_form = _section(
            self.tr("Kiosk"), self.tr("For a shared touchscreen at the gym.")
        )
        kiosk_form.addRow(self.tr("Return to start after"), self.kiosk_idle)
        kiosk_form.addRow(self.kiosk_note)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setToolTip(
            self.tr("Close; your changes are already saved"))
        buttons.rejected.connect(self.reject)
        # Two columns keep the dialog short enough for a 1280×800 laptop screen.
        grid = QGridLayout()
        grid.setSpacing(12)
        grid.addWidget(general, 0, 0)
        grid.addWidget(cues, 0, 1)
        grid.addWidget(session, 1, 0)
        grid.addWidget(kiosk, 1, 1)
        # Full width, so its explanations wrap into few lines.
        grid.addWidget(legs, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 14)
        layout.setSpacing(12)
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._describe_controls()

        self._show_volume(self.volume.value())
        self._set_cue_controls_enabled()
        for control in (self.unit, self.rest_between_sides, self.rest_between_sets, self.count_in,
                        self.side_order, self.sounds, self.voice, self.symmetry_line,
                        self.body_mass, self.body_mass_day, self.body_mass_save):
            control.setEnabled(athlete is not None and controller.db is not None)
        self._connect()

    def _build_leg_controls(self) -> None:
        self.body_mass = QDoubleSpinBox()
        self.body_mass.setDecimals(1)
        self.body_mass.setFixedWidth(120)
        self.body_mass_day = QDateEdit(QDate.currentDate())
        self.body_mass_day.setDisplayFormat(DAY_FORMAT_QT)
        self.body_mass_day.setCalendarPopup(True)
        self.body_mass_day.setMaximumDate(QDate.currentDate())
        self.body_mass_save = QPushButton(self.tr("Save"))
        # Enter still closes the dialog, as everywhere in Preferences; Save is clicked.
        self.body_mass_save.setAutoDefault(False)
        self.body_mass_save.clicked.connect(self.save_body_mass)
        self.body_mass_note = QLabel()
        self.body_mass_note.setProperty("role", "subtitle")
        self.body_mass_note.setWordWrap(True)
        self.symmetry_line = QSpinBox()
        self.symmetry_line.setRange(MIN_SYMMETRY_LINE, MAX_SYMMETRY_LINE)
        self.symmetry_line.setSuffix(" %")
        self.symmetry_line.setFixedWidth(120)
        self.symmetry_line.setKeyboardTracking(False)
        self.symmetry_line.setValue(self._controller.preferences.symmetry_line_percent)
        self.symmetry_note = QLabel(self.tr(
            "Legs below this line are flagged. {percent} % is the return-to-sport benchmark "
            "used after knee injury, not a norm for healthy runners; you or your coach may set "
            "your own.").format(percent=f"{LSI_THRESHOLD:.0f}"))
        self.symmetry_note.setProperty("role", "subtitle")
        self.symmetry_note.setWordWrap(True)
        self._show_body_mass()

    def _show_body_mass(self) -> None:
        """The latest entry in the field (in the chosen unit), and the last few in the note."""
        unit = self._controller.preferences.unit
        # Below the lightest body mass allowed: the spin box's "not given" value.
        self.body_mass.setRange(round(from_kg(MIN_BODY_MASS_KG, unit), 1) - 0.1,
                                round(from_kg(MAX_BODY_MASS_KG, unit), 1))
        self.body_mass.setSuffix(f" {unit}")
        log = self._controller.body_mass_log()
        latest = log.latest()
        if latest is None:
            self.body_mass.setValue(self.body_mass.minimum())
            self.body_mass.setSpecialValueText(self.tr("not given"))
            self.body_mass_note.setText(self.tr(
                "Not given: the legs are compared on reps at the same load."))
            return
        self.body_mass.setSpecialValueText("")
        self.body_mass.setValue(display_value(latest.kg, unit))
        recent = [self.tr("{mass} on {day}").format(
            mass=format_load(entry.kg, unit), day=day_text(entry.day))
            for entry in reversed(log.entries[-3:])]
        self.body_mass_note.setText(self.tr("Recorded: {entries}.").format(
            entries="; ".join(recent)))

    def save_body_mass(self) -> None:
        """Record the body mass in the field for the chosen day (the current athlete's)."""
        if self.body_mass.value() == self.body_mass.minimum():
            self._write(self._refuse, self.tr("Type your body mass first."))
            return
        day = self.body_mass_day.date().toPython()
        assert isinstance(day, date)
        mass = self.body_mass.value()
        unit = self._controller.preferences.unit
        self._write(lambda value: self._controller.record_body_mass(value, unit, day), mass)
        self._show_body_mass()

    @staticmethod
    def _refuse(message: str) -> None:
        raise ValidationError(message)

    def _describe_controls(self) -> None:
        """Names for screen readers and tooltips for everyone, one per control."""
        for widget, name, tip in (
            (self.unit, self.tr("Loads in"),
             self.tr("Kilograms or pounds, for showing and typing loads")),
            (self.theme, self.tr("Theme"), self.tr("Light, dark, or the same as your desktop")),
            (self.rest_between_sides, self.tr("Rest between legs"),
             self.tr("Seconds of rest after one leg, before the other")),
            (self.rest_between_sets, self.tr("Rest between sets"),
             self.tr("Seconds of rest after both legs, before the next set")),
            (self.count_in, self.tr("Count-in before a set"),
             self.tr("Seconds of countdown before the first rep")),
            (self.side_order, self.tr("Which leg goes first"),
             self.tr("Which leg starts each set in a new plan")),
            (self.sounds, self.tr("Play tones"), self.sounds.text()),
            (self.voice, self.tr("Speak the cues"), self.voice.text()),
            (self.volume, self.tr("Volume"), self.tr("How loud tones and voice cues are")),
            (self.kiosk_idle, self.tr("Return to start after"), self.kiosk_note.text()),
            (self.body_mass, self.tr("Body mass"),
             self.tr("Your body mass, for the load each leg carries (optional)")),
            (self.body_mass_day, self.tr("Day weighed"),
             self.tr("The day this body mass was measured")),
            (self.body_mass_save, self.tr("Save body mass"),
             self.tr("Record this body mass for the chosen day")),
            (self.symmetry_line, self.tr("Symmetry line"), self.symmetry_note.text()),
        ):
            widget.setAccessibleName(name)
            widget.setToolTip(tip)

    def _connect(self) -> None:
        s, c = self.settings, self._controller

        def preference(key: str) -> Callable[[object], None]:
            return lambda value: c.set_preference(key, value)

        self.unit.currentIndexChanged.connect(
            lambda: self._write(preference(prefs.UNIT), Unit(self.unit.currentData())))
        self.unit.currentIndexChanged.connect(self._show_body_mass)
        self.theme.currentIndexChanged.connect(
            lambda: self._write(s.set_theme, ThemeChoice(self.theme.currentData())))
        self.side_order.currentIndexChanged.connect(lambda: self._write(
            preference(prefs.SIDE_ORDER), SideOrder(self.side_order.currentData())))
        self.rest_between_sides.valueChanged.connect(
            lambda value: self._write(preference(prefs.REST_BETWEEN_SIDES), value))
        self.rest_between_sets.valueChanged.connect(
            lambda value: self._write(preference(prefs.REST_BETWEEN_SETS), value))
        self.count_in.valueChanged.connect(
            lambda value: self._write(preference(prefs.COUNT_IN), value))
        self.symmetry_line.valueChanged.connect(
            lambda value: self._write(preference(prefs.SYMMETRY_LINE), value))
        self.sounds.toggled.connect(lambda on: self._write(preference(prefs.SOUNDS), on))
        self.voice.toggled.connect(lambda on: self._write(preference(prefs.VOICE), on))
        self.sounds.toggled.connect(self._set_cue_controls_enabled)
        self.voice.toggled.connect(self._set_cue_controls_enabled)
        self.volume.valueChanged.connect(self._show_volume)
        self.volume.valueChanged.connect(lambda value: self._write(s.set_volume, value))
        self.kiosk_idle.valueChanged.connect(
            lambda value: self._write(c.set_kiosk_idle_timeout_s, value))

    def _write(self, setter: Callable[[_Value], None], value: _Value) -> None:
        """Save one setting; if it is refused, say why and keep the old value."""
        try:
            setter(value)
        except LegworkError as error:
            warning = colours_for(self.settings.theme()).warning
            self.error.setStyleSheet(f"color: {warning};")
            self.error.setText(error_text(error))
            self.error.show()
            return
        self.error.hide()

    def _show_volume(self, value: int) -> None:
        self.volume_label.setText(self.tr("{value} %").format(value=value))

    def _set_cue_controls_enabled(self) -> None:
        # Volume means nothing while both tones and voice are off.
        audible = self.sounds.isChecked() or self.voice.isChecked()
        self.volume.setEnabled(audible)
        self.volume_label.setEnabled(audible)
