"""The app-timed trials: a held balance, heel rises to a metronome, reps in a 30 s window.

Everything is computed from the monotonic clock (`app.domain.clock`), never
by counting timer ticks: the UI's timer only calls `poll` to learn which
cues to play, and a late or irregular timer cannot change a result. The cues
are the session's own (`app.domain.session.Cue`), so the Assessments screen
plays them through the same cue player as a training session.
"""

import math
from dataclasses import dataclass
from enum import StrEnum

from app.domain.assessments.definitions import TestDefinition, Timing
from app.domain.clock import Clock
from app.domain.errors import LegworkError, ValidationError
from app.domain.session import Cue

COUNT_IN_SECONDS = 3
"""A 3-2-1 before "go": time to close the eyes or find the beat."""


class TrialPhase(StrEnum):
    """Where a timed trial stands."""

    READY = "ready"
    COUNT_IN = "count_in"
    RUNNING = "running"
    DONE = "done"
    CANCELLED = "cancelled"


class TrialEnd(StrEnum):
    """Why a timed trial ended."""

    STOPPED = "stopped"
    """A tap: touch-down, lost pace, or the coach's call."""
    CAP = "cap"
    """A held trial reached the test's cap (45 s for the balance test)."""
    WINDOW = "window"
    """A window test's time ran out."""


class TrialStateError(LegworkError):
    """A call that does not fit the trial's phase (stop before start, tap after the end)."""


@dataclass(frozen=True)
class TrialCue:
    """Play `cue` now; `number` is the count-in second or metronome beat it belongs to."""

    cue: Cue
    number: int


class TimedTrial:
    """One timed trial of a HOLD, PACED or WINDOW test on one leg.

    `start()` begins a 3-second count-in, after which the trial runs. For a
    HOLD test the result is the seconds held (a tap stops it; it stops by
    itself at the cap). For a PACED test it is the number of whole reps
    completed at the metronome's pace before the tap. For a WINDOW test it
    is the number of taps (`count_rep`) before the window ends.
    """

    def __init__(
        self, test: TestDefinition, clock: Clock, count_in_seconds: int = COUNT_IN_SECONDS
    ) -> None:
        if test.timing is Timing.ENTERED:
            raise ValidationError(f"The {test.name.lower()} is measured by hand, not timed.")
        self.test = test
        self._clock = clock
        self._count_in = count_in_seconds
        self._phase = TrialPhase.READY
        self._started_at = 0.0
        self._stopped_at: float | None = None
        self._end: TrialEnd | None = None
        self._taps = 0
        self._last_count_in = 0
        self._last_beat = 0
        self._go_sent = False
        self._end_sent = False

    # -- what the screen shows -------------------------------------------------

    @property
    def phase(self) -> TrialPhase:
        """Where the trial stands, brought up to date with the clock."""
        self._catch_up()
        return self._phase

    @property
    def end(self) -> TrialEnd | None:
        """Why the trial ended, once it has."""
        self._catch_up()
        return self._end

    @property
    def count_in_left(self) -> int:
        """Whole seconds of count-in still to go (3, 2, 1), 0 once running."""
        if self.phase is not TrialPhase.COUNT_IN:
            return 0
        return max(1, math.ceil(self._go_at - self._clock.now()))

    @property
    def elapsed(self) -> float:
        """Seconds since "go", stopped at the tap, the cap or the window's end."""
        self._catch_up()
        if self._phase in (TrialPhase.READY, TrialPhase.COUNT_IN, TrialPhase.CANCELLED):
            return 0.0
        until = self._stopped_at if self._stopped_at is not None else self._clock.now()
        return max(0.0, min(until - self._go_at, self._limit or math.inf))

    @property
    def remaining(self) -> float | None:
        """Seconds left before the cap (HOLD) or the window's end (WINDOW); None when paced."""
        if self._limit is None:
            return None
        return max(0.0, self._limit - self.elapsed)

    @property
    def reps(self) -> int:
        """Reps so far: whole metronome cycles (PACED) or taps (WINDOW); 0 for a hold."""
        if self.test.timing is Timing.WINDOW:
            return self._taps
        if self.test.timing is Timing.PACED and self.test.metronome is not None:
            reps = int(self.elapsed // self.test.metronome.rep_seconds)
            return min(reps, int(self.test.cap)) if self.test.cap is not None else reps
        return 0

    @property
    def result(self) -> float | None:
        """The trial's value once it is done (seconds to the test's precision, or reps)."""
        if self.phase is not TrialPhase.DONE:
            return None
        if self.test.timing is Timing.HOLD:
            # Rounded down: a hold of 44.96 s did not reach 45.0 s.
            scale: int = 10 ** self.test.decimals
            return float(math.floor(round(self.elapsed * scale, 6)) / scale)
        return float(self.reps)

    # -- what the athlete or coach does --------------------------------------------

    def start(self) -> None:
        """Begin the count-in."""
        if self._phase is not TrialPhase.READY:
            raise TrialStateError("This trial has already started.")
        self._started_at = self._clock.now()
        self._phase = TrialPhase.COUNT_IN

    def stop(self) -> None:
        """End the trial now (a touch-down, a lost pace, the coach's call)."""
        self._catch_up()
        if self._phase is TrialPhase.COUNT_IN:
            raise TrialStateError("The trial has not reached \"go\" yet; cancel it instead.")
        if self._phase is not TrialPhase.RUNNING:
            raise TrialStateError("Only a running trial can be stopped.")
        self._finish(self._clock.now(), TrialEnd.STOPPED)

    def tap(self) -> None:
        """The one big button: counts a rep in a window test, stops any other trial."""
        if self.test.timing is Timing.WINDOW:
            self.count_rep()
        else:
            self.stop()

    def count_rep(self) -> None:
        """Count one rep of a window test while its window is open."""
        if self.test.timing is not Timing.WINDOW:
            raise TrialStateError("Reps are counted by tap only in a timed window.")
        if self.phase is not TrialPhase.RUNNING:
            raise TrialStateError("Reps count only while the window is open.")
        if self.test.cap is None or self._taps < self.test.cap:
            self._taps += 1

    def undo_rep(self) -> None:
        """Take back the last counted rep (a tap that was not a full rep)."""
        if self.test.timing is not Timing.WINDOW:
            raise TrialStateError("Reps are counted by tap only in a timed window.")
        self._taps = max(0, self._taps - 1)

    def cancel(self) -> None:
        """Throw the trial away (a false start); nothing is recorded."""
        self._phase = TrialPhase.CANCELLED

    def poll(self) -> list[TrialCue]:
        """Cues due since the last poll: count-in seconds, "go", metronome beats, the end.

        At most one metronome beat is returned per poll: if the screen
        stalled, playing the missed beats at once would only confuse. The
        rep count does not depend on it.
        """
        cues: list[TrialCue] = []
        if self._phase is TrialPhase.COUNT_IN:
            now = self._clock.now()
            passed = min(self._count_in, int(now - self._started_at) + 1)
            if passed > self._last_count_in and now < self._go_at:
                self._last_count_in = passed
                cues.append(TrialCue(Cue.COUNT_IN, self._count_in - passed + 1))
        self._catch_up()
        if self._phase in (TrialPhase.RUNNING, TrialPhase.DONE) and not self._go_sent:
            self._go_sent = True
            cues.append(TrialCue(Cue.GO, 0))
        if self.test.metronome is not None and self._phase is TrialPhase.RUNNING:
            beat = int(self.elapsed // self.test.metronome.beat_seconds)
            if beat > self._last_beat:
                self._last_beat = beat
                rep_done = beat % self.test.metronome.beats_per_rep == 0
                cues.append(TrialCue(Cue.REP if rep_done else Cue.PHASE, beat))
        ran_out = self._end in (TrialEnd.CAP, TrialEnd.WINDOW)
        if self._phase is TrialPhase.DONE and ran_out and not self._end_sent:
            self._end_sent = True
            cues.append(TrialCue(Cue.SET_DONE, 0))
        return cues

    # -- internals ---------------------------------------------------------------

    @property
    def _go_at(self) -> float:
        return self._started_at + self._count_in

    @property
    def _limit(self) -> float | None:
        if self.test.timing is Timing.HOLD:
            return self.test.cap
        if self.test.timing is Timing.WINDOW:
            return self.test.window_seconds
        return None

    def _catch_up(self) -> None:
        if self._phase is TrialPhase.COUNT_IN and self._clock.now() >= self._go_at:
            self._phase = TrialPhase.RUNNING
        limit = self._limit
        if (
            self._phase is TrialPhase.RUNNING and limit is not None
            and self._clock.now() - self._go_at >= limit
        ):
            end = TrialEnd.CAP if self.test.timing is Timing.HOLD else TrialEnd.WINDOW
            self._finish(self._go_at + limit, end)

    def _finish(self, at: float, end: TrialEnd) -> None:
        self._stopped_at = at
        self._end = end
        self._phase = TrialPhase.DONE
