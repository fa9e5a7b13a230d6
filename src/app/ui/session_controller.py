"""The glue of a live session: engine, timer, storage and cues, turned into Qt signals.

`SessionController` owns the `SessionEngine` of the session under way. A
single precise timer calls `engine.tick()`: it is armed for the moment the
engine says its next cue is due (so cues sound on time, not up to a polling
interval late), or for the next animation frame if that comes sooner. Time
itself always comes from the injected clock, never from counting ticks.

Every side-set the engine accepts is committed to the database at once, so a
crash loses nothing the athlete has logged; `resume_session` rebuilds the
engine from the plan and the sets already stored.
"""

import math
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal

from app.domain.clock import Clock
from app.domain.errors import ValidationError
from app.domain.plan import BUILTIN_PLAN_NAME, Plan, builtin_plan, plan_of
from app.domain.records import SetEntry
from app.domain.session import (
    CountingMode,
    CueRequested,
    SessionEnded,
    SessionEngine,
    SessionSnapshot,
    SessionState,
    SideLog,
    SideSetAccepted,
    SpeechRequested,
    StateChanged,
)
from app.domain.side_order import weaker_leg
from app.storage.database import Database
from app.storage.last_time import last_sets
from app.storage.plans import delete_plan, list_plans, load_plan, save_plan
from app.storage.sessions import (
    SessionInfo,
    abandon_session,
    finish_session,
    record_set,
    sets_for,
    sets_for_session,
    start_session,
    unfinished_session,
)
from app.ui.controller import AppController
from app.ui.plan_picker import QUEUE_PLAN_NAME

FRAME_S = 1 / 60
"""How often the tempo bar and countdowns are redrawn while something moves."""
WEAKER_LEG_WINDOW = timedelta(weeks=4)
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
    bad log values raise `ValidationError` with nothing written. With
    `autotick` off no timer runs and a test calls `tick()` itself.
    """

    state_changed = Signal()
    """The session moved to another state (or was paused or resumed)."""
    rep_counted = Signal(int)
    """The rep count changed; carries the count now shown and recorded."""
    side_set_recorded = Signal(object)
    """A side-set was committed to the database; carries its `SetEntry`."""
    session_finished = Signal(bool)
    """The session is over and closed in the database; True if ended early."""
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
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.engine = engine
        self.session_id = session_id
        self.cue_sink = cue_sink
        self.finished = False
        self._shown_count = engine.count
        self._autotick = autotick
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.tick)

    @property
    def db(self) -> Database:
        """The open database the session is recorded in."""
        return _database(self.app)

    # -- reading -----------------------------------------------------------

    def snapshot(self) -> SessionSnapshot:
        """What the session view shows right now."""
        return self.engine.snapshot()

    @property
    def state(self) -> SessionState:
        """The engine's state."""
        return self.engine.state

    def prefill(self) -> SideLog:
        """The per-leg log's starting values (only once a side is done)."""
        return self.engine.prefill()

    # -- commands ----------------------------------------------------------

    def begin(self) -> None:
        """Show the first state and start timing; call once the view is connected."""
        self._after(self.engine.drain_events())

    def tick(self) -> None:
        """Let the engine do what time has made due, then re-arm the timer."""
        self.engine.tick()
        self._after(self.engine.drain_events())
        self.ticked.emit()

    def start(self) -> None:
        """Count in the side-set that is ready."""
        self._run(self.engine.start)

    def count_rep(self) -> None:
        """Count one rep by hand."""
        self._run(self.engine.count_rep)

    def undo_rep(self) -> None:
        """Take back the last rep counted."""
        self._run(self.engine.undo_rep)

    def end_set(self) -> None:
        """Stop the side-set now and go to the log."""
        self._run(self.engine.end_set)

    def accept(self, log: SideLog) -> None:
        """Log the side-set; it is in the database when this returns."""
        self._run(lambda: self.engine.accept(log))

    def skip_set(self) -> None:
        """Leave out the current side-set."""
        self._run(self.engine.skip_set)

    def add_rest(self) -> None:
        """Fifteen more seconds of rest."""
        self._run(self.engine.add_rest)

    def skip_rest(self) -> None:
        """End the rest now."""
        self._run(self.engine.skip_rest)

    def pause(self) -> None:
        """Freeze every timer."""
        self._run(self.engine.pause)

    def resume(self) -> None:
        """Carry on after a pause."""
        self._run(self.engine.resume)

    def finish_early(self) -> None:
        """End the session now; what was logged stays logged."""
        self._run(self.engine.finish_early)

    def stop(self) -> None:
        """Stop the timer (the view is going away)."""
        self._timer.stop()

    # -- inner workings ----------------------------------------------------

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
                self.cue_sink.say(event.text)
            elif isinstance(event, SideSetAccepted):
                record_set(self.db, self.session_id, event.entry)
                self.side_set_recorded.emit(event.entry)
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
        finish_session(self.db, self.session_id)
        self.app.history_changed.emit()
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


def _database(app: AppController) -> Database:
    if app.db is None:
        raise RuntimeError("the database is not open yet")
    return app.db


def _athlete_id(app: AppController) -> int:
    if app.athlete is None:
        raise RuntimeError("no athlete is chosen yet")
    return app.athlete.id


def plan_named(app: AppController, name: str) -> Plan:
    """The built-in plan or one of the athlete's saved plans, by name.

    A missing saved plan raises the storage layer's `NotFoundError`.
    """
    if name == BUILTIN_PLAN_NAME:
        return builtin_plan(app.exercises())
    return load_plan(_database(app), _athlete_id(app), name)


def _engine_for(
    app: AppController, plan: Plan, clock: Clock, mode: CountingMode, count_in_s: float,
    now: datetime,
) -> SessionEngine:
    """An engine that knows the weaker leg and last time's loads for this plan."""
    db, athlete_id = _database(app), _athlete_id(app)
    exercise_ids = {item.exercise_id for item in plan.items}
    recent = [
        entry
        for exercise_id in exercise_ids
        for entry in sets_for(db, athlete_id, exercise_id, now - WEAKER_LEG_WINDOW, None)
    ]
    last_time = {
        (exercise_id, side): entries[-1]
        for exercise_id, by_side in last_sets(db, athlete_id, exercise_ids).items()
        for side, entries in by_side.items()
        if entries
    }
    return SessionEngine(
        plan, clock, mode=mode, weaker=weaker_leg(recent), last_time=last_time,
        count_in_s=count_in_s,
    )


def new_session(
    app: AppController,
    plan: Plan,
    clock: Clock,
    cue_sink: CueSink,
    *,
    mode: CountingMode = CountingMode.TEMPO,
    count_in_s: float = 3.0,
    autotick: bool = True,
) -> SessionController:
    """Open a session for `plan` in the database and a controller to run it."""
    now = datetime.now(UTC)
    engine = _engine_for(app, plan, clock, mode, count_in_s, now)
    session_id = start_session(_database(app), _athlete_id(app), plan.name, started_at=now)
    return SessionController(app, engine, session_id, cue_sink, autotick=autotick)


def resume_session(
    app: AppController,
    info: SessionInfo,
    clock: Clock,
    cue_sink: CueSink,
    *,
    mode: CountingMode = CountingMode.TEMPO,
    count_in_s: float = 3.0,
    autotick: bool = True,
) -> SessionController:
    """Carry on with a session left open (the app was closed or killed mid-session).

    The sets already stored stay as they are; the session continues at the
    side-set after the last one recorded. Raises `NotFoundError` if its plan
    is gone and `ValidationError` if the plan no longer fits its sets.
    """
    plan = plan_named(app, info.plan_name)
    recorded: list[SetEntry] = sets_for_session(_database(app), info.id)
    engine = _engine_for(app, plan, clock, mode, count_in_s, info.started_at)
    try:
        engine.restore(recorded)
    except ValidationError as error:
        raise ValidationError(
            QCoreApplication.translate(
                "SessionController", "The session “{plan}” cannot be resumed: {error}"
            ).format(plan=info.plan_name, error=error)
        ) from error
    return SessionController(app, engine, info.id, cue_sink, autotick=autotick)


def queued_plan(app: AppController) -> Plan | None:
    """A plan of the exercises queued from the Library (each at its usual dose), or None."""
    exercises = [e for e in map(app.exercise, app.session_queue) if e is not None]
    if not exercises:
        return None
    return plan_of(exercises, QUEUE_PLAN_NAME)


def saved_plan_names(app: AppController) -> list[str]:
    """The athlete's own plans, alphabetically."""
    return list_plans(_database(app), _athlete_id(app))


def save_user_plan(app: AppController, plan: Plan) -> None:
    """Store (or replace) one of the athlete's plans."""
    save_plan(_database(app), _athlete_id(app), plan)


def delete_user_plan(app: AppController, name: str) -> None:
    """Remove one of the athlete's plans (sessions done with it keep their sets)."""
    delete_plan(_database(app), _athlete_id(app), name)


def unfinished(app: AppController) -> SessionInfo | None:
    """The athlete's session left open by a crash, if any."""
    return unfinished_session(_database(app), _athlete_id(app))


def end_unfinished(app: AppController, info: SessionInfo) -> None:
    """Close a session left open without resuming it; its sets stay in the history."""
    abandon_session(_database(app), info.id)
    app.history_changed.emit()
