"""Progress from stored history: cards (which exercises get one, what they say, how much
they read), and charts that add long ranges up in SQL."""

from datetime import UTC, datetime, timedelta

import pytest

from app.domain.metrics import Measure
from app.domain.progress import MAX_SESSION_POINTS, TimeRange
from app.domain.progression import AdviceKind
from app.domain.sides import Side
from app.domain.units import Unit
from app.library import builtin_exercises
from app.services import progress as progress_service
from app.services.progress import ProgressSource
from app.storage import progress_queries
from app.storage.athletes import create_athlete
from app.storage.database import Database
from app.storage.exercises import add_custom_exercise, sync_builtin_exercises
from app.storage.sessions import finish_session, record_set, start_session
from tests.builders import SQUAT, T0, exercise, log_session, set_entry

LUNGE = "reverse-lunge"


@pytest.fixture
def db(database: Database) -> Database:
    sync_builtin_exercises(database, builtin_exercises())
    return database


def _advice_after(db: Database, *, third_set_is_warmup: bool) -> AdviceKind:
    """One session of the first rung (3 × 12): per leg two good sets of 12, and a third."""
    athlete = create_athlete(db, "Ana")
    session_id = start_session(db, athlete.id, "Test", started_at=T0)
    minute = 0
    for side in (Side.LEFT, Side.RIGHT):
        for number in (1, 2, 3):
            warmup = third_set_is_warmup and number == 1
            record_set(db, session_id, set_entry(
                SQUAT, side, set_number=number, reps=12, load_kg=0.0, minutes=minute,
                rpe=7.0, form_knee=True, form_hips=True, warmup=warmup))
            minute += 1
    finish_session(db, session_id, finished_at=T0 + timedelta(hours=1))
    squat = next(e for e in builtin_exercises() if e.id == SQUAT)
    (card,) = ProgressSource(db, athlete.id).cards([squat], Measure.REPS, Unit.KG)
    return card.advice.kind


def test_three_good_sets_per_leg_climb_the_rung(db: Database) -> None:
    assert _advice_after(db, third_set_is_warmup=False) is AdviceKind.LEVEL_UP


def test_a_warm_up_set_is_not_one_of_the_three(db: Database) -> None:
    # The same six sets, one per leg a warm-up: two working sets are not "3 × 12".
    assert _advice_after(db, third_set_is_warmup=True) is AdviceKind.STAY


def _library():
    return builtin_exercises()


def test_cards_go_to_one_leg_exercises_and_the_programmes_single_leg_ones(db: Database) -> None:
    # An imported history: a back squat and a bench press logged two-sided, a step-up
    # of the athlete's own logged per leg, and the programme's lunge imported two-sided.
    back_squat = add_custom_exercise(db, exercise("back-squat", "Back squat", builtin=False,
                                                  unilateral=False))
    step_up = add_custom_exercise(db, exercise("step-up", "Step-up", builtin=False,
                                               unilateral=False))
    ana = create_athlete(db, "Ana")
    log_session(db, ana.id, T0, [
        ("back-squat", Side.BOTH, 5, 100.0), ("step-up", Side.LEFT, 8, 10.0),
        ("step-up", Side.RIGHT, 8, 10.0), (LUNGE, Side.BOTH, 10, 20.0),
    ])
    library = [*_library(), back_squat, step_up]
    source = ProgressSource(db, ana.id)

    carded = [e.id for e in source.card_exercises(library)]

    assert carded == [LUNGE, "step-up"]
    assert set(source.logged()) == {"back-squat", "step-up", LUNGE}
    cards = source.cards(library, Measure.REPS, Unit.KG)
    assert [c.exercise.id for c in cards] == carded
    assert cards[1].lsi is not None and cards[1].lsi.lsi == 100.0


def _keen_history(db: Database) -> int:
    """Four sessions a day for ten weeks, the left leg's reps climbing week by week."""
    ana = create_athlete(db, "Ana")
    start = datetime(2025, 1, 6, 6, tzinfo=UTC)
    for n in range(4 * 70):
        when = start + timedelta(days=n // 4, hours=3 * (n % 4))
        left = 6 + (n // 28) % 6
        log_session(db, ana.id, when, [(SQUAT, Side.LEFT, left, 10.0),
                                       (SQUAT, Side.RIGHT, 10, 10.0),
                                       (LUNGE, Side.LEFT, 10, 0.0),
                                       (LUNGE, Side.RIGHT, 10 - n % 3, 0.0)] * 2,
                    rpe=7.0, form_knee=True, form_hips=True)
    return ana.id


def _card_facts(cards):
    return [(c.exercise.id, c.lsi, c.change, c.weaker, c.advice, c.last_trained, c.one_leg)
            for c in cards]


def test_a_keen_athletes_cards_read_a_short_look_back_and_say_the_same(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    athlete = _keen_history(db)
    read: list[int] = []
    real = progress_queries.recent_leg_totals

    def counted(*args, **kwargs):
        totals = real(*args, **kwargs)
        read.append(sum(len(rows) for rows in totals.values()))
        return totals

    def cards(card_sessions: int) -> tuple[dict[Measure, list], int]:
        monkeypatch.setattr(progress_service, "_CARD_SESSIONS", card_sessions)
        read.clear()
        source = ProgressSource(db, athlete)
        facts = {m: _card_facts(source.cards(_library(), m, Unit.KG))
                 for m in (Measure.REPS, Measure.VOLUME)}
        return facts, sum(read)

    monkeypatch.setattr(progress_service, "recent_leg_totals", counted)
    # 280 sessions in 12 weeks: a look-back of about 20 sessions, and about 20 around
    # 4 weeks earlier, against all 280.
    short, short_rows = cards(20)
    full, full_rows = cards(10**6)

    assert short == full
    assert short[Measure.REPS][0][2] is not None  # a 4-week trend was found
    assert full_rows == 280 * 2 * 2  # every session, two exercises, two legs
    assert short_rows < full_rows / 3, (short_rows, full_rows)


def _sessions(db: Database, count: int, every: timedelta) -> tuple[int, datetime]:
    ana = create_athlete(db, "Ana")
    first = datetime(2023, 1, 2, 7, tzinfo=UTC)  # a Monday
    for n in range(count):
        log_session(db, ana.id, first + n * every,
                    [(SQUAT, Side.LEFT, 8 + n % 3, 10.0), (SQUAT, Side.RIGHT, 10, 10.0)] * 2)
    return ana.id, first


def test_a_long_history_is_added_up_in_sql_a_week_a_point(db: Database) -> None:
    athlete, first = _sessions(db, 3 * 150, timedelta(days=365 * 3 / 450))
    now = first + timedelta(days=365 * 3)
    source = ProgressSource(db, athlete)

    data = source.chart(SQUAT, Measure.REPS, TimeRange.ALL, Unit.KG, now, UTC, columns=1000)

    assert data.bucket_days == 7  # 1,095 days do not fit 1,000 pixel columns; weeks do
    assert len(data.left) == len(data.right) <= 157
    # The first week (2–8 Jan 2023) holds three sessions: 8, 9 and 10 reps a set, two sets.
    day = datetime(2023, 1, 5, 12, tzinfo=UTC)
    assert data.left[0] == (day, (16 + 18 + 20) / 3)
    assert data.right[0] == (day, 20.0)
    assert data.lsi[0].lsi == pytest.approx(100 * 9 / 10)  # per set over the week
    assert sum(w.sessions for w in data.weeks) == 450


def test_a_range_of_few_sessions_keeps_a_point_per_session(db: Database) -> None:
    athlete, first = _sessions(db, MAX_SESSION_POINTS, timedelta(days=1))
    now = first + timedelta(days=MAX_SESSION_POINTS)
    data = ProgressSource(db, athlete).chart(SQUAT, Measure.REPS, TimeRange.ALL, Unit.KG,
                                             now, UTC)

    assert data.bucket_days == 0
    assert len(data.left) == MAX_SESSION_POINTS
    assert data.left[0] == (first, 16.0)


def test_two_sided_sets_are_a_series_of_their_own(db: Database) -> None:
    ana = create_athlete(db, "Ana")
    log_session(db, ana.id, T0, [(LUNGE, Side.BOTH, 10, 20.0)] * 2)
    data = ProgressSource(db, ana.id).chart(LUNGE, Measure.REPS, TimeRange.ALL, Unit.KG,
                                            T0 + timedelta(days=1), UTC)

    assert data.both == [(T0, 20.0)] and data.left == data.right == []
    assert data.sides == frozenset() and data.sessions == 1
