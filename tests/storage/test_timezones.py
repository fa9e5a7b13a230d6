"""Times are stored in UTC and shown in local time: moving the time zone keeps the same history."""

import os
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.dates import moment_text
from app.storage.athletes import ensure_home_athlete
from app.storage.database import open_database
from app.storage.sessions import finish_session, sessions_for, start_session

SetZone = Callable[[str], None]
MORNING_RUN = datetime(2025, 6, 1, 5, 0, tzinfo=UTC)


@pytest.fixture
def zone() -> Iterator[SetZone]:
    """Set the process time zone by name; restored afterwards."""
    saved = os.environ.get("TZ")

    def set_zone(name: str) -> None:
        os.environ["TZ"] = name
        time.tzset()

    yield set_zone
    if saved is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = saved
    time.tzset()


def _history(path: Path) -> list[tuple[datetime, datetime | None]]:
    with open_database(str(path)) as db:
        return [(s.started_at, s.finished_at) for s in sessions_for(db, 1)]


def test_the_same_history_in_tokyo_and_new_york(zone: SetZone, tmp_path: Path) -> None:
    path = tmp_path / "legwork.db"
    zone("Asia/Tokyo")
    with open_database(str(path)) as db:
        athlete = ensure_home_athlete(db, "Runner")
        session_id = start_session(db, athlete.id, "Plan", started_at=MORNING_RUN)
        finish_session(db, session_id, finished_at=datetime.now(UTC))
    in_tokyo = _history(path)
    tokyo_text = moment_text(in_tokyo[0][0])

    zone("America/New_York")
    in_new_york = _history(path)
    new_york_text = moment_text(in_new_york[0][0])

    assert in_tokyo == in_new_york, "the same instants, whatever the zone"
    assert in_new_york[0][0] == MORNING_RUN and in_new_york[0][0].tzinfo is UTC
    assert tokyo_text == "Sun 1 Jun 2025, 14:00"
    assert new_york_text == "Sun 1 Jun 2025, 01:00"


def test_a_session_from_one_zone_sorts_correctly_in_another(zone: SetZone, tmp_path: Path) -> None:
    path = tmp_path / "legwork.db"
    zone("Pacific/Auckland")
    with open_database(str(path)) as db:
        athlete = ensure_home_athlete(db, "Runner")
        start_session(db, athlete.id, "Early", started_at=MORNING_RUN)
    zone("Europe/London")
    with open_database(str(path)) as db:
        start_session(db, 1, "Later", started_at=datetime(2025, 6, 1, 6, 0, tzinfo=UTC))
        names = [s.plan_name for s in sessions_for(db, 1)]
    assert names == ["Later", "Early"]
