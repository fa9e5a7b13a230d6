"""A gym's shared screen: its athletes' tiles, PINs, the admin's settings."""

from typing import TYPE_CHECKING

from app.domain.athletes import AthleteInfo, KioskAthlete
from app.domain.idle import DEFAULT_IDLE_TIMEOUT_S
from app.services.changes import Changes, Outcome

if TYPE_CHECKING:
    from app.storage.database import Database

IDLE_TIMEOUT = "kiosk.idle_timeout_s"
ADMIN_PIN = "kiosk.admin_pin"


def tiles(db: "Database", search: str = "") -> list[KioskAthlete]:
    """The picker's tiles, alphabetically, optionally narrowed by a search (no demo athlete)."""
    from app.storage.kiosk import kiosk_athletes

    return kiosk_athletes(db, search)


def check_new_name(db: "Database", name: str) -> None:
    """`ValidationError` if no athlete could be added with this name (asked before the PIN)."""
    from app.storage.kiosk import check_new_athlete_name

    check_new_athlete_name(db, name)


def add_athlete(db: "Database", name: str, pin: str | None) -> Outcome[AthleteInfo]:
    """Add an athlete from the kiosk; `ValidationError` for a bad name or PIN."""
    from app.storage.kiosk import add_kiosk_athlete

    return Outcome(add_kiosk_athlete(db, name, pin), Changes(athletes=True))


def delete_athlete(db: "Database", athlete_id: int) -> Outcome[None]:
    """Remove an athlete with their plans, sessions and sets (the admin's choice)."""
    from app.storage.kiosk import delete_athlete as remove

    remove(db, athlete_id)
    return Outcome(None, Changes(athletes=True, plans=True, sessions=True))


def has_admin_pin(db: "Database") -> bool:
    """Whether the admin PIN has been set."""
    from app.storage.kiosk import has_admin_pin as stored

    return stored(db)


def set_admin_pin(db: "Database", pin: str) -> Outcome[None]:
    """Set or change the admin PIN; `ValidationError` unless four digits."""
    from app.storage.kiosk import set_admin_pin as store

    store(db, pin)
    return Outcome(None, Changes(preferences=frozenset({ADMIN_PIN})))


def admin_pin_matches(db: "Database", pin: str) -> bool:
    """Whether `pin` is the admin PIN."""
    from app.storage.kiosk import verify_admin_pin

    return verify_admin_pin(db, pin)


def athlete_pin_matches(db: "Database", athlete_id: int, pin: str) -> bool:
    """Whether `pin` is this athlete's PIN."""
    from app.storage.kiosk import verify_athlete_pin

    return verify_athlete_pin(db, athlete_id, pin)


def idle_timeout_s(db: "Database | None") -> int:
    """Seconds without a touch before the kiosk returns to its picker (the default before a
    history is open)."""
    if db is None:
        return DEFAULT_IDLE_TIMEOUT_S
    from app.storage.kiosk import idle_timeout_s as stored

    return stored(db)


def set_idle_timeout_s(db: "Database", seconds: int) -> Outcome[int]:
    """Change the idle timeout; `ValidationError` outside 30–3600 s."""
    from app.storage.kiosk import set_idle_timeout_s as store

    store(db, seconds)
    return Outcome(seconds, Changes(preferences=frozenset({IDLE_TIMEOUT})))
