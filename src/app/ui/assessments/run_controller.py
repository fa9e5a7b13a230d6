"""The Qt side of a testing day: the next trial, the app's timers and cues, and each write.

`AssessmentRun` drives one assessment for the app's athlete. The order of
the trials comes from the services (`testing_day`: test by test, the legs
taking turns, starting on the athlete's side); a timed trial is the domain's
`TimedTrial` on the injected clock, which a precise timer only polls for the
cues due (the session's own cues, through the same cue sink). Every trial
goes to the database through `app.services.assessments.record_trial` before
the run moves on: a refused or failed write raises with nothing changed, and
the screen keeps the value for another try.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from app.domain.assessments.definitions import TestDefinition, Timing
from app.domain.assessments.order import Step
from app.domain.assessments.spoken import trial_speech
from app.domain.assessments.timed_trial import TimedTrial, TrialPhase
from app.domain.clock import Clock
from app.domain.session import Cue, Speech, SpeechKind
from app.domain.sides import Side
from app.ui.session.wording import speech_text
from app.ui.shell.controller import AppController

if TYPE_CHECKING:
    # The services read the history through SQLAlchemy: loaded when a run starts, not before.
    from app.services.assessments import AssessmentReport, TestingDay
    from app.ui.session.session_controller import CueSink

POLL_MS = 40
"""How often a running trial's cues and numbers are brought up to date."""
_TIMING = frozenset({TrialPhase.COUNT_IN, TrialPhase.RUNNING})


class AssessmentRun(QObject):
    """One assessment under way: what to do next, the trial being timed, and the writes.

    With `autotick` off no timer runs and a test calls `tick()` itself.
    """

    changed = Signal()
    """The run moved on (a trial recorded or taken back, a test skipped, a trial timed out)."""
    ticked = Signal()
    """Time moved on: redraw the countdown or the count."""
    finished = Signal(object)
    """The assessment is closed; carries its `AssessmentReport`."""

    def __init__(
        self, app: AppController, assessment_id: int, clock: Clock, cue_sink: "CueSink", *,
        preferred: Side = Side.LEFT, autotick: bool = True, parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.assessment_id = assessment_id
        self.clock = clock
        self.cue_sink = cue_sink
        self.preferred = preferred
        self.skipped: set[str] = set()
        self.trial: TimedTrial | None = None
        self._autotick = autotick
        self._shown_phase: TrialPhase | None = None
        """The phase the screen was last fully redrawn for."""
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.tick)
        self.day: TestingDay = self._read()
        self.step: Step | None = self.day.next_step()
        self._new_trial()

    # -- reading ---------------------------------------------------------------

    def _read(self) -> "TestingDay":
        from app.services.assessments import testing_day

        return testing_day(self.app.require_db(), self.assessment_id, self.preferred)

    @property
    def test(self) -> TestDefinition | None:
        """The test of the trial to do now, or None when every trial is in."""
        return self.day.test(self.step.test_id) if self.step is not None else None

    @property
    def phase(self) -> TrialPhase | None:
        """Where the timed trial stands, or None for a trial that is typed in."""
        return self.trial.phase if self.trial is not None else None

    def busy(self) -> bool:
        """Whether the app is counting in or timing a trial (the kiosk keeps its screen)."""
        return self.phase in _TIMING

    def position(self) -> int:
        """The number of the trial to do now in the day's plan (from 1)."""
        if self.step is None:
            return len(self.day.steps)
        return self.day.steps.index(self.step) + 1

    # -- timed trials ------------------------------------------------------------

    def _new_trial(self) -> None:
        self._timer.stop()
        test = self.test
        self.trial = (
            TimedTrial(test, self.clock) if test is not None and test.timing is not Timing.ENTERED
            else None
        )

    def start_trial(self) -> None:
        """Begin the count-in of the timed trial that is ready."""
        if self.trial is None or self.trial.phase is not TrialPhase.READY:
            return
        self.trial.start()
        self._after_poll()
        self._shown_phase = self.trial.phase
        if self._autotick:
            self._timer.start()
        self.changed.emit()

    def tap(self) -> None:
        """The one big button while timing: stop a hold or the heel rises, count a window's rep."""
        trial = self.trial
        if trial is None or trial.phase is not TrialPhase.RUNNING:
            return
        trial.tap()
        if trial.test.timing is Timing.WINDOW:
            self.ticked.emit()
        else:
            self._timer.stop()
            self.changed.emit()

    def undo_rep(self) -> None:
        """Take back the last tapped rep of a window test."""
        if self.trial is not None and self.trial.test.timing is Timing.WINDOW:
            self.trial.undo_rep()
            self.ticked.emit()

    def cancel_trial(self) -> None:
        """Throw away the trial being timed (a false start); it can be run again."""
        if self.trial is None or self.trial.phase is TrialPhase.READY:
            return
        self.trial.cancel()
        self._new_trial()
        self.changed.emit()

    def tick(self) -> None:
        """Play the cues time has made due and redraw; a trial that ran out is done."""
        if self.trial is None:
            self._timer.stop()
            return
        self._after_poll()
        phase = self.trial.phase
        if phase is TrialPhase.DONE:
            self._timer.stop()
            self.changed.emit()
        elif phase is not self._shown_phase:
            # The count-in gave way to the timing: the Stop or +1 button comes up.
            self.changed.emit()
        else:
            self.ticked.emit()
        self._shown_phase = phase

    def _after_poll(self) -> None:
        assert self.trial is not None
        for due in self.trial.poll():
            self.cue_sink.play(due.cue.value)
            speech = trial_speech(due, self.trial.reps)
            if speech is not None:
                self.cue_sink.say(speech_text(speech))

    # -- recording ---------------------------------------------------------------

    def record(self, value: float) -> None:
        """Record the trial to do now; it is in the database before the run moves on.

        A refused value or a failed write raises `LegworkError` with nothing
        stored and the run where it was.
        """
        from app.services.assessments import record_trial

        step = self.step
        if step is None:
            return
        self.app.apply(record_trial(
            self.app.require_db(), self.assessment_id, step.test_id, step.side, value,
            trial_number=step.trial_number,
        ))
        self._move_on(step.side)

    def undo_last_trial(self) -> None:
        """Take back the trial recorded last (a typo, a false start saved by mistake)."""
        from app.services.assessments import delete_trial

        last = self.day.last_trial
        if last is None:
            return
        self.app.apply(delete_trial(self.app.require_db(), last.id))
        self.skipped.discard(last.test_id)
        self._move_on(None)

    def skip_test(self) -> None:
        """Leave the rest of this test out today (a leg that cannot do it); it stays missing."""
        if self.step is None:
            return
        self.skipped.add(self.step.test_id)
        self._move_on(self.step.side)

    def _move_on(self, last_side: Side | None) -> None:
        self.day = self._read()
        self.step = self.day.next_step(self.skipped)
        self._new_trial()
        if self.step is not None and last_side is not None and self.step.side is not last_side:
            # The same "switch legs" as a session: a tone, and the words for those who chose them.
            self.cue_sink.play(Cue.SWITCH_LEGS.value)
            self.cue_sink.say(speech_text(Speech(SpeechKind.SWITCH_LEGS, side=self.step.side)))
        self.changed.emit()

    def finish(self) -> "AssessmentReport":
        """Close the assessment (trials not done stay missing) and hand back its report."""
        from app.services.assessments import finish_assessment

        self._timer.stop()
        report = self.app.apply(finish_assessment(self.app.require_db(), self.assessment_id))
        self.finished.emit(report)
        return report

    def stop(self) -> None:
        """Stop the timer (the screen is going away); a trial being timed is not recorded."""
        self._timer.stop()
