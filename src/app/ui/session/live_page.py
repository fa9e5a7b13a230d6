"""The live page of a session: big type, the count, the tempo bar, the log, and the buttons.

It draws what the session view hands it (the engine's snapshot and what the
engine allows now) and reports presses as signals; it keeps no rule of its
own about what may be done when.
"""

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from app.domain.session import Command, SessionSnapshot, SessionState, SideLog, StepInfo
from app.domain.sides import Side
from app.domain.tempo import Tempo
from app.domain.units import Unit, format_load
from app.ui.session.buttons import live_button
from app.ui.session.rep_counter import RepCounter
from app.ui.session.side_log_panel import SideLogPanel
from app.ui.session.tempo_bar import TempoBar
from app.ui.session.wording import clock_text, next_up_text, side_word, step_text
from app.ui.shell.theme import LIGHT, Colours


class LivePage(QWidget):
    """Everything on screen while a session runs; `touch` words it for a shared touchscreen."""

    primary_pressed = Signal()
    """The big button: the one "go on" step of this moment."""
    command_pressed = Signal(object)
    """A button for one engine `Command` (end the side, undo a rep, +15 s, skip)."""
    pause_pressed = Signal()
    end_pressed = Signal()
    counter_tapped = Signal()
    sounds_toggled = Signal(bool)
    voice_toggled = Signal(bool)
    volume_changed = Signal(int)

    def __init__(self, *, touch: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.touch = touch
        self.colours: Colours = LIGHT
        self._banner_px = 28
        self._side = Side.LEFT
        self._notices_said = False
        self.exercise_label = QLabel()
        self.exercise_label.setObjectName("sessionExercise")
        self.exercise_label.setWordWrap(True)
        self.details_label = QLabel()
        self.details_label.setObjectName("sessionDetails")
        self.details_label.setWordWrap(True)
        self.sound_button = QToolButton()
        self.sound_button.setText(self.tr("Sound"))
        self.sound_button.setObjectName("soundButton")
        self.sound_button.setToolTip(self.tr("Sounds, spoken cues and volume"))
        self.sound_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.sound_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.sound_button.setMenu(self._build_sound_menu())
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.exercise_label)
        titles.addWidget(self.details_label)
        header.addLayout(titles, 1)
        header.addWidget(self.sound_button, 0, Qt.AlignmentFlag.AlignTop)

        self.side_label = QLabel()
        self.side_label.setObjectName("sideBanner")
        self.side_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.side_label.setAccessibleName(self.tr("Working leg"))
        self.counter = RepCounter()
        self.counter.clicked.connect(self.counter_tapped)
        self.tempo_bar = TempoBar()
        # On a touchscreen the bar is the big Start before a side (see `_show_buttons`).
        self.tempo_bar.tapped.connect(self.primary_pressed)
        self.next_label = QLabel()
        self.next_label.setObjectName("sessionNext")
        self.next_label.setWordWrap(True)
        self.notice_label = QLabel()
        self.notice_label.setObjectName("sessionNotice")
        self.notice_label.setWordWrap(True)
        self.notice_label.hide()
        self.log_panel = SideLogPanel()
        self.log_panel.hide()

        self.primary_button = live_button(
            self.tr("Start  ⏎"), self.tr("The next step of the session (Enter)"))
        self.primary_button.clicked.connect(self.primary_pressed)
        self.primary_button.setProperty("role", "primary")
        self.end_side_button = self._command_button(
            Command.END_SET, self.tr("Done with this side  ⏎"),
            self.tr("Stop the set here and log it (Enter)"))
        self.undo_button = self._command_button(
            Command.UNDO_REP, self.tr("Undo rep  ⌫"), self.tr("Take back the last rep (Backspace)"))
        self.add_rest_button = self._command_button(
            Command.ADD_REST, self.tr("+15 s"), self.tr("Rest a little longer"))
        self.pause_button = live_button(self.tr("Pause  P"), self.tr("Pause everything (P)"))
        self.pause_button.clicked.connect(self.pause_pressed)
        self.skip_button = self._command_button(
            Command.SKIP_SET, self.tr("Skip this side"), self.tr("Leave this side out, unlogged"))
        self.end_button = live_button(self.tr("End session"),
                                       self.tr("Finish now; what you logged is kept"))
        self.end_button.clicked.connect(self.end_pressed)
        self.correct_button = self._command_button(
            Command.CORRECT_SET, self.tr("Correct last side  C"),
            self.tr("Change what you logged for the last side (C)"))
        self.correct_button.hide()
        self.correcting = False
        controls = QHBoxLayout()
        controls.setSpacing(10)
        for button in (self.primary_button, self.end_side_button, self.undo_button,
                       self.add_rest_button, self.pause_button):
            controls.addWidget(button)
        controls.addStretch(1)
        controls.addWidget(self.correct_button)
        controls.addWidget(self.skip_button)
        controls.addWidget(self.end_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 18, 28, 18)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self.side_label)
        layout.addWidget(self.counter, 1)
        layout.addWidget(self.tempo_bar)
        layout.addWidget(self.next_label)
        layout.addWidget(self.notice_label)
        layout.addWidget(self.log_panel)
        layout.addLayout(controls)
        if touch:
            self._word_for_touch()

    # -- building ----------------------------------------------------------

    def _command_button(self, command: Command, text: str, tip: str) -> QPushButton:
        button = live_button(text, tip)
        button.clicked.connect(lambda: self.command_pressed.emit(command))
        return button

    def _build_sound_menu(self) -> QMenu:
        menu = QMenu(self)
        self.sounds_action = QAction(self.tr("Sounds"), menu)
        self.sounds_action.setCheckable(True)
        self.sounds_action.toggled.connect(self.sounds_toggled)
        self.voice_action = QAction(self.tr("Spoken cues"), menu)
        self.voice_action.setCheckable(True)
        self.voice_action.toggled.connect(self.voice_toggled)
        self.volume_slider = QSlider(Qt.Orientation.Horizontal)
        self.volume_slider.setRange(0, 100)
        self.volume_slider.setAccessibleName(self.tr("Volume"))
        self.volume_slider.setToolTip(self.tr("How loud tones and spoken cues are"))
        self.volume_slider.setMinimumWidth(180)
        self.volume_slider.valueChanged.connect(self.volume_changed)
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(12, 4, 12, 4)
        row.addWidget(QLabel(self.tr("Volume")))
        row.addWidget(self.volume_slider)
        volume = QWidgetAction(menu)
        volume.setDefaultWidget(holder)
        menu.addAction(self.sounds_action)
        menu.addAction(self.voice_action)
        menu.addSeparator()
        menu.addAction(volume)
        return menu

    def _word_for_touch(self) -> None:
        # No keyboard and no menus on a shared touchscreen: taps, not keys.
        self.sound_button.hide()
        self.undo_button.setText(self.tr("Undo rep"))
        self.pause_button.setText(self.tr("Pause"))
        self.correct_button.setText(self.tr("Correct last side"))
        self.log_panel.save.setText(self.tr("Save"))
        self.log_panel.notes.hide()

    def _hint(self, keyboard: str, touch: str) -> str:
        """The wording for this screen: keys on a desktop, taps on the kiosk."""
        return touch if self.touch else keyboard

    # -- what the sound menu shows -----------------------------------------

    def show_cue_settings(self, sounds: bool, voice: bool, volume: int) -> None:
        """Tick the menu's choices as they stand, without announcing them as changes."""
        for widget, value in ((self.sounds_action, sounds), (self.voice_action, voice)):
            widget.blockSignals(True)
            widget.setChecked(value)
            widget.blockSignals(False)
        self.volume_slider.blockSignals(True)
        self.volume_slider.setValue(volume)
        self.volume_slider.blockSignals(False)

    def show_notices(self, notices: list[str]) -> None:
        """Say, once, what the computer cannot do (no sound device, no speech engine).

        On a touchscreen it is said quietly, before the first side, and not again.
        """
        if not notices or (self.touch and self._notices_said):
            return
        self.notice_label.setText("  ".join(dict.fromkeys(notices)))
        self.notice_label.setProperty("quiet", self.touch)
        self.notice_label.show()

    # -- drawing -----------------------------------------------------------

    def draw(self, snap: SessionSnapshot, available: frozenset[Command], primary: Command | None,
             manual: bool, unit: Unit, prefill: SideLog | None, *, tries: bool = False) -> None:
        """Draw the snapshot; `prefill` fills the log when a side has just been done.

        With `tries` (a block's calibration session) each item is one try, a set per
        leg, and is counted as such.
        """
        tempo_words = Tempo.parse(snap.tempo).legend().split(": ", 1)[1]
        self.exercise_label.setText(snap.exercise_name)
        counted = (
            [self.tr("Try {number} of at most {count}").format(
                number=snap.item_index + 1, count=snap.item_count)] if tries else
            [self.tr("Exercise {number} of {count}").format(
                number=snap.item_index + 1, count=snap.item_count),
             self.tr("Set {number} of {count}").format(number=snap.set_number,
                                                      count=snap.set_count)])
        details = [
            *counted,
            self.tr("Target {reps} reps").format(reps=snap.target_reps),
            format_load(snap.load_kg, unit),
            self.tr("Tempo {tempo} ({words})").format(tempo=snap.tempo, words=tempo_words),
        ]
        if snap.last_time is not None:
            details.append(self.tr("Last time {reps} × {load}").format(
                reps=snap.last_time.reps, load=format_load(snap.last_time.load_kg, unit)))
        self.details_label.setText(" · ".join(details))
        self._side = snap.side
        self.side_label.setText(side_word(snap.side))
        self.side_label.setStyleSheet(self._banner_style(snap.side))
        self.next_label.setText(next_up_text(snap.next_up))
        logging = snap.stage is SessionState.SIDE_DONE and not snap.paused
        opening = logging and not self.log_panel.isVisible() and prefill is not None
        if opening and prefill is not None:
            self.log_panel.prefill(prefill, unit, self._log_heading(snap.side))
        self.log_panel.setVisible(logging)
        if opening:
            # Only a shown widget can take the focus: Enter or Space now saves the side.
            self.log_panel.save.setFocus()
        # The log needs the room; there is no tempo to show once the side is done.
        self.tempo_bar.setVisible(not logging)
        if self.touch and snap.stage is not SessionState.READY and self.notice_label.isVisible():
            self._notices_said = True
            self.notice_label.hide()
        self._show_buttons(snap, available, primary, manual)
        self.draw_timers(snap)

    def _log_heading(self, side: Side) -> str:
        return {
            Side.LEFT: self._hint(
                self.tr("Log your left leg: check the numbers, then press Enter"),
                self.tr("Log your left leg: check the numbers, then tap Save")),
            Side.RIGHT: self._hint(
                self.tr("Log your right leg: check the numbers, then press Enter"),
                self.tr("Log your right leg: check the numbers, then tap Save")),
            Side.BOTH: self._hint(
                self.tr("Log both legs: check the numbers, then press Enter"),
                self.tr("Log both legs: check the numbers, then tap Save")),
        }[side]

    def _show_buttons(self, snap: SessionSnapshot, available: frozenset[Command],
                      primary: Command | None, manual: bool) -> None:
        stage, paused = snap.stage, snap.paused
        label = {
            Command.START: self.tr("Start  ⏎"),
            Command.COUNT_REP: self.tr("+1 rep  ␣"),
            Command.END_SET: self.tr("Done with this side  ⏎"),
            Command.LOG_SET: self.tr("Save  ⏎"),
            Command.SKIP_REST: self.tr("Skip rest  ⏎"),
            Command.RESUME: self.tr("Resume  P"),
        }.get(primary) if primary is not None else None
        if self.touch and label:
            # No keyboard on a kiosk: the key after the label would only puzzle.
            label = label.split("  ")[0]
        self.primary_button.setText(label or "")
        self.primary_button.setAccessibleName((label or "").split("  ")[0])
        # On a touchscreen the wide bar is the Start: the largest thing on the page does it.
        bar_starts = self.touch and primary is Command.START and not paused
        self.tempo_bar.set_button(bar_starts)
        # While logging, the log's own Save button is the primary action.
        self.primary_button.setVisible(label is not None and primary is not Command.LOG_SET
                                       and not bar_starts)
        working = stage is SessionState.WORKING and not paused
        self.end_side_button.setVisible(
            Command.END_SET in available and primary is not Command.END_SET)
        self.undo_button.setVisible(working)
        self.undo_button.setEnabled(Command.UNDO_REP in available)
        self.add_rest_button.setVisible(Command.ADD_REST in available)
        self.pause_button.setVisible(Command.PAUSE in available)
        self.skip_button.setVisible(Command.SKIP_SET in available and stage is not
                                    SessionState.SIDE_DONE)
        self.correct_button.setVisible(Command.CORRECT_SET in available)
        self.end_button.show()

    # -- correcting a side already logged ------------------------------------

    def show_correction(self, step: StepInfo, logged: SideLog, unit: Unit) -> None:
        """Show a side already logged, its values in the log form to be corrected."""
        self.correcting = True
        self.exercise_label.setText(step.exercise_name)
        self.details_label.setText(self.tr("Correcting: {step}").format(step=step_text(step)))
        self._side = step.side
        self.side_label.setText(side_word(step.side))
        self.side_label.setStyleSheet(self._banner_style(step.side))
        self.counter.show_value(str(logged.reps), self.tr("reps logged"))
        self.counter.set_colours(self.colours.text, self.colours.muted)
        self.next_label.setText(self._hint(
            self.tr("Change what was wrong, then press Enter; Esc keeps it as it was."),
            self.tr("Change what was wrong, then tap Save correction.")))
        self.tempo_bar.hide()
        for button in (self.primary_button, self.end_side_button, self.undo_button,
                       self.add_rest_button, self.pause_button, self.skip_button,
                       self.correct_button, self.end_button):
            button.hide()
        heading = {
            Side.LEFT: self.tr("Correct your left leg"),
            Side.RIGHT: self.tr("Correct your right leg"),
            Side.BOTH: self.tr("Correct both legs"),
        }[step.side]
        self.log_panel.correct(logged, unit, heading, touch=self.touch)
        self.log_panel.show()
        self.log_panel.reps.setFocus()
        self.log_panel.reps.selectAll()

    def end_correction(self) -> None:
        """Leave the correction; the next `draw` shows the session as it stands."""
        self.correcting = False
        self.log_panel.hide()
        self.log_panel.end_correction()

    def draw_timers(self, snap: SessionSnapshot) -> None:
        """Redraw the count or countdown and the tempo bar (called every frame while moving)."""
        stage = snap.stage
        if stage is SessionState.COUNT_IN:
            text = str(max(1, math.ceil(snap.count_in_remaining - 1e-9)))
            caption = self.tr("Get ready")
        elif stage is SessionState.REST:
            text, caption = clock_text(snap.rest_remaining), self.tr("Rest")
        elif stage is SessionState.READY:
            text = str(snap.target_reps)
            caption = self._hint(self.tr("reps to do · press Start"),
                                 self.tr("reps to do · get into position"))
        elif stage is SessionState.SIDE_DONE:
            text, caption = str(snap.count), self.tr("reps done")
        else:
            text = str(snap.count)
            caption = self.tr("of {reps} reps").format(reps=snap.target_reps)
        if snap.paused:
            caption = self._hint(
                self.tr("PAUSED · {caption} · press P to carry on"),
                self.tr("PAUSED · {caption} · tap Resume to carry on"),
            ).format(caption=caption)
        self.counter.show_value(text, caption)
        self.counter.set_colours(self.colours.muted if snap.paused else self.colours.text,
                                 self.colours.muted)
        idle = {
            SessionState.READY: self._hint(self.tr("Get into position, then press Start"),
                                           self.tr("Tap here to start")),
            SessionState.COUNT_IN: self.tr("Get into position"),
            SessionState.WORKING: self._hint(
                self.tr("Tap the number or press Space for each rep"),
                self.tr("Tap the number for each rep")),
            SessionState.SIDE_DONE: self.tr("Side done"),
            SessionState.REST: self.tr("Shake it out · +15 s if you need it"),
        }
        self.tempo_bar.idle_text = idle.get(stage, "")
        self.tempo_bar.show_phase(snap.phase, snap.phase_fraction, snap.phase_remaining)

    # -- look --------------------------------------------------------------

    def set_colours(self, colours: Colours) -> None:
        """Redraw in a theme's colours."""
        self.colours = colours
        self.tempo_bar.set_colours(colours.accent, colours.border, colours.text)
        self.apply_sizes()

    def _banner_style(self, side: Side) -> str:
        return (f"background: {self.colours.side(side)}; color: {self.colours.on_side(side)};"
                " border-radius: 10px;"
                f" font-weight: 800; font-size: {self._banner_px}px; padding: 4px;")

    def apply_sizes(self, height: int | None = None) -> None:
        """Scale the type with the page: big enough to read from two metres."""
        c = self.colours
        height = max(400, height if height is not None else self.height())
        self._banner_px = max(28, int(height * 0.07))
        title_px = max(20, int(height * 0.036))
        detail_px = max(14, int(height * 0.019))
        button_px = max(15, int(height * 0.022))
        # On a touchscreen even the log's fields must be at least 48 px (60 − 12) high.
        button_h = max(60 if self.touch else 44, int(height * 0.06))
        self.tempo_bar.set_bar_height(int(height * 0.085))
        self.setStyleSheet(
            f"#sessionExercise {{ font-size: {title_px}px; font-weight: 700; }}"
            f"#sessionDetails {{ font-size: {detail_px}px; color: {c.muted}; }}"
            f"#sessionNext {{ font-size: {detail_px}px; color: {c.muted}; }}"
            f"#sessionNotice {{ color: {c.warning}; border: 1px solid {c.warning};"
            f" border-radius: 6px; padding: 6px 10px; }}"
            f"#sessionNotice[quiet=\"true\"] {{ color: {c.muted}; border-color: {c.border}; }}"
            f"#logError {{ color: {c.warning}; font-weight: 600; }}"
            f"#sideLog QSpinBox, #sideLog QLineEdit, #sideLog QComboBox {{"
            f" font-size: {button_px}px; min-height: {button_h - 12}px; }}"
            f"#sideLog QCheckBox {{ font-size: {button_px if self.touch else detail_px}px; }}"
            f"#sideLog QPushButton {{ font-size: {button_px}px; min-height: {button_h - 8}px;"
            f" padding: 4px 28px; }}"
            f"QPushButton[role=\"sessionButton\"], QPushButton[role=\"primary\"] {{"
            f" font-size: {button_px}px; min-height: {button_h}px; padding: 4px 22px; }}"
            f"#soundButton {{ font-size: {detail_px}px; padding: 8px 14px;"
            f" border: 1px solid {c.border}; border-radius: 6px; }}"
        )
        if self.side_label.text():
            self.side_label.setStyleSheet(self._banner_style(self._side))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Rescale the type for the new size."""
        super().resizeEvent(event)
        self.apply_sizes(event.size().height())
