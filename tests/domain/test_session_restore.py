"""Restoring a session after a crash, and the engine's "next thing due" for precise timers."""

from dataclasses import replace

import pytest

from app.domain.errors import ValidationError
from app.domain.plan import Plan, PlanItem
from app.domain.session import (
    InvalidTransition,
    SessionEnded,
    SessionEngine,
    SessionState,
    SetRef,
    SideLog,
    SideSetAccepted,
)
from app.domain.side_order import SideOrder
from app.domain.sides import Side
from tests.domain.test_session import WHEN, engine_for, one_item_plan, run_until
from tests.fakes import FakeClock

L, R = Side.LEFT, Side.RIGHT
S = SessionState


def recorded_first_sides(plan: Plan, clock: FakeClock, count: int) -> list[SideSetAccepted]:
    """Run `count` side-sets of `plan`, logging 3 reps at 10 kg; return what was accepted."""
    engine = engine_for(plan, clock)
    engine.start()
    accepted: list[SideSetAccepted] = []
    for _ in range(count):
        run_until(engine, clock, S.SIDE_DONE)
        engine.accept(SideLog(reps=3, load_kg=10.0))
        accepted += [e for e in engine.drain_events() if isinstance(e, SideSetAccepted)]
        if engine.state is S.REST:
            engine.skip_rest()
    return accepted


def test_restore_continues_after_the_last_recorded_side_set(fake_clock: FakeClock) -> None:
    plan = one_item_plan()
    done = recorded_first_sides(plan, fake_clock, 3)
    engine = engine_for(plan, fake_clock)
    engine.restore(e.entry for e in done)
    assert engine.state is S.READY
    assert engine.current == SetRef(0, 2, R)
    assert engine.entries() == {e.ref: e.entry for e in done}
    # The second leg of set 2 aims for what the first leg logged.
    assert engine.target_reps() == 3
    assert engine.snapshot().side is R
    assert str(engine.snapshot().next_up) == "Last set of the session"


def test_restored_session_runs_on_and_records_only_the_rest(fake_clock: FakeClock) -> None:
    plan = one_item_plan()
    done = recorded_first_sides(plan, fake_clock, 2)
    engine = engine_for(plan, fake_clock)
    engine.restore(e.entry for e in done)
    engine.start()
    new: list[SideSetAccepted] = []
    while engine.state is not S.SESSION_DONE:
        run_until(engine, fake_clock, S.SIDE_DONE)
        engine.accept(engine.prefill())
        new += [e for e in engine.drain_events() if isinstance(e, SideSetAccepted)]
        if engine.state is S.REST:
            engine.skip_rest()
    assert [e.ref for e in new] == [SetRef(0, 2, L), SetRef(0, 2, R)]


def test_legs_recorded_in_the_other_order_keep_that_order(fake_clock: FakeClock) -> None:
    plan = one_item_plan(side_order=SideOrder.WEAKER_FIRST)
    right_first = engine_for(plan, fake_clock, weaker=R)
    right_first.start()
    run_until(right_first, fake_clock, S.SIDE_DONE)
    right_first.accept(SideLog(reps=2, load_kg=0.0))
    entry = next(e for e in right_first.drain_events() if isinstance(e, SideSetAccepted)).entry

    left_first = engine_for(plan, fake_clock, weaker=L)
    left_first.restore([entry])
    assert left_first.current == SetRef(0, 1, L)
    assert left_first.steps[0] == SetRef(0, 1, R)
    assert left_first.target_reps() == 2


def test_restoring_every_side_set_ends_the_session(fake_clock: FakeClock) -> None:
    plan = one_item_plan(sets=1)
    done = recorded_first_sides(plan, fake_clock, 2)
    engine = engine_for(plan, fake_clock)
    engine.restore(e.entry for e in done)
    assert engine.state is S.SESSION_DONE
    assert engine.drain_events()[-1] == SessionEnded(early=False)


def test_a_set_from_another_plan_is_refused_and_changes_nothing(fake_clock: FakeClock) -> None:
    plan = one_item_plan()
    done = recorded_first_sides(plan, fake_clock, 1)
    stranger = replace(done[0].entry, exercise_id="pistol-squat")
    engine = engine_for(plan, fake_clock)
    with pytest.raises(ValidationError, match="pistol-squat"):
        engine.restore([done[0].entry, stranger])
    assert engine.entries() == {}
    assert engine.current == SetRef(0, 1, L)
    too_many = replace(done[0].entry, set_number=3)
    with pytest.raises(ValidationError, match="not part of the plan"):
        engine.restore([too_many])


def test_only_a_fresh_engine_restores(fake_clock: FakeClock) -> None:
    engine = engine_for(one_item_plan(), fake_clock)
    engine.start()
    with pytest.raises(InvalidTransition):
        engine.restore([])


def test_seconds_until_due_points_at_each_cue_in_turn(fake_clock: FakeClock) -> None:
    plan = Plan(name="T", items=(PlanItem(
        exercise_id="x", exercise_name="X", sets=1, reps_min=2, reps_max=2, tempo="2-1-1-0",
        rest_between_sides_s=10,
    ),))
    engine = SessionEngine(plan, fake_clock, wall_clock=lambda: WHEN, count_in_s=2.5)
    assert engine.seconds_until_due() is None
    engine.start()
    # Count-in of 2.5 s beeps at once ("3"), at 0.5 s ("2") and 1.5 s ("1"); work at 2.5 s.
    assert engine.seconds_until_due() == 0.0
    engine.tick()
    assert engine.seconds_until_due() == pytest.approx(0.5)
    fake_clock.advance(0.5)
    engine.tick()
    assert engine.seconds_until_due() == pytest.approx(1.0)
    fake_clock.advance(2.0)
    engine.tick()
    assert engine.state is S.WORKING
    assert engine.seconds_until_due() == pytest.approx(2.0)
    fake_clock.advance(1.25)
    engine.tick()
    assert engine.seconds_until_due() == pytest.approx(0.75)
    run_until(engine, fake_clock, S.SIDE_DONE)
    assert engine.seconds_until_due() is None
    engine.accept(engine.prefill())
    # Rest of 10 s: the warning is due 3 s before the end, then the end itself.
    assert engine.seconds_until_due() == pytest.approx(7.0)
    fake_clock.advance(7.0)
    engine.tick()
    assert engine.seconds_until_due() == pytest.approx(3.0)
    engine.pause()
    assert engine.seconds_until_due() is None
