"""Rules for exercises that users add to their own library."""

import re
import unicodedata
from collections.abc import Iterable, Sequence

from app.domain.errors import ValidationError
from app.domain.exercise import Exercise, ProgressionLevel
from app.domain.exercise_file import EQUIPMENT, MUSCLE_GROUPS
from app.domain.messages import message
from app.domain.plan import MAX_SETS
from app.domain.records import MAX_REPS
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
        raise ValidationError(message("Give the exercise a name."))
    if len(name) > MAX_NAME_LENGTH:
        raise ValidationError(message(
            "Keep the name to {max} characters or fewer.", max=MAX_NAME_LENGTH))
    slug = slugify(name)
    if not slug:
        raise ValidationError(message("The name needs at least one letter or digit."))
    if slug in set(taken_ids):
        raise ValidationError(message(
            "An exercise called '{name}' is already in the library.", name=name))
    steps = _lines(instructions)
    if not steps:
        raise ValidationError(message("Add at least one line of instructions."))
    canonical_tempo = str(Tempo.parse(tempo))
    if not 1 <= reps_min <= reps_max <= MAX_REPS:
        raise ValidationError(message(
            "The rep range must run from low to high, between 1 and {max}.", max=MAX_REPS))
    if not 1 <= sets <= MAX_SETS:
        raise ValidationError(message("Sets must be between 1 and {max}.", max=MAX_SETS))
    unknown = sorted((set(muscles) - set(MUSCLE_GROUPS)) | (set(equipment) - set(EQUIPMENT)))
    if unknown:
        raise ValidationError(message(
            "Unknown muscle group or equipment: {names}.", names=", ".join(unknown)))
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

