"""Which leg goes first in each set, and which leg is the weaker one."""

from collections.abc import Iterable
from enum import StrEnum

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


def weaker_leg(recent: Iterable[SetEntry]) -> Side | None:
    """The leg that did less work in `recent` sets, or None when it cannot be told.

    The caller passes the last four weeks' sets. Work per leg is the sum of
    reps × load, with a bodyweight set (load 0) counting each rep as 1, so
    unloaded and loaded sets both weigh in. A tie, or a leg with no sets at
    all, gives None: we would rather say "unknown" than guess from one side.
    Sets done with both legs say nothing about either and are ignored.
    """
    work = {Side.LEFT: 0.0, Side.RIGHT: 0.0}
    seen: set[Side] = set()
    for entry in recent:
        if entry.side in work:
            work[entry.side] += entry.reps * (entry.load_kg or 1.0)
            seen.add(entry.side)
    if len(seen) < 2 or work[Side.LEFT] == work[Side.RIGHT]:
        return None
    return Side.LEFT if work[Side.LEFT] < work[Side.RIGHT] else Side.RIGHT
