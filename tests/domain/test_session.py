"""The session engine, driven the way the session screen drives it."""

from datetime import UTC, datetime

import pytest

from app.domain.errors import ValidationError
from app.domain.plan import Plan, PlanItem, builtin_plan
from app.domain.records import SetEntry
from app.domain.session import (
    Command,
    Control,
    CountingMode,
    Cue,
    CueRequested,
    InvalidTransition,
    NextUp,
    NextUpKind,
    SessionEnded,
    SessionEngine,
    SessionEvent,
    SessionState,
    SetRef,
    SideLog,
    SideSetAccepted,
    SideSetCorrected,
    Speech,
    SpeechKind,
    SpeechRequested,
    StateChanged,
    StepInfo,
)
from app.domain.side_order import SideOrder
from app.domain.sides import Side
from tests.builders import exercise
from tests.fakes import FakeClock, FakeCueSink

L, R, BOTH = Side.LEFT, Side.RIGHT, Side.BOTH
S = SessionState
WHEN = datetime(2025, 6, 3, 7, 30, tzinfo=UTC)


LIBRARY = [
    exercise("single-leg-squat", reps=(2, 3), tempo="3-1-1-0"),
    exercise("step-down", reps=(2, 4), tempo="2-0-X-0"),
    exercise("single-leg-rdl", reps=(3, 3), tempo="2-1-1-1"),
]


def one_item_plan(**changes: object) -> Plan:
    fields: dict[str, object] = {
        "exercise_id": "step-down", "exercise_name": "Step-down", "sets": 2,
        "reps_min": 2, "reps_max": 4, "tempo": "1-0-1-0",
        "rest_between_sides_s": 20, "rest_between_sets_s": 60,
    }
    fields.update(changes)
    return Plan(name="Test", items=(PlanItem(**fields),))  # type: ignore[arg-type]


def engine_for(plan: Plan, clock: FakeClock, **options: object) -> SessionEngine:
    return SessionEngine(plan, clock, wall_clock=lambda: WHEN, **options)  # type: ignore[arg-type]


def play(events: list[SessionEvent], sink: FakeCueSink) -> None:
    """What the UI does with the engine's events: sounds and speech."""
    for event in events:
        if isinstance(event, CueRequested):
            sink.play(event.cue)
        elif isinstance(event, SpeechRequested):
            sink.say(str(event.speech))


def run_until(engine: SessionEngine, clock: FakeClock, state: SessionState,
              step: float = 0.05, limit: float = 600.0) -> list[SessionEvent]:
    """Tick like a QTimer until the engine reaches `state`; returns the events seen."""
    events: list[SessionEvent] = []
    waited = 0.0
    while engine.state is not state:
        assert waited < limit, f"stuck in {engine.state}"
        clock.advance(step)
        waited += step
        engine.tick()
        events += engine.drain_events()
    return events


def states(events: list[SessionEvent]) -> list[SessionState]:
    return [e.new for e in events if isinstance(e, StateChanged)]


def accepted(events: list[SessionEvent]) -> list[SetEntry]:
    return [e.entry for e in events if isinstance(e, SideSetAccepted)]


def test_one_set_in_tempo_mode_gives_the_exact_cue_sequence(
    fake_clock: FakeClock, cue_sink: FakeCueSink
) -> None:
    engine = engine_for(builtin_plan(LIBRARY), fake_clock)
    engine.start()
    play(engine.drain_events() + run_until(engine, fake_clock, S.SIDE_DONE), cue_sink)
    engine.accept(engine.prefill())
    play(engine.drain_events(), cue_sink)
    rep = ["go", "say:down", "phase", "say:hold", "phase", "say:up", "rep"]
    assert cue_sink.cues == [
        "count_in", "say:3", "count_in", "say:2", "count_in", "say:1",
        *rep, "say:1", "last_reps",
        *rep, "say:2",
        *rep, "say:3", "set_done",
        "switch_legs", "say:switch to your right leg",
    ]


def test_a_late_timer_gives_the_same_cues_as_a_punctual_one(fake_clock: FakeClock) -> None:
    punctual = engine_for(builtin_plan(LIBRARY), fake_clock)
    punctual.start()
    fine = punctual.drain_events() + run_until(punctual, fake_clock, S.SIDE_DONE, step=0.01)

    late_clock = FakeClock()
    late = engine_for(builtin_plan(LIBRARY), late_clock)
    late.start()
    late_clock.advance(60.0)
    late.tick()
    coarse = late.drain_events()
    assert coarse == fine


def test_built_in_plan_runs_to_the_end_with_three_sets_per_leg_per_exercise(
    fake_clock: FakeClock,
) -> None:
    bridge = exercise("glute-bridge", reps=(2, 2), tempo="1-0-1-0", unilateral=False)
    plan = builtin_plan([*LIBRARY, bridge])
    engine = engine_for(plan, fake_clock)
    engine.start()
    events = engine.drain_events()
    while engine.state is not S.SESSION_DONE:
        events += run_until(engine, fake_clock, S.SIDE_DONE)
        engine.accept(engine.prefill())
        events += engine.drain_events()
    entries = accepted(events)
    assert len(entries) == 3 * 2 * 3 + 3 * 1
    assert [(e.exercise_id, e.set_number, e.side) for e in entries[:6]] == [
        ("single-leg-squat", 1, L), ("single-leg-squat", 1, R),
        ("single-leg-squat", 2, L), ("single-leg-squat", 2, R),
        ("single-leg-squat", 3, L), ("single-leg-squat", 3, R),
    ]
    assert [e.side for e in entries[-3:]] == [BOTH, BOTH, BOTH]
    assert [e.reps for e in entries] == [3] * 6 + [4] * 6 + [3] * 6 + [2] * 3
    assert all(e.recorded_at == WHEN and e.load_kg == 0 for e in entries)
    assert events[-1] == SessionEnded(early=False)
    assert states(events).count(S.REST) == len(entries) - 1


def test_rest_follows_each_set_and_leads_into_the_next_count_in(fake_clock: FakeClock) -> None:
    engine = engine_for(one_item_plan(), fake_clock)
    engine.start()
    run_until(engine, fake_clock, S.SIDE_DONE)
    engine.accept(engine.prefill())
    assert engine.state is S.REST
    assert engine.snapshot().rest_remaining == 20
    fake_clock.advance(16.9)
    engine.tick()
    assert CueRequested(Cue.REST_END) not in engine.drain_events()
    fake_clock.advance(0.2)
    engine.tick()
    assert [e for e in engine.drain_events() if isinstance(e, CueRequested)] == [
        CueRequested(Cue.REST_END)
    ]
    fake_clock.advance(2.9)
    engine.tick()
    assert engine.state is S.COUNT_IN
    assert engine.snapshot().side is R


def test_rest_between_sets_is_the_longer_rest(fake_clock: FakeClock) -> None:
    engine = engine_for(one_item_plan(), fake_clock)
    engine.start()
    for _ in range(2):
        run_until(engine, fake_clock, S.SIDE_DONE)
        engine.accept(engine.prefill())
        if engine.state is S.REST and engine.snapshot().set_number == 2:
            break
        engine.skip_rest()
    assert engine.snapshot().rest_remaining == 60


def test_add_rest_extends_the_rest_and_warns_again(fake_clock: FakeClock) -> None:
    engine = engine_for(one_item_plan(), fake_clock)
    engine.start()
    run_until(engine, fake_clock, S.SIDE_DONE)
    engine.accept(engine.prefill())
    fake_clock.advance(18.0)
    engine.tick()
    engine.add_rest()
    assert engine.snapshot().rest_remaining == pytest.approx(17)
    engine.drain_events()
    added_at = fake_clock.t
    events = run_until(engine, fake_clock, S.COUNT_IN, step=0.5)
    assert CueRequested(Cue.REST_END) in events
    assert fake_clock.t - added_at == pytest.approx(17, abs=0.5)


def test_skip_rest_counts_in_at_once(fake_clock: FakeClock) -> None:
    engine = engine_for(one_item_plan(), fake_clock)
    engine.start()
    run_until(engine, fake_clock, S.SIDE_DONE)
    engine.accept(engine.prefill())
    engine.skip_rest()
    assert engine.state is S.COUNT_IN
    assert engine.snapshot().count_in_remaining == 3


def test_pause_freezes_every_timer_and_resume_returns_to_the_same_state(
    fake_clock: FakeClock,
) -> None:
    engine = engine_for(one_item_plan(), fake_clock)
    engine.start()
    fake_clock.advance(1.25)
    engine.tick()
    engine.pause()
    assert engine.snapshot().paused
    assert engine.snapshot().stage is S.COUNT_IN
    fake_clock.advance(500.0)
    engine.tick()
    assert engine.state is S.PAUSED
    engine.resume()
    assert engine.state is S.COUNT_IN
    assert engine.snapshot().count_in_remaining == 1.75
    fake_clock.advance(1.75 + 1.5)
    engine.tick()
    snapshot = engine.snapshot()
    assert (snapshot.state, snapshot.count, snapshot.phase) == (S.WORKING, 0, "concentric")
    assert snapshot.phase_remaining == 0.5


def test_manual_mode_counts_taps_and_prefills_the_count(fake_clock: FakeClock) -> None:
    engine = engine_for(one_item_plan(), fake_clock, mode=CountingMode.MANUAL)
    engine.start()
    run_until(engine, fake_clock, S.WORKING)
    engine.count_rep()
    engine.count_rep()
    engine.undo_rep()
    engine.count_rep()
    assert engine.snapshot().count == 2
    assert engine.snapshot().phase is None
    engine.end_set()
    assert engine.prefill().reps == 2


def test_manual_mode_ends_the_side_at_the_target(fake_clock: FakeClock) -> None:
    engine = engine_for(one_item_plan(), fake_clock, mode=CountingMode.MANUAL)
    engine.start()
    run_until(engine, fake_clock, S.WORKING)
    for _ in range(4):
        engine.count_rep()
    assert engine.state is S.SIDE_DONE


def test_stopping_early_records_the_reps_counted_so_far(fake_clock: FakeClock) -> None:
    engine = engine_for(one_item_plan(), fake_clock)
    engine.start()
    fake_clock.advance(3.0 + 2.0 * 2 + 0.5)
    engine.tick()
    engine.end_set()
    assert engine.snapshot().count == 2
    engine.accept(engine.prefill())
    assert accepted(engine.drain_events())[0].reps == 2


def test_the_second_leg_aims_no_higher_than_the_first_leg_did(fake_clock: FakeClock) -> None:
    engine = engine_for(one_item_plan(), fake_clock, weaker=R)
    engine.start()
    run_until(engine, fake_clock, S.SIDE_DONE)
    assert engine.snapshot().side is R
    engine.accept(SideLog(reps=3, load_kg=0))
    assert engine.snapshot().target_reps == 3
    engine.skip_rest()
    run_until(engine, fake_clock, S.SIDE_DONE)
    assert engine.prefill().reps == 3
    assert engine.snapshot().side is L


def test_the_athlete_can_let_the_stronger_leg_do_more(fake_clock: FakeClock) -> None:
    engine = engine_for(one_item_plan(), fake_clock, match_weaker=False)
    engine.start()
    run_until(engine, fake_clock, S.SIDE_DONE)
    engine.accept(SideLog(reps=2, load_kg=0))
    assert engine.snapshot().target_reps == 4


def test_bad_log_values_are_refused_and_change_nothing(fake_clock: FakeClock) -> None:
    engine = engine_for(one_item_plan(), fake_clock)
    engine.start()
    run_until(engine, fake_clock, S.SIDE_DONE)
    before = engine.snapshot()
    for log in (SideLog(reps=-1, load_kg=0), SideLog(reps=5, load_kg=600),
                SideLog(reps=5, load_kg=0, rpe=11), SideLog(reps=5, load_kg=0, touchdowns=-1)):
        with pytest.raises(ValidationError):
            engine.accept(log)
    assert engine.snapshot() == before
    assert engine.drain_events() == []


@pytest.mark.parametrize(
    ("prepare", "command"),
    [
        ("ready", "end_set"), ("ready", "accept"), ("ready", "pause"), ("ready", "resume"),
        ("ready", "skip_rest"), ("ready", "undo_rep"),
        ("count_in", "start"), ("count_in", "accept"), ("count_in", "count_rep"),
        ("working", "count_rep"), ("working", "skip_rest"), ("working", "undo_rep"),
        ("side_done", "end_set"), ("side_done", "add_rest"), ("side_done", "start"),
        ("rest", "accept"), ("rest", "end_set"), ("rest", "resume"),
        ("paused", "tick_count"), ("paused", "accept"), ("paused", "pause"),
        ("done", "start"), ("done", "finish_early"), ("done", "skip_set"),
    ],
)
def test_a_command_out_of_turn_is_refused_and_leaves_the_state_alone(
    fake_clock: FakeClock, prepare: str, command: str
) -> None:
    engine = engine_for(one_item_plan(), fake_clock)
    if prepare != "ready":
        engine.start()
    if prepare in ("working", "side_done", "rest"):
        run_until(engine, fake_clock, S.WORKING)
    if prepare in ("side_done", "rest"):
        engine.end_set()
    if prepare == "rest":
        engine.accept(engine.prefill())
    if prepare == "paused":
        engine.pause()
    if prepare == "done":
        engine.finish_early()
    engine.drain_events()
    before = engine.snapshot()
    calls = {
        "start": engine.start, "end_set": engine.end_set, "pause": engine.pause,
        "resume": engine.resume, "skip_rest": engine.skip_rest, "undo_rep": engine.undo_rep,
        "count_rep": engine.count_rep, "add_rest": engine.add_rest,
        "finish_early": engine.finish_early, "skip_set": engine.skip_set,
        "accept": lambda: engine.accept(SideLog(reps=1, load_kg=0)),
        "tick_count": engine.count_rep,
    }
    with pytest.raises(InvalidTransition):
        calls[command]()
    assert engine.snapshot() == before
    assert engine.drain_events() == []


def test_skip_set_moves_on_without_recording(fake_clock: FakeClock) -> None:
    engine = engine_for(one_item_plan(), fake_clock)
    engine.start()
    run_until(engine, fake_clock, S.WORKING)
    engine.skip_set()
    events = engine.drain_events()
    assert accepted(events) == []
    assert engine.state is S.READY
    assert (engine.snapshot().set_number, engine.snapshot().side, engine.count) == (1, R, 0)


def test_finishing_early_drops_the_unlogged_side(fake_clock: FakeClock) -> None:
    engine = engine_for(one_item_plan(), fake_clock)
    engine.start()
    run_until(engine, fake_clock, S.SIDE_DONE)
    engine.pause()
    engine.finish_early()
    events = engine.drain_events()
    assert states(events)[-1] is S.SESSION_DONE
    assert events[-1] == SessionEnded(early=True)
    assert engine.entries() == {}


def test_load_prefills_from_last_time_and_last_time_is_shown(fake_clock: FakeClock) -> None:
    last = SetEntry(exercise_id="step-down", side=L, set_number=1, reps=4, load_kg=7.5,
                    tempo="1-0-1-0", recorded_at=WHEN)
    engine = engine_for(one_item_plan(load_kg=5.0), fake_clock, last_time={("step-down", L): last})
    assert engine.snapshot().last_time == last
    assert engine.snapshot().load_kg == 7.5
    engine.start()
    run_until(engine, fake_clock, S.SIDE_DONE)
    assert engine.prefill() == SideLog(reps=4, load_kg=7.5)
    engine.accept(engine.prefill())
    assert engine.snapshot().load_kg == 5.0


def test_entries_carry_plan_details_and_the_injected_time(fake_clock: FakeClock) -> None:
    engine = engine_for(one_item_plan(progression_level=2, tempo="2/0/x/0"), fake_clock)
    engine.start()
    run_until(engine, fake_clock, S.SIDE_DONE)
    engine.accept(SideLog(reps=4, load_kg=10, rpe=8, rir=2, touchdowns=1, form_knee=True,
                          form_hips=False, notes="knee stayed out"))
    entry = accepted(engine.drain_events())[0]
    assert entry == SetEntry(
        exercise_id="step-down", side=L, set_number=1, reps=4, load_kg=10, tempo="2-0-X-0",
        recorded_at=WHEN, rpe=8, rir=2, touchdowns=1, progression_level=2, form_knee=True,
        form_hips=False, notes="knee stayed out",
    )


def test_alternate_order_switches_the_leading_leg_every_set(fake_clock: FakeClock) -> None:
    engine = engine_for(one_item_plan(side_order=SideOrder.ALTERNATE), fake_clock, weaker=R)
    assert [ref.side for ref in engine.steps] == [L, R, R, L]


def test_a_bilateral_item_has_one_side_and_no_switch_cue(fake_clock: FakeClock) -> None:
    engine = engine_for(one_item_plan(unilateral=False), fake_clock)
    assert [ref.side for ref in engine.steps] == [BOTH, BOTH]
    engine.start()
    run_until(engine, fake_clock, S.SIDE_DONE)
    engine.accept(engine.prefill())
    assert all(not isinstance(e, SpeechRequested) for e in engine.drain_events())


def test_snapshot_tells_the_view_what_comes_next(fake_clock: FakeClock) -> None:
    engine = engine_for(one_item_plan(), fake_clock)
    engine.start()
    run_until(engine, fake_clock, S.WORKING)
    snapshot = engine.snapshot()
    assert str(snapshot.next_up) == "Then 20 s rest, then Step-down, set 1 of 2, RIGHT leg"
    assert snapshot.next_up == NextUp(
        NextUpKind.THEN_REST, StepInfo("Step-down", 1, 2, R), rest_s=20)
    assert (snapshot.set_number, snapshot.set_count, snapshot.target_reps) == (1, 2, 4)
    assert snapshot.phase == "eccentric"


def test_a_side_set_ready_to_start_is_on_screen_and_the_line_names_what_follows_it(
    fake_clock: FakeClock,
) -> None:
    engine = engine_for(one_item_plan(), fake_clock)
    ready = engine.snapshot()
    assert (ready.state, ready.set_number, ready.side) == (S.READY, 1, L)
    assert ready.next_up == NextUp(NextUpKind.THEN_REST, StepInfo("Step-down", 1, 2, R), 20)
    assert str(ready.next_up) == "Then 20 s rest, then Step-down, set 1 of 2, RIGHT leg"
    engine.start()
    run_until(engine, fake_clock, S.SIDE_DONE)
    engine.accept(SideLog(reps=4, load_kg=0))
    # Resting, the side-set the rest leads to is what is up next.
    assert str(engine.snapshot().next_up) == "Up next: Step-down, set 1 of 2, RIGHT leg"
    engine.skip_set()
    assert (engine.state, engine.snapshot().set_number) == (S.READY, 2)
    assert str(engine.snapshot().next_up) == \
        "Then 20 s rest, then Step-down, set 2 of 2, RIGHT leg"
    engine.skip_set()
    assert (engine.state, engine.snapshot().side) == (S.READY, R)
    assert engine.snapshot().next_up == NextUp(NextUpKind.LAST_SET)


def test_a_set_is_persisted_before_the_session_moves_on(fake_clock: FakeClock) -> None:
    engine = engine_for(one_item_plan(), fake_clock)
    engine.start()
    run_until(engine, fake_clock, S.SIDE_DONE)
    stored: list[tuple[SessionState, SetEntry]] = []
    engine.accept(SideLog(reps=4, load_kg=0), lambda entry: stored.append((engine.state, entry)))
    assert [state for state, _entry in stored] == [S.SIDE_DONE], "stored while still on the log"
    assert accepted(engine.drain_events()) == [stored[0][1]]
    assert engine.state is S.REST


def test_when_the_write_fails_the_engine_stays_on_the_log_unchanged(
    fake_clock: FakeClock,
) -> None:
    engine = engine_for(one_item_plan(), fake_clock)
    engine.start()
    run_until(engine, fake_clock, S.SIDE_DONE)
    before = engine.snapshot()

    def full_disk(_entry: SetEntry) -> None:
        raise OSError("No space left on device")

    with pytest.raises(OSError):
        engine.accept(SideLog(reps=4, load_kg=0), full_disk)
    assert engine.snapshot() == before
    assert engine.drain_events() == []
    assert engine.entries() == {}
    engine.accept(SideLog(reps=4, load_kg=0), lambda _entry: None)
    assert engine.state is S.REST


def test_the_last_side_is_corrected_during_the_rest_and_stored_before_it_shows(
    fake_clock: FakeClock,
) -> None:
    engine = engine_for(one_item_plan(), fake_clock)
    engine.start()
    run_until(engine, fake_clock, S.SIDE_DONE)
    assert Command.CORRECT_SET not in engine.available_commands(), "not while logging"
    engine.accept(SideLog(reps=4, load_kg=0, rpe=7.0))
    engine.drain_events()
    fake_clock.advance(5)
    engine.tick()
    rest_left = engine.snapshot().rest_remaining
    last = engine.last_logged()
    assert last is not None and (last.set_number, last.side) == (1, L)
    assert engine.command_for(Control.CORRECT) is Command.CORRECT_SET
    assert engine.logged_as_form(last) == SideLog(reps=4, load_kg=0, rpe=7.0)
    seen: list[SetEntry] = []

    def store(entry: SetEntry) -> None:
        assert engine.entries()[last].reps == 4, "the engine waits for the store"
        seen.append(entry)

    corrected = engine.correct(last, SideLog(reps=3, load_kg=10.0, rpe=8.5, notes="one bad"),
                               store)
    assert seen == [corrected]
    assert (corrected.reps, corrected.load_kg, corrected.rpe, corrected.notes) == (
        3, 10.0, 8.5, "one bad")
    assert (corrected.side, corrected.set_number, corrected.recorded_at) == (L, 1, WHEN)
    assert engine.entries()[last] == corrected
    assert (engine.state, engine.snapshot().rest_remaining) == (S.REST, rest_left)
    (event,) = engine.drain_events()
    assert isinstance(event, SideSetCorrected) and event.previous.reps == 4
    # The right leg now aims for what the left leg really did.
    assert engine.target_reps() == 3


def test_a_refused_or_unstored_correction_changes_nothing(fake_clock: FakeClock) -> None:
    engine = engine_for(one_item_plan(sets=1), fake_clock)
    engine.start()
    with pytest.raises(InvalidTransition, match="Cannot correct a set now"):
        engine.correct(SetRef(0, 1, L), SideLog(reps=1, load_kg=0))
    run_until(engine, fake_clock, S.SIDE_DONE)
    engine.accept(SideLog(reps=4, load_kg=0))
    engine.drain_events()
    last = engine.last_logged()
    assert last is not None
    before = engine.entries()
    with pytest.raises(ValidationError):
        engine.correct(last, SideLog(reps=4, load_kg=-5))

    def full_disk(_entry: SetEntry) -> None:
        raise OSError("No space left on device")

    with pytest.raises(OSError):
        engine.correct(last, SideLog(reps=2, load_kg=0), full_disk)
    with pytest.raises(InvalidTransition, match="nothing to correct"):
        engine.correct(SetRef(0, 1, R), SideLog(reps=2, load_kg=0))
    assert engine.entries() == before and engine.drain_events() == []
    # The session's last side can still be corrected once the session is over.
    engine.skip_rest()
    run_until(engine, fake_clock, S.SIDE_DONE)
    engine.accept(SideLog(reps=4, load_kg=0))
    assert engine.state is S.SESSION_DONE and engine.last_logged() == SetRef(0, 1, R)
    engine.correct(SetRef(0, 1, R), SideLog(reps=2, load_kg=0))
    assert [e.reps for e in engine.entries().values()] == [4, 2]


def test_what_the_athlete_may_do_comes_from_the_engine(fake_clock: FakeClock) -> None:
    engine = engine_for(one_item_plan(), fake_clock, mode=CountingMode.MANUAL)
    assert engine.available_commands() == {Command.START, Command.SKIP_SET, Command.FINISH}
    assert engine.command_for(Control.NEXT) is Command.START
    assert engine.command_for(Control.PAUSE) is None
    engine.start()
    run_until(engine, fake_clock, S.WORKING)
    assert Command.UNDO_REP not in engine.available_commands()
    assert engine.command_for(Control.NEXT) is Command.COUNT_REP
    engine.count_rep()
    assert engine.command_for(Control.BACK) is Command.UNDO_REP
    assert engine.command_for(Control.CONFIRM) is Command.END_SET
    engine.pause()
    assert engine.available_commands() == {Command.RESUME, Command.FINISH}
    assert engine.command_for(Control.PAUSE) is Command.RESUME
    assert engine.command_for(Control.NEXT) is Command.RESUME
    with pytest.raises(InvalidTransition, match="Cannot skip a set now"):
        engine.skip_set()


def test_a_stray_press_never_ends_a_tempo_set_or_a_rest(fake_clock: FakeClock) -> None:
    engine = engine_for(one_item_plan(), fake_clock)
    engine.start()
    run_until(engine, fake_clock, S.WORKING)
    assert engine.primary_command() is Command.END_SET
    assert engine.command_for(Control.NEXT) is None
    assert engine.command_for(Control.CONFIRM) is Command.END_SET
    run_until(engine, fake_clock, S.SIDE_DONE)
    assert engine.command_for(Control.NEXT) is Command.LOG_SET
    engine.accept(engine.prefill())
    assert engine.state is S.REST
    assert engine.command_for(Control.NEXT) is None
    assert engine.command_for(Control.CONFIRM) is Command.SKIP_REST


def test_spoken_cues_are_values_with_english_words(fake_clock: FakeClock) -> None:
    engine = engine_for(one_item_plan(), fake_clock)
    engine.start()
    events = run_until(engine, fake_clock, S.WORKING)
    spoken = [e.speech for e in events if isinstance(e, SpeechRequested)]
    assert spoken[:3] == [Speech(SpeechKind.COUNT, number=n) for n in (3, 2, 1)]
    assert Speech(SpeechKind.SWITCH_LEGS, side=R).__str__() == "switch to your right leg"
