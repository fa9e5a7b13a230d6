"""Which leg goes first, and which leg is weaker."""

from datetime import UTC, datetime

import pytest

from app.domain.records import SetEntry
from app.domain.side_order import SideOrder, sides_for_set, weaker_leg
from app.domain.sides import Side

L, R = Side.LEFT, Side.RIGHT


def entry(side: Side, reps: int, load_kg: float = 0.0) -> SetEntry:
    return SetEntry(
        exercise_id="step-down", side=side, set_number=1, reps=reps, load_kg=load_kg,
        tempo="3-1-1-0", recorded_at=datetime(2025, 5, 1, tzinfo=UTC),
    )


@pytest.mark.parametrize(
    ("weaker", "first"), [(L, L), (R, R), (None, L), (Side.BOTH, L)]
)
def test_weaker_first_starts_with_the_weaker_leg_or_left_when_unknown(
    weaker: Side | None, first: Side
) -> None:
    for set_index in range(4):
        assert sides_for_set(SideOrder.WEAKER_FIRST, set_index, weaker) == (first, first.other())


def test_left_first_always_starts_left() -> None:
    for set_index in range(4):
        assert sides_for_set(SideOrder.LEFT_FIRST, set_index, R) == (L, R)


def test_alternate_starts_left_on_set_one_right_on_set_two() -> None:
    orders = [sides_for_set(SideOrder.ALTERNATE, i, R) for i in range(4)]
    assert orders == [(L, R), (R, L), (L, R), (R, L)]


def test_a_bilateral_set_has_one_side_both() -> None:
    assert sides_for_set(SideOrder.WEAKER_FIRST, 0, R, unilateral=False) == (Side.BOTH,)


def test_weaker_leg_is_the_one_with_less_work() -> None:
    assert weaker_leg([entry(L, 8), entry(R, 10), entry(L, 8), entry(R, 9)]) is L
    assert weaker_leg([entry(L, 8, 10.0), entry(R, 8, 12.5)]) is L
    assert weaker_leg([entry(L, 10, 10.0), entry(R, 12)]) is R


def test_bodyweight_reps_count_as_one_each() -> None:
    assert weaker_leg([entry(L, 10), entry(R, 3, 2.5)]) is R
    assert weaker_leg([entry(L, 10), entry(R, 5, 2.5)]) is L


@pytest.mark.parametrize(
    "recent",
    [
        [],
        [entry(L, 8), entry(L, 9)],
        [entry(L, 8), entry(R, 8)],
        [entry(L, 4, 5.0), entry(R, 10, 2.0)],
        [entry(Side.BOTH, 10), entry(L, 3)],
    ],
)
def test_weaker_leg_is_unknown_on_a_tie_or_without_both_legs(recent: list[SetEntry]) -> None:
    assert weaker_leg(recent) is None


def test_weaker_leg_accepts_any_iterable() -> None:
    assert weaker_leg(e for e in [entry(L, 10), entry(R, 6)]) is R
