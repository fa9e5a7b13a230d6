"""Matching the exercise names of other apps to Legwork's library.

Names are compared ignoring case, accents and punctuation ("Single-Leg RDL" is
"single leg rdl"). A name matches a library exercise when it is that
exercise's name or id, one of its synonyms from `resources/imports/exercise-
synonyms.toml`, or the same words once equipment is set aside and a few
abbreviations are spelled out: "Single Leg Romanian Deadlift (Dumbbell)" and
"Dumbbell Single-Leg RDL" are both the single-leg Romanian deadlift, while
"Romanian Deadlift (Dumbbell)" (both legs) is not.
"""

import re
import tomllib
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from app.domain.errors import ValidationError
from app.domain.exercise import Exercise

# Words that say what is held, not what is done; set aside when matching.
_EQUIPMENT = frozenset({
    "barbell", "dumbbell", "kettlebell", "bodyweight", "weighted", "band", "banded",
    "cable", "machine", "smith", "plate", "landmine", "db", "kb", "bb", "bw", "ez",
    "resistance", "loaded", "unweighted", "free",
})
# Spelling variants and abbreviations, each mapped to Legwork's words.
_WORDS = {
    "rdl": ("romanian", "deadlift"), "sldl": ("single", "leg", "deadlift"),
    "sl": ("single", "leg"), "rfess": ("rear", "foot", "elevated", "split", "squat"),
    "one": ("single",), "1": ("single",), "legged": ("leg",), "unilateral": ("single", "leg"),
    "dl": ("deadlift",), "stepup": ("step", "up"),
}
_UNILATERAL = (
    re.compile(r"\b(?:single|one|1)[\s-]*(?:leg|legged|arm|armed|sided)\b"),
    re.compile(r"\b(?:unilateral|split squats?|lunges?|step[\s-]*ups?|pistols?|bulgarian"
               r"|skater|rfess|sl rdl|sldl|each (?:side|leg)|alternating)\b"),
)


def normalized(name: str) -> str:
    """A name as it is compared: lower case, no accents, words separated by one space."""
    decomposed = unicodedata.normalize("NFKD", name.casefold().replace("&", " and "))
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(re.sub(r"[^\w]+|_", " ", bare).split())


def _stem(word: str) -> str:
    # Plurals fold onto the singular ("raises", "squats"); "press" keeps its ss.
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def core_words(name: str) -> tuple[str, ...]:
    """The words that say which exercise a name is, equipment aside, in a fixed order."""
    words: list[str] = []
    for word in normalized(name).split():
        if word in _EQUIPMENT or _stem(word) in _EQUIPMENT:
            continue
        words.extend(_WORDS.get(word, (_stem(word),)))
    return tuple(sorted(words))


def unilateral_by_name(name: str) -> bool:
    """Whether a name says the exercise is done one leg (or arm) at a time."""
    text = normalized(name)
    return any(pattern.search(text) for pattern in _UNILATERAL)


def load_synonyms(path: Path) -> dict[str, tuple[str, ...]]:
    """The synonym table: exercise id → names other apps use for it.

    The file is TOML, one table per exercise id with a `names` list. Raises
    `ValidationError` naming the file for anything else.
    """
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ValidationError(f"Cannot read the synonym table {path}: {exc}") from exc
    table: dict[str, tuple[str, ...]] = {}
    for slug, entry in data.items():
        names = entry.get("names") if isinstance(entry, dict) else None
        if not isinstance(names, list) or not all(isinstance(n, str) and n for n in names):
            raise ValidationError(f"{path}: [{slug}] needs a list of names")
        table[slug] = tuple(names)
    return table


class ExerciseMatcher:
    """Finds the library exercise an imported name stands for, or None.

    The athlete's own exercises match by name or id only: "Squat (Barbell)" and
    "Squat (Smith Machine)" brought in from an old log are different exercises.
    Built-ins also match through their synonyms and their core words.
    """

    def __init__(self, exercises: Iterable[Exercise],
                 synonyms: Mapping[str, Sequence[str]] | None = None) -> None:
        self._exact: dict[str, Exercise] = {}
        self._core: dict[tuple[str, ...], Exercise] = {}
        by_id = {exercise.id: exercise for exercise in exercises}
        # Built-ins first, so they win a tie with one of the athlete's names.
        for exercise in sorted(by_id.values(), key=lambda e: not e.builtin):
            for name in (exercise.name, exercise.id):
                self._add(name, exercise)
        for slug, names in (synonyms or {}).items():
            if slug in by_id and by_id[slug].builtin:
                for name in names:
                    self._add(name, by_id[slug])

    def _add(self, name: str, exercise: Exercise) -> None:
        self._exact.setdefault(normalized(name), exercise)
        core = core_words(name)
        if core and exercise.builtin:
            self._core.setdefault(core, exercise)

    def match(self, name: str) -> Exercise | None:
        """The exercise `name` means, ignoring case, punctuation, equipment and word order."""
        return self._exact.get(normalized(name)) or self._core.get(core_words(name))
