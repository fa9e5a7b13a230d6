"""The Qt side of a live session: a timer that ticks the engine, cues, and signals.

`SessionController` drives the `SessionEngine` of the session under way. A
single precise timer calls `engine.tick()`: it is armed for the moment the
engine says its next cue is due (so cues sound on time, not up to a polling
interval late), or for the next animation frame if that comes sooner. Time
itself always comes from the injected clock, never from counting ticks.

Every side-set goes to the database through `app.services.sessions` *before*
the engine moves on: if the write fails, the athlete stays on the log with
the reason and can save again, and nothing claims a set that is not stored.
`start_session` and `resume_session` set up the engine through the services.
"""

import math
from collections.abc import Callable, Mapping, Sequence
from typing import Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from app.domain.clock import Clock
from app.domain.errors import LegworkError
from app.domain.plan import Plan
from app.domain.records import SessionInfo, SetEntry
from app.domain.session import (
    Command,
    CueRequested,
    SessionEnded,
    SessionEngine,
    SessionSnapshot,
    SessionState,
    SetRef,
    SideLog,
    SideSetAccepted,
    SideSetCorrected,
    SpeechRequested,
    StateChanged,
)
from app.services import sessions as service
from app.ui.session.wording import speech_text
from app.ui.shell.controller import AppController
from app.ui.shell.messages import error_text

FRAME_S = 1 / 60
"""How often the tempo bar and countdowns are redrawn while something moves."""
_MOVING = frozenset({SessionState.COUNT_IN, SessionState.WORKING, SessionState.REST})


class CueSink(Protocol):
    """Where cues go: sounds by name and words to speak."""

    def play(self, cue: str) -> None:
        """Play the sound named `cue` (an engine `Cue` value)."""
        ...

    def say(self, text: str) -> None:
        """Speak `text`."""
        ...


class SessionController(QObject):
    """Runs one training session for the app's athlete and records it as it goes.

    Commands (`start`, `count_rep`, `accept`, …) pass straight to the engine;
    one that makes no sense now raises the engine's `InvalidTransition`, and
    bad log values raise `ValidationError` with nothing written, as does a
    write the database cannot take. With `autotick` off no timer runs and a
    test calls `tick()` itself.
    """

    state_changed = Signal()
    """The session moved to another state (or was paused or resumed)."""
    rep_counted = Signal(int)
    """The rep count changed; carries the count now shown and recorded."""
    side_set_recorded = Signal(object)
    """A side-set was committed to the database; carries its `SetEntry`."""
    side_set_corrected = Signal(object)
    """A correction of a side-set was committed to the database; carries the new `SetEntry`."""
    session_finished = Signal(bool)
    """The session is over; True if ended early."""
    problem = Signal(str)
    """Something went wrong that the athlete should know (closing the session failed)."""
    ticked = Signal()
    """Time moved on or a timer changed (+15 s): redraw countdowns and the tempo bar."""

    def __init__(
        self,
        app: AppController,
        engine: SessionEngine,
        session_id: int,
        cue_sink: CueSink,
        *,
        autotick: bool = True,
        set_ids: Mapping[SetRef, int] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.engine = engine
        self.session_id = session_id
        self.cue_sink = cue_sink
        self.finished = False
        # Each stored side-set's id, so a correction changes exactly that row.
        self._set_ids: dict[SetRef, int] = dict(set_ids or {})
        self._shown_count = engine.count
        self._autotick = autotick
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.tick)

    # -- reading -----------------------------------------------------------

    def snapshot(self) -> SessionSnapshot:
        """What the session view shows right now."""
        return self.engine.snapshot()

    @property
    def state(self) -> SessionState:
        """The engine's state."""
        return self.engine.state

    @property
    def plan(self) -> Plan:
        """The plan this session runs."""
        return self.engine.plan

    def available(self) -> frozenset[Command]:
        """What the athlete may ask for now (the engine's rule)."""
        return self.engine.available_commands()

    def prefill(self) -> SideLog:
        """The per-leg log's starting values (only once a side is done)."""
        return self.engine.prefill()

    def correctable(self) -> SetRef | None:
        """The side-set a correction would change now (the last one logged), or None.

        None while a side is under way or being logged, before anything is
        logged, and for a side-set whose stored row this session does not know.
        """
        last = self.engine.last_logged()
        if last is None or last not in self._set_ids:
            return None
        return last if Command.CORRECT_SET in self.available() else None

    # -- commands ----------------------------------------------------------

    def begin(self) -> None:
        """Show the first state and start timing; call once the view is connected."""
        self._after(self.engine.drain_events())

    def tick(self) -> None:
        """Let the engine do what time has made due, then re-arm the timer."""
        self.engine.tick()
        self._after(self.engine.drain_events())
        self.ticked.emit()

    def run(self, command: Command) -> None:
        """Carry out one of the engine's commands (not `LOG_SET`, which needs the log)."""
        actions: dict[Command, Callable[[], None]] = {
            Command.START: self.engine.start,
            Command.COUNT_REP: self.engine.count_rep,
            Command.UNDO_REP: self.engine.undo_rep,
            Command.END_SET: self.engine.end_set,
            Command.SKIP_SET: self.engine.skip_set,
            Command.ADD_REST: self.engine.add_rest,
            Command.SKIP_REST: self.engine.skip_rest,
            Command.PAUSE: self.engine.pause,
            Command.RESUME: self.engine.resume,
            Command.FINISH: self.engine.finish_early,
        }
        self._run(actions[command])

    def start(self) -> None:
        """Count in the side-set that is ready."""
        self.run(Command.START)

    def count_rep(self) -> None:
        """Count one rep by hand."""
        self.run(Command.COUNT_REP)

    def undo_rep(self) -> None:
        """Take back the last rep counted."""
        self.run(Command.UNDO_REP)

    def end_set(self) -> None:
        """Stop the side-set now and go to the log."""
        self.run(Command.END_SET)

    def accept(self, log: SideLog) -> None:
        """Log the side-set; it is in the database before the session moves on.

        A refused log or a failed write raises (`LegworkError`) with the
        session still on the log and nothing stored.
        """
        ref = self.engine.current
        self._run(lambda: self.engine.accept(log, lambda entry: self._store(ref, entry)))

    def correct(self, ref: SetRef, log: SideLog) -> None:
        """Correct a side-set already logged; it is in the database before the session shows it.

        Bad values or a failed write raise (`LegworkError`) with nothing changed.
        """
        def correct() -> None:
            self.engine.correct(ref, log, lambda entry: self._store_correction(ref, entry))

        self._run(correct)

    def skip_set(self) -> None:
        """Leave out the current side-set."""
        self.run(Command.SKIP_SET)

    def add_rest(self) -> None:
        """Fifteen more seconds of rest."""
        self.run(Command.ADD_REST)

    def skip_rest(self) -> None:
        """End the rest now."""
        self.run(Command.SKIP_REST)

    def pause(self) -> None:
        """Freeze every timer."""
        self.run(Command.PAUSE)

    def resume(self) -> None:
        """Carry on after a pause."""
        self.run(Command.RESUME)

    def finish_early(self) -> None:
        """End the session now; what was logged stays logged."""
        self.run(Command.FINISH)

    def stop(self) -> None:
        """Stop the timer (the view is going away)."""
        self._timer.stop()

    # -- inner workings ----------------------------------------------------

    def _store(self, ref: SetRef, entry: SetEntry) -> None:
        # Through the app controller: a kiosk on a gym's server may queue it in its outbox,
        # and a queued set has no id yet, so it cannot be corrected from here.
        set_id = self.app.record_set(self.session_id, entry)
        if set_id is not None:
            self._set_ids[ref] = set_id

    def _store_correction(self, ref: SetRef, entry: SetEntry) -> None:
        self.app.apply(service.correct_set(self.app.require_db(), self.session_id,
                                           self._set_ids[ref], entry))

    def _run(self, command: Callable[[], None]) -> None:
        command()
        self._after(self.engine.drain_events())
        self.ticked.emit()

    def _after(self, events: Sequence[object]) -> None:
        state_moved = False
        for event in events:
            if isinstance(event, CueRequested):
                self.cue_sink.play(event.cue.value)
            elif isinstance(event, SpeechRequested):
                self.cue_sink.say(speech_text(event.speech))
            elif isinstance(event, SideSetAccepted):
                self.side_set_recorded.emit(event.entry)
            elif isinstance(event, SideSetCorrected):
                self.side_set_corrected.emit(event.entry)
            elif isinstance(event, StateChanged):
                state_moved = True
            elif isinstance(event, SessionEnded):
                self._close(early=event.early)
        if self.engine.count != self._shown_count:
            self._shown_count = self.engine.count
            self.rep_counted.emit(self._shown_count)
        if state_moved:
            self.state_changed.emit()
        self._arm()

    def _close(self, *, early: bool) -> None:
        self.finished = True
        self._timer.stop()
        try:
            self.app.finish_session(self.session_id)
        except LegworkError as error:
            # Every set is stored already; the session stays open and is offered next time.
            self.problem.emit(error_text(error))
        self.session_finished.emit(early)

    def _arm(self) -> None:
        if not self._autotick or self.finished:
            return
        due = self.engine.seconds_until_due()
        frame = FRAME_S if self.engine.state in _MOVING else None
        waits = [w for w in (due, frame) if w is not None]
        if not waits:
            self._timer.stop()
            return
        # Whole milliseconds, rounded up: waking a hair late costs under 1 ms,
        # waking early would only mean a wasted tick and a re-arm.
        self._timer.start(math.ceil(min(waits) * 1000))


def start_session(
    app: AppController, plan: Plan, clock: Clock, cue_sink: CueSink, *, autotick: bool = True,
) -> SessionController:
    """Open a session for `plan` with the athlete's preferences, and a controller to run it."""
    opened = app.apply(service.start_session(
        app.require_db(), app.require_athlete().id, plan, clock, app.preferences))
    return SessionController(app, opened.engine, opened.session_id, cue_sink, autotick=autotick)


def resume_session(
    app: AppController, info: SessionInfo, clock: Clock, cue_sink: CueSink, *,
    autotick: bool = True,
) -> SessionController:
    """Carry on with a session left open; `LegworkError` says why it cannot."""
    opened = service.resume_session(
        app.require_db(), app.require_athlete().id, info, clock, app.preferences)
    return SessionController(app, opened.engine, opened.session_id, cue_sink, autotick=autotick,
                             set_ids=opened.set_ids)
