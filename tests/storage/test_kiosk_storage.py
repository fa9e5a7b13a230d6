"""Kiosk storage: the admin PIN, athlete PINs, the idle timeout, picker tiles, deletion."""

from datetime import UTC, datetime

import pytest
from sqlalchemy import select, text

from app.domain.errors import ValidationError
from app.domain.idle import DEFAULT_IDLE_TIMEOUT_S
from app.storage import kiosk
from app.storage.athletes import create_athlete, list_athletes
from app.storage.database import Database
from app.storage.errors import NotFoundError
from app.storage.exercises import sync_builtin_exercises
from app.storage.models import AppSettingRow, AthleteRow
from app.storage.sessions import record_set, sessions_for, start_session
from tests.builders import exercise, set_entry


def test_no_admin_pin_until_one_is_set(database: Database) -> None:
    assert not kiosk.has_admin_pin(database)
    assert not kiosk.verify_admin_pin(database, "0000")
    kiosk.set_admin_pin(database, "4821")
    assert kiosk.has_admin_pin(database)
    assert kiosk.verify_admin_pin(database, "4821")
    assert not kiosk.verify_admin_pin(database, "4822")


@pytest.mark.sqlite_only  # reads the file's bytes; the hashing is the same on a server
def test_the_admin_pin_is_stored_salted_and_hashed_never_plain(database: Database) -> None:
    kiosk.set_admin_pin(database, "4821")
    with database.session() as session:
        stored = session.get(AppSettingRow, kiosk.ADMIN_PIN_KEY)
        assert stored is not None
        first = stored.value
    raw = database.path.read_bytes() + database.path.with_name("legwork.db-wal").read_bytes()
    assert b"4821" not in raw
    assert first.startswith("scrypt$")
    kiosk.set_admin_pin(database, "4821")
    with database.session() as session:
        second = session.scalar(select(AppSettingRow.value))
    assert second != first, "setting the same PIN again draws a new salt"


def test_changing_the_admin_pin_replaces_the_old_one(database: Database) -> None:
    kiosk.set_admin_pin(database, "1111")
    kiosk.set_admin_pin(database, "2222")
    assert kiosk.verify_admin_pin(database, "2222")
    assert not kiosk.verify_admin_pin(database, "1111")
    with database.session() as session:
        assert session.scalar(text("SELECT count(*) FROM app_setting")) == 1


@pytest.mark.parametrize("pin", ["123", "12345", "abcd", ""])
def test_a_bad_admin_pin_is_refused_and_nothing_is_written(database: Database, pin: str) -> None:
    with pytest.raises(ValidationError, match="4 digits"):
        kiosk.set_admin_pin(database, pin)
    assert not kiosk.has_admin_pin(database)


def test_idle_timeout_defaults_to_ninety_seconds_and_can_change(database: Database) -> None:
    assert kiosk.idle_timeout_s(database) == DEFAULT_IDLE_TIMEOUT_S == 90
    kiosk.set_idle_timeout_s(database, 120)
    assert kiosk.idle_timeout_s(database) == 120


@pytest.mark.parametrize("seconds", [0, 29, 3601])
def test_an_out_of_range_idle_timeout_is_refused(database: Database, seconds: int) -> None:
    with pytest.raises(ValidationError, match="idle timeout"):
        kiosk.set_idle_timeout_s(database, seconds)
    assert kiosk.idle_timeout_s(database) == 90


@pytest.mark.parametrize("damage", ["soon", "5", ""])
def test_a_damaged_idle_timeout_reads_as_the_default(database: Database, damage: str) -> None:
    with database.session() as session:
        session.add(AppSettingRow(key=kiosk.IDLE_TIMEOUT_KEY, value=damage))
    assert kiosk.idle_timeout_s(database) == 90


def test_athlete_pins_are_optional_hashed_and_removable(database: Database) -> None:
    ida = kiosk.add_kiosk_athlete(database, "Ida", "7391")
    ola = kiosk.add_kiosk_athlete(database, "Ola")
    assert kiosk.athlete_has_pin(database, ida.id)
    assert not kiosk.athlete_has_pin(database, ola.id)
    assert kiosk.verify_athlete_pin(database, ida.id, "7391")
    assert not kiosk.verify_athlete_pin(database, ida.id, "7392")
    assert not kiosk.verify_athlete_pin(database, ola.id, "0000")
    with database.session() as session:
        stored = session.scalar(select(AthleteRow.pin_hash).where(AthleteRow.id == ida.id))
    assert stored is not None and "7391" not in stored
    kiosk.set_athlete_pin(database, ida.id, None)
    assert not kiosk.athlete_has_pin(database, ida.id)


def test_a_bad_pin_for_a_new_athlete_leaves_no_athlete_behind(database: Database) -> None:
    with pytest.raises(ValidationError, match="4 digits"):
        kiosk.add_kiosk_athlete(database, "Ida", "73")
    assert list_athletes(database) == []


def test_unknown_athletes_are_reported(database: Database) -> None:
    with pytest.raises(NotFoundError):
        kiosk.set_athlete_pin(database, 99, "1234")
    with pytest.raises(NotFoundError):
        kiosk.verify_athlete_pin(database, 99, "1234")
    with pytest.raises(NotFoundError):
        kiosk.delete_athlete(database, 99)


def test_tiles_are_alphabetical_with_the_last_session_and_no_demo(database: Database) -> None:
    zoe = create_athlete(database, "Zoë")
    create_athlete(database, "Demo runner", is_demo=True)
    ada = kiosk.add_kiosk_athlete(database, "ada", "1234")
    start_session(database, zoe.id, "Plan", started_at=datetime(2025, 3, 1, 7, tzinfo=UTC))
    start_session(database, zoe.id, "Plan", started_at=datetime(2025, 3, 4, 7, tzinfo=UTC))
    tiles = kiosk.kiosk_athletes(database)
    assert [t.name for t in tiles] == ["ada", "Zoë"]
    assert tiles[0] == kiosk.KioskAthlete(ada.id, "ada", True, None)
    assert tiles[1].last_session == datetime(2025, 3, 4, 7, tzinfo=UTC)


def test_search_ignores_case_and_spaces(database: Database) -> None:
    for name in ("Åsa Berg", "Ola", "Kari Åsen"):
        create_athlete(database, name)
    assert [t.name for t in kiosk.kiosk_athletes(database, " åS ")] == ["Kari Åsen", "Åsa Berg"]
    assert kiosk.kiosk_athletes(database, "nobody") == []


def test_deleting_an_athlete_removes_their_history_and_nobody_elses(database: Database) -> None:
    sync_builtin_exercises(database, [exercise("split-squat")])
    ida, ola = create_athlete(database, "Ida"), create_athlete(database, "Ola")
    for athlete in (ida, ola):
        session_id = start_session(database, athlete.id, "Plan")
        record_set(database, session_id, set_entry())
    kiosk.delete_athlete(database, ida.id)
    assert [a.name for a in list_athletes(database)] == ["Ola"]
    assert sessions_for(database, ida.id) == []
    assert len(sessions_for(database, ola.id)) == 1
    with database.session() as session:
        assert session.scalar(text("SELECT count(*) FROM set_entry")) == 1


LOCK_T0 = datetime(2026, 3, 2, 17, 0, tzinfo=UTC)


def test_wrong_pins_and_the_lock_out_are_stored_per_pin(
    database: Database, database_url: str
) -> None:
    from app.domain.lockout import LockedOutError
    from app.storage.database import open_database

    ida = kiosk.add_kiosk_athlete(database, "Ida", "1234")
    kiosk.set_admin_pin(database, "4821")
    for _ in range(4):
        assert kiosk.check_pin(database, kiosk.ADMIN_PIN_OWNER, "0000", LOCK_T0)[0] is False
    assert kiosk.check_pin(database, kiosk.athlete_pin_owner(ida.id), "1234", LOCK_T0)[0]
    # Another kiosk on the same database (or this one after a restart) sees the same count.
    with open_database(database_url) as other:
        correct, attempts = kiosk.check_pin(other, kiosk.ADMIN_PIN_OWNER, "0000", LOCK_T0)
    assert not correct and attempts.is_locked(LOCK_T0)
    with pytest.raises(LockedOutError):
        kiosk.check_pin(database, kiosk.ADMIN_PIN_OWNER, "4821", LOCK_T0)
    assert kiosk.pin_attempts(database, kiosk.athlete_pin_owner(ida.id)).wrong == 0
    kiosk.set_admin_pin(database, "4821")
    assert kiosk.pin_attempts(database, kiosk.ADMIN_PIN_OWNER).tries_left(LOCK_T0) == 5


def test_a_reset_pin_and_a_deleted_athlete_forget_their_wrong_tries(database: Database) -> None:
    ida = kiosk.add_kiosk_athlete(database, "Ida", "1234")
    owner = kiosk.athlete_pin_owner(ida.id)
    for _ in range(3):
        kiosk.check_pin(database, owner, "0000", LOCK_T0)
    kiosk.set_athlete_pin(database, ida.id, "5678")
    assert kiosk.pin_attempts(database, owner).wrong == 0
    assert kiosk.check_pin(database, owner, "5678", LOCK_T0)[0]
    kiosk.check_pin(database, owner, "0000", LOCK_T0)
    kiosk.delete_athlete(database, ida.id)
    with database.session() as session:
        assert session.scalar(text("SELECT count(*) FROM pin_attempts")) == 0


def test_session_count_counts_only_that_athletes_sessions(database: Database) -> None:
    sync_builtin_exercises(database, [exercise("squat")])
    ida = kiosk.add_kiosk_athlete(database, "Ida")
    ola = kiosk.add_kiosk_athlete(database, "Ola")
    for _ in range(3):
        start_session(database, ida.id, "Plan", started_at=LOCK_T0)
    start_session(database, ola.id, "Plan", started_at=LOCK_T0)
    assert kiosk.session_count(database, ida.id) == 3
    assert kiosk.session_count(database, ola.id) == 1
