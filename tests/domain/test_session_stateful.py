"""Random event sequences against the session engine, checking what must always hold."""

from datetime import UTC, datetime

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from app.domain.errors import LegworkError
from app.domain.plan import Plan, PlanItem
from app.domain.session import (
    Command,
    Control,
    CountingMode,
    InvalidTransition,
    SessionEngine,
    SessionEvent,
    SessionState,
    SetRef,
    SideLog,
    SideSetAccepted,
    StateChanged,
)
from app.domain.side_order import SideOrder
from app.domain.sides import Side
from tests.fakes import FakeClock

WHEN = datetime(2025, 6, 3, 7, 30, tzinfo=UTC)
COMMAND_METHODS = {
    Command.START: "start", Command.COUNT_REP: "count_rep", Command.UNDO_REP: "undo_rep",
    Command.END_SET: "end_set", Command.SKIP_SET: "skip_set", Command.ADD_REST: "add_rest",
    Command.SKIP_REST: "skip_rest", Command.PAUSE: "pause", Command.RESUME: "resume",
    Command.FINISH: "finish_early",
}
SIDES = st.sampled_from([Side.LEFT, Side.RIGHT, None])


def expected_first(order: SideOrder, set_number: int, weaker: Side | None) -> Side:
    """The spec's side-order rules, stated independently of the engine."""
    if order is SideOrder.LEFT_FIRST:
        return Side.LEFT
    if order is SideOrder.ALTERNATE:
        return Side.LEFT if set_number % 2 == 1 else Side.RIGHT
    return Side.RIGHT if weaker is Side.RIGHT else Side.LEFT


class SessionMachine(RuleBasedStateMachine):
    """Presses the session screen's buttons in random order with random waits."""

    @initialize(
        order=st.sampled_from(list(SideOrder)),
        weaker=SIDES,
        mode=st.sampled_from(list(CountingMode)),
        sets=st.integers(1, 3),
        bilateral_second=st.booleans(),
    )
    def build(
        self, order: SideOrder, weaker: Side | None, mode: CountingMode, sets: int,
        bilateral_second: bool,
    ) -> None:
        self.order = order
        self.weaker = weaker
        self.plan = Plan(
            name="Random",
            items=(
                PlanItem("step-down", "Step-down", sets, 1, 3, "1-0-X-0",
                         rest_between_sides_s=2, rest_between_sets_s=5, side_order=order),
                PlanItem("bridge", "Bridge", sets, 2, 2, "X-1-X-0", rest_between_sides_s=0,
                         side_order=order, unilateral=not bilateral_second),
            ),
        )
        self.clock = FakeClock()
        self.engine = SessionEngine(
            self.plan, self.clock, mode=mode, weaker=weaker, wall_clock=lambda: WHEN,
        )
        self.recorded: list[SetRef] = []

    def attempt(self, command: str, *args: object, **kwargs: object) -> None:
        """Run a command; if refused, nothing at all may have changed."""
        before = self.engine.snapshot()
        try:
            getattr(self.engine, command)(*args, **kwargs)
        except LegworkError:
            assert self.engine.snapshot() == before
            assert self.engine.drain_events() == []
            return
        self.check(self.engine.drain_events())

    def check(self, events: list[SessionEvent]) -> None:
        for position, event in enumerate(events):
            if not isinstance(event, SideSetAccepted):
                continue
            ref = event.ref
            assert ref not in self.recorded, "a side-set was recorded twice"
            self.recorded.append(ref)
            assert event.entry.side is ref.side
            assert event.entry.reps >= 0
            following = [e.new for e in events[position + 1:] if isinstance(e, StateChanged)]
            last = ref == self.engine.steps[-1]
            assert following[:1] == ([SessionState.SESSION_DONE] if last else [SessionState.REST])

    @rule(seconds=st.floats(0, 6))
    def wait(self, seconds: float) -> None:
        self.clock.advance(seconds)
        self.attempt("tick")

    @rule()
    def keep_going(self) -> None:
        """Tick like the UI's timer until something happens (or 15 s pass)."""
        state = self.engine.state
        for _ in range(150):
            self.clock.advance(0.1)
            self.attempt("tick")
            if self.engine.state is not state:
                return

    @rule()
    def do_a_side_set(self) -> None:
        """An athlete who just trains: start if needed, work to the log, accept it."""
        if self.engine.state is SessionState.READY:
            self.attempt("start")
        for _ in range(300):
            if self.engine.state is not SessionState.REST and self.engine.state not in (
                SessionState.COUNT_IN, SessionState.WORKING
            ):
                break
            self.clock.advance(0.1)
            self.attempt("tick")
        if self.engine.state is SessionState.SIDE_DONE:
            self.attempt("accept", self.engine.prefill())

    @rule()
    def start(self) -> None:
        self.attempt("start")

    @rule(command=st.sampled_from([
        "count_rep", "undo_rep", "end_set", "skip_set", "add_rest", "skip_rest",
        "pause", "resume", "finish_early",
    ]))
    def call(self, command: str) -> None:
        self.attempt(command)

    @rule(reps=st.integers(-2, 104), load=st.sampled_from([0.0, 12.5, -1.0, 501.0]),
          rpe=st.sampled_from([None, 7.0, 0.5]))
    def log(self, reps: int, load: float, rpe: float | None) -> None:
        self.attempt("accept", SideLog(reps=reps, load_kg=load, rpe=rpe))

    @rule(reps=st.integers(-2, 104), load=st.sampled_from([0.0, 7.5, -1.0]))
    def correct_the_last_side(self, reps: int, load: float) -> None:
        """A correction changes that side's values only: state, timers and order stay."""
        last = self.engine.last_logged()
        allowed = Command.CORRECT_SET in self.engine.available_commands()
        assert allowed == (last is not None and self.engine.state in (
            SessionState.READY, SessionState.REST, SessionState.PAUSED,
            SessionState.SESSION_DONE))
        if last is None:
            return
        before_snapshot = self.engine.snapshot()
        before = self.engine.entries()
        try:
            entry = self.engine.correct(last, SideLog(reps=reps, load_kg=load))
        except LegworkError:
            assert self.engine.entries() == before and self.engine.drain_events() == []
            return
        assert allowed and 0 <= reps <= 100 and load >= 0
        after = self.engine.entries()
        assert list(after) == list(before) and after[last] == entry
        assert (entry.reps, entry.load_kg, entry.recorded_at) == (
            reps, load, before[last].recorded_at)
        snapshot = self.engine.snapshot()
        assert (snapshot.state, snapshot.stage, snapshot.rest_remaining, snapshot.count) == (
            before_snapshot.state, before_snapshot.stage, before_snapshot.rest_remaining,
            before_snapshot.count)
        assert [type(e).__name__ for e in self.engine.drain_events()] == ["SideSetCorrected"]

    @rule()
    def log_prefilled(self) -> None:
        if self.engine.state is SessionState.SIDE_DONE:
            prefill = self.engine.prefill()
            assert prefill.reps == self.engine.snapshot().count
            self.attempt("accept", prefill)
        else:
            try:
                self.engine.prefill()
            except InvalidTransition:
                return
            raise AssertionError("prefill outside the log step")

    @rule()
    def log_but_the_write_fails(self) -> None:
        """The store refuses the set: the engine must stay on the log, as if never asked."""

        def failing(_entry: object) -> None:
            raise OSError("disk full")

        if self.engine.state is not SessionState.SIDE_DONE:
            return
        before = self.engine.snapshot()
        with pytest.raises(OSError):
            self.engine.accept(self.engine.prefill(), failing)
        assert self.engine.snapshot() == before
        assert self.engine.drain_events() == []

    @rule(control=st.sampled_from(list(Control)))
    def press(self, control: Control) -> None:
        """A key or clicker press does what the engine says it means, and only that."""
        command = self.engine.command_for(control)
        assert command is None or command in self.engine.available_commands()
        if command is not None and command not in (Command.LOG_SET, Command.CORRECT_SET):
            self.attempt(COMMAND_METHODS[command])

    @invariant()
    def the_primary_step_is_always_allowed(self) -> None:
        primary = self.engine.primary_command()
        assert primary is None or primary in self.engine.available_commands()

    @invariant()
    def counts_are_never_negative(self) -> None:
        snapshot = self.engine.snapshot()
        assert snapshot.count >= 0
        assert snapshot.target_reps >= 1
        assert snapshot.rest_remaining >= 0 and snapshot.count_in_remaining >= 0

    @invariant()
    def sides_follow_the_chosen_order(self) -> None:
        for ref in self.engine.steps:
            item = self.plan.items[ref.item_index]
            if not item.unilateral:
                assert ref.side is Side.BOTH
                continue
            pair = [s.side for s in self.engine.steps
                    if (s.item_index, s.set_number) == (ref.item_index, ref.set_number)]
            first = expected_first(self.order, ref.set_number, self.weaker)
            assert pair == [first, first.other()]
        order = list(self.engine.steps)
        assert [order.index(ref) for ref in self.recorded] == sorted(
            order.index(ref) for ref in self.recorded
        )

    @invariant()
    def every_recorded_side_set_is_kept(self) -> None:
        assert list(self.engine.entries()) == self.recorded

    @invariant()
    def paused_means_paused_in_some_active_state(self) -> None:
        snapshot = self.engine.snapshot()
        assert snapshot.paused == (snapshot.state is SessionState.PAUSED)
        assert snapshot.stage is not SessionState.PAUSED


SessionMachine.TestCase.settings = settings(
    max_examples=150, stateful_step_count=60, deadline=None
)
test_session_engine = SessionMachine.TestCase
