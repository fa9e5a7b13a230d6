"""The screen of a testing day: the leg in a big banner, the timer or the entry, the trials so far.

It draws what the view hands it (the run's day, step and timed trial) and
reports presses as signals; what a press means is the view's and the run's.
Type scales with the page's height, as on the session's live page, so it
reads from two metres on a laptop and fills a gym's touchscreen; `touch`
puts a keypad beside the entry and words the hints for taps.
"""

import html
import math
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.domain.assessments.definitions import TestDefinition, Timing
from app.domain.assessments.timed_trial import TimedTrial, TrialPhase
from app.domain.sides import Side
from app.ui.assessments.wording import lsi_text, rule_text, symmetry_text
from app.ui.kiosk.keypad import DigitKeys, edited
from app.ui.session.buttons import live_button
from app.ui.session.rep_counter import RepCounter
from app.ui.shell.theme import LIGHT, Colours, ink_on, side_word

if TYPE_CHECKING:
    from app.ui.assessments.run_controller import AssessmentRun

MAX_ENTRY_LENGTH = 8


class RunPage(QWidget):
    """Everything on screen while an assessment runs."""

    primary_pressed = Signal()
    """The big button: start, stop, count a rep, or see the results."""
    save_pressed = Signal()
    """Save the value in the entry as this trial."""
    counter_tapped = Signal()
    undo_rep_pressed = Signal()
    cancel_pressed = Signal()
    undo_trial_pressed = Signal()
    skip_pressed = Signal()
    finish_confirmed = Signal()

    def __init__(self, *, touch: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentRun")
        self.touch = touch
        self.colours: Colours = LIGHT
        self._banner_fill = LIGHT.left
        self._banner_px = 28
        self.title_label = QLabel()
        self.title_label.setObjectName("runTitle")
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.details_label = QLabel()
        self.details_label.setObjectName("runDetails")
        self.details_label.setWordWrap(True)
        self.side_label = QLabel()
        self.side_label.setObjectName("runBanner")
        self.side_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.side_label.setAccessibleName(self.tr("Leg being tested"))
        self.counter = RepCounter()
        self.counter.setAccessibleName(self.tr("Timer or count"))
        self.counter.clicked.connect(self.counter_tapped)
        # The counter's own caption is short ("seconds left"); what to do goes here, wrapped,
        # so a long sentence never runs off the sides of the big type.
        self.hint_label = QLabel()
        self.hint_label.setObjectName("runHint")
        self.hint_label.setWordWrap(True)
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.how_label = QLabel()
        self.how_label.setObjectName("runHow")
        self.how_label.setWordWrap(True)
        self.how_label.setTextFormat(Qt.TextFormat.RichText)
        self.how_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.how_label.setSizePolicy(QSizePolicy.Policy.Preferred,
                                     QSizePolicy.Policy.MinimumExpanding)

        self.entry_label = QLabel()
        self.entry_label.setObjectName("runEntryLabel")
        self.entry = QLineEdit()
        self.entry.setObjectName("runEntry")
        self.entry.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.entry.setMaxLength(MAX_ENTRY_LENGTH)
        self.entry.setAccessibleName(self.tr("Result"))
        self.entry.setToolTip(self.tr("The trial's result; Enter saves it"))
        self.entry_label.setBuddy(self.entry)
        self.unit_label = QLabel()
        self.unit_label.setObjectName("runUnit")
        self.save_button = live_button(self.tr("Save  ⏎"), self.tr("Save this trial (Enter)"))
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(self.save_pressed)
        # Only a touchscreen needs keys on screen; a desktop has a keyboard.
        self.keys: DigitKeys | None = DigitKeys(decimal=True) if touch else None
        if self.keys is not None:
            self.keys.pressed.connect(self._key_pressed)
        self._decimal = True
        entry_row = QHBoxLayout()
        entry_row.setSpacing(10)
        entry_row.addWidget(self.entry_label)
        entry_row.addWidget(self.entry, 1)
        entry_row.addWidget(self.unit_label)
        entry_row.addWidget(self.save_button)
        self.entry_box = QWidget()
        entry_column = QVBoxLayout(self.entry_box)
        entry_column.setContentsMargins(0, 0, 0, 0)
        entry_column.addLayout(entry_row)
        self.error_label = QLabel()
        self.error_label.setObjectName("runError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.tally_label = QLabel()
        self.tally_label.setObjectName("runTally")
        self.tally_label.setWordWrap(True)
        self.tally_label.setTextFormat(Qt.TextFormat.RichText)
        self.next_label = QLabel()
        self.next_label.setObjectName("runNext")
        self.next_label.setWordWrap(True)
        self.next_label.setTextFormat(Qt.TextFormat.PlainText)
        self.notice_label = QLabel()
        self.notice_label.setObjectName("runNotice")
        self.notice_label.setWordWrap(True)
        self.notice_label.hide()

        self.primary_button = live_button("", self._hint(
            self.tr("The next step of the trial (Space or Enter)"),
            self.tr("The next step of the trial")))
        self.primary_button.setProperty("role", "primary")
        self.primary_button.clicked.connect(self.primary_pressed)
        self.undo_rep_button = live_button(self.tr("Undo rep  ⌫"),
                                            self.tr("Take back the last rep (Backspace)"))
        self.undo_rep_button.clicked.connect(self.undo_rep_pressed)
        self.cancel_button = live_button(self.tr("Run it again  Esc"), self.tr(
            "A false start: throw this timing away and run the trial again (Esc)"))
        self.cancel_button.clicked.connect(self.cancel_pressed)
        self.undo_trial_button = live_button(self.tr("Undo last trial"), self.tr(
            "Take back the trial saved last, to enter it again"))
        self.undo_trial_button.clicked.connect(self.undo_trial_pressed)
        self.skip_button = live_button(self.tr("Skip this test"), self.tr(
            "Leave the rest of this test out today; its missing trials stay missing"))
        self.skip_button.clicked.connect(self.skip_pressed)
        self.finish_button = live_button(self.tr("Finish now"), self.tr(
            "Close the assessment with the trials saved so far"))
        self.finish_button.clicked.connect(self._ask_finish)
        controls = QHBoxLayout()
        controls.setSpacing(10)
        for button in (self.primary_button, self.undo_rep_button, self.cancel_button):
            controls.addWidget(button)
        controls.addStretch(1)
        for button in (self.undo_trial_button, self.skip_button, self.finish_button):
            controls.addWidget(button)

        # Finishing early cannot be taken back, so it asks once, in place (no dialog: on a
        # kiosk a dialog would outlast the idle timeout).
        self.finish_bar = QFrame()
        self.finish_bar.setObjectName("runFinishBar")
        self.finish_text = QLabel()
        self.finish_text.setWordWrap(True)
        self.finish_yes = live_button(self.tr("Finish now"), self.tr(
            "Close it; trials not done stay missing"))
        self.finish_yes.clicked.connect(self._finish_confirmed)
        self.finish_no = live_button(self.tr("Keep testing"), self.tr("Back to the trials"))
        self.finish_no.clicked.connect(self.finish_bar.hide)
        bar = QHBoxLayout(self.finish_bar)
        bar.addWidget(self.finish_text, 1)
        bar.addWidget(self.finish_no)
        bar.addWidget(self.finish_yes)
        self.finish_bar.hide()

        middle = QHBoxLayout()
        middle.setSpacing(18)
        left = QVBoxLayout()
        left.setSpacing(8)
        left.addWidget(self.counter, 3)
        left.addWidget(self.hint_label)
        left.addWidget(self.how_label, 2)
        left.addWidget(self.entry_box)
        left.addWidget(self.error_label)
        middle.addLayout(left, 3)
        if self.keys is not None:
            middle.addWidget(self.keys, 2, Qt.AlignmentFlag.AlignVCenter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 18, 28, 18)
        layout.setSpacing(10)
        layout.addWidget(self.title_label)
        layout.addWidget(self.details_label)
        layout.addWidget(self.side_label)
        layout.addLayout(middle, 1)
        layout.addWidget(self.tally_label)
        layout.addWidget(self.next_label)
        layout.addWidget(self.notice_label)
        layout.addWidget(self.finish_bar)
        layout.addLayout(controls)
        if touch:
            self._word_for_touch()

    # -- building ----------------------------------------------------------------

    def _word_for_touch(self) -> None:
        # No keyboard on a shared touchscreen: the labels name no keys.
        for button in (self.save_button, self.undo_rep_button, self.cancel_button):
            button.setText(button.text().split("  ")[0])
        # The keypad types the value; a tap in the field must not ask for a keyboard.
        self.entry.setReadOnly(True)

    def _hint(self, keyboard: str, touch: str) -> str:
        return touch if self.touch else keyboard

    def _ask_finish(self) -> None:
        self.finish_bar.show()

    def _finish_confirmed(self) -> None:
        self.finish_bar.hide()
        self.finish_confirmed.emit()

    def _key_pressed(self, key: str) -> None:
        self.entry.setText(edited(self.entry.text(), key, max_length=MAX_ENTRY_LENGTH,
                                  decimal=self._decimal))

    # -- what the view asks ---------------------------------------------------------

    def value_text(self) -> str:
        """What is typed in the entry."""
        return self.entry.text().strip()

    def show_error(self, text: str) -> None:
        """Say in one sentence why the value was not saved (the value stays to fix)."""
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def show_notices(self, notices: list[str]) -> None:
        """Say, once, what this computer cannot do (no sound device, no speech engine)."""
        if notices:
            self.notice_label.setText("  ".join(dict.fromkeys(notices)))
            self.notice_label.show()

    def asking_to_finish(self) -> bool:
        """Whether the "finish now?" question is on screen."""
        return self.finish_bar.isVisible()

    # -- drawing -------------------------------------------------------------------

    def draw(self, run: "AssessmentRun") -> None:
        """Draw where the run stands: the leg, the test, the timer or the entry, the trials."""
        day, step, test, trial = run.day, run.step, run.test, run.trial
        total, missing = len(day.steps), day.missing()
        self.undo_trial_button.setEnabled(day.last_trial is not None)
        left_out = sum(1 for s in day.steps if s.test_id in run.skipped)
        self.finish_text.setText(self.tr(
            "Finish with {missing} of {total} trials not done? They cannot be added later."
        ).format(missing=missing, total=total))
        if step is None or test is None:
            self._draw_all_in(run, total - missing, total, left_out)
            return
        number = [t.id for t in day.tests].index(test.id) + 1
        self.title_label.setText(test.name)
        self.details_label.setText(" · ".join([
            self.tr("Test {number} of {count}").format(number=number, count=len(day.tests)),
            self.tr("Trial {number} of {count}").format(number=step.trial_number,
                                                       count=test.trials),
            rule_text(test),
            self.tr("Step {number} of {count}").format(number=run.position(), count=total),
        ]))
        self._banner(side_word(step.side), self.colours.side(step.side))
        self._draw_tally(run)
        self._draw_next(run)
        self.skip_button.setVisible(True)
        self.finish_button.setVisible(True)
        phase = trial.phase if trial is not None else None
        typing = trial is None or phase is TrialPhase.DONE
        self.counter.setVisible(trial is not None)
        self.hint_label.setVisible(trial is not None and bool(self.hint_label.text()))
        self.how_label.setVisible(phase in (None, TrialPhase.READY))
        self.how_label.setText(self._how(test))
        self.entry_box.setVisible(typing)
        if self.keys is not None:
            self.keys.setVisible(typing)
        if typing:
            self._prepare_entry(test, trial)
        else:
            self.show_error("")
        self._draw_buttons(test, phase)
        self.draw_timer(run)

    def _draw_all_in(self, run: "AssessmentRun", recorded: int, total: int,
                     left_out: int) -> None:
        self.title_label.setText(self.tr("Every trial is in"))
        self.details_label.setText(self.tr(
            "{recorded} of {total} trials saved. Check them below; Undo last trial takes the "
            "last one back. Then see the results.").format(recorded=recorded, total=total))
        self._banner(self.tr("ALL DONE"), self.colours.accent)
        self.counter.hide()
        self.hint_label.hide()
        self.how_label.setText(self._saved_trials(run) + (
            "<p>" + html.escape(self.tr("Tests left out today keep their missing trials."))
            + "</p>" if left_out else ""))
        self.how_label.show()
        self.entry_box.hide()
        if self.keys is not None:
            self.keys.hide()
        self.show_error("")
        self.next_label.setText("")
        self.tally_label.setText("")
        for button in (self.undo_rep_button, self.cancel_button, self.skip_button,
                       self.finish_button):
            button.hide()
        self._primary(self.tr("See the results  ⏎"), self.tr("See the results"))

    def _saved_trials(self, run: "AssessmentRun") -> str:
        """Every test's saved trials per leg, to check before seeing the results."""
        rows = []
        for test in run.day.tests:
            result = run.day.results.get(test.id)
            cells = [f"<td><b>{html.escape(test.name)}</b>&nbsp;&nbsp;</td>"]
            for side in (Side.LEFT, Side.RIGHT):
                trials = result.leg(side).trials if result is not None else ()
                values = " · ".join(test.number(v) for v in trials) or "–"
                cells.append(f"<td><b style='color:{self.colours.side(side)}'>"
                             f"{side_word(side)}</b> {html.escape(values)} "
                             f"{html.escape(test.unit)}&nbsp;&nbsp;</td>")
            rows.append("<tr>" + "".join(cells) + "</tr>")
        return "<table cellspacing='4'>" + "".join(rows) + "</table>"

    def _how(self, test: TestDefinition) -> str:
        cue = html.escape(test.sheet_cue or test.summary)
        steps = "".join(f"<li>{html.escape(line)}</li>" for line in test.protocol)
        return f"<b>{cue}</b><ol>{steps}</ol>" if steps else cue

    def _prepare_entry(self, test: TestDefinition, trial: TimedTrial | None) -> None:
        self._decimal = test.decimals > 0 and not test.counts_whole
        if self.keys is not None:
            self.keys.set_decimal(self._decimal)
        self.entry_label.setText(self.tr("Result"))
        self.unit_label.setText(test.unit)
        self.entry.setAccessibleName(self.tr("{test} result in {unit}").format(
            test=test.name, unit=test.unit))
        self.entry.setToolTip(self._hint(
            self.tr("The trial's result in {unit}; Enter saves it"),
            self.tr("The trial's result in {unit}; the keypad types it")).format(unit=test.unit))
        result = trial.result if trial is not None else None
        if trial is not None and result is not None and not self.entry.text():
            # The app's own measure, ready to save; the coach may correct it first.
            self.entry.setText(test.number(result))
        self.entry.setPlaceholderText(
            self._hint(self.tr("type, then Enter"), self.tr("use the keypad")))

    def clear_entry(self) -> None:
        """Empty the entry for the next trial."""
        self.entry.clear()
        self.show_error("")

    def _draw_buttons(self, test: TestDefinition, phase: TrialPhase | None) -> None:
        window = test.timing is Timing.WINDOW
        if phase is TrialPhase.READY:
            self._primary(self._hint(self.tr("Start  ␣"), self.tr("Start")), self.tr("Start"))
        elif phase is TrialPhase.RUNNING:
            if window:
                self._primary(self._hint(self.tr("+1 rep  ␣"), self.tr("+1 rep")),
                              self.tr("Count a rep"))
            else:
                self._primary(self._hint(self.tr("Stop  ␣"), self.tr("Stop")), self.tr("Stop"))
        else:
            self.primary_button.hide()
        self.undo_rep_button.setVisible(window and phase is TrialPhase.RUNNING)
        self.cancel_button.setVisible(phase in (TrialPhase.COUNT_IN, TrialPhase.RUNNING,
                                                TrialPhase.DONE))

    def _primary(self, text: str, name: str) -> None:
        self.primary_button.setText(text)
        self.primary_button.setAccessibleName(name)
        self.primary_button.show()

    def draw_timer(self, run: "AssessmentRun") -> None:
        """Redraw the countdown or the count (called on every tick while a trial is timed)."""
        trial, test = run.trial, run.test
        if trial is None or test is None:
            return
        phase = trial.phase
        if phase is TrialPhase.READY:
            text, caption, hint = self._ready_value(test)
        elif phase is TrialPhase.COUNT_IN:
            text, caption, hint = str(trial.count_in_left), self.tr("Get ready"), ""
        elif phase is TrialPhase.RUNNING:
            text, caption, hint = self._running_value(trial)
        else:
            result = trial.result
            text = test.number(result) if result is not None else "–"
            caption = test.unit
            hint = self._hint(self.tr("Check it, correct it if needed, then press Enter."),
                              self.tr("Check it, correct it if needed, then tap Save."))
        self.counter.show_value(text, caption)
        self.hint_label.setText(hint)
        self.hint_label.setVisible(bool(hint))
        self.counter.set_colours(self.colours.text, self.colours.muted)

    def _ready_value(self, test: TestDefinition) -> tuple[str, str, str]:
        start = self._hint(self.tr("Press Space to start."), self.tr("Tap Start."))
        if test.timing is Timing.HOLD and test.cap is not None:
            return f"{test.cap:g}", self.tr("seconds at most"), start
        if test.timing is Timing.WINDOW and test.window_seconds is not None:
            return f"{test.window_seconds:g}", self.tr("seconds of reps"), start
        return "0", self.tr("reps to the beat"), start

    def _running_value(self, trial: TimedTrial) -> tuple[str, str, str]:
        test = trial.test
        if test.timing is Timing.HOLD:
            left = trial.remaining or 0.0
            return str(max(0, math.ceil(left - 1e-9))), self.tr(
                "seconds left · held {held} s").format(held=f"{trial.elapsed:.1f}"), self._hint(
                self.tr("Space stops the clock at the touch-down."),
                self.tr("Tap Stop at the touch-down."))
        if test.timing is Timing.WINDOW:
            left = math.ceil((trial.remaining or 0.0) - 1e-9)
            return str(trial.reps), self.tr("reps · {seconds} s left").format(
                seconds=left), self._hint(
                self.tr("Space, or a click on the number, for each rep."),
                self.tr("Tap the number for each rep."))
        return str(trial.reps), self.tr("rises at pace"), self._hint(
            self.tr("Space when the pace or the height is lost."),
            self.tr("Tap Stop when the pace or the height is lost."))

    def _draw_tally(self, run: "AssessmentRun") -> None:
        test = run.test
        if test is None:
            self.tally_label.setText("")
            return
        result = run.day.results[test.id]
        parts = []
        for side in (Side.LEFT, Side.RIGHT):
            leg = result.leg(side)
            values = " · ".join(test.number(v) for v in leg.trials) or "–"
            colour = self.colours.side(side)
            parts.append(f"<b style='color:{colour}'>{side_word(side)}</b> {values}")
        if result.left.best is not None and result.right.best is not None:
            parts.append(self.tr("symmetry {lsi}: {how}").format(
                lsi=lsi_text(result.symmetry.lsi), how=symmetry_text(result)))
        self.tally_label.setText(self.tr("Saved ({unit}): {trials}").format(
            unit=html.escape(test.unit), trials="&nbsp;&nbsp;&nbsp;".join(parts)))

    def _draw_next(self, run: "AssessmentRun") -> None:
        step = run.step
        if step is None:
            self.next_label.setText("")
            return
        later = [s for s in run.day.steps[run.day.steps.index(step) + 1:]
                 if s.test_id not in run.skipped
                 and (s.test_id, s.side, s.trial_number) not in run.day.done]
        if not later:
            self.next_label.setText(self.tr("Last trial of the day"))
            return
        after = later[0]
        self.next_label.setText(self.tr("Up next: {test}, trial {number}, {side} leg").format(
            test=run.day.test(after.test_id).name, number=after.trial_number,
            side=side_word(after.side)))

    def _banner(self, text: str, fill: str) -> None:
        self._banner_fill = fill
        self.side_label.setText(text)
        self.side_label.setStyleSheet(self._banner_style())

    def _banner_style(self) -> str:
        return (f"background: {self._banner_fill}; color: {ink_on(self._banner_fill)};"
                f" border-radius: 10px; font-weight: 800; font-size: {self._banner_px}px;"
                " padding: 4px;")

    # -- look ---------------------------------------------------------------------

    def set_colours(self, colours: Colours) -> None:
        """Redraw in a theme's colours."""
        self.colours = colours
        self.apply_sizes()

    def apply_sizes(self, height: int | None = None) -> None:
        """Scale the type with the page: big enough to read from two metres."""
        c = self.colours
        height = max(400, height if height is not None else self.height())
        self._banner_px = max(28, int(height * 0.07))
        title_px = max(20, int(height * 0.036))
        detail_px = max(14, int(height * 0.019))
        entry_px = max(22, int(height * 0.05))
        button_px = max(15, int(height * 0.022))
        button_h = max(60 if self.touch else 44, int(height * 0.06))
        key_px = max(56, int(height * 0.085)) if self.touch else 0
        self.setStyleSheet(
            f"#runTitle {{ font-size: {title_px}px; font-weight: 700; }}"
            f"#runDetails, #runNext {{ font-size: {detail_px}px; color: {c.muted}; }}"
            f"#runHint {{ font-size: {detail_px + 6}px; color: {c.muted}; }}"
            f"#runHow, #runTally {{ font-size: {detail_px + 1}px; }}"
            f"#runEntryLabel, #runUnit {{ font-size: {entry_px * 2 // 3}px; }}"
            f"#runEntry {{ font-size: {entry_px}px; font-weight: 700;"
            f" min-height: {int(entry_px * 1.6)}px; min-width: {entry_px * 5}px; }}"
            f"#runError {{ color: {c.warning}; font-weight: 600; font-size: {detail_px + 1}px; }}"
            f"#runNotice {{ color: {c.warning}; border: 1px solid {c.warning};"
            f" border-radius: 6px; padding: 6px 10px; }}"
            f"#runFinishBar {{ border: 2px solid {c.warning}; border-radius: 8px;"
            f" font-size: {detail_px + 1}px; }}"
            f"QPushButton[role=\"sessionButton\"], QPushButton[role=\"primary\"] {{"
            f" font-size: {button_px}px; min-height: {button_h}px; padding: 4px 22px; }}"
            f"QPushButton[role=\"key\"] {{ font-size: {button_px + 6}px;"
            f" min-height: {key_px}px; min-width: {key_px}px; }}"
        )
        if self.side_label.text():
            self.side_label.setStyleSheet(self._banner_style())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Rescale the type for the new size."""
        super().resizeEvent(event)
        self.apply_sizes(event.size().height())
