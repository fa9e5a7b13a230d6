"""The people who train: who they are, the rules for their names, and whose install it is."""

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from app.domain.errors import ValidationError
from app.domain.messages import message

MAX_NAME_LENGTH = 60


@dataclass(frozen=True)
class AthleteInfo:
    """An athlete: an id from the database, a name, and whether it is the made-up demo."""

    id: int
    name: str
    is_demo: bool


@dataclass(frozen=True)
class KioskAthlete:
    """What a kiosk picker tile shows: who, whether a PIN guards them, when they last trained."""

    id: int
    name: str
    has_pin: bool
    last_session: datetime | None


@dataclass(frozen=True)
class DemoResult:
    """What filling the demo athlete's made-up history wrote, and whether it replaced one."""

    athlete: AthleteInfo
    sessions: int
    sets: int
    replaced: bool


def clean_athlete_name(name: str) -> str:
    """The name with spaces tidied; `ValidationError` if empty, unprintable or too long."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValidationError(message("The athlete's name cannot be empty."))
    if not cleaned.isprintable():
        raise ValidationError(message("The athlete's name cannot contain control characters."))
    if len(cleaned) > MAX_NAME_LENGTH:
        raise ValidationError(message(
            "The athlete's name must be {max} characters or fewer (got {length}).",
            max=MAX_NAME_LENGTH, length=len(cleaned)))
    return cleaned


def check_typed_name(name: str) -> str:
    """`clean_athlete_name`, refusing control characters even where they look like spaces.

    For a name typed as one argument (`legwork admin add-athlete`): a tab or a
    line break there is a mistake in a script, not a space to tidy away.
    """
    if any(unicodedata.category(ch) == "Cc" for ch in name):
        raise ValidationError(message("The athlete's name cannot contain control characters."))
    return clean_athlete_name(name)


def same_name(first: str, second: str) -> bool:
    """Whether two athletes' names are the same person's, ignoring case and extra spaces.

    Compared with `casefold`, not SQL: SQLite's lower() only folds ASCII, and
    "Åsa" and "åsa" on one machine would only confuse.
    """
    return " ".join(first.split()).casefold() == " ".join(second.split()).casefold()


def check_name_free(name: str, athletes: Iterable[AthleteInfo], *,
                    except_id: int | None = None) -> str:
    """The cleaned name if no other athlete has it; `ValidationError` if one does."""
    cleaned = clean_athlete_name(name)
    if any(same_name(a.name, cleaned) and a.id != except_id for a in athletes):
        raise name_taken(cleaned)
    return cleaned


def name_taken(name: str) -> ValidationError:
    """The refusal for a name another athlete already has (`name` as cleaned)."""
    return ValidationError(message("There is already an athlete called {name!r}.", name=name))


def free_name(wanted: str, athletes: Iterable[AthleteInfo]) -> str:
    """`wanted`, or with " (2)", " (3)"… appended until no athlete has it (a first start)."""
    base = clean_athlete_name(wanted)
    taken = [a.name for a in athletes]
    name, suffix = base, 2
    while any(same_name(other, name) for other in taken):
        name, suffix = f"{base} ({suffix})", suffix + 1
    return name


def home_athlete(athletes: Iterable[AthleteInfo]) -> AthleteInfo | None:
    """Whose install this is: the first real (non-demo) athlete added, or None.

    The one definition the app, the sheets and the command line use. `athletes`
    come in the order they were added (by id).
    """
    return min((a for a in athletes if not a.is_demo), key=lambda a: a.id, default=None)
