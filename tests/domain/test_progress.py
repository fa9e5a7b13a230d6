"""Progress rules over per-session totals: pairing legs, symmetry per session, trends, ranges."""

from datetime import UTC, datetime, timedelta

import pytest

from app.domain.errors import ValidationError
from app.domain.metrics import Measure
from app.domain.progress import (
    LegTotals,
    LsiPoint,
    TimeRange,
    logged_sides,
    lsi_points,
    lsi_trend,
    pair_legs,
    session_lsi,
    weaker_side,
)
from app.domain.sides import Side

T0 = datetime(2025, 3, 3, 7, tzinfo=UTC)


def _leg(session_id, side, *, reps=10, volume=0.0, load=0.0, low=None, by_reps=(), day=0,
         sets=2):
    return LegTotals(session_id, T0 + timedelta(days=day), side, sets, reps, volume, load,
                     load if low is None else low, tuple(by_reps))


def _by_reps(**loads: float) -> tuple[float | None, ...]:
    """The heaviest load per rep count, e.g. _by_reps(r8=20.0) for a set of 8 at 20 kg."""
    return tuple(loads.get(f"r{reps}") for reps in range(1, 13))


def test_pair_legs_groups_by_session_in_time_order_and_ignores_two_leg_totals():
    legs = [_leg(2, Side.LEFT, day=5), _leg(1, Side.RIGHT, day=0), _leg(1, Side.LEFT, day=0),
            _leg(3, Side.BOTH, day=9)]
    sessions = pair_legs(legs)
    assert [s.session_id for s in sessions] == [1, 2]
    assert sessions[0].left is legs[2] and sessions[0].right is legs[1]
    assert sessions[1].right is None
    assert logged_sides(sessions) == {Side.LEFT, Side.RIGHT}
    assert logged_sides(sessions[1:]) == {Side.LEFT}


def test_session_lsi_compares_per_set_values_of_the_load_carried():
    # 2 sets of 8 at 20 kg (left) and 2 sets of 10 at 20 kg (right); 70 kg on one foot
    left = _leg(1, Side.LEFT, reps=16, volume=320.0, load=20.0, by_reps=_by_reps(r8=20.0))
    right = _leg(1, Side.RIGHT, reps=20, volume=400.0, load=20.0, by_reps=_by_reps(r10=20.0))
    # volume per set: left (320 + 70 × 16) / 2 = 720, right (400 + 70 × 20) / 2 = 900 → 80 %
    assert session_lsi(left, right, Measure.VOLUME, 70.0) == \
        LsiPoint(T0, 80.0, Measure.VOLUME, Side.LEFT)
    assert session_lsi(left, right, Measure.BEST_SET, 70.0).lsi == 100.0  # 90 vs 90
    # e1RM: 90 × (1 + 8/30) = 114 against 90 × (1 + 10/30) = 120 → 95 %
    assert session_lsi(left, right, Measure.BEST_E1RM, 70.0).lsi == pytest.approx(95.0)


def test_without_body_mass_load_measures_compare_reps_per_set_at_one_shared_load():
    left, right = _leg(1, Side.LEFT, reps=18), _leg(1, Side.RIGHT, reps=20)
    for measure in (Measure.VOLUME, Measure.BEST_SET, Measure.BEST_E1RM):
        assert session_lsi(left, right, measure, None) == \
            LsiPoint(T0, 90.0, Measure.REPS_AT_SAME_LOAD, Side.LEFT)
    # different loads (bodyweight against 2 kg), or mixed loads on a leg: no point
    loaded = _leg(1, Side.RIGHT, reps=20, volume=40.0, load=2.0)
    assert session_lsi(left, loaded, Measure.VOLUME, None) is None
    mixed = _leg(1, Side.RIGHT, reps=20, volume=20.0, load=2.0, low=0.0)
    assert session_lsi(_leg(1, Side.LEFT, load=2.0), mixed, Measure.VOLUME, None) is None


def test_the_extra_set_does_not_flip_the_session_lsi():
    # the weaker left got a third set: 30 reps in 3 sets against 20 in 2 → 10 per set each
    left = _leg(1, Side.LEFT, reps=30, sets=3)
    right = _leg(1, Side.RIGHT, reps=20, sets=2)
    assert session_lsi(left, right, Measure.REPS).lsi == 100.0


def test_a_bodyweight_leg_and_a_two_kilo_leg_with_body_mass():
    # 12 reps in one set each: 12 × 70 = 840 against 12 × 72 = 864 → 97.2 %, not 0 %
    left = _leg(1, Side.LEFT, reps=12, sets=1, by_reps=_by_reps(r12=0.0))
    right = _leg(1, Side.RIGHT, reps=12, volume=24.0, load=2.0, sets=1, by_reps=_by_reps(r12=2.0))
    assert session_lsi(left, right, Measure.VOLUME, 70.0).lsi == pytest.approx(840 * 100 / 864)
    # e1RM from the load carried: 70 × 1.4 = 98 and 72 × 1.4 = 100.8
    assert left.best_e1rm(70.0) == pytest.approx(98.0)
    assert right.best_e1rm(70.0) == pytest.approx(100.8)
    assert left.best_e1rm(None) is None and left.best_e1rm(0.0) is None


def test_session_without_an_e1rm_on_a_leg_has_no_point():
    left = _leg(1, Side.LEFT, reps=15, volume=150.0, load=10.0)
    right = _leg(1, Side.RIGHT, reps=8, volume=80.0, load=10.0, by_reps=_by_reps(r8=10.0))
    assert session_lsi(left, right, Measure.BEST_E1RM) is None
    assert lsi_points(pair_legs([left, right]), Measure.BEST_E1RM) == []


def test_chart_measures_only():
    with pytest.raises(ValidationError):
        _leg(1, Side.LEFT).value(Measure.REPS_AT_SAME_LOAD)


def test_trend_compares_with_the_latest_point_four_weeks_earlier():
    points = [LsiPoint(T0 + timedelta(days=d), lsi, Measure.REPS)
              for d, lsi in ((0, 78.0), (7, 82.0), (30, 90.0), (35, 94.0))]
    trend = lsi_trend(points)
    assert trend is not None
    assert trend.current.lsi == 94.0 and trend.earlier.lsi == 82.0  # day 7 is ≥ 28 days before
    assert trend.change == pytest.approx(12.0)
    young = lsi_trend(points[2:])
    assert young is not None and young.earlier is None and young.change is None
    assert lsi_trend([]) is None


def test_weaker_side_of_a_session():
    left = _leg(1, Side.LEFT, reps=8)
    right = _leg(1, Side.RIGHT, reps=10)
    sessions = pair_legs([left, right])
    point = lsi_points(sessions, Measure.REPS)[0]
    assert weaker_side(point, sessions[0]) is Side.LEFT
    level = pair_legs([_leg(1, Side.LEFT), _leg(1, Side.RIGHT)])
    assert weaker_side(lsi_points(level, Measure.REPS)[0], level[0]) is None


def test_time_ranges_count_back_from_now():
    now = datetime(2025, 6, 1, tzinfo=UTC)
    assert TimeRange.WEEKS_4.start(now) == now - timedelta(weeks=4)
    assert TimeRange.WEEKS_12.start(now) == now - timedelta(weeks=12)
    assert TimeRange.YEAR.start(now) == now - timedelta(days=365)
    assert TimeRange.ALL.start(now) is None
    assert [r.label for r in TimeRange] == ["4 weeks", "12 weeks", "1 year", "All"]
