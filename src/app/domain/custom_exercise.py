"""Rules for exercises that users add to their own library."""

import re
import unicodedata
from collections.abc import Iterable, Sequence

from app.domain.errors import ValidationError
from app.domain.exercise import Exercise, ProgressionLevel
from app.domain.exercise_file import EQUIPMENT, MUSCLE_GROUPS
from app.domain.tempo import Tempo

MAX_NAME_LENGTH = 60


def slugify(name: str) -> str:
    """A stable id from a name: lowercase ASCII words joined by hyphens."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def new_custom_exercise(
    *,
    name: str,
    instructions: str,
    tips: str,
    tempo: str,
    reps_min: int,
    reps_max: int,
    sets: int,
    unilateral: bool,
    why: str = "",
    muscles: Sequence[str] = (),
    equipment: Sequence[str] = (),
    taken_ids: Iterable[str] = (),
) -> Exercise:
    """Build a user's exercise from form input, or raise ValidationError saying what to fix.

    Instructions and tips are one per line. The id is made from the name and
    must not clash with any exercise already in the library.
    """
    name = " ".join(name.split())
    if not name:
        raise ValidationError("Give the exercise a name.")
    if len(name) > MAX_NAME_LENGTH:
        raise ValidationError(f"Keep the name to {MAX_NAME_LENGTH} characters or fewer.")
    slug = slugify(name)
    if not slug:
        raise ValidationError("The name needs at least one letter or digit.")
    if slug in set(taken_ids):
        raise ValidationError(f"An exercise called '{name}' is already in the library.")
    steps = _lines(instructions)
    if not steps:
        raise ValidationError("Add at least one line of instructions.")
    canonical_tempo = str(Tempo.parse(tempo))
    if not 1 <= reps_min <= reps_max <= 100:
        raise ValidationError("The rep range must run from low to high, between 1 and 100.")
    if not 1 <= sets <= 10:
        raise ValidationError("Sets must be between 1 and 10.")
    unknown = sorted((set(muscles) - set(MUSCLE_GROUPS)) | (set(equipment) - set(EQUIPMENT)))
    if unknown:
        raise ValidationError(f"Unknown muscle group or equipment: {', '.join(unknown)}.")
    return Exercise(
        id=slug,
        name=name,
        muscles=tuple(muscles),
        why=" ".join(why.split()),
        steps=steps,
        form_tips=_lines(tips),
        faults=(),
        progressions=(
            ProgressionLevel(name, "Add load once every set reaches the top of the rep range."),
        ),
        tempo=canonical_tempo,
        sets_min=sets,
        sets_max=sets,
        reps_min=reps_min,
        reps_max=reps_max,
        equipment=tuple(equipment) or ("bodyweight",),
        unilateral=unilateral,
        builtin=False,
    )

