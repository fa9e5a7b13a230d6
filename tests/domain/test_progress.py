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


def _leg(session_id, side, *, reps=10, volume=0.0, load=0.0, e1rm=None, day=0):
    return LegTotals(session_id, T0 + timedelta(days=day), side, 2, reps, volume, load, e1rm)


def test_pair_legs_groups_by_session_in_time_order_and_ignores_two_leg_totals():
    legs = [_leg(2, Side.LEFT, day=5), _leg(1, Side.RIGHT, day=0), _leg(1, Side.LEFT, day=0),
            _leg(3, Side.BOTH, day=9)]
    sessions = pair_legs(legs)
    assert [s.session_id for s in sessions] == [1, 2]
    assert sessions[0].left is legs[2] and sessions[0].right is legs[1]
    assert sessions[1].right is None
    assert logged_sides(sessions) == {Side.LEFT, Side.RIGHT}
    assert logged_sides(sessions[1:]) == {Side.LEFT}


def test_session_lsi_uses_the_measure_and_falls_back_to_reps_without_load():
    left = _leg(1, Side.LEFT, reps=16, volume=320.0, load=20.0, e1rm=25.0)
    right = _leg(1, Side.RIGHT, reps=20, volume=400.0, load=20.0, e1rm=30.0)
    assert session_lsi(left, right, Measure.VOLUME) == LsiPoint(T0, 80.0, Measure.VOLUME)
    assert session_lsi(left, right, Measure.BEST_SET).lsi == 100.0
    assert session_lsi(left, right, Measure.BEST_E1RM).lsi == pytest.approx(250 / 3)
    bodyweight = session_lsi(_leg(1, Side.LEFT, reps=9), _leg(1, Side.RIGHT, reps=10),
                             Measure.VOLUME)
    assert bodyweight == LsiPoint(T0, 90.0, Measure.REPS)


def test_session_without_an_e1rm_on_a_leg_has_no_point():
    left = _leg(1, Side.LEFT, reps=15, volume=150.0, load=10.0)
    right = _leg(1, Side.RIGHT, reps=8, volume=80.0, load=10.0, e1rm=12.7)
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
