"""Which leg goes first in each set, and which leg is the weaker one."""

from collections.abc import Iterable
from enum import StrEnum

from app.domain.metrics import compare_legs
from app.domain.records import SetEntry
from app.domain.sides import Side


class SideOrder(StrEnum):
    """How a plan item orders the two legs within a set."""

    WEAKER_FIRST = "weaker_first"
    LEFT_FIRST = "left_first"
    ALTERNATE = "alternate"


def sides_for_set(
    order: SideOrder, set_index: int, weaker: Side | None, *, unilateral: bool = True
) -> tuple[Side, ...]:
    """The legs of one set in the order they are worked.

    `set_index` counts from 0 (set 1 is index 0). `WEAKER_FIRST` starts with
    `weaker`, or with the left leg while the weaker leg is unknown;
    `LEFT_FIRST` always starts left; `ALTERNATE` starts left on set 1, right
    on set 2 and so on. A bilateral exercise has the single side `BOTH`.
    """
    if not unilateral:
        return (Side.BOTH,)
    right_first = (order is SideOrder.WEAKER_FIRST and weaker is Side.RIGHT) or (
        order is SideOrder.ALTERNATE and set_index % 2 == 1
    )
    first = Side.RIGHT if right_first else Side.LEFT
    return (first, first.other())


def weaker_leg(recent: Iterable[SetEntry], *, carry_kg: float | None = None) -> Side | None:
    """The weaker leg in `recent` sets of one exercise, or None when it cannot be told.

    The caller passes the last four weeks' sets. The legs are compared set for
    set over the sets both did (`metrics.compare_legs`): on reps × load carried
    when `carry_kg` (the body-mass part of the load) is known, otherwise on
    reps at the same load, or, at different loads, the leg that did no more
    reps at a lighter load. Per set, not totals: the extra set the weaker leg
    is given would otherwise make it look stronger. A tie, or a leg with no
    sets at all, gives None: we would rather say "unknown" than guess from one
    side. Sets done with both legs say nothing about either and are ignored.
    """
    entries = list(recent)
    left = [e for e in entries if e.side is Side.LEFT]
    right = [e for e in entries if e.side is Side.RIGHT]
    if not left or not right:
        return None
    return compare_legs(left, right, carry_kg).weaker
