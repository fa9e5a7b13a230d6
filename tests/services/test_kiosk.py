"""The kiosk's member management: deleting keeps the history in a file that imports back."""

from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.domain.errors import LegworkError
from app.services import kiosk
from app.services.imports import import_path
from app.storage.athletes import list_athletes
from app.storage.database import Database
from tests.builders import seed_history

NOW = datetime(2026, 3, 2, 17, 0, tzinfo=UTC)


def test_a_deleted_athletes_history_is_kept_and_imports_back(
    database: Database, tmp_path: Path
) -> None:
    seeded = seed_history(database, sessions=3, name="Åse Øvrebø")
    outcome = kiosk.delete_athlete(database, seeded.athlete.id, tmp_path / "kept", NOW)
    kept = outcome.value
    assert outcome.changes.athletes and outcome.changes.sessions
    assert kept.parent == tmp_path / "kept" and kept.name.startswith("Åse Øvrebø 2026-03-02")
    assert [a.name for a in list_athletes(database)] == []
    written = import_path(database, kept).value.written
    assert (written.sessions_added, written.athletes_added) == (3, ("Åse Øvrebø",))
    assert [a.name for a in list_athletes(database)] == ["Åse Øvrebø"]


def test_nothing_is_deleted_when_the_history_cannot_be_kept(
    database: Database, tmp_path: Path
) -> None:
    seeded = seed_history(database, sessions=1, name="Ida")
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the folder should be")
    with pytest.raises(LegworkError, match="Nobody was deleted"):
        kiosk.delete_athlete(database, seeded.athlete.id, blocked, NOW)
    assert [a.name for a in list_athletes(database)] == ["Ida"]


def test_kept_file_names_are_safe_for_any_name(tmp_path: Path) -> None:
    assert kiosk.kept_history_file(tmp_path, "Ida/../x", NOW).parent == tmp_path
    assert kiosk.kept_history_file(tmp_path, "José", NOW).name == "José 2026-03-02 170000.csv"
