"""The Assessments view: pick the tests, run them leg by leg, see the results.

Three pages: the picker (tests, involved leg, leg lengths, an unfinished day
to carry on, earlier results, the testing-day sheet), the run (the leg's big
banner, the app's timers and cues or the entry, every trial saved as it is
entered) and the results (each leg, the symmetry, the change since last
time, the printed report). The view turns keys, taps and buttons into calls
on the run (`AssessmentRun`) and the services; every rule is the domain's.

Keys on the run, chosen as in a session so a clicker works too: Space, Enter,
Page Down, → start a timed trial, stop it (or count a rep in the 30 s
window), and save a value; Backspace, Page Up, ← take back a counted rep;
Esc throws away the trial being timed (a false start).
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from app.domain.assessments.definitions import Better, Timing
from app.domain.assessments.screen_time import TYPICAL_PACED_REPS, screen_time
from app.domain.assessments.timed_trial import TrialPhase
from app.domain.clock import Clock, MonotonicClock
from app.domain.errors import LegworkError
from app.domain.session import Control
from app.services.changes import Changes
from app.ui.assessments.picker_page import PickerPage
from app.ui.assessments.result_page import ResultPage
from app.ui.assessments.run_page import RunPage
from app.ui.assessments.wording import minutes_text
from app.ui.session.keys import KEY_CONTROLS, REMOTE_KEYS
from app.ui.shell.controller import AppController
from app.ui.shell.messages import error_text
from app.ui.shell.settings import THEME_KEY, UiSettings
from app.ui.shell.theme import colours_for

if TYPE_CHECKING:
    from app.services.assessments import AssessmentReport
    from app.ui.assessments.run_controller import AssessmentRun
    from app.ui.session.session_controller import CueSink

_SAVE_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space})


class AssessmentsView(QWidget):
    """Picker, run and results for the current athlete; owns the running `AssessmentRun`.

    `clock`, `cue_sink` and `autotick` are for tests: a fake clock, a cue
    recorder, and no timer (the test calls `run.tick()`). `touch` is for a
    shared touchscreen (the kiosk): a keypad for values, no printing, no
    coach's tests, hints that name taps rather than keys.
    """

    run_started = Signal()
    redrawn = Signal()

    def __init__(
        self,
        controller: AppController,
        settings: UiSettings,
        *,
        clock: Clock | None = None,
        cue_sink: "CueSink | None" = None,
        autotick: bool = True,
        touch: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentsView")
        self.controller = controller
        self.settings = settings
        self.touch = touch
        self.clock: Clock = clock or MonotonicClock()
        self.autotick = autotick
        self.cue_sink: CueSink | None = cue_sink
        self.run: AssessmentRun | None = None
        self.colours = colours_for(settings.theme())
        self._notices: list[str] = []
        self._stale = True
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.picker = PickerPage(touch=touch)
        self.picker.start_requested.connect(self.start)
        self.picker.resume_requested.connect(self.resume)
        self.picker.set_aside_requested.connect(self.set_aside)
        self.picker.add_test_requested.connect(self.add_test)
        self.picker.remove_test_requested.connect(self.remove_test)
        self.picker.print_sheet_requested.connect(self.print_testing_day_sheet)
        self.picker.report_requested.connect(self.show_report)
        self.picker.choice_changed.connect(self._show_estimate)
        self.run_page = RunPage(touch=touch)
        self.run_page.primary_pressed.connect(self.primary)
        self.run_page.save_pressed.connect(self.save)
        self.run_page.counter_tapped.connect(self._counter_tapped)
        self.run_page.undo_rep_pressed.connect(lambda: self._on_run(lambda r: r.undo_rep()))
        self.run_page.cancel_pressed.connect(self.cancel_trial)
        self.run_page.undo_trial_pressed.connect(self.undo_last_trial)
        self.run_page.skip_pressed.connect(lambda: self._write(lambda r: r.skip_test()))
        self.run_page.finish_confirmed.connect(self.finish)
        self.run_page.entry.installEventFilter(self)
        self.results = ResultPage(touch=touch)
        self.results.back_requested.connect(self.show_picker)
        self.results.print_requested.connect(self.print_report)
        self.pages = QStackedWidget()
        for page in (self.picker, self.run_page, self.results):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        controller.database_opened.connect(self._athlete_changed)
        controller.athlete_changed.connect(self._athlete_changed)
        controller.changed.connect(self._changed)
        settings.notifier.changed.connect(self._display_setting_changed)
        self._apply_colours()

    # -- cues ------------------------------------------------------------------------

    def _sink(self) -> "CueSink":
        if self.cue_sink is None:
            # Qt Multimedia loads with the first trial, not with the window.
            from app.ui.session.cue_player import QtCuePlayer

            player = QtCuePlayer(self.controller, self.settings, parent=self)
            player.notice.connect(self._notice)
            self._notices.extend(player.notices)
            self.cue_sink = player
        return self.cue_sink

    def _notice(self, text: str) -> None:
        self._notices.append(text)
        self.run_page.show_notices(self._notices)

    # -- the picker ------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up with changes made while the view was hidden."""
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Reread the battery, an unfinished assessment and the earlier ones for the picker."""
        self._stale = False
        db, athlete = self.controller.db, self.controller.athlete
        if db is None or athlete is None:
            self.picker.show_tests([])
            self.picker.show_unfinished(None, 0, 0)
            self.picker.show_past([])
            return
        from app.services import assessments as service

        self.picker.show_tests(service.battery(db))
        unfinished = service.unfinished_assessment(db, athlete.id)
        if unfinished is None:
            self.picker.show_unfinished(None, 0, 0)
        else:
            day = service.testing_day(db, unfinished.id)
            self.picker.show_unfinished(unfinished.started_at, len(day.trials), len(day.steps))
        open_id = unfinished.id if unfinished is not None else None
        self.picker.show_past(
            (a.id, a.started_at, a.status == "finished")
            for a in service.list_assessments(db, athlete.id) if a.id != open_id
        )
        self.redrawn.emit()

    def _show_estimate(self) -> None:
        chosen = set(self.picker.chosen_ids())
        tests = [row.test for row in self.picker.rows if row.test.id in chosen]
        time = screen_time(tests)
        if not tests:
            self.picker.show_estimate("", "")
            return
        self.picker.show_estimate(minutes_text(time), self.tr(
            "Reading each test, the app's timers (every balance hold counted at its 45 s cap, "
            "{reps} heel rises a leg) and typing each trial; warming up, measuring and "
            "resting are not counted.").format(reps=TYPICAL_PACED_REPS))

    def _athlete_changed(self) -> None:
        if self.run is not None:
            # The assessment stays open in the history; its athlete can carry on later.
            self.run.stop()
            self.run = None
            self.pages.setCurrentWidget(self.picker)
        self._stale = True
        if self.isVisible():
            self.refresh()

    def _changed(self, changes: object) -> None:
        assert isinstance(changes, Changes)
        if changes.assessments or changes.athletes:
            self._stale = True
            if self.isVisible() and self.pages.currentWidget() is self.picker:
                self.refresh()

    def start(self) -> None:
        """Open an assessment of the ticked tests and run its first trial."""
        db, athlete = self.controller.db, self.controller.athlete
        chosen = self.picker.chosen_ids()
        if db is None or athlete is None or not chosen:
            return
        from app.services.assessments import start_assessment

        try:
            info = self.controller.apply(start_assessment(
                db, athlete.id, chosen, involved=self.picker.involved(),
                leg_lengths=self.picker.leg_lengths()))
        except LegworkError as error:
            self.picker.show_error(error_text(error))
            return
        self.picker.show_error("")
        self._attach(info.id)

    def resume(self) -> None:
        """Carry on with the assessment left unfinished (a crash, a closed app, an idle kiosk)."""
        db, athlete = self.controller.db, self.controller.athlete
        if db is None or athlete is None:
            return
        from app.services.assessments import unfinished_assessment

        info = unfinished_assessment(db, athlete.id)
        if info is not None:
            self._attach(info.id)
            self.controller.status_message.emit(
                self.tr("Welcome back: the assessment carries on with the trials not done."))

    def set_aside(self) -> None:
        """Abandon the unfinished assessment: its trials stay, it never counts as last time."""
        db, athlete = self.controller.db, self.controller.athlete
        if db is None or athlete is None:
            return
        from app.services.assessments import abandon_assessment, unfinished_assessment

        info = unfinished_assessment(db, athlete.id)
        if info is not None:
            self._apply(lambda: self.controller.apply(abandon_assessment(db, info.id)))
        self.refresh()

    def add_test(self) -> None:
        """Ask for a coach's own test and add it to the battery."""
        from app.ui.assessments.custom_test_dialog import TestDialog

        def add(name: str, unit: str, better: Better, trials: int, cap: float | None) -> None:
            from app.services.assessments import add_custom_test

            self.controller.apply(add_custom_test(
                self.controller.require_db(), name=name, unit=unit, better=better,
                trials=trials, cap=cap))

        TestDialog(add, self).exec()
        self.refresh()

    def remove_test(self, test_id: str) -> None:
        """Take a coach's test out of the battery, after asking."""
        from app.services.assessments import find_test, remove_custom_test

        db = self.controller.require_db()
        test = find_test(db, test_id)
        answer = QMessageBox.question(
            self, self.tr("Remove a test"),
            self.tr("Remove “{test}” from the battery? Earlier results keep it.").format(
                test=test.name))
        if answer == QMessageBox.StandardButton.Yes:
            self._apply(lambda: self.controller.apply(remove_custom_test(db, test_id)))
            self.refresh()

    def _apply(self, change: object) -> None:
        assert callable(change)
        try:
            change()
        except LegworkError as error:
            self.picker.show_error(error_text(error))

    # -- running -----------------------------------------------------------------------

    def _attach(self, assessment_id: int) -> None:
        from app.services.assessments import first_leg_for
        from app.ui.assessments.run_controller import AssessmentRun

        athlete = self.controller.require_athlete()
        preferred = first_leg_for(self.controller.require_db(), athlete.id,
                                  self.controller.preferences.side_order)
        run = AssessmentRun(self.controller, assessment_id, self.clock, self._sink(),
                            preferred=preferred, autotick=self.autotick, parent=self)
        run.changed.connect(self.redraw)
        run.ticked.connect(self._redraw_timer)
        run.finished.connect(self._finished)
        self.run = run
        self.run_page.clear_entry()
        self.run_page.finish_bar.hide()
        self.run_page.show_notices(self._notices)
        self.pages.setCurrentWidget(self.run_page)
        self.run_started.emit()
        self.redraw()

    def _on_run(self, action: "object") -> None:
        if self.run is not None and callable(action):
            action(self.run)

    def _write(self, action: "object") -> None:
        """Something that writes to the history; a refusal is shown under the entry."""
        if self.run is None or not callable(action):
            return
        try:
            action(self.run)
        except LegworkError as error:
            self.run_page.show_error(error_text(error))

    def primary(self) -> None:
        """The one "go on" of this moment: start, stop or count, save, or see the results."""
        run = self.run
        if run is None:
            return
        if run.step is None:
            self.finish()
            return
        phase = run.phase
        if phase is TrialPhase.READY:
            run.start_trial()
        elif phase is TrialPhase.RUNNING:
            run.tap()
        elif phase is None or phase is TrialPhase.DONE:
            self.save()

    def save(self) -> None:
        """Save the entry as the trial to do now; a refusal says why and keeps the value."""
        run, test = self.run, (self.run.test if self.run is not None else None)
        if run is None or test is None:
            return
        if run.phase not in (None, TrialPhase.DONE):
            return
        value = _value(self.run_page.value_text(), test.unit)
        try:
            run.record(value)
        except LegworkError as error:
            self.run_page.show_error(error_text(error))
            return
        self.run_page.clear_entry()

    def _counter_tapped(self) -> None:
        if self.run is not None and self.run.phase is TrialPhase.RUNNING:
            self.run.tap()

    def cancel_trial(self) -> None:
        """A false start: throw the timing away and get the trial ready again."""
        if self.run is not None:
            self.run_page.clear_entry()
            self.run.cancel_trial()

    def undo_last_trial(self) -> None:
        """Take back the last saved trial, to enter it again."""
        if self.run is None:
            return
        self.run_page.clear_entry()
        self._write(lambda r: r.undo_last_trial())

    def finish(self) -> None:
        """Close the assessment now and show its results."""
        self._write(lambda r: r.finish())

    def busy(self) -> bool:
        """Whether a trial is being counted in or timed (a kiosk keeps its screen meanwhile)."""
        return self.run is not None and self.run.busy()

    def stop(self) -> None:
        """Stop timing (the screen is going away); the assessment stays open to carry on."""
        if self.run is not None:
            self.run.stop()

    def _finished(self, report: "AssessmentReport") -> None:
        if self.run is not None:
            self.run.stop()
        self.run = None
        self._show_results(report)
        self._stale = True

    # -- results and printing --------------------------------------------------------------

    def show_report(self, assessment_id: int) -> None:
        """Show the results of an earlier assessment."""
        from app.services.assessments import assessment_report

        try:
            report = assessment_report(self.controller.require_db(), assessment_id)
        except LegworkError as error:
            self.picker.show_error(error_text(error))
            return
        self._show_results(report)

    def _show_results(self, report: "AssessmentReport") -> None:
        self.results.show_report(report)
        self.pages.setCurrentWidget(self.results)
        self.results.back_button.setFocus()
        self.redrawn.emit()

    def show_picker(self) -> None:
        """Back to the tests."""
        self.refresh()
        self.pages.setCurrentWidget(self.picker)

    def print_testing_day_sheet(self) -> None:
        """A print preview of the testing-day sheet for the current athlete."""
        from app.ui.assessments.printing import testing_day_preview

        try:
            preview = testing_day_preview(self.controller, self)
        except LegworkError as error:
            QMessageBox.warning(self, self.tr("Cannot print"), error_text(error))
            return
        preview.exec()

    def print_report(self) -> None:
        """A print preview of the report on screen."""
        from app.ui.assessments.printing import report_preview

        report: AssessmentReport | None = self.results.report
        if report is None:
            return
        try:
            preview = report_preview(self.controller, report.info.id, self)
        except LegworkError as error:
            QMessageBox.warning(self, self.tr("Cannot print"), error_text(error))
            return
        preview.exec()

    # -- keys ----------------------------------------------------------------------------

    def handle_key(self, key: int) -> bool:
        """Carry out what a key means on the run page now; False if it means nothing."""
        run = self.run
        if run is None or self.pages.currentWidget() is not self.run_page:
            return False
        if key == Qt.Key.Key_Escape:
            if self.run_page.asking_to_finish():
                self.run_page.finish_bar.hide()
            else:
                self.cancel_trial()
            return True
        control = KEY_CONTROLS.get(key)
        if control in (Control.NEXT, Control.CONFIRM):
            self.primary()
            return True
        if control is Control.BACK:
            if run.test is not None and run.test.timing is Timing.WINDOW:
                run.undo_rep()
            return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """The run's keys; anything else goes to the usual handling."""
        if not self.handle_key(event.key()):
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the entry, Enter and Space save; a clicker's keys drive the run from there too."""
        if (watched is self.run_page.entry and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)):
            if event.key() in _SAVE_KEYS or event.key() in REMOTE_KEYS:
                return self.handle_key(event.key())
            if event.key() == Qt.Key.Key_Escape:
                return self.handle_key(event.key())
        return super().eventFilter(watched, event)

    # -- drawing -------------------------------------------------------------------------

    def redraw(self) -> None:
        """Redraw the run page from the run, and put the keyboard where the work is."""
        run = self.run
        if run is None:
            return
        self.run_page.draw(run)
        typing = run.step is not None and run.phase in (None, TrialPhase.DONE)
        if typing and not self.touch:
            self.run_page.entry.setFocus()
            self.run_page.entry.selectAll()
        elif self.run_page.isAncestorOf(self.focusWidget()) or not self.hasFocus():
            self.setFocus()
        self.redrawn.emit()

    def _redraw_timer(self) -> None:
        if self.run is not None:
            self.run_page.draw_timer(self.run)

    def _apply_colours(self) -> None:
        self.run_page.set_colours(self.colours)
        self.results.set_colours(self.colours)
        self.picker.setStyleSheet(f"#pickerError {{ color: {self.colours.warning};"
                                  " font-weight: 600; }")

    def _display_setting_changed(self, key: str) -> None:
        if key == THEME_KEY:
            self.colours = colours_for(self.settings.theme())
            self._apply_colours()
            self.redraw()


def _value(text: str, unit: str) -> float:
    """A typed value as a number ("152", "152,5", "152 cm"); NaN when it is not one.

    The domain refuses NaN with its own sentence ("Enter the … result as a number").
    """
    text = text.strip().replace(",", ".")
    if unit and text.casefold().endswith(unit.casefold()):
        text = text[: -len(unit)].strip()
    try:
        return float(text)
    except ValueError:
        return float("nan")

