"""Backups: made online while the database is open, checked, listed, thinned, restored."""

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.paths import backups_dir
from app.storage import backups
from app.storage.backups import BackupError
from app.storage.database import open_database
from app.storage.integrity import DamagedDatabaseError
from app.storage.sessions import finish_session, record_set, start_session
from tests.builders import set_entry
from tests.storage.damage import corrupt_middle, count_rows

NOW = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)


def test_a_backup_is_a_checked_standalone_copy(history_file: Path) -> None:
    info = backups.create_backup(history_file, now=NOW)
    assert info.path.parent == backups_dir(history_file)
    assert info.path.name == "legwork-20250601T120000Z.db"
    assert info.sets == count_rows(history_file, "set_entry")
    assert info.sessions == count_rows(history_file, "training_session") > 0
    assert not info.path.with_name(info.path.name + "-wal").exists()
    with sqlite3.connect(info.path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_backup_while_the_app_writes_holds_every_committed_set(history_file: Path) -> None:
    with open_database(str(history_file)) as db:
        session_id = start_session(db, 1, "Plan")
        record_set(db, session_id, set_entry("single-leg-squat"))
        # The set is still in the WAL, not the main file: the backup API sees it anyway.
        info = backups.create_backup(history_file, now=NOW)
    assert info.sets == count_rows(history_file, "set_entry")


def test_backups_in_the_same_second_do_not_overwrite_each_other(history_file: Path) -> None:
    first = backups.create_backup(history_file, now=NOW)
    second = backups.create_backup(history_file, now=NOW)
    assert first.path != second.path
    assert first.path.exists() and second.path.exists()


def test_a_damaged_database_makes_no_backup(history_file: Path) -> None:
    corrupt_middle(history_file)
    with pytest.raises(BackupError, match="damaged"):
        backups.create_backup(history_file, now=NOW)
    folder = backups_dir(history_file)
    assert list(folder.iterdir()) == [], "no partial or damaged copy is left behind"


def test_backing_up_a_missing_database_says_so(tmp_path: Path) -> None:
    with pytest.raises(BackupError, match="no database"):
        backups.create_backup(tmp_path / "none.db")


def test_a_backup_cannot_overwrite_its_own_database(history_file: Path) -> None:
    with pytest.raises(BackupError):
        backups.create_backup(history_file, history_file)


def test_listing_shows_dates_and_counts_newest_first(history_file: Path) -> None:
    backups.create_backup(history_file, now=NOW - timedelta(days=2))
    backups.create_backup(history_file, now=NOW, reason="manual")
    (backups_dir(history_file) / "notes.txt").write_text("not a backup")
    (backups_dir(history_file) / "legwork-20250101T000000Z.db").write_text("broken")
    listed = backups.list_backups(history_file)
    assert [b.created_at for b in listed] == [
        NOW, NOW - timedelta(days=2), datetime(2025, 1, 1, tzinfo=UTC)
    ]
    assert listed[0].reason == "manual"
    assert listed[0].sessions == count_rows(history_file, "training_session")
    assert not listed[2].ok and listed[2].sessions is None
    assert backups.newest_good_backup(history_file) == listed[0]


def test_thinning_deletes_only_what_the_policy_drops(history_file: Path) -> None:
    first = backups.create_backup(history_file, now=NOW - timedelta(days=400))
    folder = backups_dir(history_file)
    for days in range(12):
        (folder / f"legwork-{(NOW - timedelta(days=days)):%Y%m%dT%H%M%SZ}.db").write_bytes(
            first.path.read_bytes()
        )
    deleted = backups.thin_backups(history_file, NOW)
    assert first.path in deleted, "older than a year"
    assert len(backups.list_backups(history_file)) >= 10


def test_the_daily_backup_runs_once_a_day(history_file: Path) -> None:
    assert backups.backup_if_due(history_file, NOW) is not None
    assert backups.backup_if_due(history_file, NOW + timedelta(hours=5)) is None
    assert backups.backup_if_due(history_file, NOW + timedelta(days=1)) is not None


def test_restore_keeps_the_current_file_then_puts_the_backup_in_place(history_file: Path) -> None:
    before = backups.create_backup(history_file, now=NOW - timedelta(hours=1))
    with open_database(str(history_file)) as db:
        session_id = start_session(db, 1, "Plan")
        record_set(db, session_id, set_entry("single-leg-squat"))
        finish_session(db, session_id)
    grown = count_rows(history_file, "set_entry")
    safety = backups.restore_backup(history_file, before.path, now=NOW)
    assert safety is not None and safety.reason == "before-restore"
    assert safety.sets == grown
    assert count_rows(history_file, "set_entry") == before.sets == grown - 1
    with open_database(str(history_file)) as db:
        assert db.path == history_file


def test_restore_refuses_a_bad_backup_and_changes_nothing(
    history_file: Path, tmp_path: Path
) -> None:
    original = history_file.read_bytes()
    bad = tmp_path / "bad.db"
    bad.write_text("hello")
    with pytest.raises(BackupError, match="cannot be used"):
        backups.restore_backup(history_file, bad)
    with pytest.raises(BackupError, match="no backup file"):
        backups.restore_backup(history_file, tmp_path / "missing.db")
    assert history_file.read_bytes() == original
    assert backups.list_backups(history_file) == []


def test_restore_refuses_a_backup_from_a_newer_legwork(history_file: Path, tmp_path: Path) -> None:
    newer = backups.create_backup(history_file, tmp_path / "newer.db").path
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(BackupError, match="newer Legwork"):
        backups.restore_backup(history_file, newer)


def test_restoring_over_a_damaged_file_moves_it_aside(history_file: Path) -> None:
    good = backups.create_backup(history_file, now=NOW)
    damaged = corrupt_middle(history_file)
    safety = backups.restore_backup(history_file, good.path, now=NOW)
    assert safety is not None and ".damaged-" in safety.path.name
    assert safety.path.read_bytes() == damaged
    with open_database(str(history_file)):
        pass


def test_a_damaged_open_then_restore_from_the_newest_backup(history_file: Path) -> None:
    good = backups.create_backup(history_file, now=NOW)
    corrupt_middle(history_file)
    with pytest.raises(DamagedDatabaseError):
        open_database(str(history_file))
    newest = backups.newest_good_backup(history_file)
    assert newest is not None and newest.path == good.path
    assert backups.restore_backup(history_file, newest.path) is None, "nothing left to keep"
    with open_database(str(history_file)):
        assert count_rows(history_file, "set_entry") == good.sets
