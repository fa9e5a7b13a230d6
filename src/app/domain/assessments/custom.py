"""Tests a coach adds to the battery: a name, a unit, which way is better, trials and a cap."""

import math
from collections.abc import Iterable

from app.domain.assessments.definition_file import MAX_TRIALS
from app.domain.assessments.definitions import Better, TestDefinition
from app.domain.custom_exercise import slugify
from app.domain.errors import ValidationError

MAX_NAME_LENGTH = 60
MAX_UNIT_LENGTH = 12
# Whole counts and stopwatch times have a natural precision; anything else gets one decimal.
_DECIMALS_BY_UNIT = {"reps": 0, "rep": 0, "s": 2}


def new_custom_test(
    *,
    name: str,
    unit: str,
    better: str | Better,
    trials: int,
    cap: float | None,
    taken_ids: Iterable[str] = (),
    taken_names: Iterable[str] = (),
) -> TestDefinition:
    """A coach's test from form input, or ValidationError with one sentence saying what to fix.

    The id is made from the name and must not clash with any test already
    in the battery (built-in or custom), nor may the name.
    """
    name = " ".join(str(name).split())
    if not name:
        raise ValidationError("Give the test a name.")
    if len(name) > MAX_NAME_LENGTH or not name.isprintable():
        raise ValidationError(
            f"Keep the test's name to {MAX_NAME_LENGTH} printable characters or fewer."
        )
    test_id = slugify(name)
    if not test_id:
        raise ValidationError("The test's name needs at least one letter or digit.")
    if test_id in set(taken_ids) or name.casefold() in {n.casefold() for n in taken_names}:
        raise ValidationError(f"A test called '{name}' is already in the battery.")
    unit = " ".join(str(unit).split())
    if not unit or len(unit) > MAX_UNIT_LENGTH or not unit.isprintable():
        raise ValidationError(
            f"Give the unit the results are in, such as cm, s or reps "
            f"({MAX_UNIT_LENGTH} characters at most)."
        )
    try:
        direction = Better(better)
    except ValueError:
        raise ValidationError(
            f"Say whether higher or lower results are better (got {better!r})."
        ) from None
    if isinstance(trials, bool) or not isinstance(trials, int) or not 1 <= trials <= MAX_TRIALS:
        raise ValidationError(
            f"A test takes 1 to {MAX_TRIALS} trials per leg (got {trials!r})."
        )
    if cap is not None and (
        isinstance(cap, bool) or not isinstance(cap, int | float)
        or not math.isfinite(cap) or cap <= 0
    ):
        raise ValidationError(f"A cap must be a number above zero, or left empty (got {cap!r}).")
    return TestDefinition(
        id=test_id,
        name=name,
        unit=unit,
        better=direction,
        trials=trials,
        cap=float(cap) if cap is not None else None,
        decimals=_DECIMALS_BY_UNIT.get(unit.casefold(), 1),
        summary="A test added by a coach.",
        group="custom",
        builtin=False,
    )
