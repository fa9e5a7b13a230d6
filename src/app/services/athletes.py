"""Who trains: the home athlete, renaming, finding an athlete by name, the demo athlete."""

import getpass
from typing import TYPE_CHECKING

from app.domain.athletes import AthleteInfo, DemoResult, home_athlete
from app.library import builtin_exercises
from app.services.body_mass import BODY_MASS_KEY
from app.services.changes import Changes, Outcome
from app.storage.errors import NotFoundError

if TYPE_CHECKING:
    from app.storage.database import Database


def default_athlete_name() -> str:
    """A friendly default name for the one athlete of a home install (from the login name)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = ""
    return user.replace(".", " ").replace("_", " ").title() or "Athlete"


def open_home_athlete(db: "Database", default_name: str | None = None) -> AthleteInfo:
    """The home athlete (`app.domain.athletes.home_athlete`), created on the first start."""
    from app.storage.athletes import ensure_home_athlete

    return ensure_home_athlete(db, default_name or default_athlete_name())


def athletes(db: "Database") -> list[AthleteInfo]:
    """Every athlete, in the order they were added."""
    from app.storage.athletes import list_athletes

    return list_athletes(db)


def find_athlete(db: "Database | None", name: str | None) -> AthleteInfo | None:
    """The athlete called `name`, or without a name the home athlete (None if there is none).

    An unknown name raises `NotFoundError` naming the athletes there are.
    """
    everyone = athletes(db) if db is not None else []
    if name is None:
        return home_athlete(everyone)
    wanted = " ".join(name.split()).casefold()
    found = next((a for a in everyone if a.name.casefold() == wanted), None)
    if found is None:
        known = ", ".join(a.name for a in everyone) or "none yet"
        raise NotFoundError(f"There is no athlete called {name.strip()!r} (athletes: {known}).")
    return found


def rename_athlete(db: "Database", athlete_id: int, name: str) -> Outcome[AthleteInfo]:
    """Rename an athlete; `ValidationError` (nothing changed) for an empty, long or taken name."""
    from app.storage.athletes import rename_athlete as store

    return Outcome(store(db, athlete_id, name), Changes(athletes=True))


def load_demo_data(db: "Database", name: str | None = None) -> Outcome[DemoResult]:
    """Fill (or refresh) the demo athlete's made-up history; real athletes are untouched."""
    from app.storage.demo import fill_demo_history

    exercises = list(builtin_exercises())
    result = (fill_demo_history(db, exercises) if name is None
              else fill_demo_history(db, exercises, name))
    # The demo athlete is weighed too, so the load each leg carries can be shown.
    return Outcome(result, Changes(athletes=True, sessions=True,
                                   preferences=frozenset({BODY_MASS_KEY})))
