"""A training block through the services: started, shown, trained leg by leg, stopped."""

from datetime import UTC, date, datetime, time, timedelta

import pytest

from app.domain.errors import ValidationError
from app.domain.plan import LegPrescription
from app.domain.preferences import TrainingPreferences
from app.domain.programme.prescription import Hold, LegStart
from app.domain.programme.schedule import SessionStatus
from app.domain.records import SetEntry
from app.domain.session import SessionState, SideLog
from app.domain.sides import Side
from app.domain.units import Unit
from app.library import builtin_exercises
from app.services import programme as service
from app.services import sessions
from app.services.progress import ProgressSource
from app.storage.athletes import create_athlete
from app.storage.database import Database
from app.storage.errors import NotFoundError
from app.storage.exercises import sync_builtin_exercises
from app.storage.programme import last_two_sessions
from app.storage.sessions import finish_session
from tests.builders import count_rows, log_session
from tests.fakes import FakeClock

L, R = Side.LEFT, Side.RIGHT
MON = date(2026, 3, 2)
SQUAT = "single-leg-squat"
PREFS = TrainingPreferences()


@pytest.fixture
def ida(database: Database) -> int:
    sync_builtin_exercises(database, builtin_exercises())
    return create_athlete(database, "Ida").id


def _at(day: date, hour: int = 7) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=UTC)


def _train(db: Database, athlete: int, day: date, *, right_reps: int = 12) -> int:
    """Start the block's session of `day` and log every prescribed set (left meets 12 reps)."""
    opened = service.start_block_session(db, athlete, FakeClock(), PREFS, day,
                                         wall_clock=lambda: _at(day))
    engine = opened.value.engine
    for item in engine.plan.items:
        for side in (L, R):
            leg = item.leg(side)
            assert leg is not None
            for n in range(1, leg.sets + 1):
                sessions.record_set(db, opened.value.session_id, SetEntry(
                    item.exercise_id, side, n, 12 if side is L else right_reps, leg.load_kg,
                    item.tempo, _at(day) + timedelta(minutes=n), rpe=7.0,
                    progression_level=leg.level, form_knee=True, form_hips=True))
    finish_session(db, opened.value.session_id, finished_at=_at(day, 8))
    return opened.value.session_id


def test_a_block_starts_with_eight_weeks_of_the_built_in_plan_each_leg_prescribed(
    database: Database, ida: int,
) -> None:
    outcome = service.start_block(database, ida, days="mon,thu", today=MON)
    block, warnings = outcome.value
    assert outcome.changes.programme and warnings == ()
    assert block.spec.weeks == 8 and len(block.exercise_ids) == 5
    shown = service.programme(database, ida, MON)
    assert shown is not None and len(shown.sessions) == 16
    first = shown.sessions[0]
    assert (first.day, first.week, first.status, first.light) == (MON, 1, SessionStatus.PLANNED,
                                                                  False)
    squat = first.items[0]
    assert squat.exercise_id == SQUAT
    assert [(leg.side, leg.sets, leg.reps_min, leg.reps_max, leg.load_kg, leg.level)
            for leg in squat.legs] == [(L, 2, 8, 12, 0.0, 0), (R, 2, 8, 12, 0.0, 0)]
    assert shown.todays == first


def test_bad_blocks_change_nothing(database: Database, ida: int) -> None:
    with pytest.raises(ValidationError, match="2 or 3 training days"):
        service.start_block(database, ida, days="mon", today=MON)
    with pytest.raises(NotFoundError, match="no plan called"):
        service.start_block(database, ida, days="mon,thu", today=MON, plan_name="Nope")
    assert count_rows(database, "programme_block") == 0
    service.start_block(database, ida, days="mon,thu", today=MON)
    with pytest.raises(ValidationError, match="already have a training block"):
        service.start_block(database, ida, days="tue,fri", today=MON)
    assert count_rows(database, "programme_block") == 1


def test_legs_start_where_the_athlete_says_or_where_their_last_session_left_them(
    database: Database, ida: int,
) -> None:
    log_session(database, ida, _at(MON - timedelta(days=3)),
                [("reverse-lunge", L, 12, 6.0), ("reverse-lunge", R, 12, 4.0)])
    block, _ = service.start_block(
        database, ida, days="mon,thu", today=MON,
        starts={SQUAT: {L: LegStart(1, 0.0), R: LegStart(0, 0.0)}}).value
    assert block.start[SQUAT] == {L: LegStart(1, 0.0), R: LegStart(0, 0.0)}
    assert block.start["reverse-lunge"] == {L: LegStart(0, 6.0), R: LegStart(0, 4.0)}


def test_todays_session_runs_each_legs_dose_and_counts_as_done(
    database: Database, ida: int,
) -> None:
    service.start_block(database, ida, days="mon,thu", today=MON,
                        starts={SQUAT: {L: LegStart(0, 2.0), R: LegStart(0, 0.0)}})
    opened = service.start_block_session(database, ida, FakeClock(), PREFS, MON)
    assert opened.changes.sessions and opened.changes.programme
    engine = opened.value.engine
    assert engine.plan.name == "Block · week 1, session 1"
    squat = engine.plan.items[0]
    assert (squat.leg(L).load_kg, squat.leg(R).load_kg) == (2.0, 0.0)  # type: ignore[union-attr]
    assert len(engine.steps) == sum(2 * 2 for _ in engine.plan.items)
    shown = service.programme(database, ida, MON)
    assert shown is not None and shown.sessions[0].status is SessionStatus.PLANNED, (
        "a session with no set yet is not done")
    _train(database, ida, MON + timedelta(days=3))  # Thursday's: the next one
    shown = service.programme(database, ida, MON + timedelta(days=3))
    assert shown is not None
    statuses = {s.number: s.status for s in shown.sessions}
    assert statuses[2] is SessionStatus.DONE
    assert statuses[1] is SessionStatus.MOVED or statuses[1] is SessionStatus.PLANNED


def test_the_next_dose_follows_the_advice_card_leg_by_leg(database: Database, ida: int) -> None:
    service.start_block(database, ida, days="mon,thu", today=MON)
    week3 = MON + timedelta(weeks=2)
    for day in (MON, MON + timedelta(3), MON + timedelta(7), MON + timedelta(10), week3):
        _train(database, ida, day, right_reps=10)
    shown = service.programme(database, ida, week3 + timedelta(days=1))
    assert shown is not None and shown.next is not None
    squat = shown.next.items[0]
    # The left leg met 3 × 12 on the first rung → next rung; the right missed → stays,
    # and as the weaker leg it goes first with a fourth set.
    assert (squat.leg(L).level, squat.leg(R).level) == (1, 0)
    assert (squat.leg(L).sets, squat.leg(R).sets, squat.first) == (3, 4, R)
    card = next(c for c in ProgressSource(database, ida).cards(builtin_exercises(),
                                                                  measure=_reps(), unit=Unit.KG)
                if c.exercise.id == SQUAT)
    for side in (L, R):
        step = card.advice.step(side)
        assert step is not None
        assert (step.level, step.load_kg) == (squat.leg(side).level, squat.leg(side).load_kg)


def _reps():  # type: ignore[no-untyped-def]
    from app.domain.metrics import Measure

    return Measure.REPS


def test_after_fourteen_days_away_the_next_session_repeats_the_last_and_says_why(
    database: Database, ida: int,
) -> None:
    service.start_block(database, ida, days="mon,thu", today=MON)
    week3 = MON + timedelta(weeks=2)
    _train(database, ida, week3)
    back = week3 + timedelta(days=17)
    shown = service.programme(database, ida, back)
    assert shown is not None and shown.next is not None and shown.next.gap
    assert all(item.held is Hold.GAP for item in shown.next.items)
    assert shown.next.items[0].leg(L).level == 0, "met 3 × 12, but the climb waits"


def test_the_athletes_own_values_are_kept_and_used(database: Database, ida: int) -> None:
    service.start_block(database, ida, days="mon,thu", today=MON)
    mine = LegPrescription(R, 2, 8, 10, 4.0, 0)
    service.set_own_values(database, ida, 1, {SQUAT: {R: mine}}, MON)
    shown = service.programme(database, ida, MON)
    assert shown is not None
    squat = shown.sessions[0].items[0]
    assert squat.leg(R) == mine and squat.own == frozenset({R})
    assert shown.sessions[1].items[0].own == frozenset(), "only that session"
    engine = service.start_block_session(database, ida, FakeClock(), PREFS, MON).value.engine
    assert engine.plan.items[0].leg(R) == mine


def test_stopping_keeps_every_logged_set_and_frees_the_athlete_for_a_new_block(
    database: Database, ida: int,
) -> None:
    service.start_block(database, ida, days="mon,thu", today=MON)
    _train(database, ida, MON)
    sets_before = count_rows(database, "set_entry")
    assert service.stop_block(database, ida).changes.programme
    assert service.programme(database, ida, MON) is None
    assert count_rows(database, "set_entry") == sets_before
    service.start_block(database, ida, days="tue,fri", today=MON)
    with pytest.raises(ValidationError):
        service.stop_block(database, create_athlete(database, "Ola").id)


def test_a_paused_block_offers_no_session_until_resumed(database: Database, ida: int) -> None:
    service.start_block(database, ida, days="mon,thu", today=MON)
    service.pause_block(database, ida)
    with pytest.raises(ValidationError, match="paused"):
        service.start_block_session(database, ida, FakeClock(), PREFS, MON)
    service.resume_block(database, ida)
    service.start_block_session(database, ida, FakeClock(), PREFS, MON)


def test_the_rules_read_only_each_exercises_last_two_sessions(
    database: Database, ida: int,
) -> None:
    ola = create_athlete(database, "Ola").id
    for days_ago, load in ((9, 2.0), (6, 4.0), (3, 6.0)):
        log_session(database, ida, _at(MON - timedelta(days=days_ago)),
                    [(SQUAT, L, 12, load), (SQUAT, R, 12, load)])
    log_session(database, ola, _at(MON), [(SQUAT, L, 5, 40.0)])
    found = last_two_sessions(database, ida, [SQUAT, "reverse-lunge"])
    latest, previous = found[SQUAT]
    assert [e.load_kg for e in latest] == [6.0, 6.0]
    assert [e.load_kg for e in previous] == [4.0, 4.0]
    assert found["reverse-lunge"] == ([], [])


def test_a_calendar_in_a_time_zone_keeps_seven_in_the_morning_across_the_clock_change(
    database: Database, ida: int,
) -> None:
    from zoneinfo import ZoneInfo

    from icalendar import Calendar

    from app.services.programme_calendar import calendar_bytes

    oslo = ZoneInfo("Europe/Oslo")
    start = date(2026, 3, 23)  # clocks go forward on Sunday 29 March
    service.start_block(database, ida, days="mon,thu", today=start, weeks=4)
    shown = service.programme(database, ida, start)
    assert shown is not None
    calendar = Calendar.from_ical(calendar_bytes(shown, tz=oslo))
    starts = [e.decoded("dtstart") for e in calendar.walk("VEVENT")]
    before, after = starts[1], starts[2]  # Thu 26 March, Mon 30 March
    assert (before.hour, after.hour) == (7, 7)
    assert before.utcoffset() == timedelta(hours=1) and after.utcoffset() == timedelta(hours=2)
    assert calendar.walk("VTIMEZONE"), "the file carries the zone's rules"


def test_missed_sessions_are_cancelled_in_the_calendar_under_the_same_uid(
    database: Database, ida: int,
) -> None:
    from icalendar import Calendar

    from app.services.programme_calendar import calendar_bytes

    service.start_block(database, ida, days="mon,thu", today=MON)
    before = service.programme(database, ida, MON)
    later = service.programme(database, ida, MON + timedelta(weeks=2))
    assert before is not None and later is not None
    old = {str(e["uid"]): e for e in Calendar.from_ical(calendar_bytes(before)).walk("VEVENT")}
    new = {str(e["uid"]): e for e in Calendar.from_ical(calendar_bytes(later)).walk("VEVENT")}
    cancelled = [uid for uid, e in new.items() if str(e["status"]) == "CANCELLED"]
    assert cancelled and set(cancelled) <= set(old)
    assert all(int(new[uid]["sequence"]) > int(old[uid]["sequence"]) for uid in cancelled)


# --- The calibration session -----------------------------------------------------------------


def _calibrate(db: Database, athlete: int, day: date, reps: dict[tuple[Side, int], int]) -> int:
    """Run the block's calibration session on `day`: each leg's reps come from (leg, rung)."""
    clock = FakeClock()
    opened = service.start_calibration_session(db, athlete, clock, PREFS,
                                               wall_clock=lambda: _at(day))
    session_id, engine = opened.value.session_id, opened.value.engine
    assert opened.changes.programme
    engine.start()
    while True:
        clock.advance(PREFS.count_in_s)
        engine.tick()
        engine.end_set()
        ref = engine.current
        item = engine.plan.items[ref.item_index]
        level = item.level_for(ref.side)
        done = reps.get((ref.side, level), 10) if item.exercise_id == SQUAT else 5
        engine.accept(SideLog(reps=done, load_kg=engine.prefill().load_kg, form_knee=True,
                              form_hips=True),
                      persist=lambda entry: sessions.record_set(db, session_id, entry))
        if engine.state is SessionState.SESSION_DONE:
            break
        engine.skip_rest()
    assert sessions.finish_session(db, session_id).changes.programme
    return session_id


def test_a_calibration_session_finds_each_legs_start_and_the_block_begins_there(
    database: Database, ida: int,
) -> None:
    service.start_block(database, ida, days="mon,thu", today=MON, calibrate=True)
    shown = service.programme(database, ida, MON)
    assert shown is not None and shown.block.calibration_due and shown.found == {}
    # Left passes the squat's rungs 1–3 and fails rung 4; right fails rung 2.
    _calibrate(database, ida, MON, {(L, 3): 6, (R, 1): 7})
    shown = service.programme(database, ida, MON)
    assert shown is not None and not shown.block.calibration_due
    found = shown.found[SQUAT]
    assert (found[L].start, found[R].start) == (LegStart(2, 0.0), LegStart(0, 0.0))
    assert found[L].failed is not None and found[L].failed.reps == 6
    assert found[L].passed is not None and found[L].passed.progression_level == 2
    first = shown.sessions[0].items[0]
    assert (first.leg(L).level, first.leg(R).level) == (2, 0)
    # Every other exercise failed its first rung: both legs start on it.
    assert all(item.leg(L).level == 0 for item in shown.sessions[0].items[1:])
    # The rules read the block's sessions, not the calibration's single tries.
    assert last_two_sessions(database, ida, [SQUAT])[SQUAT] == ([], [])
    with pytest.raises(ValidationError, match="no calibration session is due"):
        service.start_calibration_session(database, ida, FakeClock(), PREFS)


def test_a_calibration_session_is_refused_without_a_block_that_asks_for_one(
    database: Database, ida: int,
) -> None:
    with pytest.raises(ValidationError, match="no training block"):
        service.start_calibration_session(database, ida, FakeClock(), PREFS)
    service.start_block(database, ida, days="mon,thu", today=MON)
    with pytest.raises(ValidationError, match="no calibration session is due"):
        service.start_calibration_session(database, ida, FakeClock(), PREFS)
    assert count_rows(database, "training_session") == 0


def test_a_resumed_calibration_session_leaves_out_the_tries_a_failed_leg_no_longer_needs(
    database: Database, ida: int,
) -> None:
    service.start_block(database, ida, days="mon,thu", today=MON, calibrate=True)
    opened = service.start_calibration_session(database, ida, FakeClock(), PREFS).value
    item = opened.engine.plan.items[0]
    for side, reps in ((L, 10), (R, 4)):
        sessions.record_set(database, opened.session_id, SetEntry(
            SQUAT, side, 1, reps, 0.0, item.tempo, _at(MON), progression_level=0,
            form_knee=True, form_hips=True))
    info = sessions.unfinished_session(database, ida)
    assert info is not None
    resumed = sessions.resume_session(database, ida, info, FakeClock(), PREFS)
    squat_left = [ref for ref in resumed.engine.steps[2:]
                  if resumed.engine.plan.items[ref.item_index].exercise_id == SQUAT]
    assert squat_left and all(ref.side is L for ref in squat_left)
    # Ended without finishing: what it found still becomes the block's start.
    sessions.end_unfinished(database, info.id)
    shown = service.programme(database, ida, MON)
    assert shown is not None and not shown.block.calibration_due
    assert shown.sessions[0].items[0].leg(L).level == 0


def test_skipping_the_calibration_keeps_each_legs_start_and_offers_no_calibration(
    database: Database, ida: int,
) -> None:
    service.start_block(database, ida, days="mon,thu", today=MON, calibrate=True,
                        starts={SQUAT: {L: LegStart(1, 0.0), R: LegStart(0, 0.0)}})
    assert service.skip_calibration(database, ida).changes.programme
    shown = service.programme(database, ida, MON)
    assert shown is not None and not shown.block.calibration_due and shown.found == {}
    first = shown.sessions[0].items[0]
    assert (first.leg(L).level, first.leg(R).level) == (1, 0)
    with pytest.raises(ValidationError, match="no calibration session is due"):
        service.skip_calibration(database, ida)
    with pytest.raises(ValidationError, match="no calibration session is due"):
        service.start_calibration_session(database, ida, FakeClock(), PREFS)
