"""The session engine: a pure state machine that runs a plan, one leg and one set at a time.

The engine never reads time on its own initiative: the UI calls `tick()` from a
timer, and commands (`start()`, `accept()`, …) at the athlete's request. Every
reaction comes out as plain event values collected in a queue; the caller
takes them with `drain_events()` after each call and turns them into sounds,
speech and redraws. `snapshot()` tells a view everything it draws, and
`available_commands()` and `command_for()` say what the athlete may do now and
what a press of a key or clicker means, so a view keeps no copy of these rules.
A command that makes no sense in the current state raises `InvalidTransition`
and changes nothing, events included.

What the athlete reads or hears (the next-up line, the spoken cues) comes out
as structured values (`NextUp`, `Speech`) that the UI puts into words in the
user's language; `str()` of each is the English wording.

Time-based transitions (count-in over, rest over) happen only in `tick()` and
are placed at the instant they were due, not at the instant `tick()` noticed,
so a late timer neither shortens nor stretches anything. Pausing freezes the
engine's own time base, which shifts every timer by exactly the pause.
"""

import dataclasses
import math
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from app.domain.clock import Clock
from app.domain.errors import LegworkError, ValidationError
from app.domain.messages import message
from app.domain.plan import Plan
from app.domain.records import SetEntry
from app.domain.side_order import sides_for_set
from app.domain.sides import Side
from app.domain.tempo import Phase, TempoClock

DEFAULT_COUNT_IN_S = 3.0
REST_WARNING_S = 3.0
"""The `rest_end` cue sounds this long before a rest runs out."""
DEFAULT_ADDED_REST_S = 15.0
LAST_REPS_REMAINING = 2


class InvalidTransition(LegworkError):
    """A command that the session cannot carry out in its current state."""


class SessionState(StrEnum):
    """Where the session is; `READY` waits for `start()` before each side-set."""

    READY = "ready"
    COUNT_IN = "count_in"
    WORKING = "working"
    SIDE_DONE = "side_done"
    REST = "rest"
    PAUSED = "paused"
    SESSION_DONE = "session_done"


_CORRECTABLE = frozenset({SessionState.READY, SessionState.REST, SessionState.PAUSED,
                          SessionState.SESSION_DONE})
"""States in which a side-set already logged may be corrected: never mid-side or on its log."""


class CountingMode(StrEnum):
    """Who counts reps: the tempo clock (one per completed cycle) or the athlete's taps."""

    TEMPO = "tempo"
    MANUAL = "manual"


class Command(StrEnum):
    """Something the athlete can ask the session to do; `available_commands()` says when."""

    START = "start"
    COUNT_REP = "count_rep"
    UNDO_REP = "undo_rep"
    END_SET = "end_set"
    LOG_SET = "log_set"
    SKIP_SET = "skip_set"
    ADD_REST = "add_rest"
    SKIP_REST = "skip_rest"
    PAUSE = "pause"
    RESUME = "resume"
    FINISH = "finish"
    CORRECT_SET = "correct_set"
    """Change what was logged for a side-set already accepted (the last one, say)."""


class Control(StrEnum):
    """What the athlete presses, whatever the device (keyboard, clicker, headset, screen).

    `NEXT` is the one "go on" press (Space, Page Down, a clicker's forward
    button); `CONFIRM` is Enter; `BACK` takes a rep back; `PAUSE` pauses or
    resumes; `CORRECT` opens the last logged side-set for a correction.
    `SessionEngine.command_for` says what each means right now.
    """

    NEXT = "next"
    CONFIRM = "confirm"
    BACK = "back"
    PAUSE = "pause"
    CORRECT = "correct"


class Cue(StrEnum):
    """Sound cues; each value is the name of a sound file."""

    COUNT_IN = "count_in"
    GO = "go"
    PHASE = "phase"
    REP = "rep"
    LAST_REPS = "last_reps"
    SET_DONE = "set_done"
    REST_END = "rest_end"
    SWITCH_LEGS = "switch_legs"


@dataclass(frozen=True)
class SetRef:
    """One side-set of the session: the plan item, the set number (from 1) and the leg."""

    item_index: int
    set_number: int
    side: Side


class SpeechKind(StrEnum):
    """The kinds of thing the session says aloud."""

    COUNT = "count"
    """A number: the count-in (3, 2, 1) or the rep just counted."""
    DOWN = "down"
    HOLD = "hold"
    UP = "up"
    SWITCH_LEGS = "switch_legs"


_PHASE_SPEECH: dict[Phase, SpeechKind] = {
    "eccentric": SpeechKind.DOWN,
    "bottom": SpeechKind.HOLD,
    "concentric": SpeechKind.UP,
    "top": SpeechKind.HOLD,
}


@dataclass(frozen=True)
class Speech:
    """One spoken cue: what kind, and the number or the leg it is about."""

    kind: SpeechKind
    number: int | None = None
    side: Side | None = None

    def __str__(self) -> str:
        """The cue in English ("3", "down", "switch to your right leg")."""
        if self.kind is SpeechKind.COUNT:
            return str(self.number)
        if self.kind is SpeechKind.SWITCH_LEGS:
            side = self.side.value if self.side is not None else "other"
            return f"switch to your {side} leg"
        return self.kind.value


@dataclass(frozen=True)
class StepInfo:
    """One side-set described for the athlete: the exercise, which set of how many, the leg."""

    exercise_name: str
    set_number: int
    set_count: int
    side: Side

    def __str__(self) -> str:
        leg = "both legs" if self.side is Side.BOTH else f"{self.side.label} leg"
        return f"{self.exercise_name}, set {self.set_number} of {self.set_count}, {leg}"


class NextUpKind(StrEnum):
    """What the next-up line talks about."""

    UP_NEXT = "up_next"
    """Resting: `step` is the side-set the rest leads to."""
    THEN_REST = "then_rest"
    """Ready, working or logging: `rest_s` of rest follow, then `step`."""
    LAST_SET = "last_set"
    """Ready for, working or logging the session's last side-set."""
    SESSION_DONE = "session_done"


@dataclass(frozen=True)
class NextUp:
    """The line under the counter that says what comes after this."""

    kind: NextUpKind
    step: StepInfo | None = None
    rest_s: float = 0.0

    def __str__(self) -> str:
        """The line in English."""
        if self.kind is NextUpKind.SESSION_DONE:
            return "Session complete"
        if self.kind is NextUpKind.LAST_SET:
            return "Last set of the session"
        if self.kind is NextUpKind.UP_NEXT:
            return f"Up next: {self.step}"
        return f"Then {self.rest_s:g} s rest, then {self.step}"


@dataclass(frozen=True)
class SideLog:
    """What the athlete logs for one side-set; checked by `SessionEngine.accept`.

    It is a form's contents, so it may hold bad values until accepted.
    """

    reps: int
    load_kg: float
    rpe: float | None = None
    rir: int | None = None
    touchdowns: int = 0
    form_knee: bool | None = None
    form_hips: bool | None = None
    notes: str = ""


@dataclass(frozen=True)
class StateChanged:
    """The session moved from `old` to `new`."""

    old: SessionState
    new: SessionState


@dataclass(frozen=True)
class CueRequested:
    """Play the sound named `cue`."""

    cue: Cue


@dataclass(frozen=True)
class SpeechRequested:
    """Say `speech` aloud (for athletes who prefer words to tones)."""

    speech: Speech


@dataclass(frozen=True)
class SideSetAccepted:
    """A side-set was logged; emitted exactly once per side-set, for storage to save."""

    entry: SetEntry
    ref: SetRef


@dataclass(frozen=True)
class SideSetCorrected:
    """A side-set accepted earlier now reads `entry` (it was `previous`); stored first."""

    entry: SetEntry
    ref: SetRef
    previous: SetEntry


@dataclass(frozen=True)
class SessionEnded:
    """The session is over; `early` when the athlete finished before the plan did."""

    early: bool


SessionEvent = (StateChanged | CueRequested | SpeechRequested | SideSetAccepted
                | SideSetCorrected | SessionEnded)


@dataclass(frozen=True)
class SessionSnapshot:
    """Everything a session view draws, at one instant.

    `state` is the engine's state (`PAUSED` while paused); `stage` is the state
    the session is paused in, or the same as `state`, so a view can keep the
    rest timer or the rep counter on screen under a "paused" overlay. The
    exercise fields describe the current side-set (in `REST` and `READY`, the
    one coming up). `phase` is None outside tempo-paced work.
    """

    state: SessionState
    stage: SessionState
    paused: bool
    exercise_id: str
    exercise_name: str
    item_index: int
    item_count: int
    set_number: int
    set_count: int
    side: Side
    target_reps: int
    count: int
    load_kg: float
    tempo: str
    phase: Phase | None
    phase_fraction: float
    phase_remaining: float
    count_in_remaining: float
    rest_remaining: float
    next_up: NextUp
    last_time: SetEntry | None


class _SessionTime:
    """The engine's time base: the injected clock with paused stretches cut out."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._paused_total = 0.0
        self._paused_at: float | None = None

    def now(self) -> float:
        raw = self._paused_at if self._paused_at is not None else self._clock.now()
        return raw - self._paused_total

    def pause(self) -> None:
        self._paused_at = self._clock.now()

    def resume(self) -> None:
        if self._paused_at is not None:
            self._paused_total += self._clock.now() - self._paused_at
            self._paused_at = None


def _utc_now() -> datetime:
    return datetime.now(UTC)


LeaveOut = Callable[[Plan, Mapping[SetRef, SetEntry], Sequence[SetRef]], Collection[SetRef]]
"""Which of the side-sets still to come are no longer needed, given those accepted so far."""


class SessionEngine:
    """Runs a plan: count-in, reps, the per-leg log, rests, to the end of the session.

    `weaker` is the weaker leg if known (see `side_order.weaker_leg`); it
    decides the order of `WEAKER_FIRST` items. With `match_weaker` the second
    leg of a set aims for no more reps than the first leg logged (never fewer
    than 1). `last_time` maps (exercise id, side) to the last logged entry and
    prefills the load. `wall_clock` stamps entries with an aware UTC datetime.
    `leave_out` names, after each accepted side-set, the side-sets still to
    come that are no longer needed (a calibration session's leg that failed a
    try); they are dropped unrecorded.
    """

    def __init__(
        self,
        plan: Plan,
        clock: Clock,
        *,
        mode: CountingMode = CountingMode.TEMPO,
        weaker: Side | None = None,
        last_time: Mapping[tuple[str, Side], SetEntry] | None = None,
        match_weaker: bool = True,
        count_in_s: float = DEFAULT_COUNT_IN_S,
        wall_clock: Callable[[], datetime] = _utc_now,
        leave_out: LeaveOut | None = None,
    ) -> None:
        if not count_in_s >= 0:
            raise ValidationError(message(
                "The count-in cannot be negative (got {seconds:g} s).", seconds=count_in_s))
        self.plan = plan
        self.mode = mode
        self.match_weaker = match_weaker
        self._time = _SessionTime(clock)
        self._last_time = dict(last_time or {})
        self._count_in_s = count_in_s
        self._wall_clock = wall_clock
        self._leave_out = leave_out
        self._steps = tuple(
            SetRef(item_index, set_index + 1, side)
            for item_index, item in enumerate(plan.items)
            for set_index in range(item.sets)
            for side in sides_for_set(
                item.side_order, set_index, item.first or weaker, unilateral=item.unilateral
            )
            # A leg with its own, shorter prescription sits out the sets beyond it.
            if set_index < item.sets_for(side)
        )
        self._cursor = 0
        self._state = SessionState.READY
        self._paused_from: SessionState | None = None
        self._count = 0
        self._count_in_start = 0.0
        self._count_in_marks = 0
        self._rest_end = 0.0
        self._rest_warned = False
        self._tempo_clock: TempoClock | None = None
        self._accepted: dict[SetRef, SetEntry] = {}
        self._events: list[SessionEvent] = []

    # -- reading -----------------------------------------------------------

    @property
    def state(self) -> SessionState:
        """The current state."""
        return self._state

    @property
    def count(self) -> int:
        """Reps counted in the current side-set."""
        return self._count

    @property
    def steps(self) -> tuple[SetRef, ...]:
        """Every side-set of the session in the order they will be done."""
        return self._steps

    @property
    def current(self) -> SetRef:
        """The side-set under way, the next one while resting or ready, the last one after."""
        return self._steps[min(self._cursor, len(self._steps) - 1)]

    def entries(self) -> dict[SetRef, SetEntry]:
        """Accepted side-sets as they stand now (after any corrections), in order done."""
        return dict(self._accepted)

    def last_logged(self) -> SetRef | None:
        """The side-set accepted most recently (a correction keeps its place), or None."""
        return next(reversed(self._accepted), None)

    def describe(self, ref: SetRef) -> StepInfo:
        """A side-set of this session described for the athlete."""
        return self._describe(ref)

    def logged_as_form(self, ref: SetRef) -> SideLog:
        """What was accepted for `ref`, as the log form shows it for a correction."""
        entry = self._accepted.get(ref)
        if entry is None:
            raise InvalidTransition("That side-set has not been logged, so there is nothing "
                                    "to correct.")
        return SideLog(reps=entry.reps, load_kg=entry.load_kg, rpe=entry.rpe, rir=entry.rir,
                       touchdowns=entry.touchdowns, form_knee=entry.form_knee,
                       form_hips=entry.form_hips, notes=entry.notes)

    def target_reps(self) -> int:
        """The reps the current side-set aims for.

        The plan's top of the range, capped for the second leg of a set by what
        the first leg logged when `match_weaker` is on.
        """
        index = min(self._cursor, len(self._steps) - 1)
        ref = self._steps[index]
        target = self.plan.items[ref.item_index].reps_max_for(ref.side)
        if self.match_weaker and index > 0:
            previous = self._steps[index - 1]
            first = self._accepted.get(previous)
            same_set = (previous.item_index, previous.set_number) == (
                ref.item_index, ref.set_number,
            )
            if same_set and first is not None:
                # A target of 0 would end the set before it began; 1 keeps it a set.
                target = max(1, min(target, first.reps))
        return target

    def prefill(self) -> SideLog:
        """The log form's starting values: the counted reps and last time's load."""
        self._require(Command.LOG_SET, "fill in the log")
        return SideLog(reps=self._count, load_kg=self._planned_load())

    def snapshot(self) -> SessionSnapshot:
        """What a view shows right now."""
        ref = self.current
        item = self.plan.items[ref.item_index]
        stage = self._paused_from or self._state
        now = self._time.now()
        phase: Phase | None = None
        fraction = remaining = 0.0
        if stage is SessionState.WORKING and self._tempo_clock is not None:
            position = self._tempo_clock.position()
            phase, fraction, remaining = position.phase, position.fraction, position.remaining
        count_in_remaining = (
            max(0.0, self._count_in_start + self._count_in_s - now)
            if stage is SessionState.COUNT_IN else 0.0
        )
        rest_remaining = max(0.0, self._rest_end - now) if stage is SessionState.REST else 0.0
        return SessionSnapshot(
            state=self._state,
            stage=stage,
            paused=self._state is SessionState.PAUSED,
            exercise_id=item.exercise_id,
            exercise_name=item.exercise_name,
            item_index=ref.item_index,
            item_count=len(self.plan.items),
            set_number=ref.set_number,
            set_count=item.sets_for(ref.side),
            side=ref.side,
            target_reps=self.target_reps(),
            count=self._count,
            load_kg=self._planned_load(),
            tempo=item.tempo,
            phase=phase,
            phase_fraction=fraction,
            phase_remaining=remaining,
            count_in_remaining=count_in_remaining,
            rest_remaining=rest_remaining,
            next_up=self._next_up(stage),
            last_time=self._last_time.get((item.exercise_id, ref.side)),
        )

    def available_commands(self) -> frozenset[Command]:
        """What the athlete may ask for now; every other command raises `InvalidTransition`."""
        state = self._state
        allowed: set[Command] = set()
        if state is SessionState.READY:
            allowed |= {Command.START, Command.SKIP_SET}
        elif state is SessionState.COUNT_IN:
            allowed |= {Command.PAUSE, Command.SKIP_SET}
        elif state is SessionState.WORKING:
            allowed |= {Command.END_SET, Command.PAUSE, Command.SKIP_SET}
            if self.mode is CountingMode.MANUAL:
                allowed.add(Command.COUNT_REP)
        elif state is SessionState.SIDE_DONE:
            allowed |= {Command.LOG_SET, Command.PAUSE, Command.SKIP_SET}
        elif state is SessionState.REST:
            allowed |= {Command.ADD_REST, Command.SKIP_REST, Command.PAUSE, Command.SKIP_SET}
        elif state is SessionState.PAUSED:
            allowed.add(Command.RESUME)
        if state in (SessionState.WORKING, SessionState.SIDE_DONE) and self._count > 0:
            allowed.add(Command.UNDO_REP)
        if state is not SessionState.SESSION_DONE:
            allowed.add(Command.FINISH)
        if self._accepted and state in _CORRECTABLE:
            allowed.add(Command.CORRECT_SET)
        return frozenset(allowed)

    def primary_command(self) -> Command | None:
        """The one "go on" step of this moment (the big button), or None while counting in."""
        state = self._state
        if state is SessionState.WORKING:
            return Command.COUNT_REP if self.mode is CountingMode.MANUAL else Command.END_SET
        return {
            SessionState.READY: Command.START,
            SessionState.SIDE_DONE: Command.LOG_SET,
            SessionState.REST: Command.SKIP_REST,
            SessionState.PAUSED: Command.RESUME,
        }.get(state)

    def command_for(self, control: Control) -> Command | None:
        """What a press of `control` does now, or None when it does nothing.

        `NEXT` never ends a tempo-paced set or a rest: a stray tap of a clicker
        while the clock counts must not cut the set short. `CONFIRM` (Enter)
        ends a set in either counting mode.
        """
        available = self.available_commands()
        if control is Control.CORRECT:
            return Command.CORRECT_SET if Command.CORRECT_SET in available else None
        if control is Control.PAUSE:
            return next((c for c in (Command.RESUME, Command.PAUSE) if c in available), None)
        if control is Control.BACK:
            return Command.UNDO_REP if Command.UNDO_REP in available else None
        if control is Control.CONFIRM and self._state is SessionState.WORKING:
            return Command.END_SET
        tempo_working = (self._state is SessionState.WORKING
                         and self.mode is CountingMode.TEMPO)
        if control is Control.NEXT and (self._state is SessionState.REST or tempo_working):
            return None
        return self.primary_command()

    def seconds_until_due(self) -> float | None:
        """Seconds until `tick()` next has a cue or a transition to make, or None.

        None means nothing happens on its own (ready, paused, waiting for the
        log, manual counting). A timer armed for exactly this long makes cues
        sound on time instead of up to one polling interval late.
        """
        now = self._time.now()
        if self._state is SessionState.COUNT_IN:
            marks = math.ceil(self._count_in_s)
            due = self._count_in_start + self._count_in_s
            if self._count_in_marks < marks:
                left = marks - self._count_in_marks
                due = self._count_in_start + max(0.0, self._count_in_s - left)
        elif self._state is SessionState.REST:
            due = self._rest_end if self._rest_warned else self._rest_end - REST_WARNING_S
        elif self._state is SessionState.WORKING and self._tempo_clock is not None:
            return self._tempo_clock.position().remaining
        else:
            return None
        return max(0.0, due - now)

    def drain_events(self) -> list[SessionEvent]:
        """Events produced since the last call, oldest first; the queue is then empty."""
        events, self._events = self._events, []
        return events

    # -- commands ----------------------------------------------------------

    def start(self) -> None:
        """Begin the count-in for the current side-set."""
        self._require(Command.START, "start")
        self._begin_count_in(self._time.now())

    def tick(self) -> None:
        """Carry out whatever time has made due; harmless in every state."""
        now = self._time.now()
        while True:
            if self._state is SessionState.COUNT_IN:
                self._announce_count_in(now)
                due = self._count_in_start + self._count_in_s
                if now < due:
                    return
                self._begin_working(due)
            elif self._state is SessionState.REST:
                if not self._rest_warned and now >= self._rest_end - REST_WARNING_S:
                    self._rest_warned = True
                    self._cue(Cue.REST_END)
                if now < self._rest_end:
                    return
                self._begin_count_in(self._rest_end)
            else:
                if self._state is SessionState.WORKING and self._tempo_clock is not None:
                    self._follow_tempo(self._tempo_clock)
                return

    def count_rep(self) -> None:
        """Count one rep by hand (manual counting mode)."""
        if self.mode is not CountingMode.MANUAL:
            raise InvalidTransition("Reps are counted by the tempo clock in tempo mode.")
        self._require(Command.COUNT_REP, "count a rep")
        self._add_rep()

    def undo_rep(self) -> None:
        """Take back the last counted rep."""
        if self._state in (SessionState.WORKING, SessionState.SIDE_DONE) and self._count == 0:
            raise InvalidTransition("There is no rep to undo.")
        self._require(Command.UNDO_REP, "undo a rep")
        self._count -= 1

    def end_set(self) -> None:
        """Stop the set now (done, or form broke) and go to the log."""
        self._require(Command.END_SET, "end the set")
        self._finish_side()

    def accept(self, log: SideLog, persist: Callable[[SetEntry], object] | None = None) -> None:
        """Record the side-set as logged, then rest (or end the session after the last one).

        `persist(entry)` is called with the checked entry before anything else
        happens: the session moves on only once it has returned, so a set is
        stored before the screen says so. If it raises, the engine stays on the
        log, unchanged and with no events, and the athlete can try again.
        """
        self._require(Command.LOG_SET, "log the set")
        ref = self.current
        item = self.plan.items[ref.item_index]
        # SetEntry checks every value (validate_set_values) before anything is changed.
        entry = SetEntry(
            exercise_id=item.exercise_id,
            side=ref.side,
            set_number=ref.set_number,
            reps=log.reps,
            load_kg=log.load_kg,
            tempo=item.tempo,
            recorded_at=self._wall_clock(),
            rpe=log.rpe,
            rir=log.rir,
            touchdowns=log.touchdowns,
            progression_level=item.level_for(ref.side),
            form_knee=log.form_knee,
            form_hips=log.form_hips,
            notes=log.notes,
        )
        if persist is not None:
            persist(entry)
        self._accepted[ref] = entry
        self._events.append(SideSetAccepted(entry, ref))
        self._drop_left_out(self._cursor + 1)
        if self._cursor + 1 >= len(self._steps):
            self._end_session(early=False)
            return
        rest = self._rest_after(self._cursor)
        self._move_on()
        self._begin_rest(rest, finished_side=ref.side)

    def correct(
        self, ref: SetRef, log: SideLog, persist: Callable[[SetEntry], object] | None = None,
    ) -> SetEntry:
        """Replace what was logged for the accepted side-set `ref`; returns the new entry.

        Only the logged values change (reps, load, effort, touch-downs, form
        answers, notes); the exercise, leg, set number, tempo and the moment it
        was recorded stay. As with `accept`, `persist(entry)` runs first and the
        engine changes only once it has returned, so a correction is stored
        before the screen shows it; bad values raise `ValidationError` and a
        failed `persist` raises with nothing changed. The session's state does
        not move: a rest or a ready side-set carries on as it was. A corrected
        first leg changes what the second leg of that set aims for.
        """
        self._require(Command.CORRECT_SET, "correct a set")
        previous = self._accepted.get(ref)
        if previous is None:
            raise InvalidTransition("That side-set has not been logged, so there is nothing "
                                    "to correct.")
        # replace() builds a new SetEntry, which checks every value before anything changes.
        entry = dataclasses.replace(
            previous, reps=log.reps, load_kg=log.load_kg, rpe=log.rpe, rir=log.rir,
            touchdowns=log.touchdowns, form_knee=log.form_knee, form_hips=log.form_hips,
            notes=log.notes,
        )
        if persist is not None:
            persist(entry)
        self._accepted[ref] = entry
        self._events.append(SideSetCorrected(entry, ref, previous))
        return entry

    def restore(self, entries: Iterable[SetEntry]) -> None:
        """Take back side-sets already recorded for this plan (resuming after a crash).

        Each entry is matched to the first open side-set of the plan with the
        same exercise, set number and leg; the session then waits in `READY`
        at the side-set after the last one recorded, and the entries count as
        accepted (the second leg of a set aims for what the first leg logged).
        If the legs of a set were recorded in the other order than this
        engine planned (the weaker leg may have changed since), the recorded
        order wins. If everything was recorded, the session ends. Only a fresh
        engine can restore; an entry that fits no open side-set raises
        `ValidationError` and changes nothing.
        """
        if self._state is not SessionState.READY or self._cursor or self._accepted:
            raise InvalidTransition("Only a session that has not started can be restored.")
        steps = list(self._steps)
        accepted: dict[SetRef, SetEntry] = {}
        last = -1
        for entry in entries:
            index = next(
                (
                    i for i, ref in enumerate(steps)
                    if ref not in accepted
                    and self.plan.items[ref.item_index].exercise_id == entry.exercise_id
                    and (ref.set_number, ref.side) == (entry.set_number, entry.side)
                ),
                None,
            )
            if index is None:
                raise ValidationError(message(
                    "Set {number} of {exercise} ({side}) is not part of the plan {plan!r}.",
                    number=entry.set_number, exercise=entry.exercise_id, side=entry.side,
                    plan=self.plan.name))
            ref = steps[index]
            # Recorded legs go first within their set, in the order they were recorded.
            first_open = next(
                i for i, other in enumerate(steps)
                if (other.item_index, other.set_number) == (ref.item_index, ref.set_number)
                and other not in accepted
            )
            steps.insert(first_open, steps.pop(index))
            accepted[ref] = entry
            last = max(last, first_open)
        self._steps = tuple(steps)
        self._accepted = accepted
        self._cursor = last + 1
        self._drop_left_out(self._cursor)
        if self._cursor >= len(self._steps):
            self._end_session(early=False)

    def skip_set(self) -> None:
        """Leave out the current (or, while resting, the coming) side-set unrecorded."""
        self._require(Command.SKIP_SET, "skip a set")
        self._tempo_clock = None
        if self._cursor + 1 >= len(self._steps):
            self._end_session(early=False)
            return
        self._move_on()
        self._set_state(SessionState.READY)

    def add_rest(self, seconds: float = DEFAULT_ADDED_REST_S) -> None:
        """Make the current rest longer."""
        self._require(Command.ADD_REST, "add rest")
        if not seconds > 0:
            raise ValidationError(message(
                "Added rest must be more than 0 seconds (got {seconds:g}).", seconds=seconds))
        self._rest_end += seconds
        if self._time.now() < self._rest_end - REST_WARNING_S:
            # The warning already given no longer holds: warn again before the new end.
            self._rest_warned = False

    def skip_rest(self) -> None:
        """End the rest now and count in the next side-set."""
        self._require(Command.SKIP_REST, "skip the rest")
        self._begin_count_in(self._time.now())

    def pause(self) -> None:
        """Freeze every timer until `resume()`."""
        self._require(Command.PAUSE, "pause")
        self._time.pause()
        self._paused_from = self._state
        self._set_state(SessionState.PAUSED)

    def resume(self) -> None:
        """Carry on from the instant `pause()` froze."""
        self._require(Command.RESUME, "resume")
        self._time.resume()
        resumed = self._paused_from
        assert resumed is not None  # PAUSED is only ever entered through pause()
        self._paused_from = None
        self._set_state(resumed)

    def finish_early(self) -> None:
        """End the session now; a side-set not yet accepted is not recorded."""
        if self._state is SessionState.SESSION_DONE:
            raise InvalidTransition("The session has already ended.")
        if self._paused_from is not None:
            self._time.resume()
            self._paused_from = None
        self._tempo_clock = None
        self._end_session(early=True)

    # -- inner workings ----------------------------------------------------

    def _require(self, command: Command, action: str) -> None:
        if command not in self.available_commands():
            raise InvalidTransition(
                f"Cannot {action} now: the session is {self._state.value.replace('_', ' ')}."
            )

    def _set_state(self, new: SessionState) -> None:
        old, self._state = self._state, new
        self._events.append(StateChanged(old, new))

    def _cue(self, cue: Cue) -> None:
        self._events.append(CueRequested(cue))

    def _say(self, speech: Speech) -> None:
        self._events.append(SpeechRequested(speech))

    def _planned_load(self) -> float:
        ref = self.current
        item = self.plan.items[ref.item_index]
        leg = item.leg(ref.side)
        if leg is not None:
            # The block's prescription for this leg comes before last time's load.
            return leg.load_kg
        last = self._last_time.get((item.exercise_id, ref.side))
        return last.load_kg if last is not None else item.load_kg

    def _rest_after(self, index: int) -> float:
        ref, following = self._steps[index], self._steps[index + 1]
        item = self.plan.items[ref.item_index]
        same_set = (ref.item_index, ref.set_number) == (following.item_index, following.set_number)
        return float(item.rest_between_sides_s if same_set else item.rest_between_sets_s)

    def _drop_left_out(self, start: int) -> None:
        if self._leave_out is None:
            return
        remaining = self._steps[start:]
        dropped = self._leave_out(self.plan, self._accepted, remaining)
        if dropped:
            self._steps = self._steps[:start] + tuple(r for r in remaining if r not in dropped)

    def _move_on(self) -> None:
        self._cursor += 1
        self._count = 0

    def _begin_count_in(self, at: float) -> None:
        self._count_in_start = at
        self._count_in_marks = 0
        self._set_state(SessionState.COUNT_IN)

    def _announce_count_in(self, now: float) -> None:
        """Beep and speak 3, 2, 1 on the whole seconds left, each exactly once."""
        marks = math.ceil(self._count_in_s)
        while self._count_in_marks < marks:
            left = marks - self._count_in_marks
            if now < self._count_in_start + max(0.0, self._count_in_s - left):
                return
            self._count_in_marks += 1
            self._cue(Cue.COUNT_IN)
            self._say(Speech(SpeechKind.COUNT, number=left))

    def _begin_working(self, at: float) -> None:
        self._set_state(SessionState.WORKING)
        if self.mode is CountingMode.TEMPO:
            item = self.plan.items[self.current.item_index]
            self._tempo_clock = TempoClock(item.tempo_value, self._time)
            self._tempo_clock.start(at)
        else:
            self._cue(Cue.GO)

    def _follow_tempo(self, tempo_clock: TempoClock) -> None:
        for event in tempo_clock.poll():
            if event.kind == "rep":
                self._add_rep()
                if self._state is not SessionState.WORKING:
                    return
            else:
                starts_rep = event.phase == tempo_clock.tempo.phases[0]
                self._cue(Cue.GO if starts_rep else Cue.PHASE)
                self._say(Speech(_PHASE_SPEECH[event.phase]))

    def _add_rep(self) -> None:
        self._count += 1
        self._cue(Cue.REP)
        self._say(Speech(SpeechKind.COUNT, number=self._count))
        target = self.target_reps()
        if self._count >= target:
            self._finish_side()
        elif target - self._count == LAST_REPS_REMAINING:
            self._cue(Cue.LAST_REPS)

    def _finish_side(self) -> None:
        self._tempo_clock = None
        self._cue(Cue.SET_DONE)
        self._set_state(SessionState.SIDE_DONE)

    def _begin_rest(self, seconds: float, finished_side: Side) -> None:
        self._rest_end = self._time.now() + seconds
        # A rest too short to warn about goes straight into the count-in beeps.
        self._rest_warned = seconds <= REST_WARNING_S
        self._set_state(SessionState.REST)
        upcoming = self.current.side
        if Side.BOTH not in (finished_side, upcoming) and upcoming is not finished_side:
            self._cue(Cue.SWITCH_LEGS)
            self._say(Speech(SpeechKind.SWITCH_LEGS, side=upcoming))

    def _end_session(self, *, early: bool) -> None:
        self._cursor = len(self._steps)
        self._set_state(SessionState.SESSION_DONE)
        self._events.append(SessionEnded(early))

    def _describe(self, ref: SetRef) -> StepInfo:
        item = self.plan.items[ref.item_index]
        return StepInfo(item.exercise_name, ref.set_number, item.sets_for(ref.side), ref.side)

    def _next_up(self, stage: SessionState) -> NextUp:
        if stage is SessionState.SESSION_DONE:
            return NextUp(NextUpKind.SESSION_DONE)
        if stage is SessionState.REST:
            return NextUp(NextUpKind.UP_NEXT, self._describe(self.current))
        # Ready, the side-set on screen is this one: the line names what follows it.
        if self._cursor + 1 >= len(self._steps):
            return NextUp(NextUpKind.LAST_SET)
        return NextUp(NextUpKind.THEN_REST, self._describe(self._steps[self._cursor + 1]),
                      self._rest_after(self._cursor))
