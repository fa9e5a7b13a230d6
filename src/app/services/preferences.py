"""An athlete's training preferences, kept with them in the database.

Display preferences (theme, window, volume) are the computer's and stay in
the UI's settings; these follow the athlete to any screen they train on.
"""

from collections.abc import Mapping
from typing import TYPE_CHECKING

from app.domain.errors import ValidationError
from app.domain.preferences import (
    PREFERENCE_KEYS,
    TrainingPreferences,
    changed_keys,
    from_stored,
    stored_text,
    with_preference,
)
from app.services.changes import NOTHING, Changes, Outcome

if TYPE_CHECKING:
    from app.storage.database import Database


def preferences(db: "Database", athlete_id: int) -> TrainingPreferences:
    """The athlete's preferences; what they never chose reads as the default."""
    from app.storage.preferences import stored_preferences

    return from_stored(stored_preferences(db, athlete_id))


def set_preference(
    db: "Database", athlete_id: int, key: str, value: object
) -> Outcome[TrainingPreferences]:
    """Change one preference; `ValidationError` (nothing written) for a bad value."""
    from app.storage.preferences import store_preferences

    before = preferences(db, athlete_id)
    after = with_preference(before, key, value)
    # Stored even when it equals the default: it is the athlete's choice from now on.
    store_preferences(db, athlete_id, {key: stored_text(key, value)})
    return Outcome(after, Changes(preferences=changed_keys(before, after)))


def carry_over(
    db: "Database", athlete_id: int, old: Mapping[str, object]
) -> Outcome[TrainingPreferences]:
    """Store preferences kept elsewhere until now (the computer's settings), once.

    Only keys the athlete has no stored value for are taken, and a value that
    breaks a rule is left out rather than stopping the start.
    """
    from app.storage.preferences import store_preferences, stored_preferences

    stored = stored_preferences(db, athlete_id)
    before = from_stored(stored)
    values: dict[str, str] = {}
    for key, value in old.items():
        if key not in PREFERENCE_KEYS or key in stored:
            continue
        try:
            values[key] = stored_text(key, value)
        except ValidationError:
            continue
    if not values:
        return Outcome(before, NOTHING)
    store_preferences(db, athlete_id, values)
    after = from_stored({**stored, **values})
    return Outcome(after, Changes(preferences=changed_keys(before, after)))
