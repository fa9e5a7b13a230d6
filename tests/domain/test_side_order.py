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


def entry_n(side: Side, reps: int, load_kg: float = 0.0, n: int = 1) -> SetEntry:
    return SetEntry(
        exercise_id="step-down", side=side, set_number=n, reps=reps, load_kg=load_kg,
        tempo="3-1-1-0", recorded_at=datetime(2025, 5, 1, tzinfo=UTC),
    )


def test_weaker_leg_compares_reps_per_set_at_the_same_load() -> None:
    # set 1: 8 vs 10, set 2: 8 vs 9 → left 8, right 9.5 per set
    assert weaker_leg([entry_n(L, 8, n=1), entry_n(R, 10, n=1), entry_n(L, 8, n=2),
                       entry_n(R, 9, n=2)]) is L


def test_the_extra_set_of_the_weaker_leg_does_not_make_it_look_stronger() -> None:
    # The old rule summed four weeks: left's extra set (4 × 10 = 40 reps against 30) made
    # the weaker left leg look stronger. Per set over the sets both did: 9 against 10.
    recent = [entry_n(L, 9, n=n) for n in (1, 2, 3)] + [entry_n(L, 13, n=4)]
    recent += [entry_n(R, 10, n=n) for n in (1, 2, 3)]
    assert weaker_leg(recent) is L


def test_at_different_loads_the_lighter_leg_that_did_no_more_reps_is_weaker() -> None:
    assert weaker_leg([entry(L, 8, 10.0), entry(R, 8, 12.5)]) is L
    # 10 reps at bodyweight against 3 reps with 2.5 kg: neither did more of both → unknown
    assert weaker_leg([entry(L, 10), entry(R, 3, 2.5)]) is None


def test_with_body_mass_the_legs_compare_on_the_load_carried() -> None:
    # 70 kg on one foot: left 10 × 70 = 700, right 3 × 72.5 = 217.5 → right is weaker
    assert weaker_leg([entry(L, 10), entry(R, 3, 2.5)], carry_kg=70.0) is R


@pytest.mark.parametrize(
    "recent",
    [
        [],
        [entry(L, 8), entry(L, 9)],
        [entry(L, 8), entry(R, 8)],
        [entry(L, 4, 5.0), entry(R, 10, 2.0)],  # heavier but fewer reps: cannot tell
        [entry(Side.BOTH, 10), entry(L, 3)],
    ],
)
def test_weaker_leg_is_unknown_on_a_tie_or_without_both_legs(recent: list[SetEntry]) -> None:
    assert weaker_leg(recent) is None


def test_weaker_leg_accepts_any_iterable() -> None:
    assert weaker_leg(e for e in [entry(L, 10), entry(R, 6)]) is R
